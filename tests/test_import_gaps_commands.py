"""``cims import``: unmapped columns and --ignore; what a likely duplicate resembles."""

from __future__ import annotations

import csv
import io

import pytest

from cims import capture_commands
from cims.cli import build_parser
from cims.models import Customer
from tests.factories import branch, clerk_at_the_shell, customer_from_german

CLERK = "ops.clerk"


@pytest.fixture(autouse=True)
async def clerk(database, monkeypatch):
    """Imports act as a staff member signed in with ``--as``."""
    return await clerk_at_the_shell(monkeypatch, CLERK)


def args(*argv: str):
    signed = argv[0].startswith("import") and "--as" not in argv
    return build_parser().parse_args([*argv, *(("--as", CLERK) if signed else ())])


async def test_a_commit_with_an_unmapped_column_needs_ignore(
    database, tmp_path, capsys
):
    await branch("BJ01")
    file = tmp_path / "c.csv"
    file.write_text("客户姓名,手机号,备注\n王芳,13800138000,老客户\n")
    argv = ["import", str(file), "--branch", "BJ01"]

    checked = await capture_commands.run_import(args(*argv, "--dry-run"))
    dry = capsys.readouterr()
    refused = await capture_commands.run_import(args(*argv))
    said = capsys.readouterr()
    written = await capture_commands.run_import(args(*argv, "--ignore", "备注"))
    done = capsys.readouterr()

    assert (checked, refused, written) == (0, 2, 0)
    assert "unmapped columns, not imported: 备注" in dry.out
    assert "UNMAPPED_COLUMN" in said.err and "'备注'" in said.err
    assert "--ignore COLUMN" in said.err
    assert "ignored columns: 备注" in done.out
    assert await Customer.all().count() == 1


async def test_a_duplicate_header_is_refused_and_a_blank_one_named(
    database, tmp_path, capsys
):
    await branch("BJ01")
    twice = tmp_path / "twice.csv"
    twice.write_text("客户姓名,手机号,手机号\n王芳,13800138000,13900139000\n")
    blank = tmp_path / "blank.csv"
    blank.write_text("客户姓名,,手机号\n王芳,老客户,13800138000\n")

    refused = await capture_commands.run_import(
        args("import", str(twice), "--branch", "BJ01", "--dry-run")
    )
    said = capsys.readouterr()
    checked = await capture_commands.run_import(
        args("import", str(blank), "--branch", "BJ01", "--dry-run")
    )
    dry = capsys.readouterr()
    written = await capture_commands.run_import(
        args("import", str(blank), "--branch", "BJ01", "--ignore", "Column B")
    )

    assert (refused, checked, written) == (2, 0, 0)
    assert "DUPLICATE_HEADER" in said.err and "'手机号'" in said.err
    assert "B and C" in said.err
    assert "unmapped columns, not imported: Column B" in dry.out
    assert await Customer.all().count() == 1


async def test_the_report_names_what_a_likely_duplicate_resembles(
    database, tmp_path, capsys
):
    home = await branch("BJ01")
    known = await customer_from_german(0, home, mobile_phone="+8613700137000")
    file = tmp_path / "c.csv"
    report = tmp_path / "report.csv"
    file.write_text(
        "客户姓名,手机号,电子邮箱\n新客户,13700137000,a@example.com\n"
        "又一个,13600136000,A@example.com\n"
    )

    code = await capture_commands.run_import(
        args("import", str(file), "--branch", "BJ01", "--report", str(report))
    )

    assert code == 0
    out = capsys.readouterr().out
    assert f"row 2: likely duplicate, resembles customer {known.customer_no}" in out
    assert "row 3: likely duplicate, resembles row 2 (score" in out
    lines = list(csv.DictReader(io.StringIO(report.read_text("utf-8-sig"))))
    assert [(r["row"], r["code"]) for r in lines] == [
        ("2", "LIKELY_DUPLICATE"),
        ("3", "LIKELY_DUPLICATE"),
    ]
    assert known.customer_no in lines[0]["message"]
    assert "row 2" in lines[1]["message"]


def test_import_transactions_takes_columns_to_ignore():
    parsed = args(
        "import-transactions", "t.csv", "--ignore", "柜员", "--ignore", "备注"
    )

    assert parsed.ignore == ["柜员", "备注"]
