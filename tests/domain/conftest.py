"""A few rows most domain tests need, on the shared database (tests/conftest.py)."""

from __future__ import annotations

from datetime import date

import pytest
from tortoise import Tortoise

from cims.domain import calendar, complaints
from cims.domain.actor import Actor
from cims.models import Account, Branch, ComplaintCategory, Customer, Product
from tests.factories import IMPORTER, complaint_category

SERVICE_PERMISSIONS = frozenset(
    {
        "customer.read",
        "complaint.read",
        "complaint.file",
        "complaint.handle",
        "interaction.write",
        "survey.read",
    }
)


@pytest.fixture(autouse=True)
def _service_settings():
    """Deadlines and the calendar go back to their configured defaults."""
    yield
    complaints.configure(None)
    calendar.use(None)


@pytest.fixture
def agent() -> Actor:
    return Actor(subject="agent01", permissions=SERVICE_PERMISSIONS)


@pytest.fixture
async def branch(database) -> Branch:
    return await Branch.create(
        code="SH01", name="上海分行", name_en="Shanghai", city="上海"
    )


@pytest.fixture
async def customer(branch) -> Customer:
    return await Customer.create(
        customer_no="C000001",
        kind="individual",
        full_name="测试",
        name_key="测试",
        branch=branch,
    )


@pytest.fixture
async def account(customer) -> Account:
    product = await Product.create(
        code="DEP01", name="活期存款", name_en="Current account", category="deposit"
    )
    return await Account.create(
        customer=customer,
        product=product,
        number="6222000000000001",
        opened_on=date(2026, 1, 5),
    )


@pytest.fixture
async def category(database) -> ComplaintCategory:
    return await complaint_category(
        "Checking or savings account", "Managing an account"
    )


BRANCHES = [
    ("BJ01", "北京分行", "Beijing", "Beijing"),
    ("SH01", "上海分行", "Shanghai", "Shanghai"),
]


@pytest.fixture
async def branches(database) -> dict[str, Branch]:
    return await _create_branches()


@pytest.fixture
async def postgres_branches(database) -> dict[str, Branch]:
    """Branches, for tests of PostgreSQL's own write path (COPY)."""
    if Tortoise.get_connection("default").capabilities.dialect != "postgres":
        pytest.skip("PostgreSQL's write path: runs in the PostgreSQL pass of make test")
    return await _create_branches()


@pytest.fixture
def clerk() -> Actor:
    return Actor(subject="clerk-1", permissions=IMPORTER)


async def _create_branches() -> dict[str, Branch]:
    created = [
        await Branch.create(code=code, name=name, name_en=name_en, city=city)
        for code, name, name_en, city in BRANCHES
    ]
    return {branch.code: branch for branch in created}
