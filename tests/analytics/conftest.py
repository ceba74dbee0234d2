"""A fresh database per test: SQLite in memory, and PostgreSQL when
CIMS_TEST_POSTGRES_URL names a server (a scratch database is created and dropped)."""

from __future__ import annotations

import os
import uuid

import pytest
from tortoise import Tortoise

POSTGRES_URL = os.environ.get("CIMS_TEST_POSTGRES_URL", "")
ENGINES = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param(
        "postgres",
        id="postgres",
        marks=[
            pytest.mark.postgres,
            pytest.mark.skipif(
                not POSTGRES_URL, reason="CIMS_TEST_POSTGRES_URL is not set"
            ),
        ],
    ),
]


def _url(engine: str) -> str:
    if engine == "sqlite":
        return "sqlite://:memory:"
    base = POSTGRES_URL.rsplit("/", 1)[0]
    return f"{base}/cims_analytics_test_{uuid.uuid4().hex[:8]}"


@pytest.fixture(params=ENGINES)
async def db(request):
    engine = request.param
    # One connection name per engine: Tortoise caches SQL per connection name.
    await Tortoise.init(
        config={
            "connections": {engine: _url(engine)},
            "apps": {
                "models": {"models": ["cims.models"], "default_connection": engine}
            },
            "use_tz": True,
            "timezone": "UTC",
        },
        _create_db=engine == "postgres",
    )
    await Tortoise.generate_schemas()
    yield engine
    if engine == "postgres":
        await Tortoise._drop_databases()
    else:
        await Tortoise.close_connections()
        # Models keep the query builder of the engine they were last bound to.
        await Tortoise._reset_apps()


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
