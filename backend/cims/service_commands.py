"""``cims train complaints`` and ``cims complaints escalate-breached``.

Training runs as a command on its own, never inside a request; escalation is meant
for a scheduler (cron, a Kubernetes CronJob) every few minutes.
"""

from __future__ import annotations

import argparse
import json
import logging

from cims.config import Settings

log = logging.getLogger(__name__)


def register(subparsers) -> None:
    train = _group(subparsers, "train", "train and store a model")
    complaints = train.add_parser(
        "complaints", help="the complaint triage model (product and issue)"
    )
    complaints.add_argument("--seed", type=int, default=None)
    complaints.add_argument(
        "--no-corrections",
        action="store_true",
        help="leave out what staff confirmed or corrected",
    )
    complaints.set_defaults(func=run_train_complaints)

    group = subparsers.add_parser("complaints", help="complaint handling")
    commands = group.add_subparsers(dest="complaints_command", required=True)
    commands.add_parser(
        "escalate-breached", help="escalate open complaints past their deadline"
    ).set_defaults(func=run_escalate_breached)


def _group(subparsers, name: str, help_text: str):
    """The sub-commands of ``cims <name>``, shared with other areas' commands
    (``cims train segments``...) whichever module registers first."""
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


async def run_train_complaints(args) -> int:
    # Imported here: scikit-learn takes a second to load.
    from cims.analytics import triage

    options = {"include_corrections": not args.no_corrections}
    if args.seed is not None:
        options["seed"] = args.seed
    figures = await triage.train_triage(**options)
    print(json.dumps(figures, indent=2, default=str))
    return 0


async def demo_triage(settings: Settings | None = None) -> str:
    """Train the triage model for the demo when none is active, so that filing a
    complaint in the demo shows a suggestion; an active model is left as it is."""
    from cims.analytics import triage

    if triage.load_active(settings) is not None:
        return "triage: a model is active; `cims train complaints` retrains it"
    figures = await triage.train_triage(settings)
    return (
        f"triage model trained: product accuracy {figures['product_accuracy']:.2f}, "
        f"issue accuracy {figures['issue_accuracy']:.2f} on held-out complaints"
    )


async def run_escalate_breached(args) -> int:
    from cims.domain import complaints

    escalated = await complaints.escalate_breached()
    print(json.dumps({"escalated": len(escalated)}))
    return 0
