"""Import speed: N generated customers through ``import_customers`` into PostgreSQL.

Usage:
    PYTHONPATH=backend python bench/bench_import.py [--rows 100000] [--scan]

Creates the database ``cims_import_bench`` (dropped first, and again at the end
unless --keep), generates N made-up customers as a UTF-8 CSV, imports them, and
prints rows/s for the whole import (read, validate, check, write) and for its
write path alone (asyncpg COPY through Tortoise's connection, the same rows again)
beside ``psql \\copy`` of the same rows into the same table (exported from the
import, table truncated first). --scan also times the all-pairs duplicate scan
over the imported rows; --updates N (default 10,000) re-imports the first N rows
with a new income in update mode and times that (one statement per row).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "backend"))

from stdnum.cn import ric  # noqa: E402
from tortoise import Tortoise  # noqa: E402
from tortoise.transactions import in_transaction  # noqa: E402

from cims import db  # noqa: E402
from cims.config import Settings  # noqa: E402
from cims.domain import importing  # noqa: E402
from cims.domain.actor import Actor  # noqa: E402
from cims.domain.duplicates import scan_duplicates  # noqa: E402
from cims.domain.importing import ImportOptions, import_customers, suggest_mapping  # noqa: E402
from cims.models import Branch  # noqa: E402

SERVER = "postgres://postgres@127.0.0.1:5432"
DATABASE = "cims_import_bench"
PSQL = ["psql", "-h", "127.0.0.1", "-U", "postgres", "-v", "ON_ERROR_STOP=1", "-q"]
HEADER = "客户姓名,姓名拼音,证件号码,手机号,出生日期,性别,电子邮箱,年收入,网点\n"
# Made-up names: 30 common surnames and 40 given-name characters, with pinyin.
_SURNAMES = (
    "王:Wang 李:Li 张:Zhang 刘:Liu 陈:Chen 杨:Yang 黄:Huang 赵:Zhao 吴:Wu 周:Zhou "
    "徐:Xu 孙:Sun 马:Ma 朱:Zhu 胡:Hu 郭:Guo 何:He 高:Gao 林:Lin 罗:Luo "
    "郑:Zheng 梁:Liang 谢:Xie 宋:Song 唐:Tang 许:Xu 韩:Han 冯:Feng 邓:Deng 曹:Cao"
)
_GIVEN = (
    "伟:Wei 芳:Fang 娜:Na 敏:Min 静:Jing 丽:Li 强:Qiang 磊:Lei 军:Jun 洋:Yang "
    "勇:Yong 艳:Yan 杰:Jie 涛:Tao 明:Ming 超:Chao 秀:Xiu 霞:Xia 平:Ping 刚:Gang "
    "桂:Gui 英:Ying 华:Hua 建:Jian 国:Guo 红:Hong 梅:Mei 玉:Yu 兰:Lan 志:Zhi "
    "文:Wen 斌:Bin 海:Hai 燕:Yan 鹏:Peng 飞:Fei 宇:Yu 浩:Hao 然:Ran 欣:Xin"
)
SURNAMES = [tuple(pair.split(":")) for pair in _SURNAMES.split(" ")]
GIVEN = [tuple(pair.split(":")) for pair in _GIVEN.split(" ")]
REGIONS = ["110105", "310104", "440305", "330106", "510107"]
PHONE_PREFIXES = ["138", "139", "137", "136", "158", "188", "186"]
BRANCHES = ["BJ01", "SH01", "SZ01", "HZ01", "CD01"]
FIRST_BIRTH = dt.date(1950, 1, 1).toordinal()
DAYS = 20_000


def resident_id(i: int) -> tuple[str, dt.date]:
    """A unique, valid made-up ID number per i (region, birth date, sequence)."""
    born = dt.date.fromordinal(FIRST_BIRTH + i % DAYS)
    sequence = (i // DAYS) % 1000
    region = REGIONS[(i // (DAYS * 1000)) % len(REGIONS)]
    body = f"{region}{born:%Y%m%d}{sequence:03d}"
    return body + ric.calc_check_digit(body + "0"), born


def customer_line(i: int, rng: random.Random) -> str:
    number, born = resident_id(i)
    surname, given = rng.choice(SURNAMES), rng.sample(GIVEN, rng.choice((1, 2)))
    name = surname[0] + "".join(g[0] for g in given)
    latin = f"{surname[1]} {''.join(g[1] for g in given)}"
    gender = "男" if int(number[16]) % 2 else "女"
    phone = PHONE_PREFIXES[i % len(PHONE_PREFIXES)] + f"{i // len(PHONE_PREFIXES):08d}"
    income = f"{rng.randrange(20_000_00, 2_000_000_00) / 100:.2f}"
    branch = BRANCHES[i % len(BRANCHES)]
    return (
        f"{name},{latin},{number},{phone},{born:%Y/%m/%d},{gender},"
        f"user{i}@example.com,{income},{branch}\n"
    )


def generate(rows: int) -> bytes:
    rng = random.Random(20261204)
    return (HEADER + "".join(customer_line(i, rng) for i in range(rows))).encode()


def psql(*args: str, database: str = "postgres") -> None:
    subprocess.run([*PSQL, "-d", database, *args], check=True)


def reset_database() -> None:
    psql("-c", f"DROP DATABASE IF EXISTS {DATABASE}")
    psql("-c", f"CREATE DATABASE {DATABASE}")


async def prepare(url: str) -> None:
    settings = Settings()
    await db.migrate(settings, url)
    await db.connect(settings, url)
    for code in BRANCHES:
        await Branch.create(code=code, name=code, name_en=code, city=code)


async def run_import(data: bytes) -> tuple[float, int]:
    actor = Actor.system()
    mapping = suggest_mapping(HEADER.strip().split(","))
    start, cpu = time.perf_counter(), time.process_time()
    report = await import_customers(
        actor, data, "bench.csv", mapping, ImportOptions(chunk_size=10_000)
    )
    elapsed = time.perf_counter() - start
    if report.problems or report.created_rows != report.total_rows:
        raise SystemExit(f"import did not take every row: {report.problems[:3]}")
    # CPU time of this process (its checking thread included): the steadier figure
    # on a shared machine, since the neighbours' time slices are not in it.
    print(f"import CPU time (this process) {time.process_time() - cpu:.1f} s")
    return elapsed, report.created_rows


def updated_lines(data: bytes, rows: int) -> bytes:
    """The first ``rows`` rows again, each with another annual income."""
    lines = data.decode().splitlines()[: rows + 1]
    changed = [lines[0]]
    for line in lines[1:]:
        cells = line.split(",")
        cells[7] = f"{float(cells[7]) + 1:.2f}"
        changed.append(",".join(cells))
    return ("\n".join(changed) + "\n").encode()


async def run_updates(data: bytes, rows: int) -> float:
    mapping = suggest_mapping(HEADER.strip().split(","))
    options = ImportOptions(chunk_size=10_000, mode=importing.ImportMode.UPDATE)
    start = time.perf_counter()
    report = await import_customers(
        Actor.system(), updated_lines(data, rows), "update.csv", mapping, options
    )
    elapsed = time.perf_counter() - start
    if report.problems or report.updated_rows != rows:
        raise SystemExit(f"update did not take every row: {report.problems[:3]}")
    print(f"update mode, {rows:,} rows      {rows / elapsed:>10,.0f} rows/s "
          f"{elapsed:7.1f} s")  # fmt: skip
    return elapsed


async def time_write_path() -> float:
    """The import's own write path (COPY through Tortoise's connection), alone.

    The imported rows are read back 10,000 at a time and written with
    ``write_customers`` into a copy of the customer table with the same indexes
    and constraints; only the writes are timed.
    """
    conn = Tortoise.get_connection("default")
    await conn.execute_script(
        "CREATE TABLE customer_bench (LIKE customer INCLUDING ALL);"
        "ALTER TABLE customer_bench ADD FOREIGN KEY (branch_id) REFERENCES branch (id);"
    )
    columns = ", ".join(f'"{c}"' for c in importing.COLUMNS)
    query = f"SELECT id, {columns} FROM customer WHERE id > $1 ORDER BY id LIMIT 10000"
    elapsed, last = 0.0, 0
    async with in_transaction() as transaction:
        while rows := await conn.execute_query_dict(query, [last]):
            last = rows[-1]["id"]
            chunk = [tuple(r[c] for c in importing.COLUMNS) for r in rows]
            start = time.perf_counter()
            await importing.write_customers(transaction, chunk, "customer_bench")
            elapsed += time.perf_counter() - start
    return elapsed


def time_psql_copy(columns: str, folder: Path) -> float:
    path = folder / "customer_rows.csv"
    psql("-c", f"\\copy customer ({columns}) TO '{path}' CSV", database=DATABASE)
    psql("-c", "TRUNCATE customer RESTART IDENTITY CASCADE", database=DATABASE)
    start = time.perf_counter()
    psql("-c", f"\\copy customer ({columns}) FROM '{path}' CSV", database=DATABASE)
    return time.perf_counter() - start


async def main(args: argparse.Namespace) -> None:
    url = f"{SERVER}/{DATABASE}"
    reset_database()
    generate_start = time.perf_counter()
    data = generate(args.rows)
    print(
        f"generated {args.rows:,} rows ({len(data) / 1e6:.1f} MB) "
        f"in {time.perf_counter() - generate_start:.1f} s"
    )
    await prepare(url)
    try:
        elapsed, created = await run_import(data)
        if args.updates:
            await run_updates(data, min(args.updates, created))
        if args.scan:
            start = time.perf_counter()
            pairs = await scan_duplicates(Actor.system())
            print(
                f"duplicate scan: {len(pairs):,} pairs in "
                f"{time.perf_counter() - start:.1f} s"
            )
        with tempfile.TemporaryDirectory() as folder:
            os.chmod(folder, 0o755)
            copy = time_psql_copy(", ".join(importing.COLUMNS), Path(folder))
        writing = await time_write_path()
    finally:
        await Tortoise.close_connections()
    report(created, elapsed, writing, copy)
    if not args.keep:
        psql("-c", f"DROP DATABASE {DATABASE}")


def report(rows: int, elapsed: float, writing: float, copy: float) -> None:
    print(f"rows                         {rows:>10,}")
    print(
        f"import, end to end           {rows / elapsed:>10,.0f} rows/s {elapsed:7.1f} s"
    )
    print(
        f"import write path (COPY)     {rows / writing:>10,.0f} rows/s {writing:7.1f} s"
    )
    print(f"psql \\copy, same rows        {rows / copy:>10,.0f} rows/s {copy:7.1f} s")
    print(f"write path / psql \\copy      {copy / writing:>10.2f}")
    print(f"end to end / psql \\copy      {copy / elapsed:>10.2f}")
    print(f"RESULT import_rows_per_s {rows / elapsed:.0f} rows/s")
    print(f"RESULT import_vs_psql_copy {copy / elapsed:.2f} ratio")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--scan", action="store_true", help="time the duplicate scan")
    parser.add_argument("--keep", action="store_true", help="keep the database")
    parser.add_argument("--updates", type=int, default=10_000, help="rows to update")
    asyncio.run(main(parser.parse_args()))
