"""Export of customer rows to CSV and XLSX.

``write_csv``/``write_xlsx`` take the rows a caller may show (as dicts) and apply the
caller's ``mask(field, value)``; ``export_customers`` is that caller for customer
lists, with the masking rule of the actor's permissions.

A spreadsheet treats a cell that begins with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return as a formula, which a crafted name or address could abuse. In CSV
such text gets a leading apostrophe, except a cell that is exactly ``+`` and
digits (an E.164 phone number): Excel and LibreOffice read that as a number, which
can neither call a function nor refer to a cell. In XLSX the text is written as a
string cell with Excel's quote prefix (the stored apostrophe that is not part of
the value), so the value reads back unchanged and is never evaluated, even after
an edit. Strings are always string cells there with the text number format, so
``080517577551`` keeps its leading zero.

Times are UTC: in CSV as ISO 8601 with the offset, to the second
(``2026-01-02T03:30:00+00:00``); in XLSX, which has no time zones, as the UTC
date and time.
"""

from __future__ import annotations

import asyncio
import csv
import datetime as dt
import io
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from typing import Any, BinaryIO

from cims.domain import audit, customers, masking, segments
from cims.domain.actor import Actor
from cims.domain.crypto import PERSONAL_FIELDS, KeyRing, keyring, open_fields
from cims.domain.errors import PermissionDenied, ValidationFailed
from cims.models import Branch, Customer

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
XLSX_MAX_ROWS = 1_048_576  # per sheet, header included
# Rows a writer handles between two turns of the event loop (cims.domain.exporting
# .export_customers): about 15 ms of XLSX writing here, 2 ms of CSV.
STEP_ROWS = 50
TEXT_FORMAT = "@"
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm:ss"

Mask = Callable[[str, Any], Any]


def is_formula_like(text: str) -> bool:
    return text.startswith(FORMULA_PREFIXES)


# "+" and ASCII digits only: a spreadsheet makes it a number, never a formula.
_SIGNED_DIGITS = re.compile(r"\+[0-9]+")


def neutralise(text: str) -> str:
    """Text a spreadsheet will show as text, never run as a formula."""
    if is_formula_like(text) and not _SIGNED_DIGITS.fullmatch(text):
        return "'" + text
    return text


def _plain(value: Any) -> Any:
    """A value a spreadsheet cell can hold: enums, lists and objects as text."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list | tuple):
        return ", ".join(str(_plain(item)) for item in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    if isinstance(value, dt.datetime):
        return _utc(value)
    return value


def _utc(moment: dt.datetime) -> dt.datetime:
    # Stored times are UTC; one without a zone is taken as such. Exported to the
    # second: microseconds are the database's, not anything a person recorded.
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC).replace(microsecond=0)


def _values(row: dict, columns: Sequence[str], mask: Mask | None) -> list[Any]:
    values = [row.get(column) for column in columns]
    if mask is not None:
        values = [
            mask(column, value) for column, value in zip(columns, values, strict=True)
        ]
    return [_plain(value) for value in values]


def _header(columns: Sequence[str], labels: Mapping[str, str] | None) -> list[str]:
    labels = labels or {}
    return [neutralise(labels.get(column, column)) for column in columns]


# ---------------------------------------------------------------- CSV


def _csv_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return neutralise(value)
    return str(value)  # numbers cannot become formulas


def write_csv(
    rows: Iterable[dict],
    columns: Sequence[str],
    out: BinaryIO,
    *,
    mask: Mask | None = None,
    labels: Mapping[str, str] | None = None,
    bom: bool = True,
) -> int:
    """Write rows as UTF-8 CSV (with a BOM, which Excel needs to read UTF-8).

    Returns the number of data rows written.
    """
    return _finish(_csv_steps(rows, columns, out, mask, labels, bom))


def _csv_steps(
    rows: Iterable[dict],
    columns: Sequence[str],
    out: BinaryIO,
    mask: Mask | None,
    labels: Mapping[str, str] | None,
    bom: bool = True,
) -> Iterator[None]:
    """``write_csv`` in steps of ``STEP_ROWS`` rows; returns the row count."""
    text = io.TextIOWrapper(out, encoding="utf-8-sig" if bom else "utf-8", newline="")
    writer = csv.writer(text)
    writer.writerow(_header(columns, labels))
    count = 0
    for row in rows:
        writer.writerow([_csv_text(v) for v in _values(row, columns, mask)])
        count += 1
        if count % STEP_ROWS == 0:
            yield
    text.flush()
    text.detach()  # leave ``out`` open for the caller
    return count


def export_csv(rows: Iterable[dict], columns: Sequence[str], **options) -> bytes:
    out = io.BytesIO()
    write_csv(rows, columns, out, **options)
    return out.getvalue()


# ---------------------------------------------------------------- XLSX


def write_xlsx(
    rows: Iterable[dict],
    columns: Sequence[str],
    out: BinaryIO,
    *,
    mask: Mask | None = None,
    labels: Mapping[str, str] | None = None,
    title: str = "Customers",
) -> int:
    """Write rows as an XLSX workbook, streaming; a new sheet every million rows.

    Returns the number of data rows written.
    """
    return _finish(_xlsx_steps(rows, columns, out, mask, labels, title))


def _xlsx_steps(
    rows: Iterable[dict],
    columns: Sequence[str],
    out: BinaryIO,
    mask: Mask | None,
    labels: Mapping[str, str] | None,
    title: str = "Customers",
) -> Iterator[None]:
    """``write_xlsx`` in steps of ``STEP_ROWS`` rows; returns the row count."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    header = _header(columns, labels)
    sheet, used, count = None, XLSX_MAX_ROWS, 0
    for row in rows:
        if used >= XLSX_MAX_ROWS:
            sheet = _new_sheet(book, title, header)
            used = 1
        sheet.append([_xlsx_cell(sheet, v) for v in _values(row, columns, mask)])
        used += 1
        count += 1
        if count % STEP_ROWS == 0:
            yield
    if sheet is None:
        _new_sheet(book, title, header)
    book.save(out)
    return count


def _finish(steps: Iterator[None]) -> int:
    """Run a writer's steps at once; the row count it returns."""
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return done.value


async def _finish_cooperatively(steps: Iterator[None]) -> int:
    """Run a writer's steps, letting the event loop serve others between them."""
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return done.value
        await asyncio.sleep(0)


def _new_sheet(book, title: str, header: list[str]):
    number = len(book.worksheets) + 1
    sheet = book.create_sheet(title if number == 1 else f"{title} {number}")
    sheet.append([_xlsx_cell(sheet, label) for label in header])
    return sheet


def _xlsx_cell(sheet, value: Any):
    from openpyxl.cell import WriteOnlyCell

    if isinstance(value, dt.datetime):
        value = value.replace(tzinfo=None)  # Excel has no zones: the UTC wall time
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str):
        # openpyxl takes text beginning with "=" for a formula; say it is a string.
        cell.data_type = "s"
        cell.number_format = TEXT_FORMAT
        cell.quotePrefix = is_formula_like(value)
    elif isinstance(value, dt.datetime):
        cell.number_format = DATETIME_FORMAT
    elif isinstance(value, dt.date):
        cell.number_format = DATE_FORMAT
    elif isinstance(value, Decimal):
        cell.number_format = "0.00"
    return cell


def export_xlsx(rows: Iterable[dict], columns: Sequence[str], **options) -> bytes:
    out = io.BytesIO()
    write_xlsx(rows, columns, out, **options)
    return out.getvalue()


# ---------------------------------------------------------------- customer lists

EXPORT = "customer.export"
PII_READ = "customer.pii.read"
FINANCIAL_READ = "customer.financial.read"
MAX_EXPORT_ROWS = 200_000
CUSTOMER_COLUMNS = (
    "customer_no", "kind", "full_name", "name_latin", "gender", "birth_date",
    "nationality", "id_type", "id_number", "mobile_phone", "email", "address",
    "occupation", "employer", "marital_status", "status", "kyc_status", "tags",
    "branch_code", "relationship_manager", "currency", "annual_income", "assets",
    "liabilities", "created_at",
)  # fmt: skip
FINANCIAL_COLUMNS = frozenset({"annual_income", "assets", "liabilities"})
# Masked without customer.pii.read: the sealed fields and the birth date (which the
# masked ID number hides too).
MASKED_COLUMNS = frozenset({*PERSONAL_FIELDS, "birth_date"})
CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


@dataclass(frozen=True)
class ExportFile:
    file_name: str
    content_type: str
    content: bytes
    rows: int


def export_columns(actor: Actor) -> list[str]:
    """The columns the actor may take away: money only with the financial right."""
    financial = actor.can(FINANCIAL_READ)
    return [c for c in CUSTOMER_COLUMNS if financial or c not in FINANCIAL_COLUMNS]


async def export_customers(
    actor: Actor, query: customers.CustomerQuery, file_format: str
) -> ExportFile:
    """The customers ``query`` finds, as CSV or XLSX, masked per the actor's rights.

    Personal values are masked unless the actor holds ``customer.pii.read``; the
    export is audited with its columns, in clear or not.
    """
    if not actor.can(EXPORT):
        raise PermissionDenied(EXPORT)
    if file_format not in CONTENT_TYPES:
        raise ValidationFailed.one("format", "INVALID_CHOICE", "Use csv or xlsx")
    found, branches = await _customers(actor, query)
    columns = export_columns(actor)
    mask = None if actor.can(PII_READ) else _mask_personal
    steps = _csv_steps if file_format == "csv" else _xlsx_steps
    # Opening every sealed value and writing the file take seconds of CPU for a
    # large list (XLSX: 3.7 s for the 11,454 demo customers here), nearly all of it
    # pure Python: a worker thread would hold the GIL and starve the loop just the
    # same. The writer runs in steps of STEP_ROWS rows instead, and the loop serves
    # other requests between two steps.
    ring = keyring()  # once: finding the key file costs more than a decryption
    rows = (_row_of(row, branches, ring) for row in found)
    out = io.BytesIO()
    await _finish_cooperatively(steps(rows, columns, out, mask, None))
    content = out.getvalue()
    fields = [c if mask is None or c not in MASKED_COLUMNS else f"{c}:masked"
              for c in columns]  # fmt: skip
    await audit.record(actor, "customer.export", "Customer", None, fields)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
    name = f"customers-{stamp}.{file_format}"
    return ExportFile(name, CONTENT_TYPES[file_format], content, len(found))


def _mask_personal(column: str, value: Any) -> Any:
    return masking.mask(column, value) if column in MASKED_COLUMNS else value


async def _customers(
    actor: Actor, query: customers.CustomerQuery
) -> tuple[list[Customer], dict[int, str]]:
    """The customers to export and the branch codes by ID."""
    await segments.require_usable(actor, query.segment_id)
    found = customers.search(actor, query).order_by("customer_no", "id")
    rows = await found.limit(MAX_EXPORT_ROWS + 1)
    if len(rows) > MAX_EXPORT_ROWS:
        message = f"At most {MAX_EXPORT_ROWS} customers; narrow the filter"
        raise ValidationFailed.one("filter", "TOO_MANY_ROWS", message)
    return rows, dict(await Branch.all().values_list("id", "code"))


def _row_of(row, branches: dict[int, str], ring: KeyRing) -> dict:
    values = {name: getattr(row, name, None) for name in CUSTOMER_COLUMNS}
    values.update(open_fields(row, ring=ring))
    values["branch_code"] = branches.get(row.branch_id)
    return values
