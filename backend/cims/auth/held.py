"""Which OAuth clients are held to trusted documents, known without a query.

A request's client (its token's ``client_id`` or ``azp``) is looked up in a set
kept in memory: loaded when the app starts, loaded again in this process right
after a client is created or its flag changed here, and every
``REFRESH_SECONDS`` in the background, so a change made elsewhere (``cims client
trusted-documents-only`` in another process, another API worker) holds the
client's tokens within that time. One SQL statement per refresh, none per
request. Revoked clients stay in the set: their access tokens live on until
they expire.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

from cims.models import OAuthClient

log = logging.getLogger(__name__)

REFRESH_SECONDS = 30.0


class HeldClients:
    def __init__(self) -> None:
        self.ids: frozenset[str] = frozenset()

    def holds(self, client_id: str | None) -> bool:
        return client_id is not None and client_id in self.ids

    async def refresh(self) -> None:
        rows = await OAuthClient.filter(trusted_documents_only=True).values_list(
            "client_id", flat=True
        )
        self.ids = frozenset(rows)

    async def keep_fresh(self, interval: float = REFRESH_SECONDS) -> None:
        """Refresh every ``interval`` seconds until cancelled; a failed refresh
        keeps the set it had (logged) and is tried again at the next."""
        while True:
            await asyncio.sleep(interval)
            try:
                await self.refresh()
            except Exception as error:  # noqa: BLE001 - the next round tries again
                log.warning("held clients not refreshed: %s", type(error).__name__)

    @contextlib.asynccontextmanager
    async def kept_fresh(self, interval: float = REFRESH_SECONDS):
        """Loaded now (a failure stops the start), refreshed while inside."""
        await self.refresh()
        task = asyncio.create_task(self.keep_fresh(interval))
        try:
            yield self
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task


held_clients = HeldClients()
