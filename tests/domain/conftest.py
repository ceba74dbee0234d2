"""Fixtures of the domain tests: a fresh, migrated database per test."""

from __future__ import annotations

import os
import secrets

import asyncpg
import pytest
from tortoise import Tortoise
from tortoise.backends.base.executor import EXECUTOR_CACHE

from cims import db
from cims.config import Settings
from cims.domain.actor import Actor
from cims.models import Branch

BRANCHES = [
    ("BJ01", "北京分行", "Beijing", "Beijing"),
    ("SH01", "上海分行", "Shanghai", "Shanghai"),
]


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
    return await _create_branches()


@pytest.fixture
async def postgres_branches() -> dict[str, Branch]:
    """A fresh PostgreSQL database on CIMS_TEST_POSTGRES_URL's server, with branches."""
    server = os.environ.get("CIMS_TEST_POSTGRES_URL")
    if not server:
        pytest.skip("CIMS_TEST_POSTGRES_URL is not set")
    name = f"cims_capture_test_{secrets.token_hex(4)}"
    await _admin(server, f'CREATE DATABASE "{name}"')
    url = f"{server.rsplit('/', 1)[0]}/{name}"
    # Tortoise caches each table's INSERT text by connection name, not by dialect:
    # after a SQLite test the same process would send "?" placeholders to
    # PostgreSQL (and "$1" the other way round) unless the cache is emptied.
    EXECUTOR_CACHE.clear()
    try:
        await db.migrate(Settings(), url)
        await db.connect(Settings(), url)
        yield await _create_branches()
    finally:
        await Tortoise.close_connections()
        EXECUTOR_CACHE.clear()
        await _admin(server, f'DROP DATABASE IF EXISTS "{name}"')


@pytest.fixture
def clerk() -> Actor:
    return Actor(
        subject="clerk-1", permissions=frozenset({"customer.read", "customer.write"})
    )


async def _create_branches() -> dict[str, Branch]:
    created = [
        await Branch.create(code=code, name=name, name_en=name_en, city=city)
        for code, name, name_en, city in BRANCHES
    ]
    return {branch.code: branch for branch in created}


async def _admin(server: str, statement: str) -> None:
    connection = await asyncpg.connect(server)
    try:
        await connection.execute(statement)
    finally:
        await connection.close()
