"""The LISTEN/NOTIFY relay behind cims.domain.events (PostgreSQL pass only)."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime

import asyncpg
import pytest

from cims.auth import revocation
from cims.domain import events, notify
from cims.models import StaffMember
from tests.conftest import engine
from tests.factories import staff_member

postgres_only = pytest.mark.skipif(
    engine() != "postgres", reason="LISTEN/NOTIFY exists on PostgreSQL only"
)
WAIT = 5  # seconds; a bound on a hung test, not a measure of speed


FAST = notify.Backoff(first=0.05, most=0.2)


@pytest.fixture
async def relay(database):
    started = await notify.start(database, FAST)
    yield started
    await started.stop()


async def _terminate_listener(relay, database) -> None:
    """Kill the relay's server process as an administrator would."""
    pid = relay.connection.get_server_pid()
    admin = await asyncpg.connect(notify.plain_dsn(database))
    try:
        killed = await admin.fetchval("SELECT pg_terminate_backend($1)", pid)
    finally:
        await admin.close()
    assert killed is True


async def _until(condition) -> None:
    async with asyncio.timeout(WAIT):
        while not condition():
            await asyncio.sleep(0.02)


@postgres_only
async def test_published_event_arrives_through_notify(relay):
    async with events.subscribe("complaints") as feed:
        await events.publish("complaints", {"complaint_id": 7, "status": "received"})

        payload = await asyncio.wait_for(anext(feed), WAIT)

    assert payload == {"complaint_id": 7, "status": "received"}


@postgres_only
async def test_notification_from_another_process_is_delivered(relay, database):
    other = await asyncpg.connect(notify.plain_dsn(database))
    body = json.dumps({"topic": "complaints", "payload": {"complaint_id": 9}})
    async with events.subscribe("complaints") as feed:
        await other.execute("SELECT pg_notify($1, $2)", notify.CHANNEL, body)

        payload = await asyncio.wait_for(anext(feed), WAIT)

    await other.close()
    assert payload == {"complaint_id": 9}


@postgres_only
async def test_stopped_relay_restores_local_delivery(relay):
    await relay.stop()

    async with events.subscribe("complaints") as feed:
        await events.publish("complaints", {"complaint_id": 3})
        payload = await asyncio.wait_for(anext(feed), WAIT)

    assert payload == {"complaint_id": 3}
    assert relay.connection is None


@postgres_only
async def test_relay_reconnects_after_its_backend_is_terminated(relay, database):
    lost = relay.connection

    await _terminate_listener(relay, database)
    await _until(lambda: relay.reconnects == 1 and relay.listening)

    assert relay.connection is not lost
    other = await asyncpg.connect(notify.plain_dsn(database))
    body = json.dumps({"topic": "complaints", "payload": {"complaint_id": 11}})
    async with events.subscribe("complaints") as feed:
        await other.execute("SELECT pg_notify($1, $2)", notify.CHANNEL, body)
        payload = await asyncio.wait_for(anext(feed), WAIT)
    await other.close()
    assert payload == {"complaint_id": 11}


@postgres_only
async def test_own_events_still_arrive_while_the_listener_is_down(database):
    slow = notify.Backoff(first=60, most=60)  # stays down for the whole test
    relay = await notify.start(database, slow)
    try:
        await _terminate_listener(relay, database)
        await _until(lambda: not relay.listening)

        async with events.subscribe("complaints") as feed:
            await events.publish("complaints", {"complaint_id": 12})
            payload = await asyncio.wait_for(anext(feed), WAIT)
    finally:
        await relay.stop()

    assert payload == {"complaint_id": 12}
    assert relay.reconnects == 0


@postgres_only
async def test_reconnection_retries_until_the_server_answers(relay, database):
    real_dsn = relay.dsn
    relay.dsn = "postgresql://nobody@127.0.0.1:1/none"  # refused at once

    await _terminate_listener(relay, database)
    await asyncio.sleep(0.5)  # several failed attempts at FAST's pace
    assert not relay.listening and relay.reconnects == 0
    relay.dsn = real_dsn
    await _until(lambda: relay.listening)

    assert relay.reconnects == 1


@postgres_only
async def test_after_reconnecting_the_accounts_changed_meanwhile_are_read(database):
    """What was NOTIFYed while the listener was down is gone: the relay has the
    process read the staff accounts changed since the loss (cims.auth.revocation)."""
    revocation.changes().clear()
    await staff_member("lost.agent")
    caught_up: list[float | None] = []

    async def heard_again(lost_at):
        caught_up.append(lost_at)
        await revocation.heard_again(lost_at)

    relay = await notify.start(database, FAST, on_reconnect=heard_again)
    try:
        revocation.changes().clear()  # as if the account's creation was long ago
        real_dsn = relay.dsn
        relay.dsn = "postgresql://nobody@127.0.0.1:1/none"  # stays down meanwhile
        await _terminate_listener(relay, database)
        await _until(lambda: not relay.listening)
        # Another process deactivates the account while nobody here listens.
        await StaffMember.filter(subject="lost.agent").update(
            active=False, updated_at=datetime.now(UTC)
        )
        relay.dsn = real_dsn
        await _until(lambda: relay.listening and caught_up)
    finally:
        await relay.stop()

    assert isinstance(caught_up[0], float)
    noted = revocation.changes().get("lost.agent")
    assert noted is not None and noted.deactivated_at is not None
    revocation.changes().clear()


@postgres_only
async def test_stop_ends_a_pending_reconnection(database):
    relay = await notify.start(database, notify.Backoff(first=60, most=60))
    await _terminate_listener(relay, database)
    await _until(lambda: relay._reconnecting is not None)

    await relay.stop()

    assert relay._reconnecting is None and relay.connection is None
    assert relay.reconnects == 0


def test_backoff_doubles_up_to_its_bound_with_jitter():
    delays = notify.Backoff(first=1, most=8, jitter=0.25).delays()

    waits = [next(delays) for _ in range(6)]

    for wait, nominal in zip(waits, [1, 2, 4, 8, 8, 8], strict=True):
        assert nominal * 0.75 <= wait <= nominal


def test_plain_dsn_drops_the_pool_options():
    url = "postgres://app@db:5432/cims?minsize=1&maxsize=20"

    assert notify.plain_dsn(url) == "postgresql://app@db:5432/cims"
