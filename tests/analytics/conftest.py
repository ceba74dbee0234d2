"""Fixtures of the analytics tests, on the shared database (tests/conftest.py)."""

from __future__ import annotations

import pytest
from tortoise import Tortoise


@pytest.fixture
async def db(database) -> str:
    """The shared test database (tests/conftest.py): the engine make test chose."""
    return Tortoise.get_connection("default").capabilities.dialect


@pytest.fixture
async def new_customer(db):
    """Make customers with made-up names in one branch: ``await new_customer(...)``."""
    from cims.models import Branch, Customer

    branch = await Branch.create(
        code="B001", name="总行", name_en="Head", city="Beijing"
    )
    count = 0

    async def make(**fields):
        nonlocal count
        count += 1
        return await Customer.create(
            customer_no=f"C{count:06d}",
            kind="individual",
            full_name=f"Test {count}",
            name_key=f"test {count}",
            branch=branch,
            **fields,
        )

    return make
