"""Relay connections: stable cursors when sort values tie, both directions, limits."""

from __future__ import annotations

import base64
import json
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from cims.api.pagination import _encode_value, cursor_text, decode_cursor, encode_cursor
from cims.domain.crypto import open_token
from cims.domain.paging import CURSOR_PURPOSE
from tests.api.test_customers import gql
from tests.factories import branch, customer_from_german

PAGE = """
query Page($first: Int, $after: String, $last: Int, $before: String, $order: CustomerOrder) {
  customers(first: $first, after: $after, last: $last, before: $before, orderBy: $order) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { node { customerNo } }
  }
}
"""


async def _seven_namesakes() -> set[str]:
    home = await branch()
    rows = [
        await customer_from_german(i, home, full_name="王芳", name_latin="Wang Fang")
        for i in range(7)
    ]
    return {row.customer_no for row in rows}


@pytest.mark.parametrize("direction", ["ASC", "DESC"])
async def test_tied_sort_keys_page_forward_without_skips_or_repeats(client, direction):
    expected = await _seven_namesakes()
    order = {"field": "NAME", "direction": direction}
    seen, after, pages = [], None, 0

    while True:
        body = await gql(client, PAGE, first=2, after=after, order=order)
        page = body["data"]["customers"]
        seen += [e["node"]["customerNo"] for e in page["edges"]]
        pages += 1
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]

    assert pages == 4
    assert len(seen) == 7 and set(seen) == expected
    assert page["totalCount"] == 7


async def test_tied_sort_keys_page_backward_in_the_same_order(client):
    await _seven_namesakes()
    forward = await gql(client, PAGE, first=7)
    order = [e["node"]["customerNo"] for e in forward["data"]["customers"]["edges"]]
    seen, before = [], None

    while True:
        body = await gql(client, PAGE, last=2, before=before)
        page = body["data"]["customers"]
        seen = [e["node"]["customerNo"] for e in page["edges"]] + seen
        if not page["pageInfo"]["hasPreviousPage"]:
            break
        before = page["pageInfo"]["startCursor"]

    assert seen == order


@pytest.mark.parametrize("first", [-1, 101])
async def test_page_size_outside_limits_is_refused(client, first):
    body = await gql(client, PAGE, first=first)

    assert body["data"] is None
    assert body["errors"][0]["extensions"]["code"] == "BAD_PAGE_ARGUMENTS"


async def test_page_of_exactly_the_cap_is_allowed(client):
    body = await gql(client, PAGE, first=100)

    assert body["data"]["customers"]["totalCount"] == 0


async def test_forged_cursor_is_refused_with_a_clear_code(client):
    body = await gql(client, PAGE, first=2, after="bm90LWEtY3Vyc29y")

    assert body["errors"][0]["extensions"]["code"] == "BAD_PAGE_ARGUMENTS"
    assert body["errors"][0]["message"] == "The cursor is not valid"


@pytest.mark.parametrize(
    "values",
    [
        [datetime(2026, 12, 5, 3, 4, 5, 678901, tzinfo=UTC), 317282],
        [datetime(2026, 1, 1, tzinfo=timezone(timedelta(hours=8))), 1],
        [date(2026, 2, 28), 0],
        ['王芳 "quoted"', -3],
        [True, None, 2.5],
    ],
)
def test_cursors_seal_the_json_of_their_values(values):
    """A cursor opens to the JSON of its values, byte for byte, and reads back."""
    raw = json.dumps([_encode_value(v) for v in values], separators=(",", ":"))
    cursor = encode_cursor(values)
    assert cursor_text(values) == raw
    assert open_token(cursor, CURSOR_PURPOSE).decode() == raw
    assert raw.encode() not in _unbase64(cursor)
    if all(type(v) in (int, str, datetime, date) for v in values):
        assert decode_cursor(cursor, len(values)) == values


def _unbase64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


ORDERS = [
    {"field": field, "direction": direction}
    for field in ("NAME", "CUSTOMER_NO", "CREATED_AT", "UPDATED_AT")
    for direction in ("ASC", "DESC")
]


async def _mixed_names() -> list[str]:
    """Nine customers, some names shared, so sort values both differ and tie."""
    home = await branch()
    names = [("万阳志", "Wan Yangzhi"), ("王芳", "Wang Fang"), ("李雷", "Li Lei")]
    rows = [
        await customer_from_german(
            i, home, full_name=names[i % 3][0], name_latin=names[i % 3][1]
        )
        for i in range(9)
    ]
    return [row.customer_no for row in rows]


@pytest.mark.parametrize(
    "order", ORDERS, ids=lambda o: f"{o['field']}-{o['direction']}"
)
async def test_sealed_cursors_page_both_ways_in_every_order(client, order):
    numbers = await _mixed_names()
    whole = await gql(client, PAGE, first=100, order=order)
    expected = [e["node"]["customerNo"] for e in whole["data"]["customers"]["edges"]]
    assert sorted(expected) == sorted(numbers)

    forward, after, cursors = [], None, []
    while True:
        page = (await gql(client, PAGE, first=2, after=after, order=order))["data"][
            "customers"
        ]
        forward += [e["node"]["customerNo"] for e in page["edges"]]
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
        cursors.append(after)
    assert forward == expected

    backward, before = [], None
    while True:
        page = (await gql(client, PAGE, last=2, before=before, order=order))["data"][
            "customers"
        ]
        backward = [e["node"]["customerNo"] for e in page["edges"]] + backward
        if not page["pageInfo"]["hasPreviousPage"]:
            break
        before = page["pageInfo"]["startCursor"]
        cursors.append(before)
    assert backward == expected

    for cursor in cursors:
        shown = cursor.encode() + _unbase64(cursor)
        for name in ("万阳志", "王芳", "李雷", "Wan Yangzhi", "wanyangzhi", "Wang"):
            assert name.encode() not in shown
            assert base64.urlsafe_b64encode(name.encode()).rstrip(b"=") not in shown


async def test_a_plain_or_changed_cursor_is_refused(client):
    await _mixed_names()
    order = {"field": "NAME", "direction": "ASC"}
    page = await gql(client, PAGE, first=2, order=order)
    cursor = page["data"]["customers"]["pageInfo"]["endCursor"]
    plain = base64.urlsafe_b64encode(
        '[["v","万阳志|wanyangzhi"],["v",1]]'.encode()
    ).decode()
    flipped = cursor[:-3] + ("A" if cursor[-3] != "A" else "B") + cursor[-2:]

    for bad in (plain, flipped, cursor[:-4]):
        body = await gql(client, PAGE, first=2, after=bad, order=order)
        assert body["data"] is None
        assert body["errors"][0]["extensions"]["code"] == "BAD_PAGE_ARGUMENTS"
        assert body["errors"][0]["message"] == "The cursor is not valid"
