"""Limits on the endpoint: each at its value passes, just past it is refused."""

from __future__ import annotations

import pytest
from graphql.language import Lexer, Source, TokenKind

from cims.api import limits
from cims.domain.actor import Actor
from tests.api.test_customers import gql

READER = Actor(subject="reader", permissions=frozenset({"customer.read"}))
INTROSPECTOR = Actor(
    subject="tool", permissions=frozenset({"customer.read", "schema.introspect"})
)


def _codes(body: dict) -> list[str]:
    return [e["extensions"]["code"] for e in body.get("errors", [])]


@pytest.mark.parametrize(("levels", "codes"), [(10, []), (11, ["QUERY_TOO_DEEP"])])
async def test_depth_limit(client, caller, levels, codes):
    caller.actor = INTROSPECTOR
    query = '{ __type(name: "Customer") { fields { type { %s } } } }' % (
        "ofType { " * (levels - 4) + "name" + " }" * (levels - 4)
    )

    body = await gql(client, query)

    assert _codes(body) == codes


@pytest.mark.parametrize(("count", "codes"), [(15, []), (16, ["TOO_MANY_ALIASES"])])
async def test_alias_limit(client, count, codes):
    query = "{ " + " ".join(f"a{i}: branches {{ code }}" for i in range(count)) + " }"

    assert _codes(await gql(client, query)) == codes


@pytest.mark.parametrize(("count", "codes"), [(10, []), (11, ["TOO_MANY_DIRECTIVES"])])
async def test_directive_limit(client, count, codes):
    fields = " ".join(
        f"b{i}: branches @include(if: true) {{ code }}" for i in range(count)
    )

    assert _codes(await gql(client, "{ " + fields + " }")) == codes


def _tokens(query: str) -> int:
    lexer, count = Lexer(Source(query)), 0
    while lexer.advance().kind is not TokenKind.EOF:
        count += 1
    return count


def _query_of_tokens(total: int) -> str:
    head, tail = "{ customers(filter: {status: [", "]}) { totalCount } }"
    query = head + "ACTIVE " * (total - _tokens(head + tail)) + tail
    assert _tokens(query) == total
    return query


async def test_token_limit(client):
    fits = await gql(client, _query_of_tokens(limits.MAX_TOKENS))
    over = await gql(client, _query_of_tokens(limits.MAX_TOKENS + 1))

    assert _codes(fits) == []
    assert _codes(over) == ["TOO_MANY_TOKENS"]


async def test_cost_multiplies_by_page_size(client):
    cheap = (
        "{ customers(first: 100) { edges { node { transactions(first: 100) { "
        "edges { node { id } } } } } } }"
    )
    nested = (
        "{ customers(first: 100) { edges { node { transactions(first: 100) { "
        "edges { node { id amount { amount currency } account { id number } } } } } } } }"
    )

    assert _codes(await gql(client, cheap)) == []
    assert _codes(await gql(client, nested)) == ["QUERY_TOO_COSTLY"]


async def test_request_body_over_one_megabyte_is_refused(client):
    padding = " " * (limits.MAX_BODY_BYTES + 1)

    response = await client.post(
        "/graphql",
        content='{"query": "{ branches { code } }"' + padding + "}",
        headers={"content-type": "application/json"},
    )

    assert response.status_code == 413
    assert response.json()["errors"][0]["extensions"]["code"] == "REQUEST_TOO_LARGE"


async def test_queries_over_get_are_refused(client):
    response = await client.get("/graphql", params={"query": "{ branches { code } }"})

    assert response.status_code in (400, 405)
    assert "branches" not in response.text


async def test_no_field_suggestions_for_anyone(client):
    body = await gql(client, "{ customerz { totalCount } branches { cod } }")

    messages = " ".join(e["message"] for e in body["errors"])
    assert "Did you mean" not in messages
    assert "customers" not in messages and "code" not in messages.replace("cod ", "")


async def test_variable_values_are_not_echoed(client):
    body = await gql(
        client,
        "query($n: Int) { customers(first: $n) { totalCount } }",
        n="秘密-13800138000",
    )

    assert "13800138000" not in str(body)
    assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"


async def test_introspection_needs_its_permission(client, caller):
    caller.actor = READER
    refused = await gql(client, "{ __schema { queryType { name } } }")
    caller.actor = INTROSPECTOR
    allowed = await gql(client, "{ __schema { queryType { name } } }")

    assert _codes(refused) == ["FORBIDDEN"]
    assert allowed["data"]["__schema"]["queryType"]["name"] == "Query"


async def test_a_subscription_over_http_is_sent_to_the_websocket(client, caller):
    caller.actor = Actor(subject="risk-1", permissions=frozenset({"risk.read"}))
    document = "subscription { alertChanged { __typename } }"

    first = await gql(client, document)
    again = await gql(client, document)  # the cached verdict says the same

    for body in (first, again):
        assert [e["extensions"]["code"] for e in body["errors"]] == ["BAD_TRANSPORT"]
        assert "WebSocket" in body["errors"][0]["message"]


def _timelines(first: str) -> str:
    entries = " ".join(
        f"t{i}: timeline{first} {{ edges {{ node {{ __typename }} }} }}"
        for i in range(10)
    )
    return f"{{ customers(first: 100) {{ edges {{ node {{ {entries} }} }} }} }}"


async def test_a_connection_without_first_costs_its_default_page(client):
    """Ten timelines without first cost what ten with first: 20 cost."""
    defaulted = await gql(client, _timelines(""))
    explicit = await gql(client, _timelines("(first: 20)"))

    assert _codes(explicit) == ["QUERY_TOO_COSTLY"]
    assert _codes(defaulted) == ["QUERY_TOO_COSTLY"]


def test_every_connection_field_is_costed_as_one():
    from cims.api.schema import schema

    names = limits.connection_fields(schema._schema)

    assert {"timeline", "complaints", "members", "alerts", "customers"} <= names
    assert "branches" not in names and "customer" not in names
