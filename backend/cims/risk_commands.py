"""``cims train credit``, ``cims train anomaly``, ``cims risk score`` and
``cims risk scan``; ``demo_models`` trains what the demo needs during seeding and
``demo_alerts`` scans the demo's last month once, so its alert queue is not empty.

Models are trained here, by a command, and never inside a request: an assessment
without an active credit model is refused with MODEL_NOT_READY, and transactions
are scored by the rules alone until an anomaly detector is active.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from dataclasses import asdict
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

from cims.analytics import mappings
from cims.auth import shell
from cims.cli_progress import ProgressBar
from cims.config import Settings
from cims.domain import risk, transactions
from cims.domain.actor import Actor
from cims.domain.errors import ModelNotReady
from cims.models import Alert

# Days of the demo's history, up to its reference date, that seeding scans.
DEMO_SCAN_DAYS = 30


def register(subparsers) -> None:
    _register_train(subparsers)
    commands = subparsers.add_parser("risk", help="credit assessments and alerts")
    steps = commands.add_subparsers(dest="risk_command", required=True)
    score = steps.add_parser(
        "score", help="assess every customer without a recent assessment"
    )
    score.add_argument(
        "--days",
        type=int,
        default=30,
        help="an assessment this recent counts as current (default 30)",
    )
    score.add_argument("--limit", type=int, default=None)
    score.set_defaults(func=run_score)
    scan = steps.add_parser("scan", help="score recent transactions, open alerts")
    scan.add_argument("--days", type=int, default=1, help="look back this many days")
    scan.add_argument("--since", help="ISO date-time; overrides --days")
    scan.set_defaults(func=run_scan)
    booking = subparsers.add_parser(
        "import-transactions",
        help="book transactions from CSV/XLSX and screen them; all rows or none",
    )
    booking.add_argument("file", help="columns: " + ", ".join(transactions.HEADERS))
    booking.add_argument(
        "--dry-run", action="store_true", help="check every row, store nothing"
    )
    booking.add_argument(
        "--ignore",
        action="append",
        default=[],
        metavar="COLUMN",
        help="leave this column of the file out (repeat for more); a commit is "
        "refused while a column no field reads is not named here",
    )
    # Bookings name counterparties and describe a customer's money: a person acts.
    shell.add_option(booking)
    booking.set_defaults(func=run_import_transactions)


def _register_train(subparsers) -> None:
    # "train" may be shared with other areas' models (segments, anomaly): reuse it.
    train = subparsers.choices.get("train") or subparsers.add_parser(
        "train", help="train a model and register it"
    )
    kinds = next(
        (a for a in train._actions if isinstance(a, argparse._SubParsersAction)),
        None,
    ) or train.add_subparsers(dest="train_kind", required=True)
    parser = kinds.add_parser("credit", help="train, register, activate if none is")
    parser.add_argument(
        "--dataset", choices=sorted(mappings.MAPPINGS), default=risk.default_dataset()
    )
    parser.add_argument("--cv-folds", type=int, default=5)
    parser.set_defaults(func=run_train_credit)
    forest = kinds.add_parser(
        "anomaly", help="isolation forest on stored transactions; activate if none is"
    )
    forest.add_argument(
        "--customers",
        type=_positive,
        default=3000,
        help="customers sampled (default 3000)",
    )
    forest.set_defaults(func=run_train_anomaly)


def run_train_credit(args: argparse.Namespace, settings: Settings) -> int:
    kind, version, metrics = risk.train_credit_model(
        args.dataset, "cli", cv_folds=args.cv_folds
    )
    best = metrics.best
    active = risk._has_active(kind) and version == _active(kind)
    _print(
        {
            "kind": kind,
            "version": version,
            "active": active,
            "algorithm": metrics.chosen,
            "auc": round(best.auc, 4),
            "ks": round(best.ks, 4),
            "brier": round(best.brier, 4),
            "calibration_error": round(best.calibration_error, 4),
            "train_rows": metrics.train_rows,
            "test_rows": metrics.test_rows,
        }
    )
    return 0


def _active(kind: str) -> str:
    from cims.analytics import registry

    return registry.active_version(kind)


def _positive(text: str) -> int:
    number = int(text)
    if number < 1:
        raise argparse.ArgumentTypeError("give a whole number of at least 1")
    return number


async def run_train_anomaly(args: argparse.Namespace) -> int:
    try:
        version, metrics = await risk.train_anomaly_detector(
            "cli", customers=args.customers
        )
    except ValueError as error:  # too few customers with history to learn from
        print(f"cims: {error}", file=sys.stderr)
        return 2
    active = version == _active(risk.ANOMALY_KIND)
    _print({"kind": risk.ANOMALY_KIND, "version": version, "active": active} | metrics)
    return 0


async def demo_models() -> str:
    """Credit models of every shipped data set and the anomaly detector, each only
    when no version of its kind is active: seeding leaves a demo that assesses and
    screens without anyone training by hand. The fits run side by side."""
    work, names = [], []
    for dataset in sorted(mappings.MAPPINGS):
        if not risk._has_active(mappings.credit_kind(mappings.MAPPINGS[dataset])):
            # No cross-validation: the model card's held-out figures come without
            # it, and it would triple the seeding time.
            work.append(
                asyncio.to_thread(
                    risk.train_credit_model, dataset, "seed-demo", cv_folds=0
                )
            )
            names.append(mappings.credit_kind(mappings.MAPPINGS[dataset]))
    if not risk._has_active(risk.ANOMALY_KIND):
        work.append(risk.train_anomaly_detector("seed-demo"))
        names.append(risk.ANOMALY_KIND)
    if not work:
        return "risk models: active models exist; `cims train credit` adds versions"
    await asyncio.gather(*work)
    return f"risk models trained and activated: {', '.join(names)}"


async def demo_alerts() -> str:
    """One scan of the demo's last ``DEMO_SCAN_DAYS`` days with the active detector,
    after ``demo_models``: seeding books history without screening it, so a fresh
    demo would show an empty alert queue. Skipped once any alert exists."""
    from cims.demo.datasets import REFERENCE_DATE

    if await Alert.exists():
        return "alerts: the queue has alerts; `cims risk scan` screens new bookings"
    start = REFERENCE_DATE - timedelta(days=DEMO_SCAN_DAYS)
    since = datetime.combine(start, time(), tzinfo=UTC)
    report = await risk.scan(Actor.system(), since)
    return (
        f"alerts: {report.alerts} opened by a scan of {report.transactions} "
        f"transactions since {start}"
    )


async def run_score(args: argparse.Namespace) -> int:
    try:
        assessed, fresh = await risk.assess_stale(
            Actor.system(), timedelta(days=args.days), args.limit
        )
    except ModelNotReady as error:
        print(error.message)
        return 1
    _print({"assessed": assessed, "already_current": fresh})
    return 0


async def run_import_transactions(args: argparse.Namespace) -> int:
    data = Path(args.file).read_bytes()  # a missing file before a password
    actor = await shell.sign_in(args.as_user)  # refused: one line, status 2
    result = await transactions.import_transactions(
        actor,
        data,
        Path(args.file).name,
        dry_run=args.dry_run,
        ignore=args.ignore,
    )
    _print(
        {
            "rows": result.rows,
            "stored": result.stored,
            "already_booked": result.already_booked,
            "alerts": result.alerts,
            "unmapped_columns": result.unmapped_columns,
            "problems": [asdict(p) for p in result.problems],
        }
    )
    return 0 if result.ok else 1


async def run_scan(args: argparse.Namespace) -> None:
    since = (
        datetime.fromisoformat(args.since)
        if args.since
        else datetime.now(UTC) - timedelta(days=args.days)
    )
    if since.tzinfo is None:
        since = since.replace(tzinfo=UTC)
    # The bar is drawn on a terminal only (stderr); the summary line always.
    bar = ProgressBar(unit=" transactions")
    try:
        report = await risk.scan(Actor.system(), since, progress=bar)
    finally:
        bar.close()
    print(scan_summary(since, report), file=sys.stderr)
    _print(
        {
            "since": since.isoformat(),
            "transactions": report.transactions,
            "alerts": report.alerts,
        }
    )


def scan_summary(since: datetime, report: risk.ScanReport) -> str:
    """One line of counts: what the scan read and what it opened."""
    return (
        f"cims risk scan: {report.transactions:,} transactions of "
        f"{report.customers:,} customers scored since {since.isoformat()}, "
        f"{report.alerts:,} alerts opened"
    )


def _print(value) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))
