"""Unexpected failures are masked with a code and the request ID; nothing leaks."""

from __future__ import annotations

import json
import logging

import pytest

from cims.api.errors import camel, to_graphql, validation_message
from cims.api.ids import to_global_id
from cims.domain import customers
from cims.domain.errors import FieldProblem, ValidationFailed
from cims.logs import TextFormatter
from cims.models import Customer
from tests.factories import branch


async def test_unexpected_error_is_masked_and_logged_once(client, monkeypatch, caplog):
    def explode(*args, **kwargs):
        raise RuntimeError("database said: 110101198005170062")

    monkeypatch.setattr(customers, "search", explode)

    with caplog.at_level(logging.ERROR):
        response = await client.post(
            "/graphql",
            json={"query": "{ customers { totalCount } }"},
            headers={"x-request-id": "req-12345678"},
        )

    error = response.json()["errors"][0]
    assert error["message"] == "Internal error"
    assert error["extensions"] == {
        "code": "INTERNAL_SERVER_ERROR",
        "requestId": "req-12345678",
    }
    assert "110101" not in response.text
    assert response.headers["x-request-id"] == "req-12345678"
    unexpected = [r for r in caplog.records if r.getMessage() == "unexpected error"]
    assert len(unexpected) == 1 and unexpected[0].request_id == "req-12345678"


async def test_malformed_request_id_is_replaced(client):
    response = await client.post(
        "/graphql",
        json={"query": "{ branches { code } }"},
        headers={"x-request-id": "bad id\nwith newline"},
    )

    assert len(response.headers["x-request-id"]) == 32


async def test_a_body_that_is_not_a_json_object_is_the_clients_mistake(client):
    for body in (b'"x"', b"42", b"null", b"\xff\xfe", b"[1, 2]"):
        response = await client.post(
            "/graphql", content=body, headers={"content-type": "application/json"}
        )
        assert response.status_code == 400, body


REFUSALS = {
    "malformed JSON": ("POST", b'{"query": ', "application/json", 400),
    "not a JSON object": ("POST", b'"x"', "application/json", 400),
    "batched": ("POST", b'[{"query": "{ me { kind } }"}]', "application/json", 400),
    "missing query": ("POST", b'{"variables": {}}', "application/json", 400),
    "query not a string": ("POST", b'{"query": 42}', "application/json", 400),
    "bad operationName": (
        "POST",
        b'{"query": "query A { me { kind } }", "operationName": "B"}',
        "application/json",
        400,
    ),
    "wrong content type": ("POST", b"{ me { kind } }", "text/plain", 415),
    "no content type": ("POST", b'{"query": "{ me { kind } }"}', None, 415),
}


@pytest.mark.parametrize("case", sorted(REFUSALS))
async def test_http_refusals_are_graphql_errors_with_a_code(client, caplog, case):
    method, body, content_type, status = REFUSALS[case]
    headers = {"x-request-id": "req-refused-1"}
    if content_type:
        headers["content-type"] = content_type

    with caplog.at_level(logging.DEBUG):
        response = await client.request(
            method, "/graphql", content=body, headers=headers
        )

    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    assert response.headers["x-request-id"] == "req-refused-1"
    [error] = response.json()["errors"]
    assert error["extensions"] == {"code": "BAD_REQUEST", "requestId": "req-refused-1"}
    assert error["message"] and "Traceback" not in response.text
    assert "Traceback" not in caplog.text


async def test_an_operation_sent_by_get_is_refused_with_405(client):
    for query in ("mutation { __typename }", "{ me { kind } }"):
        response = await client.get(
            "/graphql", params={"query": query}, headers={"accept": "application/json"}
        )

        assert response.status_code == 405, query
        assert response.headers["allow"] == "POST"
        assert len(response.headers["x-request-id"]) == 32
        [error] = response.json()["errors"]
        assert error["extensions"]["code"] == "BAD_REQUEST"
        assert error["extensions"]["requestId"] == response.headers["x-request-id"]


async def test_a_body_over_the_limit_names_its_request(client):
    response = await client.post(
        "/graphql",
        content=b"x" * 2_000_000,
        headers={"content-type": "application/json", "x-request-id": "req-large-1"},
    )

    assert response.status_code == 413
    assert response.headers["x-request-id"] == "req-large-1"
    [error] = response.json()["errors"]
    assert error["extensions"] == {
        "code": "REQUEST_TOO_LARGE",
        "requestId": "req-large-1",
    }


async def test_the_text_log_line_of_an_unexpected_error_names_its_request(
    client, monkeypatch, caplog
):
    def explode(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(customers, "search", explode)

    with caplog.at_level(logging.ERROR):
        await client.post(
            "/graphql",
            json={"query": "{ customers { totalCount } }"},
            headers={"x-request-id": "req-87654321"},
        )

    [record] = [r for r in caplog.records if r.getMessage() == "unexpected error"]
    first_line = TextFormatter().format(record).splitlines()[0]
    assert first_line.endswith(
        "ERROR cims.api.extensions unexpected error request_id=req-87654321 "
        "path=['customers']"
    )


CREATE = """
mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { __typename } }
"""


async def test_a_money_value_with_a_comma_names_its_field_not_its_value(client):
    home = await branch()
    values = {
        "kind": "INDIVIDUAL",
        "fullName": "王芳",
        "branchId": to_global_id("Branch", home.id),
        "annualIncome": "12,000",
    }

    response = await client.post(
        "/graphql", json={"query": CREATE, "variables": {"input": values}}
    )

    [error] = response.json()["errors"]
    assert error["message"] == (
        "Variable '$input' has an invalid value at annualIncome. "
        "Not an amount; use digits and a decimal point"
    )
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert error["extensions"]["field"] == "annualIncome"
    assert error["extensions"]["path"] == "input.annualIncome"
    assert "12,000" not in response.text
    assert await Customer.all().count() == 0


async def test_a_variable_nested_too_deeply_is_a_bad_request(client):
    rule = '{"field": "age", "op": "gte", "value": 1}'
    for _ in range(3_000):
        rule = '{"not": ' + rule + "}"
    query = "query($r: JSON!) { previewSegment(rule: $r) { __typename } }"
    body = '{"query": ' + json.dumps(query) + ', "variables": {"r": ' + rule + "}}"

    response = await client.post(
        "/graphql", content=body, headers={"content-type": "application/json"}
    )

    assert response.status_code == 400
    assert "The request body is nested too deeply" in response.text


@pytest.mark.parametrize(
    ("domain_name", "api_name"),
    [
        ("issuing_country", "issuingCountry"),
        ("expires_on", "expiresOn"),
        ("nameEn", "nameEn"),  # named as the API does already
        ("contacts[0].phone_no", "contacts[0].phoneNo"),
        ("id", "id"),
    ],
)
def test_a_field_an_error_names_is_camel_case(domain_name, api_name):
    assert camel(domain_name) == api_name


def test_a_validation_message_names_fields_as_its_payload_does():
    problems = [FieldProblem(f"field_{n}", "BAD", f"bad {n}") for n in range(4)]
    failed = ValidationFailed(problems)

    payload = to_graphql(failed)

    assert [f.field for f in payload.fields] == ["field0", "field1", "field2", "field3"]
    assert payload.message == (
        "Invalid input: field0: bad 0; field1: bad 1; field2: bad 2; and 1 more"
    )
    assert validation_message(failed) == payload.message
    assert failed.message.startswith("Invalid input: field_0: bad 0")  # the domain's
