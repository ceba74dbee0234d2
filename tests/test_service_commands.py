"""The service commands: argument parsing and the escalation run."""

from __future__ import annotations

import argparse
import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from cims import service_commands
from cims.analytics import triage
from cims.cli import build_parser
from cims.domain import complaints
from cims.domain.actor import Actor
from cims.models import Complaint
from tests.factories import branch, complaint_category, customer_from_german


def test_train_complaints_parses_its_options():
    args = build_parser().parse_args(["train", "complaints", "--seed", "7"])

    assert args.func is service_commands.run_train_complaints
    assert (args.seed, args.no_corrections) == (7, False)


def test_train_group_is_shared_with_commands_registered_before():
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("train").add_subparsers(dest="train_command").add_parser("segments")

    service_commands.register(sub)

    assert parser.parse_args(["train", "segments"]).train_command == "segments"
    assert parser.parse_args(["train", "complaints"]).train_command == "complaints"


async def test_escalate_breached_escalates_late_complaints(database, capsys):
    customer = await customer_from_german(0, await branch())
    category = await complaint_category("Credit card", "Fees")
    late = await complaints.file_complaint(
        Actor.system(),
        customer.id,
        category_id=category.id,
        severity="low",
        channel="branch",
        description="Nobody answered my letter.",
        received_at=datetime.now(UTC) - timedelta(days=40),
    )
    args = build_parser().parse_args(["complaints", "escalate-breached"])

    code = await args.func(args)

    assert code == 0
    assert json.loads(capsys.readouterr().out) == {"escalated": 1}
    assert (await Complaint.get(id=late.id)).status == "escalated"


async def test_demo_trains_a_triage_model_once(session_settings, tmp_path):
    settings = replace(session_settings, data_dir=tmp_path)

    first = await service_commands.demo_triage(settings)
    active = (tmp_path / "models" / "triage" / "ACTIVE").read_text()
    second = await service_commands.demo_triage(settings)

    assert first.startswith("triage model trained: product accuracy 0.")
    assert second.startswith("triage: a model is active")
    assert (tmp_path / "models" / "triage" / "ACTIVE").read_text() == active
    guess = triage.suggest(
        "I was charged an overdraft fee twice on my checking "
        "account although the balance covered it.",
        settings,
    )
    assert guess is not None and guess.product_confidence > 0
