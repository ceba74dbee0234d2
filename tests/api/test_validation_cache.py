"""The validation cache: a verdict is reused only for the same kind of caller, and
every limit still holds on every request."""

from __future__ import annotations

import pytest

from cims.api import limits
from cims.domain.actor import Actor
from tests.api.test_customers import gql
from tests.factories import branch, customer_from_german

READER = Actor(subject="reader", permissions=frozenset({"customer.read"}))
INTROSPECTOR = Actor(
    subject="tool", permissions=frozenset({"customer.read", "schema.introspect"})
)
ANONYMOUS = Actor(subject="anonymous", extra={"auth_error": "UNAUTHENTICATED"})

INTROSPECTION = "{ __schema { queryType { name } } }"
PAGE = "query($n: Int) { customers(first: $n) { edges { node { customerNo } } } }"
# Worst case for a variable page size: 100 customers x 100 transactions x 5.
COSTLY = (
    "query($n: Int) { customers(first: $n) { edges { node {"
    " transactions(first: $n) { edges { node {"
    " id amount { amount currency } account { id number } } } } } } } }"
)


@pytest.fixture(autouse=True)
def empty_cache():
    limits._verdicts.clear()
    yield
    limits._verdicts.clear()


def _codes(body: dict) -> list[str]:
    return [e["extensions"]["code"] for e in body.get("errors", [])]


async def test_a_cached_introspection_is_still_refused_without_the_right(
    client, caller
):
    caller.actor = INTROSPECTOR
    allowed = await gql(client, INTROSPECTION)
    caller.actor = READER
    refused = await gql(client, INTROSPECTION)
    again = await gql(client, INTROSPECTION)

    assert allowed["data"]["__schema"]["queryType"]["name"] == "Query"
    assert _codes(refused) == _codes(again) == ["FORBIDDEN"]
    assert set(limits._verdicts) == {
        (INTROSPECTION, True, "http"),
        (INTROSPECTION, False, "http"),
    }


async def test_a_cached_refusal_is_not_served_to_a_caller_with_the_right(
    client, caller
):
    caller.actor = READER
    refused = await gql(client, INTROSPECTION)
    caller.actor = INTROSPECTOR
    allowed = await gql(client, INTROSPECTION)

    assert _codes(refused) == ["FORBIDDEN"]
    assert "errors" not in allowed


async def test_page_sizes_from_variables_are_checked_on_every_request(client, caller):
    home = await branch()
    for row_no in range(3):
        await customer_from_german(row_no, home)
    caller.actor = READER

    fits = await gql(client, PAGE, n=2)
    too_large = await gql(client, PAGE, n=101)
    fits_again = await gql(client, PAGE, n=3)

    assert len(fits["data"]["customers"]["edges"]) == 2
    assert _codes(too_large) == ["BAD_PAGE_ARGUMENTS"]
    assert len(fits_again["data"]["customers"]["edges"]) == 3
    assert list(limits._verdicts) == [(PAGE, False, "http")]


async def test_a_costly_query_is_refused_each_time_whatever_the_variables(
    client, caller
):
    caller.actor = READER

    first = await gql(client, COSTLY, n=1)
    second = await gql(client, COSTLY, n=1)

    assert _codes(first) == _codes(second) == ["QUERY_TOO_COSTLY"]
    assert (COSTLY, False, "http") in limits._verdicts


async def test_depth_aliases_and_directives_hold_on_a_repeated_request(client, caller):
    caller.actor = INTROSPECTOR
    aliases = "{ " + " ".join(f"a{i}: branches {{ code }}" for i in range(16)) + " }"
    directives = "{ " + " ".join(
        f"b{i}: branches @include(if: true) {{ code }}" for i in range(11)
    ) + " }"  # fmt: skip
    deep = '{ __type(name: "Customer") { fields { type { %s } } } }' % (
        "ofType { " * 7 + "name" + " }" * 7
    )

    for query, code in (
        (aliases, "TOO_MANY_ALIASES"),
        (directives, "TOO_MANY_DIRECTIVES"),
        (deep, "QUERY_TOO_DEEP"),
    ):
        for _ in range(2):
            assert _codes(await gql(client, query)) == [code], query
    assert len(limits._verdicts) == 3


async def test_anonymous_callers_are_refused_and_not_cached(client, caller):
    caller.actor = ANONYMOUS

    response = await client.post(
        "/graphql", json={"query": PAGE, "variables": {"n": 2}}
    )
    body = response.json()

    assert response.status_code == 401
    assert body["data"] is None
    assert _codes(body) == ["UNAUTHENTICATED"]
    assert limits._verdicts == {}


async def test_the_cache_keeps_the_most_recently_used_texts(
    client, caller, monkeypatch
):
    monkeypatch.setattr(limits, "VALIDATION_CACHE_SIZE", 2)
    caller.actor = READER
    texts = [f"{{ b{i}: branches {{ code }} }}" for i in range(3)]

    for text in (texts[0], texts[1], texts[0], texts[2]):
        assert "errors" not in await gql(client, text)

    assert list(limits._verdicts) == [
        (texts[0], False, "http"),
        (texts[2], False, "http"),
    ]
