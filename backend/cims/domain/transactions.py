"""Booking transactions from other systems and from files, screened as they land.

Two ways in, one set of rules:

- ``post_transactions(actor, entries)`` is for other systems (core banking through
  a service account): each entry is judged on its own; the good ones are stored in
  one database transaction and the bad ones come back as ``ValidationFailed`` at
  their position, so a caller can fix and resend only those.
- ``import_transactions(actor, data, file_name)`` reads a CSV or XLSX file and, like
  the customer import (``cims.domain.importing``), is all or nothing: every bad row
  is reported with its line number and field, and nothing is stored unless no row
  is bad. ``dry_run`` reports without storing.

An entry names its account by number; the account must exist in the actor's scope
and be active. The amount is positive (the direction says which way money moved),
written as digits with a decimal point and at most the account currency's decimals
(``validation.parse_amount``: ``TOO_MANY_DECIMALS``, never rounded), the currency
is the account's, the time carries its UTC offset, is not in the future (beyond
``CLOCK_SKEW``) and falls on or after the day the account was opened. A debit
beyond the balance is booked: CIMS mirrors what the core banking system booked.
Storing a transaction moves its account's balance in the same database transaction
and appends an audit event.

After the commit every stored transaction is screened by
``cims.domain.risk.screen``: the rules and the active Isolation Forest judge it
against its customer's own history, and an alert opens above the threshold. No
model is trained here: with no active detector the rules judge alone.

An entry may carry the sending system's reference, unique per account: an entry
resent with a reference already booked on its account is answered with the stored
transaction (``Booked.already_booked``) and stored no second time, provided it is
the same booking (amount, direction, currency, time): with other values it is
refused as ``REFERENCE_REUSED``. One reference twice in the same call or file is
refused. Entries without a reference are always
stored. Screening judges the stored transactions through the forest in batches
(``cims.domain.risk.screen``); ``bench/bench_booking.py`` measures it.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from decimal import Decimal
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.expressions import F
from tortoise.transactions import in_transaction

from cims.domain import audit, importing, risk
from cims.domain.access import require, scoped
from cims.domain.actor import Actor
from cims.domain.errors import FieldProblem, ValidationFailed
from cims.domain.exporting import is_formula_like
from cims.domain.inputs import NO_OFFSET
from cims.domain.normalize import fold
from cims.domain.validation import (
    Bad,
    check_characters,
    check_year,
    parse_amount,
    parse_decimal,
)
from cims.models import Account, Alert, Transaction
from cims.models.enums import AccountStatus, Channel, Direction

log = logging.getLogger(__name__)

WRITE = "transaction.write"
MAX_POST = 100  # entries per call of post_transactions
MAX_AMOUNT = Decimal("1e15")
CLOCK_SKEW = dt.timedelta(minutes=5)
LIMITS = {"category": 50, "counterparty": 200, "description": 500, "reference": 64}
# Header names a file may use for each field (English and Chinese), folded.
HEADERS = {
    "account_number": ("account_number", "account", "账号", "账户"),
    "booked_at": ("booked_at", "time", "交易时间", "记账时间"),
    "amount": ("amount", "金额", "交易金额"),
    "direction": ("direction", "借贷方向", "方向"),
    "channel": ("channel", "渠道", "交易渠道"),
    "category": ("category", "类别", "交易类别"),
    "currency": ("currency", "币种"),
    "counterparty": ("counterparty", "对方户名", "交易对手"),
    "description": ("description", "摘要", "备注"),
    "reference": ("reference", "流水号", "交易流水号", "参考号"),
}
REQUIRED = ("account_number", "booked_at", "amount", "direction", "channel", "category")


@dataclass(frozen=True)
class Entry:
    """One transaction as a sender states it; values may be text or typed."""

    account_number: str | None
    booked_at: Any
    amount: Any
    direction: str | None
    channel: str | None
    category: str | None
    currency: str | None = None
    counterparty: str | None = None
    description: str | None = None
    reference: str | None = None


@dataclass
class Booked:
    """A stored entry at its position, with the alert its screening opened; or,
    ``already_booked``, the transaction an earlier call stored under its reference."""

    index: int
    transaction: Transaction
    alert: Alert | None = None
    already_booked: bool = False


@dataclass
class Rejected:
    index: int
    error: ValidationFailed


@dataclass(frozen=True)
class RowProblem:
    line: int
    field: str
    code: str
    message: str


@dataclass
class ImportResult:
    rows: int = 0
    stored: int = 0
    already_booked: int = 0  # rows whose reference an earlier import or call stored
    alerts: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    # Columns no field reads and not ignored: listed by a dry run, refused on a
    # commit (UNMAPPED_COLUMN) until named in ``ignore``.
    unmapped_columns: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


# ---------------------------------------------------------------------------
# The two ways in


async def post_transactions(
    actor: Actor, entries: Sequence[Entry]
) -> list[Booked | Rejected]:
    """Store the good entries, screen them, and answer per entry in input order."""
    require(actor, WRITE)
    if len(entries) > MAX_POST:
        raise ValidationFailed.one(
            "transactions", "TOO_MANY", f"Send at most {MAX_POST} transactions a call"
        )
    accounts = await _accounts(actor, entries)
    outcomes: list[Booked | Rejected] = []
    good: list[tuple[int, dict]] = []
    for index, entry in enumerate(entries):
        try:
            good.append((index, parse(entry, accounts)))
        except ValidationFailed as error:
            outcomes.append(Rejected(index, error))
    good, repeated = _first_of_each_reference(good)
    outcomes += [Rejected(index, _repeated_reference()) for index, _ in repeated]
    good, known, stored, reused = await _store_new(actor, good)
    outcomes += [Rejected(index, _reused_reference()) for index in reused]
    outcomes += [
        Booked(index, txn, alert, already_booked=True) for index, txn, alert in known
    ]
    alerts = await _screen(actor, stored)
    outcomes += [
        Booked(index, txn, alerts.get(txn.id))
        for (index, _), txn in zip(good, stored, strict=True)
    ]
    return sorted(outcomes, key=lambda o: o.index)


async def import_transactions(
    actor: Actor,
    data: bytes,
    file_name: str,
    *,
    dry_run: bool = False,
    ignore: Iterable[str] = (),
) -> ImportResult:
    """Check every row; store and screen them all only when none is bad.

    A column that no field reads is dropped only when ``ignore`` names it: a
    commit with any other is refused, each as an UNMAPPED_COLUMN problem of line 1.
    """
    require(actor, WRITE)
    # The file is parsed in a worker thread: the event loop serves other requests.
    headers, rows, width = await asyncio.to_thread(_read, data, file_name)
    columns = _columns(headers)
    missing = [name for name in REQUIRED if name not in columns]
    if missing:
        problems = [
            RowProblem(1, m, "MISSING_COLUMN", "No such column") for m in missing
        ]
        return ImportResult(problems=problems)
    unmapped = _unmapped(headers, columns, set(ignore))
    if unmapped and not dry_run:
        message = "Column {!r} is not imported: name it among the ignored columns"
        problems = [
            RowProblem(1, column, "UNMAPPED_COLUMN", message.format(column))
            for column in unmapped
        ]
        return ImportResult(problems=problems, unmapped_columns=unmapped)
    result = ImportResult(rows=len(rows), unmapped_columns=unmapped)
    entries = []
    for line, cells in rows:
        # As a customer row: cells that shifted or ran over lines refuse the row.
        if shape := _shape_problems(line, cells, width, columns):
            result.problems += shape
        else:
            entries.append((line, _entry(cells, columns)))
    accounts = await _accounts(actor, [e for _, e in entries])
    parsed, lines = [], []
    for line, entry in entries:
        try:
            parsed.append(parse(entry, accounts))
            lines.append(line)
        except ValidationFailed as error:
            result.problems += [
                RowProblem(line, p.field, p.code, p.message) for p in error.problems
            ]
    numbered = list(enumerate(parsed))
    numbered, repeated = _first_of_each_reference(numbered)
    result.problems += [
        RowProblem(lines[i], "reference", *_REPEATED) for i, _ in repeated
    ]
    booked = await _booked(numbered)
    result.problems += [
        RowProblem(lines[i], "reference", *_REUSED)
        for i, values in numbered
        if _reuses(values, booked)
    ]
    if result.problems:
        result.problems.sort(key=lambda p: p.line)
        return result
    if dry_run:
        result.already_booked = len(booked)
        return result
    _, known, stored, _ = await _store_new(actor, numbered)
    result.already_booked = len(known)
    result.stored = len(stored)
    result.alerts = len(await _screen(actor, stored))
    log.info("imported %d transactions, %d alerts", result.stored, result.alerts)
    return result


# ---------------------------------------------------------------------------
# Rules of an entry


def parse(entry: Entry, accounts: dict[str, Account]) -> dict[str, Any]:
    """The stored values of ``entry``, or ``ValidationFailed`` with every problem."""
    problems: list[FieldProblem] = []

    def check(name: str, reader, *args):
        value = getattr(entry, name)
        if isinstance(value, importing.UncachedFormula):
            problems.append(FieldProblem(name, *importing.FORMULA_WITHOUT_VALUE))
            return None
        try:
            return reader(value, *args)
        except _Bad as bad:
            problems.append(FieldProblem(name, bad.code, bad.message))
            return None

    account = check("account_number", _account, accounts)
    moment = check("booked_at", _moment)
    if account and moment and (problem := _before_opening(account, moment)):
        problems.append(problem)
    values = {
        "booked_at": moment and moment.astimezone(dt.UTC),
        "amount": check("amount", _amount, account.currency if account else None),
        "direction": check("direction", _choice, Direction),
        "channel": check("channel", _choice, Channel),
        "category": check("category", _text, LIMITS["category"], True),
        "counterparty": check("counterparty", _text, LIMITS["counterparty"], False),
        "description": check("description", _text, LIMITS["description"], False),
        "reference": check("reference", _text, LIMITS["reference"], False),
    }
    currency = check("currency", _currency, account)
    if problems:
        raise ValidationFailed(problems)
    return values | {
        "account_id": account.id,
        "customer_id": account.customer_id,
        "currency": currency,
    }


class _Bad(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _account(number: Any, accounts: dict[str, Account]) -> Account:
    if _blank(number):
        raise _Bad("REQUIRED", "Give the account number")
    account = accounts.get(str(number).strip())
    if account is None:
        raise _Bad("UNKNOWN_ACCOUNT", "No such account")
    if account.status != AccountStatus.ACTIVE or account.closed_on is not None:
        raise _Bad("ACCOUNT_NOT_ACTIVE", "The account does not take bookings")
    return account


def _moment(value: Any) -> dt.datetime:
    if _blank(value):
        raise _Bad("REQUIRED", "Give the booking time")
    moment = value
    if not isinstance(value, dt.datetime):
        try:
            moment = dt.datetime.fromisoformat(str(value).strip())
        except ValueError:
            raise _Bad("BAD_TIME", "Use ISO 8601 with an offset") from None
    if moment.tzinfo is None:
        raise _Bad(NO_OFFSET, "Give the time's UTC offset (e.g. +08:00)")
    try:
        check_year(moment)  # year 1 at +14:00 would not convert to UTC
    except Bad as bad:
        raise _Bad(bad.code, bad.message) from None
    if moment > dt.datetime.now(dt.UTC) + CLOCK_SKEW:
        raise _Bad("IN_FUTURE", "A booking cannot lie in the future")
    return moment


def _before_opening(account: Account, moment: dt.datetime) -> FieldProblem | None:
    # The opening date is a calendar day where the account is kept; the sender's own
    # offset says which day its time falls on, so a booking just after local midnight
    # of the opening day is not refused for being the evening before in UTC.
    if moment.date() >= account.opened_on:
        return None
    opened = account.opened_on.isoformat()
    return FieldProblem(
        "booked_at",
        "BEFORE_OPENING",
        f"The account was opened on {opened}; a booking cannot precede it",
    )


def _amount(value: Any, currency: str | None) -> Decimal:
    if _blank(value):
        raise _Bad("REQUIRED", "Give the amount")
    try:
        amount = parse_decimal(value)
    except Bad as bad:
        raise _Bad("NOT_A_NUMBER", bad.message) from None
    if amount <= 0:
        raise _Bad("MUST_BE_POSITIVE", "The amount is above 0; direction gives the way")
    if amount >= MAX_AMOUNT:
        raise _Bad("OUT_OF_RANGE", "At most two decimals and below 10^15")
    try:
        # The one money rule: the account's currency says how many decimals.
        parse_amount(amount, currency or "CNY")
    except Bad as bad:
        raise _Bad(bad.code, bad.message) from None
    return amount.quantize(Decimal("0.01"))


def _choice(value: Any, kind) -> str:
    if _blank(value):
        raise _Bad("REQUIRED", "Give a value")
    text = str(value).strip().lower()
    if text not in {member.value for member in kind}:
        allowed = ", ".join(member.value for member in kind)
        raise _Bad("UNKNOWN_VALUE", f"One of: {allowed}")
    return text


def _text(value: Any, limit: int, required: bool) -> str | None:
    if _blank(value):
        if required:
            raise _Bad("REQUIRED", "Give a value")
        return None
    text = str(value).strip()
    if len(text) > limit:
        raise _Bad("TOO_LONG", f"At most {limit} characters")
    try:
        check_characters(text)
    except Bad as bad:
        raise _Bad(bad.code, bad.message) from None
    if is_formula_like(text):
        raise _Bad("FORMULA", "Text may not start like a spreadsheet formula")
    return text


def _currency(value: Any, account: Account | None) -> str | None:
    if account is None:
        return None
    if _blank(value):
        return account.currency
    text = str(value).strip().upper()
    if text != account.currency:
        raise _Bad("CURRENCY_MISMATCH", f"The account is kept in {account.currency}")
    return text


# ---------------------------------------------------------------------------
# Storage and screening


async def _accounts(actor: Actor, entries: Iterable[Entry]) -> dict[str, Account]:
    numbers = {
        str(e.account_number).strip() for e in entries if not _blank(e.account_number)
    }
    found = await scoped(actor, Account.filter(number__in=sorted(numbers)))
    return {a.number: a for a in found}


_REPEATED = (
    "DUPLICATE_REFERENCE",
    "This reference is used by an earlier entry for the same account",
)


def _repeated_reference() -> ValidationFailed:
    return ValidationFailed.one("reference", *_REPEATED)


_REUSED = (
    "REFERENCE_REUSED",
    "This reference is booked on the account with another amount, direction, "
    "currency or time",
)
# What a resent booking repeats: the same reference with other values is another
# booking under a used reference, refused rather than answered with the old one.
_SAME_BOOKING = ("amount", "direction", "currency", "booked_at")


def _reused_reference() -> ValidationFailed:
    return ValidationFailed.one("reference", *_REUSED)


def _reuses(values: dict, booked: dict[tuple[int, str], Transaction]) -> bool:
    """Whether ``values`` carries a reference booked before for another booking."""
    earlier = booked.get((values["account_id"], values["reference"]))
    return earlier is not None and any(
        getattr(earlier, name) != values[name] for name in _SAME_BOOKING
    )


def _first_of_each_reference(
    numbered: list[tuple[int, dict]],
) -> tuple[list[tuple[int, dict]], list[tuple[int, dict]]]:
    """The entries split into the first with each (account, reference) and the
    repeats; entries without a reference are all firsts."""
    seen: set[tuple[int, str]] = set()
    firsts, repeats = [], []
    for index, values in numbered:
        key = (values["account_id"], values["reference"])
        if values["reference"] is not None and key in seen:
            repeats.append((index, values))
        else:
            seen.add(key)
            firsts.append((index, values))
    return firsts, repeats


async def _booked(
    numbered: list[tuple[int, dict]],
) -> dict[tuple[int, str], Transaction]:
    """Transactions already stored under the entries' (account, reference)."""
    refs = {v["reference"] for _, v in numbered if v["reference"] is not None}
    if not refs:
        return {}
    accounts = {v["account_id"] for _, v in numbered if v["reference"] is not None}
    found = await Transaction.filter(account_id__in=accounts, reference__in=refs)
    return {(t.account_id, t.reference): t for t in found}


async def _store_new(actor: Actor, numbered: list[tuple[int, dict]]):
    """Store the entries no earlier booking holds under their reference.

    Returns the entries stored, the known ones (index, transaction, its alert),
    the stored transactions and the indexes of entries whose reference was booked
    for another booking (``_reuses``), stored neither. A concurrent call that
    stores the same reference first makes the insert fail on the unique key; then
    it is read again and known.
    """
    for attempt in range(2):
        booked = await _booked(numbered)
        fresh, known, reused = [], [], []
        for index, values in numbered:
            earlier = booked.get((values["account_id"], values["reference"]))
            if earlier is None:
                fresh.append((index, values))
            elif _reuses(values, booked):
                reused.append(index)
            else:
                known.append((index, earlier))
        try:
            stored = await _store(actor, [values for _, values in fresh])
            break
        except IntegrityError:
            if attempt:
                raise
    ids = [txn.id for _, txn in known]
    found = await Alert.filter(transaction_id__in=ids) if ids else []
    alerts = {alert.transaction_id: alert for alert in found}
    known_alerted = [(i, txn, alerts.get(txn.id)) for i, txn in known]
    return fresh, known_alerted, stored, reused


async def _store(actor: Actor, rows: list[dict]) -> list[Transaction]:
    """Create the transactions and move their balances, all in one transaction."""
    if not rows:
        return []
    moves: dict[int, Decimal] = defaultdict(Decimal)
    async with in_transaction() as conn:
        stored = []
        for values in rows:
            stored.append(await Transaction.create(**values, using_db=conn))
            sign = 1 if values["direction"] == Direction.CREDIT else -1
            moves[values["account_id"]] += sign * values["amount"]
        for account_id, delta in moves.items():
            await (
                Account.filter(id=account_id)
                .using_db(conn)
                .update(balance=F("balance") + delta)
            )
        touched = ["amount", "direction"]
        entries = [
            audit.Entry("Transaction", t.id, touched, customer_id=t.customer_id)
            for t in stored
        ]
        await audit.record_many(actor, WRITE, entries, conn=conn)
    return stored


async def _screen(actor: Actor, stored: list[Transaction]) -> dict[int, Alert]:
    """Alerts opened for the stored transactions, by transaction ID. A failure here
    leaves the bookings stored; ``cims risk scan`` screens them later."""
    if not stored:
        return {}
    try:
        return await risk.screen(actor, stored)
    except Exception:
        log.exception("screening of %d new transactions failed", len(stored))
        return {}


def _read(data: bytes, file_name: str) -> tuple[list[str], list, int | None]:
    """The headers, the (line, cells) of each row with a filled cell, and the cells
    a row must have (a CSV file's headers; None for a sheet)."""
    with importing.read_table(data, file_name) as table:
        rows = [
            (line, cells)
            for line, cells in enumerate(table.rows, start=2)
            if any(str(c or "").strip() for c in cells)
        ]
        return table.headers, rows, len(table.headers) if table.exact_width else None


# A transaction's description may span lines (a quoted multi-line note).
_BREAKS_ALLOWED = frozenset({"description"})


def _shape_problems(
    line: int, cells: tuple, width: int | None, columns: dict[str, int]
) -> list[RowProblem]:
    def problem(row, target, value, code, message):
        return importing.cell_problem(row, target, target, value, code, message)

    found = importing.shape_problems(
        line, cells, width, [(i, name) for name, i in columns.items()], problem,
        _BREAKS_ALLOWED.__contains__,
    )  # fmt: skip
    return [RowProblem(line, p.field, p.code, p.message) for p in found]


def _unmapped(headers: Sequence[str], columns: dict[str, int], ignore: set[str]):
    """The named columns no field reads (``columns``) and not in ``ignore``."""
    used = set(columns.values())
    return [
        str(header)
        for index, header in enumerate(headers)
        if index not in used and str(header or "").strip() and header not in ignore
    ]


def _columns(headers: Sequence[str]) -> dict[str, int]:
    names = [fold(str(h or "")).strip().lower() for h in headers]
    found = {}
    for target, aliases in HEADERS.items():
        for alias in aliases:
            if alias in names:
                found[target] = names.index(alias)
                break
    return found


def _entry(cells: tuple, columns: dict[str, int]) -> Entry:
    def cell(name: str):
        i = columns.get(name)
        return cells[i] if i is not None and i < len(cells) else None

    return Entry(**{f.name: cell(f.name) for f in fields(Entry)})
