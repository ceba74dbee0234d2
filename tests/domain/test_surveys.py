import asyncio
import hashlib
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from cims.domain import complaints, interactions, surveys
from cims.domain.actor import Actor
from cims.domain.errors import NotFound, PermissionDenied, ValidationFailed
from cims.domain.surveys import Grouping, figures, nps
from cims.models import Customer, SurveyInvitation, SurveyKind, SurveyResponse
from tests.factories import staff_member

SHANGHAI = ZoneInfo("Asia/Shanghai")
SENT = datetime(2026, 12, 4, 10, 0, tzinfo=SHANGHAI)
ANSWERED = SENT + timedelta(hours=3)


async def call(actor, customer, channel="phone", staff=None, at=SENT):
    return await interactions.log_interaction(
        actor,
        customer.id,
        channel=channel,
        direction="outbound",
        purpose="follow-up",
        summary="Called about the new card",
        staff=staff,
        occurred_at=at - timedelta(minutes=30),
        now=at,
    )


async def invite_about(actor, customer, kind="csat", at=SENT, **call_args):
    interaction = await call(actor, customer, at=at, **call_args)
    return await surveys.invite(actor, kind, interaction_id=interaction.id, now=at)


@pytest.fixture(autouse=True)
async def _staff(database) -> None:
    """The staff members interactions name: who handled one must be staff here."""
    for name in ("agent01", "agent02", "agent05"):
        await staff_member(name)


def problems(caught) -> list[tuple[str, str]]:
    return [(p.field, p.code) for p in caught.value.problems]


# --- NPS and CSAT arithmetic ---------------------------------------------------------


def test_nps_is_promoters_minus_detractors_over_all_answers():
    # 6 promoters (9, 10), 3 passives (7, 8), 3 detractors (0 to 6): (6 - 3) / 12.
    scores = [10, 9, 9, 8, 7, 7, 6, 3, 10, 10, 9, 2]

    assert nps(scores) == 25.0


def test_nps_extremes_and_no_answers():
    assert nps([10, 9]) == 100.0
    assert nps([0, 6, 8]) == round(-200 / 3, 1)
    assert nps([]) is None


def test_figures_for_nps_count_each_group():
    result = figures(SurveyKind.NPS, None, [10, 9, 8, 7, 6, 0])

    assert (result.promoters, result.passives, result.detractors) == (2, 2, 2)
    assert (result.nps, result.responses, result.satisfied_share) == (0.0, 6, None)


def test_figures_for_csat_give_the_mean_and_the_share_satisfied():
    result = figures(SurveyKind.CSAT, "phone", [5, 4, 4, 2, 1])

    assert (result.average, result.satisfied_share, result.nps) == (3.2, 0.6, None)


# --- invitations ---------------------------------------------------------------------


async def test_an_invitation_stores_only_a_hash_of_its_token(agent, customer):
    sent = await invite_about(agent, customer)

    stored = await SurveyInvitation.get(id=sent.invitation.id)
    assert stored.token_hash == hashlib.sha256(sent.token.encode()).hexdigest()
    assert sent.token not in str(await SurveyInvitation.all().values())
    assert len(sent.token) >= 43
    assert stored.expires_at == SENT + timedelta(days=14)


async def test_an_invitation_is_about_exactly_one_thing(agent, customer):
    with pytest.raises(ValidationFailed) as caught:
        await surveys.invite(agent, "nps", now=SENT)

    assert problems(caught) == [("interactionId", "EXACTLY_ONE")]


async def test_an_interaction_gets_one_live_invitation_of_a_kind(agent, customer):
    sent = await invite_about(agent, customer)

    with pytest.raises(ValidationFailed) as caught:
        await surveys.invite(
            agent, "csat", interaction_id=sent.invitation.interaction_id, now=SENT
        )
    other_kind = await surveys.invite(
        agent, "nps", interaction_id=sent.invitation.interaction_id, now=SENT
    )
    after_expiry = await surveys.invite(
        agent,
        "csat",
        interaction_id=sent.invitation.interaction_id,
        now=SENT + timedelta(days=15),
    )

    assert problems(caught) == [("interactionId", "ALREADY_INVITED")]
    assert caught.value.message == (
        "Invalid input: interactionId: A survey of this kind was sent already"
    )
    assert other_kind.invitation.kind is SurveyKind.NPS
    assert after_expiry.invitation.id != sent.invitation.id


async def test_inviting_about_an_interaction_needs_interaction_write(agent, customer):
    interaction = await call(agent, customer)
    reader = Actor(subject="a1", permissions=frozenset({"survey.read"}))

    with pytest.raises(PermissionDenied) as caught:
        await surveys.invite(reader, "csat", interaction_id=interaction.id, now=SENT)

    assert caught.value.permission == "interaction.write"
    assert await SurveyInvitation.all().count() == 0


async def test_only_a_resolved_complaint_is_surveyed(agent, customer, category):
    await staff_member("agent07")
    complaint = await complaints.file_complaint(
        agent,
        customer.id,
        category_id=category.id,
        description="Fee charged twice",
        severity="low",
        channel="branch",
        assignee="agent07",
        received_at=SENT,
        now=SENT,
    )

    with pytest.raises(ValidationFailed) as caught:
        await surveys.invite(agent, "csat", complaint_id=complaint.id, now=SENT)
    for step in (complaints.acknowledge, complaints.start_investigation):
        complaint = await step(agent, complaint.id, complaint.version, now=SENT)
    complaint = await complaints.resolve(
        agent,
        complaint.id,
        complaint.version,
        outcome="explanation",
        root_cause="Fee schedule",
        now=SENT,
    )
    sent = await surveys.invite(agent, "csat", complaint_id=complaint.id, now=SENT)
    response = await surveys.answer(sent.token, score=4, now=ANSWERED)

    assert problems(caught) == [("complaintId", "NOT_RESOLVED")]
    assert (response.complaint_id, response.interaction_id) == (complaint.id, None)
    assert (response.staff, response.channel.value) == ("agent07", "branch")
    assert response.branch_id == customer.branch_id


# --- answering -----------------------------------------------------------------------


async def test_an_answer_is_bound_to_the_interaction_it_was_sent_for(agent, customer):
    sent = await invite_about(agent, customer, "nps", channel="wechat", staff="agent05")

    response = await surveys.answer(
        sent.token, score=9, comment=" Quick ", now=ANSWERED
    )

    assert response.interaction_id == sent.invitation.interaction_id
    assert (response.kind, response.score, response.comment) == (
        SurveyKind.NPS,
        9,
        "Quick",
    )
    assert (response.channel.value, response.staff) == ("wechat", "agent05")
    assert (await SurveyInvitation.get(id=sent.invitation.id)).used_at == ANSWERED


@pytest.mark.parametrize(
    "comment", ["bad\x00byte", "bell\x07", "esc\x1b[31m", "\u202eevil", "del\x7f"]
)
async def test_a_comment_with_control_characters_is_refused_and_the_link_kept(
    agent, customer, comment
):
    sent = await invite_about(agent, customer)

    with pytest.raises(ValidationFailed) as caught:
        await surveys.answer(sent.token, score=4, comment=comment, now=ANSWERED)

    assert problems(caught) == [("comment", "FORBIDDEN_CHARACTERS")]
    assert await SurveyResponse.all().count() == 0
    assert (await SurveyInvitation.get(id=sent.invitation.id)).used_at is None


async def test_a_comment_keeps_its_line_breaks_and_tabs(agent, customer):
    sent = await invite_about(agent, customer)
    comment = "服务很好。\r\n\t但是排队太久。"

    response = await surveys.answer(sent.token, score=4, comment=comment, now=ANSWERED)

    assert response.comment == comment


async def test_a_link_used_twice_is_refused_the_second_time(agent, customer):
    sent = await invite_about(agent, customer)
    await surveys.answer(sent.token, score=5, now=ANSWERED)

    with pytest.raises(ValidationFailed) as caught:
        await surveys.answer(sent.token, score=1, now=ANSWERED + timedelta(minutes=1))

    assert problems(caught) == [("token", "USED")]
    assert await SurveyResponse.all().values_list("score", flat=True) == [5]


async def test_a_link_after_expiry_is_refused_and_stays_unused(agent, customer):
    sent = await invite_about(agent, customer)
    expiry = sent.invitation.expires_at

    with pytest.raises(ValidationFailed) as caught:
        await surveys.answer(sent.token, score=5, now=expiry)

    assert problems(caught) == [("token", "EXPIRED")]
    assert await SurveyResponse.all().count() == 0
    assert (await SurveyInvitation.get(id=sent.invitation.id)).used_at is None


async def test_an_unknown_or_oversized_token_is_not_found(agent, customer):
    await invite_about(agent, customer)

    for token in ("x" * 43, "y" * 5000, ""):
        with pytest.raises(NotFound):
            await surveys.answer(token, score=3, now=ANSWERED)

    assert await SurveyResponse.all().count() == 0


async def test_two_answers_racing_on_one_link_record_one(agent, customer):
    sent = await invite_about(agent, customer)

    results = await asyncio.gather(
        surveys.answer(sent.token, score=5, now=ANSWERED),
        surveys.answer(sent.token, score=1, now=ANSWERED),
        return_exceptions=True,
    )

    refused = [r for r in results if isinstance(r, ValidationFailed)]
    assert len(refused) == 1
    assert [(p.field, p.code) for p in refused[0].problems] == [("token", "USED")]
    assert await SurveyResponse.all().count() == 1


@pytest.mark.parametrize(
    ("kind", "score"),
    [("csat", 0), ("csat", 6), ("nps", -1), ("nps", 11), ("nps", True)],
)
async def test_a_score_off_the_scale_is_refused_and_the_link_kept(
    agent, customer, kind, score
):
    sent = await invite_about(agent, customer, kind)

    with pytest.raises(ValidationFailed) as caught:
        await surveys.answer(sent.token, score=score, now=ANSWERED)

    assert problems(caught) == [("score", "OUT_OF_RANGE")]
    assert (await surveys.answer(sent.token, score=5, now=ANSWERED)).score == 5


async def test_opening_a_link_shows_its_kind_without_spending_it(agent, customer):
    sent = await invite_about(agent, customer, "nps")

    opened = await surveys.open_invitation(sent.token, now=ANSWERED)

    assert opened.kind is SurveyKind.NPS
    assert (await SurveyInvitation.get(id=opened.id)).used_at is None


# --- results -------------------------------------------------------------------------


async def answered(actor, customer, kind, score, at=ANSWERED, **call_args):
    sent = await invite_about(
        actor, customer, kind, at - timedelta(hours=1), **call_args
    )
    await surveys.answer(sent.token, score=score, now=at)


async def test_results_by_channel_and_by_staff_member(agent, customer):
    for score, channel, staff in [
        (10, "phone", "agent01"),
        (9, "phone", "agent02"),
        (3, "phone", "agent02"),
        (8, "wechat", "agent01"),
        (0, "wechat", "agent01"),
    ]:
        await answered(agent, customer, "nps", score, channel=channel, staff=staff)

    by_channel = await surveys.survey_results(agent, "nps", group_by=Grouping.CHANNEL)
    by_staff = await surveys.survey_results(agent, "nps", group_by="staff")
    overall = await surveys.survey_results(agent, "nps")

    assert [(f.key, f.responses, f.nps) for f in by_channel] == [
        ("phone", 3, 33.3),
        ("wechat", 2, -50.0),
    ]
    assert [(f.key, f.promoters, f.detractors) for f in by_staff] == [
        ("agent01", 1, 1),
        ("agent02", 1, 1),
    ]
    assert [(f.key, f.responses, f.nps) for f in overall] == [(None, 5, 0.0)]


async def test_results_by_month_use_the_banks_time_zone(agent, customer):
    # 20:00 UTC on 30 November is 04:00 on 1 December in Shanghai.
    december_in_shanghai = datetime(2026, 11, 30, 20, 0, tzinfo=UTC)
    await answered(agent, customer, "csat", 5, at=december_in_shanghai)
    await answered(agent, customer, "csat", 2, at=datetime(2026, 11, 20, tzinfo=UTC))

    by_month = await surveys.survey_results(agent, "csat", group_by="month")

    assert [(f.key, f.average) for f in by_month] == [
        ("2026-11-01", 2.0),
        ("2026-12-01", 5.0),
    ]


async def test_results_in_a_period_and_by_branch(agent, customer):
    await answered(agent, customer, "csat", 4, at=datetime(2026, 12, 1, tzinfo=UTC))
    await answered(agent, customer, "csat", 1, at=datetime(2026, 12, 8, tzinfo=UTC))

    first_week = await surveys.survey_results(
        agent,
        "csat",
        group_by="branch",
        since=datetime(2026, 12, 1, tzinfo=UTC),
        until=datetime(2026, 12, 8, tzinfo=UTC),
    )

    assert [(f.key, f.responses, f.average) for f in first_week] == [
        (str(customer.branch_id), 1, 4.0)
    ]


async def test_results_need_survey_read(customer):
    teller = Actor(subject="t1", permissions=frozenset({"customer.read"}))

    with pytest.raises(PermissionDenied) as caught:
        await surveys.survey_results(teller, "nps")

    assert caught.value.permission == "survey.read"


async def test_results_refuse_an_unknown_grouping(agent, database):
    with pytest.raises(ValidationFailed) as caught:
        await surveys.survey_results(agent, "nps", group_by="weekday")

    assert problems(caught) == [("groupBy", "INVALID")]


async def test_no_survey_is_sent_to_a_customer_whose_data_is_erased(agent, customer):
    interaction = await call(agent, customer)
    await Customer.filter(id=customer.id).update(erased_at=SENT)

    with pytest.raises(ValidationFailed) as caught:
        await surveys.invite(agent, "csat", interaction_id=interaction.id, now=SENT)

    assert problems(caught) == [("interactionId", "ALREADY_ERASED")]
    assert await SurveyInvitation.all().count() == 0
