"""Injection-like and Unicode edge strings in filters; unauthenticated endpoints."""

from __future__ import annotations

import unicodedata

import httpx
import pytest

from cims.app import create_app
from cims.auth import resource
from cims.domain.customers import MAX_SEARCH
from tests.api.test_customers import gql
from tests.factories import branch, customer_from_german

SEARCH = (
    "query($t: String) { customers(filter: {text: $t}) { totalCount "
    "edges { node { fullName } } } }"
)
EDGE = [
    "' OR 1=1 --",
    "'; DROP TABLE customer; --",
    "%",
    "_",
    "%_%",
    "\\",
    "😀",
    "a" * 200,
    "１' or '1'='1",
    "$1",
    "?",
    "C%",
    "*",
    "C" + "0" * 30,
]
REFUSED = ["a" * 201, "\u202e", "王\u202e芳", "\x1b[31m"]


@pytest.mark.parametrize("text", EDGE, ids=range(len(EDGE)))
async def test_edge_strings_in_the_text_filter_match_nothing_and_break_nothing(
    client, text
):
    await customer_from_german(0, await branch(), full_name="王芳")

    body = await gql(client, SEARCH, t=text)

    assert "errors" not in body
    assert body["data"]["customers"]["totalCount"] == 0


@pytest.mark.parametrize("text", REFUSED, ids=range(len(REFUSED)))
async def test_overlong_or_control_text_is_refused_with_a_clear_code(client, text):
    await customer_from_german(0, await branch(), full_name="王芳")

    body = await gql(client, SEARCH, t=text)

    assert body["data"] is None
    assert body["errors"][0]["extensions"]["code"] == "VALIDATION_FAILED"
    assert body["errors"][0]["message"] == (
        f"Invalid input: text: Search text is at most {MAX_SEARCH} printable characters"
    )


async def test_composed_and_decomposed_spellings_find_the_same_customer(client):
    home = await branch()
    await customer_from_german(0, home, full_name="José Núñez", name_latin="Jose Nunez")
    composed = unicodedata.normalize("NFC", "José")
    decomposed = unicodedata.normalize("NFD", "José")

    found = [await gql(client, SEARCH, t=t) for t in (composed, decomposed, "jose")]

    assert composed != decomposed
    assert [b["data"]["customers"]["totalCount"] for b in found] == [1, 1, 1]


async def test_emoji_in_a_name_round_trips(client):
    await customer_from_german(0, await branch(), full_name="小明😀")

    body = await gql(client, SEARCH, t="😀")

    assert [e["node"]["fullName"] for e in body["data"]["customers"]["edges"]] == [
        "小明😀"
    ]


@pytest.fixture
async def anonymous(session_settings, database):
    resource.configure(None)
    transport = httpx.ASGITransport(app=create_app(session_settings, connect=False))
    async with httpx.AsyncClient(
        transport=transport, base_url="http://127.0.0.1:8000"
    ) as c:
        yield c


async def test_every_protected_endpoint_refuses_the_anonymous(anonymous):
    graphql = await anonymous.post("/graphql", json={"query": "{ __typename }"})
    introspection = await anonymous.post(
        "/graphql", json={"query": "{ __schema { types { name } } }"}
    )
    userinfo = await anonymous.get("/oauth/userinfo")
    token = await anonymous.post(
        "/oauth/token", data={"grant_type": "client_credentials"}
    )
    over_get = await anonymous.get("/graphql", params={"query": "{ __typename }"})

    assert graphql.json()["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert "types" not in introspection.text
    assert userinfo.status_code == 401
    assert token.status_code in (400, 401)
    assert over_get.status_code in (400, 405)


async def test_public_endpoints_say_nothing_about_customers(anonymous):
    for path in (
        "/healthz",
        "/readyz",
        "/auth/config",
        "/.well-known/openid-configuration",
        "/oauth/jwks",
    ):
        response = await anonymous.get(path)
        assert response.status_code == 200, path
        assert "customer" not in response.text.lower(), path


async def test_the_anonymous_learn_no_field_names_from_validation(anonymous):
    response = await anonymous.post(
        "/graphql", json={"query": "{ customers { edges { node { idNumbr } } } }"}
    )

    errors = response.json()["errors"]
    assert [e["extensions"]["code"] for e in errors] == ["UNAUTHENTICATED"]
    assert "idNumbr" not in response.text and "Customer" not in response.text
