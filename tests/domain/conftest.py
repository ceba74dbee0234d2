"""A fresh migrated database per test, and a few rows most tests need.

SQLite by default. With ``CIMS_TEST_POSTGRES_URL`` set to a server
(``postgres://postgres@127.0.0.1:5432``) each test gets its own PostgreSQL
database instead, copied from a migrated template and dropped afterwards.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import uuid
from datetime import date

import asyncpg
import pytest

from cims import db
from cims.config import Settings
from cims.domain import calendar, complaints
from cims.domain.actor import Actor
from cims.models import Account, Branch, ComplaintCategory, Customer, Product

POSTGRES = os.environ.get("CIMS_TEST_POSTGRES_URL", "").rstrip("/")
PREFIX = "cims_service_test"
SERVICE_PERMISSIONS = frozenset(
    {
        "customer.read",
        "complaint.read",
        "complaint.handle",
        "interaction.write",
        "survey.read",
    }
)


async def _admin(statement: str) -> None:
    connection = await asyncpg.connect(f"{POSTGRES}/postgres")
    try:
        await connection.execute(statement)
    finally:
        await connection.close()


@pytest.fixture(scope="session")
def migrated(tmp_path_factory):
    """A migrated database (a file, or a PostgreSQL template) each test copies."""
    if POSTGRES:
        template = f"{PREFIX}_template"
        asyncio.run(_admin(f'DROP DATABASE IF EXISTS "{template}"'))
        asyncio.run(_admin(f'CREATE DATABASE "{template}"'))
        asyncio.run(db.migrate(Settings(), f"{POSTGRES}/{template}"))
        yield template
        asyncio.run(_admin(f'DROP DATABASE "{template}"'))
        return
    path = tmp_path_factory.mktemp("template") / "cims.sqlite3"
    asyncio.run(db.migrate(Settings(), f"sqlite://{path}"))
    yield str(path)


@pytest.fixture
async def database(migrated, tmp_path):
    if POSTGRES:
        name = f"{PREFIX}_{uuid.uuid4().hex[:12]}"
        await _admin(f'CREATE DATABASE "{name}" TEMPLATE "{migrated}"')
        url = f"{POSTGRES}/{name}"
    else:
        shutil.copy(migrated, tmp_path / "cims.sqlite3")
        url = f"sqlite://{tmp_path / 'cims.sqlite3'}"
    await db.connect(Settings(), url)
    yield
    await db.disconnect()
    complaints.configure(None)
    calendar.use(None)
    if POSTGRES:
        await _admin(f'DROP DATABASE "{name}"')


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
