import datetime as dt
import itertools
from decimal import Decimal

import pytest

from cims.domain.actor import Actor
from cims.domain.crypto import open_fields, seal_fields
from cims.domain.duplicates import (
    Record,
    duplicate_pairs,
    find_candidates,
    merge_customers,
    scan_duplicates,
)
from cims.domain.errors import Conflict, NotFound, PermissionDenied, ValidationFailed
from cims.domain.validation import search_keys, validate_customer_fields
from cims.models import Account, AuditEvent, Customer, Product, Transaction
from cims.models.enums import Gender

KEY = b"k" * 32
BORN = dt.date(1990, 3, 7)
_numbers = itertools.count(1)


def record(id_: int, name: str, born=BORN, latin=None, **contact) -> Record:
    values = validate_customer_fields(
        {"full_name": name, "name_latin": latin, **contact},
        partial=False,
        kind="individual",
    )
    return Record.of(id_, born, search_keys(values, KEY))


async def add_customer(branch, **fields) -> Customer:
    values = validate_customer_fields(fields, partial=False, kind="individual")
    number = f"T{next(_numbers):010d}"
    return await Customer.create(
        customer_no=number,
        kind="individual",
        branch=branch,
        **seal_fields(values, number),
        **search_keys(values),
    )


def test_trailing_ideographic_space_with_same_birth_date_is_a_duplicate():
    pairs = duplicate_pairs([record(1, "王芳\u3000"), record(2, "王芳")])

    assert [(p.a, p.b, p.score, p.reasons) for p in pairs] == [
        (1, 2, 0.6, ("SIMILAR_NAME_SAME_BIRTH_DATE",))
    ]


def test_same_name_with_another_birth_date_is_not_a_duplicate():
    pairs = duplicate_pairs([record(1, "王芳"), record(2, "王芳", dt.date(1990, 3, 8))])

    assert pairs == []


def test_traditional_and_simplified_names_are_one():
    pairs = duplicate_pairs([record(1, "張偉"), record(2, "张伟"), record(3, "李娜")])

    assert [(p.a, p.b) for p in pairs] == [(1, 2)]


def test_upper_and_lower_case_email_are_one():
    pairs = duplicate_pairs(
        [
            record(1, "王芳", None, email="Wang.Fang@Example.com"),
            record(2, "Fang Wang", None, email="wang.fang@example.com"),
        ]
    )

    assert [(p.a, p.b, p.reasons) for p in pairs] == [(1, 2, ("SAME_EMAIL",))]


def test_same_id_number_and_phone_combine_into_a_higher_score():
    first = record(
        1, "王芳", id_number="110105199003071239", mobile_phone="13800138000"
    )
    second = record(
        2, "王方", id_number="110105199003071239", mobile_phone="+86 138 0013 8000"
    )

    [pair] = duplicate_pairs([first, second])

    assert pair.reasons == ("SAME_ID_NUMBER", "SAME_MOBILE_PHONE")
    assert pair.score == 0.98


def test_homophones_with_the_same_pinyin_are_candidates():
    pairs = duplicate_pairs(
        [record(1, "王芳", latin="Wang Fang"), record(2, "汪芳", latin="WANG FANG")]
    )

    assert [(p.a, p.b, p.score) for p in pairs] == [(1, 2, 0.6)]


def test_a_typo_in_a_longer_name_is_a_candidate():
    pairs = duplicate_pairs(
        [record(1, "Alexander Hamilton"), record(2, "Alexandre Hamilton")]
    )

    assert [(p.a, p.b) for p in pairs] == [(1, 2)]
    assert 0.5 < pairs[0].score < 0.6


def test_a_phone_shared_by_many_customers_is_not_evidence():
    shared = [record(i, f"客户{i}", None, mobile_phone="13800138000") for i in range(4)]

    assert duplicate_pairs(shared, max_group=3) == []
    assert len(duplicate_pairs(shared, max_group=4)) == 6


def test_large_birth_date_blocks_are_split_by_name_prefix():
    names = ["王芳", "王芳", "李娜", "李娜", "张伟", "张伟"]
    records = [record(i, name) for i, name in enumerate(names)]

    pairs = duplicate_pairs(records, max_block=2)

    assert [(p.a, p.b) for p in pairs] == [(0, 1), (2, 3), (4, 5)]


async def test_find_candidates_by_keys_and_by_name_with_birth_date(branches, clerk):
    bj = branches["BJ01"]
    same_name = await add_customer(bj, full_name="王芳", birth_date="1990-03-07")
    same_email = await add_customer(bj, full_name="Fang", email="WANG@example.com")
    await add_customer(bj, full_name="王芳", birth_date="1991-03-07")
    new = validate_customer_fields(
        {
            "full_name": "王芳\u3000",
            "birth_date": "1990/3/7",
            "email": "wang@Example.com",
        },
        partial=False,
        kind="individual",
    )

    candidates = await find_candidates(clerk, new)

    assert [(c.customer_id, c.score, c.reasons) for c in candidates] == [
        (same_name.id, 0.6, ["SIMILAR_NAME_SAME_BIRTH_DATE"]),
        (same_email.id, 0.6, ["SAME_EMAIL"]),
    ]


async def test_find_candidates_leaves_out_excluded_archived_and_other_branches(
    branches, clerk
):
    values = {"full_name": "李娜", "mobile_phone": "13900139000"}
    itself = await add_customer(branches["BJ01"], **values)
    archived = await add_customer(branches["BJ01"], **values)
    archived.archived_at = dt.datetime.now(dt.UTC)
    await archived.save()
    elsewhere = await add_customer(branches["SH01"], **values)
    teller = Actor(
        "t-1", permissions=frozenset({"customer.read"}), branch_id=branches["BJ01"].id
    )
    new = validate_customer_fields(values, partial=False, kind="individual")

    mine = await find_candidates(teller, new, exclude_id=itself.id)
    everyone = await find_candidates(clerk, new, exclude_id=itself.id)

    assert mine == []
    assert [c.customer_id for c in everyone] == [elsewhere.id]


async def test_find_candidates_needs_the_read_permission(branches):
    nobody = Actor("n-1")

    with pytest.raises(PermissionDenied):
        await find_candidates(nobody, {"full_name": "王芳"})


async def test_scan_duplicates_reads_every_customer_in_scope(branches, clerk):
    first = await add_customer(
        branches["BJ01"], full_name="王芳", birth_date="1990-03-07"
    )
    second = await add_customer(
        branches["SH01"], full_name="王芳 ", birth_date="1990-03-07"
    )
    await add_customer(branches["SH01"], full_name="李娜", birth_date="1990-03-07")

    pairs = await scan_duplicates(clerk)

    assert [(p.a, p.b) for p in pairs] == [(first.id, second.id)]


# ---------------------------------------------------------------- merge


async def add_account(customer, number: str) -> Account:
    product, _ = await Product.get_or_create(
        code="DEP",
        defaults={"name": "活期", "name_en": "Deposit", "category": "deposit"},
    )
    account = await Account.create(
        customer=customer, product=product, number=number, opened_on=dt.date(2020, 1, 1)
    )
    await Transaction.create(
        account=account,
        customer=customer,
        booked_at=dt.datetime(2024, 1, 5, tzinfo=dt.UTC),
        amount=Decimal("100.00"),
        direction="credit",
        channel="branch",
        category="salary",
    )
    return account


async def state() -> list:
    customers = await Customer.all().order_by("id").values()
    accounts = await Account.all().order_by("id").values_list("id", "customer_id")
    moves = await Transaction.all().order_by("id").values_list("id", "customer_id")
    return [customers, accounts, moves]


async def test_merge_moves_accounts_and_fills_the_survivors_empty_fields(
    branches, clerk
):
    bj = branches["BJ01"]
    survivor = await add_customer(
        bj, full_name="王芳", birth_date="1990-03-07", tags=["VIP"]
    )
    other = await add_customer(
        bj,
        full_name="王芳",
        mobile_phone="13800138000",
        email="wang@example.com",
        gender="female",
        tags=["VIP", "私行"],
        custom_attributes={"来源": "网点"},
    )
    await add_account(survivor, "6222000000000001")
    await add_account(other, "6222000000000002")

    merged = await merge_customers(
        clerk, survivor.id, other.id, survivor_version=1, other_version=1
    )

    await survivor.refresh_from_db()
    await other.refresh_from_db()
    assert merged.id == survivor.id
    assert await Account.filter(customer_id=survivor.id).count() == 2
    assert await Transaction.filter(customer_id=survivor.id).count() == 2
    opened = open_fields(survivor)
    assert (opened["mobile_phone"], opened["email"], survivor.gender) == (
        "+8613800138000",
        "wang@example.com",
        Gender.FEMALE,
    )
    assert survivor.birth_date == dt.date(1990, 3, 7)
    assert survivor.mobile_phone_index == other.mobile_phone_index
    assert survivor.tags == ["VIP", "私行"]
    assert survivor.version == 2
    [provenance] = survivor.custom_attributes["merged_from"]
    assert provenance["customer_id"] == other.id
    assert provenance["by"] == "clerk-1"
    assert set(provenance["fields"]) == {"mobile_phone", "email", "gender", "tags"}
    assert survivor.custom_attributes["来源"] == "网点"
    assert other.archived_at is not None
    assert (other.version, other.custom_attributes["merged_into"]) == (2, survivor.id)
    assert open_fields(other)["email"] == "wang@example.com"
    events = await AuditEvent.filter(action="customer.merge").order_by("id")
    assert [(e.entity_id, e.actor) for e in events] == [
        (str(survivor.id), "clerk-1"),
        (str(other.id), "clerk-1"),
    ]


async def test_merge_with_a_stale_version_changes_nothing(branches, clerk):
    survivor = await add_customer(branches["BJ01"], full_name="王芳")
    other = await add_customer(
        branches["BJ01"], full_name="王芳", email="w@example.com"
    )
    await add_account(other, "6222000000000003")
    before = await state()

    with pytest.raises(Conflict) as caught:
        await merge_customers(
            clerk, survivor.id, other.id, survivor_version=1, other_version=0
        )

    assert caught.value.current_version == 1
    assert await state() == before


async def test_merge_of_individual_with_corporate_is_refused(branches, clerk):
    person = await add_customer(branches["BJ01"], full_name="王芳")
    company = await Customer.create(
        customer_no="T9", kind="corporate", full_name="某公司", name_key="某公司",
        branch=branches["BJ01"],
    )  # fmt: skip
    before = await state()

    with pytest.raises(ValidationFailed) as caught:
        await merge_customers(
            clerk, person.id, company.id, survivor_version=1, other_version=1
        )

    assert caught.value.problems[0].code == "KIND_MISMATCH"
    assert await state() == before


async def test_merge_needs_the_write_permission_and_scope(branches):
    first = await add_customer(branches["BJ01"], full_name="王芳")
    second = await add_customer(branches["SH01"], full_name="王芳")
    reader = Actor("r-1", permissions=frozenset({"customer.read"}))
    teller = Actor(
        "t-1", permissions=frozenset({"customer.write"}), branch_id=branches["BJ01"].id
    )
    before = await state()

    with pytest.raises(PermissionDenied):
        await merge_customers(
            reader, first.id, second.id, survivor_version=1, other_version=1
        )
    with pytest.raises(NotFound):
        await merge_customers(
            teller, first.id, second.id, survivor_version=1, other_version=1
        )

    assert await state() == before


async def test_taking_a_gated_value_takes_the_permission_to_read_it(branches):
    bj = branches["BJ01"]
    survivor = await add_customer(
        bj, full_name="王芳", birth_date="1990-03-07", annual_income="120000"
    )
    other = await add_customer(
        bj, full_name="王芳", birth_date="1990-03-08", annual_income="480000"
    )
    writer = Actor("w-1", permissions=frozenset({"customer.read", "customer.write"}))
    reader = Actor(
        "w-2",
        permissions=frozenset({"customer.read", "customer.write", "customer.pii.read"}),
    )
    before = await state()

    refused = []
    for actor, field in [
        (writer, "birth_date"),
        (reader, "annual_income"),
        (writer, "annual_income"),
    ]:
        with pytest.raises(PermissionDenied) as caught:
            await merge_customers(
                actor,
                survivor.id,
                other.id,
                survivor_version=1,
                other_version=1,
                take_from_other=[field, "full_name"],
            )
        refused.append((caught.value.permission, caught.value.field))

    assert refused == [
        ("customer.pii.read", "birth_date"),
        ("customer.financial.read", "annual_income"),
        ("customer.financial.read", "annual_income"),
    ]
    assert await state() == before
    await merge_customers(
        reader,
        survivor.id,
        other.id,
        survivor_version=1,
        other_version=1,
        take_from_other=["birth_date"],
    )
    await survivor.refresh_from_db()
    assert survivor.birth_date == dt.date(1990, 3, 8)
    assert survivor.annual_income == Decimal("120000")
