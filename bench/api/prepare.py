"""What the API benchmark needs on a fresh machine: wrk, the npm peer, a database.

The database ``cims_bench`` is created for the run (dropped first if a previous run
left it behind), migrated with ``cims migrate``, filled with ``cims seed-demo`` when
main has the demo seeder and with ``demo_data.py`` otherwise, and dropped at the end.
"""

from __future__ import annotations

import asyncio
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import asyncpg

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
PEER_DIR = ROOT / "bench" / "peer"
# Another name (CIMS_BENCH_DATABASE) keeps two runs on one server apart.
DATABASE = os.environ.get("CIMS_BENCH_DATABASE", "cims_bench")


def ensure_wrk() -> str:
    """Debian's wrk, installed with apt-get when missing."""
    found = shutil.which("wrk")
    if found:
        return found
    print("wrk is missing: apt-get install -y wrk", flush=True)
    apt = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update"], check=True, env=apt)
    subprocess.run(["apt-get", "install", "-y", "wrk"], check=True, env=apt)
    return shutil.which("wrk") or "wrk"


def ensure_peer() -> None:
    """PostGraphile 4 from bench/peer/package-lock.json, installed when out of date."""
    stamp = PEER_DIR / "node_modules" / ".installed-stamp"
    lock = PEER_DIR / "package-lock.json"
    if stamp.exists() and stamp.stat().st_mtime >= lock.stat().st_mtime:
        return
    print("installing the peer (npm ci in bench/peer)", flush=True)
    subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=PEER_DIR, check=True)
    stamp.touch()


def _dsn(server_url: str, database: str) -> str:
    base = server_url.replace("postgres://", "postgresql://", 1).rsplit("/", 1)[0]
    return f"{base}/{database}"


async def _admin(server_url: str, statement: str) -> None:
    conn = await asyncpg.connect(_dsn(server_url, "postgres"), timeout=10)
    try:
        await conn.execute(statement)
    finally:
        await conn.close()


def database_url(server_url: str) -> str:
    return server_url.rsplit("/", 1)[0] + f"/{DATABASE}"


def create_database(server_url: str) -> str:
    """A fresh, empty ``cims_bench``; returns its URL."""
    asyncio.run(
        _admin(server_url, f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')
    )
    asyncio.run(_admin(server_url, f'CREATE DATABASE "{DATABASE}"'))
    return database_url(server_url)


def drop_database(server_url: str) -> None:
    asyncio.run(
        _admin(server_url, f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')
    )


def has_demo_seeder(env: dict) -> bool:
    probe = (
        "import importlib.util as u; print(u.find_spec('cims.demo.seed') is not None)"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, cwd=ROOT
    )
    return out.stdout.strip() == "True"


def load_data(env: dict) -> str:
    """Migrate and seed; returns which seeder filled the database."""
    subprocess.run(
        [sys.executable, "-m", "cims", "migrate"], env=env, cwd=ROOT, check=True
    )
    if has_demo_seeder(env):
        subprocess.run(
            [sys.executable, "-m", "cims", "seed-demo"], env=env, cwd=ROOT, check=True
        )
        seeder = "cims seed-demo"
    else:
        subprocess.run(
            [sys.executable, str(HERE / "demo_data.py")], env=env, cwd=ROOT, check=True
        )
        seeder = "bench/api/demo_data.py (cims seed-demo is not on main yet)"
    asyncio.run(_run(env["CIMS_DATABASE_URL"], "ANALYZE"))
    return seeder


async def _run(url: str, statement: str):
    conn = await asyncpg.connect(url.replace("postgres://", "postgresql://", 1))
    try:
        return await conn.fetch(statement)
    finally:
        await conn.close()


def customer_ids(url: str, count: int, seed: int = 1204) -> list[int]:
    """``count`` customers not archived, drawn at random with a fixed seed."""
    rows = asyncio.run(
        _run(url, "SELECT id FROM customer WHERE archived_at IS NULL ORDER BY id")
    )
    ids = [r["id"] for r in rows]
    return random.Random(seed).sample(ids, min(count, len(ids)))


def data_counts(url: str) -> dict[str, int]:
    tables = ("customer", "account", "transaction")
    sql = " UNION ALL ".join(
        f"SELECT '{t}' AS t, count(*) AS n FROM \"{t}\"" for t in tables
    )
    return {r["t"]: r["n"] for r in asyncio.run(_run(url, sql))}


def server_facts(url: str) -> dict[str, str]:
    rows = asyncio.run(
        _run(
            url,
            "SELECT current_setting('server_version') AS v,"
            " current_setting('shared_preload_libraries') AS s",
        )
    )
    return {"version": rows[0]["v"], "preload": rows[0]["s"] or "(none)"}


def backend_pids(url: str) -> list[int]:
    """PostgreSQL server processes serving ``cims_bench``, this query's excepted."""
    rows = asyncio.run(
        _run(
            url,
            "SELECT pid FROM pg_stat_activity WHERE datname ="
            " current_database() AND pid <> pg_backend_pid()",
        )
    )
    return [r["pid"] for r in rows]
