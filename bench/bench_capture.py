"""Capture round trip on SQLite: import N generated customers, then export them.

Usage:
    PYTHONPATH=backend python bench/bench_capture.py [--rows 5000]

Uses a scratch SQLite file (and key ring) in a temporary folder. Prints rows/s for
the dry run, the commit (personal values sealed) and the CSV and XLSX exports
(values opened, not masked).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "backend"))

from bench_import import BRANCHES, HEADER, generate  # noqa: E402


async def timed(label: str, rows: int, work) -> None:
    start = time.perf_counter()
    result = await work()
    elapsed = time.perf_counter() - start
    print(f"{label:11} {rows:>8} rows {elapsed:7.2f} s {rows / elapsed:>9,.0f} rows/s")
    return result


async def main(rows: int, folder: Path) -> None:
    os.environ["CIMS_DATA_DIR"] = str(folder)
    # The exports are timed in clear (every sealed value opened): above the default
    # clear-row limit they would be refused.
    os.environ["CIMS_EXPORT_CLEAR_MAX_ROWS"] = str(rows)
    from cims import db
    from cims.config import Settings
    from cims.domain import customers, exporting, importing
    from cims.domain.actor import Actor
    from cims.models import Branch

    settings = Settings(data_dir=folder)
    url = f"sqlite://{folder / 'bench.sqlite3'}"
    await db.migrate(settings, url)
    await db.connect(settings, url)
    try:
        for code in BRANCHES:
            await Branch.create(code=code, name=code, name_en=code, city=code)
        actor, data = Actor.system(), generate(rows)
        mapping = importing.suggest_mapping(HEADER.strip().split(","))
        for label, run in (("dry run", importing.check_customers),
                           ("commit", importing.import_customers)):  # fmt: skip
            await timed(label, rows, lambda r=run: r(actor, data, "b.csv", mapping))
        query = customers.CustomerQuery()
        purpose = exporting.ExportPurpose.DATA_QUALITY_REVIEW

        def export(fmt: str):
            return exporting.export_customers(actor, query, fmt, purpose=purpose)

        for fmt in ("csv", "xlsx"):
            await timed(f"export {fmt}", rows, lambda f=fmt: export(f))
    finally:
        await db.disconnect()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=5000)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        asyncio.run(main(options.rows, Path(scratch)))
