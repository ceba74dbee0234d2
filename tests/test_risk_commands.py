"""The risk commands: booking a file of transactions, refusing without a model."""

from __future__ import annotations

import io
import json
import sys
from datetime import timedelta
from decimal import Decimal

import pytest

from cims import risk_commands
from cims.cli import build_parser
from cims.domain import risk
from cims.domain.actor import Actor
from cims.models import Alert, Branch, Transaction
from tests.domain.test_risk import START, history, make_customer, outlier
from tests.factories import clerk_at_the_shell

CLERK = ("--as", "ops.clerk")

HEADER = "账号,交易时间,金额,借贷方向,渠道,类别\n"


@pytest.fixture
async def branch(database) -> Branch:
    return await Branch.create(
        code="SH01", name="上海分行", name_en="Shanghai", city="上海"
    )


def test_import_transactions_parses_its_options():
    args = build_parser().parse_args(
        ["import-transactions", "x.csv", "--dry-run", *CLERK]
    )

    assert args.func is risk_commands.run_import_transactions
    assert (args.file, args.dry_run) == ("x.csv", True)


async def test_import_transactions_books_the_file_and_alerts(
    branch, tmp_path, capsys, monkeypatch
):
    await clerk_at_the_shell(monkeypatch, "ops.clerk")
    account = await history(await make_customer(branch))
    at = (START + timedelta(days=30)).isoformat()
    path = tmp_path / "bookings.csv"
    path.write_text(
        HEADER + f"{account.number},{at},80000.00,debit,mobile,transfer\n",
        encoding="gb18030",
    )
    args = build_parser().parse_args(["import-transactions", str(path), *CLERK])

    code = await args.func(args)

    report = json.loads(capsys.readouterr().out)
    assert code == 0
    assert report == {
        "rows": 1,
        "stored": 1,
        "already_booked": 0,
        "alerts": 1,
        "unmapped_columns": [],
        "problems": [],
    }
    alert = await Alert.get()
    assert (await Transaction.get(id=alert.transaction_id)).amount == Decimal(80000)


async def test_import_transactions_fails_on_a_bad_row_and_stores_nothing(
    branch, tmp_path, capsys, monkeypatch
):
    await clerk_at_the_shell(monkeypatch, "ops.clerk")
    account = await history(await make_customer(branch))
    count = await Transaction.all().count()
    path = tmp_path / "bookings.csv"
    path.write_text(HEADER + f"{account.number},yesterday,1.00,debit,mobile,x\n")
    args = build_parser().parse_args(["import-transactions", str(path), *CLERK])

    code = await args.func(args)

    report = json.loads(capsys.readouterr().out)
    assert code == 1
    assert report["problems"] == [
        {
            "line": 2,
            "field": "booked_at",
            "code": "BAD_TIME",
            "message": "Use ISO 8601 with an offset",
        }
    ]
    assert await Transaction.all().count() == count


async def test_risk_score_without_a_model_says_what_to_run(
    branch, tmp_path, monkeypatch, capsys
):
    monkeypatch.setenv("CIMS_DATA_DIR", str(tmp_path))
    await make_customer(branch)
    args = build_parser().parse_args(["risk", "score"])

    code = await args.func(args)

    assert code == 1
    assert "cims train credit --dataset german_credit" in capsys.readouterr().out


async def test_demo_alerts_scans_the_demos_last_month_once(branch):
    account = await history(await make_customer(branch))
    outlier = await Transaction.create(
        account=account,
        customer_id=account.customer_id,
        booked_at=START + timedelta(days=30, hours=1),
        amount=Decimal("80000.00"),
        direction="debit",
        channel="mobile",
        category="transfer",
    )

    first = await risk_commands.demo_alerts()
    again = await risk_commands.demo_alerts()

    alert = await Alert.get()
    assert alert.transaction_id == outlier.id
    assert first.startswith("alerts: 1 opened by a scan of 1 transactions")
    assert "the queue has alerts" in again
    assert await Alert.all().count() == 1


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


async def test_risk_scan_draws_progress_and_ends_with_a_summary(
    branch, capsys, monkeypatch
):
    customer = await make_customer(branch)
    await outlier(await history(customer))
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    args = build_parser().parse_args(["risk", "scan", "--since", START.isoformat()])

    await args.func(args)

    drawn = terminal.getvalue()
    assert "score" in drawn and "31/31" in drawn and "transactions" in drawn
    summary = drawn.rstrip("\n").rsplit("\n", 1)[-1]
    assert summary == (
        f"cims risk scan: 31 transactions of 1 customers scored since "
        f"{START.isoformat()}, 1 alerts opened"
    )
    # Counts only: nothing of the customer's.
    for value in (customer.full_name, customer.customer_no, "80000"):
        assert value not in drawn
    assert json.loads(capsys.readouterr().out)["alerts"] == 1


async def test_risk_scan_without_a_terminal_prints_the_summary_only(branch, capsys):
    await history(await make_customer(branch))
    args = build_parser().parse_args(["risk", "scan", "--since", START.isoformat()])

    await args.func(args)

    err = capsys.readouterr().err
    assert err == (
        f"cims risk scan: 30 transactions of 1 customers scored since "
        f"{START.isoformat()}, 0 alerts opened\n"
    )


async def test_a_scan_tells_its_progress_in_counts(branch, monkeypatch):
    monkeypatch.setattr(risk, "_BATCH", 8)
    for n in range(2):
        await history(await make_customer(branch, n), code=f"DEP{n}")
    updates = []

    report = await risk.scan(Actor.system(), START, progress=updates.append)

    assert report.transactions == 60 and report.customers == 2
    assert {u.phase for u in updates} == {"score"}
    assert {u.total for u in updates} == {60}
    done = [u.done for u in updates]
    assert done[0] == 0 and done[-1] == 60 and len(done) > 3
    assert done == sorted(done)
