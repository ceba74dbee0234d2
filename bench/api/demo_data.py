"""A demo-sized bank for the API benchmark, written through the CIMS models.

Used only while ``cims seed-demo`` is not on main (the demo seeder is another
engineer's work in progress). One customer per row of the three credit data sets
(about 11,450), financial attributes taken from the row, identities made up
deterministically (Chinese names with pinyin, valid resident IDs and mobile
numbers, sealed like the domain seals them), 1 to 4 accounts each and a year of
transactions (about 40 a customer).

    CIMS_DATABASE_URL=postgres://... CIMS_DATA_DIR=... python bench/api/demo_data.py
"""

from __future__ import annotations

import asyncio
import csv
import random
import sys
import time
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from stdnum.cn import ric
from tortoise import Tortoise

from cims import db
from cims.config import get_settings
from cims.domain import crypto
from cims.domain.customers import derived_columns
from cims.models import Account, Branch, Customer, Product, Transaction

DATA = Path(__file__).resolve().parents[2] / "backend" / "cims" / "data"
SEED = 20261204
YEAR_END = datetime(2026, 11, 30, tzinfo=UTC)

BRANCHES = (  # code, name, English name, city, resident-ID region
    ("BJ01", "北京东城支行", "Beijing Dongcheng", "北京", "110101"),
    ("SH01", "上海黄浦支行", "Shanghai Huangpu", "上海", "310101"),
    ("GZ01", "广州荔湾支行", "Guangzhou Liwan", "广州", "440103"),
    ("SZ01", "深圳福田支行", "Shenzhen Futian", "深圳", "440304"),
    ("HZ01", "杭州上城支行", "Hangzhou Shangcheng", "杭州", "330102"),
)
PRODUCTS = (
    ("DEP-CUR", "活期储蓄账户", "Current account", "deposit"),
    ("DEP-SAV", "个人储蓄存款", "Savings account", "deposit"),
    ("CARD-STD", "标准信用卡", "Credit card", "credit_card"),
    ("LOAN-PERS", "个人消费贷款", "Personal loan", "loan"),
)
SURNAMES = (
    ("王", "Wang"),
    ("李", "Li"),
    ("张", "Zhang"),
    ("刘", "Liu"),
    ("陈", "Chen"),
    ("杨", "Yang"),
    ("黄", "Huang"),
    ("赵", "Zhao"),
    ("吴", "Wu"),
    ("周", "Zhou"),
    ("徐", "Xu"),
    ("孙", "Sun"),
    ("马", "Ma"),
    ("朱", "Zhu"),
    ("胡", "Hu"),
    ("郭", "Guo"),
    ("何", "He"),
    ("林", "Lin"),
    ("罗", "Luo"),
    ("高", "Gao"),
)
GIVEN = (
    ("伟", "wei"),
    ("芳", "fang"),
    ("娜", "na"),
    ("敏", "min"),
    ("静", "jing"),
    ("丽", "li"),
    ("强", "qiang"),
    ("磊", "lei"),
    ("军", "jun"),
    ("洋", "yang"),
    ("勇", "yong"),
    ("艳", "yan"),
    ("杰", "jie"),
    ("娟", "juan"),
    ("涛", "tao"),
    ("明", "ming"),
    ("超", "chao"),
    ("秀", "xiu"),
    ("霞", "xia"),
    ("平", "ping"),
    ("刚", "gang"),
    ("英", "ying"),
    ("华", "hua"),
    ("文", "wen"),
    ("建", "jian"),
)
STREETS = ("人民路", "解放路", "中山路", "建设路", "和平路", "新华路", "长安街")
PAYEES = ("连锁超市", "餐饮商户", "加油站", "电商平台", "物业服务", "电力公司")
CHANNELS = ("wechat", "mobile", "pos", "online", "atm", "branch")


def read_rows() -> list[dict]:
    """Every row of the three credit data sets, mapped to customer attributes."""
    rows: list[dict] = []
    for name, mapper in (
        ("german_credit", _german),
        ("credit_scoring", _scoring),
        ("credit_card_clients", _card),
    ):
        with (DATA / f"{name}.csv").open(newline="") as handle:
            for n, raw in enumerate(csv.DictReader(handle)):
                rows.append({"dataset": name, "row": n, **mapper(raw)})
    return rows


def _german(raw: dict) -> dict:
    # Deutsche Mark amounts of 1973-75, scaled to a plausible yuan figure.
    return {
        "age": int(raw["age_in_years"]),
        "male": raw["personal_status_and_sex"].startswith("male"),
        "label": raw["creditability"],
        "loan": Decimal(raw["credit_amount"]) * 4,
        "income": None,
        "assets": None,
        "debt": None,
        "limit": None,
    }


def _scoring(raw: dict) -> dict:
    # Income, assets and debt are in thousands of pesetas a month / in total.
    income = Decimal(raw["Income"] or "0") * 12 * 60
    return {
        "age": int(raw["Age"]),
        "male": None,
        "label": raw["Status"],
        "loan": Decimal(raw["Amount"]) * 60,
        "income": income or None,
        "assets": Decimal(raw["Assets"] or "0") * 60,
        "debt": Decimal(raw["Debt"] or "0") * 60,
        "limit": None,
    }


def _card(raw: dict) -> dict:
    # New Taiwan dollars, about 4.4 to the yuan.
    return {
        "age": None,
        "male": None,
        "label": "bad" if raw["default"] == "1" else "good",
        "loan": None,
        "income": None,
        "assets": None,
        "debt": None,
        "limit": (Decimal(raw["LIMIT_BAL"]) / Decimal("4.4")).quantize(Decimal(100)),
    }


def identity(rng: random.Random, source: dict, region: str) -> dict:
    """A made-up person: name with pinyin, birth date, resident ID, phone, e-mail."""
    surname, surname_latin = rng.choice(SURNAMES)
    given = rng.sample(GIVEN, rng.choice((1, 2)))
    male = source["male"] if source["male"] is not None else rng.random() < 0.5
    age = source["age"] or rng.randint(22, 70)
    birth = date(2026 - age, rng.randint(1, 12), rng.randint(1, 28))
    body = f"{region}{birth:%Y%m%d}{rng.randrange(50) * 2 + (1 if male else 0):03d}"
    given_latin = "".join(p for _, p in given)
    prefix = rng.choice(("138", "139", "150", "186", "177"))
    phone = f"+86{prefix}{rng.randrange(10**8):08d}"
    email = f"{surname_latin.lower()}.{given_latin}{rng.randrange(1000)}@example.com"
    return {
        "full_name": surname + "".join(c for c, _ in given),
        "family_name": surname,
        "given_name": "".join(c for c, _ in given),
        "name_latin": f"{surname_latin} {given_latin.capitalize()}",
        "gender": "male" if male else "female",
        "birth_date": birth,
        "id_type": "resident_id",
        "id_number": body + ric.calc_check_digit(body + "0"),
        "mobile_phone": phone,
        "email": email if rng.random() < 0.4 else None,
        "address": f"{rng.choice(STREETS)}{rng.randint(1, 999)}号",
    }


def customer(rng: random.Random, n: int, source: dict, branch_row: Branch, region: str):
    values = identity(rng, source, region)
    values.update(derived_columns(values))
    customer_no = f"C{7_000_000_000 + n * 7919 % 2_999_999_999:010d}"
    status = rng.choices(("active", "dormant", "prospect", "closed"), (80, 10, 5, 5))[0]
    return Customer(
        customer_no=customer_no,
        kind="individual",
        branch_id=branch_row.id,
        annual_income=source["income"],
        assets=source["assets"],
        liabilities=source["debt"],
        status=status,
        kyc_status=rng.choices(("verified", "pending", "expired"), (85, 10, 5))[0],
        marital_status=rng.choice(("single", "married", "unknown")),
        occupation=rng.choice(("工程师", "教师", "会计", "医生", "销售", None)),
        tags=["vip"] if (source["assets"] or 0) > 500_000 else [],
        custom_attributes={k: source[k] for k in ("dataset", "row", "label")},
        relationship_manager=f"RM{rng.randrange(1, 40):03d}",
        source="import",
        **crypto.seal_fields(values, customer_no),
    )


def plan_accounts(rng: random.Random, source: dict) -> list[tuple[str, Decimal | None]]:
    """(product code, credit limit) of each account the customer holds."""
    accounts = [("DEP-CUR", None)]
    if rng.random() < 0.6 or source["assets"]:
        accounts.append(("DEP-SAV", None))
    if source["limit"] or rng.random() < 0.3:
        accounts.append(
            ("CARD-STD", source["limit"] or Decimal(rng.choice((1, 2, 5))) * 10_000)
        )
    if source["loan"]:
        accounts.append(("LOAN-PERS", None))
    return accounts


def history(rng: random.Random, code: str, source: dict) -> list[tuple]:
    """(booked_at, amount, direction, channel, category, counterparty, description)."""
    monthly = (source["income"] or Decimal(rng.randrange(60_000, 240_000))) / 12
    rows = []
    for month in range(12):
        start = YEAR_END - timedelta(days=30 * (12 - month))
        rows.extend(_month(rng, code, start, monthly, source))
    return rows


def _month(rng, code, start, monthly, source) -> list[tuple]:
    def at(day: int) -> datetime:
        return start + timedelta(
            days=day, hours=rng.randint(8, 21), minutes=rng.randrange(60)
        )

    def amount(base) -> Decimal:
        return (Decimal(base) * Decimal(str(rng.uniform(0.6, 1.4)))).quantize(
            Decimal("0.01")
        )

    if code == "DEP-CUR":
        spend = (
            at(rng.randint(12, 27)),
            amount(monthly * Decimal("0.5")),
            "debit",
            rng.choice(CHANNELS),
            "payment",
            rng.choice(PAYEES),
            "消费",
        )
        salary = (
            at(9),
            amount(monthly),
            "credit",
            "online",
            "salary",
            "代发工资",
            "工资",
        )
        return [salary, spend]
    if code == "CARD-STD":
        buys = [
            (
                at(rng.randint(1, 19)),
                amount(monthly * Decimal("0.2")),
                "debit",
                "pos",
                "card_purchase",
                rng.choice(PAYEES),
                "信用卡消费",
            )
            for _ in range(rng.choice((0, 1, 1, 2)))
        ]
        return [
            *buys,
            (
                at(22),
                amount(monthly * Decimal("0.2")),
                "credit",
                "mobile",
                "card_repayment",
                "本人账户",
                "信用卡还款",
            ),
        ]
    if code == "LOAN-PERS":
        return [
            (
                at(5),
                amount(source["loan"] / 24),
                "credit",
                "online",
                "loan_repayment",
                None,
                "贷款还款",
            )
        ]
    if start.month in (3, 6, 9, 12):
        return [
            (
                at(20),
                amount(monthly * Decimal("0.05")),
                "credit",
                "online",
                "interest",
                None,
                "结息",
            )
        ]
    return []


async def seed() -> dict[str, int]:
    rng = random.Random(SEED)
    branches = [
        await Branch.create(code=c, name=n, name_en=e, city=city)
        for c, n, e, city, _ in BRANCHES
    ]
    products = {
        code: await Product.create(code=code, name=n, name_en=e, category=cat)
        for code, n, e, cat in PRODUCTS
    }
    sources = read_rows()
    made = []
    for n, source in enumerate(sources):
        b = n % len(BRANCHES)
        made.append(customer(rng, n, source, branches[b], BRANCHES[b][4]))
    await Customer.bulk_create(made, batch_size=1000)
    ids = dict(await Customer.all().values_list("customer_no", "id"))
    accounts, plans = _accounts(rng, made, sources, ids, products)
    await Account.bulk_create(accounts, batch_size=2000)
    numbers = dict(await Account.all().values_list("number", "id"))
    count = await _transactions(rng, plans, numbers)
    return {"customers": len(made), "accounts": len(accounts), "transactions": count}


def _accounts(rng, made, sources, ids, products):
    accounts, plans = [], []
    for n, (row, source) in enumerate(zip(made, sources, strict=True)):
        for k, (code, limit) in enumerate(plan_accounts(rng, source)):
            number = f"62{n:08d}{k:02d}{rng.randrange(10**6):06d}"
            rows = history(rng, code, source)
            balance = sum(
                (r[1] if r[2] == "credit" else -r[1] for r in rows), Decimal(0)
            )
            accounts.append(
                Account(
                    customer_id=ids[row.customer_no],
                    product_id=products[code].id,
                    number=number,
                    balance=balance,
                    credit_limit=limit,
                    opened_on=(
                        YEAR_END - timedelta(days=380 + rng.randrange(2000))
                    ).date(),
                )
            )
            plans.append((ids[row.customer_no], number, rows))
    return accounts, plans


async def _transactions(rng, plans, numbers) -> int:
    """A year of bookings per account, through COPY: bulk_create would take minutes."""
    meta = Transaction._meta
    columns = [
        "account_id",
        "customer_id",
        "booked_at",
        "amount",
        "currency",
        "direction",
        "channel",
        "category",
        "counterparty",
        "description",
    ]
    records = [
        (
            numbers[number],
            customer_id,
            when,
            amount,
            "CNY",
            direction,
            channel,
            category,
            counterparty,
            text,
        )
        for customer_id, number, rows in plans
        for when, amount, direction, channel, category, counterparty, text in rows
    ]
    conn = Tortoise.get_connection("default")
    async with conn.acquire_connection() as raw:
        await raw.copy_records_to_table(meta.db_table, records=records, columns=columns)
    return len(records)


async def main() -> int:
    settings = get_settings()
    await db.connect(settings)
    try:
        if await Customer.exists():
            print("demo data: customers exist already, nothing done")
            return 0
        started = time.perf_counter()
        counts = await seed()
        seconds = time.perf_counter() - started
    finally:
        await db.disconnect()
    print(
        "demo data (bench generator): "
        + ", ".join(f"{v:,} {k}" for k, v in counts.items())
        + f" in {seconds:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
