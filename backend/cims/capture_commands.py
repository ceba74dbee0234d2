"""``cims import``, ``cims export``, ``cims erase`` and ``cims subject-export``.

Batch capture and data-subject requests from the server's shell, audited like the
graph's mutations.

``import``, ``export`` and ``subject-export`` act as a staff account proven by
sign-in (``--as USERNAME``, password and TOTP code, see :mod:`cims.auth.shell`): with
that person's permissions and branch scope, and the audit trail names them. Erasure
takes four eyes here too: ``erase request`` and ``erase approve`` must come from two
people, each signed in the same way. ``erase list`` signs in the same way too and
shows only the requests that account may see (``customer.erase``, its branch scope).
The operating-system account, ``$USER``, ``$LOGNAME`` and ``$SUDO_USER`` prove nobody.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Awaitable, Callable
from dataclasses import asdict
from pathlib import Path

from cims.auth import shell
from cims.cli_progress import ProgressBar
from cims.domain import (
    account_import,
    customers,
    erasure,
    exporting,
    import_findings,
    importing,
    subject_export,
)
from cims.domain.actor import Actor
from cims.domain.errors import DomainError, ErasureHeld, ValidationFailed
from cims.models import Branch, Customer, ImportStatus

SHOWN_PROBLEMS = 20
REVIEW_MESSAGE = "A likely duplicate: review it, then import with --confirm-duplicates"
LIKELY_DUPLICATE = "LIKELY_DUPLICATE"


def register(subparsers) -> None:
    imports = subparsers.add_parser(
        "import", help="import customers or accounts from CSV/XLSX"
    )
    imports.add_argument("file", type=Path)
    imports.add_argument("--mapping", metavar="TEMPLATE", help="a saved mapping")
    imports.add_argument("--dry-run", action="store_true", help="check; write nothing")
    imports.add_argument("--branch", metavar="CODE", help="branch of rows without one")
    imports.add_argument("--kind", choices=("individual", "corporate"),
                         default="individual")  # fmt: skip
    imports.add_argument("--sheet", help="XLSX sheet (default: the first)")
    imports.add_argument(
        "--encoding",
        help="a CSV file's encoding: " + ", ".join(importing.ENCODINGS)
        + " (default: detected; an unclear one is refused)",
    )  # fmt: skip
    imports.add_argument(
        "--entity",
        choices=("customer", "account"),
        default="customer",
        help="what the rows are",
    )
    imports.add_argument(
        "--update", action="store_true", help="rows matching a customer update it"
    )
    imports.add_argument(
        "--valid-rows-only",
        action="store_true",
        help="write the rows without a problem and skip the others (default: all "
        "rows or none); exits 1 only when no row could be written",
    )
    imports.add_argument(
        "--confirm-duplicates",
        action="store_true",
        help="with --valid-rows-only, write likely duplicates too (else they are "
        "skipped as NEEDS_REVIEW)",
    )
    imports.add_argument(
        "--ignore",
        action="append",
        default=[],
        metavar="COLUMN",
        help="leave this column of the file out (repeat for more); a commit is "
        "refused while a column is neither mapped nor ignored",
    )
    imports.add_argument(
        "--report",
        type=Path,
        help="write every bad cell, skipped row and likely duplicate as CSV",
    )
    _signed_in(imports)
    imports.set_defaults(func=run_import)

    export = subparsers.add_parser("export", help="export customers to CSV/XLSX")
    export.add_argument("--format", choices=("csv", "xlsx"), default="csv")
    export.add_argument("--output", type=Path, required=True)
    export.add_argument("--text", help="only customers this search text finds")
    export.add_argument("--archived", action="store_true", help="archived ones")
    export.add_argument(
        "--purpose",
        required=True,
        choices=[p.value for p in exporting.ExportPurpose],
        help="why the list is taken away (audited); marketing_campaign exports only "
        "customers whose marketing consent is in force",
    )
    export.add_argument(
        "--purpose-text",
        help="what the export is for, in a few words (required with other; audited, "
        "so no personal data)",
    )
    export.add_argument(
        "--masked",
        action="store_true",
        help="mask personal data (an export in clear is limited to "
        "CIMS_EXPORT_CLEAR_MAX_ROWS rows)",
    )
    _signed_in(export)
    export.set_defaults(func=run_export)

    erase = subparsers.add_parser(
        "erase",
        help="erase a customer's personal data on request (GDPR/PIPL), four eyes",
    )
    steps = erase.add_subparsers(dest="step", metavar="STEP", required=True)
    request = steps.add_parser(
        "request", help="ask for erasure; a second person approves (holds refuse it)"
    )
    request.add_argument("customer_no")
    request.add_argument(
        "--ground", required=True, choices=[g.value for g in erasure.ErasureGround]
    )
    request.add_argument(
        "--reference", required=True, help="the data subject request's reference"
    )
    _signed_in(request)
    request.set_defaults(func=run_erase_request)
    approve = steps.add_parser(
        "approve", help="approve another person's request: the data is erased now"
    )
    approve.add_argument("request_id", type=int)
    _signed_in(approve)
    approve.set_defaults(func=run_erase_approve)
    reject = steps.add_parser(
        "reject", help="reject a pending request (withdraw your own)"
    )
    reject.add_argument("request_id", type=int)
    reject.add_argument("--reason", required=True)
    _signed_in(reject)
    reject.set_defaults(func=run_erase_reject)
    listing = steps.add_parser("list", help="pending erasure requests, oldest first")
    listing.add_argument("--all", action="store_true", help="decided requests too")
    _signed_in(listing)
    listing.set_defaults(func=run_erase_list)

    subject = subparsers.add_parser(
        "subject-export", help="everything held on one customer, as JSON"
    )
    subject.add_argument("customer_no")
    subject.add_argument("--output", type=Path, required=True)
    _signed_in(subject)
    subject.set_defaults(func=run_subject_export)


_signed_in = shell.add_option


async def run_import(args) -> int:
    args.file.stat()  # a missing file is named before a password is asked for
    try:
        actor = await shell.sign_in(args.as_user)
        report = await _import(actor, args)
    except DomainError as error:
        print(f"cims: refused: {_reasons(error)}", file=sys.stderr)
        if _unmapped(error):
            print(UNMAPPED_HINT, file=sys.stderr)
        return 2
    numbers = await import_findings.resembled_numbers(actor, report.duplicates)
    print_report(report, numbers)
    if args.report:
        write_problems(report, args.report, numbers)
    if report.dry_run:
        return 1 if report.problems else 0
    # Valid rows only: rows left out are reported, not a failure, unless nothing
    # could be written at all (the import is then refused, as all or nothing is).
    return 1 if report.status is ImportStatus.REFUSED else 0


async def _import(actor: Actor, args) -> importing.ImportReport:
    # The file is read as the import goes, never held whole.
    data = args.file
    with importing.read_table(data, args.file.name, args.sheet, args.encoding) as table:
        headers = table.headers
    accounts = args.entity == "account"
    suggest = account_import.suggest_mapping if accounts else importing.suggest_mapping
    mapping = suggest(headers)
    if args.mapping:
        mapping, _ = await importing.load_template(args.mapping)
    mapping.ignored = list(dict.fromkeys([*mapping.ignored, *args.ignore]))
    mode = importing.ImportMode.UPDATE if args.update else importing.ImportMode.CREATE
    commit = (
        importing.CommitMode.VALID_ROWS_ONLY
        if args.valid_rows_only
        else importing.CommitMode.ALL_OR_NOTHING
    )
    options = importing.options_for(
        actor, await _branch_id(args.branch), args.kind, args.sheet, mode,
        commit, args.confirm_duplicates, args.encoding,
    )  # fmt: skip
    run = _runner(accounts, args.dry_run)
    bar = ProgressBar()
    try:
        return await run(actor, data, args.file.name, mapping, options, bar)
    finally:
        bar.close()


def _runner(accounts: bool, dry_run: bool):
    if accounts:
        return (
            account_import.check_accounts if dry_run else account_import.import_accounts
        )
    return importing.check_customers if dry_run else importing.import_customers


async def _branch_id(code: str | None) -> int | None:
    if not code:
        return None
    found = await Branch.get_or_none(code=code.upper())
    if found is None:
        raise ValidationFailed.one(
            "branch", "UNKNOWN_BRANCH", "No branch has this code"
        )
    return found.id


def _reasons(error: DomainError) -> str:
    if isinstance(error, ValidationFailed):
        return "; ".join(f"{p.field}: {p.code} ({p.message})" for p in error.problems)
    if isinstance(error, ErasureHeld):
        return "; ".join(_hold_text(hold) for hold in error.holds)
    return error.message


def _hold_text(hold) -> str:
    detail = f", {hold.count}" if hold.count else ""
    detail += f", until {hold.until.isoformat()}" if hold.until else ""
    return f"{hold.code} ({hold.message}{detail})"


UNMAPPED_HINT = (
    "cims: map each such column in a template (--mapping) or leave it out with "
    "--ignore COLUMN"
)


def _unmapped(error: DomainError) -> bool:
    return isinstance(error, ValidationFailed) and any(
        p.code == "UNMAPPED_COLUMN" for p in error.problems
    )


def print_report(
    report: importing.ImportReport, numbers: dict[int, str] | None = None
) -> None:
    """The report at the shell; ``numbers`` names the customers that likely
    duplicates resemble (``import_findings.resembled_numbers``)."""
    print(f"job {report.job_id}: {report.status.value}"
          f"{' (dry run)' if report.dry_run else ''}")  # fmt: skip
    # A dry run creates nothing: it tells what a commit would create.
    created = (
        f"would create {report.valid_rows - report.existing_rows}"
        if report.dry_run
        else f"created {report.created_rows}"
    )
    print(f"rows {report.total_rows}, valid {report.valid_rows}, "
          f"{created}, already there {report.existing_rows}, "
          f"updated {report.updated_rows}, unchanged {report.unchanged_rows}, "
          f"bad cells {len(report.problems)}, "
          f"likely duplicates {len(report.duplicates)}")  # fmt: skip
    print(_written_line(report))
    for problem in report.problems[:SHOWN_PROBLEMS]:
        print(f"  row {problem.row} {problem.column or problem.field}: "
              f"{problem.code} {problem.message} [{problem.value}]")  # fmt: skip
    if len(report.problems) > SHOWN_PROBLEMS:
        rest = len(report.problems) - SHOWN_PROBLEMS
        print(f"  ... and {rest} more (--report FILE writes them all)")
    _print_columns(report)
    _print_duplicates(report, numbers or {})


def _print_columns(report: importing.ImportReport) -> None:
    if report.unmapped_columns:
        print("unmapped columns, not imported: " + ", ".join(report.unmapped_columns)
              + "; map them or name each with --ignore COLUMN to commit")  # fmt: skip
    if report.ignored_columns:
        print("ignored columns: " + ", ".join(report.ignored_columns))


def _print_duplicates(report: importing.ImportReport, numbers: dict[int, str]):
    for finding in report.duplicates[:SHOWN_PROBLEMS]:
        text = import_findings.finding_text(finding, numbers)
        print(f"  row {finding.row}: likely duplicate, {text}")
    if len(report.duplicates) > SHOWN_PROBLEMS:
        rest = len(report.duplicates) - SHOWN_PROBLEMS
        print(
            f"  ... and {rest} more likely duplicates (--report FILE writes them all)"
        )


def _written_line(report: importing.ImportReport) -> str:
    if report.dry_run:
        return f"--valid-rows-only would skip {report.skipped_rows} rows"
    mode = report.commit_mode.value.replace("_", " ")
    return f"{mode}: written {report.written_rows}, skipped {report.skipped_rows}"


def write_problems(
    report: importing.ImportReport, path: Path, numbers: dict[int, str] | None = None
) -> None:
    """Every bad cell, values masked, every likely duplicate (what it resembles:
    a row or a customer's number) and every row held for review, as CSV (UTF-8
    with a BOM for Excel)."""
    columns = ["row", "column", "field", "value", "code", "message"]
    rows = [asdict(p) for p in report.problems]
    held = {s.row for s in report.skipped if importing.NEEDS_REVIEW in s.reasons}
    rows += [
        {
            "row": finding.row,
            "field": "duplicate",
            "code": importing.NEEDS_REVIEW if finding.row in held else LIKELY_DUPLICATE,
            "message": _finding_message(finding, numbers or {}, finding.row in held),
        }
        for finding in report.duplicates
    ]
    found = {finding.row for finding in report.duplicates}
    rows += [
        {"row": row, "code": importing.NEEDS_REVIEW, "message": REVIEW_MESSAGE}
        for row in sorted(held - found)
    ]
    rows.sort(key=lambda row: row["row"])
    with private_file(path) as out:
        out.write(exporting.export_csv(rows, columns))


def _finding_message(finding, numbers: dict[int, str], held: bool) -> str:
    text = "A likely duplicate: " + import_findings.finding_text(finding, numbers)
    return f"{text}; review it, then import with --confirm-duplicates" if held else text


def private_file(path: Path):
    """``path`` opened for writing, readable by its owner only (mode 0600, also when
    it was there before): what the commands write holds personal data."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    if os.fstat(fd).st_mode & 0o077:
        os.fchmod(fd, 0o600)
    return os.fdopen(fd, "wb")


async def run_export(args) -> int:
    query = customers.CustomerQuery(text=args.text, archived=args.archived)
    try:
        # Signed in before the file is made: a refusal leaves none behind.
        actor = await shell.sign_in(args.as_user)
    except DomainError as error:
        print(f"cims: refused: {_reasons(error)}", file=sys.stderr)
        return 2

    def export():
        return exporting.export_customers(
            actor,
            query,
            args.format,
            purpose=args.purpose,
            purpose_text=args.purpose_text,
            masked=args.masked,
        )

    file = await _export_to(args.output, export)
    if file is None:
        return 2
    print(f"{file.rows} customers written to {args.output}")
    return 0


async def _export_to(path: Path, export: Callable[[], Awaitable]):
    """The file ``export()`` makes, written to ``path``; None when it is refused.

    The file is opened first: an export is audited, so one that cannot be written
    must not be made (and recorded) at all. A refused one leaves no file behind.
    """
    with private_file(path) as out:
        try:
            file = await export()
        except DomainError as error:
            out.close()
            path.unlink(missing_ok=True)
            print(f"cims: refused: {_reasons(error)}", file=sys.stderr)
            return None
        out.write(file.content)
    return file


async def _customer_id(customer_no: str) -> int:
    found = await Customer.get_or_none(customer_no=customer_no.strip().upper())
    if found is None:
        raise ValidationFailed.one("customer_no", "NOT_FOUND", "No such customer")
    return found.id


async def run_erase_request(args) -> int:
    try:
        actor = await shell.sign_in(args.as_user)
        customer_id = await _customer_id(args.customer_no)
        row = await erasure.request_erasure(
            actor, customer_id, args.ground, args.reference
        )
    except DomainError as error:
        print(f"cims: refused: {_reasons(error)}", file=sys.stderr)
        return 2
    print(
        f"erasure request {row.id} for {args.customer_no.strip().upper()} is "
        f"pending; another person approves it: cims erase approve {row.id} --as USERNAME"
    )
    return 0


async def run_erase_approve(args) -> int:
    try:
        row = await erasure.approve(await shell.sign_in(args.as_user), args.request_id)
        customer = await Customer.get(id=row.customer_id)
    except DomainError as error:
        print(f"cims: refused: {_reasons(error)}", file=sys.stderr)
        return 2
    print(f"request {row.id} approved: personal data of {customer.customer_no} erased")
    return 0


async def run_erase_reject(args) -> int:
    try:
        row = await erasure.reject(
            await shell.sign_in(args.as_user), args.request_id, args.reason
        )
    except DomainError as error:
        print(f"cims: refused: {_reasons(error)}", file=sys.stderr)
        return 2
    print(f"request {row.id} {row.status.value}")
    return 0


async def run_erase_list(args) -> int:
    statuses = None if args.all else [erasure.PENDING]
    try:
        actor = await shell.sign_in(args.as_user)
        rows = (
            await erasure.requests(actor, statuses)
            .order_by("requested_at", "id")
            .values(
                "id",
                "customer__customer_no",
                "ground",
                "reference",
                "status",
                "requested_by",
                "requested_at",
                "decided_by",
            )
        )
    except DomainError as error:
        print(f"cims: refused: {_reasons(error)}", file=sys.stderr)
        return 2
    if not rows:
        print("no erasure requests" if args.all else "no pending erasure requests")
    for row in rows:
        decided = f" by {row['decided_by']}" if row["decided_by"] else ""
        when = row["requested_at"].isoformat(timespec="seconds")
        print(
            f"{row['id']}\t{row['customer__customer_no']}\t{row['status']}{decided}"
            f"\t{row['ground']}\t{row['reference']}\trequested by "
            f"{row['requested_by']} at {when}"
        )
    return 0


async def run_subject_export(args) -> int:
    try:
        actor = await shell.sign_in(args.as_user)  # before the file is made
    except DomainError as error:
        print(f"cims: refused: {_reasons(error)}", file=sys.stderr)
        return 2

    async def export():
        customer_id = await _customer_id(args.customer_no)
        return await subject_export.export_subject(actor, customer_id)

    file = await _export_to(args.output, export)
    if file is None:
        return 2
    print(f"{file.rows} records written to {args.output}")
    return 0
