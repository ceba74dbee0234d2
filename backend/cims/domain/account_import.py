"""Batch import of accounts, linked to customers by customer number.

The same flow as customers (``cims.domain.importing``): a file read as text, a
column mapping suggested from Chinese or English headers, every bad cell reported
(row, column, masked value, reason) by ``check_accounts``, and ``import_accounts``
writing all rows in one transaction or none; with ``CommitMode.VALID_ROWS_ONLY`` it
writes the good rows in one transaction and reports the rows it left out. An account
number already in the base for the same customer is left alone, so a re-import
changes nothing (and one after fixing bad rows writes only those); the same number
under another customer is a bad cell.

Known limit: rows are written with ``bulk_create`` (executemany), not COPY: account
files are the size of a customer base's accounts, not millions of transactions.
"""

from __future__ import annotations

import contextvars
import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from tortoise.transactions import in_transaction

from cims.domain import audit
from cims.domain.actor import Actor
from cims.domain.importing import (
    FORMULA_WITHOUT_VALUE,
    CommitMode,
    ImportOptions,
    ImportReport,
    Mapping,
    Progress,
    ProgressCallback,
    RowAction,
    RowOutcome,
    UncachedFormula,
    cell_problem,
    cells_filled,
    commit_details,
    mapping_problems,
    next_rows,
    note_columns,
    read_table_apart,
    require_import,
    require_mapped,
    shape_problems,
    skipped_rows,
    tell,
)
from cims.domain.inputs import raise_problems
from cims.domain.normalize import clean_text, fold
from cims.domain.validation import (
    Bad,
    parse_amount,
    parse_choice,
    parse_currency,
    parse_date,
)
from cims.models import Account, Customer, ImportJob, ImportStatus, Product
from cims.models.enums import AccountStatus

ENTITY = "account"
REQUIRED = ("customer_no", "number", "product_code", "opened_on")
HEADER_SYNONYMS = {
    "customer_no": "客户号|客户编号|customer no|customer number",
    "number": "账号|账户号|账户号码|卡号|account|account no|account number",
    "product_code": "产品|产品代码|产品编号|product|product code",
    "currency": "币种|货币|currency",
    "opened_on": "开户日期|开立日期|opened on|open date|opening date",
    "balance": "余额|账户余额|balance",
    "credit_limit": "授信额度|信用额度|额度|credit limit|limit",
    "status": "账户状态|状态|status",
    "closed_on": "销户日期|closed on|close date",
}
TARGETS = frozenset(HEADER_SYNONYMS)
_SYNONYMS = {
    fold(spelling): target
    for target, spellings in HEADER_SYNONYMS.items()
    for spelling in spellings.split("|")
}
_ACCOUNT_NUMBER = re.compile(r"[A-Z0-9]{6,34}")
CHUNK = 2000


def suggest_mapping(headers: list[str], sample_rows: list[tuple] = ()) -> Mapping:
    columns: dict[str, str] = {}
    for header in headers:
        target = _SYNONYMS.get(fold(header))
        if target and target not in columns.values():
            columns[header] = target
    return Mapping(columns=columns)


def check_mapping(mapping: Mapping, headers: list[str]) -> None:
    required = {name: f"Map a column to {name}" for name in REQUIRED}
    raise_problems(mapping_problems(mapping, headers, TARGETS.__contains__, required))


# ---------------------------------------------------------------- one row


@dataclass
class AccountRow:
    number: int  # the row as a spreadsheet shows it
    values: dict


def _text(value: Any) -> str:
    """Identifiers as text: a spreadsheet number back to its digits, never a float."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise Bad("INVALID_TYPE", "Expected text; format the column as text")
    return clean_text(str(value))


def _account_number(value: Any) -> str:
    text = re.sub(r"[\s-]", "", _text(value)).upper()
    if not _ACCOUNT_NUMBER.fullmatch(text):
        raise Bad("INVALID_FORMAT", "An account number is 6 to 34 letters or digits")
    return text


def _signed_amount(value: Any, currency: str) -> Decimal:
    """A balance may be negative (an overdrawn or a loan account)."""
    if isinstance(value, str) and value.strip().startswith("-"):
        return -parse_amount(value.strip()[1:], currency)
    if isinstance(value, int | float | Decimal) and value < 0:
        return -parse_amount(-value, currency)
    return parse_amount(value, currency)


def _no_breaks(_target: str) -> bool:
    """No cell of an account row holds a line break."""
    return False


def _opening(value: Any, day_first: bool | None) -> dt.date:
    date = parse_date(value, day_first)
    if date > dt.date.today():
        raise Bad("INVALID_DATE", "The opening date is in the future")
    return date


class _Reader:
    def __init__(self, headers, mapping: Mapping, options, products) -> None:
        self.columns = [
            (i, mapping.columns[h])
            for i, h in enumerate(headers)
            if h in mapping.columns
        ]
        self.column_of = {t: h for h, t in mapping.columns.items()}
        self.defaults = mapping.defaults
        self.day_first = options.rules.day_first
        self.products = products
        self.width: int | None = None  # the cells a row must have (CSV)

    def problem(self, row: int, target: str, value, code: str, message: str):
        column = self.column_of.get(target)
        return cell_problem(row, column, target, value, code, message)

    def read(self, number: int, cells: tuple, problems: list) -> AccountRow | None:
        raw = dict(self.defaults)
        for index, target in self.columns:
            value = cells[index] if index < len(cells) else None
            if value.__class__ is str:  # an UncachedFormula stays one, for _values
                value = value.strip()
            if value not in (None, ""):
                raw[target] = value
        # As a customer row: a row whose cells shifted or ran over lines is bad.
        bad = shape_problems(number, cells, self.width, self.columns, self.problem,
                             _no_breaks)  # fmt: skip
        values = self._values(number, raw, bad)
        problems.extend(bad)
        return None if bad else AccountRow(number, values)

    def _values(self, number: int, raw: dict, bad: list) -> dict:
        values: dict[str, Any] = {}

        def take(target: str, parse) -> None:
            if target not in raw:
                if target in REQUIRED:
                    bad.append(
                        self.problem(
                            number, target, None, "REQUIRED", "A value is required"
                        )
                    )
                return
            value = raw[target]
            if isinstance(value, UncachedFormula):
                bad.append(self.problem(number, target, value, *FORMULA_WITHOUT_VALUE))
                return
            try:
                values[target] = parse(value)
            except Bad as error:
                bad.append(
                    self.problem(number, target, value, error.code, error.message)
                )

        take("customer_no", lambda v: _text(v).upper())
        take("number", _account_number)
        take("product_code", self._product)
        product = self.products.get(values.get("product_code"))
        default_currency = product.currency if product else "CNY"
        take("currency", parse_currency)
        currency = values.setdefault("currency", default_currency)
        take("opened_on", lambda v: _opening(v, self.day_first))
        take("closed_on", lambda v: parse_date(v, self.day_first))
        take("balance", lambda v: _signed_amount(v, currency))
        take("credit_limit", lambda v: parse_amount(v, currency))
        take("status", lambda v: parse_choice(AccountStatus, v))
        self._cross(number, values, raw, bad)
        return values

    def _product(self, value: Any) -> str:
        code = _text(value).upper()
        if code not in self.products:
            raise Bad("UNKNOWN_PRODUCT", "No product has this code")
        return code

    def _cross(self, number: int, values: dict, raw: dict, bad: list) -> None:
        opened, closed = values.get("opened_on"), values.get("closed_on")
        if opened and closed and closed < opened:
            bad.append(
                self.problem(
                    number,
                    "closed_on",
                    raw["closed_on"],
                    "INVALID_DATE",
                    "Closed before it was opened",
                )
            )


# ---------------------------------------------------------------- one import


class _AccountImport:
    def __init__(self, actor, reader: _Reader, report: ImportReport) -> None:
        self.actor = actor
        self.reader = reader
        self.report = report
        self.seen: dict[str, int] = {}
        self.pending: list[Account] = []

    async def chunk(self, rows: list[tuple[int, tuple]], conn) -> None:
        read = []
        for number, cells in rows:
            if not cells_filled(cells):
                continue
            self.report.total_rows += 1
            row = self.reader.read(number, cells, self.report.problems)
            if row and self._first(row):
                read.append(row)
        self.report.valid_rows += len(read)
        customers = await self._customers(read, conn)
        existing = await self._existing(read, conn)
        for row in read:
            self._place(row, customers, existing)

    def _first(self, row: AccountRow) -> bool:
        account = row.values["number"]
        if other := self.seen.get(account):
            self.report.problems.append(
                self.reader.problem(
                    row.number,
                    "number",
                    account,
                    "DUPLICATE_IN_FILE",
                    f"The same account is on row {other}",
                )
            )
            return False
        self.seen[account] = row.number
        return True

    async def _customers(self, rows: list[AccountRow], conn) -> dict[str, Customer]:
        numbers = list({r.values["customer_no"] for r in rows})
        query = Customer.filter(customer_no__in=numbers, archived_at=None)
        if self.actor.branch_id is not None:
            query = query.filter(branch_id=self.actor.branch_id)
        return {c.customer_no: c for c in await query.using_db(conn)}

    async def _existing(self, rows: list[AccountRow], conn) -> dict[str, int]:
        numbers = [r.values["number"] for r in rows]
        found = Account.filter(number__in=numbers).using_db(conn)
        return dict(await found.values_list("number", "customer_id"))

    def _place(self, row: AccountRow, customers: dict, existing: dict) -> None:
        values = row.values
        customer = customers.get(values["customer_no"])
        if customer is None:
            message = "No customer in your scope has this number"
            self.report.problems.append(
                self.reader.problem(
                    row.number,
                    "customer_no",
                    values["customer_no"],
                    "UNKNOWN_CUSTOMER",
                    message,
                )
            )
            return
        owner = existing.get(values["number"])
        if owner is not None and owner != customer.id:
            self.report.problems.append(
                self.reader.problem(
                    row.number,
                    "number",
                    values["number"],
                    "ACCOUNT_OF_ANOTHER_CUSTOMER",
                    "The account number belongs to another customer",
                )
            )
            return
        outcome = RowOutcome(
            row.number, RowAction.CREATE, customer.id, customer.customer_no
        )
        if owner is not None:
            self.report.existing_rows += 1
            outcome.action = RowAction.SKIP
        else:
            self.pending.append(self._account(customer, values))
        self.report.outcomes.append(outcome)

    def _account(self, customer: Customer, values: dict) -> Account:
        return Account(
            customer_id=customer.id,
            product_id=self.reader.products[values["product_code"]].id,
            number=values["number"],
            currency=values["currency"],
            balance=values.get("balance", Decimal(0)),
            credit_limit=values.get("credit_limit"),
            opened_on=values["opened_on"],
            closed_on=values.get("closed_on"),
            status=values.get("status", AccountStatus.ACTIVE),
        )


async def check_accounts(
    actor,
    data,
    file_name,
    mapping,
    options=ImportOptions(),
    progress: ProgressCallback | None = None,
) -> ImportReport:
    """Dry run: every bad cell, and nothing written but the job."""
    return await _run(actor, data, file_name, mapping, options, progress, write=False)


async def import_accounts(
    actor,
    data,
    file_name,
    mapping,
    options=ImportOptions(),
    progress: ProgressCallback | None = None,
) -> ImportReport:
    """Commit: every account in one transaction, or none when any cell is bad;
    with ``CommitMode.VALID_ROWS_ONLY`` the good ones, and the rest reported."""
    return await _run(actor, data, file_name, mapping, options, progress, write=True)


async def _run(actor: Actor, data, file_name, mapping, options, progress, *, write):
    require_import(actor)
    with await read_table_apart(
        data, file_name, options.sheet, options.encoding
    ) as table:
        return await _run_table(actor, table, file_name, mapping, options, progress,
                                write=write)  # fmt: skip


async def _run_table(actor, table, file_name, mapping, options, progress, *, write):
    check_mapping(mapping, table.headers)
    if write:
        require_mapped(mapping, table.headers)
    products = {p.code.upper(): p for p in await Product.all()}
    job = await ImportJob.create(
        entity=ENTITY,
        file_name=file_name[:255],
        file_sha256=table.sha256,
        dry_run=not write,
        status=ImportStatus.RUNNING,
        created_by=actor.subject,
    )
    report = ImportReport(job.id, dry_run=not write, status=ImportStatus.RUNNING)
    note_columns(report, mapping, table.headers)
    reader = _Reader(table.headers, mapping, options, products)
    if table.exact_width:
        reader.width = len(table.headers)
    work = _AccountImport(actor, reader, report)
    status = ImportStatus.FAILED
    outside = contextvars.copy_context()  # progress is told outside the transaction
    try:
        async with in_transaction() as conn:
            await _pass(work, table, conn, (progress, outside), write)
            decided = _status(report, write, options.commit, len(work.pending))
            if write and decided is ImportStatus.COMMITTED:
                await _write(work, job.id, mapping, options.commit, conn)
        status = decided  # a write that failed leaves the job marked failed
    finally:
        report.commit_mode = options.commit
        await _finish(job, report, status, (progress, outside))
    return report


async def _write(work: _AccountImport, job_id: int, mapping, mode, conn) -> None:
    """The pending accounts and the batch's audit event, in the transaction."""
    await Account.bulk_create(work.pending, batch_size=1000, using_db=conn)
    fields = sorted({*mapping.columns.values(), *mapping.defaults})
    skipped = len({p.row for p in work.report.problems})
    details = commit_details(mode, len(work.pending), 0, skipped)
    await audit.record(
        work.actor, "account.import", "ImportJob", job_id, fields, conn=conn,
        details=details,
    )  # fmt: skip
    work.report.created_rows = len(work.pending)


async def _pass(work: _AccountImport, table, conn, progress, write: bool) -> None:
    # The file is parsed a chunk at a time in a worker thread, not on the loop.
    number = 2
    while cells := await next_rows(table.rows, CHUNK):
        chunk = list(enumerate(cells, start=number))
        number += len(cells)
        await work.chunk(chunk, conn)
        if len(cells) == CHUNK:
            phase = "write" if write else "check"
            update = Progress(phase, work.report.total_rows, table.estimated_rows)
            await _tell(progress, update)


def _status(report: ImportReport, write: bool, mode, pending: int) -> ImportStatus:
    """All or nothing refuses on any problem; valid rows only, when rows were left
    out and not one is left to write."""
    if not write:
        return ImportStatus.CHECKED
    if not report.problems:
        return ImportStatus.COMMITTED
    if mode is CommitMode.VALID_ROWS_ONLY and pending:
        return ImportStatus.COMMITTED
    return ImportStatus.REFUSED


async def _tell(progress: tuple, update: Progress) -> None:
    callback, outside = progress
    await tell(callback, update, outside)


async def _finish(job: ImportJob, report: ImportReport, status, progress) -> None:
    report.status = status
    report.skipped = skipped_rows(report.problems)
    report.skipped_rows = len(report.skipped)
    report.written_rows = report.created_rows
    report.outcomes = sorted(report.outcomes, key=lambda o: o.row)[:5000]
    job.status = status
    job.total_rows = report.total_rows
    job.created_rows = report.created_rows
    job.existing_rows = report.existing_rows
    job.problem_count = len(report.problems)
    job.report = {
        "problems": [vars(p) for p in report.problems[:1000]],
        "commit_mode": report.commit_mode.value,
        "written_rows": report.written_rows,
        "skipped_rows": report.skipped_rows,
        "skipped": [vars(s) for s in report.skipped[:1000]],
        "unmapped_columns": report.unmapped_columns,
        "ignored_columns": report.ignored_columns,
    }
    job.finished_at = dt.datetime.now(dt.UTC)
    await job.save()
    await _tell(progress, Progress("done", report.total_rows, report.total_rows))
