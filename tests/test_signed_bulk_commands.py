"""``cims import``, ``cims export``, ``cims subject-export`` and
``cims import-transactions`` act as a staff
member proven by sign-in (``--as USERNAME``, see ``cims.auth.shell``): never without
one, a wrong password is refused and counted towards the lock-out, and the command
has that person's permissions, branch scope and name in the audit trail."""

from __future__ import annotations

import csv
import io

import pytest

from cims import capture_commands, risk_commands
from cims.cli import build_parser
from cims.models import AuditEvent, Customer, StaffMember
from tests.factories import branch, clerk_at_the_shell, customer_from_german

PURPOSE = ("--purpose", "data_quality_review")
HEADER = "客户姓名,手机号,出生日期\n"


def args(*argv: str):
    return build_parser().parse_args(list(argv))


@pytest.mark.parametrize(
    "argv",
    [
        ("import", "c.csv"),
        ("export", "--output", "out.csv", *PURPOSE),
        ("subject-export", "C000001", "--output", "out.json"),
        ("import-transactions", "t.csv"),
    ],
)
def test_a_bulk_command_without_as_is_refused(argv, capsys):
    with pytest.raises(SystemExit) as stopped:
        args(*argv)
    assert stopped.value.code == 2
    assert "--as" in capsys.readouterr().err


async def test_a_wrong_password_is_refused_and_counted(
    database, tmp_path, capsys, monkeypatch
):
    await branch("BJ01")
    await clerk_at_the_shell(monkeypatch, "ops.li", password="not-the-password")
    file = tmp_path / "c.csv"
    file.write_text(HEADER + "王芳,13800138000,1990-03-07\n")
    output = tmp_path / "out.csv"

    imported = await capture_commands.run_import(
        args("import", str(file), "--branch", "BJ01", "--as", "ops.li")
    )
    exported = await capture_commands.run_export(
        args("export", "--output", str(output), *PURPOSE, "--as", "ops.li")
    )

    assert (imported, exported) == (2, 2)
    err = capsys.readouterr().err
    assert err.count("sign-in as ops.li failed") == 2
    assert await Customer.all().count() == 0
    assert not output.exists()
    assert (await StaffMember.get(username="ops.li")).failed_logins == 2
    assert not await AuditEvent.filter(action="customer.export").exists()


async def test_import_transactions_with_a_wrong_password_books_nothing(
    database, tmp_path, monkeypatch
):
    from cims.domain.errors import Refused

    await clerk_at_the_shell(monkeypatch, "ops.li", password="not-the-password")
    file = tmp_path / "t.csv"
    file.write_text("账号,交易时间,金额,借贷方向,渠道,类别\n")

    with pytest.raises(Refused) as refused:  # cims prints it as one line, status 2
        await risk_commands.run_import_transactions(
            args("import-transactions", str(file), "--as", "ops.li")
        )

    assert refused.value.code == "SIGN_IN_FAILED"
    assert (await StaffMember.get(username="ops.li")).failed_logins == 1


async def test_the_audit_trail_names_the_staff_member(database, tmp_path, monkeypatch):
    await branch("BJ01")
    subject = await clerk_at_the_shell(monkeypatch, "ops.wang")
    file = tmp_path / "c.csv"
    file.write_text(HEADER + "王芳,13800138000,1990-03-07\n")
    output = tmp_path / "out.csv"

    imported = await capture_commands.run_import(
        args("import", str(file), "--branch", "BJ01", "--as", "ops.wang")
    )
    exported = await capture_commands.run_export(
        args("export", "--output", str(output), *PURPOSE, "--as", "ops.wang")
    )

    assert (imported, exported) == (0, 0)
    export = await AuditEvent.get(action="customer.export")
    assert export.actor == subject
    actors = set(await AuditEvent.all().values_list("actor", flat=True))
    assert actors == {subject}
    assert not any(actor.startswith("cli:") for actor in actors)


async def test_staff_without_the_permission_are_refused(
    database, tmp_path, capsys, monkeypatch
):
    await branch("BJ01")
    await clerk_at_the_shell(
        monkeypatch, "zhao.teller", ("teller",), branch_code="BJ01"
    )
    file = tmp_path / "c.csv"
    file.write_text(HEADER + "王芳,13800138000,1990-03-07\n")
    output = tmp_path / "out.csv"

    imported = await capture_commands.run_import(
        args("import", str(file), "--as", "zhao.teller")
    )
    exported = await capture_commands.run_export(
        args("export", "--output", str(output), *PURPOSE, "--as", "zhao.teller")
    )

    assert (imported, exported) == (2, 2)
    err = capsys.readouterr().err
    assert "customer.import" in err and "customer.export" in err
    assert await Customer.all().count() == 0
    assert not output.exists()


async def test_branch_staff_export_and_import_in_their_branch_only(
    database, tmp_path, capsys, monkeypatch
):
    here, there = await branch("BJ01"), await branch("SH01")
    mine = await customer_from_german(1, here)
    await customer_from_german(2, there)
    await clerk_at_the_shell(
        monkeypatch, "li.rm", ("relationship_manager",), branch_code="BJ01"
    )
    output = tmp_path / "out.csv"
    file = tmp_path / "c.csv"
    file.write_text(HEADER + "王芳,13800138000,1990-03-07\n")

    exported = await capture_commands.run_export(
        args("export", "--output", str(output), *PURPOSE, "--as", "li.rm")
    )
    elsewhere = await capture_commands.run_import(
        args("import", str(file), "--branch", "SH01", "--as", "li.rm")
    )
    at_home = await capture_commands.run_import(
        args("import", str(file), "--as", "li.rm")
    )

    assert (exported, elsewhere, at_home) == (0, 1, 0)
    rows = list(csv.DictReader(io.StringIO(output.read_text("utf-8-sig"))))
    assert [row["customer_no"] for row in rows] == [mine.customer_no]
    assert "BRANCH_OUT_OF_SCOPE" in capsys.readouterr().out
    imported = await Customer.filter(full_name="王芳").values_list(
        "branch_id", flat=True
    )
    assert imported == [here.id]


async def test_a_subject_export_names_the_staff_member_and_needs_the_password(
    database, tmp_path, capsys, monkeypatch
):
    person = await customer_from_german(1, await branch("BJ01"))
    subject = await clerk_at_the_shell(monkeypatch, "ops.dpo", commands=1)
    output = tmp_path / "subject.json"
    argv = ("subject-export", person.customer_no, "--output", str(output))

    made = await capture_commands.run_subject_export(args(*argv, "--as", "ops.dpo"))
    output.unlink()
    refused = await capture_commands.run_subject_export(args(*argv, "--as", "ops.dpo"))

    assert (made, refused) == (0, 2)  # standard input gave the password once only
    assert "sign-in as ops.dpo failed" in capsys.readouterr().err
    assert not output.exists()
    exports = await AuditEvent.filter(action__contains="export").values_list(
        "actor", flat=True
    )
    assert exports == [subject]
