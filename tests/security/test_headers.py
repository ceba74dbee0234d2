"""Security headers on every response: SPA pages, the API, probes, refusals."""

from __future__ import annotations

import base64
import hashlib
from dataclasses import replace
from html.parser import HTMLParser

import httpx
import pytest

from cims.app import create_app
from cims.security_headers import app_policy

COMMON = {
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
}


def directives(policy: str) -> dict[str, list[str]]:
    parsed = {}
    for part in policy.split(";"):
        name, *values = part.split()
        parsed[name] = values
    return parsed


def assert_common(response: httpx.Response) -> None:
    assert {k: response.headers.get(k) for k in COMMON} == COMMON


@pytest.fixture
async def spa_client(session_settings, database, caller, tmp_path):
    """The app serving a built SPA: index.html and one hashed asset."""
    (tmp_path / "assets").mkdir()
    (tmp_path / "index.html").write_text(
        '<!doctype html><script type="module" src="/assets/index-abc.js"></script>'
    )
    (tmp_path / "assets" / "index-abc.js").write_text("console.log(1)")
    settings = replace(session_settings, static_dir=tmp_path)
    app = create_app(settings, connect=False, resolve_actor=caller.resolve)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
        yield c


async def test_spa_pages_and_assets_carry_every_header(spa_client):
    for path in ("/", "/customers/42", "/assets/index-abc.js"):
        response = await spa_client.get(path)

        assert response.status_code == 200, path
        assert_common(response)
        policy = directives(response.headers["content-security-policy"])
        assert policy["script-src"] == ["'self'"]
        assert policy["frame-ancestors"] == ["'none'"]
        assert policy["object-src"] == ["'none'"]
        assert policy["connect-src"] == ["'self'"]


async def test_api_answers_and_refusals_carry_every_header(spa_client):
    answered = await spa_client.post("/graphql", json={"query": "{ me { kind } }"})
    too_large = await spa_client.post(
        "/graphql", content=b"x" * 2_000_000, headers={"content-type": "text/plain"}
    )
    probe = await spa_client.get("/healthz")

    assert answered.json() == {"data": {"me": {"kind": "SYSTEM"}}}
    assert (too_large.status_code, probe.status_code) == (413, 200)
    for response in (answered, too_large, probe):
        assert_common(response)
        assert "frame-ancestors 'none'" in response.headers["content-security-policy"]


class InlineScripts(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.inline: list[str] = []
        self._open = False

    def handle_starttag(self, tag, attrs):
        self._open = tag == "script" and "src" not in dict(attrs)
        if self._open:
            self.inline.append("")

    def handle_endtag(self, tag):
        self._open = False

    def handle_data(self, data):
        if self._open:
            self.inline[-1] += data


async def test_graphiql_runs_only_its_own_inline_script_by_hash(spa_client):
    response = await spa_client.get("/graphql", headers={"accept": "text/html"})
    parser = InlineScripts()
    parser.feed(response.text)
    hashes = [
        f"'sha256-{base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()}'"
        for s in parser.inline
    ]

    policy = directives(response.headers["content-security-policy"])
    assert response.status_code == 200
    assert_common(response)
    assert len(hashes) == 1
    assert policy["script-src"] == [*hashes, "https://unpkg.com"]
    assert "'unsafe-inline'" not in policy["script-src"]
    assert policy["connect-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]


async def test_pages_with_their_own_policy_keep_it(spa_client):
    response = await spa_client.get("/survey/not-a-real-token")

    policy = directives(response.headers["content-security-policy"])
    assert policy["default-src"] == ["'none'"]
    assert_common(response)


def test_an_external_provider_is_reachable_from_the_spa():
    policy = directives(app_policy(("https://sso.bank.example",)))

    assert policy["connect-src"] == ["'self'", "https://sso.bank.example"]
    assert policy["script-src"] == ["'self'"]
