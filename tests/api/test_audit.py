"""The audit trail in the graph: filters, paging, staff usernames, the verdict."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from cims.api.ids import to_global_id
from cims.auth import accounts, clients
from cims.auth.policy import permissions_for
from cims.domain import customers, duplicates
from cims.domain.actor import Actor
from cims.models import Account, AuditEvent
from tests.api.test_customers import gql
from tests.factories import accounts_with_history, branch, customer_from_german

EVENTS = """
query Events($filter: AuditFilter, $first: Int, $after: String) {
  auditEvents(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { actor actorName action entity entityId customerId customerNo
                   fields } }
  }
}
"""

VERIFY = "{ auditVerification { events intact brokenAt reason } }"


def staff_actor(staff, branch_id: int | None = None) -> Actor:
    roles = frozenset(staff.roles)
    return Actor(
        subject=staff.subject,
        roles=roles,
        permissions=permissions_for(roles),
        branch_id=branch_id,
    )


async def _trail():
    """A teller and a service account change two real customers; an auditor reads."""
    home = await branch()
    first = await customer_from_german(0, home)
    second = await customer_from_german(1, home)
    teller = await accounts.create_staff(
        Actor.system(), username="li.teller", roles=["teller"], branch_code=home.code
    )
    service = await clients.create_service_client(
        Actor.system(), name="nightly report", roles=["relationship_manager"],
        branch_code=home.code,
    )  # fmt: skip
    auditor = await accounts.create_staff(
        Actor.system(), username="zhou.audit", roles=["compliance_auditor"]
    )
    as_teller = staff_actor(teller.staff, home.id)
    await customers.update(as_teller, first.id, 1, {"occupation": "教师"})
    await customers.update(as_teller, second.id, 1, {"occupation": "医生"})
    as_service = Actor(
        subject=service.client.client_id,
        roles=frozenset({"relationship_manager"}),
        permissions=permissions_for({"relationship_manager"}),
        branch_id=home.id,
    )
    await customers.archive(as_service, first.id, 2)
    return first, second, teller.staff, service.client, auditor.staff


async def test_events_name_the_staff_username_beside_the_subject(client, caller):
    first, _, teller, service, auditor = await _trail()
    caller.actor = staff_actor(auditor)

    body = await gql(client, EVENTS, filter={"customerId": to_global_id(
        "Customer", first.id)})  # fmt: skip

    nodes = [e["node"] for e in body["data"]["auditEvents"]["edges"]]
    assert {n["customerId"] for n in nodes} == {to_global_id("Customer", first.id)}
    assert {n["customerNo"] for n in nodes} == {first.customer_no}
    assert [(n["action"], n["actor"], n["actorName"]) for n in nodes] == [
        ("customer.archive", service.client_id, "nightly report"),
        ("customer.update", teller.subject, "li.teller"),
        ("customer.create", "system", "system"),
    ]
    assert "errors" not in body


async def test_filter_by_username_action_and_time(client, caller):
    first, second, teller, _, auditor = await _trail()
    caller.actor = staff_actor(auditor)
    now = datetime.now(UTC)

    by_name = await gql(client, EVENTS, filter={"actor": "LI.TELLER"})
    by_action = await gql(client, EVENTS, filter={"action": "customer.archive"})
    future = await gql(client, EVENTS, filter={
        "since": (now + timedelta(minutes=5)).isoformat()})  # fmt: skip
    past = await gql(client, EVENTS, filter={
        "since": (now - timedelta(minutes=5)).isoformat(),
        "until": (now + timedelta(minutes=5)).isoformat(),
        "actor": teller.subject})  # fmt: skip

    teller_events = [e["node"] for e in by_name["data"]["auditEvents"]["edges"]]
    assert [n["entityId"] for n in teller_events] == [str(second.id), str(first.id)]
    assert {n["actorName"] for n in teller_events} == {"li.teller"}
    assert by_action["data"]["auditEvents"]["totalCount"] == 1
    assert future["data"]["auditEvents"]["totalCount"] == 0
    assert past["data"]["auditEvents"]["totalCount"] == 2


async def test_a_long_actor_filter_matches_nothing_or_is_refused(client, caller):
    *_, auditor = await _trail()
    caller.actor = staff_actor(auditor)

    subject_like = await gql(client, EVENTS, filter={"actor": "x" * 65})
    too_long = await gql(client, EVENTS, filter={"actor": "x" * 129})

    assert subject_like["data"]["auditEvents"]["totalCount"] == 0
    assert too_long["data"]["auditEvents"] is None
    assert too_long["errors"][0]["extensions"]["code"] == "VALIDATION_FAILED"


async def test_pages_run_newest_first_without_gaps(client, caller):
    *_, auditor = await _trail()
    caller.actor = staff_actor(auditor)
    expected = [
        row.action for row in await AuditEvent.all().order_by("-occurred_at", "-id")
    ]

    seen, after = [], None
    while True:
        body = await gql(client, EVENTS, first=2, after=after)
        page = body["data"]["auditEvents"]
        seen += [e["node"]["action"] for e in page["edges"]]
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]

    assert len(expected) == 5
    assert seen == expected


async def test_the_verdict_reports_an_intact_chain(client, caller):
    *_, auditor = await _trail()
    caller.actor = staff_actor(auditor)

    body = await gql(client, VERIFY)

    assert body["data"]["auditVerification"] == {
        "events": 5, "intact": True, "brokenAt": None, "reason": None,
    }  # fmt: skip


async def test_an_altered_event_breaks_the_chain_where_it_was_altered(client, caller):
    *_, auditor = await _trail()
    caller.actor = staff_actor(auditor)
    altered = await AuditEvent.filter(action="customer.archive").first()
    await AuditEvent.filter(id=altered.id).update(action="customer.restore")

    verdict = (await gql(client, VERIFY))["data"]["auditVerification"]

    assert verdict["intact"] is False
    assert verdict["brokenAt"] == to_global_id("AuditEvent", altered.id)


async def test_roles_without_audit_read_get_forbidden(client, caller):
    *_, teller, _, _ = await _trail()
    caller.actor = staff_actor(teller)

    body = await gql(client, EVENTS)

    assert body["data"]["auditEvents"] is None
    assert [e["extensions"]["code"] for e in body["errors"]] == ["FORBIDDEN"]


MERGE_DETAILS = """
query Merged($filter: AuditFilter) {
  auditEvents(filter: $filter) { edges { node { entityId fields details } } }
}
"""


async def _merged():
    home = await branch()
    survivor = await customer_from_german(2, home)
    other = await customer_from_german(3, home, mobile_phone="13900139000")
    await accounts_with_history(other, transactions=2)
    clerk = Actor(
        subject="clerk-1", permissions=frozenset({"customer.read", "customer.write"})
    )
    await duplicates.merge_customers(
        clerk, survivor.id, other.id, survivor_version=1, other_version=1
    )
    return survivor, other


async def test_a_merge_event_details_what_moved_by_id_without_personal_values(
    client, caller
):
    survivor, other = await _merged()
    caller.actor = Actor(subject="audit-1", permissions=frozenset({"audit.read"}))

    body = await gql(client, MERGE_DETAILS, filter={"action": "customer.merge"})

    by_customer = {
        e["node"]["entityId"]: e["node"] for e in body["data"]["auditEvents"]["edges"]
    }
    details = by_customer[str(survivor.id)]["details"]
    accounts_moved = await Account.filter(customer_id=survivor.id).values_list(
        "id", flat=True
    )
    assert details["merged_from"] == other.id
    assert details["moved"]["account"] == {
        "count": len(accounts_moved),
        "ids": sorted(accounts_moved),
    }
    assert "mobile_phone" in details["taken_from_merged"]
    assert "mobile_phone" in by_customer[str(survivor.id)]["fields"]
    assert "13900139000" not in json.dumps(details)
    assert by_customer[str(other.id)]["details"] == {"merged_into": survivor.id}


async def test_altered_merge_details_break_the_chain(client, caller):
    survivor, _ = await _merged()
    caller.actor = Actor(subject="audit-1", permissions=frozenset({"audit.read"}))
    event = await AuditEvent.get(action="customer.merge", entity_id=str(survivor.id))
    await AuditEvent.filter(id=event.id).update(details={**event.details, "moved": {}})

    verdict = (await gql(client, VERIFY))["data"]["auditVerification"]

    assert verdict["brokenAt"] == to_global_id("AuditEvent", event.id)
