"""Saved views of the customer list through the real schema."""

from __future__ import annotations

import pytest

from cims.api.ids import to_global_id
from cims.domain import saved_views
from cims.domain.actor import Actor
from cims.models import AuditEvent, SavedView
from tests.api.test_customers import gql
from tests.factories import branch, customer_from_german

SAVE = """
mutation Save($input: SaveViewInput!) {
  saveView(input: $input) {
    __typename
    ... on SavedView {
      id name
      filter { status kind branchId archived segmentId }
      orderBy { field direction }
    }
    ... on ValidationError { fields { field code } }
    ... on PermissionDeniedError { permission }
  }
}
"""

VIEWS = """
{ savedViews(first: 20) { totalCount edges { node { id name } } } }
"""

DELETE = """
mutation Delete($input: DeleteSavedViewInput!) {
  deleteSavedView(input: $input) {
    __typename
    ... on DeletedSavedView { id }
    ... on NotFoundError { code }
  }
}
"""

LIST = """
query List($filter: CustomerFilter, $orderBy: CustomerOrder) {
  customers(filter: $filter, orderBy: $orderBy, first: 50) {
    edges { node { customerNo } }
  }
}
"""

STAFF = ("customer.read", "segment.read")


def _as(caller, subject: str, *permissions: str, branch_id=None) -> None:
    caller.actor = Actor(
        subject=subject,
        permissions=frozenset(permissions or STAFF),
        branch_id=branch_id,
    )


@pytest.fixture
async def home():
    return await branch()


async def _save(client, name: str, **given) -> dict:
    body = await gql(client, SAVE, input={"name": name, **given})
    return body["data"]["saveView"]


async def test_a_saved_view_reopens_the_same_list(client, caller, home):
    made = [
        await customer_from_german(i, home, status="active" if i < 4 else "dormant")
        for i in range(6)
    ]
    active = {"status": ["ACTIVE"], "kind": "INDIVIDUAL"}
    order = {"field": "CUSTOMER_NO", "direction": "DESC"}
    branch_id = to_global_id("Branch", home.id)
    _as(caller, "rm-1")

    saved = await _save(
        client,
        " My actives ",
        filter={**active, "branchId": branch_id},
        orderBy=order,
    )
    listed = await gql(client, VIEWS)
    reopened = {k: v for k, v in saved["filter"].items() if v not in (None, [])}
    via_view = await gql(client, LIST, filter=reopened, orderBy=saved["orderBy"])
    direct = await gql(
        client, LIST, filter={**active, "branchId": branch_id}, orderBy=order
    )

    assert saved["__typename"] == "SavedView" and saved["name"] == "My actives"
    assert saved["filter"] == {
        "status": ["ACTIVE"],
        "kind": "INDIVIDUAL",
        "branchId": branch_id,
        "archived": False,
        "segmentId": None,
    }
    assert saved["orderBy"] == order
    assert listed["data"]["savedViews"]["edges"] == [
        {"node": {"id": saved["id"], "name": "My actives"}}
    ]
    numbers = [e["node"]["customerNo"] for e in via_view["data"]["customers"]["edges"]]
    assert numbers == [
        e["node"]["customerNo"] for e in direct["data"]["customers"]["edges"]
    ]
    assert numbers == sorted((c.customer_no for c in made[:4]), reverse=True)
    assert await AuditEvent.filter(action="saved_view.create").count() == 1


async def test_views_are_personal(client, caller, home):
    _as(caller, "rm-1")
    mine = await _save(client, "Mine", filter={"status": ["ACTIVE"]})
    _as(caller, "rm-2")

    listed = await gql(client, VIEWS)
    deleted = await gql(client, DELETE, input={"id": mine["id"]})
    node = await gql(client, "query($id: ID!) { node(id: $id) { id } }", id=mine["id"])

    assert listed["data"]["savedViews"] == {"totalCount": 0, "edges": []}
    assert deleted["data"]["deleteSavedView"] == {
        "__typename": "NotFoundError",
        "code": "NOT_FOUND",
    }
    assert node == {"data": {"node": None}}
    assert await SavedView.filter(owner="rm-1").count() == 1


async def test_a_view_does_not_keep_search_text(client, caller, home):
    _as(caller, "rm-1")

    refused = await _save(
        client, "By ID", filter={"text": "11010519491231002X"}, visibility="TEAM"
    )

    assert refused == {
        "__typename": "ValidationError",
        "fields": [{"field": "filter.text", "code": "SEARCH_TEXT_NOT_KEPT"}],
    }
    assert await SavedView.all().count() == 0


async def test_search_text_an_older_view_kept_is_neither_used_nor_shown(
    client, caller, home
):
    await customer_from_german(0, home)
    await customer_from_german(1, home)
    _as(caller, "rm-1")
    saved = await _save(client, "Old", filter={"status": ["ACTIVE"]})
    view = await SavedView.get(owner="rm-1")
    await SavedView.filter(id=view.id).update(
        criteria={**view.criteria, "text": "11010519491231002X"}
    )
    await view.refresh_from_db()

    query = saved_views.query_of(view)
    body = await gql(
        client,
        "query($id: ID!) { node(id: $id) { ... on SavedView { filter { status } } } }",
        id=saved["id"],
    )

    assert query.text is None
    assert body["data"]["node"] == {"filter": {"status": ["ACTIVE"]}}


async def test_delete_removes_only_that_view(client, caller, home):
    _as(caller, "rm-1")
    first = await _save(client, "First")
    second = await _save(client, "Second", filter={"archived": True})

    body = await gql(client, DELETE, input={"id": first["id"]})
    listed = await gql(client, VIEWS)

    assert body["data"]["deleteSavedView"] == {
        "__typename": "DeletedSavedView",
        "id": first["id"],
    }
    assert [e["node"]["id"] for e in listed["data"]["savedViews"]["edges"]] == [
        second["id"]
    ]
    assert await AuditEvent.filter(action="saved_view.delete").count() == 1


async def test_save_refuses_bad_names_and_changes_nothing(client, caller, home):
    _as(caller, "rm-1")
    await _save(client, "Actives")

    empty = await _save(client, "  ")
    taken = await _save(client, "Actives")
    long = await _save(client, "x" * 101)

    assert empty["fields"] == [{"field": "name", "code": "REQUIRED"}]
    assert taken["fields"] == [{"field": "name", "code": "NAME_TAKEN"}]
    assert long["fields"] == [{"field": "name", "code": "TOO_LONG"}]
    assert await SavedView.all().count() == 1


async def test_the_same_name_serves_two_staff_members(client, caller, home):
    _as(caller, "rm-1")
    await _save(client, "Actives")
    _as(caller, "rm-2")

    saved = await _save(client, "Actives")

    assert saved["__typename"] == "SavedView"
    assert await SavedView.filter(name="Actives").count() == 2


async def test_a_segment_view_needs_a_visible_segment(client, caller, home):
    _as(caller, "rm-1")

    unknown = await _save(
        client, "Ghosts", filter={"segmentId": to_global_id("Segment", 404)}
    )
    _as(caller, "teller-1", "customer.read")
    forbidden = await _save(
        client, "Ghosts", filter={"segmentId": to_global_id("Segment", 404)}
    )

    assert unknown["fields"] == [
        {"field": "filter.segmentId", "code": "UNKNOWN_SEGMENT"}
    ]
    assert forbidden == {
        "__typename": "PermissionDeniedError",
        "permission": "segment.read",
    }
    assert await SavedView.all().count() == 0


async def test_saved_views_need_customer_read(client, caller, home):
    _as(caller, "guest", "audit.read")

    saved = await _save(client, "Everything")
    listed = await gql(client, VIEWS)

    assert saved == {
        "__typename": "PermissionDeniedError",
        "permission": "customer.read",
    }
    assert listed["data"] is None
    assert listed["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_a_staff_member_keeps_at_most_the_limit(
    client, caller, home, monkeypatch
):
    monkeypatch.setattr(saved_views, "MAX_VIEWS", 2)
    _as(caller, "rm-1")
    await _save(client, "One")
    await _save(client, "Two")

    third = await _save(client, "Three")

    assert third["fields"] == [{"field": "name", "code": "TOO_MANY"}]
    assert await SavedView.filter(owner="rm-1").count() == 2
