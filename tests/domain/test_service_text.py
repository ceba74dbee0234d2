"""Free text of complaints and interactions follows the customer form's rule:
line breaks and tabs are kept, NUL, other controls and direction overrides are
refused as FORBIDDEN_CHARACTERS, and nothing is stored."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from cims.domain import complaints
from cims.domain.errors import ValidationFailed
from cims.models import AuditEvent, Complaint, ComplaintEvent, Interaction
from tests.factories import filed_complaint, logged_interaction

FILED = datetime(2026, 12, 4, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
MULTI_LINE = "First line\nSecond line\r\n\tindented third"
REFUSED = {
    "nul": "Fee\x00charged",
    "bidi override": "Fee \u202eegrahc\u202c twice",
    "escape": "Fee \x1b[31m charged",
}


async def file(agent, customer, category, description):
    return await filed_complaint(
        agent, customer, category, FILED, description=description
    )


async def log(agent, customer, summary):
    return await logged_interaction(agent, customer, FILED, summary=summary)


def codes(caught) -> list[tuple[str, str]]:
    return [(p.field, p.code) for p in caught.value.problems]


@pytest.mark.parametrize("text", REFUSED.values(), ids=REFUSED.keys())
async def test_a_description_with_hidden_characters_is_refused(
    agent, customer, category, text
):
    with pytest.raises(ValidationFailed) as caught:
        await file(agent, customer, category, text)
    assert codes(caught) == [("description", "FORBIDDEN_CHARACTERS")]
    assert await Complaint.all().count() == 0
    assert await AuditEvent.all().count() == 0


@pytest.mark.parametrize("text", REFUSED.values(), ids=REFUSED.keys())
async def test_a_comment_with_hidden_characters_is_refused(
    agent, customer, category, text
):
    complaint = await file(agent, customer, category, "Fee charged twice")
    with pytest.raises(ValidationFailed) as caught:
        await complaints.comment(agent, complaint.id, 1, text=text, now=FILED)
    assert codes(caught) == [("text", "FORBIDDEN_CHARACTERS")]
    assert await ComplaintEvent.filter(complaint_id=complaint.id).count() == 1
    assert (await Complaint.get(id=complaint.id)).version == 1


@pytest.mark.parametrize("text", REFUSED.values(), ids=REFUSED.keys())
async def test_interaction_notes_with_hidden_characters_are_refused(
    agent, customer, text
):
    with pytest.raises(ValidationFailed) as caught:
        await log(agent, customer, text)
    assert codes(caught) == [("summary", "FORBIDDEN_CHARACTERS")]
    assert await Interaction.all().count() == 0


async def test_multi_line_text_is_kept_as_typed(agent, customer, category):
    complaint = await file(agent, customer, category, MULTI_LINE)
    await complaints.comment(agent, complaint.id, 1, text=MULTI_LINE, now=FILED)
    interaction = await log(agent, customer, MULTI_LINE)

    assert (await Complaint.get(id=complaint.id)).description == MULTI_LINE
    note = await ComplaintEvent.get(complaint_id=complaint.id, kind="comment")
    assert note.reason == MULTI_LINE
    assert (await Interaction.get(id=interaction.id)).summary == MULTI_LINE


async def test_a_reason_with_a_nul_is_refused(agent, customer, category):
    complaint = await file(agent, customer, category, "Fee charged twice")
    with pytest.raises(ValidationFailed) as caught:
        await complaints.escalate(agent, complaint.id, 1, reason="Late\x00", now=FILED)
    assert codes(caught) == [("reason", "FORBIDDEN_CHARACTERS")]
