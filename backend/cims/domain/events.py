"""A small publish/subscribe hook for changes that clients watch live.

``publish(topic, payload)`` hands a JSON-ready dict to the transport; the default
transport delivers it to this process's subscribers. To reach subscribers in other
processes, install a transport with ``set_transport`` (for example one that sends a
PostgreSQL NOTIFY) and have its listener call ``deliver`` for what arrives.

``listen(topic, callback)`` calls ``callback(payload)`` at delivery, before any
subscriber reads it: for state a process keeps in step with the others (which
accounts changed standing, ``cims.auth.revocation``), not for work.

``subscribe(topic)`` registers at once, so nothing published after the call is
missed, and yields payloads in order. Close it (``async with`` or ``close()``) when
done. A subscriber that falls more than ``maxsize`` payloads behind loses the oldest
ones rather than holding up the publisher or growing without bound.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

log = logging.getLogger(__name__)

Transport = Callable[[str, dict], Awaitable[None]]

_subscribers: dict[str, set[Subscription]] = {}
_listeners: dict[str, list[Callable[[dict], None]]] = {}
_CLOSED: dict = {}  # put on a closed subscription's queue to wake its reader


class Subscription:
    """Payloads published on one topic, from the moment of subscribing."""

    def __init__(self, topic: str, maxsize: int = 100) -> None:
        self.topic = topic
        self.dropped = 0
        self._queue: asyncio.Queue[dict] = asyncio.Queue(maxsize=maxsize)
        self._closed = False
        _subscribers.setdefault(topic, set()).add(self)

    def offer(self, payload: dict) -> None:
        if self._closed:
            return
        if self._queue.full():
            self._queue.get_nowait()
            self.dropped += 1
            log.warning(
                "subscriber behind; payload dropped", extra={"topic": self.topic}
            )
        self._queue.put_nowait(payload)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self._queue.full():
            self._queue.get_nowait()
        self._queue.put_nowait(_CLOSED)
        listeners = _subscribers.get(self.topic, set())
        listeners.discard(self)
        if not listeners:
            _subscribers.pop(self.topic, None)

    def __aiter__(self) -> Subscription:
        return self

    async def __anext__(self) -> dict:
        if self._closed and self._queue.empty():
            raise StopAsyncIteration
        payload = await self._queue.get()
        if payload is _CLOSED:
            raise StopAsyncIteration
        return payload

    async def __aenter__(self) -> Subscription:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        self.close()


def subscribe(topic: str, maxsize: int = 100) -> Subscription:
    return Subscription(topic, maxsize)


def listen(topic: str, callback: Callable[[dict], None]) -> None:
    """Call ``callback`` with every payload delivered on ``topic`` in this process
    (synchronously: it must be quick and must not block)."""
    _listeners.setdefault(topic, []).append(callback)


def deliver(topic: str, payload: dict) -> None:
    """Hand ``payload`` to this process's listeners and subscribers of ``topic``."""
    for callback in _listeners.get(topic, ()):
        try:
            callback(payload)
        except Exception:
            log.exception("listener failed", extra={"topic": topic})
    for subscription in list(_subscribers.get(topic, ())):
        subscription.offer(payload)


async def _local(topic: str, payload: dict) -> None:
    deliver(topic, payload)


_transport: Transport = _local


def set_transport(transport: Transport | None) -> None:
    """Route ``publish`` through ``transport``; ``None`` restores local delivery."""
    global _transport
    _transport = transport or _local


def relayed() -> bool:
    """Whether ``publish`` goes through a transport to other processes."""
    return _transport is not _local


async def publish(topic: str, payload: dict) -> None:
    """Publish after the change is committed: subscribers may read it back at once."""
    try:
        await _transport(topic, payload)
    except Exception:
        # A live update is a convenience; the change itself is already committed.
        log.exception("publish failed", extra={"topic": topic})


def subscriber_count(topic: str) -> int:
    return len(_subscribers.get(topic, ()))
