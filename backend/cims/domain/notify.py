"""PostgreSQL LISTEN/NOTIFY behind ``cims.domain.events``, for several API processes.

With ``start(dsn)`` every ``events.publish`` becomes a NOTIFY on ``CHANNEL`` sent
through the ORM's connection, and a dedicated asyncpg connection LISTENs and hands
what arrives to this process's subscribers with ``events.deliver``. A process hears
its own notifications too, so delivery is the same wherever the change was made.

NOTIFY payloads are limited to 8000 bytes: events carry IDs and states, never rows.
If the listening connection drops, this process stops hearing other processes'
changes until restarted; the loss is logged, and a reconnect loop is not written yet
because a dropped database connection fails the readiness probe anyway.
"""

from __future__ import annotations

import json
import logging
from urllib.parse import urlsplit, urlunsplit

import asyncpg
from tortoise import Tortoise

from cims.domain import events

log = logging.getLogger(__name__)

CHANNEL = "cims_events"


class Relay:
    """A LISTEN connection and the NOTIFY transport; ``stop`` goes back to local."""

    def __init__(self, dsn: str) -> None:
        self.dsn = plain_dsn(dsn)
        self.connection: asyncpg.Connection | None = None

    async def start(self) -> None:
        self.connection = await asyncpg.connect(self.dsn)
        self.connection.add_termination_listener(self._lost)
        await self.connection.add_listener(CHANNEL, self._received)
        events.set_transport(send)
        log.info("event relay listening", extra={"channel": CHANNEL})

    async def stop(self) -> None:
        events.set_transport(None)
        if self.connection is not None:
            await self.connection.remove_listener(CHANNEL, self._received)
            await self.connection.close()
            self.connection = None

    def _received(self, connection, pid: int, channel: str, body: str) -> None:
        try:
            message = json.loads(body)
            events.deliver(message["topic"], message["payload"])
        except (ValueError, KeyError, TypeError):
            log.warning("event relay: malformed notification ignored")

    def _lost(self, connection) -> None:
        log.error("event relay: the listening connection was lost")


async def send(topic: str, payload: dict) -> None:
    """NOTIFY on the ORM's connection (after the change committed)."""
    body = json.dumps({"topic": topic, "payload": payload}, separators=(",", ":"))
    connection = Tortoise.get_connection("default")
    await connection.execute_query("SELECT pg_notify($1, $2)", [CHANNEL, body])


def plain_dsn(url: str) -> str:
    """An asyncpg DSN from the ORM's URL: the pool options in its query are the
    ORM's, and asyncpg would send them to the server as settings."""
    parts = urlsplit(url)
    scheme = "postgresql" if parts.scheme in ("postgres", "asyncpg") else parts.scheme
    return urlunsplit(parts._replace(scheme=scheme, query=""))


async def start(dsn: str) -> Relay:
    relay = Relay(dsn)
    await relay.start()
    return relay
