"""Interoperability: tokens from the npm package ``oidc-provider`` (an external
provider, run by node on loopback) are accepted and their roles mapped when the API
trusts that provider, and refused when it does not."""

from __future__ import annotations

import asyncio
import base64
import json
import shutil
import subprocess
from pathlib import Path

import httpx
import pytest

from cims.auth.resource import InvalidToken, TokenValidator
from cims.auth.settings import AuthSettings
from cims.config import Settings

PEER_DIR = Path(__file__).resolve().parent / "oidc_peer"
SECRET = "interop-secret-not-for-production"
RESOURCE = "urn:cims:api"

if shutil.which("node") is None:
    pytest.skip(
        "node is not installed: the oidc-provider interoperability test needs Node 20+",
        allow_module_level=True,
    )


def _install_peer() -> None:
    if (PEER_DIR / "node_modules" / "oidc-provider").is_dir():
        return
    npm = shutil.which("npm")
    assert npm, "npm is needed to install oidc-provider (node is present)"
    subprocess.run(
        [npm, "ci", "--no-audit", "--no-fund"], cwd=PEER_DIR, check=True, timeout=300
    )


@pytest.fixture(scope="module")
async def peers(tmp_path_factory):
    """The three providers of ``oidc_peer/server.mjs``, by name."""
    _install_peer()
    log = tmp_path_factory.mktemp("oidc-peer") / "stderr.log"
    with log.open("wb") as stderr:
        process = await asyncio.create_subprocess_exec(
            shutil.which("node"),
            "server.mjs",
            cwd=PEER_DIR,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=stderr,
        )
    try:
        line = await asyncio.wait_for(process.stdout.readline(), timeout=60)
        assert line, f"oidc-provider did not start: {log.read_text()}"
        yield json.loads(line)
    finally:
        process.stdin.close()
        try:
            await asyncio.wait_for(process.wait(), timeout=10)
        except TimeoutError:
            process.terminate()
            await process.wait()


async def token_from(peer: dict, client_id: str) -> str:
    async with httpx.AsyncClient(timeout=10) as http:
        response = await http.post(
            f"{peer['url']}/token",
            data={"grant_type": "client_credentials", "resource": RESOURCE},
            auth=(client_id, SECRET),
        )
    response.raise_for_status()
    return response.json()["access_token"]


@pytest.fixture
def validator(peers, monkeypatch, tmp_path) -> TokenValidator:
    """The API configured, as an operator would, to trust the "trusted" peer."""
    monkeypatch.setenv("CIMS_OIDC_ISSUER", peers["trusted"]["issuer"])
    monkeypatch.setenv("CIMS_OIDC_AUDIENCE", "cims-api")
    monkeypatch.setenv(
        "CIMS_OIDC_ROLES_CLAIM",
        "realm_access.roles,resource_access.cims-api.roles,roles",
    )
    monkeypatch.setenv("CIMS_OIDC_ROLE_MAP", "cims-analyst:analyst")
    settings = AuthSettings.from_settings(Settings(env="test", data_dir=tmp_path))
    return TokenValidator.from_settings(settings)


async def test_only_the_configured_provider_is_trusted(validator, peers):
    assert list(validator.issuers) == [peers["trusted"]["issuer"]]


async def test_keycloak_shaped_token_is_accepted_and_its_roles_mapped(validator, peers):
    token = await token_from(peers["trusted"], "keycloak-style")

    actor = await validator.actor_from_authorization(
        f"Bearer {token}", request_id="req-9", client_address="127.0.0.1"
    )

    assert actor.subject == "keycloak-style"
    assert actor.roles == {"risk_officer", "analyst"}
    assert {"risk.decide", "segment.manage", "alert.review"} <= actor.permissions
    assert "staff.manage" not in actor.permissions
    assert actor.branch_id is None
    assert actor.extra["issuer"] == peers["trusted"]["issuer"]


async def test_plain_roles_claim_is_mapped_and_unknown_roles_dropped(validator, peers):
    token = await token_from(peers["trusted"], "plain-roles")

    claims = await validator.validate(token)

    assert claims.roles == {"compliance_auditor"}
    assert claims.client_id == "plain-roles"


async def test_a_branch_role_without_a_branch_claim_is_refused(validator, peers):
    token = await token_from(peers["trusted"], "branch-teller")

    with pytest.raises(InvalidToken) as caught:
        await validator.actor_from_authorization(f"Bearer {token}")

    assert caught.value.code == "BRANCH_REQUIRED"


async def test_a_provider_it_is_not_configured_to_trust_is_refused(validator, peers):
    token = await token_from(peers["rogue"], "keycloak-style")

    with pytest.raises(InvalidToken) as caught:
        await validator.validate(token)

    assert caught.value.code == "UNTRUSTED_ISSUER"


async def test_an_impostor_using_the_trusted_issuer_name_is_refused(validator, peers):
    await validator.validate(await token_from(peers["trusted"], "plain-roles"))
    token = await token_from(peers["impostor"], "keycloak-style")

    with pytest.raises(InvalidToken) as caught:
        await validator.validate(token)

    assert caught.value.code == "TOKEN_INVALID"
    assert validator.issuers[peers["trusted"]["issuer"]].keys.fetches == 1


async def test_a_token_with_edited_roles_is_refused(validator, peers):
    token = await token_from(peers["trusted"], "plain-roles")
    head, body, signature = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    claims["roles"] = ["administrator"]
    edited = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()

    with pytest.raises(InvalidToken) as caught:
        await validator.validate(f"{head}.{edited}.{signature}")

    assert caught.value.code == "TOKEN_INVALID"
