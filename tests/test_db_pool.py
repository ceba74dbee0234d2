"""PostgreSQL's pooled connections go back without asyncpg's reset query
(``cims.db_postgres``): nothing of CIMS leaves session state on them, an open
transaction is still rolled back, and the migrations keep Tortoise's own client."""

from __future__ import annotations

import re
from pathlib import Path

import asyncpg
import pytest
from tortoise import Tortoise

from cims import db
from cims.config import Settings
from cims.db_postgres import PooledClient
from tests.conftest import engine

ROOT = Path(__file__).resolve().parents[1]
BACKEND = ROOT / "backend" / "cims"
# SQL that leaves state on a session beyond its transaction: session advisory
# locks, LISTEN, SET (but SET LOCAL), session-wide set_config, held cursors.
SESSION_STATE = re.compile(
    r"pg_(try_)?advisory_lock"
    r"|[\"']\s*(LISTEN|UNLISTEN)\b"
    r"|[\"']\s*SET\s+(?!LOCAL\b)"
    r"|set_config\([^)]*\b(false|FALSE)\b"
    r"|WITH\s+HOLD"
    r"|\.add_listener\(",
)
# The one module that LISTENs, on a connection of its own outside the pool.
OWN_CONNECTION = {BACKEND / "domain" / "notify.py"}

postgres_only = pytest.mark.skipif(
    engine() != "postgres", reason="the pool belongs to PostgreSQL"
)


def test_no_code_leaves_session_state_on_a_pooled_connection():
    found = []
    for path in sorted(BACKEND.rglob("*.py")):
        if "migrations" in path.parts or path in OWN_CONNECTION:
            continue
        for number, line in enumerate(path.read_text().splitlines(), 1):
            if SESSION_STATE.search(line):
                found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert found == []


@pytest.mark.parametrize(
    "line",
    [
        'await conn.execute_query("SELECT pg_advisory_lock(1)")',
        "await c.execute('LISTEN changes')",
        'await conn.execute_query("SET statement_timeout = 5")',
        "select set_config('x.y', '1', false)",
        "DECLARE c CURSOR WITH HOLD FOR SELECT 1",
        "await connection.add_listener(CHANNEL, handler)",
    ],
)
def test_the_scan_would_see_session_state(line):
    assert SESSION_STATE.search(line)


@pytest.mark.parametrize(
    "line",
    [
        'await conn.execute_query("SELECT pg_advisory_xact_lock($1)", [7])',
        'await conn.execute_query("SET LOCAL statement_timeout = 5")',
        '"UPDATE t SET a = 1"',
    ],
)
def test_the_scan_lets_transaction_scoped_sql_pass(line):
    assert not SESSION_STATE.search(line)


def test_only_the_serving_connection_uses_the_pooled_client():
    settings = Settings(env="test")
    url = "postgres://postgres@127.0.0.1:5432/cims?maxsize=4"

    serving = db.tortoise_config(settings, url, serving=True)["connections"]
    migrating = db.tortoise_config(settings, url)["connections"]
    sqlite = db.tortoise_config(settings, "sqlite:///tmp/x.db", serving=True)

    assert serving["default"]["engine"] == "cims.db_postgres"
    assert serving["default"]["credentials"]["maxsize"] == "4"
    assert migrating["default"] == f"{url}&minsize=1"
    assert sqlite["connections"]["default"] == "sqlite:///tmp/x.db"


@postgres_only
async def test_a_released_connection_is_not_sent_the_reset_query(database, monkeypatch):
    resets = []

    async def spy(self, *, timeout=None):
        resets.append(self)

    monkeypatch.setattr(asyncpg.connection.Connection, "reset", spy)
    conn = Tortoise.get_connection("default")

    await conn.execute_query("SELECT 1")
    async with conn._in_transaction() as inner:
        await inner.execute_query("SELECT 2")

    assert isinstance(conn, PooledClient)
    assert resets == []


@postgres_only
async def test_a_transaction_left_open_is_rolled_back_on_release(database):
    conn = Tortoise.get_connection("default")
    async with conn.acquire_connection() as raw:
        await raw.execute("BEGIN")
        await raw.execute(
            "INSERT INTO branch (code, name, name_en, city, created_at) "
            "VALUES ('LEAK1', 'x', 'x', 'x', now())"
        )

    async with conn.acquire_connection() as raw:
        assert not raw.is_in_transaction()
    _, rows = await conn.execute_query(
        "SELECT count(*) FROM branch WHERE code = 'LEAK1'"
    )
    _, idle = await conn.execute_query(
        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
        " AND state LIKE 'idle in transaction%'"
    )
    assert (rows[0][0], idle[0][0]) == (0, 0)
