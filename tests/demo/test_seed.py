"""Seeding on an empty database: what it writes, and when it refuses."""

from cims.demo.seed import seed_demo
from cims.domain.crypto import open_fields
from cims.models import Account, Branch, Customer, Product, Transaction
from cims.models.enums import Direction

SEED = 20261204


async def counts() -> dict[str, int]:
    models = (Branch, Product, Customer, Account, Transaction)
    return {m.__name__: await m.all().count() for m in models}


async def test_seed_refuses_when_a_customer_exists_and_changes_nothing(database):
    branch = await Branch.create(
        code="T01", name="测试支行", name_en="Test", city="北京"
    )
    await Customer.create(
        customer_no="C9000000001",
        kind="individual",
        full_name="张三",
        name_key="张三",
        branch=branch,
    )

    report = await seed_demo(SEED)

    assert (report.created, report.customers) == (False, 1)
    assert await counts() == {
        "Branch": 1,
        "Product": 0,
        "Customer": 1,
        "Account": 0,
        "Transaction": 0,
    }


async def test_seed_with_a_limit_writes_the_first_rows_of_each_data_set(database):
    report = await seed_demo(SEED, limit=3)

    numbers = (
        await Customer.all()
        .order_by("customer_no")
        .values_list("customer_no", flat=True)
    )
    assert numbers == [
        "C1000000001",
        "C1000000002",
        "C1000000003",
        "C2000000001",
        "C2000000002",
        "C2000000003",
        "C3000000001",
        "C3000000002",
        "C3000000003",
    ]
    assert (report.customers, report.branches, report.products) == (9, 5, 8)
    assert await Transaction.all().count() == report.transactions


async def test_seeded_balances_match_transactions_on_this_engine(database):
    await seed_demo(SEED, limit=20)

    for account in await Account.all().prefetch_related("transactions"):
        credits = sum(
            t.amount for t in account.transactions if t.direction is Direction.CREDIT
        )
        debits = sum(
            t.amount for t in account.transactions if t.direction is Direction.DEBIT
        )
        assert account.balance == credits - debits


async def _people() -> list[tuple]:
    rows = await Customer.all().order_by("customer_no")
    return [
        (
            row.customer_no,
            row.full_name,
            *open_fields(row).values(),
            row.id_number_index,
        )
        for row in rows
    ]


async def test_same_seed_writes_the_same_customers(database):
    await seed_demo(SEED, limit=5)
    first = await _people()
    for model in (Transaction, Account, Customer):
        await model.all().delete()

    await seed_demo(SEED, limit=5)

    assert await _people() == first
    assert len(first) == 15 and all(None not in person for person in first)


async def test_personal_columns_are_sealed(database):
    await seed_demo(SEED, limit=2)

    rows = await Customer.all()

    for row in rows:
        for name in ("id_number", "mobile_phone", "email", "address"):
            assert getattr(row, name).startswith("v1.")
        assert open_fields(row)["mobile_phone"].startswith("+861")
