from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from itertools import islice
from statistics import mean

import pytest
from stdnum import luhn

from cims.demo.datasets import DATASETS, read_all, read_german_credit
from cims.demo.history import MONTHS, PRODUCTS, month_start, plan_accounts
from cims.models.enums import AccountStatus, Direction

SEED = 20261204
BEIJING = timezone(timedelta(hours=8))


def plan(row, seed=SEED, **kwargs):
    dataset = next(d for d in DATASETS if d.name == row.dataset)
    return plan_accounts(seed, row, f"C{dataset.code}{row.row:09d}", 1, **kwargs)


def sample_rows(per_dataset=150):
    return [row for _, row in read_all(limit=per_dataset)]


def by_product(accounts):
    return {a.product.code: a for a in accounts}


def signed_sum(account):
    return sum(
        (e.amount if e.direction is Direction.CREDIT else -e.amount)
        for e in account.entries
    )


def test_balance_is_the_signed_sum_of_the_transactions():
    for row in sample_rows():
        for account in plan(row):
            assert account.balance == signed_sum(account)


def test_every_booking_falls_in_the_twelve_months_before_the_reference_date():
    start = datetime(2025, 12, 1, tzinfo=BEIJING)
    end = datetime(2026, 12, 1, tzinfo=BEIJING)

    for row in sample_rows():
        for account in plan(row):
            assert all(start <= e.booked_at < end for e in account.entries)
            assert all(e.booked_at.tzinfo is UTC for e in account.entries)
            assert account.entries[0].booked_at.date() >= account.opened_on - timedelta(
                1
            )


def test_window_months_run_from_december_to_november():
    assert [month_start(m).isoformat() for m in (0, 1, MONTHS - 1)] == [
        "2025-12-01",
        "2026-01-01",
        "2026-11-01",
    ]


def test_current_account_is_never_overdrawn():
    for row in sample_rows():
        current = by_product(plan(row))["DEP-CUR"]
        running = Decimal(0)
        for entry in sorted(current.entries, key=lambda e: e.booked_at):
            running += (
                entry.amount if entry.direction is Direction.CREDIT else -entry.amount
            )
            assert running >= 0


def test_every_customer_has_a_current_account_and_the_row_products():
    for row in sample_rows():
        products = set(by_product(plan(row)))

        assert "DEP-CUR" in products
        assert ("LOAN-PERS" in products) == (row.loan_amount is not None)
        assert ("CARD-STD" in products) == (row.credit_limit is not None)
        assert ("DEP-SAV" in products) == bool(row.assets)


def test_loan_pays_out_the_row_amount_and_repays_principal_monthly():
    row = next(read_german_credit())  # 4,662.06 CNY over 6 months, a good payer

    loan = by_product(plan(row))["LOAN-PERS"]

    payout, *repayments = sorted(loan.entries, key=lambda e: e.booked_at)
    assert (payout.amount, payout.direction) == (Decimal("4662.06"), Direction.DEBIT)
    assert payout.counterparty == "家电商场"  # purpose: radio/television
    assert len(repayments) == 6
    assert sum(e.amount for e in repayments) == Decimal("4662.06")
    assert (loan.balance, loan.status) == (Decimal("0.00"), AccountStatus.CLOSED)
    assert loan.closed_on == repayments[-1].booked_at.date()


def test_bad_payer_misses_the_last_instalments():
    row = next(r for r in read_german_credit() if r.row == 2)  # bad, 48 months
    assert row.label == "bad"

    loan = by_product(plan(row))["LOAN-PERS"]

    last_month = month_start(MONTHS - 1)
    repaid = [e for e in loan.entries if e.category == "loan_repayment"]
    assert repaid
    assert all(e.booked_at.astimezone(BEIJING).date() < last_month for e in repaid)
    assert loan.balance < 0
    assert loan.status is AccountStatus.ACTIVE


def test_card_stays_within_its_limit():
    rows = [r for r in sample_rows(400) if r.credit_limit is not None]

    for row in rows:
        card = by_product(plan(row))["CARD-STD"]
        running = Decimal(0)
        for entry in sorted(card.entries, key=lambda e: e.booked_at):
            running += (
                entry.amount if entry.direction is Direction.CREDIT else -entry.amount
            )
            assert -running <= row.credit_limit
        assert card.credit_limit == row.credit_limit


def test_card_defaulter_pays_nothing_in_the_last_two_months():
    row = next(r for r in sample_rows(400) if r.label == "bad" and r.credit_limit)

    card = by_product(plan(row))["CARD-STD"]

    cutoff = month_start(MONTHS - 2)
    late = [
        e
        for e in card.entries
        if e.category == "card_repayment"
        and e.booked_at.astimezone(BEIJING).date() >= cutoff
    ]
    assert late == []


def test_dormant_customer_stops_after_may_and_clears_the_card():
    row = next(r for r in sample_rows() if r.credit_limit and r.label == "good")

    accounts = plan(row, dormant=True)

    june = datetime(2026, 6, 1, tzinfo=BEIJING)
    assert all(e.booked_at < june for a in accounts for e in a.entries)
    assert {a.status for a in accounts} == {AccountStatus.DORMANT}
    assert by_product(accounts)["CARD-STD"].balance == Decimal("0.00")


def test_account_numbers_are_19_digits_luhn_checked_and_unique():
    numbers = [a.number for row in sample_rows() for a in plan(row)]

    assert all(len(n) == 19 and n.isdigit() and luhn.is_valid(n) for n in numbers)
    assert len(set(numbers)) == len(numbers)


def test_transactions_per_customer_are_about_ten_to_forty():
    counts = [sum(len(a.entries) for a in plan(row)) for row in sample_rows()]

    assert min(counts) >= 5
    assert max(counts) <= 60
    assert 20 <= mean(counts) <= 35


def test_channels_are_mixed():
    channels = {
        e.channel for row in sample_rows(50) for a in plan(row) for e in a.entries
    }

    assert len(channels) >= 6


@pytest.mark.parametrize("dataset", [d.name for d in DATASETS])
def test_plan_is_a_function_of_the_seed(dataset):
    row = next(row for d, row in islice(read_all(limit=1), 3) if d.name == dataset)

    first, again, other = plan(row), plan(row), plan(row, seed=SEED + 1)

    assert first == again
    assert first != other


def test_product_catalogue_has_chinese_and_english_names():
    assert len(PRODUCTS) == 8
    assert len({p.code for p in PRODUCTS}) == 8
    assert all(p.name and p.name_en and p.name != p.name_en for p in PRODUCTS)
