"""Satisfaction surveys: CSAT (1 to 5) and NPS (0 to 10).

Staff send an invitation after an interaction or once a complaint is resolved; the
customer answers through a link that needs no sign-in. The link carries a random
token of 256 bits; only its SHA-256 is stored, so a copy of the database opens no
survey. A token answers once, and not after it expires; the answer is bound to the
interaction or complaint the invitation was for.

Results: CSAT as the mean score and the share of 4s and 5s; NPS as the percentage of
promoters (9 and 10) minus the percentage of detractors (0 to 6) over all answers,
passives (7 and 8) counting in the total. Grouped by branch, channel, staff member
or period (day, week from Monday, month, in the bank's time zone).
"""

from __future__ import annotations

import hashlib
import logging
import os
import secrets
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from tortoise.transactions import in_transaction

from cims.domain import audit
from cims.domain.access import one_in_scope, require, scoped
from cims.domain.actor import Actor
from cims.domain.calendar import bank_calendar, utc
from cims.domain.errors import FieldProblem, NotFound, ValidationFailed
from cims.domain.inputs import (
    characters_problem,
    enum_value,
    raise_problems,
    zone_problem,
)
from cims.models import (
    Complaint,
    ComplaintStatus,
    Customer,
    Interaction,
    SurveyInvitation,
    SurveyKind,
    SurveyResponse,
)

log = logging.getLogger(__name__)

TOKEN_BYTES = 32
TOKEN_MAX = 128
COMMENT_MAX = 2_000
# Who answers: the customer, through a link that needs no sign-in; the trail
# names no person for it (the invitation in the event's details says which).
SURVEY_LINK = Actor(subject="survey-link")
SCALES = {SurveyKind.CSAT: range(1, 6), SurveyKind.NPS: range(0, 11)}


def default_ttl() -> timedelta:
    """How long a link stays valid: ``CIMS_SURVEY_TTL_DAYS``, 14 days by default."""
    return timedelta(days=int(os.environ.get("CIMS_SURVEY_TTL_DAYS", "14")))


def answer_path(token: str) -> str:
    """The customer's answer page for ``token``, below the product's public URL."""
    return f"/survey/{token}"


def token_hash(token: str) -> str:
    # A plain hash suffices: the token is 256 random bits, beyond any guessing.
    return hashlib.sha256(token.encode()).hexdigest()


# --- sending --------------------------------------------------------------------------


@dataclass(frozen=True)
class SentInvitation:
    invitation: SurveyInvitation
    token: str  # for the link sent to the customer; shown once, never stored


async def invite(
    actor: Actor,
    kind: SurveyKind | str,
    *,
    interaction_id: int | None = None,
    complaint_id: int | None = None,
    ttl: timedelta | None = None,
    now: datetime | None = None,
) -> SentInvitation:
    """An invitation about one interaction or one resolved complaint."""
    now = utc(now)
    ttl = default_ttl() if ttl is None else ttl
    kind = _invitation_input(kind, interaction_id, complaint_id, ttl)
    if interaction_id is not None:
        subject = await _interaction(actor, interaction_id)
    else:
        subject = await _resolved_complaint(actor, complaint_id)
    await _refuse_erased(subject, "interactionId" if interaction_id else "complaintId")
    await _refuse_repeat(kind, subject, now)
    token = secrets.token_urlsafe(TOKEN_BYTES)
    about = "interaction_id" if interaction_id is not None else "complaint_id"
    async with in_transaction() as conn:
        invitation = await SurveyInvitation.create(
            using_db=conn,
            kind=kind,
            token_hash=token_hash(token),
            customer_id=subject.customer_id,
            interaction_id=interaction_id,
            complaint_id=complaint_id,
            created_by=actor.subject,
            created_at=now,
            expires_at=now + ttl,
        )
        await audit.record(
            actor,
            "survey.invite",
            "SurveyInvitation",
            invitation.id,
            ["kind", "customer_id", about, "expires_at"],
            details={"kind": kind.value},
            customer_id=subject.customer_id,
            conn=conn,
        )
    log.info("survey invitation created", extra={"invitation_id": invitation.id})
    return SentInvitation(invitation, token)


def _invitation_input(kind, interaction_id, complaint_id, ttl: timedelta) -> SurveyKind:
    problems = [enum_value(SurveyKind, kind, "kind")]
    if (interaction_id is None) == (complaint_id is None):
        message = "Give either an interaction or a complaint"
        problems.append(FieldProblem("interactionId", "EXACTLY_ONE", message))
    if ttl <= timedelta(0):
        problems.append(FieldProblem("ttl", "OUT_OF_RANGE", "Must be positive"))
    raise_problems(problems)
    return problems[0]


async def _interaction(actor: Actor, interaction_id: int) -> Interaction:
    require(actor, "interaction.write")
    return await one_in_scope(actor, Interaction, interaction_id)


async def _resolved_complaint(actor: Actor, complaint_id: int) -> Complaint:
    require(actor, "complaint.handle")
    complaint = await scoped(actor, Complaint.filter(id=complaint_id)).first()
    if complaint is None:
        raise NotFound("Complaint")
    if complaint.status not in (ComplaintStatus.RESOLVED, ComplaintStatus.CLOSED):
        message = "Only a resolved or closed complaint is surveyed"
        raise ValidationFailed.one("complaintId", "NOT_RESOLVED", message)
    return complaint


async def _refuse_erased(subject: Interaction | Complaint, field: str) -> None:
    """No survey of a customer whose personal data is erased: its answer would
    bring a comment from that person back (erasure also ends live links)."""
    if await Customer.filter(id=subject.customer_id, erased_at__isnull=False).exists():
        message = "The customer's personal data is erased: no survey is sent"
        raise ValidationFailed.one(field, "ALREADY_ERASED", message)


async def _refuse_repeat(kind: SurveyKind, subject, now: datetime) -> None:
    """One live or answered invitation of a kind per interaction or complaint."""
    if isinstance(subject, Interaction):
        field, query = (
            "interactionId",
            SurveyInvitation.filter(interaction_id=subject.id),
        )
    else:
        field, query = "complaintId", SurveyInvitation.filter(complaint_id=subject.id)
    query = query.filter(kind=kind)
    answered = await query.filter(used_at__isnull=False).exists()
    live = await query.filter(used_at__isnull=True, expires_at__gt=now).exists()
    if answered or live:
        message = "A survey of this kind was sent already"
        raise ValidationFailed.one(field, "ALREADY_INVITED", message)


# --- answering (no sign-in) ----------------------------------------------------------


async def open_invitation(token: str, now: datetime | None = None) -> SurveyInvitation:
    """The invitation behind a link, to show its form; it stays unused."""
    now = utc(now)
    invitation = None
    if token and len(token) <= TOKEN_MAX:
        invitation = await SurveyInvitation.filter(token_hash=token_hash(token)).first()
    if invitation is None:
        raise NotFound("Survey invitation")
    if invitation.used_at is not None:
        raise _used()
    if now >= invitation.expires_at:
        raise ValidationFailed.one("token", "EXPIRED", "This survey link has expired")
    return invitation


def _used() -> ValidationFailed:
    return ValidationFailed.one("token", "USED", "This survey link was used already")


async def answer(
    token: str, *, score: int, comment: str | None = None, now: datetime | None = None
) -> SurveyResponse:
    """Record the customer's answer; the link is spent whatever happens next."""
    now = utc(now)
    invitation = await open_invitation(token, now)
    _check_answer(invitation.kind, score, comment)
    about = await _about(invitation)
    async with in_transaction() as conn:
        # Filtered on used_at so that two answers racing on one link cannot both win.
        spent = (
            await SurveyInvitation.filter(id=invitation.id, used_at__isnull=True)
            .using_db(conn)
            .update(used_at=now)
        )
        if spent == 0:
            raise _used()
        response = await SurveyResponse.create(
            using_db=conn,
            invitation_id=invitation.id,
            kind=invitation.kind,
            score=score,
            comment=comment.strip() if comment and comment.strip() else None,
            customer_id=invitation.customer_id,
            interaction_id=invitation.interaction_id,
            complaint_id=invitation.complaint_id,
            answered_at=now,
            **about,
        )
        fields = ["score", "comment"] if response.comment else ["score"]
        await audit.record(
            SURVEY_LINK,
            "survey.answer",
            "SurveyResponse",
            response.id,
            fields,
            details={"invitation_id": invitation.id, "kind": invitation.kind.value},
            customer_id=invitation.customer_id,
            conn=conn,
        )
    log.info("survey answered", extra={"invitation_id": invitation.id})
    return response


def _check_answer(kind: SurveyKind, score, comment: str | None) -> None:
    problems = []
    scale = SCALES[kind]
    if isinstance(score, bool) or not isinstance(score, int) or score not in scale:
        message = f"A whole number from {scale.start} to {scale.stop - 1}"
        problems.append(FieldProblem("score", "OUT_OF_RANGE", message))
    if comment is not None and len(comment) > COMMENT_MAX:
        message = f"At most {COMMENT_MAX} characters"
        problems.append(FieldProblem("comment", "TOO_LONG", message))
    elif problem := characters_problem(comment, "comment"):
        # The customer form's rule; line breaks of a longer comment are kept.
        problems.append(problem)
    if problems:
        raise ValidationFailed(problems)


async def _about(invitation: SurveyInvitation) -> dict:
    """Branch, channel and staff member of what the answer is about, for results."""
    if invitation.interaction_id is not None:
        interaction = await Interaction.get(id=invitation.interaction_id)
        return {
            "branch_id": interaction.branch_id,
            "channel": interaction.channel,
            "staff": interaction.staff,
        }
    complaint = await Complaint.get(id=invitation.complaint_id)
    customer = await Customer.get(id=complaint.customer_id)
    return {
        "branch_id": customer.branch_id,
        "channel": complaint.channel,
        "staff": complaint.assignee,
    }


# --- results --------------------------------------------------------------------------


class Grouping(StrEnum):
    BRANCH = "branch"
    CHANNEL = "channel"
    STAFF = "staff"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"


@dataclass(frozen=True)
class SurveyFigures:
    key: str | None  # branch ID, channel, staff ID or period start (ISO date)
    responses: int
    average: float | None
    satisfied_share: float | None  # CSAT: share of 4 and 5
    promoters: int  # NPS: 9 and 10
    passives: int  # NPS: 7 and 8
    detractors: int  # NPS: 0 to 6
    nps: float | None


def nps(scores: Iterable[int]) -> float | None:
    """Percentage of promoters minus percentage of detractors; None without answers."""
    scores = list(scores)
    if not scores:
        return None
    promoters = sum(score >= 9 for score in scores)
    detractors = sum(score <= 6 for score in scores)
    return round(100 * (promoters - detractors) / len(scores), 1)


def figures(kind: SurveyKind, key: str | None, scores: list[int]) -> SurveyFigures:
    count = len(scores)
    is_nps = kind is SurveyKind.NPS
    return SurveyFigures(
        key=key,
        responses=count,
        average=round(sum(scores) / count, 2) if count else None,
        satisfied_share=(
            round(sum(s >= 4 for s in scores) / count, 4)
            if count and not is_nps
            else None
        ),
        promoters=sum(s >= 9 for s in scores) if is_nps else 0,
        passives=sum(7 <= s <= 8 for s in scores) if is_nps else 0,
        detractors=sum(s <= 6 for s in scores) if is_nps else 0,
        nps=nps(scores) if is_nps else None,
    )


async def get_response(actor: Actor, response_id: int) -> SurveyResponse:
    """One answer, for staff who read survey answers, within the branch scope."""
    require(actor, "survey.read")
    return await one_in_scope(actor, SurveyResponse, response_id)


async def get_invitation(actor: Actor, invitation_id: int) -> SurveyInvitation:
    """One invitation (never its token), like an answer: ``survey.read``, in scope."""
    require(actor, "survey.read")
    return await one_in_scope(actor, SurveyInvitation, invitation_id)


async def survey_results(
    actor: Actor,
    kind: SurveyKind | str,
    *,
    group_by: Grouping | str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
) -> list[SurveyFigures]:
    """Figures per group (or one row, key None, for all), answers in [since, until)."""
    require(actor, "survey.read")
    kind = enum_value(SurveyKind, kind, "kind")
    grouping = enum_value(Grouping, group_by, "groupBy") if group_by else None
    zones = [zone_problem(since, "from"), zone_problem(until, "to")]
    raise_problems([kind, grouping, *zones])
    query = scoped(actor, SurveyResponse.filter(kind=kind))
    if since is not None:
        query = query.filter(answered_at__gte=utc(since))
    if until is not None:
        query = query.filter(answered_at__lt=utc(until))
    rows = await query.values("score", "branch_id", "channel", "staff", "answered_at")
    groups: dict[str | None, list[int]] = defaultdict(list)
    for row in rows:
        groups[_group_key(grouping, row)].append(row["score"])
    ordered = sorted(groups, key=lambda key: (key is None, key or ""))
    return [figures(kind, key, groups[key]) for key in ordered]


def _group_key(grouping: Grouping | None, row: dict) -> str | None:
    if grouping is None:
        return None
    if grouping is Grouping.BRANCH:
        return None if row["branch_id"] is None else str(row["branch_id"])
    if grouping is Grouping.CHANNEL:
        return str(row["channel"])
    if grouping is Grouping.STAFF:
        return row["staff"]
    day = bank_calendar().local_date(row["answered_at"])
    if grouping is Grouping.WEEK:
        day -= timedelta(days=day.weekday())
    elif grouping is Grouping.MONTH:
        day = day.replace(day=1)
    return day.isoformat()
