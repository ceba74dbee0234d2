"""A signed-in caller for the in-process measurements (CPU, SQL count, profile).

The operations go through the whole application as served, minus the HTTP server:
``create_app`` with its own token resolver, reached through httpx's ASGI
transport. The caller is a service account made for the run (role
administrator) holding an access token from the embedded provider's
client-credentials grant, found through the discovery document, exactly what
the HTTP benchmark sends (``security.py``). Nothing leaves the process.
"""

from __future__ import annotations

import contextlib
import secrets
from collections.abc import AsyncIterator
from dataclasses import dataclass

import httpx

from cims.app import create_app
from cims.auth import clients, provider
from cims.config import Settings
from cims.domain.actor import Actor
from security import token

ROLE = "administrator"


@dataclass
class SignedIn:
    http: httpx.AsyncClient
    headers: dict[str, str]
    client_id: str

    async def graphql(self, document: str, variables: dict) -> dict:
        reply = await self.http.post(
            "/graphql",
            json={"query": document, "variables": variables},
            headers=self.headers,
        )
        body = reply.json()
        if reply.status_code != 200 or body.get("errors"):
            raise SystemExit(f"bad answer: {reply.status_code} {str(body)[:500]}")
        return body["data"]


@contextlib.asynccontextmanager
async def signed_in(settings: Settings) -> AsyncIterator[SignedIn]:
    """A service account's token and an in-process client of the app.

    The database must be connected; the embedded provider's keys are made if
    missing, as the server does on start.
    """
    await provider.ensure_keys(settings)
    new = await clients.create_service_client(
        Actor.system(), name=f"bench-{secrets.token_hex(4)}", roles=[ROLE]
    )
    app = create_app(settings, connect=False)
    transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 50000))
    async with httpx.AsyncClient(
        transport=transport, base_url="http://127.0.0.1"
    ) as http:
        bearer = await token(http, new.client.client_id, new.secret)
        yield SignedIn(
            http, {"Authorization": f"Bearer {bearer}"}, new.client.client_id
        )
