"""A WebSocket connection outlives neither its token nor its account's standing.

A connection is signed in once, by the token in its connection_init; its pushes
would otherwise run on that sign-in for hours. ``ConnectionWatch`` closes the
socket when the token expires (graphql-transport-ws code 4401) and, before each
push, asks again whether the staff account is still active and still holds the
token's rights (``cims.auth.accounts.standing``), at most once per
``RECHECK_SECONDS``; an account that lost its standing is closed with 4403 and a
reason naming why. Subscriptions call :func:`guard` before they yield.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time

import strawberry

from cims.auth import accounts
from cims.domain.actor import Actor

log = logging.getLogger(__name__)

# How long an account's standing is trusted before it is read again.
RECHECK_SECONDS = 5.0
TOKEN_EXPIRED = (4401, "Token expired")
REASONS = {
    accounts.ACCOUNT_INACTIVE: (4403, "Account deactivated"),
    accounts.RIGHTS_CHANGED: (4403, "Account permissions changed"),
}


class ConnectionWatch:
    def __init__(self, websocket, actor: Actor) -> None:
        self.websocket = websocket
        self.actor = actor
        expires_at = actor.extra.get("expires_at")
        self.expires_at = float(expires_at) if expires_at is not None else None
        self.checked_at: float | None = None
        self.closed = False
        self._timer: asyncio.Task | None = None

    def expired(self) -> bool:
        """Whether the token has expired (past its ``exp`` if within the leeway)."""
        return self._expired()

    async def admit(self) -> bool:
        """Whether the connection may start: the account's standing, read now."""
        if self._expired():
            return False
        reason = await accounts.standing(self.actor)
        self.checked_at = time.monotonic()
        return reason is None

    def start(self) -> None:
        """Close the connection when the token expires, pushes or not."""
        if self.expires_at is not None and self._timer is None:
            self._timer = asyncio.create_task(self._expire())

    def stop(self) -> None:
        if self._timer is not None:
            self._timer.cancel()

    async def allows(self) -> bool:
        """Whether a push may go out now; closes the connection when not."""
        if self.closed:
            return False
        if self._expired():
            await self.close(*TOKEN_EXPIRED)
            return False
        now = time.monotonic()
        if self.checked_at is None or now - self.checked_at >= RECHECK_SECONDS:
            reason = await accounts.standing(self.actor)
            self.checked_at = now
            if reason is not None:
                await self.close(*REASONS[reason])
                return False
        return True

    async def close(self, code: int, reason: str) -> None:
        if self.closed:
            return
        self.closed = True
        log.info("websocket closed: %s", reason, extra={"code": code})
        # The peer may be gone already; then there is nothing left to close.
        with contextlib.suppress(RuntimeError, OSError):
            await self.websocket.close(code=code, reason=reason)

    def _expired(self) -> bool:
        return self.expires_at is not None and time.time() >= self.expires_at

    async def _expire(self) -> None:
        await asyncio.sleep(max(0.0, self.expires_at - time.time()))
        await self.close(*TOKEN_EXPIRED)


async def guard(info: strawberry.Info) -> None:
    """Return when the subscription may push; otherwise the connection is closed
    and this waits for the handler to cancel the operation (sending ``complete``
    on a closed socket would fail)."""
    watch = getattr(info.context, "watch", None)
    if watch is None or await watch.allows():
        return
    await asyncio.Event().wait()
