"""Complaint, interaction and survey changes are written to the audit trail, in
the chain customer changes use, with field names and codes but no typed text."""

import json
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from cims.domain import audit, complaints, surveys
from cims.domain.errors import Conflict
from cims.models import AuditEvent
from tests.factories import filed_complaint, logged_interaction, staff_member

SHANGHAI = ZoneInfo("Asia/Shanghai")
FILED = datetime(2026, 12, 4, 10, 0, tzinfo=SHANGHAI)
LATER = FILED + timedelta(hours=2)
SECRET_TEXT = "Card fee charged twice to 13800138000"


@pytest.fixture(autouse=True)
async def handler(database) -> None:
    await staff_member("agent01")


async def trail() -> list[AuditEvent]:
    return await AuditEvent.all().order_by("id")


def flat(event: AuditEvent) -> str:
    return json.dumps([event.field_names, event.details], ensure_ascii=False)


async def test_filing_and_each_step_append_one_chained_event(agent, customer, category):
    complaint = await filed_complaint(
        agent, customer, category, FILED, description=SECRET_TEXT, severity="high"
    )
    await complaints.acknowledge(agent, complaint.id, 1, now=LATER)
    await complaints.assign(
        agent, complaint.id, 2, assignee="agent01", team_id=None, now=LATER
    )
    await complaints.comment(agent, complaint.id, 3, text=SECRET_TEXT, now=LATER)

    events = await trail()
    assert [e.action for e in events] == [
        "complaint.file",
        "complaint.transition",
        "complaint.assign",
        "complaint.comment",
    ]
    assert {(e.entity, e.entity_id, e.customer_id, e.actor) for e in events} == {
        ("Complaint", str(complaint.id), customer.id, "agent01")
    }
    filed, step, assigned, noted = events
    assert {"description", "severity", "category_id"} <= set(filed.field_names)
    assert step.details["from"] == "received"
    assert step.details["to"] == "acknowledged"
    assert "status" in step.field_names
    assert assigned.field_names == ["assignee"]
    assert noted.field_names == ["comment"]
    for event in events:
        assert SECRET_TEXT not in flat(event)
        assert "13800138000" not in flat(event)
    verdict = await audit.verify()
    assert verdict.ok and verdict.events == 4


async def test_a_refused_step_writes_no_event(agent, customer, category):
    complaint = await filed_complaint(agent, customer, category, FILED)
    with pytest.raises(Conflict):
        await complaints.acknowledge(agent, complaint.id, 7, now=LATER)
    assert [e.action for e in await trail()] == ["complaint.file"]


async def test_an_interaction_and_its_survey_are_audited(agent, customer):
    interaction = await logged_interaction(
        agent, customer, FILED, channel="branch", summary=SECRET_TEXT
    )
    sent = await surveys.invite(agent, "csat", interaction_id=interaction.id, now=FILED)
    answer = await surveys.answer(sent.token, score=4, comment="good", now=LATER)

    logged, invited, answered = await trail()
    assert (logged.action, logged.entity, logged.entity_id) == (
        "interaction.log",
        "Interaction",
        str(interaction.id),
    )
    assert {"summary", "purpose", "channel", "staff"} <= set(logged.field_names)
    assert (invited.action, invited.entity, invited.details) == (
        "survey.invite",
        "SurveyInvitation",
        {"kind": "csat"},
    )
    assert "interaction_id" in invited.field_names
    assert (answered.action, answered.actor, answered.entity_id) == (
        "survey.answer",
        "survey-link",
        str(answer.id),
    )
    assert answered.field_names == ["comment", "score"]
    assert answered.details == {"invitation_id": sent.invitation.id, "kind": "csat"}
    assert {e.customer_id for e in (logged, invited, answered)} == {customer.id}
    assert SECRET_TEXT not in flat(logged) and "good" not in flat(answered)
    assert (await audit.verify()).events == 3
