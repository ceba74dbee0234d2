"""The memory a dry run of N generated rows takes at its peak, in a process of its own.

    python tests/domain/import_memory_probe.py ROWS FOLDER [--small-bounds]

Migrates a SQLite database in FOLDER, writes a CSV of ROWS made-up customers there
(distinct ID numbers, phones and e-mails; names and birth dates that repeat), runs
``check_customers`` on the file's path with ``tracemalloc`` on, and prints one line
of JSON: the peak of traced memory during the run over what was traced before it,
and the report's counts. Run by ``test_import_memory.py``; a process of its own so
that nothing another test left behind is counted.

An import also holds buffers of a fixed size, whatever the file: a chunk of rows,
the validation memo (up to 50,000 values), the recent keys not yet merged into the
sorted arrays and the bitmap in front of them, a batch of names for the
similar-name pass. --small-bounds makes them small, so that a short file shows
what grows with the rows instead of those buffers filling up.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tracemalloc
from pathlib import Path

from tortoise import Tortoise

from cims import db
from cims.config import Settings
from cims.domain import importing, validation
from cims.domain.actor import Actor
from cims.models import Branch

HEADER = "客户姓名,证件号码,手机号,出生日期,电子邮箱,网点\n"
SURNAMES = "王李张刘陈杨黄赵吴周"
GIVEN = "伟芳娜敏静丽强磊军洋"


def resident_id(i: int) -> str:
    """A valid made-up ID number per i: region, a birth date, a sequence."""
    born = f"19{50 + i % 40:02d}{1 + i % 12:02d}{1 + i % 28:02d}"
    body = f"110105{born}{i // 840 % 1000:03d}"  # the dates repeat every 840
    weights = [2 ** (17 - k) % 11 for k in range(17)]
    check = "10X98765432"[
        sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11
    ]
    return body + check


def write_file(path: Path, rows: int) -> None:
    with path.open("w", encoding="utf-8") as file:
        file.write(HEADER)
        for i in range(rows):
            name = SURNAMES[i % 10] + GIVEN[i // 10 % 10] + GIVEN[i // 100 % 10]
            number = resident_id(i)
            born = f"{number[6:10]}-{number[10:12]}-{number[12:14]}"
            file.write(f"{name},{number},139{i:08d},{born},user{i}@example.com,BJ01\n")


async def probe(rows: int, folder: Path) -> dict:
    settings = Settings(env="test", data_dir=folder, static_dir=folder / "no-spa")
    url = f"sqlite://{folder / 'probe.sqlite3'}"
    await db.migrate(settings, url)
    await db.connect(settings, url)
    try:
        await Branch.create(code="BJ01", name="北京", name_en="Beijing", city="Beijing")
        path = folder / "probe.csv"
        write_file(path, rows)
        mapping = importing.suggest_mapping(HEADER.strip().split(","))
        options = importing.ImportOptions(chunk_size=500)
        tracemalloc.start()
        before, _ = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        report = await importing.check_customers(
            Actor.system(), path, "probe.csv", mapping, options
        )
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    finally:
        await Tortoise.close_connections()
    return {
        "rows": report.total_rows,
        "valid": report.valid_rows,
        "problems": len(report.problems),
        "peak_growth": peak - before,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("rows", type=int)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--small-bounds", action="store_true")
    args = parser.parse_args()
    if args.small_bounds:
        validation.Memo.__init__.__defaults__ = (1000,)
        import_state = sys.modules.get("cims.domain.import_state")
        if import_state is not None:  # absent before the state was made compact
            import_state.RowsByKey.MERGE_AT = 256
            import_state.RowsByKey.FILTER_BYTES = 1 << 12
            import_state.NameSpill.BATCH_ROWS = 1000
    print(json.dumps(asyncio.run(probe(args.rows, args.folder))))


if __name__ == "__main__":
    main()
