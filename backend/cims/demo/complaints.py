"""Demo complaints: the real CFPB complaints, filed by whatever customers exist.

``seed_complaints(seed)`` gives each public complaint to a customer picked by a
generator seeded with the seed and the complaint's ID, so the same seed and the same
customers give the same assignment, history, interactions and survey answers.

- Category: the row's product (retired CFPB names folded into current ones) and issue.
- Description: the narrative where the row has one, else its issue and sub-issue.
- Dates: a complaint the data shows as settled keeps its received date, moved forward
  by whole weeks (weekdays kept) so that the newest lands in the week before
  ``anchor`` (today by default). One still in progress is dated within the four
  weeks before ``anchor``, so that the queues hold on-track, at-risk and breached
  complaints rather than only old breaches.
- Outcome: from the company's response (monetary relief, non-monetary relief,
  explanation, no relief); a monetary relief gets a made-up redress amount.
- Channel: Web becomes online banking or the mobile app, Phone the phone, Referral
  the branch counter, Postal mail a letter.
- History: filed, acknowledged, assigned to a team and agent, investigated,
  resolved and closed as far as the row got, through the workflow's own rules.
- Interactions: the inbound contact that filed it and, once resolved, the outbound
  call that explained the resolution. Surveys: a share of resolved complaints has a
  CSAT answer and a share of resolution calls an NPS answer, scores leaning on the
  outcome.

The three teams and agent IDs (``agent01`` to ``agent09``) are made up: the staff
directory belongs to the identity provider. Complaints imported already (by their
CFPB ID) are skipped, so running it twice adds nothing. It writes in bulk and
assumes no other writer meanwhile, as demo seeding runs on its own.
"""

from __future__ import annotations

import logging
import random
import secrets
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from tortoise.transactions import in_transaction

from cims.analytics.triage import cfpb_rows, product_label
from cims.domain.calendar import bank_calendar
from cims.domain.complaints import (
    check_transition,
    ensure_categories,
    note_breach,
    policy,
    refresh_due,
    set_deadlines,
    stamp,
)
from cims.domain.surveys import token_hash
from cims.models import (
    Complaint,
    ComplaintCategory,
    ComplaintEvent,
    ComplaintEventKind,
    ComplaintOutcome,
    ComplaintSeverity,
    ComplaintStatus,
    Customer,
    Interaction,
    InteractionDirection,
    ServiceChannel,
    SurveyInvitation,
    SurveyKind,
    SurveyResponse,
    Team,
    TeamMember,
)
from cims.models.enums import Source

log = logging.getLogger(__name__)

DEMO_ACTOR = "demo"
S = ComplaintStatus
TEAMS = {
    "credit-reports": ("Credit reports", ("agent01", "agent02", "agent03")),
    "cards-payments": (
        "Cards, accounts and payments",
        ("agent04", "agent05", "agent06"),
    ),
    "lending": ("Loans and debt collection", ("agent07", "agent08", "agent09")),
}
CARDS_PAYMENTS = {
    "Credit card or prepaid card",
    "Checking or savings account",
    "Money transfer, virtual currency, or money service",
}
OUTCOMES = {
    "Closed with monetary relief": ComplaintOutcome.MONETARY_RELIEF,
    "Closed with non-monetary relief": ComplaintOutcome.NON_MONETARY_RELIEF,
    "Closed with explanation": ComplaintOutcome.EXPLANATION,
    "Closed without relief": ComplaintOutcome.NO_RELIEF,
}
CHANNELS = {
    "Phone": ServiceChannel.PHONE,
    "Referral": ServiceChannel.BRANCH,
    "Postal mail": ServiceChannel.LETTER,
    "Email": ServiceChannel.EMAIL,
}
ROOT_CAUSES = (
    "Data supplied by a third party was wrong",
    "Procedure not followed",
    "System error",
    "Information given to the customer was unclear",
    "Fraud by a third party",
    "Customer expectation differed from the product terms",
)
# Scores drawn for each outcome: settled in the customer's favour scores higher.
CSAT_SCORES = {
    ComplaintOutcome.MONETARY_RELIEF: (5, 5, 4, 4, 3),
    ComplaintOutcome.NON_MONETARY_RELIEF: (5, 4, 4, 3, 2),
    ComplaintOutcome.EXPLANATION: (4, 3, 3, 2, 1),
    ComplaintOutcome.NO_RELIEF: (2, 1, 1),
}
NPS_SCORES = {
    ComplaintOutcome.MONETARY_RELIEF: (10, 9, 9, 8, 7),
    ComplaintOutcome.NON_MONETARY_RELIEF: (10, 9, 8, 7, 6, 5),
    ComplaintOutcome.EXPLANATION: (9, 8, 7, 6, 5, 3, 2),
    ComplaintOutcome.NO_RELIEF: (4, 2, 0),
}
CSAT_SHARE, NPS_SHARE = 0.45, 0.35


@dataclass
class _Context:
    seed: int
    anchor: datetime  # nothing is dated at or after this moment
    shift: timedelta
    customers: list[tuple[int, int]]  # (customer ID, branch ID)
    categories: dict[tuple[str, str], int]
    teams: dict[str, int]


@dataclass
class _Plan:
    complaint: Complaint
    branch_id: int
    events: list[ComplaintEvent] = field(default_factory=list)
    interactions: list[Interaction] = field(default_factory=list)
    # (kind, score, answered at, index into interactions or None for the complaint)
    answers: list[tuple[SurveyKind, int, datetime, int | None]] = field(
        default_factory=list
    )


async def seed_complaints(
    seed: int, *, anchor: date | None = None, limit: int | None = None
) -> dict:
    """Import the public complaints onto the existing customers; returns counts.

    ``limit`` imports only the first rows (by CFPB ID), for quick demos and tests.
    """
    counts = {"categories_added": await ensure_categories()}
    rows = await _rows_to_import(limit)
    if not rows:
        log.info("demo complaints imported already")
        return counts | _written([])
    customers = await (
        Customer.filter(archived_at__isnull=True)
        .order_by("id")
        .values_list("id", "branch_id")
    )
    if not customers:
        log.info("no customers; no complaints seeded")
        return counts | _written([])
    context = await _context(seed, anchor, [tuple(pair) for pair in customers])
    plans = [_plan(row, context) for row in rows]
    async with in_transaction():
        await _write(plans)
    log.info("demo complaints seeded", extra={"complaints": len(plans)})
    return counts | _written(plans)


def _written(plans: list[_Plan]) -> dict:
    return {
        "complaints": len(plans),
        "events": sum(len(p.events) for p in plans),
        "interactions": sum(len(p.interactions) for p in plans),
        "survey_responses": sum(len(p.answers) for p in plans),
    }


async def _context(seed: int, anchor: date | None, customers: list) -> _Context:
    calendar = bank_calendar()
    anchor = anchor or calendar.local_date(datetime.now(UTC))
    newest = max(date.fromisoformat(row["Date received"]) for row in cfpb_rows())
    weeks = ((anchor - timedelta(days=1)) - newest).days // 7
    categories = await ComplaintCategory.all().values_list("product", "issue", "id")
    return _Context(
        seed=seed,
        anchor=calendar.start_of(anchor),
        shift=timedelta(weeks=weeks),
        customers=customers,
        categories={(product, issue): id_ for product, issue, id_ in categories},
        teams=await _ensure_teams(),
    )


async def _ensure_teams() -> dict[str, int]:
    teams = {}
    for code, (name, agents) in TEAMS.items():
        team, _ = await Team.get_or_create(code=code, defaults={"name": name})
        for agent in agents:
            await TeamMember.get_or_create(team=team, staff=agent)
        teams[code] = team.id
    return teams


async def _rows_to_import(limit: int | None) -> list[dict]:
    rows = sorted(cfpb_rows(), key=lambda row: int(row["Complaint ID"]))[:limit]
    done = set(
        await Complaint.filter(
            external_ref__in=[row["Complaint ID"] for row in rows]
        ).values_list("external_ref", flat=True)
    )
    return [row for row in rows if row["Complaint ID"] not in done]


# --- one complaint's story ------------------------------------------------------------


def _plan(row: dict, context: _Context) -> _Plan:
    rng = random.Random(f"{context.seed}:{row['Complaint ID']}")
    customer_id, branch_id = context.customers[rng.randrange(len(context.customers))]
    outcome = OUTCOMES.get(row["Company response to consumer"])
    product = product_label(row["Product"])
    complaint = Complaint(
        customer_id=customer_id,
        category_id=context.categories[(product, row["Issue"])],
        channel=_channel(row, rng),
        severity=_severity(row, outcome, rng),
        description=_description(row),
        received_at=_received(row, outcome, rng, context),
        source=Source.IMPORT,
        external_ref=row["Complaint ID"],
        created_by=DEMO_ACTOR,
        version=1,
        reopen_count=0,
    )
    set_deadlines(complaint, policy())
    plan = _Plan(complaint, branch_id)
    plan.events.append(
        _event(complaint, ComplaintEventKind.FILED, None, complaint.received_at)
    )
    _contact(plan, complaint.channel, InteractionDirection.INBOUND, "complaint", None)
    _handle(plan, product, outcome, rng, context)
    return plan


def _channel(row: dict, rng: random.Random) -> ServiceChannel:
    if row["Submitted via"] in CHANNELS:
        return CHANNELS[row["Submitted via"]]
    return rng.choice((ServiceChannel.ONLINE, ServiceChannel.MOBILE))


def _severity(row: dict, outcome, rng: random.Random) -> ComplaintSeverity:
    issue = f"{row['Issue']} {row['Sub-issue']}".lower()
    if any(word in issue for word in ("fraud", "identity theft", "scam")):
        return ComplaintSeverity.CRITICAL
    if outcome is ComplaintOutcome.MONETARY_RELIEF:
        return ComplaintSeverity.HIGH
    if row["Consumer complaint narrative"].strip() or rng.random() < 0.3:
        return ComplaintSeverity.MEDIUM
    return ComplaintSeverity.LOW


def _description(row: dict) -> str:
    narrative = row["Consumer complaint narrative"].strip()
    if narrative:
        return narrative
    return ". ".join(part for part in (row["Issue"], row["Sub-issue"]) if part)


def _received(row: dict, outcome, rng: random.Random, context: _Context) -> datetime:
    """Settled: the real date moved by whole weeks; open: within the last 4 weeks."""
    calendar = bank_calendar()
    if outcome is None:
        day = calendar.local_date(context.anchor) - timedelta(days=rng.randint(1, 28))
    else:
        day = date.fromisoformat(row["Date received"]) + context.shift
    moment = datetime.combine(day, time(8), tzinfo=calendar.zone)
    return (moment + timedelta(minutes=rng.randint(0, 12 * 60))).astimezone(UTC)


def _handle(plan: _Plan, product: str, outcome, rng: random.Random, context: _Context):
    """Walk the complaint as far as the data says it got, but never past ``anchor``."""
    complaint = plan.complaint
    moment = complaint.received_at + timedelta(hours=rng.uniform(1, 30))
    if moment >= context.anchor or (outcome is None and rng.random() < 0.15):
        return  # still waiting for acknowledgement, in no one's queue
    _move(plan, S.ACKNOWLEDGED, moment)
    _assign(plan, product, rng, context, moment + timedelta(minutes=5))
    moment += timedelta(hours=rng.uniform(1, 48))
    if moment >= context.anchor or (outcome is None and rng.random() < 0.3):
        return
    _move(plan, S.INVESTIGATING, moment)
    moment += timedelta(days=rng.uniform(1, 18))
    if outcome is None or moment >= context.anchor:
        return
    _resolve(plan, outcome, rng, moment)
    moment += timedelta(days=rng.uniform(1, 5))
    if moment < context.anchor:
        _move(plan, S.CLOSED, moment)
    _answer(plan, outcome, rng, context, moment)


def _move(plan: _Plan, target: ComplaintStatus, moment: datetime) -> None:
    """One step through the workflow's own rules, recorded as its event."""
    complaint = plan.complaint
    check_transition(complaint, target, moment)
    note_breach(complaint, moment)
    before = complaint.status
    complaint.status = target
    stamp(complaint, target, moment)
    refresh_due(complaint, policy().at_risk_fraction)
    complaint.version += 1
    event = _event(complaint, ComplaintEventKind.TRANSITION, before, moment)
    event.changes = {"status": [before.value, target.value]}
    plan.events.append(event)


def _team_code(product: str) -> str:
    if product.startswith("Credit reporting"):
        return "credit-reports"
    return "cards-payments" if product in CARDS_PAYMENTS else "lending"


def _assign(plan: _Plan, product: str, rng, context: _Context, moment: datetime):
    code = _team_code(product)
    complaint = plan.complaint
    complaint.team_id = context.teams[code]
    complaint.assignee = rng.choice(TEAMS[code][1])
    complaint.version += 1
    event = _event(complaint, ComplaintEventKind.ASSIGNMENT, complaint.status, moment)
    event.changes = {
        "assignee": [None, complaint.assignee],
        "team_id": [None, complaint.team_id],
    }
    plan.events.append(event)


def _resolve(plan: _Plan, outcome, rng: random.Random, moment: datetime) -> None:
    complaint = plan.complaint
    complaint.outcome = outcome
    complaint.root_cause = rng.choice(ROOT_CAUSES)
    if outcome is ComplaintOutcome.MONETARY_RELIEF:
        complaint.redress_amount = Decimal(rng.randint(5, 500) * 10)
    _move(plan, S.RESOLVED, moment)
    plan.events[-1].changes["outcome"] = [None, outcome.value]
    call = moment + timedelta(minutes=10)
    _contact(
        plan,
        ServiceChannel.PHONE,
        InteractionDirection.OUTBOUND,
        "complaint resolution",
        call,
    )


def _event(complaint: Complaint, kind, from_status, moment: datetime) -> ComplaintEvent:
    return ComplaintEvent(
        customer_id=complaint.customer_id,
        kind=kind,
        from_status=from_status,
        to_status=complaint.status,
        actor=complaint.assignee or DEMO_ACTOR,
        at=moment,
        changes={},
        version=complaint.version,
    )


def _contact(plan: _Plan, channel, direction, purpose: str, moment: datetime | None):
    complaint = plan.complaint
    plan.interactions.append(
        Interaction(
            customer_id=complaint.customer_id,
            channel=channel,
            direction=direction,
            purpose=purpose,
            summary=_summary(complaint, purpose),
            staff=complaint.assignee,
            branch_id=plan.branch_id,
            occurred_at=moment or complaint.received_at,
            source=Source.IMPORT,
            recorded_by=DEMO_ACTOR,
        )
    )


def _summary(complaint: Complaint, purpose: str) -> str:
    if purpose == "complaint":
        return f"Complaint received (CFPB {complaint.external_ref})"
    return f"Resolution explained to the customer: {complaint.outcome.value}"


def _answer(plan: _Plan, outcome, rng: random.Random, context: _Context, moment):
    """Survey answers a day or two after the resolution, if before ``anchor``."""
    answered = moment + timedelta(hours=rng.uniform(2, 48))
    if answered >= context.anchor:
        return
    if rng.random() < CSAT_SHARE:
        plan.answers.append(
            (SurveyKind.CSAT, rng.choice(CSAT_SCORES[outcome]), answered, None)
        )
    if rng.random() < NPS_SHARE:
        score = rng.choice(NPS_SCORES[outcome])
        plan.answers.append(
            (SurveyKind.NPS, score, answered, len(plan.interactions) - 1)
        )


# --- writing --------------------------------------------------------------------------


async def _write(plans: list[_Plan]) -> None:
    await Complaint.bulk_create([p.complaint for p in plans], batch_size=500)
    refs = [p.complaint.external_ref for p in plans]
    ids = dict(
        await Complaint.filter(external_ref__in=refs).values_list("external_ref", "id")
    )
    for plan in plans:
        plan.complaint.id = ids[plan.complaint.external_ref]
        for event in plan.events:
            event.complaint_id = plan.complaint.id
    await ComplaintEvent.bulk_create(
        [e for p in plans for e in p.events], batch_size=1000
    )
    await _write_interactions(plans)
    await _write_answers(plans)


async def _write_interactions(plans: list[_Plan]) -> None:
    """Bulk inserts return no IDs: read them back in insertion order."""
    interactions = [i for p in plans for i in p.interactions]
    last = await Interaction.all().order_by("-id").first()
    await Interaction.bulk_create(interactions, batch_size=1000)
    new = Interaction.filter(id__gt=last.id if last else 0).order_by("id")
    ids = await new.values_list("id", flat=True)
    if len(ids) != len(interactions):
        raise RuntimeError("another writer added interactions during demo seeding")
    for interaction, id_ in zip(interactions, ids, strict=True):
        interaction.id = id_


async def _write_answers(plans: list[_Plan]) -> None:
    pairs = [(plan, answer) for plan in plans for answer in plan.answers]
    invitations = [_invitation(plan, answer) for plan, answer in pairs]
    await SurveyInvitation.bulk_create(invitations, batch_size=1000)
    hashes = [invitation.token_hash for invitation in invitations]
    ids = dict(
        await SurveyInvitation.filter(token_hash__in=hashes).values_list(
            "token_hash", "id"
        )
    )
    responses = [
        _response(plan, answer, ids[invitation.token_hash])
        for (plan, answer), invitation in zip(pairs, invitations, strict=True)
    ]
    await SurveyResponse.bulk_create(responses, batch_size=1000)


def _invitation(plan: _Plan, answer) -> SurveyInvitation:
    kind, _score, answered, index = answer
    complaint = plan.complaint
    sent = answered - timedelta(hours=1)
    return SurveyInvitation(
        kind=kind,
        # A token never handed out: the link is spent already, as answered.
        token_hash=token_hash(secrets.token_urlsafe(32)),
        customer_id=complaint.customer_id,
        interaction_id=plan.interactions[index].id if index is not None else None,
        complaint_id=None if index is not None else complaint.id,
        created_by=DEMO_ACTOR,
        created_at=sent,
        expires_at=sent + timedelta(days=14),
        used_at=answered,
    )


def _response(plan: _Plan, answer, invitation_id: int) -> SurveyResponse:
    kind, score, answered, index = answer
    complaint = plan.complaint
    interaction = plan.interactions[index] if index is not None else None
    return SurveyResponse(
        invitation_id=invitation_id,
        kind=kind,
        score=score,
        customer_id=complaint.customer_id,
        interaction_id=interaction.id if interaction else None,
        complaint_id=None if interaction else complaint.id,
        branch_id=plan.branch_id,
        channel=interaction.channel if interaction else complaint.channel,
        staff=complaint.assignee,
        answered_at=answered,
    )
