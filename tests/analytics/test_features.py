import datetime as dt
import math

import numpy as np
import pytest

from cims.analytics.features import (
    AccountRows,
    CustomerRows,
    FeatureMatrix,
    TransactionRows,
    compute_features,
    income_band,
    load_feature_matrix,
    refresh_features,
    save_version,
    summarise_transactions,
    training_metadata,
    whole_years,
)
from cims.models import Account, CustomerFeatures, Product, Transaction

AS_OF = dt.date(2026, 6, 30)
UTC = dt.UTC

CUSTOMERS = [
    {
        "id": 1,
        "birth_date": dt.date(1990, 7, 1),
        "annual_income": 120_000,
        "created_at": dt.datetime(2026, 1, 1, tzinfo=UTC),
    },
    {
        "id": 2,
        "birth_date": None,
        "annual_income": None,
        "created_at": dt.date(2026, 1, 1),
    },
]
ACCOUNTS = [
    {
        "customer_id": 1,
        "product_id": 10,
        "category": "deposit",
        "balance": 5000,
        "opened_on": dt.date(2020, 1, 15),
    },
    {
        "customer_id": 1,
        "product_id": 20,
        "category": "credit_card",
        "balance": -1200,
        "opened_on": dt.date(2024, 6, 30),
    },
    {
        "customer_id": 1,
        "product_id": 30,
        "category": "loan",
        "balance": 0,
        "opened_on": dt.date(2019, 6, 30),
        "closed_on": dt.date(2025, 1, 1),
    },
    # Belongs to nobody in CUSTOMERS: ignored.
    {
        "customer_id": 99,
        "product_id": 10,
        "category": "deposit",
        "balance": 1,
        "opened_on": dt.date(2020, 1, 1),
    },
]


def _txn(day, channel, amount, customer_id=1):
    booked = dt.datetime.combine(day, dt.time(12), tzinfo=UTC)
    return {
        "customer_id": customer_id,
        "booked_at": booked,
        "amount": amount,
        "channel": channel,
    }


TRANSACTIONS = [
    _txn(dt.date(2026, 6, 20), "mobile", 100),
    _txn(dt.date(2026, 6, 25), "branch", 300),
    _txn(dt.date(2026, 5, 1), "mobile", 50),
    _txn(dt.date(2025, 6, 1), "atm", 1000),  # before the window
    _txn(dt.date(2026, 7, 2), "mobile", 999),  # after as_of
]


def _matrix(complaints=None) -> FeatureMatrix:
    summary = summarise_transactions(TransactionRows.from_records(TRANSACTIONS), AS_OF)
    return compute_features(
        CustomerRows.from_records(CUSTOMERS),
        AccountRows.from_records(ACCOUNTS),
        summary,
        AS_OF,
        complaints=complaints,
    )


def _row(matrix: FeatureMatrix, customer_id: int) -> dict:
    i = int(np.flatnonzero(matrix.customer_ids == customer_id)[0])
    return dict(zip(matrix.columns, matrix.values[i].tolist(), strict=True))


def test_features_of_a_customer_with_accounts_and_transactions():
    row = _row(_matrix({1: 2}), 1)

    assert row["age"] == 35
    assert row["tenure_months"] == 84
    assert row["products_held"] == 2
    assert (row["has_deposit"], row["has_credit_card"], row["has_loan"]) == (1, 1, 0)
    assert row["deposit_balance"] == 5000
    assert row["credit_balance"] == 1200
    assert row["wealth_balance"] == 0
    assert row["annual_income"] == 120_000
    assert row["income_band"] == 3
    assert row["recency_days"] == 5
    assert row["frequency"] == 3
    assert row["monetary"] == 450
    assert row["share_mobile"] == pytest.approx(2 / 3)
    assert row["share_branch"] == pytest.approx(1 / 3)
    assert row["digital_share"] == pytest.approx(2 / 3)
    assert row["complaints"] == 2


def test_features_of_a_customer_with_nothing_but_a_record():
    row = _row(_matrix(), 2)

    assert math.isnan(row["age"])
    assert math.isnan(row["recency_days"])
    assert row["tenure_months"] == 5
    assert row["products_held"] == 0
    assert row["frequency"] == 0
    assert row["digital_share"] == 0
    assert row["income_band"] == 0
    assert row["complaints"] == 0


def test_rows_are_sorted_by_customer_and_keep_their_anchors():
    matrix = _matrix()

    assert matrix.customer_ids.tolist() == [1, 2]
    assert matrix.first_opened_on[0] == np.datetime64("2019-06-30")
    assert np.isnat(matrix.first_opened_on[1])
    assert matrix.last_transaction_at[0] == np.datetime64("2026-06-25T12:00:00")


def test_summary_counts_only_the_window_but_remembers_the_last_transaction():
    summary = summarise_transactions(TransactionRows.from_records(TRANSACTIONS), AS_OF)

    assert summary.window_count.sum() == 3
    assert summary.window_amount.sum() == 450
    assert summary.last_at.tolist() == [dt.datetime(2026, 6, 25, 12)]


def test_age_turns_on_the_birthday():
    births = np.array(["1990-06-30", "1990-07-01", "2000-02-29", "NaT"], "M8[D]")

    ages = whole_years(births, np.datetime64("2026-06-30"))

    assert ages[:3].tolist() == [36, 35, 26]
    assert math.isnan(ages[3])


def test_income_bands_start_at_their_edges():
    income = np.array([np.nan, 0, 49_999, 50_000, 100_000, 200_000, 499_999, 500_000])

    assert income_band(income).tolist() == [0, 1, 1, 2, 3, 4, 4, 5]


class _SyncStore:
    def __init__(self):
        self.saved = []

    def save(self, kind, model, metadata):
        self.saved.append((kind, model, metadata))
        return f"{kind}-v{len(self.saved)}"

    def load(self, kind, version=None):
        return self.saved[-1][1]


class _AsyncStore(_SyncStore):
    async def save(self, kind, model, metadata):
        return super().save(kind, model, metadata)


@pytest.mark.parametrize("store_class", [_SyncStore, _AsyncStore])
async def test_save_version_works_with_plain_and_async_stores(store_class):
    store = store_class()
    metadata = training_metadata(_matrix(), {"k": 3}, {"silhouette": 0.5}, "analyst-7")

    version = await save_version(store, "segments", {"fitted": True}, metadata)

    assert version == "segments-v1"
    kind, model, saved = store.saved[0]
    assert (kind, model) == ("segments", {"fitted": True})
    assert saved["data_window"] == {
        "as_of": "2026-06-30",
        "window_days": 365,
        "customers": 2,
    }
    assert saved["parameters"] == {"k": 3}
    assert saved["metrics"] == {"silhouette": 0.5}
    assert saved["created_by"] == "analyst-7"


# --- the database ---------------------------------------------------------------------


async def _ledger(new_customer, today: dt.date):
    """Two customers: one with two products and three transactions, one with none."""
    first = await new_customer(birth_date=dt.date(1980, 1, 1), annual_income=80_000)
    second = await new_customer()
    deposit = await Product.create(
        code="DEP", name="活期存款", name_en="Current account", category="deposit"
    )
    card = await Product.create(
        code="CC", name="信用卡", name_en="Credit card", category="credit_card"
    )
    opened = today - dt.timedelta(days=30)
    account = await Account.create(
        customer=first, product=deposit, number="A1", balance=2500, opened_on=opened
    )
    await Account.create(
        customer=first, product=card, number="A2", balance=-300, opened_on=opened
    )
    for days, channel in ((1, "mobile"), (2, "online"), (3, "branch")):
        await _book(account, first, today - dt.timedelta(days=days), channel, 100)
    return first, second, account


async def _book(account, customer, day, channel, amount):
    await Transaction.create(
        account=account,
        customer=customer,
        booked_at=dt.datetime.combine(day, dt.time(9), tzinfo=UTC),
        amount=amount,
        direction="debit",
        channel=channel,
        category="shopping",
    )


async def test_refresh_stores_one_row_per_customer(new_customer):
    today = dt.datetime.now(UTC).date()
    first, second, _ = await _ledger(new_customer, today)

    report = await refresh_features(today)

    assert (report.customers, report.incremental) == (2, False)
    row = await CustomerFeatures.get(customer_id=first.id)
    assert row.products_held == 2
    assert (row.has_deposit, row.has_credit_card, row.has_loan) == (True, True, False)
    assert row.deposit_balance == 2500
    assert row.credit_balance == 300
    assert row.annual_income == 80_000
    assert row.income_band == "lower_middle"
    assert (row.frequency, row.monetary, row.recency_days) == (3, 300, 1)
    assert row.digital_share == pytest.approx(2 / 3)
    assert row.channel_mix == {"branch": 0.3333, "online": 0.3333, "mobile": 0.3333}
    empty = await CustomerFeatures.get(customer_id=second.id)
    assert (empty.age, empty.recency_days, empty.frequency) == (None, None, 0)


async def test_refresh_stores_dates_times_and_marks_exactly(new_customer):
    today = dt.datetime.now(UTC).date()
    first, second, account = await _ledger(new_customer, today)
    newest = await Transaction.all().order_by("-id").first()

    await refresh_features(today)

    row = await CustomerFeatures.get(customer_id=first.id)
    assert (row.as_of, row.first_opened_on) == (today, account.opened_on)
    assert row.last_transaction_at == dt.datetime.combine(
        today - dt.timedelta(days=1), dt.time(9), tzinfo=UTC
    )
    assert row.computed_at.tzinfo is not None
    assert (row.account_mark, row.transaction_mark, row.window_days) == (
        (await Account.all().order_by("-id").first()).id,
        newest.id,
        365,
    )
    assert (row.age, row.complaints) == (today.year - 1980, 0)  # born 1 January
    empty = await CustomerFeatures.get(customer_id=second.id)
    assert (empty.first_opened_on, empty.last_transaction_at) == (None, None)
    assert (empty.channel_mix, empty.has_deposit) == ({}, False)


async def test_incremental_refresh_recomputes_only_changed_customers(new_customer):
    today = dt.datetime.now(UTC).date()
    first, second, account = await _ledger(new_customer, today)
    await refresh_features(today)
    await _book(account, second, today, "atm", 40)

    report = await refresh_features(today)

    assert (report.customers, report.incremental) == (1, True)
    row = await CustomerFeatures.get(customer_id=second.id)
    assert (row.frequency, row.monetary, row.recency_days) == (1, 40, 0)
    assert await CustomerFeatures.all().count() == 2


async def test_incremental_refresh_with_nothing_changed_does_nothing(new_customer):
    today = dt.datetime.now(UTC).date()
    await _ledger(new_customer, today)
    await refresh_features(today)
    before = await CustomerFeatures.all().order_by("id").values("id", "computed_at")

    report = await refresh_features(today)

    assert report.customers == 0
    after = await CustomerFeatures.all().order_by("id").values("id", "computed_at")
    assert after == before


async def test_loaded_matrix_moves_recency_to_the_day_asked(new_customer):
    today = dt.datetime.now(UTC).date()
    first, _, _ = await _ledger(new_customer, today)
    await refresh_features(today)

    matrix = await load_feature_matrix(today + dt.timedelta(days=10), chunk_size=1)

    assert matrix.customer_ids.tolist() == [first.id, first.id + 1]
    assert _row(matrix, first.id)["recency_days"] == 11
    assert _row(matrix, first.id)["frequency"] == 3
    assert _row(matrix, first.id)["share_mobile"] == pytest.approx(0.3333)


async def test_archived_customers_are_left_out(new_customer):
    today = dt.datetime.now(UTC).date()
    first, second, _ = await _ledger(new_customer, today)
    second.archived_at = dt.datetime.now(UTC)
    await second.save()

    report = await refresh_features(today)

    assert report.customers == 1
    assert await CustomerFeatures.filter(customer_id=second.id).count() == 0
