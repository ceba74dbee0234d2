"""What the commit mode costs: the same file all or nothing and valid rows only.

Usage:
    PYTHONPATH=backend python bench/bench_import_valid_rows.py [--rows 20000] [--bad 1]

Creates the database ``cims_impvalid_bench`` on the local PostgreSQL (dropped first
and at the end), generates N made-up customers (``bench_import.generate``), and
imports them three times into an emptied customer table: all or nothing, valid
rows only, and valid rows only with ``--bad`` percent of the rows given a bad phone
number (those rows skipped). Prints rows/s of each run.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "backend"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_import  # noqa: E402
from tortoise import Tortoise  # noqa: E402

from cims import db  # noqa: E402
from cims.domain.actor import Actor  # noqa: E402
from cims.domain.importing import (  # noqa: E402
    CommitMode,
    ImportOptions,
    import_customers,
    suggest_mapping,
)

DATABASE = "cims_impvalid_bench"


def with_bad_phones(data: bytes, percent: int) -> tuple[bytes, int]:
    """Every (100 / percent)th row with a phone number too short to be one."""
    lines = data.decode().splitlines()
    step = 100 // percent if percent else 0
    bad = 0
    for n in range(1, len(lines)):
        if step and n % step == 0:
            cells = lines[n].split(",")
            cells[3] = "12345"
            lines[n] = ",".join(cells)
            bad += 1
    return ("\n".join(lines) + "\n").encode(), bad


async def empty_customers() -> None:
    conn = Tortoise.get_connection("default")
    await conn.execute_script(
        "TRUNCATE customer, import_record, import_job, audit_event RESTART IDENTITY "
        "CASCADE"
    )


async def timed(label: str, data: bytes, mode: CommitMode, rows: int) -> None:
    await empty_customers()
    mapping = suggest_mapping(bench_import.HEADER.strip().split(","))
    options = ImportOptions(chunk_size=10_000, commit=mode)
    start = time.perf_counter()
    report = await import_customers(Actor.system(), data, "b.csv", mapping, options)
    elapsed = time.perf_counter() - start
    print(
        f"{label:32} {rows / elapsed:>9,.0f} rows/s {elapsed:6.1f} s  "
        f"written {report.written_rows:,} skipped {report.skipped_rows:,}"
    )


async def main(args: argparse.Namespace) -> None:
    bench_import.DATABASE = DATABASE
    bench_import.reset_database()
    clean = bench_import.generate(args.rows)
    mixed, bad = with_bad_phones(clean, args.bad)
    await bench_import.prepare(f"{bench_import.SERVER}/{DATABASE}")
    try:
        await timed(
            "all or nothing, clean", clean, CommitMode.ALL_OR_NOTHING, args.rows
        )
        await timed(
            "valid rows only, clean", clean, CommitMode.VALID_ROWS_ONLY, args.rows
        )
        label = f"valid rows only, {bad:,} bad rows"
        await timed(label, mixed, CommitMode.VALID_ROWS_ONLY, args.rows)
    finally:
        await db.disconnect()
        bench_import.psql("-c", f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--bad", type=int, default=1, help="percent of bad rows")
    asyncio.run(main(parser.parse_args()))
