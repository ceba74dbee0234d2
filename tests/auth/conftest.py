"""Fixtures of the sign-in tests: the shared database, the embedded provider's
routes in a Starlette app, and a client that walks the browser flow."""

from __future__ import annotations

import base64
import hashlib
import re
import secrets
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from argon2 import PasswordHasher, profiles
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from cims.auth import accounts, passwords, resource
from cims.auth.provider import ensure_keys, routes
from cims.auth.resource import InvalidToken, TokenValidator
from cims.auth.settings import AuthSettings
from cims.config import Settings
from cims.domain.actor import Actor
from cims.models import Branch

BASE = "http://127.0.0.1:8000"
REDIRECT = f"{BASE}/auth/callback"
PASSWORD = "correct horse battery staple"
DB_FILE = "cims.sqlite3"


@pytest.fixture
def settings(database, tmp_path) -> Settings:
    """The shared test database (tests/conftest.py), emptied after each test, and a
    data folder of the test's own for keys."""
    return Settings(env="test", data_dir=tmp_path, database_url=database)


@pytest.fixture
def auth_settings(settings: Settings) -> AuthSettings:
    return AuthSettings(
        public_url=BASE,
        data_dir=settings.data_dir,
        secret_key="test-secret-key",
        lockout_threshold=3,
        # ES256 keys are made in microseconds; RSA ones would slow every test.
        signing_alg="ES256",
    )


@pytest.fixture
async def branch(settings) -> Branch:
    return await Branch.create(
        code="BJ001", name="北京分行", name_en="Beijing", city="北京"
    )


@pytest.fixture
def validator(auth_settings) -> TokenValidator:
    return TokenValidator.from_settings(auth_settings)


@pytest.fixture
async def app(auth_settings, validator) -> Starlette:
    await ensure_keys(auth_settings)

    async def whoami(request: Request):
        try:
            actor = await validator.actor_from_authorization(
                request.headers.get("authorization"), request_id="req-1"
            )
        except InvalidToken as error:
            return JSONResponse({"code": error.code}, status_code=401)
        if actor is None:
            return JSONResponse({"code": "ANONYMOUS"}, status_code=401)
        return JSONResponse(_actor_json(actor))

    return Starlette(routes=[*routes(auth_settings), Route("/api/whoami", whoami)])


def _actor_json(actor: Actor) -> dict:
    return {
        "subject": actor.subject,
        "roles": sorted(actor.roles),
        "permissions": sorted(actor.permissions),
        "branch_id": actor.branch_id,
    }


@pytest.fixture
async def client(app):
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url=BASE) as http:
        yield http


@pytest.fixture
def make_staff(settings):
    async def make(username: str, roles: list[str], branch_code: str | None = None):
        new = await accounts.create_staff(
            Actor.system(),
            username=username,
            roles=roles,
            branch_code=branch_code,
            password=PASSWORD,
        )
        return new.staff

    return make


@pytest.fixture(autouse=True)
def _no_default_validator():
    yield
    resource.configure(None)


@pytest.fixture(autouse=True)
def _cheap_password_hashes():
    """Argon2id at its cheapest: the production cost (about half a second here)
    would dominate the suite; test_passwords checks the production parameters."""
    passwords.use_hasher(PasswordHasher.from_parameters(profiles.CHEAPEST))
    yield
    passwords.use_hasher(PasswordHasher())


def pkce_pair() -> tuple[str, str]:
    verifier = secrets.token_urlsafe(48)
    digest = hashlib.sha256(verifier.encode()).digest()
    challenge = base64.urlsafe_b64encode(digest).rstrip(b"=").decode()
    return verifier, challenge


def csrf_of(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def query_of(location: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(location).query).items()}


@dataclass
class Flow:
    """What a browser and the SPA do, step by step (tests reach the helpers of this
    file through it, as test modules do not import the conftest)."""

    http: httpx.AsyncClient
    client_id: str = "cims-spa"
    redirect_uri: str = REDIRECT

    BASE = BASE
    REDIRECT = REDIRECT
    PASSWORD = PASSWORD
    pkce_pair = staticmethod(pkce_pair)
    csrf_of = staticmethod(csrf_of)
    query_of = staticmethod(query_of)

    def authorize_params(self, challenge: str, **extra) -> dict:
        params = {
            "response_type": "code",
            "client_id": self.client_id,
            "redirect_uri": self.redirect_uri,
            "scope": "openid profile",
            "state": "state-123",
            "nonce": secrets.token_urlsafe(8),
            "code_challenge": challenge,
            "code_challenge_method": "S256",
        }
        params.update(extra)
        return {k: v for k, v in params.items() if v is not None}

    async def open_sign_in(self, params: dict) -> httpx.Response:
        return await self.http.get("/oauth/authorize", params=params)

    async def post_step(
        self, page: httpx.Response, params: dict, **form
    ) -> httpx.Response:
        data = {"csrf": csrf_of(page.text), **form}
        return await self.http.post("/oauth/authorize", params=params, data=data)

    async def sign_in(self, username: str, password: str, challenge: str, **extra):
        """Open the sign-in page and submit a password; returns the response."""
        params = self.authorize_params(challenge, **extra)
        page = await self.open_sign_in(params)
        response = await self.post_step(
            page, params, step="password", username=username, password=password
        )
        return params, response

    async def exchange(
        self, code: str, verifier: str | None, **extra
    ) -> httpx.Response:
        data = {
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": self.redirect_uri,
            "client_id": self.client_id,
            "code_verifier": verifier,
            **extra,
        }
        return await self.http.post(
            "/oauth/token", data={k: v for k, v in data.items() if v is not None}
        )

    async def refresh(self, refresh_token: str) -> httpx.Response:
        data = {
            "grant_type": "refresh_token",
            "refresh_token": refresh_token,
            "client_id": self.client_id,
        }
        return await self.http.post("/oauth/token", data=data)

    async def tokens_for(self, username: str, password: str = PASSWORD) -> dict:
        """The whole flow, for tests about what comes after it."""
        verifier, challenge = pkce_pair()
        _, response = await self.sign_in(username, password, challenge)
        code = query_of(response.headers["location"])["code"]
        return (await self.exchange(code, verifier)).json()


@pytest.fixture
def flow(client) -> Flow:
    return Flow(client)
