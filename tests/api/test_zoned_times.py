"""A date-time without a zone, wherever the graph takes one, is refused as input
with the one field code NO_OFFSET: a query's top-level error (VALIDATION_FAILED, the
field and its code in ``extensions.fields``), a mutation's payload (a ValidationError
whose ``fields`` name it), never an internal error. The schema is walked for every
DateTime argument and input field, so a new one fails here until it has a case."""

from __future__ import annotations

import pytest
from graphql import GraphQLInputObjectType, GraphQLObjectType, get_named_type

from cims.api.ids import to_global_id
from cims.api.schema import schema
from cims.auth.policy import ROLES
from cims.domain.actor import Actor
from cims.models import Account
from tests.api.test_customers import gql
from tests.factories import (
    accounts_with_history,
    branch,
    complaint_category,
    customer_from_german,
)

NAIVE = "2026-01-01T00:00:00"


def _datetime_inputs() -> set[str]:
    """``Type.field(argument.input.path)`` of every DateTime the graph takes."""
    found: set[str] = set()

    def walk(graphql_type, path: str, seen: frozenset[str]) -> None:
        named = get_named_type(graphql_type)
        if named.name == "DateTime":
            found.add(path)
        elif isinstance(named, GraphQLInputObjectType) and named.name not in seen:
            for name, field in named.fields.items():
                walk(field.type, f"{path}.{name}", seen | {named.name})

    for type_name, definition in schema._schema.type_map.items():
        if isinstance(definition, GraphQLObjectType) and not type_name.startswith("__"):
            for field_name, field in definition.fields.items():
                for arg_name, argument in field.args.items():
                    walk(
                        argument.type,
                        f"{type_name}.{field_name}({arg_name})",
                        frozenset(),
                    )
    return found


QUERIES = {
    "Query.auditEvents(filter).since": (
        "query($t: DateTime) { auditEvents(filter: {since: $t}) { totalCount } }"
    ),
    "Query.auditEvents(filter).until": (
        "query($t: DateTime) { auditEvents(filter: {until: $t}) { totalCount } }"
    ),
    "Query.serviceStatistics(from)": (
        "query($t: DateTime!) { serviceStatistics(from: $t) { received } }"
    ),
    "Query.serviceStatistics(to)": (
        'query($t: DateTime) { serviceStatistics(from: "2026-01-01T00:00:00Z", to: $t)'
        " { received } }"
    ),
    "Query.surveyResults(from)": (
        "query($t: DateTime) { surveyResults(kind: CSAT, from: $t) { responses } }"
    ),
    "Query.surveyResults(to)": (
        "query($t: DateTime) { surveyResults(kind: CSAT, to: $t) { responses } }"
    ),
}
MUTATIONS = {
    "Mutation.logInteraction(input).occurredAt",
    "Mutation.fileComplaint(input).receivedAt",
    "Mutation.postTransactions(input).transactions.bookedAt",
}


def test_every_datetime_input_has_a_case():
    assert _datetime_inputs() == set(QUERIES) | MUTATIONS


@pytest.fixture
def administrator(caller) -> None:
    caller.actor = Actor(
        subject="admin-1",
        roles=frozenset({"administrator"}),
        permissions=ROLES["administrator"],
    )


@pytest.mark.parametrize("where", sorted(QUERIES))
async def test_a_query_refuses_a_time_without_a_zone(client, administrator, where):
    body = await gql(client, QUERIES[where], t=NAIVE)

    [error] = body["errors"]
    assert error["extensions"]["code"] == "VALIDATION_FAILED"
    argument = where.split(".")[-1].split("(")[-1].rstrip(")")
    assert error["message"] == f"Invalid input: {argument}: Must be a time with a zone"
    assert error["extensions"]["fields"] == [
        {
            "field": argument,
            "code": "NO_OFFSET",
            "message": "Must be a time with a zone",
        }
    ]


async def test_a_query_takes_a_time_with_a_zone(client, administrator):
    for where, query in QUERIES.items():
        body = await gql(client, query, t="2026-01-01T00:00:00+08:00")

        assert "errors" not in body, where


REFUSED = "... on ValidationError { code fields { field code } }"


async def test_a_mutation_refuses_a_time_without_a_zone(client, administrator):
    home = await branch()
    customer = await customer_from_german(0, home)
    await accounts_with_history(customer, transactions=0)
    account = await Account.filter(customer_id=customer.id).first()
    category = await complaint_category("Credit card", "Fees")
    customer_id = to_global_id("Customer", customer.id)

    logged = await gql(
        client,
        f"mutation($i: LogInteractionInput!) {{ logInteraction(input: $i) {{ {REFUSED} }} }}",
        i={
            "customerId": customer_id,
            "channel": "PHONE",
            "purpose": "enquiry",
            "summary": "Asked about fees",
            "occurredAt": NAIVE,
        },
    )
    filed = await gql(
        client,
        f"mutation($i: FileComplaintInput!) {{ fileComplaint(input: $i) {{ {REFUSED} }} }}",
        i={
            "customerId": customer_id,
            "categoryId": to_global_id("ComplaintCategory", category.id),
            "description": "Charged twice",
            "severity": "LOW",
            "channel": "PHONE",
            "receivedAt": NAIVE,
        },
    )
    posted = await gql(
        client,
        "mutation($i: PostTransactionsInput!) { postTransactions(input: $i) {"
        " ... on PostedTransactions { rejected outcomes { ... on RejectedTransaction"
        " { error { code fields { field code } } } } } } }",
        i={
            "transactions": [
                {
                    "accountNumber": account.number,
                    "bookedAt": NAIVE,
                    "amount": "10.00",
                    "direction": "CREDIT",
                    "channel": "BRANCH",
                    "category": "deposit",
                }
            ]
        },
    )

    assert logged["data"]["logInteraction"] == {
        "code": "VALIDATION_FAILED",
        "fields": [{"field": "occurredAt", "code": "NO_OFFSET"}],
    }
    assert filed["data"]["fileComplaint"] == {
        "code": "VALIDATION_FAILED",
        "fields": [{"field": "receivedAt", "code": "NO_OFFSET"}],
    }
    assert "errors" not in posted, posted
    [outcome] = posted["data"]["postTransactions"]["outcomes"]
    assert outcome["error"]["code"] == "VALIDATION_FAILED"
    assert outcome["error"]["fields"] == [{"field": "bookedAt", "code": "NO_OFFSET"}]
