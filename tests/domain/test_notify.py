"""The LISTEN/NOTIFY relay behind cims.domain.events (PostgreSQL pass only)."""

from __future__ import annotations

import asyncio
import json

import asyncpg
import pytest

from cims.domain import events, notify
from tests.conftest import engine

postgres_only = pytest.mark.skipif(
    engine() != "postgres", reason="LISTEN/NOTIFY exists on PostgreSQL only"
)
WAIT = 5  # seconds; a bound on a hung test, not a measure of speed


@pytest.fixture
async def relay(database):
    started = await notify.start(database)
    yield started
    await started.stop()


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


def test_plain_dsn_drops_the_pool_options():
    url = "postgres://app@db:5432/cims?minsize=1&maxsize=20"

    assert notify.plain_dsn(url) == "postgresql://app@db:5432/cims"
