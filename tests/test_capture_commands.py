"""``cims import`` and ``cims export`` against the test database."""

from __future__ import annotations

import csv
import io
import json
import sys

import openpyxl
import pytest

from cims import capture_commands
from cims.cli import build_parser
from cims.domain.crypto import open_fields
from cims.models import Account, AuditEvent, Customer, ImportJob, Product
from tests.factories import (
    accounts_with_history,
    branch,
    clerk_at_the_shell,
    customer_from_german,
)

PURPOSE = ("--purpose", "data_quality_review")
HEADER = "客户姓名,手机号,出生日期\n"
CLERK = "ops.clerk"


@pytest.fixture(autouse=True)
async def clerk(database, monkeypatch):
    """Imports and exports act as a staff member signed in with ``--as``."""
    return await clerk_at_the_shell(monkeypatch, CLERK)


def args(*argv: str):
    signed = argv[0] in ("import", "export", "subject-export") and "--as" not in argv
    return build_parser().parse_args([*argv, *(("--as", CLERK) if signed else ())])


async def test_import_with_a_default_branch_writes_sealed_rows(
    database, tmp_path, capsys, monkeypatch
):
    # The progress bar is drawn on a terminal only.
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    await branch("BJ01")
    file = tmp_path / "c.csv"
    file.write_text(HEADER + "王芳,13800138000,1990-03-07\n李娜,13900139000,\n")

    code = await capture_commands.run_import(
        args("import", str(file), "--branch", "bj01")
    )

    assert code == 0
    out = capsys.readouterr()
    assert "rows 2, valid 2, created 2" in out.out
    assert "100%" in out.err and "2/2" in out.err
    rows = await Customer.all().order_by("id")
    assert [open_fields(r)["mobile_phone"] for r in rows] == [
        "+8613800138000",
        "+8613900139000",
    ]


async def test_dry_run_writes_nothing_and_reports_bad_cells(database, tmp_path, capsys):
    await branch("BJ01")
    file = tmp_path / "c.csv"
    report = tmp_path / "report.csv"
    file.write_text(HEADER + "王芳,12345,1990-02-30\n")

    code = await capture_commands.run_import(
        args(
            "import",
            str(file),
            "--dry-run",
            "--branch",
            "BJ01",
            "--report",
            str(report),
        )
    )

    assert code == 1
    assert await Customer.all().count() == 0
    assert (await ImportJob.get()).dry_run is True
    problems = list(csv.DictReader(io.StringIO(report.read_text("utf-8-sig"))))
    assert [(p["row"], p["field"], p["code"], p["value"]) for p in problems] == [
        ("2", "birth_date", "INVALID_DATE", "19******30"),
        ("2", "mobile_phone", "INVALID_PHONE", "1***5"),
    ]
    assert "12345" not in capsys.readouterr().out


async def test_import_with_an_unknown_branch_is_refused(database, tmp_path, capsys):
    file = tmp_path / "c.csv"
    file.write_text(HEADER + "王芳,,\n")

    code = await capture_commands.run_import(args("import", str(file), "--branch", "X"))

    assert code == 2
    assert "UNKNOWN_BRANCH" in capsys.readouterr().err
    assert await ImportJob.all().count() == 0


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("bad.xlsx", b"PK\x03\x04garbage garbage"),
        ("bad.csv", b'name,phone\n"x\x00' + b"y" * 200_000 + b"\n"),
    ],
)
async def test_import_of_a_damaged_file_is_one_line(
    database, tmp_path, capsys, name, data
):
    await branch("BJ01")
    file = tmp_path / name
    file.write_bytes(data)

    code = await capture_commands.run_import(
        args("import", str(file), "--dry-run", "--branch", "BJ01")
    )

    assert code == 2
    err = capsys.readouterr().err
    assert "UNREADABLE_FILE" in err
    assert "Traceback" not in err
    assert await Customer.all().count() == 0


async def test_a_refusal_before_any_progress_leaves_no_blank_line(
    database, tmp_path, capsys
):
    await branch("BJ01")
    file = tmp_path / "hdronly.csv"
    file.write_text("手机号\n")

    code = await capture_commands.run_import(
        args("import", str(file), "--dry-run", "--branch", "BJ01")
    )

    assert code == 2
    assert capsys.readouterr().err.startswith("cims: refused: ")


async def test_a_formula_without_a_stored_value_is_a_bad_cell(database, tmp_path):
    from tests.domain.test_importing import _formula_workbook

    await branch("BJ01")
    file, report = tmp_path / "f.xlsx", tmp_path / "report.csv"
    file.write_bytes(_formula_workbook())

    code = await capture_commands.run_import(
        args("import", str(file), "--branch", "BJ01", "--report", str(report))
    )

    assert code == 1
    assert await Customer.all().count() == 0
    problems = list(csv.DictReader(io.StringIO(report.read_text("utf-8-sig"))))
    assert [(p["row"], p["field"], p["code"]) for p in problems] == [
        ("2", "mobile_phone", "FORMULA_WITHOUT_VALUE"),
        ("2", "birth_date", "FORMULA_WITHOUT_VALUE"),
    ]
    assert "paste values" in problems[0]["message"]


async def test_an_export_that_cannot_be_written_is_neither_made_nor_audited(
    database, tmp_path
):
    await customer_from_german(3, await branch("BJ01"))
    output = tmp_path / "missing" / "out.csv"

    with pytest.raises(FileNotFoundError):
        await capture_commands.run_export(
            args("export", "--format", "csv", "--output", str(output), *PURPOSE)
        )

    assert await AuditEvent.filter(action="customer.export").count() == 0


async def test_export_writes_the_file_in_clear_and_is_audited(database, tmp_path):
    await branch("BJ01")
    source = tmp_path / "c.csv"
    source.write_text(HEADER + "王芳,13800138000,1990-03-07\n")
    await capture_commands.run_import(args("import", str(source), "--branch", "BJ01"))
    output = tmp_path / "out.xlsx"

    code = await capture_commands.run_export(
        args("export", "--format", "xlsx", "--output", str(output), *PURPOSE)
    )

    assert code == 0
    sheet = openpyxl.load_workbook(output, read_only=True).active
    header, first = list(sheet.iter_rows(values_only=True))
    assert dict(zip(header, first, strict=True))["mobile_phone"] == "+8613800138000"
    assert await AuditEvent.filter(action="customer.export").count() == 1
    assert output.stat().st_mode & 0o777 == 0o600


def test_export_needs_a_purpose(capsys):
    with pytest.raises(SystemExit):
        args("export", "--output", "out.csv")

    assert "--purpose" in capsys.readouterr().err


async def test_export_other_without_a_text_is_refused_and_leaves_no_file(
    database, tmp_path, capsys
):
    await customer_from_german(3, await branch("BJ01"))
    output = tmp_path / "out.csv"

    code = await capture_commands.run_export(
        args("export", "--output", str(output), "--purpose", "other")
    )

    assert code == 2
    assert not output.exists()
    assert "purpose_text: REQUIRED" in capsys.readouterr().err
    assert await AuditEvent.filter(action="customer.export").count() == 0


async def test_export_in_clear_above_the_limit_is_refused_masked_is_made(
    database, tmp_path, capsys, monkeypatch
):
    monkeypatch.setenv("CIMS_EXPORT_CLEAR_MAX_ROWS", "1")
    home = await branch("BJ01")
    for n in (3, 4):
        await customer_from_german(n, home)
    clear, masked = tmp_path / "clear.csv", tmp_path / "masked.csv"
    purpose = ("--purpose", "other", "--purpose-text", "year-end reconciliation")

    refused = await capture_commands.run_export(
        args("export", "--output", str(clear), *purpose)
    )
    made = await capture_commands.run_export(
        args("export", "--output", str(masked), "--masked", *purpose)
    )

    assert (refused, made) == (2, 0)
    assert not clear.exists()
    assert "limited to 1 rows" in capsys.readouterr().err
    rows = list(csv.DictReader(io.StringIO(masked.read_text("utf-8-sig"))))
    assert len(rows) == 2 and all("*" in row["id_number"] for row in rows)
    [event] = await AuditEvent.filter(action="customer.export")
    assert event.details["purpose_text"] == "year-end reconciliation"


async def test_subject_export_writes_the_customer_in_clear(database, tmp_path):
    row = await customer_from_german(6, await branch("BJ01"))
    await accounts_with_history(row, transactions=2)
    out = tmp_path / "subject.json"
    out.write_text("an older file, readable by all")
    out.chmod(0o644)

    code = await capture_commands.run_subject_export(
        args("subject-export", row.customer_no, "--output", str(out))
    )

    assert code == 0
    assert out.stat().st_mode & 0o777 == 0o600
    data = json.loads(out.read_text())
    assert data["customer"]["id_number"] == open_fields(row)["id_number"]
    assert len(data["accounts"]) == 2 and len(data["transactions"]) == 4
    assert await AuditEvent.filter(action="customer.subject_export").count() == 1


async def test_a_subject_export_that_cannot_be_written_is_neither_made_nor_audited(
    database, tmp_path
):
    row = await customer_from_german(6, await branch("BJ01"))
    output = tmp_path / "missing" / "subject.json"

    with pytest.raises(FileNotFoundError):
        await capture_commands.run_subject_export(
            args("subject-export", row.customer_no, "--output", str(output))
        )

    assert await AuditEvent.filter(action="customer.subject_export").count() == 0


async def test_subject_export_of_an_unknown_number_fails(database, tmp_path, capsys):
    out = tmp_path / "subject.json"

    code = await capture_commands.run_subject_export(
        args("subject-export", "C0000000000", "--output", str(out))
    )

    assert code == 2
    assert "customer_no: NOT_FOUND" in capsys.readouterr().err
    assert not out.exists()


async def test_import_with_update_changes_the_matched_customer(
    database, tmp_path, capsys
):
    home = await branch("BJ01")
    owner = await customer_from_german(0, home)
    file = tmp_path / "u.csv"
    file.write_text(
        f"客户号,客户姓名,手机号\n{owner.customer_no},{owner.full_name},13800138000\n"
    )

    code = await capture_commands.run_import(
        args("import", str(file), "--branch", "BJ01", "--update")
    )

    assert code == 0
    assert (
        "created 0, already there 1, updated 1, unchanged 0" in capsys.readouterr().out
    )
    after = await Customer.get(id=owner.id)
    assert (after.version, open_fields(after)["mobile_phone"]) == (2, "+8613800138000")


async def test_import_of_accounts_links_them_by_customer_number(database, tmp_path):
    home = await branch("BJ01")
    owner = await customer_from_german(0, home)
    await Product.create(
        code="DEP-CUR",
        name="活期储蓄账户",
        name_en="Current account",
        category="deposit",
    )
    file = tmp_path / "a.csv"
    file.write_text(
        f"客户号,账号,产品代码,开户日期\n{owner.customer_no},6210000000000017,DEP-CUR,2026-01-05\n"
    )

    code = await capture_commands.run_import(
        args("import", str(file), "--entity", "account")
    )

    assert code == 0
    assert await Account.filter(customer_id=owner.id).values_list(
        "number", flat=True
    ) == ["6210000000000017"]


# ---------------------------------------------------------------- valid rows only


async def test_valid_rows_only_writes_the_good_rows_and_exits_0(
    database, tmp_path, capsys
):
    await branch("BJ01")
    file = tmp_path / "c.csv"
    report = tmp_path / "report.csv"
    file.write_text(HEADER + "王芳,13800138000,1990-03-07\n坏,12345,\n李娜,,\n")

    code = await capture_commands.run_import(
        args("import", str(file), "--branch", "BJ01", "--valid-rows-only",
             "--report", str(report))
    )  # fmt: skip

    assert code == 0
    assert "valid rows only: written 2, skipped 1" in capsys.readouterr().out
    assert await Customer.all().order_by("id").values_list("full_name", flat=True) == [
        "王芳",
        "李娜",
    ]
    lines = list(csv.DictReader(io.StringIO(report.read_text("utf-8-sig"))))
    assert [(p["row"], p["code"], p["value"]) for p in lines] == [
        ("3", "INVALID_PHONE", "1***5")
    ]


async def test_valid_rows_only_with_nothing_to_write_exits_1(
    database, tmp_path, capsys
):
    await branch("BJ01")
    file = tmp_path / "c.csv"
    file.write_text(HEADER + "坏,12345,\n")

    code = await capture_commands.run_import(
        args("import", str(file), "--branch", "BJ01", "--valid-rows-only")
    )

    assert code == 1
    out = capsys.readouterr().out
    assert "refused" in out
    assert "valid rows only: written 0, skipped 1" in out
    assert await Customer.all().count() == 0


async def test_rows_held_for_review_are_in_the_report_until_confirmed(
    database, tmp_path
):
    home = await branch("BJ01")
    await customer_from_german(0, home, mobile_phone="+8613700137000")
    file = tmp_path / "c.csv"
    report = tmp_path / "report.csv"
    file.write_text(HEADER + "新客户,13700137000,\n")
    argv = ["import", str(file), "--branch", "BJ01", "--valid-rows-only"]

    held = await capture_commands.run_import(args(*argv, "--report", str(report)))
    confirmed = await capture_commands.run_import(args(*argv, "--confirm-duplicates"))

    assert (held, confirmed) == (1, 0)
    lines = list(csv.DictReader(io.StringIO(report.read_text("utf-8-sig"))))
    assert [(p["row"], p["code"]) for p in lines] == [("2", "NEEDS_REVIEW")]
    assert await Customer.filter(full_name="新客户").count() == 1


async def test_accounts_valid_rows_only_from_the_shell(database, tmp_path, capsys):
    owner = await customer_from_german(0, await branch("BJ01"))
    await Product.create(
        code="DEP-CUR", name="活期储蓄账户", name_en="Current account",
        category="deposit",
    )  # fmt: skip
    file = tmp_path / "a.csv"
    file.write_text(
        "客户号,账号,产品代码,开户日期\n"
        f"{owner.customer_no},6210000000000017,DEP-CUR,2026-01-05\n"
        f"{owner.customer_no},6210000000000025,NOPE,2026-01-05\n"
    )

    code = await capture_commands.run_import(
        args("import", str(file), "--entity", "account", "--valid-rows-only")
    )

    assert code == 0
    assert "valid rows only: written 1, skipped 1" in capsys.readouterr().out
    assert await Account.all().count() == 1


async def test_an_unclear_encoding_is_refused_until_it_is_named(
    database, tmp_path, capsys
):
    await branch("BJ01")
    file = tmp_path / "g.csv"
    file.write_bytes("full_name,mobile_phone\n王五,13800000000\n".encode("gbk"))

    refused = await capture_commands.run_import(
        args("import", str(file), "--branch", "BJ01")
    )
    err = capsys.readouterr().err
    code = await capture_commands.run_import(
        args("import", str(file), "--branch", "BJ01", "--encoding", "gbk")
    )

    assert refused == 2
    assert "AMBIGUOUS_ENCODING" in err and "big5 or gb18030" in err
    assert code == 0
    assert [c.full_name for c in await Customer.all()] == ["王五"]


async def test_a_dry_run_says_what_it_would_create(database, tmp_path, capsys):
    await branch("BJ01")
    file = tmp_path / "c.csv"
    file.write_text(HEADER + "王芳,13800138000,1990-03-07\n李娜,13900139000,\n")

    code = await capture_commands.run_import(
        args("import", str(file), "--branch", "BJ01", "--dry-run")
    )
    again = await capture_commands.run_import(
        args("import", str(file), "--branch", "BJ01")
    )
    out = capsys.readouterr().out
    await capture_commands.run_import(
        args("import", str(file), "--branch", "BJ01", "--dry-run")
    )

    assert (code, again) == (0, 0)
    assert "rows 2, valid 2, would create 2, already there 0" in out
    assert "rows 2, valid 2, created 2, already there 0" in out
    assert "rows 2, valid 2, would create 0, already there 2" in capsys.readouterr().out


async def test_a_row_of_more_cells_than_headers_is_named_with_its_line(
    database, tmp_path, capsys
):
    await branch("BJ01")
    file = tmp_path / "c.csv"
    file.write_text("客户姓名,地址\n王芳,深圳市南山区\n李娜,深圳市,南山区科技园1号\n")

    code = await capture_commands.run_import(
        args("import", str(file), "--branch", "BJ01")
    )

    out = capsys.readouterr().out
    assert code == 1
    assert "row 3 row: TOO_MANY_CELLS line 3: 3 cells under 2 headers" in out
    assert await Customer.all().count() == 0
