"""Seed the demo bank into fresh databases and print what it cost.

    PYTHONPATH=backend python bench/bench_seed.py [--postgres URL] [--orm]

SQLite always (a file in a temporary folder); PostgreSQL with ``--postgres``, in a
database ``cims_seed_bench`` created on that server for the run and dropped after
it. Each engine runs in a process of its own (Tortoise and Aerich keep per-process
state that does not survive a switch of engine), which also makes the peak resident
memory printed for each one its own. Prints rows per table, wall and CPU seconds,
rows per second, and checks that a second run changes nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import asyncpg

from cims import db
from cims.config import Settings
from cims.demo import seed as seed_module
from cims.models import Account, Branch, Customer, Product, Transaction

BENCH_DATABASE = "cims_seed_bench"
TABLES = (Branch, Product, Customer, Account, Transaction)


async def seed_and_count(url: str, seed: int) -> None:
    with tempfile.TemporaryDirectory(prefix="cims-seed-bench-") as folder:
        settings = Settings(env="development", data_dir=Path(folder))
        await db.migrate(settings, url)
        await db.connect(settings, url)
        try:
            started, cpu = time.perf_counter(), time.process_time()
            report = await seed_module.seed_demo(seed)
            seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
            counts = {m.__name__: await m.all().count() for m in TABLES}
            again = await seed_module.seed_demo(seed)
        finally:
            await db.disconnect()
    print_figures(counts, seconds, cpu)
    print(f"  second run: {again}")
    if not report.created or again.created:
        raise SystemExit("the second run should have changed nothing")


def print_figures(counts: dict[str, int], seconds: float, cpu: float) -> None:
    total = sum(counts.values())
    for table, rows in counts.items():
        print(f"  {table:<12} {rows:>9,} rows")
    print(
        f"  {'all':<12} {total:>9,} rows in {seconds:.1f} s "
        f"({cpu:.1f} s CPU in this process): {total / seconds:,.0f} rows/s"
    )
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  peak RSS {peak_mib:,.0f} MiB; load average {os.getloadavg()[0]:.1f}")


def method(raw: str) -> str:
    return raw if seed_module.RAW_TRANSACTION_INSERTS else "bulk_create"


async def bench_sqlite(seed: int) -> None:
    print(f"SQLite (transactions by {method('executemany')})", flush=True)
    with tempfile.TemporaryDirectory(prefix="cims-seed-bench-") as folder:
        await seed_and_count(f"sqlite://{folder}/bench.sqlite3", seed)


async def bench_postgres(admin_url: str, seed: int) -> None:
    print(f"PostgreSQL (transactions by {method('COPY')})", flush=True)
    admin = await asyncpg.connect(admin_url.replace("postgres://", "postgresql://", 1))
    await admin.execute(f'DROP DATABASE IF EXISTS "{BENCH_DATABASE}" WITH (FORCE)')
    await admin.execute(f'CREATE DATABASE "{BENCH_DATABASE}"')
    try:
        await seed_and_count(f"{admin_url.rsplit('/', 1)[0]}/{BENCH_DATABASE}", seed)
    finally:
        await admin.execute(f'DROP DATABASE IF EXISTS "{BENCH_DATABASE}" WITH (FORCE)')
        await admin.close()


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--postgres",
        metavar="URL",
        help="server to create the bench database on, e.g. "
        "postgres://postgres@127.0.0.1:5432/postgres",
    )
    parser.add_argument(
        "--orm",
        action="store_true",
        help="insert transactions with bulk_create instead of COPY "
        "(PostgreSQL) or one prepared INSERT (SQLite)",
    )
    parser.add_argument("--seed", type=int, default=20261204)
    parser.add_argument(
        "--engine",
        choices=("sqlite", "postgres"),
        help="run one engine in this process (used by the parent)",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    seed_module.RAW_TRANSACTION_INSERTS = not args.orm
    if args.engine == "sqlite":
        asyncio.run(bench_sqlite(args.seed))
    elif args.engine == "postgres":
        asyncio.run(bench_postgres(args.postgres, args.seed))
    else:
        engines = ["sqlite"] + (["postgres"] if args.postgres else [])
        argv = sys.argv[1:] if argv is None else argv
        for engine in engines:
            command = [sys.executable, __file__, *argv, "--engine", engine]
            subprocess.run(command, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
