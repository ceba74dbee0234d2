"""A fresh migrated SQLite database per test that asks for one."""

from __future__ import annotations

import asyncio
import shutil

import pytest

from cims import db
from cims.config import Settings


@pytest.fixture(scope="session")
def migrated(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("template") / "cims.sqlite3"
    asyncio.run(db.migrate(Settings(), f"sqlite://{path}"))
    return str(path)


@pytest.fixture
async def database(migrated, tmp_path):
    path = tmp_path / "cims.sqlite3"
    shutil.copy(migrated, path)
    await db.connect(Settings(), f"sqlite://{path}")
    yield
    await db.disconnect()
