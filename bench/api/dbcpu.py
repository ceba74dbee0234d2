"""App and database CPU per customer-360, and server transactions per request.

``inprocess.py`` counts the API's own CPU only; the HTTP benchmark's ``CPU ms
app+db`` also counts the PostgreSQL backends serving the database. This measures
both in-process: the signed-in requests of ``signed.py``, the process's CPU clock,
the CPU of the database's backends read from ``/proc`` (PostgreSQL must run on this
machine, under a user whose ``/proc/PID/stat`` is readable), and
``pg_stat_database.xact_commit`` (server transactions, including those Tortoise's
log never shows, such as asyncpg's reset of a connection going back to its pool).

    CIMS_DATABASE_URL=postgres://postgres@127.0.0.1:5432/cims_bench \\
    CIMS_DATA_DIR=<its data dir> PYTHONPATH=<a backend tree> \\
    python bench/api/dbcpu.py [--plain] [-n 400]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from queries import cims_variables, documents  # noqa: E402
from signed import signed_in  # noqa: E402
from tortoise import Tortoise  # noqa: E402

from cims import db  # noqa: E402
from cims.config import get_settings  # noqa: E402
from cims.models import Customer  # noqa: E402

WARM = 20
TICKS = os.sysconf("SC_CLK_TCK")
BACKENDS = "SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
COMMITS = "SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()"


def cpu_seconds(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (FileNotFoundError, ProcessLookupError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / TICKS


async def backends(conn) -> dict[int, float]:
    _, rows = await conn.execute_query(BACKENDS)
    return {row[0]: cpu_seconds(row[0]) for row in rows}


async def commits(conn) -> int:
    _, rows = await conn.execute_query(COMMITS)
    return rows[0][0]


async def run(personal: bool, count: int) -> None:
    settings = get_settings()
    await db.connect(settings)
    try:
        conn = Tortoise.get_connection("default")
        rows = await Customer.all().order_by("id").limit(WARM + count)
        ids = [row.id for row in rows]
        document = documents(personal)[0]
        async with signed_in(settings) as caller:
            for pk in ids[:WARM]:
                await caller.graphql(document, cims_variables(pk))
            before, xacts = await backends(conn), await commits(conn)
            started = time.process_time()
            for pk in ids[WARM:]:
                await caller.graphql(document, cims_variables(pk))
            app = time.process_time() - started
            after = await backends(conn)
            # Less the statement that read the count before.
            xacts = await commits(conn) - xacts - 1
        served = len(ids) - WARM
        database = sum(after[pid] - before.get(pid, 0.0) for pid in after)
        variant = "pii" if personal else "plain"
        print(f"RESULT api.dbcpu.{variant}.app {app * 1000 / served:.2f} ms/req")
        print(f"RESULT api.dbcpu.{variant}.db {database * 1000 / served:.2f} ms/req")
        print(f"RESULT api.dbcpu.{variant}.xacts {xacts / served:.2f} per req")
    finally:
        await db.disconnect()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--plain", action="store_true", help="no personal fields")
    parser.add_argument("-n", type=int, default=400, help="requests measured")
    args = parser.parse_args()
    asyncio.run(run(not args.plain, args.n))


if __name__ == "__main__":
    main()
