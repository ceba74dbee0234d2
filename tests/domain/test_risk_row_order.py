"""The same transactions give the same detector and the same alerts, whatever order
the engine keeps the rows in.

SQLite and PostgreSQL return the rows of an unordered query in different orders;
the demo once opened 432 alerts on one and 429 on the other. Here one book of
transactions is stored twice, for twin customers: once in booking order, once
shuffled (IDs no longer follow the booking order, transactions booked at one
instant come in the other order). Everything the detector learns from, and every
alert a scan opens, must be the same for both twins.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from cims.domain import risk
from cims.domain.actor import Actor
from cims.models import Account, Alert, Branch, Customer, Product, Transaction
from tests.domain.test_risk import make_customer

START = datetime(2026, 6, 1, 1, 0, tzinfo=UTC)
CUSTOMERS = 3
DAYS = 60
CHANNELS = ("mobile", "branch", "atm", "online")


def book(c: int) -> list[dict]:
    """Customer ``c``'s transactions, in booking order: a varied daily history,
    every fourth day a second transaction at the same instant, and a few large or
    quick ones near the end for the rules and the forest to find."""
    rows = []
    for i in range(DAYS):
        at = START + timedelta(days=i, hours=(i * 7 + c) % 13, minutes=i % 60)
        amount = Decimal(50 + (i * 37 + c * 11) % 400)
        rows.append(dict(booked_at=at, amount=amount, channel=CHANNELS[i % 4]))
        if i % 4 == 1:  # booked at the same instant
            rows.append(
                dict(booked_at=at, amount=amount * 3, channel=CHANNELS[(i + 2) % 4])
            )
    end = START + timedelta(days=DAYS, hours=3 + c)
    rows += [
        dict(booked_at=end, amount=Decimal(90000 + c), channel="online"),
        dict(
            booked_at=end + timedelta(minutes=5), amount=Decimal(48000), channel="atm"
        ),
        dict(
            booked_at=end + timedelta(minutes=5), amount=Decimal(49000), channel="atm"
        ),
        dict(
            booked_at=end + timedelta(minutes=9), amount=Decimal(47500), channel="atm"
        ),
    ]
    return rows


async def twins(branch: Branch) -> tuple[list[Customer], list[Customer]]:
    """Two customers per book; the first twin's rows stored in booking order,
    the second's shuffled across all its customers."""
    product = await Product.create(
        code="DEP01", name="活期", name_en="Current", category="deposit"
    )
    groups: list[list[Customer]] = [[], []]
    pending: list[list[Transaction]] = [[], []]
    for c in range(CUSTOMERS):
        for twin in (0, 1):
            customer = await make_customer(branch, 2 * c + twin)
            account = await Account.create(
                customer=customer,
                product=product,
                number=f"62{customer.id:010d}",
                opened_on=date(2025, 1, 1),
                balance=Decimal("500000.00"),
            )
            groups[twin].append(customer)
            pending[twin] += [
                Transaction(
                    account=account,
                    customer=customer,
                    direction="debit",
                    category="transfer",
                    **row,
                )
                for row in book(c)
            ]
    random.Random(7).shuffle(pending[1])
    for rows in pending:
        for row in rows:  # one by one: IDs in this order
            await row.save()
    return groups[0], groups[1]


async def only(customers: list[Customer], everyone: list[Customer]) -> None:
    """Leave only ``customers`` active: the detector learns from active ones."""
    ids = [c.id for c in customers]
    await Customer.filter(id__in=[c.id for c in everyone]).update(
        archived_at=datetime.now(UTC)
    )
    await Customer.filter(id__in=ids).update(archived_at=None)


@pytest.fixture
async def branch(database) -> Branch:
    return await Branch.create(
        code="SH01", name="上海分行", name_en="Shanghai", city="上海"
    )


async def test_twins_train_the_same_detector(branch, tmp_path, monkeypatch):
    monkeypatch.setenv("CIMS_DATA_DIR", str(tmp_path))  # a registry of its own
    ordered, shuffled = await twins(branch)
    everyone = [*ordered, *shuffled]

    await only(ordered, everyone)
    _, first = await risk.train_anomaly_detector("test", activate=False)
    await only(shuffled, everyone)
    _, second = await risk.train_anomaly_detector("test", activate=False)

    assert first["transactions"] > CUSTOMERS * DAYS  # the forest had rows to learn
    assert second == first  # model cut and alert share alike


async def test_twins_raise_the_same_alerts(branch, tmp_path, monkeypatch):
    monkeypatch.setenv("CIMS_DATA_DIR", str(tmp_path))
    ordered, shuffled = await twins(branch)
    await only(ordered, [*ordered, *shuffled])
    await risk.train_anomaly_detector("test")  # activated: the scan uses it
    await Customer.all().update(archived_at=None)

    report = await risk.scan(Actor.system(), START)

    alerts = await Alert.all().values_list(
        "customer_id", "transaction__booked_at", "transaction__amount", "score"
    )
    twin_of = {s.id: o.id for o, s in zip(ordered, shuffled, strict=True)}
    seen = {
        (customer_id, at, Decimal(amount), score)
        for customer_id, at, amount, score in alerts
        if customer_id not in twin_of
    }
    seen_by_twin = {
        (twin_of[customer_id], at, Decimal(amount), score)
        for customer_id, at, amount, score in alerts
        if customer_id in twin_of
    }
    assert seen, "the book holds transactions the detector flags"
    assert seen_by_twin == seen
    assert report.alerts == 2 * len(seen)
