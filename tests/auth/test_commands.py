"""``cims staff``, ``cims client`` and ``cims keys``."""

import argparse
import io
import json

import pytest
from tests.factories import customer_from_german

from cims.auth import accounts
from cims.auth.commands import register
from cims.auth.held import held_clients
from cims.domain import crypto
from cims.domain.crypto import open_fields
from cims.domain.errors import NotFound, ValidationFailed
from cims.models import Customer, OAuthClient, StaffMember


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


async def test_staff_create_and_update_set_the_team(cli):
    made = await cli(
        "staff", "create", "--username", "zhao", "--role", "analyst", "--team", " 零售 "
    )

    moved = await cli("staff", "update", "zhao", "--team", "对公")
    listed = await cli("staff", "list")
    left = await cli("staff", "update", "zhao", "--no-team")

    assert made["team"] == "零售"
    assert moved == {"username": "zhao", "team": "对公"}
    assert [row["team"] for row in listed] == ["对公"]
    assert left == {"username": "zhao", "team": None}
    assert (await StaffMember.get(username="zhao")).team is None


async def test_staff_update_refuses_a_blank_team_and_keeps_the_old_one(cli):
    await cli(
        "staff", "create", "--username", "qian", "--role", "analyst", "--team", "A"
    )

    with pytest.raises(ValidationFailed) as refused:
        await cli("staff", "update", "qian", "--team", "  ")

    assert refused.value.problems[0].code == "INVALID"
    assert (await StaffMember.get(username="qian")).team == "A"


async def test_require_totp_lists_the_roles_that_need_it(cli):
    out = await cli("staff", "require-totp", "administrator")

    assert out == {"roles_requiring_totp": ["administrator"]}


async def test_client_create_prints_id_and_secret(cli):
    out = await cli("client", "create", "--name", "nightly report", "--role", "analyst")
    row = await OAuthClient.get(client_id=out["client_id"])

    assert out["client_secret"]
    assert out["roles"] == ["analyst"]
    assert row.secret_hash != out["client_secret"]


async def test_client_create_holds_an_app_to_trusted_documents(cli):
    out = await cli(
        "client",
        "create",
        "--public",
        "--name",
        "mobile banking",
        "--redirect-uri",
        "cn.example.bank:/callback",
        "--trusted-documents-only",
    )
    listed = {c["client_id"]: c for c in await cli("client", "list")}

    assert out["trusted_documents_only"] is True
    assert (await OAuthClient.get(client_id=out["client_id"])).trusted_documents_only
    assert listed[out["client_id"]]["trusted_documents_only"] is True
    assert held_clients.holds(out["client_id"])


async def test_trusted_documents_only_holds_and_lets_go_an_existing_client(cli):
    made = await cli("client", "create", "--name", "branch kiosk", "--role", "analyst")
    client_id = made["client_id"]
    assert made["trusted_documents_only"] is False
    assert not held_clients.holds(client_id)

    held = await cli("client", "trusted-documents-only", client_id)
    row = await OAuthClient.get(client_id=client_id)
    assert held == {"client_id": client_id, "trusted_documents_only": True}
    assert row.trusted_documents_only and held_clients.holds(client_id)

    freed = await cli("client", "trusted-documents-only", client_id, "--off")
    row = await OAuthClient.get(client_id=client_id)
    assert freed == {"client_id": client_id, "trusted_documents_only": False}
    assert not row.trusted_documents_only and not held_clients.holds(client_id)


async def test_trusted_documents_only_refuses_the_web_app_and_unknown_clients(cli):
    with pytest.raises(ValidationFailed):
        await cli("client", "trusted-documents-only", "cims-spa")
    with pytest.raises(NotFound):
        await cli("client", "trusted-documents-only", "app-nobody")


async def test_keys_rotate_publishes_the_new_key(cli):
    first = await cli("keys", "list")

    out = await cli("keys", "rotate", "--signing-only")

    assert out["signing"]["kid"] in out["signing"]["published"]
    assert set(first["published"]) <= set(out["signing"]["published"])
    assert "data" not in out


async def test_keys_rotate_rotates_both_and_reseals_personal_data(cli, branch):
    row = await customer_from_german(3, branch, mobile_phone="13800138000")
    before = open_fields(row)
    old_data_key = crypto.key_id_of(row.id_number)
    old_signing = (await cli("keys", "list"))["published"]

    out = await cli("keys", "rotate")

    stored = await Customer.get(id=row.id)
    assert out["signing"]["kid"] not in old_signing
    assert out["data"]["active_key"] != old_data_key
    assert out["data"]["customers_resealed"] == 1
    assert out["data"]["kyc_documents_resealed"] == 0  # none on file
    assert crypto.key_id_of(stored.id_number) == out["data"]["active_key"]
    assert crypto.key_id_of(stored.mobile_phone) == out["data"]["active_key"]
    assert open_fields(stored) == before


async def test_keys_rotate_data_only_keeps_the_signing_key(cli, branch):
    row = await customer_from_german(4, branch)
    signing = (await cli("keys", "list"))["published"]

    out = await cli("keys", "rotate", "--data-only")

    stored = await Customer.get(id=row.id)
    assert "signing" not in out
    assert (await cli("keys", "list"))["published"] == signing
    assert crypto.key_id_of(stored.id_number) == out["data"]["active_key"]


async def test_data_keys_rotate_is_an_alias_of_data_only(cli, branch):
    row = await customer_from_german(5, branch)
    signing = (await cli("keys", "list"))["published"]

    out = await cli("data-keys", "rotate")

    stored = await Customer.get(id=row.id)
    assert set(out) == {"data"}
    assert (await cli("keys", "list"))["published"] == signing
    assert crypto.key_id_of(stored.id_number) == out["data"]["active_key"]


async def test_keys_rotate_takes_one_of_the_two_flags(cli):
    with pytest.raises(SystemExit):
        await cli("keys", "rotate", "--signing-only", "--data-only")


async def test_staff_list_shows_the_subject_beside_the_username(cli, make_staff):
    staff = await make_staff("zhou.audit", ["compliance_auditor"])

    out = await cli("staff", "list")

    assert [(e["username"], e["subject"]) for e in out] == [
        ("zhou.audit", staff.subject)
    ]
