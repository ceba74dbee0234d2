"""``cims import``, ``cims export``, ``cims erase`` and ``cims subject-export``.

Batch capture and data-subject requests from the server's shell. Each acts as the
operator at the shell (``cli:<user>``) with every permission and is audited like
the graph's mutations; an export is never masked. ``erase`` only reports the holds
unless ``--yes`` is given.
"""

from __future__ import annotations

import getpass
import sys
from dataclasses import asdict
from pathlib import Path

from cims.domain import (
    account_import,
    customers,
    erasure,
    exporting,
    importing,
    subject_export,
)
from cims.domain.actor import Actor
from cims.domain.errors import DomainError, ErasureHeld, ValidationFailed
from cims.models import Branch, Customer

BAR_WIDTH = 30
SHOWN_PROBLEMS = 20


def operator() -> Actor:
    return Actor(
        subject=f"cli:{getpass.getuser()}",
        roles=frozenset({"system"}),
        permissions=frozenset({"*"}),
    )


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
        "--entity",
        choices=("customer", "account"),
        default="customer",
        help="what the rows are",
    )
    imports.add_argument(
        "--update", action="store_true", help="rows matching a customer update it"
    )
    imports.add_argument("--report", type=Path, help="write every bad cell as CSV")
    imports.set_defaults(func=run_import)

    export = subparsers.add_parser("export", help="export customers to CSV/XLSX")
    export.add_argument("--format", choices=("csv", "xlsx"), default="csv")
    export.add_argument("--output", type=Path, required=True)
    export.add_argument("--text", help="only customers this search text finds")
    export.add_argument("--archived", action="store_true", help="archived ones")
    export.set_defaults(func=run_export)

    erase = subparsers.add_parser(
        "erase", help="erase a customer's personal data on request (GDPR/PIPL)"
    )
    erase.add_argument("customer_no")
    erase.add_argument(
        "--ground", required=True, choices=[g.value for g in erasure.ErasureGround]
    )
    erase.add_argument("--yes", action="store_true", help="erase; else only check")
    erase.set_defaults(func=run_erase)

    subject = subparsers.add_parser(
        "subject-export", help="everything held on one customer, as JSON"
    )
    subject.add_argument("customer_no")
    subject.add_argument("--output", type=Path, required=True)
    subject.set_defaults(func=run_subject_export)


class ProgressBar:
    """A one-line bar on stderr, redrawn per chunk."""

    def __init__(self, stream=None) -> None:
        self.stream = stream or sys.stderr
        self.drawn = False

    def __call__(self, update: importing.Progress) -> None:
        total = update.total or 0
        share = min(update.done / total, 1.0) if total else 0.0
        filled = int(share * BAR_WIDTH)
        bar = "#" * filled + "-" * (BAR_WIDTH - filled)
        line = f"\r{update.phase:5} [{bar}] {share:4.0%} {update.done}/{total or '?'}"
        self.stream.write(line)
        self.stream.flush()
        self.drawn = True

    def close(self) -> None:
        """Ends the bar's line; a bar never drawn leaves no blank line."""
        if self.drawn:
            self.stream.write("\n")


async def run_import(args) -> int:
    actor = operator()
    try:
        report = await _import(actor, args)
    except DomainError as error:
        print(f"cims: refused: {_reasons(error)}", file=sys.stderr)
        return 2
    print_report(report)
    if args.report:
        write_problems(report, args.report)
    return 1 if report.problems else 0


async def _import(actor: Actor, args) -> importing.ImportReport:
    data = args.file.read_bytes()
    table = importing.read_table(data, args.file.name, args.sheet)
    accounts = args.entity == "account"
    suggest = account_import.suggest_mapping if accounts else importing.suggest_mapping
    mapping = suggest(table.headers)
    if args.mapping:
        mapping, _ = await importing.load_template(args.mapping)
    mode = importing.ImportMode.UPDATE if args.update else importing.ImportMode.CREATE
    options = importing.options_for(
        actor, await _branch_id(args.branch), args.kind, args.sheet, mode
    )
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


def print_report(report: importing.ImportReport) -> None:
    print(f"job {report.job_id}: {report.status.value}"
          f"{' (dry run)' if report.dry_run else ''}")  # fmt: skip
    print(f"rows {report.total_rows}, valid {report.valid_rows}, "
          f"created {report.created_rows}, already there {report.existing_rows}, "
          f"updated {report.updated_rows}, unchanged {report.unchanged_rows}, "
          f"bad cells {len(report.problems)}, "
          f"likely duplicates {len(report.duplicates)}")  # fmt: skip
    for problem in report.problems[:SHOWN_PROBLEMS]:
        print(f"  row {problem.row} {problem.column or problem.field}: "
              f"{problem.code} {problem.message} [{problem.value}]")  # fmt: skip
    if len(report.problems) > SHOWN_PROBLEMS:
        rest = len(report.problems) - SHOWN_PROBLEMS
        print(f"  ... and {rest} more (--report FILE writes them all)")


def write_problems(report: importing.ImportReport, path: Path) -> None:
    """Every bad cell, values masked, as CSV (UTF-8 with a BOM for Excel)."""
    columns = ["row", "column", "field", "value", "code", "message"]
    rows = [asdict(p) for p in report.problems]
    path.write_bytes(exporting.export_csv(rows, columns))


async def run_export(args) -> int:
    query = customers.CustomerQuery(text=args.text, archived=args.archived)
    # Open the file first: an export is audited, so one that cannot be written must
    # not be exported (and recorded) at all.
    with args.output.open("wb") as out:
        try:
            file = await exporting.export_customers(operator(), query, args.format)
        except DomainError as error:
            out.close()
            args.output.unlink(missing_ok=True)
            print(f"cims: refused: {_reasons(error)}", file=sys.stderr)
            return 2
        out.write(file.content)
    print(f"{file.rows} customers written to {args.output}")
    return 0


async def _customer_id(customer_no: str) -> int:
    found = await Customer.get_or_none(customer_no=customer_no.strip().upper())
    if found is None:
        raise ValidationFailed.one("customer_no", "NOT_FOUND", "No such customer")
    return found.id


async def run_erase(args) -> int:
    actor = operator()
    try:
        customer_id = await _customer_id(args.customer_no)
        if not args.yes:
            return _print_holds(await erasure.holds(customer_id))
        current = await customers.get(actor, customer_id)
        await erasure.erase(actor, customer_id, current.version, args.ground)
    except DomainError as error:
        print(f"cims: refused: {_reasons(error)}", file=sys.stderr)
        return 2
    print(f"personal data of {args.customer_no.upper()} erased")
    return 0


def _print_holds(holds) -> int:
    if holds:
        print("erasure not allowed now: " + "; ".join(map(_hold_text, holds)))
        return 1
    print("no hold applies; run again with --yes to erase")
    return 0


async def run_subject_export(args) -> int:
    try:
        customer_id = await _customer_id(args.customer_no)
        file = await subject_export.export_subject(operator(), customer_id)
    except DomainError as error:
        print(f"cims: refused: {_reasons(error)}", file=sys.stderr)
        return 2
    args.output.write_bytes(file.content)
    print(f"{file.rows} records written to {args.output}")
    return 0
