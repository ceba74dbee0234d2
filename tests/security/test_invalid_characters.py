"""Input nothing can store or compute with is refused with a code, never a crash:
NUL and lone surrogates in any string (cims.api.characters), dates outside the
years 1900-2200 (cims.api.scalars), JSON numbers beyond ±2^53 in custom attributes."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest

from cims.api.ids import to_global_id
from cims.domain.transactions import Booked, Entry, post_transactions
from cims.models import Customer, Transaction
from tests.api.test_customers import CREATE
from tests.api.test_transactions import CORE, POST, entry
from tests.domain.test_risk import START, history, make_customer
from tests.factories import branch, customer_from_german

SEARCH = "query($t: String) { customers(filter: {text: $t}) { totalCount } }"
STATS = "query($from: DateTime!) { serviceStatistics(from: $from) { received } }"


async def gql(client, query: str, **variables) -> dict:
    """As a client sends it: JSON with \\u escapes, lone surrogates included."""
    body = json.dumps({"query": query, "variables": variables}, ensure_ascii=True)
    response = await client.post(
        "/graphql", content=body, headers={"content-type": "application/json"}
    )
    assert response.status_code == 200
    return response.json()


def _refused(body: dict) -> dict:
    assert body["data"] is None
    [error] = body["errors"]
    return error["extensions"]


@pytest.mark.parametrize("text", ["\ud800", "a\udfffb", "\x00", "王\x00芳"])
async def test_a_search_text_holding_nul_or_a_lone_surrogate_is_refused(client, text):
    await customer_from_german(0, await branch(), full_name="王芳")

    body = await gql(client, SEARCH, t=text)

    extensions = _refused(body)
    assert (extensions["code"], extensions["field"], extensions["path"]) == (
        "INVALID_CHARACTERS",
        "t",
        "t",
    )
    assert "NUL or an unpaired surrogate" in body["errors"][0]["message"]


@pytest.mark.parametrize(
    ("field", "value"),
    [("fullName", "张\ud83d三"), ("address", "上海\x00路"), ("occupation", "\udc00")],
)
async def test_a_nested_input_field_names_its_path_and_nothing_is_stored(
    client, field, value
):
    home = await branch()
    data = {
        "kind": "INDIVIDUAL",
        "fullName": "张三",
        "branchId": to_global_id("Branch", home.id),
        "mobilePhone": "13800138000",
    } | {field: value}

    body = await gql(client, CREATE, input=data)

    extensions = _refused(body)
    # Named as a payload's FieldError names it, the argument's path beside it.
    assert extensions == {
        "code": "INVALID_CHARACTERS",
        "field": field,
        "path": f"input.{field}",
        "requestId": extensions["requestId"],
    }
    assert await Customer.all().count() == 0


async def test_a_literal_in_the_query_text_is_refused_with_its_argument_path(client):
    query = 'query { customers(filter: {text: "a\\u0000b"}) { totalCount } }'

    body = await gql(client, query)

    extensions = _refused(body)
    assert (extensions["code"], extensions["field"], extensions["path"]) == (
        "INVALID_CHARACTERS",
        "text",
        "filter.text",
    )


async def test_json_values_and_keys_are_checked_without_echoing_the_key(client):
    home = await branch()
    base = {
        "kind": "INDIVIDUAL",
        "fullName": "张三",
        "branchId": to_global_id("Branch", home.id),
    }

    by_value = await gql(
        client, CREATE, input=base | {"customAttributes": {"note": ["ok", "\ud800"]}}
    )
    by_key = await gql(client, CREATE, input=base | {"customAttributes": {"k\x00": 1}})

    assert _refused(by_value)["field"] == "customAttributes.note[1]"
    assert _refused(by_value)["path"] == "input.customAttributes.note[1]"
    assert _refused(by_key)["field"] == "customAttributes"
    assert _refused(by_key)["path"] == "input.customAttributes (a key)"
    assert "k\x00" not in by_key["errors"][0]["message"]
    assert await Customer.all().count() == 0


@pytest.mark.parametrize(
    "moment", ["0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00", "1899-12-31"]
)
async def test_times_outside_the_years_1900_to_2200_are_refused(client, moment):
    body = await gql(client, STATS, **{"from": moment})

    extensions = _refused(body)
    assert extensions["code"] == "DATE_OUT_OF_RANGE"
    assert "Use a year from 1900 to 2200" in body["errors"][0]["message"]


async def test_times_at_the_edges_of_the_range_are_read(client):
    body = await gql(client, STATS, **{"from": "1900-01-01T00:00:00+00:00"})

    assert "errors" not in body
    assert body["data"]["serviceStatistics"]["received"] == 0


@pytest.mark.parametrize("number", [2**70, -(2**53) - 1, 1e300])
async def test_a_number_beyond_2_to_the_53_in_custom_attributes_is_refused(
    client, number
):
    home = await branch()
    data = {
        "kind": "INDIVIDUAL",
        "fullName": "张三",
        "branchId": to_global_id("Branch", home.id),
    }

    body = await gql(client, CREATE, input=data | {"customAttributes": {"n": number}})
    kept = await gql(client, CREATE, input=data | {"customAttributes": {"n": 2**53}})

    result = body["data"]["createCustomer"]
    assert result["__typename"] == "ValidationError"
    assert [(f["field"], f["code"]) for f in result["fields"]] == [
        ("customAttributes", "NUMBER_OUT_OF_RANGE")
    ]
    assert kept["data"]["createCustomer"]["__typename"] == "Customer"
    assert await Customer.all().count() == 1


@pytest.mark.parametrize(
    ("values", "field", "code"),
    [
        ({"description": "转账\x00"}, "description", "INVALID_CHARACTERS"),
        ({"bookedAt": "0001-01-01T00:00:00+14:00"}, "bookedAt", "DATE_OUT_OF_RANGE"),
    ],
)
async def test_a_bad_entry_in_a_batch_is_refused_by_name_before_any_is_stored(
    client, caller, values, field, code
):
    account = await history(await make_customer(await branch()))
    count = await Transaction.all().count()
    caller.actor = CORE
    entries = [entry(account.number, "12.00"), entry(account.number, "9.00", **values)]

    body = await gql(client, POST, input={"transactions": entries})

    extensions = _refused(body)
    assert extensions["code"] == code
    assert extensions["field"] == f"transactions[1].{field}"
    assert await Transaction.all().count() == count


async def test_the_domain_rejects_such_an_entry_alone_for_other_callers(database):
    account = await history(await make_customer(await branch()))
    moment = START + dt.timedelta(days=30, hours=1)
    good = Entry(account.number, moment, "5.00", "debit", "mobile", "transfer")
    entries = [
        good,
        dataclasses.replace(good, description="转账\x00"),
        dataclasses.replace(good, description="转账\ud800"),
        dataclasses.replace(
            good,
            booked_at=dt.datetime(1, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=14))),
        ),
    ]

    outcomes = await post_transactions(CORE, entries)

    assert isinstance(outcomes[0], Booked)
    codes = [[p.code for p in o.error.problems] for o in outcomes[1:]]
    assert codes == [
        ["FORBIDDEN_CHARACTERS"],
        ["INVALID_CHARACTERS"],
        ["DATE_OUT_OF_RANGE"],
    ]


async def test_a_zero_width_space_in_a_name_is_refused_as_control_characters_are(
    client,
):
    home = await branch()
    data = {"kind": "INDIVIDUAL", "branchId": to_global_id("Branch", home.id)}

    typed = await gql(client, CREATE, input=data | {"fullName": "张\u200b三"})

    result = typed["data"]["createCustomer"]
    assert result["__typename"] == "ValidationError"
    assert [(f["field"], f["code"]) for f in result["fields"]] == [
        ("fullName", "FORBIDDEN_CHARACTERS")
    ]
    assert await Customer.all().count() == 0
