"""Analytics at the demo size and at a million customers: time and peak memory.

Usage: PYTHONPATH=backend python bench/bench_analytics.py [--sizes 11450,1000000]
       [--no-database] [--seed N]

Customers are generated with numpy from the real distributions in
``backend/cims/data``: each draws one applicant or card holder (age, income,
assets, debts, loan amount, home ownership) from the pooled credit data sets, with
a little noise; attributes a data set lacks are drawn from the others. Money is
scaled to CNY by rough factors (a month of Spanish income x 12 x 60, Taiwanese
dollars x 0.22, Deutsche Mark x 4). Products follow from those attributes,
transactions from the number of products, and channels from age. Complaints are
drawn at the rate of the CFPB sample per demo customer.

Stages, each timed with the peak resident memory it reached:

    features     transactions summarised, then the feature matrix
    segments     k-means for k in 3..8 on a 50k sample, silhouette on 5k, every
                 customer assigned, clusters profiled
    value        RFM edges, tiers and lifetime value fitted, everyone scored
    recommend    holdings, adoption rates, top-3 offers for everyone
    recall       recall at 3 on 20k held-out products (what a training run records)
    words        drivers and reasons rendered in English and Chinese for everyone

At the demo size it also loads the generated ledger into a scratch SQLite file
and times ``refresh_features`` (full, then incremental) and ``load_feature_matrix``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import csv
import datetime as dt
import re
import resource
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from threadpoolctl import threadpool_limits

from cims.analytics import features, recommend, segments, value
from cims.analytics.features import CATEGORIES, CHANNELS
from cims.models.enums import Channel
from cims.models.enums import ProductCategory as Cat

DATA = Path(features.__file__).resolve().parents[1] / "data"
AS_OF = dt.date(2026, 6, 30)
DEMO_SIZE = 11_450
CATALOGUE = (
    recommend.ProductInfo(1, "DEP", "活期存款", "a current account", Cat.DEPOSIT),
    recommend.ProductInfo(
        2, "TD1", "一年定期", "a one-year time deposit", Cat.TIME_DEPOSIT
    ),
    recommend.ProductInfo(
        3, "TD3", "三年定期", "a three-year time deposit", Cat.TIME_DEPOSIT
    ),
    recommend.ProductInfo(4, "CC", "标准信用卡", "a credit card", Cat.CREDIT_CARD),
    recommend.ProductInfo(5, "CCG", "金卡", "a gold credit card", Cat.CREDIT_CARD),
    recommend.ProductInfo(6, "PL", "个人消费贷", "a personal loan", Cat.LOAN),
    recommend.ProductInfo(7, "CAR", "汽车贷款", "a car loan", Cat.LOAN),
    recommend.ProductInfo(8, "MORT", "个人住房贷款", "a mortgage", Cat.MORTGAGE),
    recommend.ProductInfo(
        9, "WMS", "稳健理财", "a low-risk wealth product", Cat.WEALTH
    ),
    recommend.ProductInfo(10, "WMG", "成长理财", "a growth wealth product", Cat.WEALTH),
    recommend.ProductInfo(11, "LIFE", "人寿保险", "life insurance", Cat.INSURANCE),
    recommend.ProductInfo(12, "HLTH", "健康保险", "health insurance", Cat.INSURANCE),
)
# Channel mix by age group (under 35, 35 to 59, 60 and over), in CHANNELS order.
CHANNEL_MIX = {
    Channel.BRANCH: (0.04, 0.12, 0.40),
    Channel.PHONE: (0.01, 0.03, 0.05),
    Channel.ONLINE: (0.10, 0.15, 0.05),
    Channel.MOBILE: (0.45, 0.30, 0.10),
    Channel.ATM: (0.05, 0.10, 0.20),
    Channel.POS: (0.15, 0.20, 0.15),
    Channel.WECHAT: (0.20, 0.10, 0.05),
    Channel.EMAIL: (0.0, 0.0, 0.0),
    Channel.LETTER: (0.0, 0.0, 0.0),
}


# --- the real distributions -----------------------------------------------------------


def _read(name: str) -> list[dict[str, str]]:
    with open(DATA / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def _numbers(rows: list[dict], column: str, scale: float = 1.0) -> np.ndarray:
    def parse(text: str) -> float:
        try:
            return float(text) * scale
        except ValueError:
            return np.nan

    return np.array([parse(r[column]) for r in rows])


def templates() -> dict[str, np.ndarray]:
    """One row per real record, columns in CNY; NaN where its data set says nothing."""
    spanish, german, cards = (
        _read("credit_scoring.csv"),
        _read("german_credit.csv"),
        _read("credit_card_clients.csv"),
    )
    none = {"s": np.full(len(spanish), np.nan), "g": np.full(len(german), np.nan)}
    none["c"] = np.full(len(cards), np.nan)
    table = {
        "age": (_numbers(spanish, "Age"), _numbers(german, "age_in_years"), none["c"]),
        "income": (
            _numbers(spanish, "Income", 12 * 60),
            none["g"],
            _numbers(cards, "LIMIT_BAL", 0.22 * 3),
        ),
        "savings": (_numbers(spanish, "Assets", 10), none["g"], none["c"]),
        "card_debt": (none["s"], none["g"], _numbers(cards, "BILL_AMT1", 0.22)),
        "loan": (
            _numbers(spanish, "Amount", 10),
            _numbers(german, "credit_amount", 4),
            none["c"],
        ),
        "owner": (
            np.array([r["Home"] == "owner" for r in spanish], float),
            np.array([r["housing"] == "own" for r in german], float),
            none["c"],
        ),
    }
    return {name: np.concatenate(parts) for name, parts in table.items()}


def _fill_from_others(column: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    known = column[~np.isnan(column)]
    missing = np.isnan(column)
    out = column.copy()
    out[missing] = rng.choice(known, missing.sum())
    return out


def complaint_rate() -> float:
    return len(_read("cfpb_complaints.csv")) / DEMO_SIZE


# --- generation -----------------------------------------------------------------------


@dataclass
class Ledger:
    customers: features.CustomerRows
    accounts: features.AccountRows
    transactions: features.TransactionRows
    complaints: dict[int, int]

    def sizes(self) -> str:
        counts = (
            (len(self.customers.ids), "customers"),
            (len(self.accounts.customer_id), "accounts"),
            (len(self.transactions.customer_id), "transactions"),
        )
        return ", ".join(f"{n:,} {what}" for n, what in counts)


def generate(n: int, seed: int) -> Ledger:
    rng = np.random.default_rng(seed)
    base = {k: _fill_from_others(v, rng) for k, v in templates().items()}
    pick = rng.integers(0, len(base["age"]), n)
    person = {k: v[pick] for k, v in base.items()}
    noise = np.exp(rng.normal(0, 0.1, n))
    age = np.clip(person["age"] + rng.integers(-2, 3, n), 18, 90)
    minors = rng.random(n) < 0.01
    age[minors] = rng.integers(8, 18, minors.sum())
    person.update(age=age, income=person["income"] * noise, savings=person["savings"])
    customers = _customers(n, person, rng)
    accounts = _accounts(customers.ids, person, rng)
    per_customer = np.bincount(accounts.customer_id, minlength=n + 1)[1:]
    transactions = _transactions(customers.ids, person, per_customer, rng)
    complaints = rng.poisson(complaint_rate(), n)
    return Ledger(customers, accounts, transactions, _counts(customers.ids, complaints))


def _customers(n: int, person: dict, rng: np.random.Generator) -> features.CustomerRows:
    day = np.datetime64(AS_OF, "D")
    born = day - (person["age"] * 365.25 + rng.integers(0, 365, n)).astype("m8[D]")
    born[rng.random(n) < 0.02] = np.datetime64("NaT")
    income = person["income"].copy()
    income[rng.random(n) < 0.10] = np.nan
    created = day - rng.integers(0, 15 * 365, n).astype("m8[D]")
    return features.CustomerRows(
        np.arange(1, n + 1, dtype=np.int64), born, income, created
    )


def _accounts(ids: np.ndarray, person: dict, rng: np.random.Generator):
    n = len(ids)
    adult = person["age"] >= 18
    rich = person["income"] > np.nanpercentile(person["income"], 80)
    income_rank = np.argsort(np.argsort(person["income"])) / n
    held = {
        "DEP": np.ones(n, bool),
        "TD1": (person["savings"] > 30_000) & (rng.random(n) < 0.5),
        "TD3": (person["savings"] > 100_000) & (rng.random(n) < 0.3),
        "CC": adult & ~rich & (rng.random(n) < 0.45),
        "CCG": adult & rich & (rng.random(n) < 0.6),
        "PL": adult & (rng.random(n) < 0.25),
        "CAR": adult & (rng.random(n) < 0.08),
        "MORT": adult & (person["owner"] > 0) & (rng.random(n) < 0.55),
        "WMS": rng.random(n) < 0.05 + 0.25 * income_rank,
        "WMG": rich & (rng.random(n) < 0.3),
        "LIFE": adult & (rng.random(n) < 0.12),
        "HLTH": rng.random(n) < 0.08,
    }
    balance = {
        "DEP": person["savings"] * 0.3 + 500,
        "TD1": person["savings"] * 0.5,
        "TD3": person["savings"] * 0.7,
        "CC": -np.maximum(person["card_debt"], 0) * 0.5,
        "CCG": -np.maximum(person["card_debt"], 0),
        "PL": person["loan"],
        "CAR": person["loan"] * 3,
        "MORT": person["income"] * 4,
        "WMS": person["savings"] * 0.4,
        "WMG": person["savings"] * 0.8,
        "LIFE": person["income"] * 0.1,
        "HLTH": person["income"] * 0.02,
    }
    return _account_rows(ids, held, balance, rng)


def _account_rows(ids, held: dict, balance: dict, rng: np.random.Generator):
    day = np.datetime64(AS_OF, "D")
    first = day - rng.integers(30, 15 * 365, len(ids)).astype("m8[D]")
    parts = []
    for product in CATALOGUE:
        mask = held[product.code]
        who = ids[mask]
        since = (day - first[mask]).astype(int)
        opened = first[mask] + (rng.random(len(who)) * since).astype("m8[D]")
        if product.code == "DEP":
            opened = first[mask]
        parts.append((who, product, balance[product.code][mask], opened))
    customer_id = np.concatenate([p[0] for p in parts])
    closed = np.full(len(customer_id), np.datetime64("NaT"), "M8[D]")
    shut = rng.random(len(customer_id)) < 0.04
    closed[shut] = day - rng.integers(1, 365, shut.sum()).astype("m8[D]")
    return features.AccountRows(
        customer_id=customer_id,
        product_id=np.concatenate([np.full(len(p[0]), p[1].id) for p in parts]),
        category=np.concatenate(
            [
                np.full(len(p[0]), CATEGORIES.index(p[1].category), np.int8)
                for p in parts
            ]
        ),
        balance=np.nan_to_num(np.concatenate([p[2] for p in parts])),
        opened_on=np.concatenate([p[3] for p in parts]),
        closed_on=closed,
    )


def _transactions(ids, person: dict, products: np.ndarray, rng: np.random.Generator):
    n = len(ids)
    rate = 6 * products**0.7 * np.exp(rng.normal(0, 0.5, n))
    rate[rng.random(n) < 0.05] = 0.1  # dormant customers
    counts = rng.poisson(rate * 450 / 365)
    who = np.repeat(ids, counts)
    end = np.datetime64(AS_OF, "s") + np.timedelta64(86_399, "s")
    booked = end - rng.integers(0, 450 * 86_400, len(who)).astype("m8[s]")
    typical = np.nan_to_num(person["income"], nan=60_000)[who - 1] / 150
    amount = np.round(np.exp(rng.normal(np.log(typical + 10), 0.9)), 2)
    group = np.digitize(person["age"][who - 1], [35, 60])
    channel = np.zeros(len(who), np.int8)
    mix = np.array([CHANNEL_MIX[c] for c in CHANNELS]).T.cumsum(axis=1)
    for g in range(3):
        mine = group == g
        channel[mine] = np.searchsorted(mix[g], rng.random(mine.sum()) * mix[g][-1])
    return features.TransactionRows(who, booked, amount, channel)


def _counts(ids: np.ndarray, complaints: np.ndarray) -> dict[int, int]:
    some = complaints > 0
    return dict(zip(ids[some].tolist(), complaints[some].tolist(), strict=True))


# --- measuring ------------------------------------------------------------------------


def _peak_kib() -> int:
    status = Path("/proc/self/status").read_text()
    return int(re.search(r"VmHWM:\s+(\d+)", status).group(1))


def _reset_peak() -> None:
    # Writing 5 to clear_refs resets the high-water mark (Linux 4.0 and later).
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")


def measure(fn: Callable, *args, **kwargs):
    _reset_peak()
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    return result, time.perf_counter() - start, _peak_kib() / 1024


def run_size(n: int, seed: int) -> tuple[str, dict[str, tuple[float, float]]]:
    ledger, gen_s, gen_mb = measure(generate, n, seed)
    print(f"  generated {ledger.sizes()} in {gen_s:.1f} s", flush=True)
    figures = {"generate": (gen_s, gen_mb)}

    def stage(name, fn, *args, **kwargs):
        result, seconds, mb = measure(fn, *args, **kwargs)
        figures[name] = (seconds, mb)
        print(f"  {name:<10} {seconds:8.2f} s {mb:9.0f} MB", flush=True)
        return result

    matrix = stage("features", _features, ledger)
    model = stage("segments", segments.train_segments, matrix)
    labels = model.assign(matrix)
    scores = stage("value", _value, matrix)
    holdings, recs = stage("recommend", _recommend, ledger, matrix, labels)
    stage("recall", recommend.recall_at, holdings, labels)
    stage("words", _words, scores, recs)
    print(f"  k = {model.k}; clusters: {', '.join(n['en'] for n in model.names)}")
    return ledger.sizes(), figures


def _features(ledger: Ledger) -> features.FeatureMatrix:
    summary = features.summarise_transactions(ledger.transactions, AS_OF)
    return features.compute_features(
        ledger.customers, ledger.accounts, summary, AS_OF, complaints=ledger.complaints
    )


def _value(matrix: features.FeatureMatrix) -> value.ValueScores:
    return value.score_values(value.fit_value_model(matrix), matrix)


def _recommend(ledger: Ledger, matrix, labels):
    holdings = recommend.Holdings.from_accounts(
        ledger.accounts, matrix.customer_ids, CATALOGUE, AS_OF
    )
    model = recommend.fit_recommender(holdings, labels)
    ages = matrix.column("age")
    return holdings, recommend.recommend(model, holdings, ages=ages, segments=labels)


def _words(scores: value.ValueScores, recs: recommend.Recommendations) -> int:
    """Rendered a chunk at a time and let go, as the store functions do."""
    rendered = 0
    for start in range(0, max(len(scores), len(recs)), 10_000):
        end = start + 10_000
        drivers = [
            value.drivers(scores, i) for i in range(start, min(end, len(scores)))
        ]
        reasons = [
            recommend.reason(recs, i, CATALOGUE)
            for i in range(start, min(end, len(recs)))
        ]
        rendered += len(drivers) + len(reasons)
    return rendered


# --- the database path at the demo size -----------------------------------------------


async def database_path(ledger: Ledger) -> dict[str, tuple[float, float]]:
    from tortoise import Tortoise

    with tempfile.TemporaryDirectory() as folder:
        await Tortoise.init(
            db_url=f"sqlite://{folder}/bench.sqlite3",
            modules={"models": ["cims.models"]},
            use_tz=True,
        )
        await Tortoise.generate_schemas()
        start = time.perf_counter()
        await _load_ledger(ledger)
        print(
            f"  loaded into SQLite in {time.perf_counter() - start:.1f} s", flush=True
        )
        figures = await _time_refreshes(ledger)
        await Tortoise.close_connections()
    return figures


async def _time_refreshes(ledger: Ledger) -> dict[str, tuple[float, float]]:
    figures = {}
    for name, call in (
        ("db refresh", lambda: features.refresh_features(AS_OF, full=True)),
        ("db incr.", lambda: _refresh_after_new_transactions(ledger)),
        ("db load", lambda: features.load_feature_matrix(AS_OF)),
    ):
        _reset_peak()
        start = time.perf_counter()
        await call()
        figures[name] = (time.perf_counter() - start, _peak_kib() / 1024)
        print(f"  {name:<10} {figures[name][0]:8.2f} s {figures[name][1]:9.0f} MB")
    return figures


async def _refresh_after_new_transactions(ledger: Ledger):
    from cims.models import Account, Transaction

    accounts = await Account.all().order_by("id").limit(100).values("id", "customer_id")
    await Transaction.bulk_create(
        [
            Transaction(
                account_id=a["id"],
                customer_id=a["customer_id"],
                booked_at=dt.datetime(2026, 6, 30, 12, tzinfo=dt.UTC),
                amount=88,
                direction="debit",
                channel="mobile",
                category="bench",
            )
            for a in accounts
        ]
    )
    return await features.refresh_features(AS_OF)


async def _load_ledger(ledger: Ledger) -> None:
    from cims.models import Account, Branch, Customer, Product

    branch = await Branch.create(code="B1", name="总行", name_en="Head", city="Beijing")
    await Product.bulk_create(
        [
            Product(
                id=p.id,
                code=p.code,
                name=p.name,
                name_en=p.name_en,
                category=p.category,
            )
            for p in CATALOGUE
        ]
    )
    c = ledger.customers
    await Customer.bulk_create(
        [
            Customer(
                id=int(i),
                customer_no=f"B{int(i):08d}",
                kind="individual",
                full_name=f"Bench {int(i)}",
                name_key=f"bench {int(i)}",
                branch_id=branch.id,
                birth_date=None if np.isnat(born) else born.item(),
                annual_income=None if np.isnan(income) else round(float(income), 2),
            )
            for i, born, income in zip(
                c.ids, c.birth_date, c.annual_income, strict=True
            )
        ],
        batch_size=2000,
    )
    a = ledger.accounts
    await Account.bulk_create(
        [
            Account(
                customer_id=int(a.customer_id[j]),
                product_id=int(a.product_id[j]),
                number=f"N{j:012d}",
                balance=round(float(a.balance[j]), 2),
                opened_on=a.opened_on[j].item(),
                closed_on=None if np.isnat(a.closed_on[j]) else a.closed_on[j].item(),
            )
            for j in range(len(a.customer_id))
        ],
        batch_size=2000,
    )
    await _load_transactions(ledger)


async def _load_transactions(ledger: Ledger) -> None:
    from cims.models import Account, Transaction

    rows = await Account.all().order_by("customer_id", "id").values("id", "customer_id")
    first_account = {}
    for row in rows:
        first_account.setdefault(row["customer_id"], row["id"])
    t = ledger.transactions
    await Transaction.bulk_create(
        [
            Transaction(
                account_id=first_account[int(t.customer_id[j])],
                customer_id=int(t.customer_id[j]),
                booked_at=t.booked_at[j].item().replace(tzinfo=dt.UTC),
                amount=float(t.amount[j]),
                direction="debit",
                channel=CHANNELS[int(t.channel[j])],
                category="bench",
            )
            for j in range(len(t.customer_id))
        ],
        batch_size=2000,
    )


# --- the table ------------------------------------------------------------------------


def print_table(results: dict[int, tuple[str, dict]]) -> None:
    sizes = list(results)
    stages = list(dict.fromkeys(s for _, figures in results.values() for s in figures))
    header = "".join(f"{f'{n:,} customers':>26}" for n in sizes)
    print(f"\n{'stage':<12}{header}")
    print(f"{'':<12}" + "".join(f"{'seconds':>13}{'peak MB':>13}" for _ in sizes))
    for name in stages:
        cells = []
        for n in sizes:
            seconds, mb = results[n][1].get(name, (np.nan, np.nan))
            cells.append(f"{seconds:13.2f}{mb:13.0f}")
        print(f"{name:<12}" + "".join(cells))
    for n in sizes:
        print(f"{n:,}: {results[n][0]}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"process peak resident memory: {peak:.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=f"{DEMO_SIZE},1000000")
    parser.add_argument("--seed", type=int, default=20261204)
    parser.add_argument("--no-database", action="store_true")
    args = parser.parse_args()
    results = {}
    # One thread: the machine is shared, and the figures should not depend on load.
    with threadpool_limits(limits=1):
        for n in (int(s) for s in args.sizes.split(",")):
            print(f"{n:,} customers", flush=True)
            results[n] = run_size(n, args.seed)
            if n <= 20_000 and not args.no_database:
                ledger = generate(n, args.seed)
                results[n][1].update(asyncio.run(database_path(ledger)))
    print_table(results)


if __name__ == "__main__":
    main()
