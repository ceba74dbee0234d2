import asyncio
from datetime import datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from cims.domain import complaints, events
from cims.domain.actor import Actor
from cims.domain.complaints import (
    CategorySuggestion,
    ComplaintPolicy,
    Deadline,
    Queue,
)
from cims.domain.errors import (
    Conflict,
    InvalidTransition,
    NotFound,
    PermissionDenied,
    ValidationFailed,
)
from cims.models import (
    Branch,
    Complaint,
    ComplaintCategory,
    ComplaintEvent,
    ComplaintSeverity,
    ComplaintStatus,
    Team,
    TeamMember,
    TriageCorrection,
)
from tests.factories import complaint_category, staff_member

S = ComplaintStatus
SHANGHAI = ZoneInfo("Asia/Shanghai")
FRIDAY_5PM = datetime(2026, 12, 4, 17, 0, tzinfo=SHANGHAI)
LATER = FRIDAY_5PM + timedelta(hours=1)

# The workflow as the requirements describe it, written out apart from the code.
EXPECTED = {
    S.RECEIVED: {S.ACKNOWLEDGED, S.ESCALATED},
    S.ACKNOWLEDGED: {S.INVESTIGATING, S.ESCALATED},
    S.INVESTIGATING: {S.RESOLVED, S.ESCALATED},
    S.ESCALATED: {S.INVESTIGATING, S.RESOLVED},
    S.RESOLVED: {S.CLOSED, S.REOPENED},
    S.CLOSED: {S.REOPENED},
    S.REOPENED: {S.INVESTIGATING, S.ESCALATED},
}

# The steps that bring a new complaint to each state.
PATHS = {
    S.RECEIVED: [],
    S.ACKNOWLEDGED: [S.ACKNOWLEDGED],
    S.INVESTIGATING: [S.ACKNOWLEDGED, S.INVESTIGATING],
    S.ESCALATED: [S.ESCALATED],
    S.RESOLVED: [S.ACKNOWLEDGED, S.INVESTIGATING, S.RESOLVED],
    S.CLOSED: [S.ACKNOWLEDGED, S.INVESTIGATING, S.RESOLVED, S.CLOSED],
    S.REOPENED: [S.ACKNOWLEDGED, S.INVESTIGATING, S.RESOLVED, S.REOPENED],
}


@pytest.fixture(autouse=True)
async def handlers(database) -> None:
    """The staff the tests assign complaints to: a complaint goes to a real handler."""
    for name in ("agent01", "agent02", "agent03"):
        await staff_member(name)


async def file(actor, customer, category, **overrides) -> Complaint:
    values = {
        "category_id": category.id,
        "description": "Card fee charged twice",
        "severity": ComplaintSeverity.MEDIUM,
        "channel": "phone",
        "received_at": FRIDAY_5PM,
        "now": FRIDAY_5PM,
    }
    return await complaints.file_complaint(actor, customer.id, **(values | overrides))


async def move(actor, complaint: Complaint, target: ComplaintStatus, now=LATER):
    """Take ``complaint`` one step to ``target`` with the arguments the step needs."""
    args = (actor, complaint.id, complaint.version)
    if target is S.ACKNOWLEDGED:
        return await complaints.acknowledge(*args, now=now)
    if target is S.INVESTIGATING:
        return await complaints.start_investigation(*args, now=now)
    if target is S.ESCALATED:
        return await complaints.escalate(*args, reason="Customer called again", now=now)
    if target is S.RESOLVED:
        return await complaints.resolve(
            *args, outcome="explanation", root_cause="Fee rule explained", now=now
        )
    if target is S.CLOSED:
        return await complaints.close(*args, now=now)
    if target is S.REOPENED:
        return await complaints.reopen(*args, reason="Customer disagrees", now=now)
    return await complaints.transition(*args, target, now=now)


async def bring_to(actor, complaint: Complaint, state: ComplaintStatus) -> Complaint:
    for step in PATHS[state]:
        complaint = await move(actor, complaint, step)
    return complaint


# --- filing ---------------------------------------------------------------------------


async def test_filing_starts_received_with_deadlines_on_the_business_calendar(
    agent, customer, category
):
    complaint = await file(agent, customer, category)

    assert complaint.status is S.RECEIVED
    assert complaint.version == 1
    # Medium: acknowledge within 1 business day, resolve within 15.
    assert complaint.ack_due_at == datetime(2026, 12, 8, tzinfo=SHANGHAI)
    assert complaint.resolve_due_at == datetime(2026, 12, 26, tzinfo=SHANGHAI)
    assert complaint.due_at == complaint.ack_due_at
    history = await complaints.complaint_history(agent, complaint.id)
    assert [(e.kind.value, e.actor, e.to_status) for e in history] == [
        ("filed", "agent01", S.RECEIVED)
    ]


async def test_deadlines_follow_the_severity_and_the_configured_policy(
    agent, customer, category
):
    rules = {ComplaintSeverity.CRITICAL: Deadline(acknowledge_days=0, resolve_days=2)}
    complaints.configure(ComplaintPolicy(deadlines=rules))

    critical = await file(agent, customer, category, severity="critical")
    low = await file(agent, customer, category, severity="low")

    assert critical.ack_due_at == datetime(2026, 12, 5, tzinfo=SHANGHAI)
    assert critical.resolve_due_at == datetime(2026, 12, 9, tzinfo=SHANGHAI)
    # Low keeps its default: 2 business days to acknowledge, 15 to resolve.
    assert low.ack_due_at == datetime(2026, 12, 9, tzinfo=SHANGHAI)
    assert low.resolve_due_at == datetime(2026, 12, 26, tzinfo=SHANGHAI)


def test_deadlines_from_the_environment(monkeypatch):
    monkeypatch.setenv("CIMS_COMPLAINT_DEADLINES", "low=3/20, critical=1/3")
    monkeypatch.setenv("CIMS_REOPEN_WINDOW_DAYS", "10")

    rules = ComplaintPolicy.from_env()

    assert rules.deadlines[ComplaintSeverity.LOW] == Deadline(3, 20)
    assert rules.deadlines[ComplaintSeverity.CRITICAL] == Deadline(1, 3)
    assert rules.deadlines[ComplaintSeverity.MEDIUM] == Deadline(1, 15)
    assert rules.reopen_window == timedelta(days=10)
    assert rules.backdate_window == timedelta(days=365)
    monkeypatch.setenv("CIMS_COMPLAINT_BACKDATE_DAYS", "90")
    assert ComplaintPolicy.from_env().backdate_window == timedelta(days=90)


async def test_a_complaint_received_implausibly_long_ago_is_refused(
    agent, customer, category
):
    long_ago = (datetime(1990, 3, 1, tzinfo=SHANGHAI), FRIDAY_5PM - timedelta(366))
    for received in long_ago:
        with pytest.raises(ValidationFailed) as caught:
            await file(agent, customer, category, received_at=received)
        [problem] = caught.value.problems
        assert (problem.field, problem.code) == ("receivedAt", "TOO_OLD"), received
        assert "365 days" in problem.message

    assert await Complaint.all().count() == 0
    last_year = FRIDAY_5PM - timedelta(364)
    filed = await file(agent, customer, category, received_at=last_year)
    assert filed.received_at == last_year


async def test_the_backdate_window_follows_the_policy(agent, customer, category):
    complaints.configure(ComplaintPolicy(backdate_window=timedelta(days=30)))

    with pytest.raises(ValidationFailed) as caught:
        await file(agent, customer, category, received_at=FRIDAY_5PM - timedelta(31))
    filed = await file(agent, customer, category, received_at=LATER - timedelta(29))

    assert [p.code for p in caught.value.problems] == ["TOO_OLD"]
    assert filed.id is not None


async def test_filing_refuses_bad_input_and_files_nothing(agent, customer, category):
    with pytest.raises(ValidationFailed) as caught:
        await file(
            agent,
            customer,
            category,
            category_id=category.id + 100,
            description="  ",
            severity="urgent",
            received_at=FRIDAY_5PM + timedelta(days=1),
            account_id=999,
        )

    codes = {(p.field, p.code) for p in caught.value.problems}
    assert codes == {
        ("categoryId", "NOT_FOUND"),
        ("description", "REQUIRED"),
        ("severity", "INVALID"),
        ("receivedAt", "INVALID"),
        ("accountId", "NOT_FOUND"),
    }
    assert await Complaint.all().count() == 0
    assert await ComplaintEvent.all().count() == 0


async def test_filing_twice_with_one_external_id_is_refused(agent, customer, category):
    await file(agent, customer, category, external_ref="CRM-17")

    with pytest.raises(ValidationFailed) as caught:
        await file(agent, customer, category, external_ref="CRM-17")

    assert [(p.field, p.code) for p in caught.value.problems] == [
        ("externalRef", "DUPLICATE")
    ]
    assert await Complaint.all().count() == 1


async def test_filing_takes_the_product_of_the_account(
    agent, customer, category, account
):
    complaint = await file(agent, customer, category, account_id=account.id)

    assert complaint.product_id == account.product_id


async def test_filing_needs_complaint_file(customer, category):
    reader = Actor(subject="rm01", permissions=frozenset({"complaint.read"}))

    with pytest.raises(PermissionDenied) as caught:
        await file(reader, customer, category)

    assert caught.value.permission == "complaint.file"
    assert await Complaint.all().count() == 0


async def test_a_complaint_outside_the_branch_is_not_found(agent, customer, category):
    complaint = await file(agent, customer, category)
    other = await Branch.create(
        code="BJ01", name="北京分行", name_en="Beijing", city="北京"
    )
    outsider = Actor(subject="t9", permissions=agent.permissions, branch_id=other.id)

    with pytest.raises(NotFound):
        await complaints.get_complaint(outsider, complaint.id)
    with pytest.raises(NotFound):
        await complaints.acknowledge(outsider, complaint.id, 1, now=LATER)
    assert (await Complaint.get(id=complaint.id)).status is S.RECEIVED


# --- the state machine ----------------------------------------------------------------

PAIRS = [(start, target) for start in S for target in S]


@pytest.mark.parametrize(("start", "target"), PAIRS, ids=[f"{a}-{b}" for a, b in PAIRS])
async def test_every_transition_is_allowed_or_refused(
    agent, customer, category, start, target
):
    complaint = await bring_to(agent, await file(agent, customer, category), start)

    if target in EXPECTED[start]:
        moved = await move(agent, complaint, target)
        assert moved.status is target
        assert moved.version == complaint.version + 1
        assert (await Complaint.get(id=complaint.id)).status is target
        return
    with pytest.raises(InvalidTransition) as caught:
        await move(agent, complaint, target)
    assert caught.value.code == "INVALID_TRANSITION"
    assert caught.value.current == start
    assert caught.value.allowed == sorted(s.value for s in EXPECTED[start])
    stored = await Complaint.get(id=complaint.id)
    assert (stored.status, stored.version) == (start, complaint.version)


async def test_every_change_is_an_event_with_who_when_what_and_why(
    agent, customer, category
):
    complaint = await file(agent, customer, category)
    complaint = await complaints.acknowledge(
        agent, complaint.id, 1, reason="Called back", now=LATER
    )
    complaint = await complaints.assign(
        agent,
        complaint.id,
        2,
        assignee="agent02",
        team_id=None,
        reason="Cards expert",
        now=LATER + timedelta(minutes=1),
    )

    history = await complaints.complaint_history(agent, complaint.id)

    assert [(e.kind.value, e.actor, e.reason, e.version) for e in history] == [
        ("filed", "agent01", None, 1),
        ("transition", "agent01", "Called back", 2),
        ("assignment", "agent01", "Cards expert", 3),
    ]
    assert history[1].at == LATER
    assert (history[1].from_status, history[1].to_status) == (
        S.RECEIVED,
        S.ACKNOWLEDGED,
    )
    assert history[1].changes["status"] == ["received", "acknowledged"]
    assert history[2].changes == {"assignee": [None, "agent02"]}


# --- resolution and reopening ---------------------------------------------------------


async def test_resolution_keeps_outcome_root_cause_and_exact_redress(
    agent, customer, category
):
    complaint = await bring_to(
        agent, await file(agent, customer, category), S.INVESTIGATING
    )

    resolved = await complaints.resolve(
        agent,
        complaint.id,
        complaint.version,
        outcome="monetary_relief",
        root_cause="Duplicate posting",
        redress_amount="1234.5",
        now=LATER,
    )

    stored = await Complaint.get(id=resolved.id)
    assert stored.status is S.RESOLVED
    assert stored.redress_amount == Decimal("1234.50")
    assert stored.root_cause == "Duplicate posting"
    assert stored.outcome.value == "monetary_relief"
    assert stored.due_at is None


@pytest.mark.parametrize(
    ("outcome", "amount", "code"),
    [
        ("monetary_relief", None, "REQUIRED"),
        ("monetary_relief", "-5", "OUT_OF_RANGE"),
        ("monetary_relief", "abc", "INVALID"),
        ("explanation", "10", "NOT_ALLOWED"),
    ],
)
async def test_redress_must_match_the_outcome(
    agent, customer, category, outcome, amount, code
):
    complaint = await bring_to(
        agent, await file(agent, customer, category), S.INVESTIGATING
    )

    with pytest.raises(ValidationFailed) as caught:
        await complaints.resolve(
            agent,
            complaint.id,
            complaint.version,
            outcome=outcome,
            root_cause="x",
            redress_amount=amount,
            now=LATER,
        )

    assert [(p.field, p.code) for p in caught.value.problems] == [
        ("redressAmount", code)
    ]
    assert (await Complaint.get(id=complaint.id)).status is S.INVESTIGATING


async def test_a_closed_complaint_reopens_within_the_window(agent, customer, category):
    complaints.configure(ComplaintPolicy(reopen_window=timedelta(days=30)))
    complaint = await bring_to(agent, await file(agent, customer, category), S.CLOSED)
    day_29 = LATER + timedelta(days=29)

    reopened = await complaints.reopen(
        agent, complaint.id, complaint.version, reason="Fee charged again", now=day_29
    )

    assert reopened.status is S.REOPENED
    assert reopened.reopen_count == 1
    assert reopened.outcome is None and reopened.closed_at is None
    # A fresh resolution deadline: 15 business days from Saturday 2 January 2027.
    assert reopened.resolve_due_at == datetime(2027, 1, 23, tzinfo=SHANGHAI)
    assert reopened.due_at == reopened.resolve_due_at


async def test_a_closed_complaint_stays_closed_after_the_window(
    agent, customer, category
):
    complaints.configure(ComplaintPolicy(reopen_window=timedelta(days=30)))
    complaint = await bring_to(agent, await file(agent, customer, category), S.CLOSED)
    day_31 = LATER + timedelta(days=31)

    with pytest.raises(InvalidTransition) as caught:
        await complaints.reopen(
            agent, complaint.id, complaint.version, reason="Too late", now=day_31
        )

    assert caught.value.allowed == []
    assert "30 days" in caught.value.message
    stored = await Complaint.get(id=complaint.id)
    assert (stored.status, stored.version, stored.reopen_count) == (S.CLOSED, 5, 0)


async def test_reopening_needs_a_reason(agent, customer, category):
    complaint = await bring_to(agent, await file(agent, customer, category), S.RESOLVED)

    with pytest.raises(ValidationFailed) as caught:
        await complaints.reopen(agent, complaint.id, complaint.version, reason=" ")

    assert [(p.field, p.code) for p in caught.value.problems] == [
        ("reason", "REQUIRED")
    ]


# --- concurrency ----------------------------------------------------------------------


async def test_a_stale_version_is_a_conflict_and_changes_nothing(
    agent, customer, category
):
    complaint = await file(agent, customer, category)
    await complaints.acknowledge(agent, complaint.id, 1, now=LATER)

    with pytest.raises(Conflict) as caught:
        await complaints.assign(
            agent, complaint.id, 1, assignee="agent03", team_id=None, now=LATER
        )

    assert caught.value.current_version == 2
    stored = await Complaint.get(id=complaint.id)
    assert (stored.assignee, stored.version) == (None, 2)
    assert await ComplaintEvent.filter(complaint_id=complaint.id).count() == 2


async def test_two_changes_racing_on_one_version_let_exactly_one_through(
    agent, customer, category
):
    complaint = await file(agent, customer, category)

    results = await asyncio.gather(
        complaints.acknowledge(agent, complaint.id, 1, now=LATER),
        complaints.escalate(agent, complaint.id, 1, reason="VIP", now=LATER),
        return_exceptions=True,
    )

    conflicts = [r for r in results if isinstance(r, Conflict)]
    winners = [r for r in results if isinstance(r, Complaint)]
    assert (len(winners), len(conflicts)) == (1, 1)
    stored = await Complaint.get(id=complaint.id)
    assert (stored.status, stored.version) == (winners[0].status, 2)
    assert await ComplaintEvent.filter(complaint_id=complaint.id).count() == 2


# --- assignment and categories --------------------------------------------------------


async def test_assignment_to_a_team_queue_and_a_person(agent, customer, category):
    team = await Team.create(code="cards", name="Cards")
    complaint = await file(agent, customer, category)

    assigned = await complaints.assign(
        agent, complaint.id, 1, assignee="agent02", team_id=team.id, now=LATER
    )

    assert (assigned.assignee, assigned.team_id, assigned.version) == (
        "agent02",
        team.id,
        2,
    )


async def test_assignment_to_an_unknown_team_is_refused(agent, customer, category):
    complaint = await file(agent, customer, category)

    with pytest.raises(ValidationFailed) as caught:
        await complaints.assign(agent, complaint.id, 1, assignee=None, team_id=404)

    assert [(p.field, p.code) for p in caught.value.problems] == [
        ("teamId", "NOT_FOUND")
    ]
    assert (await Complaint.get(id=complaint.id)).version == 1


async def test_a_closed_complaint_cannot_be_reassigned(agent, customer, category):
    complaint = await bring_to(agent, await file(agent, customer, category), S.CLOSED)

    with pytest.raises(InvalidTransition):
        await complaints.assign(
            agent, complaint.id, complaint.version, assignee="agent02", team_id=None
        )

    assert (await Complaint.get(id=complaint.id)).assignee is None


async def test_recategorising_records_the_old_and_new_category(
    agent, customer, category
):
    other = await complaint_category("Mortgage", "Closing on a mortgage")
    complaint = await file(agent, customer, category)

    moved = await complaints.recategorise(
        agent, complaint.id, 1, category_id=other.id, reason="Wrong product", now=LATER
    )

    assert moved.category_id == other.id
    event = (await complaints.complaint_history(agent, complaint.id))[-1]
    assert (event.kind.value, event.changes) == (
        "recategorised",
        {"category_id": [category.id, other.id]},
    )


async def test_the_bank_extends_the_taxonomy_without_duplicates(agent, database):
    added = await complaints.add_category(
        agent,
        " Wealth  management ",
        "Mis-selling",
        product_zh=" 理财 ",
        issue_zh="误导销售",
    )

    with pytest.raises(ValidationFailed) as caught:
        await complaints.add_category(
            agent,
            "Wealth management",
            "Mis-selling",
            product_zh="理财",
            issue_zh="误导",
        )

    assert (added.product, added.issue, added.origin.value) == (
        "Wealth management",
        "Mis-selling",
        "bank",
    )
    assert (added.code, added.product_zh, added.issue_zh) == (
        "bank.wealth_management.mis_selling",
        "理财",
        "误导销售",
    )
    assert [(p.field, p.code) for p in caught.value.problems] == [
        ("issue", "DUPLICATE")
    ]
    assert await ComplaintCategory.all().count() == 1


async def test_the_taxonomy_is_seeded_once_from_the_public_complaints(agent, database):
    first = await complaints.ensure_categories()
    second = await complaints.ensure_categories()

    products = {c.product for c in await complaints.list_categories(agent)}
    assert (first, second) == (77, 0)
    assert len(products) == 10
    assert "Credit card or prepaid card" in products
    assert "Credit card" not in products


async def test_a_bank_category_needs_its_chinese_labels_and_a_free_code(
    agent, database
):
    with pytest.raises(ValidationFailed) as blank:
        await complaints.add_category(
            agent, "Wealth management", "Mis-selling", product_zh=" ", issue_zh=""
        )
    with pytest.raises(ValidationFailed) as reserved:
        await complaints.add_category(
            agent, "Cards", "Lost", product_zh="卡", issue_zh="挂失", code="card.lost"
        )
    with pytest.raises(ValidationFailed) as shape:
        await complaints.add_category(
            agent, "Cards", "Lost", product_zh="卡", issue_zh="挂失", code="Card Lost"
        )

    assert [(p.field, p.code) for p in blank.value.problems] == [
        ("productZh", "REQUIRED"),
        ("issueZh", "REQUIRED"),
    ]
    assert [(p.field, p.code) for p in reserved.value.problems] == [
        ("code", "RESERVED")
    ]
    assert [(p.field, p.code) for p in shape.value.problems] == [("code", "INVALID")]
    assert await ComplaintCategory.all().count() == 0


async def test_the_bank_rewords_its_own_chinese_labels_only(agent, database):
    await complaints.ensure_categories()
    ours = await complaints.add_category(
        agent, "Wealth management", "Mis-selling", product_zh="理财", issue_zh="误导"
    )
    cfpb = await ComplaintCategory.get(code="card.fees_or_interest")

    changed = await complaints.relabel_category(agent, ours.id, issue_zh="误导销售")
    with pytest.raises(ValidationFailed) as caught:
        await complaints.relabel_category(agent, cfpb.id, issue_zh="收费")
    retired = await complaints.relabel_category(agent, cfpb.id, active=False)

    assert (changed.code, changed.product_zh, changed.issue_zh) == (
        ours.code,
        "理财",
        "误导销售",
    )
    assert [(p.field, p.code) for p in caught.value.problems] == [
        ("issueZh", "READ_ONLY")
    ]
    assert (retired.issue_zh, retired.active) == ("费用或利息", False)


async def test_seeding_leaves_a_bank_category_the_data_also_lists(agent, database):
    ours = await complaints.add_category(
        agent, "Mortgage", "Closing on a mortgage", product_zh="房贷", issue_zh="放款"
    )

    added = await complaints.ensure_categories()

    assert added == 76
    row = await ComplaintCategory.get(id=ours.id)
    assert (row.code, row.issue_zh, row.origin.value) == (
        "bank.mortgage.closing_on_a_mortgage",
        "放款",
        "bank",
    )


async def test_seeding_again_restores_the_codes_and_labels_of_the_table(
    agent, database
):
    await complaints.ensure_categories()
    row = await ComplaintCategory.get(code="mortgage.struggling_to_pay_mortgage")
    row.issue_zh = "旧的译名"
    await row.save()

    added = await complaints.ensure_categories()

    assert added == 0
    assert (await ComplaintCategory.get(id=row.id)).issue_zh == "无力偿还房贷"


# --- deadlines, escalation and queues -------------------------------------------------


async def test_at_risk_then_breached_as_the_pending_deadline_nears_and_passes(
    agent, customer, category
):
    complaint = await file(agent, customer, category)
    ack_due = complaint.ack_due_at  # end of Monday; 79 hours after Friday 17:00

    early = complaints.deadline_state(complaint, FRIDAY_5PM + timedelta(hours=1))
    late = complaints.deadline_state(complaint, ack_due - timedelta(hours=2))
    past = complaints.deadline_state(complaint, ack_due)

    assert (early.at_risk, early.breached) == (False, False)
    assert (late.at_risk, late.breached) == (True, False)
    assert (past.at_risk, past.breached) == (False, True)


async def test_acknowledging_moves_the_pending_deadline_to_resolution(
    agent, customer, category
):
    complaint = await file(agent, customer, category)

    acknowledged = await complaints.acknowledge(agent, complaint.id, 1, now=LATER)

    assert acknowledged.due_at == acknowledged.resolve_due_at
    assert not complaints.deadline_state(acknowledged, LATER).at_risk


async def test_escalate_breached_escalates_once_and_only_what_is_late(
    agent, customer, category
):
    late = await file(agent, customer, category)
    on_time = await file(agent, customer, category)
    await complaints.acknowledge(agent, on_time.id, 1, now=LATER)
    tuesday = datetime(2026, 12, 8, 0, 0, 1, tzinfo=SHANGHAI)

    escalated = await complaints.escalate_breached(tuesday)
    again = await complaints.escalate_breached(tuesday + timedelta(hours=1))

    assert (escalated, again) == ([late.id], [])
    stored = await Complaint.get(id=late.id)
    assert stored.status is S.ESCALATED
    assert stored.breached_at == late.ack_due_at
    event = (await complaints.complaint_history(agent, late.id))[-1]
    assert (event.actor, event.reason) == (
        "system",
        "The acknowledgement deadline passed",
    )
    assert complaints.deadline_state(stored, tuesday).breached


async def test_a_resolved_complaint_that_was_late_stays_flagged_breached(
    agent, customer, category
):
    complaint = await file(agent, customer, category)
    wednesday = datetime(2026, 12, 9, 10, 0, tzinfo=SHANGHAI)

    acknowledged = await complaints.acknowledge(agent, complaint.id, 1, now=wednesday)

    investigating = await move(agent, acknowledged, S.INVESTIGATING, now=wednesday)
    resolved = await move(agent, investigating, S.RESOLVED, now=wednesday)

    assert acknowledged.breached_at == complaint.ack_due_at
    assert resolved.due_at is None
    assert complaints.deadline_state(resolved, wednesday).breached


async def test_queues_mine_team_unassigned_at_risk_and_breached(
    agent, customer, category
):
    team = await Team.create(code="cards", name="Cards")
    await TeamMember.create(team=team, staff="agent01")
    mine = await file(agent, customer, category, assignee="agent01")
    teams = await file(agent, customer, category, team_id=team.id)
    nobodys = await file(agent, customer, category)
    fresh = await file(
        agent,
        customer,
        category,
        received_at=LATER + timedelta(days=3),
        now=LATER + timedelta(days=3),
    )
    monday_evening = datetime(2026, 12, 7, 20, 0, tzinfo=SHANGHAI)
    tuesday = datetime(2026, 12, 8, 1, 0, tzinfo=SHANGHAI)

    async def ids(name, now):
        page = await complaints.queue(agent, name, now=now)
        return [c.id for c in page.nodes]

    assert await ids(Queue.MINE, tuesday) == [mine.id]
    assert await ids(Queue.TEAM, tuesday) == [teams.id]
    assert await ids(Queue.UNASSIGNED, tuesday) == [nobodys.id, fresh.id]
    assert await ids(Queue.AT_RISK, monday_evening) == [mine.id, teams.id, nobodys.id]
    assert await ids(Queue.BREACHED, tuesday) == [mine.id, teams.id, nobodys.id]


async def test_the_filed_queue_holds_what_the_actor_filed_until_closed(
    agent, customer, category
):
    teller = Actor(
        subject="teller01",
        permissions=frozenset({"customer.read", "complaint.read", "complaint.file"}),
    )
    filed = await file(teller, customer, category)
    await file(agent, customer, category)  # someone else's

    page = await complaints.queue(teller, Queue.FILED)

    assert [c.id for c in page.nodes] == [filed.id]
    assert await complaints.in_queue(teller, filed.id, Queue.FILED)
    assert not await complaints.in_queue(agent, filed.id, Queue.FILED)


async def test_a_queue_pages_without_skipping_or_repeating(agent, customer, category):
    filed = [
        await file(
            agent, customer, category, received_at=FRIDAY_5PM + timedelta(minutes=i % 2)
        )
        for i in range(5)
    ]
    now = FRIDAY_5PM + timedelta(hours=2)

    seen, after, pages = [], None, 0
    while True:
        page = await complaints.queue(
            agent, "unassigned", now=now, first=2, after=after
        )
        seen += [c.id for c in page.nodes]
        pages += 1
        if not page.has_next_page:
            break
        after = page.end_cursor

    expected = [c.id for c in sorted(filed, key=lambda c: (c.received_at, c.id))]
    assert (seen, pages, page.total_count) == (expected, 3, 5)


async def test_a_garbled_cursor_is_a_validation_error(agent, database):
    with pytest.raises(ValidationFailed) as caught:
        await complaints.queue(agent, "mine", after="not-a-cursor")

    assert [(p.field, p.code) for p in caught.value.problems] == [
        ("after", "INVALID_CURSOR")
    ]


async def test_queues_see_only_the_actors_branch(agent, customer, category):
    await file(agent, customer, category)
    other = await Branch.create(
        code="BJ01", name="北京分行", name_en="Beijing", city="北京"
    )
    outsider = Actor(subject="t9", permissions=agent.permissions, branch_id=other.id)

    page = await complaints.queue(outsider, "unassigned", now=LATER)

    assert (page.nodes, page.total_count) == ([], 0)


async def test_customer_complaints_newest_first(agent, customer, category):
    older = await file(agent, customer, category)
    newer = await file(agent, customer, category, received_at=LATER, now=LATER)

    page = await complaints.customer_complaints(agent, customer.id)

    assert [c.id for c in page.nodes] == [newer.id, older.id]


# --- live updates ---------------------------------------------------------------------


async def test_every_complaint_change_is_published(agent, customer, category):
    async with events.subscribe(complaints.TOPIC) as subscription:
        complaint = await file(agent, customer, category)
        await complaints.acknowledge(agent, complaint.id, 1, now=LATER)
        received = [await anext(subscription) for _ in range(2)]

    assert [
        (p["complaint_id"], p["kind"], p["status"], p["version"]) for p in received
    ] == [
        (complaint.id, "filed", "received", 1),
        (complaint.id, "transition", "acknowledged", 2),
    ]
    assert events.subscriber_count(complaints.TOPIC) == 0


async def test_a_refused_change_publishes_nothing(agent, customer, category):
    complaint = await file(agent, customer, category)

    async with events.subscribe(complaints.TOPIC) as subscription:
        with pytest.raises(InvalidTransition):
            await complaints.close(agent, complaint.id, 1, now=LATER)
        subscription.close()
        remaining = [payload async for payload in subscription]

    assert remaining == []


# --- triage answers -------------------------------------------------------------------


async def test_confirming_the_suggestion_keeps_it_as_training_data(
    agent, customer, category
):
    complaint = await file(agent, customer, category)
    suggestion = CategorySuggestion(
        category.id, category.product, category.issue, "", "", 0.91, 0.62, "v1"
    )

    same = await complaints.confirm_category(
        agent, complaint.id, 1, category_id=category.id, suggestion=suggestion
    )

    row = await TriageCorrection.get(complaint_id=complaint.id)
    assert (row.corrected, row.suggested_issue, row.confidence, row.actor) == (
        False,
        "Managing an account",
        0.62,
        "agent01",
    )
    assert same.version == 1


async def test_correcting_the_suggestion_recategorises_and_keeps_the_correction(
    agent, customer, category
):
    right = await complaint_category("Mortgage", "Struggling to pay mortgage")
    complaint = await file(agent, customer, category)
    suggestion = CategorySuggestion(
        category.id, category.product, category.issue, "", "", 0.55, 0.31, "v1"
    )

    corrected = await complaints.confirm_category(
        agent, complaint.id, 1, category_id=right.id, suggestion=suggestion, now=LATER
    )

    row = await TriageCorrection.get(complaint_id=complaint.id)
    assert (row.corrected, row.category_id) == (True, right.id)
    assert (corrected.category_id, corrected.version) == (right.id, 2)


async def test_no_suggestion_before_a_model_is_trained(
    agent, database, tmp_path, monkeypatch
):
    monkeypatch.setenv("CIMS_DATA_DIR", str(tmp_path))

    assert await complaints.suggest_category(agent, "My card was charged twice") is None


# --- comments -------------------------------------------------------------------------


async def test_a_closed_complaint_takes_no_comment(agent, customer, category):
    complaint = await bring_to(agent, await file(agent, customer, category), S.CLOSED)

    with pytest.raises(InvalidTransition) as caught:
        await complaints.comment(
            agent, complaint.id, complaint.version, text="One more thing"
        )

    assert caught.value.allowed == ["reopened"]
    assert await ComplaintEvent.filter(kind="comment").count() == 0
    assert (await Complaint.get(id=complaint.id)).version == complaint.version


async def test_a_comment_needs_complaint_handle(agent, customer, category):
    complaint = await file(agent, customer, category)
    reader = Actor(subject="ro", permissions=frozenset({"complaint.read"}))

    with pytest.raises(PermissionDenied):
        await complaints.comment(reader, complaint.id, 1, text="Looked at it")

    assert await ComplaintEvent.filter(kind="comment").count() == 0


# --- who may be assigned --------------------------------------------------------------


async def test_an_assignee_named_by_username_is_stored_by_subject(
    agent, customer, category
):
    await staff_member("li.agent", subject="0b6f1c1e-7d1b-4c39-9d0e-5a0e2b1f3c4d")

    filed = await file(agent, customer, category, assignee=" Li.Agent ")
    moved = await complaints.assign(
        agent, filed.id, 1, assignee="agent02", team_id=None, now=LATER
    )
    # A form sends back the subject it shows; it names the same person.
    again = await complaints.assign(
        agent, filed.id, 2, assignee=filed.assignee, team_id=None, now=LATER
    )

    assert filed.assignee == "0b6f1c1e-7d1b-4c39-9d0e-5a0e2b1f3c4d"
    assert (moved.assignee, again.assignee) == ("agent02", filed.assignee)


@pytest.mark.parametrize(
    ("roles", "active", "at_home", "code"),
    [
        (None, True, True, "UNKNOWN_STAFF"),
        (("service_agent",), False, True, "UNKNOWN_STAFF"),
        (("teller",), True, True, "NOT_A_HANDLER"),
        (("compliance_auditor",), True, True, "NOT_A_HANDLER"),
        (("teller", "service_agent"), True, False, "OUT_OF_SCOPE"),
    ],
)
async def test_only_an_active_handler_in_scope_is_assigned(
    agent, customer, category, branch, roles, active, at_home, code
):
    elsewhere = await Branch.create(
        code="SZ01", name="深圳分行", name_en="SZ", city="深圳"
    )
    if roles is not None:
        where = branch if at_home else elsewhere
        await staff_member("wang.wu", roles, branch_=where, active=active)
    filed = await file(agent, customer, category)

    with pytest.raises(ValidationFailed) as on_filing:
        await file(agent, customer, category, assignee="wang.wu")
    with pytest.raises(ValidationFailed) as on_assigning:
        await complaints.assign(agent, filed.id, 1, assignee="wang.wu", team_id=None)

    for caught in (on_filing, on_assigning):
        assert [(p.field, p.code) for p in caught.value.problems] == [
            ("assignee", code)
        ]
    assert await Complaint.all().count() == 1
    assert (await Complaint.get(id=filed.id)).version == 1


async def test_a_branch_bound_handler_takes_the_branchs_complaints(
    agent, customer, category, branch
):
    await staff_member("zhao.liu", ("teller", "service_agent"), branch_=branch)

    filed = await file(agent, customer, category, assignee="zhao.liu")

    assert filed.assignee == "zhao.liu"
