"""``cims staff``, ``cims client`` and ``cims keys``."""

import argparse
import io
import json

import pytest

from cims.auth import accounts
from cims.auth.commands import register
from cims.models import OAuthClient, StaffMember


@pytest.fixture
def cli(settings, monkeypatch, capsys):
    monkeypatch.setenv("CIMS_DATA_DIR", str(settings.data_dir))
    parser = argparse.ArgumentParser(prog="cims")
    register(parser.add_subparsers(dest="command", required=True))

    async def run(*argv: str, stdin: str = ""):
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        args = parser.parse_args(argv)
        await args.func(args)
        return json.loads(capsys.readouterr().out)

    return run


async def test_staff_create_prints_a_generated_password(cli, auth_settings, branch):
    out = await cli(
        "staff",
        "create",
        "--username",
        "li.teller",
        "--role",
        "teller",
        "--branch",
        "BJ001",
    )

    assert out["username"] == "li.teller"
    assert out["roles"] == ["teller"]
    assert await accounts.check_password(auth_settings, "li.teller", out["password"])


async def test_staff_create_reads_a_password_from_stdin(cli, auth_settings):
    out = await cli(
        "staff",
        "create",
        "--username",
        "wang",
        "--role",
        "analyst",
        "--password-stdin",
        stdin="correct horse battery staple\n",
    )

    assert out["password"] is None
    assert await accounts.check_password(
        auth_settings, "wang", "correct horse battery staple"
    )


async def test_staff_create_refuses_unknown_roles(cli):
    with pytest.raises(SystemExit):
        await cli("staff", "create", "--username", "x", "--role", "root")

    assert await StaffMember.all().count() == 0


async def test_require_totp_lists_the_roles_that_need_it(cli):
    out = await cli("staff", "require-totp", "administrator")

    assert out == {"roles_requiring_totp": ["administrator"]}


async def test_client_create_prints_id_and_secret(cli):
    out = await cli("client", "create", "--name", "nightly report", "--role", "analyst")
    row = await OAuthClient.get(client_id=out["client_id"])

    assert out["client_secret"]
    assert out["roles"] == ["analyst"]
    assert row.secret_hash != out["client_secret"]


async def test_keys_rotate_publishes_the_new_key(cli):
    first = await cli("keys", "list")

    out = await cli("keys", "rotate")

    assert out["kid"] in out["published"]
    assert set(first["published"]) <= set(out["published"])
