"""A user's mistake at the shell: one line on stderr, status 2, no traceback."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys

import pytest
from tortoise.exceptions import IntegrityError

from cims import cli_errors
from cims.domain.errors import ValidationFailed


@pytest.fixture(scope="module")
def cims(tmp_path_factory):
    """``cims`` in a process of its own, on a SQLite data folder of its own."""
    data_dir = tmp_path_factory.mktemp("cli-data")
    env = {
        **os.environ,
        "CIMS_DATA_DIR": str(data_dir),
        "CIMS_ENV": "development",
        "CIMS_LOG_LEVEL": "WARNING",
        "CIMS_DATABASE_URL": "",
    }

    def run(*argv: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "cims", *argv],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )

    assert run("migrate").returncode == 0
    return run


def test_a_branch_role_client_without_a_branch_is_refused(cims):
    refused = cims("client", "create", "--name", "counter kiosk", "--role", "teller")
    listed = cims("client", "list")

    assert refused.returncode == 2
    assert refused.stderr == "cims: branch: A branch-bound role needs --branch\n"
    assert refused.stdout == ""
    assert json.loads(listed.stdout) == []


def test_a_duplicate_username_is_one_line(cims):
    first = cims("staff", "create", "--username", "li.na", "--role", "analyst")
    again = cims("staff", "create", "--username", "LI.NA", "--role", "analyst")

    assert first.returncode == 0
    assert again.returncode == 2
    assert again.stderr == "cims: username: This username is taken\n"
    usernames = [e["username"] for e in json.loads(cims("staff", "list").stdout)]
    assert usernames == ["li.na"]


def test_an_unknown_branch_is_one_line(cims):
    refused = cims(
        "staff", "create", "--username", "wu.gang", "--role", "teller",
        "--branch", "XX99",
    )  # fmt: skip

    assert refused.returncode == 2
    assert (
        refused.stderr == "cims: branch: No such branch; the branches are: none yet\n"
    )


def test_an_unknown_account_is_one_line(cims):
    refused = cims("staff", "unlock", "nobody.here")

    assert refused.returncode == 2
    assert refused.stderr == "cims: Staff member not found\n"


def test_a_missing_import_file_is_one_line(cims, tmp_path):
    missing = tmp_path / "customers.csv"

    refused = cims("import", str(missing), "--as", "li.na")
    booking = cims("import-transactions", str(missing), "--as", "li.na")

    assert refused.returncode == 2
    assert refused.stderr == f"cims: No such file or directory: {missing}\n"
    assert (booking.returncode, booking.stderr) == (refused.returncode, refused.stderr)


def test_an_unknown_model_kind_is_one_line(cims):
    refused = cims("models", "list", "bogus")
    known = cims("models", "list", "segments")

    assert refused.returncode == 2
    assert refused.stdout == ""
    assert refused.stderr.startswith("cims: unknown model kind 'bogus'; the kinds are ")
    assert "segments" in refused.stderr and len(refused.stderr.splitlines()) == 1
    assert (known.returncode, json.loads(known.stdout)) == (0, [])


def test_an_unknown_role_is_refused_by_the_parser(cims):
    refused = cims("client", "create", "--name", "x", "--role", "root")

    assert refused.returncode == 2
    assert "Traceback" not in refused.stderr
    assert "invalid choice: 'root'" in refused.stderr


def test_a_unique_value_taken_in_a_race_is_explained():
    stderr = io.StringIO()

    def insert():
        raise IntegrityError("UNIQUE constraint failed: staff_member.username")

    assert cli_errors.run(insert, stderr=stderr) == 2
    assert stderr.getvalue() == "cims: that already exists (a unique value is taken)\n"


def test_every_field_problem_is_on_the_one_line():
    stderr = io.StringIO()
    problems = ValidationFailed.one("roles", "INVALID", "no role")
    problems.problems.append(ValidationFailed.one("branch", "X", "bad").problems[0])

    def create():
        raise problems

    assert cli_errors.run(create, stderr=stderr) == 2
    assert stderr.getvalue() == "cims: roles: no role; branch: bad\n"


def test_a_bug_keeps_its_traceback():
    def broken():
        raise ZeroDivisionError

    with pytest.raises(ZeroDivisionError):
        cli_errors.run(broken, stderr=io.StringIO())


def _parse(*argv: str):
    from cims.cli import build_parser

    return build_parser().parse_args(list(argv))


@pytest.mark.parametrize("port", ["99999", "0", "-1", "http"])
def test_a_port_out_of_range_is_refused_by_the_parser(port, capsys):
    with pytest.raises(SystemExit) as stopped:
        _parse("serve", "--port", port)

    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert "cims serve: error: argument --port:" in err
    assert "not a port (1-65535)" in err


def test_a_port_from_the_environment_out_of_range_is_one_line(capsys):
    from dataclasses import replace

    from cims.cli import cmd_serve
    from cims.config import get_settings

    code = cmd_serve(_parse("serve"), replace(get_settings(), port=99999))

    assert code == 2
    assert capsys.readouterr().err == "cims: CIMS_PORT 99999 is not a port (1-65535)\n"


@pytest.mark.parametrize(
    ("argv", "usage"),
    [
        (("analytics", "refresh", "--bogus"), "usage: cims analytics refresh "),
        (("complaints", "escalate-breached", "extra"), "usage: cims complaints "),
    ],
)
def test_a_stray_argument_gets_the_sub_command_usage(argv, usage, capsys):
    with pytest.raises(SystemExit) as stopped:
        _parse(*argv)

    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith(usage)
    assert f"unrecognized arguments: {argv[-1]}" in err
