"""The customer list's KYC status filter: API, saved views and export audit details."""

from __future__ import annotations

import pytest

from cims.domain import customers, exporting, saved_views
from cims.domain.actor import Actor
from cims.models import SavedView
from tests.api.test_customers import gql
from tests.factories import branch, customer_from_german

LIST = """
query List($filter: CustomerFilter) {
  customers(filter: $filter, first: 50, orderBy: {field: CUSTOMER_NO}) {
    totalCount
    edges { node { customerNo kycStatus } }
  }
}
"""

SAVE = """
mutation Save($input: SaveViewInput!) {
  saveView(input: $input) {
    __typename
    ... on SavedView { id filter { status kycStatus archived } }
  }
}
"""

VIEW = """
query View($id: ID!) {
  node(id: $id) { ... on SavedView { filter { kycStatus } } }
}
"""

STATES = ["pending", "verified", "expired", "expired", "rejected"]


def _as(caller, *permissions: str, branch_id=None, subject="officer-1") -> None:
    caller.actor = Actor(
        subject=subject, permissions=frozenset(permissions), branch_id=branch_id
    )


@pytest.fixture
async def made():
    home, other = await branch("BJ01"), await branch("SH01")
    rows = [
        await customer_from_german(i, home, kyc_status=state)
        for i, state in enumerate(STATES)
    ]
    rows.append(await customer_from_german(9, other, kyc_status="expired"))
    return home, other, rows


def _numbers(body: dict) -> list[str]:
    return [e["node"]["customerNo"] for e in body["data"]["customers"]["edges"]]


async def test_filters_by_any_of_the_kyc_states_given(client, caller, made):
    _, _, rows = made
    _as(caller, "customer.read")

    expired = await gql(client, LIST, filter={"kycStatus": ["EXPIRED"]})
    either = await gql(client, LIST, filter={"kycStatus": ["PENDING", "REJECTED"]})
    every = await gql(client, LIST, filter={"kycStatus": []})

    assert "errors" not in expired
    assert expired["data"]["customers"]["totalCount"] == 3
    assert {e["node"]["kycStatus"] for e in expired["data"]["customers"]["edges"]} == {
        "EXPIRED"
    }
    assert _numbers(either) == sorted([rows[0].customer_no, rows[4].customer_no])
    assert every["data"]["customers"]["totalCount"] == len(rows)


async def test_the_filter_keeps_to_the_callers_branch(client, caller, made):
    home, _, rows = made
    _as(caller, "customer.read", branch_id=home.id)

    body = await gql(client, LIST, filter={"kycStatus": ["EXPIRED"]})

    assert _numbers(body) == sorted([rows[2].customer_no, rows[3].customer_no])


async def test_an_unknown_state_is_a_clear_error(client, caller, made):
    _as(caller, "customer.read")

    body = await gql(client, LIST, filter={"kycStatus": ["LAPSED"]})

    assert not body.get("data")
    assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    assert "Traceback" not in str(body)


async def test_filtering_needs_what_reading_the_state_needs(client, caller, made):
    # kycStatus is answered to every holder of customer.read (no @requires):
    # the filter asks no more and no less.
    _as(caller, "complaint.read")

    body = await gql(client, LIST, filter={"kycStatus": ["EXPIRED"]})

    assert body["data"] is None or body["data"]["customers"] is None
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_a_saved_view_keeps_the_kyc_states(client, caller, made):
    _as(caller, "customer.read")

    saved = await gql(
        client,
        SAVE,
        input={"name": "To renew", "filter": {"kycStatus": ["EXPIRED", "PENDING"]}},
    )
    view = saved["data"]["saveView"]
    reopened = await gql(client, VIEW, id=view["id"])
    row = await SavedView.get(name="To renew")

    assert view["__typename"] == "SavedView"
    assert view["filter"]["kycStatus"] == ["EXPIRED", "PENDING"]
    assert reopened["data"]["node"]["filter"]["kycStatus"] == ["EXPIRED", "PENDING"]
    assert row.criteria["kyc_statuses"] == ["expired", "pending"]
    listed = await gql(client, LIST, filter={"kycStatus": view["filter"]["kycStatus"]})
    assert listed["data"]["customers"]["totalCount"] == 4


def test_a_view_saved_before_the_filter_reads_as_no_kyc_filter():
    view = SavedView(owner="x", name="old", criteria={"statuses": ["active"]})

    assert saved_views.query_of(view).kyc_statuses == ()


def test_the_export_audit_names_the_kyc_states():
    query = customers.CustomerQuery(kyc_statuses=("expired", "pending"))

    assert exporting.filter_details(query)["kyc_statuses"] == ["expired", "pending"]
    assert "kyc_statuses" not in exporting.filter_details(customers.CustomerQuery())
