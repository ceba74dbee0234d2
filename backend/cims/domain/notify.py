"""PostgreSQL LISTEN/NOTIFY behind ``cims.domain.events``, for several API processes.

With ``start(dsn)`` every ``events.publish`` becomes a NOTIFY on ``CHANNEL`` sent
through the ORM's connection, and a dedicated asyncpg connection LISTENs and hands
what arrives to this process's subscribers with ``events.deliver``. A process hears
its own notifications too, so delivery is the same wherever the change was made.

NOTIFY payloads are limited to 8000 bytes: events carry IDs and states, never rows.

If the listening connection drops (a restarted server, a failover, an
administrator's ``pg_terminate_backend``), the relay connects again with
exponential backoff and jitter, without bound, until ``stop``. While it is down,
this process's own events are still NOTIFYed for the others and are also delivered
here directly, so local subscribers miss nothing of their own process; what other
processes published in the gap is not replayed (PostgreSQL keeps no backlog for a
listener that was away), and a client that must not miss a change reloads its list;
``on_reconnect`` lets a process read again what it keeps in step (which staff
accounts changed standing, ``cims.auth.revocation``).
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

import asyncpg
from tortoise import Tortoise

from cims.domain import events

log = logging.getLogger(__name__)

CHANNEL = "cims_events"


@dataclass(frozen=True)
class Backoff:
    """Waits between reconnection attempts: ``first`` doubling up to ``most``,
    each shortened by up to ``jitter`` of itself so that many processes that lost
    the server together do not all come back in the same instant."""

    first: float = 0.5
    most: float = 30.0
    jitter: float = 0.2

    def delays(self):
        delay = self.first
        while True:
            yield delay * (1 - random.uniform(0, self.jitter))
            delay = min(delay * 2, self.most)


class Relay:
    """A LISTEN connection and the NOTIFY transport; ``stop`` goes back to local."""

    def __init__(
        self,
        dsn: str,
        backoff: Backoff | None = None,
        on_reconnect: Callable[[float | None], Awaitable[None]] | None = None,
    ) -> None:
        self.dsn = plain_dsn(dsn)
        self.backoff = backoff or Backoff()
        # Called with the time the connection was lost once it listens again:
        # what was NOTIFYed meanwhile is gone, and may be read from the tables.
        self.on_reconnect = on_reconnect
        self.lost_at: float | None = None
        self.connection: asyncpg.Connection | None = None
        self.reconnects = 0  # successful reconnections since start
        self._reconnecting: asyncio.Task | None = None
        self._stopped = False

    @property
    def listening(self) -> bool:
        return self.connection is not None and not self.connection.is_closed()

    async def start(self) -> None:
        self._stopped = False
        await self._listen()
        events.set_transport(self.send)
        log.info("event relay listening", extra={"channel": CHANNEL})

    async def stop(self) -> None:
        self._stopped = True
        events.set_transport(None)
        if self._reconnecting is not None:
            self._reconnecting.cancel()
            await asyncio.gather(self._reconnecting, return_exceptions=True)
            self._reconnecting = None
        connection, self.connection = self.connection, None
        if connection is not None and not connection.is_closed():
            connection.remove_termination_listener(self._lost)
            await connection.remove_listener(CHANNEL, self._received)
            await connection.close()

    async def send(self, topic: str, payload: dict) -> None:
        """NOTIFY on the ORM's connection (after the change committed); while the
        listener is down, deliver here as well, since this process cannot hear it."""
        body = json.dumps({"topic": topic, "payload": payload}, separators=(",", ":"))
        if not self.listening:
            events.deliver(topic, payload)
        connection = Tortoise.get_connection("default")
        await connection.execute_query("SELECT pg_notify($1, $2)", [CHANNEL, body])

    async def _listen(self) -> None:
        connection = await asyncpg.connect(self.dsn)
        try:
            await connection.add_listener(CHANNEL, self._received)
        except BaseException:
            await connection.close()
            raise
        connection.add_termination_listener(self._lost)
        self.connection = connection

    def _received(self, connection, pid: int, channel: str, body: str) -> None:
        try:
            message = json.loads(body)
            events.deliver(message["topic"], message["payload"])
        except (ValueError, KeyError, TypeError):
            log.warning("event relay: malformed notification ignored")

    def _lost(self, connection) -> None:
        if self._stopped or connection is not self.connection:
            return
        log.error("event relay: the listening connection was lost; reconnecting")
        self.connection = None
        self.lost_at = time.time()
        if self._reconnecting is None or self._reconnecting.done():
            self._reconnecting = asyncio.get_running_loop().create_task(
                self._reconnect()
            )

    async def _reconnect(self) -> None:
        for attempt, delay in enumerate(self.backoff.delays(), start=1):
            await asyncio.sleep(delay)
            if self._stopped:
                return
            try:
                await self._listen()
            except Exception as error:  # noqa: BLE001 - whatever it was, try again
                log.warning(
                    "event relay: reconnection failed",
                    extra={"attempt": attempt, "error": type(error).__name__},
                )
                continue
            self.reconnects += 1
            log.info("event relay listening again", extra={"attempts": attempt})
            if self.on_reconnect is not None:
                try:
                    await self.on_reconnect(self.lost_at)
                except Exception:  # noqa: BLE001 - the relay itself is up again
                    log.exception("event relay: catching up after reconnection failed")
            return


async def announce(topic: str, payload: dict) -> None:
    """``events.publish`` for every process on this database, from any process.

    A server process publishes through its relay; a process that does not listen
    (a ``cims`` command) delivers here and, on PostgreSQL, still sends the NOTIFY
    for the servers. Like ``publish``, a failure is logged, never raised: the
    change is committed already."""
    connection = Tortoise.get_connection("default")
    if events.relayed() or connection.capabilities.dialect != "postgres":
        await events.publish(topic, payload)
        return
    events.deliver(topic, payload)
    body = json.dumps({"topic": topic, "payload": payload}, separators=(",", ":"))
    try:
        await connection.execute_query("SELECT pg_notify($1, $2)", [CHANNEL, body])
    except Exception:
        log.exception("notify failed", extra={"topic": topic})


def plain_dsn(url: str) -> str:
    """An asyncpg DSN from the ORM's URL: the pool options in its query are the
    ORM's, and asyncpg would send them to the server as settings."""
    parts = urlsplit(url)
    scheme = "postgresql" if parts.scheme in ("postgres", "asyncpg") else parts.scheme
    return urlunsplit(parts._replace(scheme=scheme, query=""))


async def start(
    dsn: str,
    backoff: Backoff | None = None,
    on_reconnect: Callable[[float | None], Awaitable[None]] | None = None,
) -> Relay:
    relay = Relay(dsn, backoff, on_reconnect)
    await relay.start()
    return relay
