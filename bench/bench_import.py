"""Import speed: N generated customers through ``import_customers`` into PostgreSQL.

Usage:
    PYTHONPATH=backend python bench/bench_import.py [--rows 1000000] [--scan]

Creates the database ``cims_import_bench`` (or --database; dropped first, and again
at the end unless --keep), generates N made-up customers (a million by default;
--rows for fewer) as a UTF-8 CSV file in a temporary folder, imports them from the
file (read as the import goes, as ``cims import FILE`` does), and prints rows/s
for the whole import (read, validate, check, write) and for its write path alone
(asyncpg COPY through Tortoise's connection, the same rows again) beside ``psql
\\copy`` of the same rows into the same table (exported from the import, table
truncated first). --scan also times the all-pairs duplicate scan
over the imported rows; --updates N (default 10,000) re-imports the first N rows
with a new income in update mode and times that (one statement per row).

On a shared machine the wall-clock ratio follows the neighbours' load, so the
benchmark also prints CPU time: the import's process, its worker processes (as the
import counts them, ``importing.worker_cpu``) and its PostgreSQL backends against
``psql`` and its backend (read from ``/proc``, so PostgreSQL must run on this
machine; otherwise those figures are left out), and the import's peak RSS.
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
from dataclasses import dataclass
from pathlib import Path
from subprocess import PIPE

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
TICKS = os.sysconf("SC_CLK_TCK")


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


def generate(rows: int, path: Path) -> int:
    """Write the file, a thousand lines at a time; returns its size in bytes."""
    rng = random.Random(20261204)
    with path.open("w", encoding="utf-8", newline="") as file:
        file.write(HEADER)
        for start in range(0, rows, 1000):
            stop = min(start + 1000, rows)
            file.write("".join(customer_line(i, rng) for i in range(start, stop)))
    return path.stat().st_size


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


@dataclass
class Cpu:
    """CPU seconds of one side of the comparison (None where /proc could not say)."""

    client: float  # the import's process, or psql
    server: float | None  # its PostgreSQL backends
    workers: float = 0.0  # the import's worker processes, checking chunks

    @property
    def total(self) -> float | None:
        return None if self.server is None else self.client + self.workers + self.server


def process_cpu(pid: int) -> float | None:
    """User + system CPU seconds of a process on this machine; None if unreadable."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = stat.rsplit(")", 1)[1].split()  # fields 14 and 15: utime, stime
    return (int(fields[11]) + int(fields[12])) / TICKS


async def backend_cpu() -> dict[int, float | None]:
    """CPU seconds so far of each PostgreSQL backend connected to the database."""
    rows = await Tortoise.get_connection("default").execute_query_dict(
        "SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
    )
    return {row["pid"]: process_cpu(row["pid"]) for row in rows}


def cpu_since(before: dict, after: dict) -> float | None:
    """CPU the backends used between two ``backend_cpu`` readings (new ones whole)."""
    if None in before.values() or None in after.values():
        return None
    return sum(cpu - before.get(pid, 0.0) for pid, cpu in after.items())


def reset_peak_rss() -> bool:
    """Start this process's peak RSS afresh (Linux); False where it cannot."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def rss_mib(name: str) -> float | None:
    """VmRSS (now) or VmHWM (peak) of this process in MiB, from /proc."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return None
    for line in status.splitlines():
        if line.startswith(f"{name}:"):
            return int(line.split()[1]) / 1024
    return None


async def run_import(data: Path) -> tuple[float, int, Cpu]:
    actor = Actor.system()
    mapping = suggest_mapping(HEADER.strip().split(","))
    rss_before = rss_mib("VmRSS")
    peak_known = reset_peak_rss()
    backends = await backend_cpu()
    start, cpu = time.perf_counter(), time.process_time()
    workers = importing.worker_cpu()
    report = await import_customers(
        actor, data, "bench.csv", mapping, ImportOptions(chunk_size=10_000)
    )
    elapsed = time.perf_counter() - start
    # CPU time of this process (its checking thread included) and of the worker
    # processes checking chunks: the steadier figure on a shared machine, since the
    # neighbours' time slices are not in it.
    used = Cpu(
        time.process_time() - cpu,
        cpu_since(backends, await backend_cpu()),
        importing.worker_cpu() - workers,
    )
    if report.problems or report.created_rows != report.total_rows:
        raise SystemExit(f"import did not take every row: {report.problems[:3]}")
    print(f"import CPU time (this process) {used.client:.1f} s, "
          f"its worker processes {used.workers:.1f} s")  # fmt: skip
    peak = rss_mib("VmHWM") if peak_known else None
    if peak is not None and rss_before is not None:
        print(
            f"import peak RSS {peak:,.0f} MiB ({rss_before:,.0f} MiB before it; "
            f"+{peak - rss_before:,.0f} MiB)"
        )
        print(f"RESULT import_peak_rss_growth {peak - rss_before:.0f} MiB")
    return elapsed, report.created_rows, used


def updated_lines(data: Path, rows: int) -> bytes:
    """The first ``rows`` rows again, each with another annual income."""
    with data.open(encoding="utf-8") as file:
        first = zip(range(rows + 1), file, strict=False)
        lines = [line.rstrip("\n") for _, line in first]
    changed = [lines[0]]
    for line in lines[1:]:
        cells = line.split(",")
        cells[7] = f"{float(cells[7]) + 1:.2f}"
        changed.append(",".join(cells))
    return ("\n".join(changed) + "\n").encode()


async def run_updates(data: Path, rows: int) -> float:
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
            # As the import writes them: lines of COPY text, made before the clock.
            chunk = [
                importing.copy_line(tuple(r[c] for c in importing.COLUMNS))
                for r in rows
            ]
            start = time.perf_counter()
            await importing.write_customers(transaction, chunk, "customer_bench")
            elapsed += time.perf_counter() - start
    return elapsed


def time_psql_copy(columns: str, folder: Path) -> tuple[float, Cpu]:
    """Seconds and CPU (psql, its backend) of ``psql \\copy`` into the emptied table."""
    path = folder / "customer_rows.csv"
    psql("-c", f"\\copy customer ({columns}) TO '{path}' CSV", database=DATABASE)
    psql("-c", "TRUNCATE customer RESTART IDENTITY CASCADE", database=DATABASE)
    # One psql session, driven line by line, so that its backend can be read in /proc
    # before and after the copy.
    command = [*PSQL, "-d", DATABASE, "-At"]
    with subprocess.Popen(command, stdin=PIPE, stdout=PIPE, text=True) as session:
        backend = int(_ask(session, "SELECT pg_backend_pid();"))
        before = (process_cpu(session.pid), process_cpu(backend))
        start = time.perf_counter()
        done = _ask(session, f"\\copy customer ({columns}) FROM '{path}' CSV\n"
                             "SELECT 'copied';")  # fmt: skip
        elapsed = time.perf_counter() - start
        after = (process_cpu(session.pid), process_cpu(backend))
        session.stdin.close()
    if done != "copied":
        raise SystemExit("psql \\copy failed")
    if None in before or None in after:
        return elapsed, Cpu(0.0, None)
    return elapsed, Cpu(after[0] - before[0], after[1] - before[1])


def _ask(session: subprocess.Popen, text: str) -> str:
    session.stdin.write(text + "\n")
    session.stdin.flush()
    return session.stdout.readline().strip()


async def main(args: argparse.Namespace) -> None:
    global DATABASE
    DATABASE = args.database
    url = f"{SERVER}/{DATABASE}"
    reset_database()
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "bench.csv"
        generate_start = time.perf_counter()
        size = generate(args.rows, data)
        print(
            f"generated {args.rows:,} rows ({size / 1e6:.1f} MB) "
            f"in {time.perf_counter() - generate_start:.1f} s"
        )
        await measure(args, url, data)
    if not args.keep:
        psql("-c", f"DROP DATABASE {DATABASE}")


async def measure(args: argparse.Namespace, url: str, data: Path) -> None:
    await prepare(url)
    try:
        elapsed, created, import_cpu = await run_import(data)
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
            copy, copy_cpu = time_psql_copy(", ".join(importing.COLUMNS), Path(folder))
        writing = await time_write_path()
    finally:
        await Tortoise.close_connections()
    report(created, elapsed, writing, copy)
    report_cpu(created, import_cpu, copy_cpu)


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


def report_cpu(rows: int, imported: Cpu, copied: Cpu) -> None:
    """CPU seconds of both sides: what the load of the neighbours does not change."""
    per_row = imported.client / rows * 1e6
    print(
        f"import CPU, this process     {imported.client:>10.1f} s {per_row:7.1f} µs/row"
    )
    print(f"RESULT import_cpu_per_row {per_row:.1f} µs")
    if imported.workers:
        per_row = imported.workers / rows * 1e6
        print(
            f"import CPU, worker processes {imported.workers:>10.1f} s "
            f"{per_row:7.1f} µs/row"
        )
    if imported.total is None or copied.total is None:
        print("CPU of the PostgreSQL backends unknown (no /proc entry for them)")
        return
    print(f"import CPU, its backends     {imported.server:>10.1f} s")
    print(f"psql \\copy CPU, psql         {copied.client:>10.1f} s")
    print(f"psql \\copy CPU, its backend  {copied.server:>10.1f} s")
    ratio = copied.total / imported.total
    print(f"CPU, psql \\copy / import     {ratio:>10.2f}")
    print(f"RESULT import_vs_psql_copy_cpu {ratio:.2f} ratio")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000, help="rows to import")
    parser.add_argument("--scan", action="store_true", help="time the duplicate scan")
    parser.add_argument("--keep", action="store_true", help="keep the database")
    parser.add_argument("--database", default=DATABASE, help="database to (re)create")
    parser.add_argument("--updates", type=int, default=10_000, help="rows to update")
    asyncio.run(main(parser.parse_args()))
