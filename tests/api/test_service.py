"""Service and support through the real schema: complaints, interactions, surveys."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import httpx
import pytest

from cims.api.ids import pk_of, to_global_id
from cims.app import create_app
from cims.auth import accounts
from cims.domain import complaints, customers, interactions, segments, surveys
from cims.domain.actor import Actor
from cims.models import (
    AuditEvent,
    Complaint,
    ComplaintEvent,
    Customer,
    Interaction,
    SurveyInvitation,
    SurveyResponse,
    Team,
    Transaction,
)
from tests.api.test_customer_360 import sql_counter  # noqa: F401 (fixture)
from tests.api.test_customers import gql
from tests.factories import (
    accounts_with_history,
    branch,
    complaint_category,
    customer_from_german,
    staff_member,
)

AGENT = frozenset(
    {
        "customer.read",
        "interaction.write",
        "complaint.read",
        "complaint.file",
        "complaint.handle",
        "survey.read",
    }
)
TELLER = frozenset(
    {"customer.read", "interaction.write", "complaint.read", "complaint.file"}
)

COMPLAINT_FIELDS = """
  __typename
  ... on Complaint {
    id status version assignee atRisk breached dueAt nextSteps
                     category { product issue } team { code }
                     history { kind fromStatus toStatus actor reason } }
  ... on ConflictError { code currentVersion }
  ... on InvalidTransitionError { code currentState requested allowedSteps }
  ... on ValidationError { code fields { field code } }
  ... on PermissionDeniedError { code permission }
  ... on NotFoundError { code }
"""
OMIT_ON_FILE = (
    "... on ConflictError { code currentVersion }",
    "... on InvalidTransitionError { code currentState requested allowedSteps }",
)


def _mutation(field: str, input_type: str, fields: str = COMPLAINT_FIELDS) -> str:
    head = f"mutation Run($input: {input_type}!)"
    return f"{head} {{ {field}(input: $input) {{ {fields} }} }}"


FILE = _mutation(
    "fileComplaint",
    "FileComplaintInput",
    COMPLAINT_FIELDS.replace(OMIT_ON_FILE[0], "").replace(OMIT_ON_FILE[1], ""),
)
ACKNOWLEDGE = _mutation("acknowledgeComplaint", "AcknowledgeComplaintInput")
INVESTIGATE = _mutation("startInvestigation", "StartInvestigationInput")
RESOLVE = _mutation("resolveComplaint", "ResolveComplaintInput")
CLOSE = _mutation("closeComplaint", "CloseComplaintInput")
REOPEN = _mutation("reopenComplaint", "ReopenComplaintInput")
ESCALATE = _mutation("escalateComplaint", "EscalateComplaintInput")
ASSIGN = _mutation("assignComplaint", "AssignComplaintInput")

QUEUE = """
query Queue($queue: ComplaintQueue!, $first: Int, $after: String) {
  complaints(queue: $queue, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id status breached atRisk } }
  }
}
"""

COMPLAINT = """
query One($id: ID!) {
  complaint(id: $id) { id status customer { customerNo mobilePhone } }
}
"""

LOG = """
mutation Log($input: LogInteractionInput!) {
  logInteraction(input: $input) {
    __typename
    ... on Interaction { id channel purpose staff }
    ... on ValidationError { fields { field code } }
    ... on PermissionDeniedError { permission }
  }
}
"""

TIMELINE = """
query Timeline($id: ID!, $first: Int, $after: String) {
  customer(id: $id) {
    timeline(first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { kind item {
        __typename
        ... on Interaction { purpose }
        ... on ComplaintEvent { kind toStatus }
      } } }
    }
  }
}
"""

INVITE = """
mutation Invite($input: CreateSurveyInvitationInput!) {
  createSurveyInvitation(input: $input) {
    __typename
    ... on SurveyInvitationCreated { token path url invitation { kind usedAt } }
    ... on ValidationError { fields { field code } }
  }
}
"""

RESULTS = """
query Results($kind: SurveyKind!, $groupBy: SurveyGrouping) {
  surveyResults(kind: $kind, groupBy: $groupBy) {
    key responses average promoters passives detractors nps satisfiedShare
  }
}
"""


async def _setup(caller, permissions=AGENT, branch_id=None):
    home = await branch()
    customer = await customer_from_german(0, home)
    category = await complaint_category("Credit card", "Fees")
    await staff_member("agent-1")
    caller.actor = Actor(
        subject="agent-1", permissions=permissions, branch_id=branch_id
    )
    return home, customer, category


def _file_input(customer, category, **extra) -> dict:
    return {
        "customerId": to_global_id("Customer", customer.id),
        "categoryId": to_global_id("ComplaintCategory", category.id),
        "description": "An annual fee was charged twice this month.",
        "severity": "HIGH",
        "channel": "PHONE",
        **extra,
    }


async def _file(client, customer, category, **extra) -> dict:
    body = await gql(client, FILE, input=_file_input(customer, category, **extra))
    assert "errors" not in body, body
    return body["data"]["fileComplaint"]


async def test_file_complaint_starts_received_with_a_deadline(client, caller):
    _, customer, category = await _setup(caller)

    filed = await _file(client, customer, category)

    assert filed["__typename"] == "Complaint"
    assert filed["status"] == "RECEIVED"
    assert filed["version"] == 1
    assert filed["nextSteps"] == ["ACKNOWLEDGED", "ESCALATED"]
    assert filed["category"] == {"product": "Credit card", "issue": "Fees"}
    assert filed["dueAt"] is not None
    assert [e["kind"] for e in filed["history"]] == ["FILED"]
    assert filed["history"][0]["actor"] == "agent-1"


async def test_history_names_the_staff_username_beside_the_subject(client, caller):
    _, customer, category = await _setup(caller)
    agent = await accounts.create_staff(
        Actor.system(), username="wang.service", roles=["service_agent"]
    )
    caller.actor = replace(caller.actor, subject=agent.staff.subject)
    filed = await _file(client, customer, category)
    query = """query($id: ID!) { complaint(id: $id) { history { actor actorName } } }"""
    caller.actor = replace(caller.actor, subject="someone-gone")

    body = await gql(client, query, id=filed["id"])

    assert body["data"]["complaint"]["history"] == [
        {"actor": agent.staff.subject, "actorName": "wang.service"}
    ]


async def test_a_complaint_received_in_1990_is_refused_and_not_counted(client, caller):
    _, customer, category = await _setup(caller)
    old = _file_input(customer, category, receivedAt="1990-06-01T09:00:00+08:00")

    body = await gql(client, FILE, input=old)

    assert body["data"]["fileComplaint"] == {
        "__typename": "ValidationError",
        "code": "VALIDATION_FAILED",
        "fields": [{"field": "receivedAt", "code": "TOO_OLD"}],
    }
    assert await Complaint.all().count() == 0


async def test_workflow_from_acknowledgement_to_close_records_history(client, caller):
    _, customer, category = await _setup(caller)
    filed = await _file(client, customer, category)
    step = {"id": filed["id"]}

    ack = await gql(client, ACKNOWLEDGE, input={**step, "version": 1})
    inv = await gql(client, INVESTIGATE, input={**step, "version": 2})
    res = await gql(
        client,
        RESOLVE,
        input={
            **step,
            "version": 3,
            "outcome": "MONETARY_RELIEF",
            "rootCause": "Duplicate billing run",
            "redressAmount": "120.00",
        },
    )
    closed = (await gql(client, CLOSE, input={**step, "version": 4}))["data"]

    assert ack["data"]["acknowledgeComplaint"]["status"] == "ACKNOWLEDGED"
    assert inv["data"]["startInvestigation"]["status"] == "INVESTIGATING"
    assert res["data"]["resolveComplaint"]["status"] == "RESOLVED"
    done = closed["closeComplaint"]
    assert done["status"] == "CLOSED"
    assert done["version"] == 5
    assert done["nextSteps"] == ["REOPENED"]
    assert [e["toStatus"] for e in done["history"]] == [
        "RECEIVED",
        "ACKNOWLEDGED",
        "INVESTIGATING",
        "RESOLVED",
        "CLOSED",
    ]


@pytest.mark.parametrize("amount", ["5.129", "0.001"])
async def test_a_redress_with_too_many_decimals_is_refused_not_rounded(
    client, caller, amount
):
    _, customer, category = await _setup(caller)
    filed = await _file(client, customer, category)
    step = {"id": filed["id"]}
    await gql(client, ACKNOWLEDGE, input={**step, "version": 1})
    await gql(client, INVESTIGATE, input={**step, "version": 2})

    body = await gql(
        client,
        RESOLVE,
        input={
            **step,
            "version": 3,
            "outcome": "MONETARY_RELIEF",
            "rootCause": "Duplicate billing run",
            "redressAmount": amount,
        },
    )

    assert body["data"]["resolveComplaint"] == {
        "__typename": "ValidationError",
        "code": "VALIDATION_FAILED",
        "fields": [{"field": "redressAmount", "code": "TOO_MANY_DECIMALS"}],
    }
    stored = await Complaint.get(id=pk_of(filed["id"], "Complaint"))
    assert (stored.status.value, stored.redress_amount) == ("investigating", None)


REDRESS = """
  __typename
  ... on Complaint { redress { amount currency } redressCurrency }
  ... on ValidationError { fields { field code } }
"""


async def test_redress_is_paid_in_the_currency_of_the_account_complained_about(
    client, caller
):
    _, customer, category = await _setup(caller)
    current, _ = await accounts_with_history(customer, transactions=1)
    current.currency = "JPY"  # no minor unit: 5.5 yen is no amount
    await current.save()
    in_yen = await _file(
        client,
        customer,
        category,
        accountId=to_global_id("Account", current.id),
    )
    plain = await _file(client, customer, category)
    resolve = _mutation("resolveComplaint", "ResolveComplaintInput", REDRESS)

    async def resolved(filed: dict, amount: str) -> dict:
        step = {"id": filed["id"]}
        await gql(client, ACKNOWLEDGE, input={**step, "version": 1})
        await gql(client, INVESTIGATE, input={**step, "version": 2})
        return await _resolution(client, resolve, step, amount)

    fraction = await resolved(in_yen, "5.5")
    whole = await _resolution(client, resolve, {"id": in_yen["id"]}, "500")
    in_cny = await resolved(plain, "5.50")
    query = "query One($id: ID!) { complaint(id: $id) { redressCurrency } }"
    before = await gql(client, query, id=plain["id"])

    assert fraction["data"]["resolveComplaint"] == {
        "__typename": "ValidationError",
        "fields": [{"field": "redressAmount", "code": "TOO_MANY_DECIMALS"}],
    }
    assert whole["data"]["resolveComplaint"] == {
        "__typename": "Complaint",
        "redress": {"amount": "500.00", "currency": "JPY"},
        "redressCurrency": "JPY",
    }
    assert in_cny["data"]["resolveComplaint"]["redress"] == {
        "amount": "5.50",
        "currency": "CNY",
    }
    assert before["data"]["complaint"]["redressCurrency"] == "CNY"


async def _resolution(client, resolve: str, step: dict, amount: str) -> dict:
    return await gql(
        client,
        resolve,
        input={
            **step,
            "version": 3,
            "outcome": "MONETARY_RELIEF",
            "rootCause": "Duplicate billing run",
            "redressAmount": amount,
        },
    )


COMMENT = _mutation("commentOnComplaint", "CommentOnComplaintInput")


async def test_a_comment_joins_the_history_without_changing_the_complaint(
    client, caller
):
    _, customer, category = await _setup(caller)
    filed = await _file(client, customer, category)
    text = "Called the customer back; statement copy requested."

    body = await gql(
        client, COMMENT, input={"id": filed["id"], "version": 1, "text": text}
    )

    done = body["data"]["commentOnComplaint"]
    assert (done["status"], done["version"], done["assignee"]) == ("RECEIVED", 2, None)
    assert done["history"][-1] == {
        "kind": "COMMENT",
        "fromStatus": "RECEIVED",
        "toStatus": "RECEIVED",
        "actor": "agent-1",
        "reason": text,
    }


async def test_a_blank_or_stale_comment_is_refused_and_saves_nothing(client, caller):
    _, customer, category = await _setup(caller)
    filed = await _file(client, customer, category)

    blank = await gql(
        client, COMMENT, input={"id": filed["id"], "version": 1, "text": "  "}
    )
    stale = await gql(
        client, COMMENT, input={"id": filed["id"], "version": 7, "text": "Late note"}
    )

    assert blank["data"]["commentOnComplaint"]["fields"] == [
        {"field": "text", "code": "REQUIRED"}
    ]
    assert stale["data"]["commentOnComplaint"] == {
        "__typename": "ConflictError",
        "code": "CONFLICT",
        "currentVersion": 1,
    }
    assert await ComplaintEvent.all().count() == 1  # the filing only
    assert (await Complaint.get()).version == 1


async def test_stale_version_is_a_conflict_and_changes_nothing(client, caller):
    _, customer, category = await _setup(caller)
    filed = await _file(client, customer, category)
    await gql(client, ACKNOWLEDGE, input={"id": filed["id"], "version": 1})

    body = await gql(
        client,
        ESCALATE,
        input={
            "id": filed["id"],
            "version": 1,
            "reason": "Customer called again",
        },
    )

    assert body["data"]["escalateComplaint"] == {
        "__typename": "ConflictError",
        "code": "CONFLICT",
        "currentVersion": 2,
    }
    row = await Complaint.get()
    assert (row.status, row.version) == ("acknowledged", 2)
    assert await ComplaintEvent.all().count() == 2


async def test_invalid_transition_names_state_and_allowed_steps(client, caller):
    _, customer, category = await _setup(caller)
    filed = await _file(client, customer, category)

    body = await gql(client, CLOSE, input={"id": filed["id"], "version": 1})

    assert body["data"]["closeComplaint"] == {
        "__typename": "InvalidTransitionError",
        "code": "INVALID_TRANSITION",
        "currentState": "RECEIVED",
        "requested": "CLOSED",
        "allowedSteps": ["ACKNOWLEDGED", "ESCALATED"],
    }
    row = await Complaint.get()
    assert (row.status, row.version) == ("received", 1)


async def test_escalate_needs_a_reason(client, caller):
    _, customer, category = await _setup(caller)
    filed = await _file(client, customer, category)

    body = await gql(
        client,
        ESCALATE,
        input={
            "id": filed["id"],
            "version": 1,
            "reason": "  ",
        },
    )

    assert body["data"]["escalateComplaint"]["fields"] == [
        {"field": "reason", "code": "REQUIRED"}
    ]
    assert (await Complaint.get()).status == "received"


async def test_reopen_after_close_gives_the_steps_of_a_reopened_complaint(
    client, caller
):
    _, customer, category = await _setup(caller)
    filed = await _file(client, customer, category)
    step = {"id": filed["id"]}
    await gql(client, ACKNOWLEDGE, input={**step, "version": 1})
    await gql(client, INVESTIGATE, input={**step, "version": 2})
    await gql(
        client,
        RESOLVE,
        input={
            **step,
            "version": 3,
            "outcome": "EXPLANATION",
            "rootCause": "Fee is in tariff",
        },
    )

    body = await gql(
        client,
        REOPEN,
        input={
            **step,
            "version": 4,
            "reason": "Customer disputes the explanation",
        },
    )

    reopened = body["data"]["reopenComplaint"]
    assert reopened["status"] == "REOPENED"
    assert reopened["nextSteps"] == ["INVESTIGATING", "ESCALATED"]
    assert reopened["history"][-1]["reason"] == "Customer disputes the explanation"


async def test_a_teller_files_a_complaint_at_the_counter(client, caller):
    home, customer, category = await _setup(caller, permissions=TELLER)
    caller.actor = Actor(subject="teller-1", permissions=TELLER, branch_id=home.id)

    filed = await _file(client, customer, category)

    assert (filed["__typename"], filed["status"]) == ("Complaint", "RECEIVED")
    assert filed["history"][0]["actor"] == "teller-1"
    stored = await Complaint.get(id=pk_of(filed["id"], "Complaint"))
    assert (stored.customer_id, stored.assignee) == (customer.id, None)


async def test_a_teller_files_only_within_their_branch(client, caller):
    _, customer, category = await _setup(caller, permissions=TELLER)
    other = await branch("SH01")
    caller.actor = Actor(subject="teller-1", permissions=TELLER, branch_id=other.id)

    filed = await _file(client, customer, category)

    assert filed["__typename"] == "NotFoundError"
    assert await Complaint.all().count() == 0


async def test_a_teller_may_not_assign_while_filing(client, caller):
    _, customer, category = await _setup(caller, permissions=TELLER)

    filed = await _file(client, customer, category, assignee="agent-1")

    assert filed == {
        "__typename": "PermissionDeniedError",
        "code": "FORBIDDEN",
        "permission": "complaint.handle",
    }
    assert await Complaint.all().count() == 0


async def test_filing_without_complaint_file_is_refused(client, caller):
    _, customer, category = await _setup(
        caller, permissions=frozenset({"customer.read", "complaint.read"})
    )

    filed = await _file(client, customer, category)

    assert filed == {
        "__typename": "PermissionDeniedError",
        "code": "FORBIDDEN",
        "permission": "complaint.file",
    }
    assert await Complaint.all().count() == 0


async def test_assign_moves_a_complaint_from_unassigned_to_mine(client, caller):
    _, customer, category = await _setup(caller)
    team = await Team.create(code="CARDS", name="信用卡投诉组")
    filed = await _file(client, customer, category)
    before = await gql(client, QUEUE, queue="UNASSIGNED")

    body = await gql(
        client,
        ASSIGN,
        input={
            "id": filed["id"],
            "version": 1,
            "assignee": "agent-1",
            "teamId": to_global_id("Team", team.id),
        },
    )

    assigned = body["data"]["assignComplaint"]
    assert (assigned["assignee"], assigned["team"]) == ("agent-1", {"code": "CARDS"})
    assert before["data"]["complaints"]["totalCount"] == 1
    after = await gql(client, QUEUE, queue="UNASSIGNED")
    assert after["data"]["complaints"]["totalCount"] == 0
    mine = await gql(client, QUEUE, queue="MINE")
    assert [e["node"]["id"] for e in mine["data"]["complaints"]["edges"]] == [
        filed["id"]
    ]


async def test_breached_queue_lists_complaints_past_their_deadline(client, caller):
    _, customer, category = await _setup(caller)
    long_ago = (datetime.now(UTC) - timedelta(days=30)).isoformat()
    late = await _file(client, customer, category, receivedAt=long_ago)
    fresh = await _file(client, customer, category)

    breached = await gql(client, QUEUE, queue="BREACHED")

    nodes = [e["node"] for e in breached["data"]["complaints"]["edges"]]
    assert nodes == [
        {"id": late["id"], "status": "RECEIVED", "breached": True, "atRisk": False}
    ]
    assert late["breached"] is True
    assert fresh["breached"] is False


async def test_queue_pages_do_not_repeat(client, caller):
    _, customer, category = await _setup(caller)
    filed = [await _file(client, customer, category) for _ in range(3)]

    first = await gql(client, QUEUE, queue="UNASSIGNED", first=2)
    page = first["data"]["complaints"]
    second = await gql(
        client, QUEUE, queue="UNASSIGNED", first=2, after=page["pageInfo"]["endCursor"]
    )

    ids = [e["node"]["id"] for e in page["edges"]]
    ids += [e["node"]["id"] for e in second["data"]["complaints"]["edges"]]
    assert ids == [f["id"] for f in filed]
    assert page["pageInfo"]["hasNextPage"] is True
    assert second["data"]["complaints"]["pageInfo"]["hasNextPage"] is False


async def test_complaint_of_another_branch_is_not_found(client, caller):
    _, customer, category = await _setup(caller)
    filed = await _file(client, customer, category)
    other = await branch("SH01")
    caller.actor = Actor(subject="agent-2", permissions=AGENT, branch_id=other.id)

    body = await gql(client, COMPLAINT, id=filed["id"])

    assert body["data"]["complaint"] is None


async def test_complaint_shows_its_customer(client, caller):
    _, customer, category = await _setup(caller)
    filed = await _file(client, customer, category)

    body = await gql(client, COMPLAINT, id=filed["id"])

    assert body["data"]["complaint"]["customer"]["customerNo"] == customer.customer_no


async def test_log_interaction_shows_on_the_timeline(client, caller):
    _, customer, category = await _setup(caller)
    await _file(client, customer, category)

    logged = await gql(
        client,
        LOG,
        input={
            "customerId": to_global_id("Customer", customer.id),
            "channel": "WECHAT",
            "purpose": "Card fee question",
            "summary": "Explained the annual fee.",
        },
    )
    body = await gql(client, TIMELINE, id=to_global_id("Customer", customer.id))

    assert logged["data"]["logInteraction"]["staff"] == "agent-1"
    entries = body["data"]["customer"]["timeline"]["edges"]
    assert [(e["node"]["kind"], e["node"]["item"]["__typename"]) for e in entries] == [
        ("INTERACTION", "Interaction"),
        ("COMPLAINT_EVENT", "ComplaintEvent"),
    ]
    assert body["data"]["customer"]["timeline"]["totalCount"] == 2


TIMELINE_PAGE = """
timeline(first: 5) {
  totalCount pageInfo { hasNextPage }
  edges { node { kind at item {
    __typename
    ... on Interaction { purpose branch { code } }
    ... on ComplaintEvent { kind toStatus }
    ... on Account { number product { code } }
    ... on Transaction { amount { amount } account { number } }
  } } }
}
"""
TIMELINES = (
    "query Timelines($first: Int!) { customers(first: $first) { edges { node {"
    f" customerNo {TIMELINE_PAGE} }} }} }} }}"
)
TIMELINE_OF = f"query One($id: ID!) {{ customer(id: $id) {{ {TIMELINE_PAGE} }} }}"


async def _customers_with_history(caller, count: int) -> None:
    """German credit rows as customers; every third with accounts, a large
    transaction, a call and a complaint, so that every kind of entry appears."""
    home, _, category = await _setup(caller)
    agent = caller.actor
    for row_no in range(1, count):
        customer = await customer_from_german(row_no, home)
        if row_no % 3:
            continue
        current, _ = await accounts_with_history(customer, transactions=3)
        await Transaction.create(
            account=current,
            customer=customer,
            booked_at=datetime.now(UTC),
            amount=Decimal("80000.00"),
            direction="credit",
            channel="branch",
            category="transfer",
        )
        await interactions.log_interaction(
            agent,
            customer.id,
            channel="phone",
            direction="inbound",
            purpose="Card fee question",
            summary="Explained the annual fee.",
        )
        await complaints.file_complaint(
            agent,
            customer.id,
            category_id=category.id,
            channel="phone",
            description="The annual fee was charged twice.",
            severity="low",
        )


async def _timeline_statements(client, counter, first: int) -> list[dict]:
    counter.count = 0
    body = await gql(client, TIMELINES, first=first)
    assert "errors" not in body, body
    edges = body["data"]["customers"]["edges"]
    assert len(edges) == first
    return counter.count, [edge["node"] for edge in edges]


async def test_timelines_of_a_page_of_customers_take_a_fixed_number_of_statements(
    client,
    caller,
    sql_counter,  # noqa: F811
):
    await _customers_with_history(caller, 60)

    await _timeline_statements(client, sql_counter, 5)  # warm: pools open lazily
    small, _ = await _timeline_statements(client, sql_counter, 5)
    large, nodes = await _timeline_statements(client, sql_counter, 60)

    assert small == large
    # customers, scope, accounts; per kind (4) newest IDs, their rows and counts;
    # then the branch, account and product loaders
    assert 0 < large <= 3 + 4 * 3 + 3
    busy = [n["timeline"] for n in nodes if n["timeline"]["totalCount"]]
    assert len(busy) == 19  # rows 3, 6, ..., 57
    for timeline in busy:
        # 2 accounts, 6 bookings of 100 (not shown), 1 large, 1 call, 1 complaint
        assert timeline["totalCount"] == 5
        kinds = [e["node"]["kind"] for e in timeline["edges"]]
        assert sorted(kinds) == sorted(
            [
                "COMPLAINT_EVENT",
                "INTERACTION",
                "LARGE_TRANSACTION",
                "ACCOUNT_OPENED",
                "ACCOUNT_OPENED",
            ]
        )


async def test_a_batch_of_timelines_matches_each_customer_asked_alone(client, caller):
    await _customers_with_history(caller, 12)

    body = await gql(client, TIMELINES, first=12)
    together = {
        n["node"]["customerNo"]: n["node"]["timeline"]
        for n in body["data"]["customers"]["edges"]
    }
    alone = {}
    for customer in await Customer.all():
        cid = to_global_id("Customer", customer.id)
        one = await gql(client, TIMELINE_OF, id=cid)
        alone[customer.customer_no] = one["data"]["customer"]["timeline"]

    assert len(together) == 12
    assert together == alone


async def test_timeline_leaves_out_complaints_without_complaint_read(client, caller):
    _, customer, category = await _setup(caller)
    await _file(client, customer, category)
    caller.actor = Actor(subject="rm-1", permissions=frozenset({"customer.read"}))

    body = await gql(client, TIMELINE, id=to_global_id("Customer", customer.id))

    assert body["data"]["customer"]["timeline"]["edges"] == []


async def test_log_interaction_refuses_blank_purpose_and_saves_nothing(client, caller):
    _, customer, _ = await _setup(caller)

    body = await gql(
        client,
        LOG,
        input={
            "customerId": to_global_id("Customer", customer.id),
            "channel": "BRANCH",
            "purpose": " ",
            "summary": "x",
        },
    )

    assert body["data"]["logInteraction"]["fields"] == [
        {"field": "purpose", "code": "REQUIRED"}
    ]
    assert await Interaction.all().count() == 0


async def test_log_interaction_names_staff_who_exist_and_refuses_control_characters(
    client, caller
):
    _, customer, _ = await _setup(caller)
    await staff_member("wang.fang")

    def log_input(**extra) -> dict:
        return {
            "customerId": to_global_id("Customer", customer.id),
            "channel": "BRANCH",
            "purpose": "Rates",
            "summary": "Line one\nLine two",
            **extra,
        }

    named = await gql(client, LOG, input=log_input(staff="wang.fang"))
    unknown = await gql(client, LOG, input=log_input(staff="someone else"))
    nul = await gql(client, LOG, input=log_input(summary="Rates\u0000"))
    escape = await gql(client, LOG, input=log_input(summary="Rates\x1b[2J"))

    assert named["data"]["logInteraction"]["staff"] == "wang.fang"
    assert unknown["data"]["logInteraction"]["fields"] == [
        {"field": "staff", "code": "UNKNOWN_STAFF"}
    ]
    # NUL never reaches the rule: no string input may hold it (cims.api.characters).
    assert nul["data"] is None
    assert nul["errors"][0]["extensions"]["code"] == "INVALID_CHARACTERS"
    # Named as the payload names it (summary), the argument's path beside it.
    assert nul["errors"][0]["extensions"]["field"] == "summary"
    assert nul["errors"][0]["extensions"]["path"] == "input.summary"
    assert escape["data"]["logInteraction"]["fields"] == [
        {"field": "summary", "code": "FORBIDDEN_CHARACTERS"}
    ]
    assert [i.summary for i in await Interaction.all()] == ["Line one\nLine two"]


async def test_log_interaction_credits_only_staff_who_record_interactions_lately(
    client, caller
):
    _, customer, _ = await _setup(caller)
    await staff_member("demo.risk_officer", ("risk_officer",))

    def log_input(**extra) -> dict:
        return {
            "customerId": to_global_id("Customer", customer.id),
            "channel": "PHONE",
            "purpose": "Rates",
            "summary": "Asked about rates",
            **extra,
        }

    risk = await gql(client, LOG, input=log_input(staff="demo.risk_officer"))
    old = await gql(client, LOG, input=log_input(occurredAt="1900-01-01T00:00:00Z"))

    assert risk["data"]["logInteraction"]["fields"] == [
        {"field": "staff", "code": "NOT_A_HANDLER"}
    ]
    assert old["data"]["logInteraction"]["fields"] == [
        {"field": "occurredAt", "code": "TOO_OLD"}
    ]
    assert await Interaction.all().count() == 0


async def test_suggest_category_is_null_until_a_model_is_trained(client, caller):
    await _setup(caller)

    body = await gql(
        client,
        """
      query { suggestComplaintCategory(text: "charged twice") { product } }
    """,
    )

    assert body == {"data": {"suggestComplaintCategory": None}}


async def test_complaint_categories_lists_the_taxonomy(client, caller):
    await _setup(caller)
    await complaint_category("Checking or savings account", "Fees")

    body = await gql(client, "query { complaintCategories { product issue } }")

    assert body["data"]["complaintCategories"] == [
        {"product": "Checking or savings account", "issue": "Fees"},
        {"product": "Credit card", "issue": "Fees"},
    ]


async def test_categories_answer_in_english_and_chinese(client, caller):
    await _setup(caller)
    await complaint_category("Mortgage", "Struggling to pay mortgage")

    body = await gql(
        client,
        "query { complaintCategories { code product issue productZh issueZh } }",
    )

    assert body["data"]["complaintCategories"] == [
        {
            "code": "bank.11.4",
            "product": "Credit card",
            "issue": "Fees",
            "productZh": "Credit card（中）",
            "issueZh": "Fees（中）",
        },
        {
            "code": "mortgage.struggling_to_pay_mortgage",
            "product": "Mortgage",
            "issue": "Struggling to pay mortgage",
            "productZh": "个人住房贷款",
            "issueZh": "无力偿还房贷",
        },
    ]


ADD_CATEGORY = """
mutation($input: AddComplaintCategoryInput!) {
  addComplaintCategory(input: $input) {
    __typename
    ... on ComplaintCategory { id code product productZh issue issueZh active }
    ... on ValidationError { fields { field code } }
  }
}
"""
UPDATE_CATEGORY = """
mutation($input: UpdateComplaintCategoryInput!) {
  updateComplaintCategory(input: $input) {
    __typename
    ... on ComplaintCategory { code issueZh active }
    ... on ValidationError { fields { field code } }
  }
}
"""


async def test_the_bank_adds_and_rewords_a_category_in_both_languages(client, caller):
    await _setup(caller)
    names = {"product": "Wealth management", "issue": "Mis-selling"}

    added = await gql(
        client, ADD_CATEGORY, input={**names, "productZh": "理财", "issueZh": "误导"}
    )
    category = added["data"]["addComplaintCategory"]
    updated = await gql(
        client,
        UPDATE_CATEGORY,
        input={"id": category["id"], "issueZh": "误导销售", "active": False},
    )
    missing = await gql(
        client,
        ADD_CATEGORY,
        input={**names, "issue": "Hidden fees", "productZh": "理财", "issueZh": " "},
    )

    assert category | {"id": None} == {
        "__typename": "ComplaintCategory",
        "id": None,
        "code": "bank.wealth_management.mis_selling",
        "product": "Wealth management",
        "productZh": "理财",
        "issue": "Mis-selling",
        "issueZh": "误导",
        "active": True,
    }
    assert updated["data"]["updateComplaintCategory"] == {
        "__typename": "ComplaintCategory",
        "code": "bank.wealth_management.mis_selling",
        "issueZh": "误导销售",
        "active": False,
    }
    assert missing["data"]["addComplaintCategory"]["fields"] == [
        {"field": "issueZh", "code": "REQUIRED"}
    ]
    events = await AuditEvent.filter(entity="ComplaintCategory").order_by("id")
    assert [(e.action, e.field_names) for e in events] == [
        (
            "complaint_category.add",
            ["code", "issue", "issue_zh", "product", "product_zh"],
        ),
        ("complaint_category.update", ["active", "issue_zh"]),
    ]


SUGGEST = """
  query { suggestComplaintCategory(text: "I cannot pay my mortgage") {
    category { code issueZh } product issue productZh issueZh
  } }
"""


@pytest.mark.parametrize(
    ("issue", "listed"),
    [("Struggling to pay mortgage", True), ("Closing on a mortgage", False)],
)
async def test_the_suggestion_is_named_in_both_languages(
    client, caller, monkeypatch, issue, listed
):
    from cims.analytics import triage

    await _setup(caller)
    if listed:
        await complaint_category("Mortgage", issue)
    guess = triage.Suggestion("Mortgage", issue, 0.9, 0.8, "v1")
    monkeypatch.setattr(triage, "suggest", lambda text: guess)

    body = await gql(client, SUGGEST)

    found = body["data"]["suggestComplaintCategory"]
    zh = "无力偿还房贷" if listed else "房贷签约放款"
    assert (found["product"], found["issue"]) == ("Mortgage", issue)
    assert (found["productZh"], found["issueZh"]) == ("个人住房贷款", zh)
    expected = {"code": "mortgage.struggling_to_pay_mortgage", "issueZh": zh}
    assert found["category"] == (expected if listed else None)


async def _invite_about_interaction(client, customer) -> dict:
    logged = await gql(
        client,
        LOG,
        input={
            "customerId": to_global_id("Customer", customer.id),
            "channel": "BRANCH",
            "purpose": "Open a deposit",
            "summary": "Opened a time deposit.",
        },
    )
    interaction_id = logged["data"]["logInteraction"]["id"]
    body = await gql(
        client, INVITE, input={"kind": "NPS", "interactionId": interaction_id}
    )
    return body["data"]["createSurveyInvitation"]


async def test_survey_invitation_returns_the_link_once_and_stores_a_hash(
    client, caller
):
    _, customer, _ = await _setup(caller)

    created = await _invite_about_interaction(client, customer)

    assert created["path"] == f"/survey/{created['token']}"
    assert created["invitation"] == {"kind": "NPS", "usedAt": None}
    stored = await SurveyInvitation.get()
    assert created["token"] not in stored.token_hash


async def test_survey_link_is_absolute_on_the_origin_the_request_came_to(
    client, caller
):
    _, customer, _ = await _setup(caller)

    created = await _invite_about_interaction(client, customer)

    assert created["url"] == f"http://testserver/survey/{created['token']}"


async def test_survey_link_uses_the_configured_public_url(
    session_settings, database, caller
):
    settings = replace(session_settings, public_url="https://cims.bank.example/svc")
    app = create_app(settings, connect=False, resolve_actor=caller.resolve)
    transport = httpx.ASGITransport(app=app)
    _, customer, _ = await _setup(caller)

    async with httpx.AsyncClient(
        transport=transport, base_url="http://10.1.2.3:8000"
    ) as client:
        created = await _invite_about_interaction(client, customer)
        page = await client.get(created["path"])

    token = created["token"]
    assert created["url"] == f"https://cims.bank.example/svc/survey/{token}"
    assert page.status_code == 200


async def test_survey_page_takes_one_answer_and_results_count_it(client, caller):
    _, customer, _ = await _setup(caller)
    created = await _invite_about_interaction(client, customer)

    page = await client.get(created["path"])
    answered = await client.post(created["path"], data={"score": "9", "comment": ""})
    again = await client.post(created["path"], data={"score": "3"})
    results = await gql(client, RESULTS, kind="NPS")

    assert page.status_code == 200
    assert 'name="score"' in page.text
    assert answered.status_code == 200
    assert again.status_code == 410
    assert results["data"]["surveyResults"] == [
        {
            "key": None,
            "responses": 1,
            "average": 9.0,
            "promoters": 1,
            "passives": 0,
            "detractors": 0,
            "nps": 100.0,
            "satisfiedShare": None,
        }
    ]


async def test_survey_page_refuses_an_out_of_range_score(client, caller):
    _, customer, _ = await _setup(caller)
    created = await _invite_about_interaction(client, customer)

    answered = await client.post(created["path"], data={"score": "11"})

    assert answered.status_code == 422
    assert (await SurveyInvitation.get()).used_at is None


@pytest.mark.parametrize(
    "body", ["score=9&score=0", "score=9&comment=good&comment=bad", "score=9&score="]
)
async def test_survey_page_refuses_a_repeated_answer(client, caller, body):
    _, customer, _ = await _setup(caller)
    created = await _invite_about_interaction(client, customer)
    form = {"content-type": "application/x-www-form-urlencoded"}

    answered = await client.post(created["path"], content=body, headers=form)

    assert answered.status_code == 422
    assert "Please give each answer once" in answered.text


async def test_survey_page_refuses_a_comment_with_a_nul_and_keeps_the_link(
    client, caller
):
    _, customer, _ = await _setup(caller)
    created = await _invite_about_interaction(client, customer)

    answered = await client.post(
        created["path"], data={"score": "9", "comment": "fine\x00\x1b[2J"}
    )

    assert answered.status_code == 422
    assert (await SurveyInvitation.get()).used_at is None
    assert await SurveyResponse.all().count() == 0


async def test_survey_page_keeps_the_answer_when_it_refuses_it(client, caller):
    _, customer, _ = await _setup(caller)
    created = await _invite_about_interaction(client, customer)
    long_comment = "<b>很好</b> " + "好" * surveys.COMMENT_MAX

    too_long = await client.post(
        created["path"], data={"score": "7", "comment": long_comment}
    )
    control = await client.post(
        created["path"], data={"score": "7", "comment": "ok\x1b[2J"}
    )

    assert too_long.status_code == 422
    assert f"at most {surveys.COMMENT_MAX} characters" in too_long.text
    assert 'value="7" required checked' in too_long.text
    assert "&lt;b&gt;很好&lt;/b&gt; 好好" in too_long.text  # escaped, not markup
    assert "<b>很好" not in too_long.text
    assert control.status_code == 422
    assert "control characters" in control.text
    assert "ok\x1b[2J</textarea>" in control.text
    assert await SurveyResponse.all().count() == 0


async def test_survey_page_takes_a_comment_with_a_right_to_left_mark(client, caller):
    _, customer, _ = await _setup(caller)
    created = await _invite_about_interaction(client, customer)
    arabic = "خدمة ممتازة\u200f!"  # a phone keyboard's right-to-left mark

    answered = await client.post(
        created["path"], data={"score": "4", "comment": arabic}
    )

    assert answered.status_code == 200
    assert (await SurveyResponse.get()).comment == arabic


async def test_survey_page_for_an_unknown_token_is_not_found(client):
    response = await client.get("/survey/" + "x" * 43)

    assert response.status_code == 404
    assert response.headers["cache-control"] == "no-store"


async def test_service_statistics_count_open_complaints(client, caller):
    _, customer, category = await _setup(caller)
    await _file(client, customer, category)
    since = (datetime.now(UTC) - timedelta(days=7)).isoformat()

    body = await gql(
        client,
        """
      query Stats($from: DateTime!) { serviceStatistics(from: $from) {
        openByStatus { key count } openByAge { key count } received breachRate
      } }
    """,
        **{"from": since},
    )

    assert body["data"]["serviceStatistics"] == {
        "openByStatus": [{"key": "received", "count": 1}],
        "openByAge": [{"key": "0-1", "count": 1}],
        "received": 1,
        "breachRate": 0.0,
    }


STATS_OF_SEGMENT = """
  query Stats($from: DateTime!, $segment: ID) {
    serviceStatistics(from: $from, segmentId: $segment) {
      openByStatus { key count } received breachRate
    }
  }
"""


async def test_service_statistics_of_a_segment_count_its_live_members(client, caller):
    home, first, category = await _setup(caller, AGENT | {"segment.read"})
    # The first rows of german_credit.csv are all men: five are recorded as women
    # (without an ID number, whose digits would say otherwise).
    woman = {"gender": "female", "id_type": None, "id_number": None}
    people = [first] + [
        await customer_from_german(n, home, **(woman if n % 3 else {}))
        for n in range(1, 8)
    ]
    for person in people:
        await _file(client, customer=person, category=category)
    women = [p for p in people if p.gender == "female"]
    rule = {"field": "gender", "op": "eq", "value": "female"}
    segment = await segments.create_rule_segment(Actor.system(), "女性", rule)
    gone = women[-1]
    await customers.archive(Actor.system(), gone.id, gone.version)
    since = (datetime.now(UTC) - timedelta(days=7)).isoformat()
    segment_id = to_global_id("Segment", segment.id)

    everyone = await gql(client, STATS_OF_SEGMENT, **{"from": since})
    members = await gql(client, STATS_OF_SEGMENT, segment=segment_id, **{"from": since})
    caller.actor = Actor(subject="agent-1", permissions=AGENT)
    refused = await gql(client, STATS_OF_SEGMENT, segment=segment_id, **{"from": since})

    assert 2 <= len(women) < len(people)
    assert everyone["data"]["serviceStatistics"]["received"] == len(people)
    assert members["data"]["serviceStatistics"] == {
        "openByStatus": [{"key": "received", "count": len(women) - 1}],
        "received": len(women) - 1,
        "breachRate": 0.0,
    }
    assert refused["data"] is None
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_service_statistics_of_a_segment_keep_the_branch_scope(client, caller):
    home, first, category = await _setup(caller, AGENT | {"segment.read"})
    other = await branch("SH01")
    here = [first, await customer_from_german(1, home)]
    there = [await customer_from_german(n, other) for n in (2, 3)]
    for person in here + there:
        await _file(client, customer=person, category=category)
    rule = {"field": "kind", "op": "eq", "value": "individual"}
    segment = await segments.create_rule_segment(Actor.system(), "两地", rule)
    caller.actor = Actor(
        subject="agent-1", permissions=AGENT | {"segment.read"}, branch_id=other.id
    )
    since = (datetime.now(UTC) - timedelta(days=7)).isoformat()

    body = await gql(
        client,
        STATS_OF_SEGMENT,
        segment=to_global_id("Segment", segment.id),
        **{"from": since},
    )

    assert body["data"]["serviceStatistics"]["received"] == len(there)


async def test_customer_complaints_and_node_lookup(client, caller):
    _, customer, category = await _setup(caller)
    filed = await _file(client, customer, category)

    body = await gql(
        client,
        """
      query Q($customer: ID!, $complaint: ID!) {
        customer(id: $customer) { complaints { totalCount edges { node { id } } } }
        node(id: $complaint) { __typename ... on Complaint { status } }
      }
    """,
        customer=to_global_id("Customer", customer.id),
        complaint=filed["id"],
    )

    assert body["data"] == {
        "customer": {
            "complaints": {"totalCount": 1, "edges": [{"node": {"id": filed["id"]}}]}
        },
        "node": {"__typename": "Complaint", "status": "RECEIVED"},
    }


ASSIGNED = _mutation(
    "assignComplaint",
    "AssignComplaintInput",
    "__typename ... on Complaint { assignee assigneeName } "
    "... on ValidationError { code fields { field code message } }",
)


async def test_an_assignee_is_a_handler_and_shows_by_name(client, caller):
    _, customer, category = await _setup(caller)
    await staff_member("li.teller", ("teller",))
    await staff_member("chen.agent", subject="5a0e2b1f-0b6f-4c39-9d0e-1c1e7d1b3c4d")
    filed = await _file(client, customer, category)
    target = {"id": filed["id"], "version": 1}

    nobody = await gql(client, ASSIGNED, input={**target, "assignee": "nobody.here"})
    teller = await gql(client, ASSIGNED, input={**target, "assignee": "li.teller"})
    agent = await gql(client, ASSIGNED, input={**target, "assignee": "chen.agent"})

    assert nobody["data"]["assignComplaint"]["fields"] == [
        {
            "field": "assignee",
            "code": "UNKNOWN_STAFF",
            "message": "No active staff member has this username",
        }
    ]
    assert teller["data"]["assignComplaint"]["fields"] == [
        {
            "field": "assignee",
            "code": "NOT_A_HANDLER",
            "message": "li.teller may not handle complaints (complaint.handle)",
        }
    ]
    assert agent["data"]["assignComplaint"] == {
        "__typename": "Complaint",
        "assignee": "5a0e2b1f-0b6f-4c39-9d0e-1c1e7d1b3c4d",
        "assigneeName": "chen.agent",
    }


ASSIGNABLE = """
query Assignable($complaintId: ID) {
  assignableStaff(complaintId: $complaintId) { username displayName }
}
"""


async def test_assignable_staff_lists_handlers_who_may_take_the_complaint(
    client, caller
):
    home, customer, category = await _setup(caller)
    other = await branch("SH01")
    desk = ("service_agent", "teller")  # a handler bound to a branch
    await staff_member("zhou.head", subject="s-zhou")
    await staff_member("li.teller", ("teller",), branch_=home)
    await staff_member("gone.agent", active=False)
    await staff_member("wu.desk", desk, branch_=home)
    await staff_member("he.desk", desk, branch_=other)
    filed = await _file(client, customer, category)

    here = await gql(client, ASSIGNABLE, complaintId=filed["id"])
    caller.actor = Actor(subject="agent-1", permissions=AGENT, branch_id=other.id)
    elsewhere = await gql(client, ASSIGNABLE)
    caller.actor = Actor(subject="li.teller", permissions=TELLER)
    refused = await gql(client, ASSIGNABLE)

    assert here["data"]["assignableStaff"] == [
        {"username": name, "displayName": name}
        for name in ("agent-1", "wu.desk", "zhou.head")
    ]
    names = [s["username"] for s in elsewhere["data"]["assignableStaff"]]
    assert names == ["agent-1", "he.desk", "zhou.head"]
    assert refused["data"] is None
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"
