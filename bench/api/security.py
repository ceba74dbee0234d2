"""Which security CIMS runs with in the benchmark, and the token it is sent.

Once sign-in is on main, the benchmark creates a service account with
``cims client create`` and takes a token from the embedded provider with the
client-credentials grant (the token endpoint comes from the discovery document of
the server under test, on loopback). Until then ``cims client`` does not exist,
CIMS gives every caller its development actor, and the table says so. Either way
the permission checks, the endpoint limits and the audit trail run as in
production; only the token validation differs.
"""

from __future__ import annotations

import json
import re
import secrets
import subprocess
import sys
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx
from servers import ROOT


@dataclass
class Security:
    mode: str  # what the table prints
    headers: dict


def _has_client_command(env: dict) -> bool:
    """Whether ``cims`` lists a ``client`` subcommand in its usage line."""
    out = subprocess.run(
        [sys.executable, "-m", "cims", "--help"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    found = re.search(r"\{([^}]*)\}", out.stdout)
    return bool(found) and "client" in found.group(1).split(",")


def _service_account(env: dict) -> tuple[str, str]:
    argv = [
        sys.executable,
        "-m",
        "cims",
        "client",
        "create",
        "--name",
        f"bench-{secrets.token_hex(4)}",
        "--role",
        "administrator",
    ]
    out = subprocess.run(
        argv, env=env, cwd=ROOT, capture_output=True, text=True, check=True
    )
    created = json.loads(out.stdout[out.stdout.index("{") :])
    return created["client_id"], created["client_secret"]


def _token(base_url: str, client_id: str, secret: str) -> str:
    discovery = httpx.get(f"{base_url}/.well-known/openid-configuration", timeout=10)
    endpoint = discovery.json()["token_endpoint"]
    if urlsplit(endpoint).hostname not in ("127.0.0.1", "localhost", "::1"):
        raise SystemExit("the token endpoint is not on loopback; refusing to call it")
    reply = httpx.post(
        endpoint,
        data={"grant_type": "client_credentials"},
        auth=(client_id, secret),
        timeout=10,
    )
    reply.raise_for_status()
    return reply.json()["access_token"]


def _answers_anonymous(graphql_url: str, probe: dict) -> bool:
    reply = httpx.post(graphql_url, json=probe, timeout=10)
    body = (
        reply.json()
        if reply.headers.get("content-type", "").startswith("application/json")
        else {}
    )
    return (
        reply.status_code == 200
        and not body.get("errors")
        and bool((body.get("data") or {}).get("customer"))
    )


def resolve(env: dict, base_url: str, probe: dict) -> Security:
    """A token when sign-in exists; else the development actor, said plainly."""
    token_note = ""
    if _has_client_command(env):
        try:
            client_id, secret = _service_account(env)
            token = _token(base_url, client_id, secret)
            return Security(
                "signed token (service account, role administrator); "
                "permission checks, limits and audit on",
                {"Authorization": f"Bearer {token}"},
            )
        except (
            subprocess.CalledProcessError,
            httpx.HTTPError,
            KeyError,
            ValueError,
        ) as e:
            token_note = (
                f" (sign-in exists but no token could be had: {type(e).__name__})"
            )
    if _answers_anonymous(f"{base_url}/graphql", probe):
        return Security(
            "development actor, no token (sign-in is not on main yet); "
            "permission checks, limits and audit on" + token_note,
            {},
        )
    raise SystemExit(
        "CIMS refuses anonymous requests and no token could be had" + token_note
    )
