"""Shared fixtures: one migrated database per test session, emptied after each test.

The engine comes from ``CIMS_TEST_DB``: ``sqlite`` (default, a file in a temporary
folder) or ``postgres`` (a fresh database on the server named by
``CIMS_TEST_POSTGRES_URL``, created for the session and dropped after it).
"""

from __future__ import annotations

import logging
import os
import uuid
from dataclasses import replace
from pathlib import Path

import asyncpg
import httpx
import pytest
from tortoise import Tortoise

from cims import db
from cims.app import create_app
from cims.auth.held import held_clients
from cims.config import Settings
from cims.domain.actor import Actor

ROOT = Path(__file__).resolve().parents[1]
POSTGRES_URL = os.environ.get(
    "CIMS_TEST_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres"
)


def engine() -> str:
    return os.environ.get("CIMS_TEST_DB", "sqlite")


# Loggers a command run in-process (``cims.cli.main`` -> ``cims.logs.configure``)
# sets: the root's handler writes to the stderr of that moment, pytest's capture,
# which is closed once the test ends; later tests would log into it.
_CONFIGURED_LOGGERS = ("", "tortoise", "aiosqlite")


@pytest.fixture(autouse=True)
def _logging_as_it_was():
    loggers = [logging.getLogger(name) for name in _CONFIGURED_LOGGERS]
    saved = [(logger.handlers[:], logger.level) for logger in loggers]
    yield
    for logger, (handlers, level) in zip(loggers, saved, strict=True):
        logger.handlers[:] = handlers
        logger.setLevel(level)


@pytest.fixture(scope="session")
def session_settings(tmp_path_factory) -> Settings:
    data_dir = tmp_path_factory.mktemp("cims-data")
    os.environ["CIMS_DATA_DIR"] = str(data_dir)
    os.environ.setdefault("CIMS_ENV", "test")
    return Settings(
        env="test", data_dir=Path(data_dir), static_dir=Path(data_dir) / "no-spa"
    )


@pytest.fixture(scope="session")
async def database_url(session_settings):
    if engine() == "sqlite":
        yield f"sqlite://{session_settings.data_dir / 'test.sqlite3'}"
        return
    # CIMS_TEST_DB_PREFIX names whose database it is when several people share one
    # server (e.g. a branch name); dropped at the end of the session either way.
    prefix = os.environ.get("CIMS_TEST_DB_PREFIX", "cims_test")
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    admin = await asyncpg.connect(
        POSTGRES_URL.replace("postgres://", "postgresql://", 1)
    )
    await admin.execute(f'CREATE DATABASE "{name}"')
    base = POSTGRES_URL.rsplit("/", 1)[0]
    try:
        yield f"{base}/{name}"
    finally:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()


@pytest.fixture(scope="session")
async def migrated(session_settings, database_url):
    await db.migrate(session_settings, database_url)
    await db.connect(session_settings, database_url)
    yield database_url
    await db.disconnect()


async def empty_tables() -> None:
    conn = Tortoise.get_connection("default")
    tables = [
        model._meta.db_table
        for model in Tortoise.apps["models"].values()
        if model._meta.db_table != "aerich"
    ]
    quoted = ", ".join(f'"{t}"' for t in tables)
    if conn.capabilities.dialect == "postgres":
        await conn.execute_script(f"TRUNCATE {quoted} RESTART IDENTITY CASCADE")
        return
    statements = ";".join(f'DELETE FROM "{t}"' for t in tables)
    await conn.execute_script(
        f"PRAGMA foreign_keys = OFF; {statements}; PRAGMA foreign_keys = ON;"
    )


@pytest.fixture
async def database(migrated):
    """A migrated, empty database; emptied again after the test."""
    yield migrated
    await empty_tables()
    held_clients.ids = frozenset()  # the clients' in-memory mirror, emptied too


class Caller:
    """Who the test client acts as; tests change it with ``as_actor``."""

    def __init__(self) -> None:
        self.actor = Actor.system()

    async def resolve(self, request, request_id: str) -> Actor:
        return replace(self.actor, request_id=request_id, client_address="127.0.0.1")


@pytest.fixture
def caller() -> Caller:
    return Caller()


@pytest.fixture
async def client(session_settings, database, caller):
    app = create_app(session_settings, connect=False, resolve_actor=caller.resolve)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(
        transport=transport, base_url="http://testserver"
    ) as c:
        yield c
