"""The graph through real bearer tokens of the embedded provider."""

from __future__ import annotations

import httpx
import pytest

from cims.app import create_app
from cims.auth import clients, provider, resource
from cims.auth.policy import permissions_for
from cims.domain.actor import Actor

QUERY = {"query": "{ branches { code } }"}


@pytest.fixture
async def app_client(session_settings, database):
    resource.configure(None)
    await provider.ensure_keys(session_settings)
    app = create_app(session_settings, connect=False)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(
        transport=transport, base_url="http://127.0.0.1:8000"
    ) as c:
        yield c
    resource.configure(None)


async def _token(client: httpx.AsyncClient, roles: list[str]) -> str:
    new = await clients.create_service_client(
        Actor.system(), name="test tool", roles=roles
    )
    response = await client.post(
        "/oauth/token",
        data={"grant_type": "client_credentials"},
        auth=(new.client.client_id, new.secret),
    )
    assert response.status_code == 200, response.text
    return response.json()["access_token"]


async def test_without_a_token_nothing_answers(app_client):
    body = (await app_client.post("/graphql", json=QUERY)).json()

    assert body["data"] is None
    assert [e["extensions"]["code"] for e in body["errors"]] == ["UNAUTHENTICATED"]


async def test_a_forged_token_is_refused_with_its_reason(app_client):
    headers = {"authorization": "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0."}

    body = (await app_client.post("/graphql", json=QUERY, headers=headers)).json()

    assert body["data"] is None
    assert body["errors"][0]["extensions"]["code"] == "TOKEN_INVALID"


async def test_a_service_token_reaches_the_graph_with_its_roles(app_client):
    token = await _token(app_client, ["analyst"])
    headers = {"authorization": f"Bearer {token}"}

    allowed = await app_client.post("/graphql", json=QUERY, headers=headers)
    audit = await app_client.post(
        "/graphql", json={"query": "{ auditEvents { totalCount } }"}, headers=headers
    )

    assert allowed.json() == {"data": {"branches": []}}
    assert "audit.read" not in permissions_for(["analyst"])
    assert audit.json()["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_a_service_token_asks_me_who_it_is(app_client):
    token = await _token(app_client, ["analyst"])
    headers = {"authorization": f"Bearer {token}"}
    query = {"query": "{ me { kind username roles permissions branch { code } } }"}

    me = (await app_client.post("/graphql", json=query, headers=headers)).json()

    assert me == {
        "data": {
            "me": {
                "kind": "SERVICE",
                "username": "test tool",
                "roles": ["analyst"],
                "permissions": sorted(permissions_for(["analyst"])),
                "branch": None,
            }
        }
    }


async def test_spa_learns_where_to_sign_in(app_client):
    config = (await app_client.get("/auth/config")).json()

    assert config == {
        "authority": "http://127.0.0.1:8000",
        "clientId": "cims-spa",
        "scope": "openid profile",
    }


# RFC 6750 section 3: a refused caller gets 401 and a bearer challenge; the
# stable code is in the GraphQL error's extensions.


async def test_without_a_token_the_answer_is_401_with_a_bare_challenge(app_client):
    response = await app_client.post("/graphql", json=QUERY)

    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert response.json()["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


@pytest.mark.parametrize(
    "authorization",
    [
        "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.",
        "Bearer junk",
        "Basic dXNlcjpwdw==",
    ],
)
async def test_an_invalid_token_is_401_invalid_token(app_client, authorization):
    headers = {"authorization": authorization}

    response = await app_client.post("/graphql", json=QUERY, headers=headers)

    assert response.status_code == 401
    assert response.headers["www-authenticate"] == 'Bearer error="invalid_token"'
    assert response.json()["data"] is None
    assert response.json()["errors"][0]["extensions"]["code"] == "TOKEN_INVALID"


async def test_an_expired_token_is_401_invalid_token_with_its_code(
    app_client, monkeypatch
):
    async def expired(*_, **__):
        raise resource.InvalidToken(resource.TOKEN_EXPIRED, "Token has expired")

    monkeypatch.setattr(resource, "actor_from_authorization", expired)
    headers = {"authorization": "Bearer whatever"}

    response = await app_client.post("/graphql", json=QUERY, headers=headers)

    assert response.status_code == 401
    assert response.headers["www-authenticate"] == 'Bearer error="invalid_token"'
    error = response.json()["errors"][0]
    assert error["extensions"]["code"] == "TOKEN_EXPIRED"
    assert "stack" not in str(error)


async def test_a_valid_token_is_answered_200_without_a_challenge(app_client):
    token = await _token(app_client, ["analyst"])

    response = await app_client.post(
        "/graphql", json=QUERY, headers={"authorization": f"Bearer {token}"}
    )

    assert response.status_code == 200
    assert "www-authenticate" not in response.headers
    assert "errors" not in response.json()


@pytest.mark.parametrize(
    ("code", "status", "challenge"),
    [
        (resource.UNTRUSTED_ISSUER, 401, 'Bearer error="invalid_token"'),
        (resource.BRANCH_REQUIRED, 401, 'Bearer error="invalid_token"'),
        (resource.ISSUER_UNAVAILABLE, 503, None),
    ],
)
async def test_each_refusal_has_its_status(
    app_client, monkeypatch, code, status, challenge
):
    async def refused(*_, **__):
        raise resource.InvalidToken(code, "refused")

    monkeypatch.setattr(resource, "actor_from_authorization", refused)
    headers = {"authorization": "Bearer whatever"}

    response = await app_client.post("/graphql", json=QUERY, headers=headers)

    assert response.status_code == status
    assert response.headers.get("www-authenticate") == challenge
    assert response.json()["errors"][0]["extensions"]["code"] == code
