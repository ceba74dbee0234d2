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
from enum import Enum, StrEnum
from typing import Any, BinaryIO

from tortoise.queryset import QuerySet

from cims.config import get_settings
from cims.domain import audit, consent, customers, masking, segments
from cims.domain.actor import Actor
from cims.domain.crypto import PERSONAL_FIELDS, KeyRing, keyring, open_fields
from cims.domain.errors import (
    ExportTooLarge,
    FieldProblem,
    PermissionDenied,
    ValidationFailed,
)
from cims.domain.inputs import text_problem
from cims.models import Branch, Customer
from cims.models.records import ConsentPurpose

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
PURPOSE_TEXT_MAX = 200
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
# What the audit trail keeps of a search text: the text may be a name, a phone or
# an ID number, so only that there was one.
WITHHELD = "[withheld]"


class ExportPurpose(StrEnum):
    """Why staff take a customer list away; OTHER takes a short text saying why."""

    MARKETING_CAMPAIGN = "marketing_campaign"  # only customers with marketing consent
    REGULATORY_REPORT = "regulatory_report"
    DATA_QUALITY_REVIEW = "data_quality_review"
    CUSTOMER_SERVICE = "customer_service"
    OTHER = "other"


# The consent a purpose takes: its list holds only the customers who gave it.
PURPOSE_CONSENT = {ExportPurpose.MARKETING_CAMPAIGN: ConsentPurpose.MARKETING}


@dataclass(frozen=True)
class Purpose:
    code: ExportPurpose
    text: str | None = None


@dataclass(frozen=True)
class ExportFile:
    file_name: str
    content_type: str
    content: bytes
    rows: int


@dataclass(frozen=True)
class ExportPlan:
    """What an export would be, before it is made: the rows it would carry, whether
    personal data would be in clear, and the limits that apply."""

    rows: int
    personal_in_clear: bool
    clear_row_limit: int
    max_rows: int = MAX_EXPORT_ROWS

    @property
    def allowed(self) -> bool:
        too_large = self.personal_in_clear and self.rows > self.clear_row_limit
        return not too_large and self.rows <= self.max_rows


def clear_row_limit() -> int:
    """Rows an export may carry with personal data in clear
    (``CIMS_EXPORT_CLEAR_MAX_ROWS``, 1,000 by default)."""
    return get_settings().export_clear_max_rows


def check_purpose(code: ExportPurpose | str | None, text: str | None) -> Purpose:
    """The purpose of an export, checked: a code of ``ExportPurpose``; a short text,
    required for OTHER and optional beside the others, with the rule of every
    service text (no control or direction characters)."""
    problems: list[FieldProblem] = []
    purpose = _purpose_code(code)
    if isinstance(purpose, FieldProblem):
        problems.append(purpose)
    given = text is not None and text.strip() != ""
    needed = purpose is ExportPurpose.OTHER or given
    if needed and (problem := text_problem(text, "purpose_text", PURPOSE_TEXT_MAX)):
        problems.append(problem)
    if problems:
        raise ValidationFailed(problems)
    return Purpose(purpose, text.strip() if given else None)


def _purpose_code(code: ExportPurpose | str | None) -> ExportPurpose | FieldProblem:
    if code is None or code == "":
        return FieldProblem("purpose", "REQUIRED", "Say what the export is for")
    try:
        return ExportPurpose(code)
    except ValueError:
        choices = ", ".join(p.name for p in ExportPurpose)
        return FieldProblem("purpose", "INVALID_CHOICE", f"Choose one of: {choices}")


def export_columns(actor: Actor) -> list[str]:
    """The columns the actor may take away: money only with the financial right."""
    financial = actor.can(FINANCIAL_READ)
    return [c for c in CUSTOMER_COLUMNS if financial or c not in FINANCIAL_COLUMNS]


def personal_in_clear(actor: Actor, masked: bool = False) -> bool:
    """Whether an export by ``actor`` carries personal data in clear: only with
    ``customer.pii.read``, and not when the actor asks for it masked."""
    return actor.can(PII_READ) and not masked


async def plan_export(
    actor: Actor,
    query: customers.CustomerQuery,
    *,
    purpose: ExportPurpose | str | None = None,
    masked: bool = False,
) -> ExportPlan:
    """What ``export_customers`` would take away for this filter and purpose (the
    purpose's consent applied); nothing is exported or audited."""
    _require_export(actor)
    code = None if purpose in (None, "") else _purpose_code(purpose)
    if isinstance(code, FieldProblem):
        raise ValidationFailed([code])
    found = await _search(actor, query, code)
    return ExportPlan(
        rows=await found.count(),
        personal_in_clear=personal_in_clear(actor, masked),
        clear_row_limit=clear_row_limit(),
    )


async def export_customers(
    actor: Actor,
    query: customers.CustomerQuery,
    file_format: str,
    *,
    purpose: ExportPurpose | str | None = None,
    purpose_text: str | None = None,
    masked: bool = False,
) -> ExportFile:
    """The customers ``query`` finds, as CSV or XLSX, masked per the actor's rights.

    Every export names its purpose (``check_purpose``); MARKETING_CAMPAIGN takes
    only customers whose marketing consent is in force. Personal values are masked
    unless the actor holds ``customer.pii.read`` and does not ask for ``masked``;
    in clear, more rows than ``clear_row_limit()`` are refused (``ExportTooLarge``,
    audited as ``customer.export.refused``): a bulk list in clear is what a leak
    takes, and a masked one serves most purposes. The export is audited with its
    columns (in clear or not) and its scope: purpose, filter (field names and
    non-personal values; a search text only as there being one), format and rows.
    """
    _require_export(actor)
    problems = []
    if file_format not in CONTENT_TYPES:
        problems.append(FieldProblem("format", "INVALID_CHOICE", "Use csv or xlsx"))
    try:
        reason = check_purpose(purpose, purpose_text)
    except ValidationFailed as failed:
        problems += failed.problems
    if problems:
        raise ValidationFailed(problems)
    clear = personal_in_clear(actor, masked)
    found = await _search(actor, query, reason.code)
    limit = clear_row_limit()
    details = {
        "purpose": reason.code.value,
        "format": file_format,
        "personal": "clear" if clear else "masked",
        "clear_row_limit": limit,
        "filter": filter_details(query, reason.code),
    }
    if reason.text is not None:
        details["purpose_text"] = reason.text
    if actor.branch_id is not None:  # the list is the branch's, whatever the filter
        details["scope_branch_id"] = actor.branch_id
    # Counted first, so that a list far too large is refused without loading it;
    # checked again on the rows loaded, which customers created since may have grown.
    if clear:
        await _refuse_above(actor, limit, await found.count(), details)
    rows_found, branches = await _customers(found)
    if clear:
        await _refuse_above(actor, limit, len(rows_found), details)
    columns = export_columns(actor)
    mask = None if clear else _mask_personal
    steps = _csv_steps if file_format == "csv" else _xlsx_steps
    # Opening every sealed value and writing the file take seconds of CPU for a
    # large list (XLSX: 3.7 s for the 11,454 demo customers here), nearly all of it
    # pure Python: a worker thread would hold the GIL and starve the loop just the
    # same. The writer runs in steps of STEP_ROWS rows instead, and the loop serves
    # other requests between two steps.
    ring = keyring()  # once: finding the key file costs more than a decryption
    rows = (_row_of(row, branches, ring) for row in rows_found)
    out = io.BytesIO()
    await _finish_cooperatively(steps(rows, columns, out, mask, None))
    content = out.getvalue()
    fields = [c if mask is None or c not in MASKED_COLUMNS else f"{c}:masked"
              for c in columns]  # fmt: skip
    details["rows"] = len(rows_found)
    await audit.record(
        actor, "customer.export", "Customer", None, fields, details=details
    )
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
    name = f"customers-{stamp}.{file_format}"
    return ExportFile(name, CONTENT_TYPES[file_format], content, len(rows_found))


async def _refuse_above(actor: Actor, limit: int, rows: int, details: dict) -> None:
    """Refuse (and audit the refusal of) an export in clear of more than ``limit``."""
    if rows > limit:
        details = {**details, "rows": rows}
        await audit.record(
            actor, "customer.export.refused", "Customer", None, details=details
        )
        raise ExportTooLarge(rows, limit)


def filter_details(
    query: customers.CustomerQuery, purpose: ExportPurpose | None = None
) -> dict:
    """The filter of an export as the audit trail keeps it: field names and values
    that say nothing about a person (statuses, KYC states, kind, branch and segment IDs,
    consent). A search text may be a name, phone, ID number or e-mail: kept only as
    ``WITHHELD``."""
    found: dict[str, Any] = {"archived": bool(query.archived)}
    if query.text and query.text.strip():
        found["text"] = WITHHELD
    if query.statuses:
        found["statuses"] = sorted(_code(s) for s in query.statuses)
    if query.kyc_statuses:
        found["kyc_statuses"] = sorted(_code(s) for s in query.kyc_statuses)
    if query.kind:
        found["kind"] = _code(query.kind)
    if query.branch_id is not None:
        found["branch_id"] = query.branch_id
    if query.segment_id is not None:
        found["segment_id"] = query.segment_id
    if query.complete is not None:
        found["complete"] = query.complete
    consents = {_code(query.consent_granted)} if query.consent_granted else set()
    if purpose in PURPOSE_CONSENT:
        consents.add(_code(PURPOSE_CONSENT[purpose]))
    if consents:
        found["consent_granted"] = sorted(consents)
    return found


def _code(value: Any) -> str:
    return str(value.value if isinstance(value, Enum) else value)


def _require_export(actor: Actor) -> None:
    if not actor.can(EXPORT):
        raise PermissionDenied(EXPORT)


def _mask_personal(column: str, value: Any) -> Any:
    return masking.mask(column, value) if column in MASKED_COLUMNS else value


async def _search(
    actor: Actor, query: customers.CustomerQuery, purpose: ExportPurpose | None
) -> QuerySet[Customer]:
    """The customers to export, in a stable order: the filter's, and the consent
    the purpose takes (beside any consent the filter names)."""
    await segments.require_usable(actor, query.segment_id)
    found = customers.search(actor, query)
    needed = PURPOSE_CONSENT.get(purpose) if purpose else None
    if needed is not None and query.consent_granted != needed:
        found = found.filter(consent.granted_condition(needed))
    return found.order_by("customer_no", "id")


async def _customers(
    found: QuerySet[Customer],
) -> tuple[list[Customer], dict[int, str]]:
    """The customers to export and the branch codes by ID."""
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
