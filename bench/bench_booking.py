"""Booking speed: transactions stored and screened as they land.

Usage:
    .venv/bin/python bench/bench_booking.py [--customers 300] [--rows 2000]

In a scratch SQLite database and data folder: the first N customers of
``credit_scoring.csv`` (their own monthly income as a salary credit and 60% of it
spent in 2-4 payments a month, for a year), the anomaly detector trained on them
(``cims.domain.risk.train_anomaly_detector``), then

- ``import_transactions`` of a CSV of ``--rows`` ordinary payments across the
  customers, with one outlier per hundred rows: rows/s for check, store and
  screening, and the alerts it opened;
- ``post_transactions`` of 1, 10 and 100 entries: milliseconds per call.

The made-up histories are seeded, so runs compare.
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "backend"))

import os  # noqa: E402

from cims import db  # noqa: E402
from cims.config import Settings  # noqa: E402
from cims.demo.datasets import CNY_PER_THOUSAND_ESP  # noqa: E402

DATA = Path(__file__).resolve().parents[1] / "backend" / "cims" / "data"
NOW = datetime.now(UTC).replace(microsecond=0)


def incomes(n: int) -> list[Decimal]:
    with (DATA / "credit_scoring.csv").open(newline="") as handle:
        rows = [r for r in csv.DictReader(handle) if r.get("Income") not in ("", None)]
    # Monthly income in thousands of pesetas, in CNY at the demo's fixed rate.
    return [
        (Decimal(r["Income"]) * CNY_PER_THOUSAND_ESP).quantize(Decimal("0.01"))
        for r in rows[:n]
    ]


async def world(n: int) -> list:
    from cims.models import Account, Branch, Customer, Product, Transaction

    branch = await Branch.create(code="BJ01", name="北京", name_en="Beijing", city="京")
    product = await Product.create(
        code="DEP-CUR", name="活期", name_en="Current", category="deposit"
    )
    rng = random.Random(20261204)
    accounts = []
    for i, income in enumerate(incomes(n)):
        customer = await Customer.create(
            customer_no=f"B{i:09d}",
            kind="individual",
            full_name=f"基准{i}",
            name_key=f"基准{i}",
            branch=branch,
            annual_income=income * 12,
        )
        account = await Account.create(
            customer=customer,
            product=product,
            number=f"6299{i:010d}",
            opened_on=date(2025, 1, 1),
        )
        accounts.append(account)
        txns = []
        for month in range(12):
            day = NOW - timedelta(days=30 * (12 - month))
            txns.append((day, income, "credit", "online", "salary"))
            for _ in range(rng.randint(2, 4)):
                at = day + timedelta(days=rng.randint(1, 25), hours=rng.randint(0, 12))
                spend = (income * Decimal("0.6") / 3).quantize(Decimal("0.01"))
                txns.append((at, spend, "debit", rng.choice(["mobile", "pos"]), "pay"))
        await Transaction.bulk_create(
            [
                Transaction(
                    account=account,
                    customer=customer,
                    booked_at=at,
                    amount=amount,
                    direction=way,
                    channel=channel,
                    category=category,
                )
                for at, amount, way, channel, category in txns
            ]
        )
    return accounts


def bookings(accounts: list, rows: int) -> bytes:
    rng = random.Random(7)
    lines = ["account_number,booked_at,amount,direction,channel,category"]
    for i in range(rows):
        account = accounts[i % len(accounts)]
        amount = "900000.00" if i % 100 == 99 else f"{rng.uniform(50, 900):.2f}"
        at = (NOW - timedelta(minutes=rows - i)).isoformat()
        lines.append(f"{account.number},{at},{amount},debit,mobile,pay")
    return ("\n".join(lines) + "\n").encode()


async def run(customers: int, rows: int) -> None:
    from cims.domain import risk, transactions
    from cims.domain.actor import Actor

    accounts = await world(customers)
    started = time.perf_counter()
    version, metrics = await risk.train_anomaly_detector("bench")
    train = time.perf_counter() - started
    print(
        f"anomaly detector {version}: {metrics['transactions']:,} transactions of "
        f"{metrics['customers']} customers in {train:.1f} s"
    )
    print(f"RESULT booking_train_anomaly {train:.2f} s")

    system = Actor.system()
    data = bookings(accounts, rows)
    started = time.perf_counter()
    result = await transactions.import_transactions(system, data, "bench.csv")
    seconds = time.perf_counter() - started
    assert result.ok, result.problems[:3]
    print(
        f"import {result.stored:,} rows in {seconds:.1f} s "
        f"({result.stored / seconds:,.0f} rows/s, check + store + screen), "
        f"{result.alerts} alerts for {rows // 100} outliers"
    )
    print(f"RESULT booking_import_rows_per_s {result.stored / seconds:.0f} rows/s")

    for size in (1, 10, 100):
        times = []
        for repeat in range(5):
            entries = [
                transactions.Entry(
                    account_number=accounts[(repeat * size + j) % len(accounts)].number,
                    booked_at=NOW - timedelta(seconds=repeat * size + j),
                    amount=f"{120 + j}.00",
                    direction="debit",
                    channel="pos",
                    category="pay",
                )
                for j in range(size)
            ]
            begun = time.perf_counter()
            await transactions.post_transactions(system, entries)
            times.append((time.perf_counter() - begun) * 1000)
        median = statistics.median(times)
        print(f"post {size:>3} entries: median {median:.0f} ms a call")
        print(f"RESULT booking_post_{size}_ms {median:.0f} ms")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=300)
    parser.add_argument("--rows", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="cims-bench-booking-") as folder:
        os.environ["CIMS_DATA_DIR"] = folder
        settings = Settings(env="test", data_dir=Path(folder))
        url = f"sqlite://{folder}/bench.sqlite3"

        async def go() -> None:
            await db.migrate(settings, url)
            await db.connect(settings, url)
            try:
                await run(args.customers, args.rows)
            finally:
                await db.disconnect()

        asyncio.run(go())
    return 0


if __name__ == "__main__":
    sys.exit(main())
