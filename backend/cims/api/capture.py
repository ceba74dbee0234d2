"""Capture quality in the graph: duplicate review and merge, import, export.

Imports arrive as GraphQL multipart requests (``Upload``); exports leave as base64
content in the mutation's answer, so no download link exists that could leak.
"""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
from collections.abc import AsyncGenerator
from enum import Enum
from typing import Annotated

import strawberry
from strawberry.file_uploads import Upload
from strawberry.scalars import JSON

from cims.api.connection import guard
from cims.api.customers import CustomerFilter, _query
from cims.api.errors import (
    ConflictError,
    ExportTooLargeError,
    FieldError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
    to_graphql,
)
from cims.api.ids import pk_of, to_global_id
from cims.api.pagination import Connection, Order, slice_connection
from cims.api.permissions import requires
from cims.api.types import Customer, CustomerKind, Node
from cims.domain import account_import, duplicates, events, exporting, importing
from cims.domain.errors import DomainError, FieldProblem, NotFound, ValidationFailed
from cims.models import ImportStatus as ImportStatusRow

WRITE = "customer.write"
ImportStatus = strawberry.enum(ImportStatusRow, name="ImportStatus")
ImportMode = strawberry.enum(
    importing.ImportMode,
    name="ImportMode",
    description="What a row matching a customer (same number or ID) does.",
)
ImportRowAction = strawberry.enum(importing.RowAction, name="ImportRowAction")
ImportCommitMode = strawberry.enum(
    importing.CommitMode,
    name="ImportCommitMode",
    description="All rows or none when any cell is bad, or the valid rows only.",
)


@strawberry.enum(description="What the rows of a file are.")
class ImportEntity(Enum):
    CUSTOMER = "customer"
    ACCOUNT = "account"


async def _customer(info: strawberry.Info, customer_id: int | None) -> Customer | None:
    if customer_id is None:
        return None
    row = await info.context.loaders.customer.load(customer_id)
    return Customer.from_row(row) if row else None


# ---------------------------------------------------------------- duplicates


@strawberry.type(description="Two customers who are likely one person.")
class DuplicatePair:
    first_id: strawberry.Private[int]
    second_id: strawberry.Private[int]
    score: float
    reasons: list[str]

    @strawberry.field
    async def first(self, info: strawberry.Info) -> Customer | None:
        return await _customer(info, self.first_id)

    @strawberry.field
    async def second(self, info: strawberry.Info) -> Customer | None:
        return await _customer(info, self.second_id)

    @classmethod
    def from_pair(cls, pair: duplicates.Pair) -> DuplicatePair:
        return cls(
            first_id=pair.a,
            second_id=pair.b,
            score=pair.score,
            reasons=list(pair.reasons),
        )


PAIR_ORDER = Order((("score", True), ("a", False), ("b", False)))


@strawberry.input
class MergeCustomersInput:
    survivor_id: strawberry.ID
    other_id: strawberry.ID
    survivor_version: int
    other_version: int
    take_from_other: list[str] = strawberry.field(
        default_factory=list,
        description="Fields (fullName, mobilePhone, ...) whose value the survivor "
        "takes from the other customer although it has its own.",
    )


def _snake(name: str) -> str:
    return "".join(f"_{ch.lower()}" if ch.isupper() else ch for ch in name)


MergeCustomersPayload = Annotated[
    Customer | ValidationError | NotFoundError | ConflictError | PermissionDeniedError,
    strawberry.union("MergeCustomersPayload"),
]


# ---------------------------------------------------------------- import


@strawberry.type
class ColumnMapping:
    column: str
    target: str | None


@strawberry.input
class ColumnMappingInput:
    column: str
    target: str | None = None


@strawberry.input
class ImportFileInput:
    file: Upload
    mapping: list[ColumnMappingInput] | None = strawberry.field(
        default=None, description="Column -> field; the suggested mapping when absent."
    )
    code_lists: JSON | None = strawberry.field(
        default=None, description='Per field, code -> value: {"gender": {"1": "male"}}'
    )
    defaults: JSON | None = strawberry.field(
        default=None, description="Field -> value for every row."
    )
    template: str | None = strawberry.field(
        default=None, description="A saved mapping; mapping given here overrides it."
    )
    ignored_columns: list[str] | None = strawberry.field(
        default=None,
        description="Columns left out on purpose. A commit is refused "
        "(UNMAPPED_COLUMN) while a column is neither mapped nor ignored; with "
        "mapping given, these replace the template's ignored columns.",
    )
    branch_id: strawberry.ID | None = None
    kind: CustomerKind = CustomerKind.INDIVIDUAL
    sheet: str | None = None
    encoding: str | None = strawberry.field(
        default=None,
        description="A CSV file's encoding (utf-8, utf-16, gb18030, gbk, big5, cp1252, "
        "latin-1); detected when absent, refused as AMBIGUOUS_ENCODING when unclear.",
    )
    mode: ImportMode = importing.ImportMode.CREATE
    entity: ImportEntity = ImportEntity.CUSTOMER
    progress_key: str | None = strawberry.field(
        default=None,
        description="A key the client chose; importProgress(key:) follows this run.",
    )


@strawberry.input
class PreviewImportInput(ImportFileInput):
    pass


@strawberry.input
class CommitImportInput(ImportFileInput):
    commit_mode: ImportCommitMode = strawberry.field(
        default=importing.CommitMode.ALL_OR_NOTHING,
        description="VALID_ROWS_ONLY writes the good rows and reports the others.",
    )
    confirm_duplicates: bool = strawberry.field(
        default=False,
        description="With VALID_ROWS_ONLY, write likely duplicates too; without "
        "it they are skipped as NEEDS_REVIEW.",
    )


@strawberry.type(
    description="A bad cell; the value is masked unless it is a code (valueKind)."
)
class ImportProblem:
    row: int
    column: str | None
    field: str
    value: str
    code: str
    message: str
    value_kind: str | None = strawberry.field(
        default=None,
        description="The enum (Gender, IdType...) whose member the value names: a "
        "coded value, not personal text, for the screen to show as its label.",
    )


@strawberry.type
class ImportDuplicate:
    row: int
    other_row: int | None
    customer_id: strawberry.Private[int | None]
    score: float
    reasons: list[str]

    @strawberry.field(description="The customer already in the base, if in scope.")
    async def customer(self, info: strawberry.Info) -> Customer | None:
        return await _customer(info, self.customer_id)


@strawberry.type(description="A row a valid-rows-only commit leaves out, and why.")
class ImportSkippedRow:
    row: int
    reasons: list[str] = strawberry.field(
        description="Problem codes of the row's cells, or NEEDS_REVIEW."
    )


@strawberry.type(description="A changed field; personal values are masked.")
class ImportFieldChange:
    field: str
    old: str
    new: str


@strawberry.type(description="What one row does (dry run) or did (commit).")
class ImportRowOutcome:
    row: int
    action: ImportRowAction
    customer_id: strawberry.Private[int | None]
    customer_no: str | None
    version: int | None = strawberry.field(
        description="The customer's version the update applies to."
    )
    changes: list[ImportFieldChange]

    @strawberry.field(description="The matched customer, if in scope.")
    async def customer(self, info: strawberry.Info) -> Customer | None:
        return await _customer(info, self.customer_id)

    @classmethod
    def from_outcome(cls, outcome: importing.RowOutcome) -> ImportRowOutcome:
        return cls(
            row=outcome.row,
            action=outcome.action,
            customer_id=outcome.customer_id,
            customer_no=outcome.customer_no,
            version=outcome.version,
            changes=[ImportFieldChange(**vars(c)) for c in outcome.changes],
        )


@strawberry.type
class ImportReport:
    job_id: int
    dry_run: bool
    status: ImportStatus
    total_rows: int
    valid_rows: int
    created_rows: int
    existing_rows: int
    updated_rows: int = strawberry.field(
        description="Rows that update a customer (on a dry run: that would)."
    )
    unchanged_rows: int
    problems: list[ImportProblem]
    duplicates: list[ImportDuplicate]
    outcomes: list[ImportRowOutcome] = strawberry.field(
        description=f"Per row, the first {importing.OUTCOME_LIMIT}; counts cover all."
    )
    commit_mode: ImportCommitMode
    written_rows: int = strawberry.field(
        description="Rows this commit created or updated; 0 on a dry run."
    )
    skipped_rows: int = strawberry.field(
        description="Rows left out (a dry run: that a valid-rows-only commit would "
        "leave out) for a bad cell or, unless confirmed, as a likely duplicate."
    )
    skipped: list[ImportSkippedRow]
    unmapped_columns: list[str] = strawberry.field(
        description="Columns no mapping uses and not ignored: a commit is refused "
        "until each is mapped or ignored."
    )
    ignored_columns: list[str] = strawberry.field(
        description="Columns left out on purpose."
    )

    @classmethod
    def from_report(cls, report: importing.ImportReport) -> ImportReport:
        return cls(
            job_id=report.job_id,
            dry_run=report.dry_run,
            status=report.status,
            total_rows=report.total_rows,
            valid_rows=report.valid_rows,
            created_rows=report.created_rows,
            existing_rows=report.existing_rows,
            updated_rows=report.updated_rows,
            unchanged_rows=report.unchanged_rows,
            problems=[ImportProblem(**vars(p)) for p in report.problems],
            duplicates=[ImportDuplicate(**vars(d)) for d in report.duplicates],
            outcomes=[ImportRowOutcome.from_outcome(o) for o in report.outcomes],
            commit_mode=report.commit_mode,
            written_rows=report.written_rows,
            skipped_rows=report.skipped_rows,
            skipped=[ImportSkippedRow(row=s.row, reasons=s.reasons)
                     for s in report.skipped],
            unmapped_columns=report.unmapped_columns,
            ignored_columns=report.ignored_columns,
        )  # fmt: skip


@strawberry.type(description="A dry run: the file, the mapping and every bad cell.")
class ImportPreview:
    file_name: str
    headers: list[str]
    sample_rows: list[list[str]] = strawberry.field(description="Masked cells.")
    estimated_rows: int | None
    suggested_mapping: list[ColumnMapping]
    mapping: list[ColumnMapping]
    unmapped_columns: list[str] = strawberry.field(
        description="Columns no mapping uses and not ignored: map or ignore each "
        "before a commit."
    )
    ignored_columns: list[str]
    mapping_problems: list[FieldError]
    report: ImportReport | None = strawberry.field(
        description="Null while the mapping has problems."
    )


PreviewImportPayload = Annotated[
    ImportPreview | ValidationError | PermissionDeniedError,
    strawberry.union("PreviewImportPayload"),
]
CommitImportPayload = Annotated[
    ImportReport | ValidationError | PermissionDeniedError,
    strawberry.union("CommitImportPayload"),
]


def _columns(mapping: importing.Mapping, headers: list[str]) -> list[ColumnMapping]:
    return [ColumnMapping(column=h, target=mapping.columns.get(h)) for h in headers]


async def _mapping_of(
    given: ImportFileInput, suggested: importing.Mapping
) -> importing.Mapping:
    mapping = suggested
    if given.template:
        mapping, _ = await importing.load_template(given.template)
    ignored = [*mapping.ignored, *(given.ignored_columns or [])]
    if given.mapping is not None:
        columns = importing.columns_of((m.column, m.target) for m in given.mapping)
        mapping = importing.Mapping(columns, mapping.code_lists, mapping.defaults)
        ignored = list(given.ignored_columns or [])
    return importing.Mapping(
        mapping.columns,
        {**mapping.code_lists, **(given.code_lists or {})},
        {**mapping.defaults, **(given.defaults or {})},
        list(dict.fromkeys(ignored)),
    )


def _options(
    info: strawberry.Info,
    given: ImportFileInput,
    commit: importing.CommitMode = importing.CommitMode.ALL_OR_NOTHING,
    confirm_duplicates: bool = False,
) -> importing.ImportOptions:
    try:
        branch = pk_of(given.branch_id, "Branch") if given.branch_id else None
    except NotFound:
        raise ValidationFailed.one(
            "branch_id", "UNKNOWN_BRANCH", "No such branch"
        ) from None
    return importing.options_for(
        info.context.actor, branch, given.kind.value, given.sheet, given.mode,
        commit, confirm_duplicates, given.encoding,
    )  # fmt: skip


async def _read(file: Upload) -> tuple[importing.FileSource, str]:
    """The upload as the import reads it: the file Starlette spooled it to (on disk
    past a megabyte), read a part at a time, never held whole."""
    name = file.filename or "upload"
    spooled = getattr(file, "file", None)
    if spooled is not None and spooled.seekable():
        return spooled, name
    return await file.read(), name


def _entity(given: ImportFileInput):
    """The suggester, dry run and commit of the file's kind of rows."""
    if given.entity is ImportEntity.ACCOUNT:
        return (
            account_import.suggest_mapping,
            account_import.check_accounts,
            account_import.import_accounts,
        )
    return (
        importing.suggest_mapping,
        importing.check_customers,
        importing.import_customers,
    )


async def _preview(info: strawberry.Info, given: ImportFileInput) -> ImportPreview:
    data, name = await _read(given.file)
    suggest, check, _ = _entity(given)
    # Parsing a workbook is CPU work the event loop need not wait for.
    shown = await asyncio.to_thread(
        importing.preview, data, name, given.sheet, given.encoding
    )
    shown.mapping = suggest(shown.headers, shown.sample_rows)
    mapping = await _mapping_of(given, shown.mapping)
    problems: list[FieldProblem] = []
    report = None
    try:
        report = await check(
            info.context.actor,
            data,
            name,
            mapping,
            _options(info, given),
            progress=_publisher(info, given.progress_key),
        )
    except ValidationFailed as failed:
        if any(p.field != "mapping" for p in failed.problems):
            raise
        problems = failed.problems
    return ImportPreview(
        file_name=name,
        headers=shown.headers,
        sample_rows=[
            [importing.mask_value(c) for c in row] for row in shown.sample_rows
        ],
        estimated_rows=shown.estimated_rows,
        suggested_mapping=_columns(shown.mapping, shown.headers),
        mapping=_columns(mapping, shown.headers),
        unmapped_columns=importing.unmapped_columns(mapping, shown.headers),
        ignored_columns=importing.ignored_columns(mapping, shown.headers),
        mapping_problems=[FieldError.of(p) for p in problems],  # fmt: skip
        report=ImportReport.from_report(report) if report else None,
    )


async def _commit(info: strawberry.Info, given: CommitImportInput) -> ImportReport:
    data, name = await _read(given.file)
    suggest, _, commit = _entity(given)
    headers = await asyncio.to_thread(
        _headers_of, data, name, given.sheet, given.encoding
    )
    mapping = await _mapping_of(given, suggest(headers))
    report = await commit(
        info.context.actor,
        data,
        name,
        mapping,
        _options(info, given, given.commit_mode, given.confirm_duplicates),
        progress=_publisher(info, given.progress_key),
    )
    return ImportReport.from_report(report)


def _headers_of(data, name: str, sheet: str | None, encoding: str | None) -> list[str]:
    with importing.read_table(data, name, sheet, encoding) as table:
        return table.headers


def _publisher(info: strawberry.Info, key: str | None):
    """Progress of this run for importProgress(key:), or None without a key."""
    if not key:
        return None
    subject = info.context.actor.subject

    async def publish(update: importing.Progress) -> None:
        payload = {"key": key, "subject": subject, **vars(update)}
        await events.publish(importing.PROGRESS_TOPIC, payload)

    return publish


# ---------------------------------------------------------------- templates


@strawberry.type(description="A saved column mapping and options, shared by the bank.")
class ImportTemplate(Node):
    name: str
    entity: str
    mapping: list[ColumnMapping]
    ignored_columns: list[str] = strawberry.field(
        description="Columns the template leaves out on purpose."
    )
    code_lists: JSON
    defaults: JSON
    options: JSON
    created_by: str
    updated_at: dt.datetime

    @classmethod
    def from_row(cls, row) -> ImportTemplate:
        return cls(
            id=strawberry.ID(to_global_id("ImportTemplate", row.id)),
            name=row.name,
            entity=row.entity,
            # By column name: PostgreSQL's JSONB keeps no key order.
            mapping=[
                ColumnMapping(column=c, target=t)
                for c, t in sorted(row.columns.items())
                if t
            ],
            ignored_columns=sorted(c for c, t in row.columns.items() if not t),
            code_lists=row.code_lists,
            defaults=row.defaults,
            options=row.options,
            created_by=row.created_by,
            updated_at=row.updated_at,
        )


@strawberry.input
class SaveImportTemplateInput:
    name: str
    mapping: list[ColumnMappingInput]
    entity: str = "customer"
    code_lists: JSON | None = None
    defaults: JSON | None = None
    ignored_columns: list[str] | None = strawberry.field(
        default=None, description="Columns the next files leave out on purpose."
    )
    mode: ImportMode = importing.ImportMode.CREATE
    kind: CustomerKind | None = None
    sheet: str | None = None


@strawberry.input
class DeleteImportTemplateInput:
    id: strawberry.ID


@strawberry.type
class DeletedImportTemplate:
    id: strawberry.ID


SaveImportTemplatePayload = Annotated[
    ImportTemplate | ValidationError | PermissionDeniedError,
    strawberry.union("SaveImportTemplatePayload"),
]
DeleteImportTemplatePayload = Annotated[
    DeletedImportTemplate | NotFoundError | PermissionDeniedError,
    strawberry.union("DeleteImportTemplatePayload"),
]


def _template_options(given: SaveImportTemplateInput) -> dict:
    options = {"mode": given.mode.value}
    if given.kind is not None:
        options["kind"] = given.kind.value
    if given.sheet:
        options["sheet"] = given.sheet
    return options


async def _save_template(info, given: SaveImportTemplateInput) -> ImportTemplate:
    mapping = importing.Mapping(
        {m.column: m.target for m in given.mapping if m.target},
        given.code_lists or {},
        given.defaults or {},
        list(dict.fromkeys(given.ignored_columns or [])),
    )
    row = await importing.save_template(
        info.context.actor, given.name, mapping, _template_options(given), given.entity
    )
    return ImportTemplate.from_row(row)


# ---------------------------------------------------------------- progress


@strawberry.type(description="How far an import run has got.")
class ImportProgress:
    key: str
    phase: str = strawberry.field(description="check, write, then done.")
    done: int = strawberry.field(description="Rows read so far.")
    total: int | None = strawberry.field(description="Rows in the file, estimated.")


@strawberry.type
class CaptureSubscriptions:
    @strawberry.subscription(
        description="Progress of your own import run that carries progressKey; "
        "ends after the done update."
    )
    async def import_progress(
        self, info: strawberry.Info, key: str
    ) -> AsyncGenerator[ImportProgress, None]:
        actor = info.context.actor
        importing.require_import(actor)
        async with events.subscribe(importing.PROGRESS_TOPIC) as feed:
            async for payload in feed:
                # Keys are the client's own; the subject keeps them apart anyway.
                if payload["key"] != key or payload["subject"] != actor.subject:
                    continue
                await guard(info)
                yield ImportProgress(
                    key=key,
                    phase=payload["phase"],
                    done=payload["done"],
                    total=payload["total"],
                )
                if payload["phase"] == "done":
                    return


# ---------------------------------------------------------------- export


@strawberry.enum
class ExportFormat(Enum):
    CSV = "csv"
    XLSX = "xlsx"


ExportPurpose = strawberry.enum(
    exporting.ExportPurpose,
    name="ExportPurpose",
    description="Why a customer list is exported; OTHER takes purposeText. "
    "MARKETING_CAMPAIGN exports only customers whose marketing consent is in force.",
)


@strawberry.input
class ExportCustomersInput:
    # Required, but nullable in the schema: a missing purpose is answered as a
    # ValidationError naming the field (purpose: REQUIRED), which a client can show,
    # rather than GraphQL's bare "invalid value" for the whole variable.
    purpose: ExportPurpose | None = strawberry.field(
        default=None,
        description="Required: why the list is taken away; kept in the audit trail. "
        "Missing, the answer is a ValidationError (purpose: REQUIRED).",
    )
    filter: CustomerFilter | None = None
    format: ExportFormat = ExportFormat.CSV
    purpose_text: str | None = strawberry.field(
        default=None,
        description="What the export is for, in a few words (at most "
        f"{exporting.PURPOSE_TEXT_MAX} characters): required with OTHER; kept in "
        "the audit trail, so no personal data.",
    )
    masked: bool = strawberry.field(
        default=False,
        description="Mask personal data even when you may read it in clear; a "
        "masked export has no clear-row limit.",
    )


@strawberry.input
class ExportCustomersPlanInput:
    filter: CustomerFilter | None = None
    purpose: ExportPurpose | None = strawberry.field(
        default=None, description="The purpose's consent applies to the count."
    )
    masked: bool = False


@strawberry.type(
    description="What an export would take away, before it is made: nothing is "
    "exported or audited."
)
class ExportPlan:
    row_count: int
    personal_data_in_clear: bool = strawberry.field(
        description="Personal fields in clear (else masked)."
    )
    clear_row_limit: int = strawberry.field(
        description="Most rows an export with personal data in clear may carry."
    )
    max_rows: int = strawberry.field(description="Most rows any export may carry.")
    allowed: bool = strawberry.field(
        description="Whether the export would be made (within both limits)."
    )

    @classmethod
    def of(cls, plan: exporting.ExportPlan) -> ExportPlan:
        return cls(
            row_count=plan.rows,
            personal_data_in_clear=plan.personal_in_clear,
            clear_row_limit=plan.clear_row_limit,
            max_rows=plan.max_rows,
            allowed=plan.allowed,
        )


@strawberry.type(description="A file to save; personal data masked per permissions.")
class ExportFile:
    file_name: str
    content_type: str
    content_base64: str
    row_count: int
    created_at: dt.datetime

    @classmethod
    def of(cls, file) -> ExportFile:
        """The graph's form of a file the domain made (a customer list, a subject's
        data): ``file_name``, ``content_type``, ``content`` and ``rows``."""
        return cls(
            file_name=file.file_name,
            content_type=file.content_type,
            content_base64=base64.b64encode(file.content).decode(),
            row_count=file.rows,
            created_at=dt.datetime.now(dt.UTC),
        )


ExportCustomersPayload = Annotated[
    ExportFile | ValidationError | ExportTooLargeError | PermissionDeniedError,
    strawberry.union("ExportCustomersPayload"),
]


# ---------------------------------------------------------------- root fields


@strawberry.type
class CaptureQueries:
    @requires(
        exporting.EXPORT,
        description="What exportCustomers would take away for this filter and "
        "purpose: the row count and the limits that apply.",
    )
    async def export_customers_plan(
        self, info: strawberry.Info, input: ExportCustomersPlanInput
    ) -> ExportPlan | None:
        plan = await exporting.plan_export(
            info.context.actor,
            _query(input.filter),
            purpose=input.purpose.value if input.purpose else None,
            masked=input.masked,
        )
        return ExportPlan.of(plan)

    @requires("customer.import", description="Saved import templates, by name.")
    async def import_templates(
        self, info: strawberry.Info, entity: str | None = None
    ) -> list[ImportTemplate] | None:
        rows = await importing.list_templates(info.context.actor, entity)
        return [ImportTemplate.from_row(row) for row in rows]

    @requires(WRITE, description="Likely duplicate pairs in scope, best first.")
    async def duplicate_candidates(
        self, info: strawberry.Info, first: int | None = None, after: str | None = None
    ) -> Connection[DuplicatePair] | None:
        pairs = await duplicates.pairs_to_review(info.context.actor)
        return slice_connection(
            pairs, PAIR_ORDER, DuplicatePair.from_pair, first=first, after=after
        )


@strawberry.type
class CaptureMutations:
    @strawberry.mutation(description="Merge one customer into another; audited.")
    async def merge_customers(
        self, info: strawberry.Info, input: MergeCustomersInput
    ) -> MergeCustomersPayload:
        try:
            row = await duplicates.merge_customers(
                info.context.actor,
                pk_of(input.survivor_id, "Customer"),
                pk_of(input.other_id, "Customer"),
                survivor_version=input.survivor_version,
                other_version=input.other_version,
                take_from_other=[_snake(name) for name in input.take_from_other],
            )
        except DomainError as error:
            return to_graphql(error)
        return Customer.from_row(row)

    @strawberry.mutation(description="Dry run of an import: nothing is written.")
    async def preview_import(
        self, info: strawberry.Info, input: PreviewImportInput
    ) -> PreviewImportPayload:
        try:
            importing.require_import(info.context.actor)
            return await _preview(info, input)
        except DomainError as error:
            return to_graphql(error)
        finally:
            await input.file.close()  # spooled to disk when large

    @strawberry.mutation(
        description="Import every row, or none when a cell is bad; or, with "
        "commitMode VALID_ROWS_ONLY, the good rows and a report of the others."
    )
    async def commit_import(
        self, info: strawberry.Info, input: CommitImportInput
    ) -> CommitImportPayload:
        try:
            importing.require_import(info.context.actor)
            return await _commit(info, input)
        except DomainError as error:
            return to_graphql(error)
        finally:
            await input.file.close()  # spooled to disk when large

    @strawberry.mutation(description="Save (or replace by name) an import template.")
    async def save_import_template(
        self, info: strawberry.Info, input: SaveImportTemplateInput
    ) -> SaveImportTemplatePayload:
        try:
            return await _save_template(info, input)
        except DomainError as error:
            return to_graphql(error)

    @strawberry.mutation(description="Delete an import template.")
    async def delete_import_template(
        self, info: strawberry.Info, input: DeleteImportTemplateInput
    ) -> DeleteImportTemplatePayload:
        try:
            pk = pk_of(input.id, "ImportTemplate")
            await importing.delete_template(info.context.actor, pk)
        except DomainError as error:
            return to_graphql(error)
        return DeletedImportTemplate(id=input.id)

    @strawberry.mutation(
        description="Customers as CSV or XLSX, for a stated purpose; audited with "
        "the purpose, filter, format and row count. With personal data in clear, "
        "more rows than the clear-row limit are refused (ExportTooLargeError)."
    )
    async def export_customers(
        self, info: strawberry.Info, input: ExportCustomersInput
    ) -> ExportCustomersPayload:
        try:
            file = await exporting.export_customers(
                info.context.actor,
                _query(input.filter),
                input.format.value,
                purpose=input.purpose.value if input.purpose else None,
                purpose_text=input.purpose_text,
                masked=input.masked,
            )
        except DomainError as error:
            return to_graphql(error)
        return ExportFile.of(file)
