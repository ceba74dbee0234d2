"""The whole demo bank, seeded once: every row, identity and balance checked."""

from collections import Counter, defaultdict
from decimal import Decimal

import pytest
from stdnum.cn import ric
from tortoise import Tortoise

from cims.demo.datasets import REFERENCE_DATE
from cims.demo.identities import age_on, make_identity
from cims.demo.seed import seed_demo
from cims.domain.crypto import open_fields
from cims.domain.keys import index_key
from cims.domain.normalize import (
    blind_index,
    name_key,
    normalize_email,
    normalize_id_number,
    normalize_phone,
)
from cims.models import Account, Branch, Customer, Product, Transaction
from cims.models.enums import CustomerStatus, Gender, Source

SEED = 20261204
TABLES = ["transaction", "account", "customer", "product", "branch"]


async def counts() -> dict[str, int]:
    models = (Branch, Product, Customer, Account, Transaction)
    return {m.__name__: await m.all().count() for m in models}


async def empty_tables() -> None:
    conn = Tortoise.get_connection("default")
    if conn.capabilities.dialect == "postgres":
        quoted = ", ".join(f'"{t}"' for t in TABLES)
        await conn.execute_script(f"TRUNCATE {quoted} RESTART IDENTITY CASCADE")
        return
    for table in TABLES:
        await conn.execute_query(f'DELETE FROM "{table}"')


@pytest.fixture(scope="module")
async def seeded(migrated):
    """The whole demo bank, seeded once for the read-only tests of this module."""
    report = await seed_demo(SEED)
    yield report
    await empty_tables()


async def test_every_row_becomes_exactly_one_customer(seeded):
    numbers = await Customer.all().values_list("customer_no", flat=True)

    assert Counter(n[:2] for n in numbers) == {"C1": 1000, "C2": 4454, "C3": 6000}
    assert len(set(numbers)) == 11454
    assert (seeded.created, seeded.customers, seeded.branches, seeded.products) == (
        True,
        11454,
        5,
        8,
    )


async def test_report_counts_what_was_written(seeded):
    assert await counts() == {
        "Branch": 5,
        "Product": 8,
        "Customer": seeded.customers,
        "Account": seeded.accounts,
        "Transaction": seeded.transactions,
    }
    assert 250_000 <= seeded.transactions <= 400_000


async def test_first_german_credit_row_is_customer_c1000000001(seeded):
    customer = await Customer.get(customer_no="C1000000001")

    attributes = customer.custom_attributes
    assert attributes["credit_amount"] == 1169
    assert attributes["age_in_years"] == 67
    assert (attributes["label"], attributes["dataset"], attributes["source_row"]) == (
        "good",
        "german_credit",
        1,
    )
    assert customer.gender is Gender.MALE
    assert age_on(customer.birth_date, REFERENCE_DATE) == 67
    assert int(open_fields(customer)["id_number"][16]) % 2 == 1
    assert customer.liabilities == Decimal("4662.06")
    assert customer.source is Source.IMPORT


async def test_customer_identity_is_the_one_the_seed_gives(seeded):
    customer = await Customer.get(customer_no="C1000000001")

    expected = make_identity(
        SEED,
        "german_credit",
        1,
        age=67,
        gender=Gender.MALE,
        reference_date=REFERENCE_DATE,
    )
    clear = open_fields(customer)
    assert (customer.full_name, clear["id_number"], clear["mobile_phone"]) == (
        expected.full_name,
        expected.id_number,
        expected.mobile_phone,
    )
    branch = await customer.branch
    assert branch.code == expected.branch.code


async def test_resident_ids_are_valid_and_agree_with_the_rows(seeded):
    customers = [
        {
            **open_fields(row),
            "birth_date": row.birth_date,
            "gender": row.gender,
            "custom_attributes": row.custom_attributes,
        }
        for row in await Customer.all()
    ]

    for c in customers:
        assert ric.is_valid(c["id_number"])
        assert ric.get_birth_date(c["id_number"]) == c["birth_date"]
        assert int(c["id_number"][16]) % 2 == (c["gender"] is Gender.MALE)
        attributes = c["custom_attributes"]
        row_age = attributes.get("age_in_years", attributes.get("Age"))
        if row_age is not None:
            assert age_on(c["birth_date"], REFERENCE_DATE) == row_age
        if "personal_status_and_sex" in attributes:
            sex = attributes["personal_status_and_sex"].split(" :")[0]
            assert c["gender"].value == sex


async def test_phones_ids_and_emails_are_valid_and_unique(seeded):
    rows = [
        (clear["mobile_phone"], clear["id_number"], clear["email"])
        for clear in map(open_fields, await Customer.all())
    ]

    phones, ids, emails = zip(*rows, strict=True)
    assert all(normalize_phone(p) == p for p in phones)
    assert len(set(phones)) == len(set(ids)) == len(set(emails)) == len(rows)


async def test_search_keys_and_blind_indexes_follow_the_values(seeded):
    key = index_key()
    customers = await Customer.filter(id__lte=300).all()

    for c in customers:
        clear = open_fields(c)
        assert c.name_key == name_key(c.full_name, c.name_latin)
        assert c.id_number_index == blind_index(
            "id_number", normalize_id_number(clear["id_number"]), key
        )
        assert c.mobile_phone_index == blind_index(
            "mobile_phone", clear["mobile_phone"], key
        )
        assert c.email_index == blind_index(
            "email", normalize_email(clear["email"]), key
        )


async def test_balances_equal_the_sum_of_their_transactions(seeded):
    conn = Tortoise.get_connection("default")
    sums = defaultdict(Decimal)
    rows = await conn.execute_query_dict(
        'SELECT account_id, direction, amount FROM "transaction"'
    )
    for r in rows:
        amount = Decimal(str(r["amount"]))
        sums[r["account_id"]] += amount if r["direction"] == "credit" else -amount

    balances = await Account.all().values_list("id", "balance")
    assert len(balances) == seeded.accounts
    assert all(balance == sums[account_id] for account_id, balance in balances)


async def test_transactions_belong_to_the_account_owner(seeded):
    conn = Tortoise.get_connection("default")

    rows = await conn.execute_query_dict(
        'SELECT COUNT(*) AS n FROM "transaction" t JOIN "account" a '
        "ON a.id = t.account_id WHERE a.customer_id <> t.customer_id"
    )

    assert rows[0]["n"] == 0


async def test_customers_are_mostly_active_and_dormant_ones_hold_a_card_only(seeded):
    statuses = Counter(await Customer.all().values_list("status", flat=True))
    dormant = await Customer.filter(status=CustomerStatus.DORMANT).values_list(
        "customer_no", flat=True
    )

    assert statuses[CustomerStatus.ACTIVE] >= 0.97 * 11454
    assert set(statuses) == {CustomerStatus.ACTIVE, CustomerStatus.DORMANT}
    assert all(no.startswith("C3") for no in dormant)


async def test_seeding_again_does_nothing_and_says_so(seeded):
    before = await counts()

    again = await seed_demo(SEED)

    assert again.created is False
    assert again.customers == 11454
    assert "already holds 11454 customers" in str(again)
    assert await counts() == before
