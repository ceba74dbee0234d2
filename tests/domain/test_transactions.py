"""Booking transactions from other systems and files, screened as they land."""

from __future__ import annotations

import asyncio
import io
from datetime import timedelta
from decimal import Decimal

import openpyxl
import pytest

from cims.domain import events, transactions
from cims.domain.actor import Actor
from cims.domain.errors import PermissionDenied, ValidationFailed
from cims.domain.transactions import Booked, Entry, Rejected
from cims.models import Account, Alert, AuditEvent, Branch, Transaction
from tests.domain.test_risk import START, history, make_customer

CORE = Actor(
    subject="core-banking",
    permissions=frozenset({"account.read", "transaction.read", "transaction.write"}),
)


def entry(account: Account, **values) -> Entry:
    """A payment like the customer's usual ones, a day after their history."""
    defaults = {
        "account_number": account.number,
        "booked_at": (START + timedelta(days=30, hours=1)).isoformat(),
        "amount": "95.00",
        "direction": "debit",
        "channel": "mobile",
        "category": "groceries",
    }
    return Entry(**(defaults | values))


@pytest.fixture
async def account(branch) -> Account:
    return await history(await make_customer(branch))


async def test_posted_outlier_is_stored_and_raises_an_alert_with_its_reason(account):
    async with events.subscribe("alerts") as feed:
        [outcome] = await transactions.post_transactions(
            CORE, [entry(account, amount="80000.00", category="transfer")]
        )
        published = await feed.__anext__()

    assert isinstance(outcome, Booked)
    stored = await Transaction.get(id=outcome.transaction.id)
    assert stored.amount == Decimal("80000.00") and stored.direction == "debit"
    assert outcome.alert is not None and outcome.alert.transaction_id == stored.id
    assert "amount_spike" in [r["code"] for r in outcome.alert.reasons]
    assert published["kind"] == "raised" and published["alertId"] == outcome.alert.id
    assert (await AuditEvent.filter(action="transaction.write").count()) == 1


async def test_posted_large_debit_that_overdraws_alerts_for_both_rules(account):
    [outcome] = await transactions.post_transactions(
        CORE, [entry(account, amount="900000.00", category="transfer_out")]
    )

    assert (await Account.get(id=account.id)).balance == Decimal("-890000.00")
    codes = {r["code"] for r in outcome.alert.reasons}
    assert {"large_value", "overdraft"} <= codes


async def test_posted_credit_that_leaves_an_overdraft_raises_no_overdraft(account):
    await Account.filter(id=account.id).update(balance=Decimal("-500.00"))

    [outcome] = await transactions.post_transactions(
        CORE, [entry(account, direction="credit", amount="100.00")]
    )

    assert (await Account.get(id=account.id)).balance == Decimal("-400.00")
    assert outcome.alert is None


async def test_ordinary_posting_moves_the_balance_and_raises_no_alert(account):
    before = (await Account.get(id=account.id)).balance

    outcomes = await transactions.post_transactions(
        CORE, [entry(account), entry(account, direction="credit", amount="10.50")]
    )

    assert [type(o) for o in outcomes] == [Booked, Booked]
    assert all(o.alert is None for o in outcomes)
    after = (await Account.get(id=account.id)).balance
    assert after == before - Decimal("95.00") + Decimal("10.50")
    assert await Alert.all().count() == 0


async def test_bad_entries_are_rejected_by_position_and_good_ones_stored(account):
    count = await Transaction.all().count()
    entries = [
        entry(account, account_number="6200000000000"),
        entry(account),
        entry(account, amount="-5", channel="pigeon", booked_at="2026-10-31 10:00"),
        entry(account, currency="USD", category=" "),
    ]

    outcomes = await transactions.post_transactions(CORE, entries)

    assert [o.index for o in outcomes] == [0, 1, 2, 3]
    assert isinstance(outcomes[1], Booked)
    codes = [
        {(p.field, p.code) for p in o.error.problems}
        for o in outcomes
        if isinstance(o, Rejected)
    ]
    assert codes == [
        {("account_number", "UNKNOWN_ACCOUNT")},
        {
            ("amount", "MUST_BE_POSITIVE"),
            ("channel", "UNKNOWN_VALUE"),
            ("booked_at", "NO_OFFSET"),
        },
        {("currency", "CURRENCY_MISMATCH"), ("category", "REQUIRED")},
    ]
    assert await Transaction.all().count() == count + 1


async def test_future_bookings_and_closed_accounts_are_refused(account):
    await Account.filter(id=account.id).update(status="closed")
    future = (START + timedelta(days=3650)).isoformat()

    [outcome] = await transactions.post_transactions(
        CORE, [entry(account, booked_at=future)]
    )

    assert {(p.field, p.code) for p in outcome.error.problems} == {
        ("account_number", "ACCOUNT_NOT_ACTIVE"),
        ("booked_at", "IN_FUTURE"),
    }


async def test_a_booking_before_the_account_was_opened_is_refused(account):
    count = await Transaction.all().count()
    opened = account.opened_on.isoformat()
    entries = [
        entry(account, booked_at="1900-01-01T10:00:00+08:00"),
        # The opening day itself, just after midnight where the sender is (the
        # evening before in UTC), is a good booking.
        entry(account, booked_at=f"{opened}T00:30:00+08:00"),
    ]

    refused, booked = await transactions.post_transactions(CORE, entries)

    assert [(p.field, p.code) for p in refused.error.problems] == [
        ("booked_at", "BEFORE_OPENING")
    ]
    assert opened in refused.error.problems[0].message
    assert isinstance(booked, Booked)
    assert await Transaction.all().count() == count + 1


@pytest.mark.parametrize("amount", ["1e10", "1E2", "5e-1", "NaN", "Infinity", "1,0,0"])
async def test_amounts_in_other_notations_are_refused(account, amount):
    [outcome] = await transactions.post_transactions(
        CORE, [entry(account, amount=amount)]
    )

    assert isinstance(outcome, Rejected)
    assert [(p.field, p.code) for p in outcome.error.problems] == [
        ("amount", "NOT_A_NUMBER")
    ]


async def test_amounts_with_grouped_thousands_or_typed_are_booked(account):
    outcomes = await transactions.post_transactions(
        CORE,
        [
            entry(account, amount="1,234.50"),
            entry(account, amount=Decimal("20.10")),
            entry(account, amount=7),
        ],
    )

    assert [o.transaction.amount for o in outcomes] == [
        Decimal("1234.50"),
        Decimal("20.10"),
        Decimal("7.00"),
    ]


async def test_a_debit_beyond_the_balance_is_booked_as_core_banking_booked_it(account):
    before = (await Account.get(id=account.id)).balance

    [outcome] = await transactions.post_transactions(
        CORE, [entry(account, amount=str(abs(before) + 1000))]
    )

    assert isinstance(outcome, Booked)
    after = (await Account.get(id=account.id)).balance
    assert after == before - (abs(before) + 1000) and after < 0


async def test_posting_needs_the_write_permission(account):
    reader = Actor(subject="teller", permissions=frozenset({"transaction.read"}))
    count = await Transaction.all().count()

    with pytest.raises(PermissionDenied) as raised:
        await transactions.post_transactions(reader, [entry(account)])

    assert raised.value.permission == "transaction.write"
    assert await Transaction.all().count() == count


async def test_another_branchs_account_is_unknown_to_branch_staff(account):
    other = await Branch.create(code="BJ02", name="北京", name_en="Beijing", city="京")
    clerk = Actor(subject="clerk", permissions=CORE.permissions, branch_id=other.id)

    [outcome] = await transactions.post_transactions(clerk, [entry(account)])

    assert outcome.error.problems[0].code == "UNKNOWN_ACCOUNT"


async def test_too_many_entries_in_one_call_are_refused(account):
    many = [entry(account)] * (transactions.MAX_POST + 1)

    with pytest.raises(ValidationFailed) as raised:
        await transactions.post_transactions(CORE, many)

    assert raised.value.problems[0].code == "TOO_MANY"


# ---------------------------------------------------------------------------
# Files

HEADER = "account_number,booked_at,amount,direction,channel,category,counterparty\n"


def csv_file(account: Account, *lines: str) -> bytes:
    return (HEADER + "".join(f"{account.number},{line}\n" for line in lines)).encode()


async def test_import_stores_every_row_and_alerts_on_the_outlier(account):
    later = START + timedelta(days=30)
    data = csv_file(
        account,
        f"{later.isoformat()},98.00,debit,mobile,groceries,连锁超市",
        f"{(later + timedelta(hours=2)).isoformat()},80000.00,debit,mobile,transfer,",
    )

    result = await transactions.import_transactions(CORE, data, "bookings.csv")

    assert result.ok and (result.rows, result.stored, result.alerts) == (2, 2, 1)
    alert = await Alert.get()
    outlier = await Transaction.get(id=alert.transaction_id)
    assert outlier.amount == Decimal("80000.00")
    assert "amount_spike" in [r["code"] for r in alert.reasons]


async def test_import_reports_every_bad_row_by_line_and_stores_none(account):
    count = await Transaction.all().count()
    good = (START + timedelta(days=30)).isoformat()
    data = csv_file(
        account,
        f"{good},98.00,debit,mobile,groceries,",
        f"{good},abc,debit,mobile,groceries,",
        f"{good},12.00,sideways,mobile,groceries,=HYPERLINK(1)",
        f"{good},1e3,debit,mobile,groceries,",
        "1900-01-01T10:00:00+08:00,98.00,debit,mobile,groceries,",
    )

    result = await transactions.import_transactions(CORE, data, "bookings.csv")

    assert not result.ok and result.stored == 0
    assert [(p.line, p.field, p.code) for p in result.problems] == [
        (3, "amount", "NOT_A_NUMBER"),
        (4, "direction", "UNKNOWN_VALUE"),
        (4, "counterparty", "FORMULA"),
        (5, "amount", "NOT_A_NUMBER"),
        (6, "booked_at", "BEFORE_OPENING"),
    ]
    assert await Transaction.all().count() == count


async def test_a_formula_without_a_stored_value_is_a_bad_cell(account):
    count = await Transaction.all().count()
    book = openpyxl.Workbook()  # writes a formula without the value Excel would store
    book.active.append(HEADER.strip().split(","))
    booked = (START + timedelta(days=30)).isoformat()
    book.active.append([account.number, booked, "=49*2", "debit", "mobile",
                        "groceries", '="连锁"&"超市"'])  # fmt: skip
    out = io.BytesIO()
    book.save(out)

    for dry_run in (True, False):
        result = await transactions.import_transactions(
            CORE, out.getvalue(), "bookings.xlsx", dry_run=dry_run
        )

        assert [(p.line, p.field, p.code) for p in result.problems] == [
            (2, "amount", "FORMULA_WITHOUT_VALUE"),
            (2, "counterparty", "FORMULA_WITHOUT_VALUE"),
        ]
    assert await Transaction.all().count() == count


async def test_import_names_missing_columns_and_dry_run_stores_nothing(account):
    count = await Transaction.all().count()
    missing = b"account_number,amount\n6200,1.00\n"
    good = csv_file(account, f"{START.isoformat()},98.00,debit,mobile,groceries,")

    no_columns = await transactions.import_transactions(CORE, missing, "x.csv")
    dry = await transactions.import_transactions(CORE, good, "x.csv", dry_run=True)

    assert {(p.line, p.field) for p in no_columns.problems} == {
        (1, "booked_at"),
        (1, "direction"),
        (1, "channel"),
        (1, "category"),
    }
    assert dry.ok and dry.rows == 1 and dry.stored == 0
    assert await Transaction.all().count() == count


# ---------------------------------------------------------------------------
# The sender's reference: a resend is recognised, not booked twice


async def test_a_resent_reference_is_answered_with_the_first_booking(account):
    before = (await Account.get(id=account.id)).balance
    outlier = entry(account, amount="80000.00", category="transfer", reference="CB-1")

    [first] = await transactions.post_transactions(CORE, [outlier])
    [again] = await transactions.post_transactions(CORE, [outlier])

    assert isinstance(again, Booked) and again.already_booked
    assert not first.already_booked
    assert again.transaction.id == first.transaction.id
    assert again.alert is not None and again.alert.id == first.alert.id
    assert await Transaction.filter(reference="CB-1").count() == 1
    after = (await Account.get(id=account.id)).balance
    assert after == before - Decimal("80000.00")
    assert await Alert.all().count() == 1
    assert await AuditEvent.filter(action="transaction.write").count() == 1


async def test_one_reference_twice_in_a_call_books_the_first_only(account):
    outcomes = await transactions.post_transactions(
        CORE,
        [
            entry(account, reference="CB-2"),
            entry(account, reference="CB-2", amount="12.00"),
            entry(account),
            entry(account),
        ],
    )

    assert [type(o) for o in outcomes] == [Booked, Rejected, Booked, Booked]
    assert outcomes[1].error.problems[0].field == "reference"
    assert outcomes[1].error.problems[0].code == "DUPLICATE_REFERENCE"
    # Entries without a reference are always booked.
    assert await Transaction.filter(account_id=account.id, amount=Decimal("95.00"))
    assert await Transaction.filter(reference="CB-2").count() == 1


async def test_concurrent_resends_book_the_reference_once(account):
    resend = entry(account, reference="CB-3")
    results = await asyncio.gather(
        *(transactions.post_transactions(CORE, [resend]) for _ in range(3))
    )

    outcomes = [o for [o] in results]
    assert all(isinstance(o, Booked) for o in outcomes)
    assert sorted(o.already_booked for o in outcomes) == [False, True, True]
    assert len({o.transaction.id for o in outcomes}) == 1
    assert await Transaction.filter(reference="CB-3").count() == 1


async def test_a_reference_longer_than_64_characters_is_refused(account):
    [outcome] = await transactions.post_transactions(
        CORE, [entry(account, reference="R" * 65)]
    )
    assert isinstance(outcome, Rejected)
    assert outcome.error.problems[0].field == "reference"


async def test_importing_a_file_with_references_twice_books_it_once(account):
    later = START + timedelta(days=30)
    rows = [
        f"{account.number},{later.isoformat()},98.00,debit,mobile,groceries,F-1",
        f"{account.number},{(later + timedelta(hours=1)).isoformat()},12.00,"
        "debit,mobile,groceries,F-2",
    ]
    data = ("account_number,booked_at,amount,direction,channel,category,流水号\n"
            + "\n".join(rows) + "\n").encode()  # fmt: skip
    balance = (await Account.get(id=account.id)).balance

    first = await transactions.import_transactions(CORE, data, "day.csv")
    dry = await transactions.import_transactions(CORE, data, "day.csv", dry_run=True)
    second = await transactions.import_transactions(CORE, data, "day.csv")

    assert (first.stored, first.already_booked) == (2, 0)
    assert dry.ok and (dry.stored, dry.already_booked) == (0, 2)
    assert second.ok and (second.stored, second.already_booked) == (0, 2)
    assert await Transaction.filter(reference__in=["F-1", "F-2"]).count() == 2
    after = (await Account.get(id=account.id)).balance
    assert after == balance - Decimal("110.00")


async def test_a_file_repeating_a_reference_is_refused_by_line(account):
    later = (START + timedelta(days=30)).isoformat()
    data = (
        "account_number,booked_at,amount,direction,channel,category,reference\n"
        f"{account.number},{later},98.00,debit,mobile,groceries,F-9\n"
        f"{account.number},{later},5.00,debit,mobile,groceries,\n"
        f"{account.number},{later},12.00,debit,mobile,groceries,F-9\n"
    ).encode()
    count = await Transaction.all().count()

    result = await transactions.import_transactions(CORE, data, "day.csv")

    assert [(p.line, p.field, p.code) for p in result.problems] == [
        (4, "reference", "DUPLICATE_REFERENCE")
    ]
    assert result.stored == 0 and await Transaction.all().count() == count
