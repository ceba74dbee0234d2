"""A staff account's deactivation or change of rights refuses its older access
tokens from the next HTTP request on (cims.auth.revocation), on either engine."""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import time
from datetime import UTC, datetime

import asyncpg
import httpx
import pytest
from tests.conftest import engine

from cims.app import create_app
from cims.auth import accounts, provider, resource, revocation
from cims.auth.commands import register
from cims.domain import events, notify
from cims.domain.actor import Actor
from cims.models import Branch, StaffMember

ME = {"query": "{ me { username roles } }"}
SYSTEM = Actor.system()
WAIT = 5  # seconds; a bound on a hung test, not a measure of speed


@pytest.fixture
async def app(session_settings, database):
    """The whole API (graph and embedded provider) with a clean register."""
    resource.configure(None)
    revocation.changes().clear()
    await provider.ensure_keys(session_settings)
    yield create_app(session_settings, connect=False)
    revocation.stop()
    revocation.changes().clear()
    resource.configure(None)


@pytest.fixture
async def staff(make_staff, branch):
    await make_staff("wang.rm", ["relationship_manager"], "BJ001")
    await make_staff("li.rm", ["relationship_manager"], "BJ001")


async def _me(client: httpx.AsyncClient, token: str) -> httpx.Response:
    return await client.post(
        "/graphql", json=ME, headers={"authorization": f"Bearer {token}"}
    )


async def _tokens(flow, username: str) -> dict:
    """Signed in afresh, as in a browser of its own (no provider session)."""
    flow.http.cookies.clear()
    return await flow.tokens_for(username)


def _code(response: httpx.Response) -> str | None:
    errors = response.json().get("errors") or [{}]
    return errors[0].get("extensions", {}).get("code")


async def test_a_deactivated_account_is_refused_at_the_next_request(flow, staff):
    token = (await _tokens(flow, "wang.rm"))["access_token"]
    before = await _me(flow.http, token)

    await accounts.set_active(SYSTEM, "wang.rm", False)
    after = await _me(flow.http, token)

    assert before.status_code == 200
    assert before.json()["data"]["me"]["username"] == "wang.rm"
    assert after.status_code == 401
    assert after.headers["www-authenticate"] == 'Bearer error="invalid_token"'
    assert after.json()["data"] is None
    assert _code(after) == "ACCOUNT_INACTIVE"
    assert after.json()["errors"][0]["message"] == (
        "This staff account has been deactivated"
    )


async def test_a_role_taken_away_refuses_the_older_token(flow, staff):
    token = (await _tokens(flow, "wang.rm"))["access_token"]

    await accounts.set_rights(SYSTEM, "wang.rm", roles=["teller"])
    refused = await _me(flow.http, token)

    assert refused.status_code == 401
    assert _code(refused) == "RIGHTS_CHANGED"


async def test_a_new_branch_refuses_the_older_token(flow, staff):
    await Branch.create(code="SH001", name="上海分行", name_en="Shanghai", city="上海")
    token = (await _tokens(flow, "wang.rm"))["access_token"]

    await accounts.set_rights(SYSTEM, "wang.rm", branch_code="SH001")
    refused = await _me(flow.http, token)
    fresh = (await _tokens(flow, "wang.rm"))["access_token"]

    assert _code(refused) == "RIGHTS_CHANGED"
    assert (await _me(flow.http, fresh)).status_code == 200


async def test_an_unrelated_account_is_unaffected(flow, staff):
    mine = (await _tokens(flow, "wang.rm"))["access_token"]
    theirs = (await _tokens(flow, "li.rm"))["access_token"]

    await accounts.set_active(SYSTEM, "li.rm", False)
    await accounts.set_rights(SYSTEM, "li.rm", roles=["teller"])
    answered = await _me(flow.http, mine)

    assert answered.status_code == 200
    assert answered.json()["data"]["me"]["username"] == "wang.rm"
    assert _code(await _me(flow.http, theirs)) == "ACCOUNT_INACTIVE"


async def test_a_role_added_keeps_the_older_token_working(flow, staff):
    """It carries nothing the account no longer grants: standing lets it by."""
    token = (await _tokens(flow, "wang.rm"))["access_token"]

    await accounts.set_rights(
        SYSTEM, "wang.rm", roles=["relationship_manager", "service_agent"]
    )

    assert (await _me(flow.http, token)).status_code == 200


async def test_a_fresh_sign_in_after_reactivation_works(flow, staff):
    await _tokens(flow, "wang.rm")
    await accounts.set_active(SYSTEM, "wang.rm", False)

    await accounts.set_active(SYSTEM, "wang.rm", True)
    fresh = (await _tokens(flow, "wang.rm"))["access_token"]
    answered = await _me(flow.http, fresh)

    assert answered.status_code == 200
    assert answered.json()["data"]["me"]["username"] == "wang.rm"


def _subject_of(token: str) -> str:
    payload = token.split(".")[1]
    payload += "=" * (-len(payload) % 4)
    return json.loads(base64.urlsafe_b64decode(payload))["sub"]


async def test_an_old_token_stays_refused_after_reactivation(flow, staff):
    token = (await _tokens(flow, "wang.rm"))["access_token"]
    subject = _subject_of(token)
    # The deactivation comes well after the token was issued.
    revocation.changes().note(subject, time.time() + 2, deactivated=True)
    await StaffMember.filter(subject=subject).update(active=False)

    await accounts.set_active(SYSTEM, "wang.rm", True)

    assert _code(await _me(flow.http, token)) == "ACCOUNT_INACTIVE"


async def test_unchanged_accounts_cost_no_query(flow, staff, monkeypatch):
    token = (await _tokens(flow, "wang.rm"))["access_token"]
    await accounts.set_active(SYSTEM, "li.rm", False)
    asked = []

    async def counted(actor):
        asked.append(actor.subject)
        return None

    monkeypatch.setattr(accounts, "standing", counted)
    for _ in range(3):
        assert (await _me(flow.http, token)).status_code == 200

    assert asked == []


async def test_a_changed_account_is_judged_once_per_token(flow, staff, monkeypatch):
    token = (await _tokens(flow, "wang.rm"))["access_token"]
    await accounts.set_rights(
        SYSTEM, "wang.rm", roles=["relationship_manager", "service_agent"]
    )
    asked = []
    real = accounts.standing

    async def counted(actor):
        asked.append(actor.subject)
        return await real(actor)

    monkeypatch.setattr(accounts, "standing", counted)
    for _ in range(3):
        assert (await _me(flow.http, token)).status_code == 200

    assert len(asked) == 1


async def test_a_change_made_by_another_process_is_read_through_the_stamp(flow, staff):
    """SQLite: ``cims staff deactivate`` runs in a process of its own; the stamp
    beside the database tells the server to read the changed accounts."""
    if engine() != "sqlite":
        pytest.skip("the stamp file is SQLite's channel")
    await revocation.start()
    token = (await _tokens(flow, "wang.rm"))["access_token"]
    assert (await _me(flow.http, token)).status_code == 200

    # What the other process does: the change in the database, then the stamp.
    await StaffMember.filter(username="wang.rm").update(
        active=False, updated_at=datetime.now(UTC)
    )
    revocation.touch_stamp()
    refused = await _me(flow.http, token)

    assert refused.status_code == 401
    assert _code(refused) == "ACCOUNT_INACTIVE"


async def test_a_missed_notification_is_read_again_after_reconnecting(flow, staff):
    token = (await _tokens(flow, "wang.rm"))["access_token"]
    lost_at = time.time()
    await StaffMember.filter(username="wang.rm").update(
        roles=["teller"], updated_at=datetime.now(UTC)
    )
    missed = await _me(flow.http, token)

    await revocation.heard_again(lost_at)
    refused = await _me(flow.http, token)

    assert missed.status_code == 200  # nothing told this process yet
    assert _code(refused) == "RIGHTS_CHANGED"


async def test_a_notification_from_another_process_is_noted(app):
    events.deliver(
        revocation.TOPIC, {"subject": "s-1", "at": 100.0, "deactivated": True}
    )
    events.deliver(revocation.TOPIC, {"subject": 5, "at": "x"})  # malformed: ignored

    noted = revocation.changes().get("s-1")
    assert (noted.at, noted.deactivated_at) == (100.0, 100.0)
    assert len(revocation.changes()) == 1


@pytest.mark.skipif(engine() != "postgres", reason="NOTIFY exists on PostgreSQL")
async def test_a_command_without_a_relay_still_notifies_the_servers(database, app):
    """``cims staff deactivate`` listens to nothing, yet its NOTIFY goes out."""
    listener = await asyncpg.connect(notify.plain_dsn(database))
    heard: asyncio.Queue = asyncio.Queue()
    await listener.add_listener(
        notify.CHANNEL, lambda *args: heard.put_nowait(json.loads(args[3]))
    )
    try:
        await revocation.changed("s-2", deactivated=True, at=200.0)
        message = await asyncio.wait_for(heard.get(), WAIT)
    finally:
        await listener.close()

    assert message == {
        "topic": revocation.TOPIC,
        "payload": {"subject": "s-2", "at": 200.0, "deactivated": True},
    }


@pytest.mark.skipif(engine() != "postgres", reason="NOTIFY exists on PostgreSQL")
async def test_another_server_process_hears_the_change(flow, staff, database):
    """A change NOTIFYed by another process refuses the token here."""
    relay = await notify.start(database, notify.Backoff(first=0.05, most=0.2))
    try:
        token = (await _tokens(flow, "wang.rm"))["access_token"]
        other = await asyncpg.connect(notify.plain_dsn(database))
        payload = {
            "subject": _subject_of(token),
            "at": time.time() + 2,
            "deactivated": True,
        }
        body = json.dumps({"topic": revocation.TOPIC, "payload": payload})
        await other.execute("SELECT pg_notify($1, $2)", notify.CHANNEL, body)
        await other.close()
        async with asyncio.timeout(WAIT):
            while revocation.changes().get(payload["subject"]) is None:
                await asyncio.sleep(0.02)

        refused = await _me(flow.http, token)
    finally:
        await relay.stop()

    assert _code(refused) == "ACCOUNT_INACTIVE"


async def test_staff_update_changes_roles_and_branch(flow, staff, capsys):
    parser = argparse.ArgumentParser(prog="cims")
    register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["staff", "update", "wang.rm", "--role", "analyst"])
    token = (await _tokens(flow, "wang.rm"))["access_token"]

    await args.func(args)
    printed = json.loads(capsys.readouterr().out)

    assert printed == {"username": "wang.rm", "roles": ["analyst"], "branch": "BJ001"}
    assert _code(await _me(flow.http, token)) == "RIGHTS_CHANGED"
