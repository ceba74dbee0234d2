"""PostgreSQL through Tortoise's asyncpg client, its pooled connections handed back
without asyncpg's reset query (``Tortoise.init`` names this module as the engine).

On every release to the pool asyncpg sends ``SELECT pg_advisory_unlock_all();
CLOSE ALL; UNLISTEN *; RESET ALL;``: one more round trip and one more server
transaction for every statement run outside a transaction, and for every
transaction, so about as many as the request's own statements (a customer-360: 4
of its 8 server transactions, a tenth of the database's CPU for the request).

What that query undoes is session state one user of a connection could leave to
the next, and CIMS leaves none on pooled connections: its advisory locks are
transaction-scoped (``pg_advisory_xact_lock``, released at commit or rollback),
LISTEN runs on a connection of its own outside the pool (``cims.domain.notify``),
and it sets no session variable and opens no cursor that outlives its
transaction (``tests/test_db_pool.py`` fails if such SQL appears in the code). A
connection handed back inside a transaction is still rolled back: asyncpg does
that before calling the reset given here, and Tortoise ends its transactions in
any case. A connection is still closed, as before, when it broke.
"""

from __future__ import annotations

import asyncpg
from tortoise.backends.asyncpg import AsyncpgDBClient


async def keep_session(connection: asyncpg.Connection) -> None:
    """The pool's reset: nothing beyond asyncpg's own rollback of an open
    transaction (see the module's docstring)."""


class PooledClient(AsyncpgDBClient):
    async def create_pool(self, **kwargs) -> asyncpg.Pool:
        kwargs.setdefault("reset", keep_session)
        return await asyncpg.create_pool(None, **kwargs)


client_class = PooledClient
