from datetime import UTC, date, datetime

from cims.demo.complaints import seed_complaints
from cims.domain import complaints
from cims.models import (
    Branch,
    Complaint,
    ComplaintEvent,
    ComplaintOutcome,
    ComplaintStatus,
    Customer,
    Interaction,
    SurveyResponse,
)
from tests.conftest import empty_tables

ANCHOR = date(2026, 12, 4)
ANCHOR_START = datetime(2026, 12, 3, 16, 0, tzinfo=UTC)  # midnight in Shanghai


async def make_customers(count: int) -> list[Customer]:
    branches = [
        await Branch.create(code=f"B{n}", name=f"支行{n}", name_en=f"B{n}", city="上海")
        for n in range(2)
    ]
    return [
        await Customer.create(
            customer_no=f"C{n:06d}",
            kind="individual",
            full_name="客户",
            name_key="客户",
            branch=branches[n % 2],
        )
        for n in range(count)
    ]


async def story() -> list[tuple]:
    rows = await Complaint.all().order_by("external_ref").prefetch_related("customer")
    return [
        (
            c.external_ref,
            c.customer.customer_no,
            c.status,
            c.severity,
            c.channel,
            c.assignee,
        )
        for c in rows
    ]


async def test_every_public_complaint_lands_on_a_customer_once(database):
    await make_customers(40)

    first = await seed_complaints(7, anchor=ANCHOR)
    second = await seed_complaints(7, anchor=ANCHOR)

    assert (first["complaints"], first["categories_added"]) == (2067, 77)
    assert first["events"] == await ComplaintEvent.all().count()
    assert first["interactions"] == await Interaction.all().count()
    assert first["survey_responses"] == await SurveyResponse.all().count()
    assert second == {
        "categories_added": 0,
        "complaints": 0,
        "events": 0,
        "interactions": 0,
        "survey_responses": 0,
    }
    assert await Complaint.filter(customer_id__isnull=True).count() == 0


async def test_the_same_seed_and_customers_give_the_same_story(database):
    await make_customers(25)
    await seed_complaints(11, anchor=ANCHOR, limit=150)
    here = await story()

    await empty_tables()
    await make_customers(25)
    await seed_complaints(11, anchor=ANCHOR, limit=150)
    there = await story()

    assert here == there
    assert len(here) == 150
    assert len({row[1] for row in here}) > 20


async def test_seeded_histories_follow_the_workflow_and_stop_before_the_anchor(
    database,
):
    await make_customers(10)
    await seed_complaints(3, anchor=ANCHOR, limit=300)

    for complaint in await Complaint.all().prefetch_related("events"):
        events = sorted(complaint.events, key=lambda e: e.version)
        assert [e.version for e in events] == list(range(1, complaint.version + 1))
        assert events[-1].to_status is complaint.status
        assert all(e.at < ANCHOR_START for e in events)
        assert all(
            b.to_status in complaints.ALLOWED[a.to_status]
            or b.kind.value == "assignment"
            for a, b in zip(events, events[1:], strict=False)
        )
        if complaint.status is ComplaintStatus.CLOSED:
            assert complaint.outcome is not None and complaint.root_cause
        if complaint.outcome is ComplaintOutcome.MONETARY_RELIEF:
            assert complaint.redress_amount > 0


async def test_survey_answers_belong_to_the_customer_of_what_they_rate(database):
    await make_customers(10)
    await seed_complaints(5, anchor=ANCHOR, limit=300)

    answers = await SurveyResponse.all().prefetch_related("complaint", "interaction")

    assert answers
    for answer in answers:
        about = answer.complaint or answer.interaction
        assert about.customer_id == answer.customer_id
        assert (answer.complaint is None) != (answer.interaction is None)
        assert answer.answered_at < ANCHOR_START


async def test_open_demo_complaints_fill_the_deadline_queues(database):
    await make_customers(10)
    await seed_complaints(5, anchor=ANCHOR)
    admin = complaints.SYSTEM

    breached = await complaints.queue(admin, "breached", now=ANCHOR_START)
    at_risk = await complaints.queue(admin, "at_risk", now=ANCHOR_START)
    escalated = await complaints.escalate_breached(ANCHOR_START)

    assert breached.total_count > 0 and at_risk.total_count > 0
    assert len(escalated) == breached.total_count


async def test_without_customers_nothing_is_seeded_but_the_taxonomy(database):
    counts = await seed_complaints(5, anchor=ANCHOR)

    assert counts == {
        "categories_added": 77,
        "complaints": 0,
        "events": 0,
        "interactions": 0,
        "survey_responses": 0,
    }
