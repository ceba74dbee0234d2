"""The signed token CIMS is sent in the benchmark, and how it is had.

Before the servers start, ``cims keys list`` makes the embedded provider's
signing key (so that the server processes, started together, do not race to
create it) and ``cims client create`` makes a service account with the role
administrator. Once they run, a token comes from the client-credentials grant at
the token endpoint that the discovery document names, on loopback only. Every
CIMS process is started with the same public URL (``CIMS_PUBLIC_URL``), so they
share one issuer and accept the same token. Permission checks, endpoint limits,
token validation and the audit trail run as in production.
"""

from __future__ import annotations

import asyncio
import json
import secrets
import subprocess
import sys
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx
from servers import ROOT

ROLE = "administrator"
LOOPBACK = ("127.0.0.1", "localhost", "::1")


@dataclass
class Security:
    mode: str  # what the table prints
    headers: dict


@dataclass
class Account:
    client_id: str
    secret: str


def _cims(env: dict, *args: str) -> str:
    argv = [sys.executable, "-m", "cims", *args]
    out = subprocess.run(
        argv, env=env, cwd=ROOT, capture_output=True, text=True, check=True
    )
    return out.stdout


def service_account(env: dict) -> Account:
    """The signing key and a service account, made before any server starts."""
    _cims(env, "keys", "list")
    out = _cims(
        env, "client", "create", "--name", f"bench-{secrets.token_hex(4)}",
        "--role", ROLE,
    )  # fmt: skip
    created = json.loads(out[out.index("{") :])
    return Account(created["client_id"], created["client_secret"])


async def token(http: httpx.AsyncClient, client_id: str, secret: str) -> str:
    """An access token by the client-credentials grant, from the discovery document."""
    discovery = await http.get("/.well-known/openid-configuration")
    discovery.raise_for_status()
    endpoint = discovery.json()["token_endpoint"]
    if urlsplit(endpoint).hostname not in LOOPBACK:
        raise SystemExit("the token endpoint is not on loopback; refusing to call it")
    reply = await http.post(
        endpoint,
        data={"grant_type": "client_credentials"},
        auth=(client_id, secret),
    )
    reply.raise_for_status()
    return reply.json()["access_token"]


async def _fetch(base_url: str, account: Account) -> str:
    async with httpx.AsyncClient(base_url=base_url, timeout=10) as http:
        return await token(http, account.client_id, account.secret)


def resolve(base_url: str, account: Account) -> Security:
    """The headers CIMS gets: a bearer token; the run stops if there is none."""
    bearer = asyncio.run(_fetch(base_url, account))
    return Security(
        f"signed token (service account, role {ROLE}, client-credentials grant); "
        "token validation, permission checks, limits and audit on",
        {"Authorization": f"Bearer {bearer}"},
    )
