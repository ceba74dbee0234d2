"""Saved views shared with a team, and the list's columns, through the schema."""

from __future__ import annotations

import pytest

from cims.api.ids import to_global_id
from cims.domain.actor import Actor
from cims.models import AuditEvent, SavedView, StaffMember
from tests.api.test_customers import gql
from tests.factories import branch, customer_from_german

VIEW_FIELDS = """
  __typename
  ... on SavedView {
    id name columns visibility owner mine
    filter { status branchId complete }
    orderBy { field direction }
  }
  ... on ValidationError { fields { field code } }
  ... on RefusedError { code }
  ... on NotFoundError { code }
"""
SAVE = """
mutation Save($input: SaveViewInput!) {
  saveView(input: $input) {
    __typename
    ... on SavedView {
      id name columns visibility owner mine
      filter { status branchId complete }
      orderBy { field direction }
    }
    ... on ValidationError { fields { field code } }
  }
}
"""
UPDATE = f"""
mutation Update($input: UpdateSavedViewInput!) {{
  updateSavedView(input: $input) {{ {VIEW_FIELDS} }}
}}
"""
DELETE = """
mutation Delete($input: DeleteSavedViewInput!) {
  deleteSavedView(input: $input) {
    __typename
    ... on NotFoundError { code }
    ... on RefusedError { code }
  }
}
"""
VIEWS = """
{ savedViews(first: 20) { edges { node { name owner mine visibility } } } }
"""
LIST = """
query List($filter: CustomerFilter) {
  customers(filter: $filter, first: 50) { edges { node { customerNo } } }
}
"""
STAFF = ("customer.read", "segment.read")


async def _staff(subject: str, name: str, team: str | None) -> StaffMember:
    return await StaffMember.create(
        subject=subject,
        username=subject,
        display_name=name,
        password_hash="-",
        roles=["relationship_manager"],
        team=team,
    )


@pytest.fixture
async def people():
    """Two colleagues of one team, one of another, one of none."""
    await _staff("rm-li", "李娜", "retail")
    await _staff("rm-wang", "王芳", "retail")
    await _staff("rm-zhao", "赵强", "corporate")
    await _staff("rm-sun", "孙立", None)


def _as(caller, subject: str, branch_id: int | None = None) -> None:
    caller.actor = Actor(
        subject=subject, permissions=frozenset(STAFF), branch_id=branch_id
    )


async def _save(client, name: str, **given) -> dict:
    body = await gql(client, SAVE, input={"name": name, **given})
    return body["data"]["saveView"]


async def _update(client, view_id: str, **given) -> dict:
    body = await gql(client, UPDATE, input={"id": view_id, **given})
    return body["data"]["updateSavedView"]


async def _listed(client) -> list[dict]:
    body = await gql(client, VIEWS)
    return [edge["node"] for edge in body["data"]["savedViews"]["edges"]]


async def test_a_team_view_is_listed_read_only_for_the_team_only(
    client, caller, people
):
    _as(caller, "rm-li")
    shared = await _save(client, "Actives", visibility="TEAM")
    await _save(client, "Mine only")

    _as(caller, "rm-wang")
    colleague = await _listed(client)
    _as(caller, "rm-zhao")
    other_team = await _listed(client)
    _as(caller, "rm-sun")
    no_team = await _listed(client)
    node = await gql(
        client, "query($id: ID!) { node(id: $id) { id } }", id=shared["id"]
    )

    assert (shared["visibility"], shared["owner"], shared["mine"]) == (
        "TEAM",
        "李娜",
        True,
    )
    assert colleague == [
        {"name": "Actives", "owner": "李娜", "mine": False, "visibility": "TEAM"}
    ]
    assert other_team == [] and no_team == []
    assert node == {"data": {"node": None}}


async def test_only_the_owner_may_change_or_delete_a_shared_view(
    client, caller, people
):
    _as(caller, "rm-li")
    shared = await _save(client, "Actives", visibility="TEAM", columns=["NAME"])
    _as(caller, "rm-wang")

    renamed = await _update(client, shared["id"], name="Mine now")
    unshared = await _update(client, shared["id"], visibility="PRIVATE")
    deleted = await gql(client, DELETE, input={"id": shared["id"]})

    assert renamed == {"__typename": "RefusedError", "code": "NOT_OWNER"}
    assert unshared == {"__typename": "RefusedError", "code": "NOT_OWNER"}
    assert deleted["data"]["deleteSavedView"] == {
        "__typename": "RefusedError",
        "code": "NOT_OWNER",
    }
    view = await SavedView.get()
    assert (view.name, view.visibility, view.columns) == ("Actives", "team", ["name"])


async def test_making_a_view_private_again_hides_it_from_the_team(
    client, caller, people
):
    _as(caller, "rm-li")
    shared = await _save(client, "Actives", visibility="TEAM")

    private = await _update(client, shared["id"], visibility="PRIVATE")
    _as(caller, "rm-wang")
    listed = await _listed(client)

    assert private["visibility"] == "PRIVATE"
    assert listed == []
    actions = (
        await AuditEvent.filter(entity="SavedView")
        .order_by("id")
        .values_list("action", "field_names")
    )
    assert actions == [
        ("saved_view.create", ["name", "visibility"]),
        ("saved_view.share", ["visibility"]),
        ("saved_view.unshare", ["visibility"]),
    ]


async def test_sharing_later_is_audited_and_shows_to_the_team(client, caller, people):
    _as(caller, "rm-li")
    view = await _save(client, "Actives")

    shared = await _update(client, view["id"], visibility="TEAM", name="Team actives")
    _as(caller, "rm-wang")
    listed = await _listed(client)

    assert (shared["visibility"], shared["name"]) == ("TEAM", "Team actives")
    assert [v["name"] for v in listed] == ["Team actives"]
    event = await AuditEvent.filter(action="saved_view.share").get()
    assert sorted(event.field_names) == ["name", "visibility"]


async def test_someone_without_a_team_cannot_share(client, caller, people):
    _as(caller, "rm-sun")
    refused = await _save(client, "Actives", visibility="TEAM")
    _as(caller, "external-user")
    external = await _save(client, "Actives", visibility="TEAM")
    kept = await _save(client, "Private")
    still_private = await _update(client, kept["id"], visibility="TEAM")

    problem = [{"field": "visibility", "code": "NO_TEAM"}]
    assert refused["fields"] == problem and external["fields"] == problem
    assert still_private["fields"] == problem
    assert await SavedView.all().values_list("name", "visibility") == [
        ("Private", "private")
    ]


async def test_a_teammate_leaving_the_team_stops_seeing_its_views(
    client, caller, people
):
    _as(caller, "rm-li")
    await _save(client, "Actives", visibility="TEAM")
    await StaffMember.filter(subject="rm-li").update(team="corporate")

    _as(caller, "rm-wang")
    old_team = await _listed(client)
    _as(caller, "rm-zhao")
    new_team = await _listed(client)

    assert old_team == []
    assert [v["name"] for v in new_team] == ["Actives"]


async def test_a_shared_view_opens_within_the_viewers_branch(client, caller, people):
    beijing, shanghai = await branch("BJ01"), await branch("SH01")
    here = await customer_from_german(0, beijing, status="active")
    await customer_from_german(1, shanghai, status="active")
    _as(caller, "rm-li")  # head office: every branch
    shared = await _save(
        client, "Actives", visibility="TEAM", filter={"status": ["ACTIVE"]}
    )
    owner_sees = await gql(client, LIST, filter={"status": shared["filter"]["status"]})

    _as(caller, "rm-wang", branch_id=beijing.id)
    [view] = await _listed(client)
    viewer_sees = await gql(client, LIST, filter={"status": shared["filter"]["status"]})

    assert view["name"] == "Actives"
    assert len(owner_sees["data"]["customers"]["edges"]) == 2
    assert viewer_sees["data"]["customers"]["edges"] == [
        {"node": {"customerNo": here.customer_no}}
    ]


async def test_columns_are_saved_checked_and_changed(client, caller, people):
    _as(caller, "rm-li")
    saved = await _save(
        client,
        "Narrow",
        columns=["NAME", "COMPLETENESS", "STATUS", "NAME"],
        filter={"complete": False},
    )
    default = await _save(client, "Default")

    changed = await _update(client, saved["id"], columns=["CUSTOMER_NO", "NAME"])
    unknown = await gql(
        client, SAVE, input={"name": "Bad", "columns": ["SECRET_NUMBER"]}
    )

    assert saved["columns"] == ["NAME", "COMPLETENESS", "STATUS"]
    assert saved["filter"]["complete"] is False
    assert default["columns"] == []
    assert changed["columns"] == ["CUSTOMER_NO", "NAME"]
    assert unknown["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    assert await SavedView.filter(name="Bad").count() == 0


async def test_a_rename_to_a_taken_name_is_refused(client, caller, people):
    _as(caller, "rm-li")
    await _save(client, "Actives")
    other = await _save(client, "Dormant")

    taken = await _update(client, other["id"], name=" Actives ")
    unknown = await _update(client, to_global_id("SavedView", 404), name="X")

    assert taken["fields"] == [{"field": "name", "code": "NAME_TAKEN"}]
    assert unknown == {"__typename": "NotFoundError", "code": "NOT_FOUND"}
    assert sorted(await SavedView.all().values_list("name", flat=True)) == [
        "Actives",
        "Dormant",
    ]


async def test_the_domain_refuses_an_unknown_column(people):
    from cims.domain import customers, saved_views
    from cims.domain.errors import ValidationFailed

    actor = Actor(subject="rm-li", permissions=frozenset(STAFF))

    with pytest.raises(ValidationFailed) as refused:
        await saved_views.save(
            actor, "Bad", customers.CustomerQuery(), columns=("name", "id_number")
        )

    [problem] = refused.value.problems
    assert (problem.field, problem.code) == ("columns", "UNKNOWN_COLUMN")
    assert await SavedView.all().count() == 0
