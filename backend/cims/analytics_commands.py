"""``cims analytics``, ``cims train`` and ``cims models``: derived figures and models.

``analytics refresh`` brings features, learned and rule segments, customer value
and recommendations up to date (``cims.domain.segments.refresh``). ``train`` fits
and stores a new model version without putting it to use; ``models activate``
does that, after a person has read the figures ``models list`` shows. Each
``run`` expects a connected database (the CLI connects before dispatching) and
prints JSON, so scripts can read the result. The analytics modules (numpy,
scikit-learn) are imported when a command runs, so that ``cims`` starts quickly.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

from cims.analytics import registry
from cims.config import get_settings
from cims.domain.actor import Actor
from cims.domain.errors import DomainError

if TYPE_CHECKING:
    from cims.analytics.features import FeatureMatrix
    from cims.domain.segments import RefreshReport

# Command-line names and the registry kinds they train.
TRAINABLE = {"segments": "segments", "value": "value", "recommend": "recommendations"}
TRIAGE_KIND = "triage"  # cims.analytics.triage keeps its versions in models/triage


def register(subparsers) -> None:
    analytics = subparsers.add_parser("analytics", help="segments, value and offers")
    commands = analytics.add_subparsers(dest="analytics_command", required=True)
    refresh = commands.add_parser("refresh", help="recompute every derived figure")
    refresh.add_argument(
        "--full", action="store_true", help="every customer's features"
    )
    refresh.add_argument(
        "--retrain", action="store_true", help="train and activate new model versions"
    )
    refresh.add_argument("--as-of", type=dt.date.fromisoformat, default=None)
    refresh.set_defaults(func=run_refresh)

    train = _group(subparsers, "train", "train and store a model")
    for name, kind in TRAINABLE.items():
        command = train.add_parser(name, help=f"a new {kind} model version")
        command.add_argument(
            "--activate", action="store_true", help="put it to use at once"
        )
        command.set_defaults(func=run_train, kind=name)

    models = subparsers.add_parser("models", help="stored model versions")
    model_commands = models.add_subparsers(dest="models_command", required=True)
    listing = model_commands.add_parser("list", help="versions and their figures")
    listing.add_argument("kind", nargs="?", help="one kind only")
    listing.set_defaults(func=run_models_list)
    activate = model_commands.add_parser("activate", help="use this version")
    activate.add_argument("kind")
    activate.add_argument("version")
    activate.set_defaults(func=run_models_activate)


def _group(subparsers, name: str, help_text: str):
    """The sub-commands of ``cims <name>``, shared with other areas' commands
    (``cims train complaints``, ``cims train credit``) whichever registers first."""
    parser = subparsers.choices.get(name)
    if parser is None:
        parser = subparsers.add_parser(name, help=help_text)
        return parser.add_subparsers(dest=f"{name}_command", required=True)
    # argparse keeps a parser's sub-command group only among its actions.
    return next(
        action
        for action in parser._actions  # noqa: SLF001 - no public accessor exists
        if isinstance(action, argparse._SubParsersAction)  # noqa: SLF001
    )


def _print(value) -> None:
    print(json.dumps(value, indent=2, ensure_ascii=False, default=str))


async def refresh(
    *, full: bool = False, retrain: bool = False, as_of: dt.date | None = None
) -> RefreshReport:
    from cims.domain import segments

    return await segments.refresh(
        Actor.system(), full=full, retrain=retrain, as_of=as_of
    )


async def run_refresh(args: argparse.Namespace) -> int:
    report = await refresh(full=args.full, retrain=args.retrain, as_of=args.as_of)
    _print(asdict(report))
    return 0


async def run_train(args: argparse.Namespace) -> int:
    from cims.analytics import features

    matrix = await features.load_feature_matrix()
    if not len(matrix):
        print("no stored features: run `cims analytics refresh` first")
        return 1
    kind = TRAINABLE[args.kind]
    try:
        version = await _train(kind, matrix)
    except registry.RegistryError as error:  # offers need an active clustering
        print(str(error))
        return 1
    if args.activate:
        registry.activate(kind, version)
    metadata = registry.read_metadata(kind, version)
    _print(
        {
            "kind": kind,
            "version": version,
            "active": args.activate,
            "metrics": metadata["metrics"],
        }
    )
    return 0


async def _train(kind: str, matrix: FeatureMatrix) -> str:
    from cims.analytics import recommend, value
    from cims.analytics import segments as learned

    who = "cli"
    if kind == "segments":
        return (await learned.train_and_register(matrix, created_by=who))[1]
    if kind == "value":
        return (await value.train_and_register(matrix, created_by=who))[1]
    # Offers are read per learned segment: the active clustering labels the base.
    labels = registry.load("segments").assign(matrix)
    products = await recommend.product_catalogue()
    holdings = await recommend.load_holdings(
        matrix.customer_ids, products, matrix.as_of
    )
    model = await recommend.train_and_register(matrix, holdings, labels, created_by=who)
    return model[1]


def _kinds(root: Path) -> list[str]:
    if not root.is_dir():
        return []
    return sorted(p.name for p in root.iterdir() if p.is_dir() and p.name[0] != ".")


def known_kinds(root: Path) -> list[str]:
    """The kinds this system trains (stored or not yet), and any stored one."""
    from cims.analytics import credit
    from cims.domain.risk import ANOMALY_KIND

    trained = {*TRAINABLE.values(), ANOMALY_KIND, TRIAGE_KIND}
    trained |= {credit.credit_kind(mapping) for mapping in credit.MAPPINGS.values()}
    return sorted(trained | set(_kinds(root)))


def _known_kind(kind: str) -> str:
    """``kind`` when it names a kind of model; a one-line refusal otherwise."""
    known = known_kinds(get_settings().data_dir / "models")
    if kind not in known:
        raise DomainError(
            f"unknown model kind {kind!r}; the kinds are {', '.join(known)}"
        )
    return kind


async def run_models_list(args: argparse.Namespace) -> int:
    root = get_settings().data_dir / "models"
    kinds = [_known_kind(args.kind)] if args.kind else _kinds(root)
    _print(
        [
            {
                "kind": info.kind,
                "version": info.version,
                "active": info.active,
                "created_at": info.metadata.get("created_at"),
                "customers": info.metadata.get("data_window", {}).get("customers"),
                "metrics": info.metadata.get("metrics"),
            }
            for kind in kinds
            for info in registry.list_versions(kind)
        ]
    )
    return 0


async def run_models_activate(args: argparse.Namespace) -> int:
    try:
        registry.activate(_known_kind(args.kind), args.version)
    except registry.RegistryError as error:
        raise DomainError(str(error)) from error
    print(f"{args.kind} {args.version} is active; `cims analytics refresh` uses it")
    return 0
