"""Fixtures of the domain tests: a fresh, migrated SQLite database per test."""

from __future__ import annotations

import pytest
from tortoise import Tortoise

from cims import db
from cims.config import Settings
from cims.domain.actor import Actor
from cims.models import Branch


@pytest.fixture
async def database(tmp_path):
    url = f"sqlite://{tmp_path / 'cims.sqlite3'}"
    settings = Settings(data_dir=tmp_path)
    await db.migrate(settings, url)
    await db.connect(settings, url)
    yield url
    await Tortoise.close_connections()


@pytest.fixture
async def branches(database) -> dict[str, Branch]:
    rows = [
        ("BJ01", "北京分行", "Beijing", "Beijing"),
        ("SH01", "上海分行", "Shanghai", "Shanghai"),
    ]
    created = [
        await Branch.create(code=code, name=name, name_en=name_en, city=city)
        for code, name, name_en, city in rows
    ]
    return {branch.code: branch for branch in created}


@pytest.fixture
def clerk() -> Actor:
    return Actor(
        subject="clerk-1", permissions=frozenset({"customer.read", "customer.write"})
    )
