"""A few rows most domain tests need, on the shared database (tests/conftest.py)."""

from __future__ import annotations

from datetime import date

import pytest

from cims.domain import calendar, complaints
from cims.domain.actor import Actor
from cims.models import Account, Branch, ComplaintCategory, Customer, Product

SERVICE_PERMISSIONS = frozenset(
    {
        "customer.read",
        "complaint.read",
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
    return await ComplaintCategory.create(
        product="Checking or savings account",
        issue="Managing an account",
        origin="cfpb",
    )
