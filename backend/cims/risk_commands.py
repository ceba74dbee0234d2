"""``cims train credit``, ``cims risk score`` and ``cims risk scan``."""

from __future__ import annotations

import argparse
import json
from datetime import UTC, datetime, timedelta

from cims.analytics import credit
from cims.config import Settings
from cims.domain import risk
from cims.domain.actor import Actor


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
        "--dataset", choices=sorted(credit.MAPPINGS), default=risk.default_dataset()
    )
    parser.add_argument("--cv-folds", type=int, default=5)
    parser.set_defaults(func=run_train_credit)


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


async def run_score(args: argparse.Namespace) -> None:
    assessed, fresh = await risk.assess_stale(
        Actor.system(), timedelta(days=args.days), args.limit
    )
    _print({"assessed": assessed, "already_current": fresh})


async def run_scan(args: argparse.Namespace) -> None:
    since = (
        datetime.fromisoformat(args.since)
        if args.since
        else datetime.now(UTC) - timedelta(days=args.days)
    )
    if since.tzinfo is None:
        since = since.replace(tzinfo=UTC)
    report = await risk.scan(Actor.system(), since)
    _print(
        {
            "since": since.isoformat(),
            "transactions": report.transactions,
            "alerts": report.alerts,
        }
    )


def _print(value) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))
