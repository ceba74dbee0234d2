"""A migrated SQLite database in a temporary folder, for the demo tests.

Local on purpose: the fixture names (``migrated``, ``database``) and their meaning
match the project-wide ``tests/conftest.py``, which supersedes this file.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tortoise import Tortoise

from cims import db
from cims.config import Settings


@pytest.fixture(scope="session")
async def migrated(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cims-demo")
    settings = Settings(env="test", data_dir=Path(folder))
    url = f"sqlite://{folder / 'test.sqlite3'}"
    await db.migrate(settings, url)
    await db.connect(settings, url)
    yield url
    await db.disconnect()


@pytest.fixture
async def database(migrated):
    """A migrated, empty database; emptied again after the test."""
    yield migrated
    conn = Tortoise.get_connection("default")
    tables = ["transaction", "account", "customer", "product", "branch"]
    await conn.execute_script(";".join(f'DELETE FROM "{t}"' for t in tables))
