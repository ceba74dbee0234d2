"""Security headers on every response: SPA pages, the API, probes, refusals."""

from __future__ import annotations

from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

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


GRAPHIQL_PAGE = (
    '<!doctype html><script type="module" crossorigin '
    'src="/graphiql/assets/index-def.js"></script>'
    '<link rel="stylesheet" href="/graphiql/assets/index-def.css">'
)
FRONTEND = Path(__file__).resolve().parents[2] / "frontend"


class Sources(HTMLParser):
    """Every address a page loads a script, style or icon from."""

    def __init__(self) -> None:
        super().__init__()
        self.addresses: list[str] = []

    def handle_starttag(self, tag, attrs):
        found = dict(attrs)
        if tag == "script" and found.get("src"):
            self.addresses.append(found["src"])
        if tag == "link" and found.get("href"):
            self.addresses.append(found["href"])


def sources_of(html: str) -> list[str]:
    parser = Sources()
    parser.feed(html)
    return parser.addresses


def same_origin(address: str) -> bool:
    parts = urlsplit(address)
    return not parts.scheme and not parts.netloc and not address.startswith("//")


def third_party(policy: dict[str, list[str]]) -> list[str]:
    """Sources in a policy that name an origin (anything but keywords and schemes)."""
    allowed = {"'self'", "'none'", "'unsafe-inline'", "data:", "blob:"}
    return [v for values in policy.values() for v in values if v not in allowed]


@pytest.fixture
async def graphiql_client(session_settings, database, caller, tmp_path):
    """The app serving a built SPA with its GraphiQL page (frontend/graphiql)."""
    (tmp_path / "index.html").write_text("<!doctype html>")
    (tmp_path / "graphiql" / "assets").mkdir(parents=True)
    (tmp_path / "graphiql" / "index.html").write_text(GRAPHIQL_PAGE)
    (tmp_path / "graphiql" / "assets" / "index-def.js").write_text("console.log(2)")
    settings = replace(session_settings, static_dir=tmp_path)
    app = create_app(settings, connect=False, resolve_actor=caller.resolve)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
        yield c


async def test_graphiql_is_the_built_page_with_no_third_party_origin(graphiql_client):
    response = await graphiql_client.get("/graphql", headers={"accept": "text/html"})
    script = await graphiql_client.get("/graphiql/assets/index-def.js")

    policy = directives(response.headers["content-security-policy"])
    assert response.status_code == 200
    assert response.text == GRAPHIQL_PAGE
    assert_common(response)
    assert all(same_origin(a) for a in sources_of(response.text))
    assert third_party(policy) == []
    assert policy["script-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert (script.status_code, script.text) == (200, "console.log(2)")


async def test_graphiql_unbuilt_says_how_to_build_it(spa_client):
    response = await spa_client.get("/graphql", headers={"accept": "text/html"})

    policy = directives(response.headers["content-security-policy"])
    assert response.status_code == 503
    assert "make run" in response.text
    assert sources_of(response.text) == []
    assert third_party(policy) == []


def test_graphiql_source_loads_nothing_from_elsewhere():
    """What the build turns into the page: only this origin's modules and files."""
    page = (FRONTEND / "graphiql" / "index.html").read_text()
    code = (FRONTEND / "graphiql" / "main.jsx").read_text()

    assert sources_of(page) and all(same_origin(a) for a in sources_of(page))
    assert "://" not in code


async def test_pages_with_their_own_policy_keep_it(spa_client):
    response = await spa_client.get("/survey/not-a-real-token")

    policy = directives(response.headers["content-security-policy"])
    assert policy["default-src"] == ["'none'"]
    assert_common(response)


def test_an_external_provider_is_reachable_from_the_spa():
    policy = directives(app_policy(("https://sso.bank.example",)))

    assert policy["connect-src"] == ["'self'", "https://sso.bank.example"]
    assert policy["script-src"] == ["'self'"]
