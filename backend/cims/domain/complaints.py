"""Complaints: filing, the handling workflow, deadlines, escalation and queues.

The workflow. Any step not in this table is refused with ``InvalidTransition``:

    from            to
    received        acknowledged, escalated
    acknowledged    investigating, escalated
    investigating   resolved, escalated
    escalated       investigating, resolved
    resolved        closed, reopened
    closed          reopened, within the reopen window after closing
    reopened        investigating, escalated

Deadlines: each severity has a number of business days to acknowledge and to
resolve, counted from receipt on the bank's calendar (``cims.domain.calendar``); a
reopened complaint gets a fresh resolution deadline counted from the reopening.
``due_at`` is the deadline still pending (acknowledgement until acknowledged, then
resolution); a complaint is at risk once ``at_risk_fraction`` of the time to it has
passed, and breached once it has passed. ``escalate_breached`` escalates breached
complaints; the scheduler or ``cims`` command calls it.

A complaint of a customer whose personal data is erased (it was resolved or closed
before the erasure, see ``cims.domain.erasure``) is not reopened and takes no new
free text: a comment, or a note (``reason``) on any other step, is refused with
``Refused("ALREADY_ERASED")``, since erasure overwrote the person's text and nothing
personal is added afterwards. Closing, assigning and recategorising it without a
note stay possible.

Every change bumps ``version`` (a stale version is a ``Conflict``), is written as a
``ComplaintEvent`` in the same transaction, and is then published on ``TOPIC``.

Policy comes from the environment (see ``ComplaintPolicy.from_env``); tests and the
command line can ``configure`` one.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from enum import Enum, StrEnum

from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from cims.auth.policy import is_branch_bound, permissions_for
from cims.domain import audit, events, principals
from cims.domain.access import (
    customer_in_scope,
    one_in_scope,
    require,
    scoped,
    writable_customer,
)
from cims.domain.actor import Actor
from cims.domain.calendar import bank_calendar, utc
from cims.domain.category_labels import PRODUCTS as CFPB_PRODUCTS
from cims.domain.category_labels import cfpb_labels, issue_zh, product_zh
from cims.domain.errors import (
    Conflict,
    FieldProblem,
    InvalidTransition,
    NotFound,
    PermissionDenied,
    Refused,
    ValidationFailed,
)
from cims.domain.inputs import (
    enum_value,
    raise_problems,
    text_problem,
    time_problem,
)
from cims.domain.interactions import link_problems
from cims.domain.paging import Edge, Page, decode_cursor, encode_cursor, page_size
from cims.domain.validation import Bad, parse_amount, parse_decimal
from cims.models import (
    Account,
    CategoryOrigin,
    Complaint,
    ComplaintCategory,
    ComplaintEvent,
    ComplaintEventKind,
    ComplaintOutcome,
    ComplaintSeverity,
    ComplaintStatus,
    Customer,
    ServiceChannel,
    Team,
    TeamMember,
    TriageCorrection,
)
from cims.models.enums import Source

log = logging.getLogger(__name__)

HANDLE = "complaint.handle"
# Filing: the counter's and the handlers' right; the steps after it are HANDLE's.
FILE = "complaint.file"

TOPIC = "complaints"
S = ComplaintStatus
ALLOWED: Mapping[ComplaintStatus, frozenset[ComplaintStatus]] = {
    S.RECEIVED: frozenset({S.ACKNOWLEDGED, S.ESCALATED}),
    S.ACKNOWLEDGED: frozenset({S.INVESTIGATING, S.ESCALATED}),
    S.INVESTIGATING: frozenset({S.RESOLVED, S.ESCALATED}),
    S.ESCALATED: frozenset({S.INVESTIGATING, S.RESOLVED}),
    S.RESOLVED: frozenset({S.CLOSED, S.REOPENED}),
    S.CLOSED: frozenset({S.REOPENED}),
    S.REOPENED: frozenset({S.INVESTIGATING, S.ESCALATED}),
}
OPEN = frozenset({S.RECEIVED, S.ACKNOWLEDGED, S.INVESTIGATING, S.ESCALATED, S.REOPENED})
# Open complaints that escalate_breached may still escalate.
ESCALATABLE = OPEN - {S.ESCALATED}

DESCRIPTION_MAX = 10_000
NOTE_MAX = 2_000
REDRESS_MAX = Decimal("1e15")
# Redress is paid in the currency the complaint row keeps: the currency of the
# account it names, else the column's default.
REDRESS_CURRENCY = "CNY"
CENT = Decimal("0.01")


# --- policy ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Deadline:
    acknowledge_days: int
    resolve_days: int


DEFAULT_DEADLINES = {
    ComplaintSeverity.LOW: Deadline(2, 15),
    ComplaintSeverity.MEDIUM: Deadline(1, 15),
    ComplaintSeverity.HIGH: Deadline(1, 10),
    ComplaintSeverity.CRITICAL: Deadline(1, 5),
}


@dataclass(frozen=True)
class ComplaintPolicy:
    """Deadlines and windows; business days are counted on ``bank_calendar()``."""

    deadlines: Mapping[ComplaintSeverity, Deadline] = field(
        default_factory=lambda: dict(DEFAULT_DEADLINES)
    )
    at_risk_fraction: float = 0.75
    reopen_window: timedelta = timedelta(days=30)
    # How far back a complaint's receipt may lie when it is filed: one received
    # long ago would count as breached at once in every statistic.
    backdate_window: timedelta = timedelta(days=365)

    def __post_init__(self) -> None:
        # Severities a configuration leaves out keep their default deadlines.
        merged = {**DEFAULT_DEADLINES, **self.deadlines}
        object.__setattr__(self, "deadlines", merged)

    @classmethod
    def from_env(cls) -> ComplaintPolicy:
        """Read ``CIMS_COMPLAINT_DEADLINES`` (``low=2/15,critical=1/5``: business
        days to acknowledge/resolve per severity; unnamed severities keep the
        defaults), ``CIMS_COMPLAINT_AT_RISK`` (a fraction, 0 to 1),
        ``CIMS_REOPEN_WINDOW_DAYS`` and ``CIMS_COMPLAINT_BACKDATE_DAYS``.
        """
        return cls(
            deadlines=parse_deadlines(os.environ.get("CIMS_COMPLAINT_DEADLINES", "")),
            at_risk_fraction=float(os.environ.get("CIMS_COMPLAINT_AT_RISK", "0.75")),
            reopen_window=timedelta(
                days=int(os.environ.get("CIMS_REOPEN_WINDOW_DAYS", "30"))
            ),
            backdate_window=timedelta(
                days=int(os.environ.get("CIMS_COMPLAINT_BACKDATE_DAYS", "365"))
            ),
        )


def parse_deadlines(text: str) -> dict[ComplaintSeverity, Deadline]:
    deadlines = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        severity, days = part.split("=")
        acknowledge, resolve = days.split("/")
        deadlines[ComplaintSeverity(severity.strip())] = Deadline(
            int(acknowledge), int(resolve)
        )
    return deadlines


_policy: ComplaintPolicy | None = None


def policy() -> ComplaintPolicy:
    global _policy
    if _policy is None:
        _policy = ComplaintPolicy.from_env()
    return _policy


def configure(new: ComplaintPolicy | None) -> None:
    """Use ``new`` from now on; ``None`` goes back to the environment's policy."""
    global _policy
    _policy = new


# --- reading --------------------------------------------------------------------------


async def get_complaint(actor: Actor, complaint_id: int) -> Complaint:
    return await _load(actor, complaint_id, "complaint.read")


async def get_event(actor: Actor, event_id: int) -> ComplaintEvent:
    """One entry of a complaint's history, when its complaint is readable."""
    require(actor, "complaint.read")
    event = await ComplaintEvent.get_or_none(id=event_id)
    if event is None:
        raise NotFound("ComplaintEvent")
    await _load(actor, event.complaint_id, "complaint.read")
    return event


async def get_category(actor: Actor, category_id: int) -> ComplaintCategory:
    """A category, retired ones too (old complaints still name them)."""
    require(actor, "complaint.read")
    category = await ComplaintCategory.get_or_none(id=category_id)
    if category is None:
        raise NotFound("ComplaintCategory")
    return category


async def get_team(actor: Actor, team_id: int) -> Team:
    require(actor, "complaint.read")
    team = await Team.get_or_none(id=team_id)
    if team is None:
        raise NotFound("Team")
    return team


async def complaint_history(actor: Actor, complaint_id: int) -> list[ComplaintEvent]:
    """The complaint's events, oldest first."""
    await _load(actor, complaint_id, "complaint.read")
    return await ComplaintEvent.filter(complaint_id=complaint_id).order_by("at", "id")


async def customer_complaints(
    actor: Actor, customer_id: int, first: int | None = 20, after: str | None = None
) -> Page[Complaint]:
    """A customer's complaints, newest first."""
    require(actor, "complaint.read")
    await customer_in_scope(actor, customer_id)
    query = Complaint.filter(customer_id=customer_id)
    return await _keyset(query, "received_at", first, after, descending=True)


async def _load(actor: Actor, complaint_id: int, permission: str) -> Complaint:
    require(actor, permission)
    return await one_in_scope(actor, Complaint, complaint_id)


@dataclass(frozen=True)
class DeadlineState:
    due_at: datetime | None
    at_risk: bool
    breached: bool


def deadline_state(complaint: Complaint, now: datetime | None = None) -> DeadlineState:
    """Whether the pending deadline is at risk or has passed; a complaint no longer
    pending counts as breached if a deadline passed while it was open."""
    now = utc(now)
    if complaint.due_at is None:
        return DeadlineState(None, False, complaint.breached_at is not None)
    breached = now >= complaint.due_at
    at_risk = (
        not breached
        and complaint.at_risk_at is not None
        and now >= complaint.at_risk_at
    )
    return DeadlineState(complaint.due_at, at_risk, breached)


# --- filing ---------------------------------------------------------------------------


async def file_complaint(
    actor: Actor,
    customer_id: int,
    *,
    category_id: int,
    description: str,
    severity: ComplaintSeverity | str,
    channel: ServiceChannel | str,
    product_id: int | None = None,
    account_id: int | None = None,
    received_at: datetime | None = None,
    assignee: str | None = None,
    team_id: int | None = None,
    source: Source = Source.MANUAL,
    external_ref: str | None = None,
    now: datetime | None = None,
) -> Complaint:
    """File a complaint received through any channel; it starts as received.

    Filing takes ``complaint.file``; naming an assignee or a team at filing is
    a handling step and takes ``complaint.handle`` too."""
    require(actor, FILE)
    for name, given in (("assignee", assignee), ("team_id", team_id)):
        if given is not None and not actor.can(HANDLE):
            raise PermissionDenied(HANDLE, field=name)
    customer = await writable_customer(actor, customer_id)  # erased: refused
    now = utc(now)
    received_at = received_at or now
    assignee = await _assignee(assignee, customer.branch_id)
    problems = [
        text_problem(description, "description", DESCRIPTION_MAX),
        time_problem(received_at, "receivedAt", now)
        or _backdate_problem(received_at, now, policy()),
        assignee,
        *await link_problems(customer, account_id, product_id),
        *await _reference_problems(category_id, team_id),
        await _external_ref_problem(external_ref),
    ]
    severity = enum_value(ComplaintSeverity, severity, "severity")
    channel = enum_value(ServiceChannel, channel, "channel")
    raise_problems([*problems, severity, channel])
    account_product, currency = await _account_terms(account_id)
    complaint = Complaint(
        customer=customer,
        category_id=category_id,
        product_id=product_id or account_product,
        account_id=account_id,
        redress_currency=currency,
        channel=channel,
        severity=severity,
        description=description.strip(),
        assignee=assignee,
        team_id=team_id,
        received_at=received_at.astimezone(UTC),
        source=source,
        external_ref=external_ref,
        created_by=actor.subject,
    )
    set_deadlines(complaint, policy())
    async with in_transaction() as conn:
        await complaint.save(using_db=conn)
        kind = ComplaintEventKind.FILED
        event = _event(complaint, actor, kind, None, None, {}, complaint.received_at)
        await event.save(using_db=conn)
        await _audit(actor, complaint, event, FILED_FIELDS, conn)
    await _publish(complaint, event)
    return complaint


def _backdate_problem(
    received_at: datetime, now: datetime, rules: ComplaintPolicy
) -> FieldProblem | None:
    if received_at >= now - rules.backdate_window:
        return None
    days = rules.backdate_window.days
    return FieldProblem(
        "receivedAt",
        "TOO_OLD",
        f"Received more than {days} days ago; file complaints within {days} days",
    )


def set_deadlines(complaint: Complaint, rules: ComplaintPolicy) -> None:
    """The acknowledgement and resolution deadlines of a complaint just received."""
    deadline = rules.deadlines[complaint.severity]
    calendar = bank_calendar()
    complaint.ack_due_at = calendar.deadline(
        complaint.received_at, deadline.acknowledge_days
    )
    complaint.resolve_due_at = calendar.deadline(
        complaint.received_at, deadline.resolve_days
    )
    refresh_due(complaint, rules.at_risk_fraction)


def refresh_due(complaint: Complaint, at_risk_fraction: float) -> None:
    """Point ``due_at`` and ``at_risk_at`` at the deadline now pending, if any."""
    if complaint.status in (S.RESOLVED, S.CLOSED):
        complaint.due_at = complaint.at_risk_at = None
        return
    if complaint.acknowledged_at is None:
        start, due = complaint.received_at, complaint.ack_due_at
    else:
        start, due = (
            complaint.reopened_at or complaint.received_at,
            complaint.resolve_due_at,
        )
    complaint.due_at = due
    complaint.at_risk_at = start + (due - start) * at_risk_fraction


async def _reference_problems(
    category_id: int, team_id: int | None
) -> list[FieldProblem]:
    problems = []
    if not await ComplaintCategory.exists(id=category_id, active=True):
        problems.append(FieldProblem("categoryId", "NOT_FOUND", "No such category"))
    if team_id is not None and not await Team.exists(id=team_id):
        problems.append(FieldProblem("teamId", "NOT_FOUND", "No such team"))
    return problems


async def _external_ref_problem(external_ref: str | None) -> FieldProblem | None:
    """Another system filing twice the complaint it knows by one ID is refused."""
    if external_ref is None:
        return None
    if not external_ref.strip() or len(external_ref) > 32:
        return FieldProblem("externalRef", "INVALID", "1 to 32 characters")
    if await Complaint.exists(external_ref=external_ref):
        return FieldProblem("externalRef", "DUPLICATE", "Filed already")
    return None


async def _assignee(value: str | None, branch_id: int) -> str | FieldProblem | None:
    """The subject of the staff member ``value`` names, who must be an active
    handler (complaint.handle) able to work on the customer's branch."""
    return await principals.staff_on_duty(value, "assignee", branch_id, HANDLE)


@dataclass(frozen=True)
class Assignable:
    """A handler a complaint can go to: the name to assign by and to show."""

    username: str
    display_name: str


async def assignable_staff(
    actor: Actor, complaint_id: int | None = None
) -> list[Assignable]:
    """The active handlers the actor may give a complaint to, by display name:
    those able to work on the complaint's branch (with ``complaint_id``), else on
    the actor's branch (everyone's handlers for an actor bound to none). The staff
    accounts CIMS keeps; a provider's user who has none cannot be assigned."""
    require(actor, HANDLE)
    if complaint_id is not None:
        complaint = await _load(actor, complaint_id, HANDLE)
        branch_id = await Customer.get(id=complaint.customer_id).values_list(
            "branch_id", flat=True
        )
    else:
        branch_id = actor.branch_id
    found = []
    for staff in await principals.active_staff():
        roles = staff.roles or []
        if HANDLE not in permissions_for(roles):
            continue
        elsewhere = branch_id is not None and staff.branch_id != branch_id
        if elsewhere and is_branch_bound(roles):
            continue
        found.append(Assignable(staff.username, staff.display_name))
    return sorted(found, key=lambda one: (one.display_name.casefold(), one.username))


async def _account_terms(account_id: int | None) -> tuple[int | None, str]:
    """The product of the account a complaint names, and the currency its
    redress is paid in: the account's, or CNY when it names none."""
    if account_id is None:
        return None, REDRESS_CURRENCY
    account = await Account.get(id=account_id)
    return account.product_id, account.currency


# --- the workflow ---------------------------------------------------------------------


async def transition(
    actor: Actor,
    complaint_id: int,
    version: int,
    target: ComplaintStatus | str,
    *,
    reason: str | None = None,
    now: datetime | None = None,
) -> Complaint:
    """Any step that needs no more than a reason; escalating and reopening need one.
    Resolving needs an outcome and a root cause: that step is ``resolve``."""
    target = enum_value(ComplaintStatus, target, "to")
    raise_problems([target])
    if target is S.RESOLVED:
        message = "Resolving needs an outcome and a root cause"
        raise ValidationFailed.one("to", "NEEDS_RESOLUTION", message)
    if target in (S.ESCALATED, S.REOPENED):
        raise_problems([text_problem(reason, "reason", NOTE_MAX)])
    return await _move(actor, complaint_id, version, target, reason, now)


async def acknowledge(
    actor: Actor,
    complaint_id: int,
    version: int,
    *,
    reason: str | None = None,
    now: datetime | None = None,
) -> Complaint:
    return await _move(actor, complaint_id, version, S.ACKNOWLEDGED, reason, now)


async def start_investigation(
    actor: Actor,
    complaint_id: int,
    version: int,
    *,
    reason: str | None = None,
    now: datetime | None = None,
) -> Complaint:
    return await _move(actor, complaint_id, version, S.INVESTIGATING, reason, now)


async def escalate(
    actor: Actor,
    complaint_id: int,
    version: int,
    *,
    reason: str,
    now: datetime | None = None,
) -> Complaint:
    raise_problems([text_problem(reason, "reason", NOTE_MAX)])
    return await _move(actor, complaint_id, version, S.ESCALATED, reason, now)


async def resolve(
    actor: Actor,
    complaint_id: int,
    version: int,
    *,
    outcome: ComplaintOutcome | str,
    root_cause: str,
    redress_amount: Decimal | str | None = None,
    reason: str | None = None,
    now: datetime | None = None,
) -> Complaint:
    """Resolve with an outcome, a root cause and, for monetary relief, the redress."""
    outcome = enum_value(ComplaintOutcome, outcome, "outcome")
    amount = _redress(outcome, redress_amount)
    raise_problems([outcome, amount, text_problem(root_cause, "rootCause", NOTE_MAX)])

    def settle(complaint: Complaint) -> None:
        redress = amount
        if redress is not None:
            # The one money rule, in the complaint's currency: more decimals than
            # it has is refused, never rounded (5.129 is not 5.13).
            redress = _in_currency(redress, complaint.redress_currency)
        complaint.outcome = outcome
        complaint.root_cause = root_cause.strip()
        complaint.redress_amount = redress

    return await _move(actor, complaint_id, version, S.RESOLVED, reason, now, settle)


async def close(
    actor: Actor,
    complaint_id: int,
    version: int,
    *,
    reason: str | None = None,
    now: datetime | None = None,
) -> Complaint:
    return await _move(actor, complaint_id, version, S.CLOSED, reason, now)


async def reopen(
    actor: Actor,
    complaint_id: int,
    version: int,
    *,
    reason: str,
    now: datetime | None = None,
) -> Complaint:
    """Reopen a resolved complaint, or a closed one within the reopen window."""
    raise_problems([text_problem(reason, "reason", NOTE_MAX)])
    return await _move(actor, complaint_id, version, S.REOPENED, reason, now)


def _redress(outcome, amount: Decimal | str | None) -> Decimal | FieldProblem | None:
    """Monetary relief needs a positive amount; other outcomes take none."""
    monetary = outcome is ComplaintOutcome.MONETARY_RELIEF
    if amount is None or amount == "":
        if monetary:
            return FieldProblem(
                "redressAmount", "REQUIRED", "Monetary relief needs an amount"
            )
        return None
    try:
        value = parse_decimal(amount)
    except Bad as bad:
        return FieldProblem("redressAmount", "INVALID", bad.message)
    if not monetary:
        return FieldProblem("redressAmount", "NOT_ALLOWED", "Only for monetary relief")
    if not Decimal(0) < value < REDRESS_MAX:
        return FieldProblem(
            "redressAmount", "OUT_OF_RANGE", "Must be a positive amount"
        )
    return value


def _in_currency(amount: Decimal, currency: str) -> Decimal:
    try:
        return parse_amount(amount, currency).quantize(CENT)
    except Bad as bad:
        raise ValidationFailed.one("redressAmount", bad.code, bad.message) from None


def stamp(complaint: Complaint, target: ComplaintStatus, now: datetime) -> None:
    """Record the milestone ``target`` reaches."""
    if target in (S.ACKNOWLEDGED, S.INVESTIGATING, S.RESOLVED):
        # Investigating or resolving an escalated complaint that was never
        # acknowledged acknowledges it.
        complaint.acknowledged_at = complaint.acknowledged_at or now
    if target is S.ESCALATED:
        complaint.escalated_at = now
    elif target is S.RESOLVED:
        complaint.resolved_at = now
    elif target is S.CLOSED:
        complaint.closed_at = now
    elif target is S.REOPENED:
        _reopen(complaint, now)


def _reopen(complaint: Complaint, now: datetime) -> None:
    rules = policy()
    days = rules.deadlines[complaint.severity].resolve_days
    complaint.reopened_at = now
    complaint.reopen_count += 1
    complaint.resolve_due_at = bank_calendar().deadline(now, days)
    complaint.resolved_at = complaint.closed_at = None
    complaint.outcome = complaint.root_cause = complaint.redress_amount = None


def check_transition(
    complaint: Complaint, target: ComplaintStatus, now: datetime
) -> None:
    current = complaint.status
    allowed = ALLOWED[current]
    if target not in allowed:
        raise InvalidTransition("Complaint", current, target, _names(allowed))
    window = policy().reopen_window
    if current is S.CLOSED and now - complaint.closed_at > window:
        why = f"it was closed more than {window.days} days ago"
        raise InvalidTransition("Complaint", current, target, [], why)


async def _move(
    actor: Actor,
    complaint_id: int,
    version: int,
    target: ComplaintStatus,
    reason: str | None,
    now: datetime | None,
    settle: Callable[[Complaint], None] | None = None,
) -> Complaint:
    raise_problems([_optional_note(reason)])

    def apply(complaint: Complaint, moment: datetime) -> None:
        check_transition(complaint, target, moment)
        complaint.status = target
        stamp(complaint, target, moment)
        if settle:
            settle(complaint)

    kind = ComplaintEventKind.TRANSITION
    reopening = target is S.REOPENED
    return await _change(
        actor, complaint_id, version, apply, kind, reason, now, reopening=reopening
    )


def _optional_note(reason: str | None) -> FieldProblem | None:
    return None if reason is None else text_problem(reason, "reason", NOTE_MAX)


# --- assignment and category ----------------------------------------------------------


async def assign(
    actor: Actor,
    complaint_id: int,
    version: int,
    *,
    assignee: str | None,
    team_id: int | None,
    reason: str | None = None,
    now: datetime | None = None,
) -> Complaint:
    """Give the complaint to a person, a team's queue, both, or (both None) nobody."""
    current = await _load(actor, complaint_id, HANDLE)
    branch_id = await Customer.get(id=current.customer_id).values_list(
        "branch_id", flat=True
    )
    subject = await _assignee(assignee, branch_id)
    problems = [subject, _optional_note(reason)]
    if team_id is not None and not await Team.exists(id=team_id):
        problems.append(FieldProblem("teamId", "NOT_FOUND", "No such team"))
    raise_problems(problems)

    def apply(complaint: Complaint, _now: datetime) -> None:
        _refuse_if_closed(complaint, "assigned")
        complaint.assignee, complaint.team_id = subject, team_id

    kind = ComplaintEventKind.ASSIGNMENT
    return await _change(actor, complaint_id, version, apply, kind, reason, now)


async def recategorise(
    actor: Actor,
    complaint_id: int,
    version: int,
    *,
    category_id: int,
    reason: str | None = None,
    now: datetime | None = None,
) -> Complaint:
    problems = [_optional_note(reason), *await _reference_problems(category_id, None)]
    raise_problems(problems)

    def apply(complaint: Complaint, _now: datetime) -> None:
        _refuse_if_closed(complaint, "recategorised")
        complaint.category_id = category_id

    kind = ComplaintEventKind.RECATEGORISED
    return await _change(actor, complaint_id, version, apply, kind, reason, now)


async def comment(
    actor: Actor,
    complaint_id: int,
    version: int,
    *,
    text: str,
    now: datetime | None = None,
) -> Complaint:
    """A note in the complaint's history, for colleagues; it changes no field but
    takes a version like any change, so a note never interleaves unseen with one."""
    raise_problems([text_problem(text, "text", NOTE_MAX)])
    now = utc(now)
    complaint = await _load(actor, complaint_id, "complaint.handle")
    if complaint.version != version:
        raise Conflict("Complaint", complaint.version)
    _refuse_if_closed(complaint, "commented on")
    await _refuse_if_erased(complaint, adds_text=True)
    kind = ComplaintEventKind.COMMENT
    event = _event(complaint, actor, kind, complaint.status, text, {}, now)
    await _save(actor, complaint, version, {}, event)
    await _publish(complaint, event)
    return complaint


def _refuse_if_closed(complaint: Complaint, action: str) -> None:
    if complaint.status is S.CLOSED:
        raise InvalidTransition(
            "Complaint", S.CLOSED, action, _names(ALLOWED[S.CLOSED])
        )


async def _refuse_if_erased(
    complaint: Complaint, *, adds_text: bool, reopening: bool = False
) -> None:
    """``ALREADY_ERASED`` for reopening, or adding text to, an erased customer's
    complaint: its person's free text is overwritten and nothing personal returns."""
    if not (adds_text or reopening):
        return
    erased = await Customer.filter(
        id=complaint.customer_id, erased_at__not_isnull=True
    ).exists()
    if erased:
        what = "reopened" if reopening else "given new notes"
        message = (
            f"The customer's personal data is erased: the complaint cannot be {what}"
        )
        raise Refused("ALREADY_ERASED", message)


def _names(statuses) -> list[str]:
    return sorted(status.value for status in statuses)


# --- saving a change ------------------------------------------------------------------

TRACKED = (
    "status",
    "assignee",
    "team_id",
    "category_id",
    "acknowledged_at",
    "resolved_at",
    "closed_at",
    "escalated_at",
    "reopened_at",
    "resolve_due_at",
    "due_at",
    "at_risk_at",
    "breached_at",
    "outcome",
    "root_cause",
    "redress_amount",
    "reopen_count",
)


async def _change(
    actor: Actor,
    complaint_id: int,
    version: int,
    apply: Callable[[Complaint, datetime], None],
    kind: ComplaintEventKind,
    reason: str | None,
    now: datetime | None,
    *,
    reopening: bool = False,
) -> Complaint:
    """Load, check the version, apply, save with the event, publish."""
    now = utc(now)
    complaint = await _load(actor, complaint_id, "complaint.handle")
    if complaint.version != version:
        raise Conflict("Complaint", complaint.version)
    await _refuse_if_erased(
        complaint, adds_text=reason is not None, reopening=reopening
    )
    before = {name: getattr(complaint, name) for name in TRACKED}
    from_status = complaint.status
    note_breach(complaint, now)
    apply(complaint, now)
    refresh_due(complaint, policy().at_risk_fraction)
    changed = {
        n: getattr(complaint, n) for n in TRACKED if getattr(complaint, n) != before[n]
    }
    if not changed:
        return complaint
    diff = {name: [_plain(before[name]), _plain(new)] for name, new in changed.items()}
    event = _event(complaint, actor, kind, from_status, reason, diff, now)
    await _save(actor, complaint, version, changed, event)
    await _publish(complaint, event)
    return complaint


def note_breach(complaint: Complaint, now: datetime) -> None:
    """Remember that the pending deadline passed unmet, before it moves on."""
    if complaint.due_at is not None and now >= complaint.due_at:
        complaint.breached_at = complaint.breached_at or complaint.due_at


async def _save(
    actor: Actor,
    complaint: Complaint,
    version: int,
    changed: dict,
    event: ComplaintEvent,
) -> None:
    """Write the change only if nobody wrote since ``version`` was read, with its
    event and its audit event; the filtered update is what catches a race the
    first check missed."""
    async with in_transaction() as conn:
        count = await (
            Complaint.filter(id=complaint.id, version=version)
            .using_db(conn)
            .update(**changed, version=version + 1, updated_at=event.at)
        )
        if count == 0:
            current = await Complaint.get(id=complaint.id).using_db(conn)
            raise Conflict("Complaint", current.version)
        complaint.version = event.version = version + 1
        complaint.updated_at = event.at
        await event.save(using_db=conn)
        fields = ["comment"] if event.kind is ComplaintEventKind.COMMENT else changed
        await _audit(actor, complaint, event, fields, conn)


# What the audit trail calls each kind of change; the complaint's own history
# keeps the values, the trail only which fields changed.
AUDIT_ACTIONS = {
    ComplaintEventKind.FILED: "complaint.file",
    ComplaintEventKind.TRANSITION: "complaint.transition",
    ComplaintEventKind.ASSIGNMENT: "complaint.assign",
    ComplaintEventKind.RECATEGORISED: "complaint.recategorise",
    ComplaintEventKind.COMMENT: "complaint.comment",
}
FILED_FIELDS = (
    "customer_id",
    "category_id",
    "description",
    "severity",
    "channel",
    "received_at",
)


async def _audit(actor, complaint, event: ComplaintEvent, fields, conn) -> None:
    """The audit event of one complaint change: field names, the history entry's
    ID and, for a step, the statuses from and to (codes, never text typed)."""
    details = {"complaint_event_id": event.id}
    if event.kind is ComplaintEventKind.TRANSITION:
        details.update(
            {"from": _plain(event.from_status), "to": _plain(event.to_status)}
        )
    if event.kind is ComplaintEventKind.FILED:
        optional = ("product_id", "account_id", "assignee", "team_id", "external_ref")
        fields = [*fields, *(n for n in optional if getattr(complaint, n) is not None)]
    await audit.record(
        actor,
        AUDIT_ACTIONS[event.kind],
        "Complaint",
        complaint.id,
        fields,
        details=details,
        customer_id=complaint.customer_id,
        conn=conn,
    )


def _event(complaint, actor, kind, from_status, reason, changes, at) -> ComplaintEvent:
    """The record of one change, not yet saved."""
    return ComplaintEvent(
        complaint_id=complaint.id,
        customer_id=complaint.customer_id,
        kind=kind,
        from_status=from_status,
        to_status=complaint.status,
        actor=actor.subject,
        at=at,
        reason=reason.strip() if reason else None,
        changes=changes,
        version=complaint.version,
    )


def _plain(value):
    """A JSON-ready form of a column value, for the event's record of the change."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


async def _publish(complaint: Complaint, event: ComplaintEvent) -> None:
    await events.publish(
        TOPIC,
        {
            "complaint_id": complaint.id,
            "customer_id": complaint.customer_id,
            "event_id": event.id,
            "kind": event.kind.value,
            "status": complaint.status.value,
            "version": complaint.version,
            "at": event.at.isoformat(),
        },
    )


# --- escalation -----------------------------------------------------------------------

SYSTEM = Actor.system(frozenset({"complaint.read", "complaint.handle"}))


async def escalate_breached(now: datetime | None = None) -> list[int]:
    """Escalate every open complaint whose pending deadline has passed.

    Returns the IDs escalated. A complaint changed by staff meanwhile is left for the
    next run rather than overwritten.
    """
    now = utc(now)
    due = await Complaint.filter(
        status__in=list(ESCALATABLE), due_at__lte=now
    ).order_by("due_at", "id")
    escalated = []
    for complaint in due:
        which = "acknowledgement" if complaint.acknowledged_at is None else "resolution"
        reason = f"The {which} deadline passed"
        try:
            await escalate(
                SYSTEM, complaint.id, complaint.version, reason=reason, now=now
            )
        except (Conflict, InvalidTransition):
            log.info(
                "escalation skipped; changed meanwhile",
                extra={"complaint_id": complaint.id},
            )
            continue
        escalated.append(complaint.id)
    log.info("breached complaints escalated", extra={"count": len(escalated)})
    return escalated


# --- queues ---------------------------------------------------------------------------


class Queue(StrEnum):
    MINE = "mine"  # assigned to the actor, not closed
    TEAM = "team"  # in the queue of a team the actor belongs to, not closed
    UNASSIGNED = "unassigned"  # neither a person nor a team, not closed
    AT_RISK = "at_risk"  # pending deadline near
    BREACHED = "breached"  # pending deadline passed
    FILED = "filed"  # filed by the actor (a teller at the counter), not closed


async def queue(
    actor: Actor,
    name: Queue | str,
    *,
    now: datetime | None = None,
    first: int | None = 20,
    after: str | None = None,
) -> Page[Complaint]:
    """Work queues: the oldest first, or the most urgent first for deadline queues."""
    require(actor, "complaint.read")
    name = Queue(name)
    query = await queue_query(actor, name, utc(now))
    sort = "due_at" if name in (Queue.AT_RISK, Queue.BREACHED) else "received_at"
    return await _keyset(query, sort, first, after)


async def in_queue(
    actor: Actor, complaint_id: int, name: Queue | str, now: datetime | None = None
) -> bool:
    """Whether the complaint is in the actor's queue ``name`` now (for live updates:
    a change can move a complaint into a queue or out of it)."""
    require(actor, "complaint.read")
    query = await queue_query(actor, Queue(name), utc(now))
    return await query.filter(id=complaint_id).exists()


async def queue_query(actor: Actor, name: Queue, now: datetime):
    """The complaints in queue ``name``, unordered, within the actor's scope."""
    query = scoped(actor, Complaint.all())
    if name is Queue.AT_RISK:
        query = query.filter(at_risk_at__lte=now, due_at__gt=now)
    elif name is Queue.BREACHED:
        query = query.filter(due_at__lte=now)
    else:
        query = query.filter(status__not=S.CLOSED)
    if name is Queue.MINE:
        query = query.filter(assignee=actor.subject)
    elif name is Queue.TEAM:
        teams = await TeamMember.filter(staff=actor.subject).values_list(
            "team_id", flat=True
        )
        query = query.filter(team_id__in=list(teams))
    elif name is Queue.UNASSIGNED:
        query = query.filter(assignee__isnull=True, team_id__isnull=True)
    elif name is Queue.FILED:
        query = query.filter(created_by=actor.subject)
    return query


async def _keyset(query, sort: str, first, after, descending: bool = False) -> Page:
    limit = page_size(first)
    total = await query.count()
    if after:
        at, id_ = decode_cursor(after, 2)
        moment = _cursor_time(at)
        op = "lt" if descending else "gt"
        query = query.filter(
            Q(**{f"{sort}__{op}": moment}) | Q(**{sort: moment, f"id__{op}": id_})
        )
    order = (f"-{sort}", "-id") if descending else (sort, "id")
    rows = await query.order_by(*order).limit(limit + 1)
    edges = [
        Edge(encode_cursor(getattr(r, sort).isoformat(), r.id), r) for r in rows[:limit]
    ]
    return Page(edges, has_next_page=len(rows) > limit, total_count=total)


def _cursor_time(text) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except (TypeError, ValueError):
        moment = None
    if moment is None or moment.tzinfo is None:
        raise ValidationFailed.one("after", "INVALID_CURSOR", "Not a valid cursor")
    return utc(moment)


# --- the category taxonomy ------------------------------------------------------------


async def list_categories(
    actor: Actor, include_inactive: bool = False
) -> list[ComplaintCategory]:
    require(actor, "complaint.read")
    query = (
        ComplaintCategory.all()
        if include_inactive
        else ComplaintCategory.filter(active=True)
    )
    return await query.order_by("product", "issue")


CODE_MAX = 100
_CODE = re.compile(r"[a-z0-9][a-z0-9_.-]*")
CFPB_PRODUCT_CODES = frozenset(label.code for label in CFPB_PRODUCTS.values())


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


def _code_problem(code: str) -> FieldProblem | None:
    if len(code) > CODE_MAX:
        return FieldProblem("code", "TOO_LONG", f"At most {CODE_MAX} characters")
    if not _CODE.fullmatch(code):
        return FieldProblem(
            "code",
            "INVALID",
            "Lower-case letters, digits, '_', '.' and '-', starting with a letter "
            "or digit",
        )
    if code.split(".")[0] in CFPB_PRODUCT_CODES:
        return FieldProblem(
            "code", "RESERVED", "Codes of CFPB products are kept for CFPB categories"
        )
    return None


def _one_line(text: str) -> str:
    return " ".join(text.split())


async def add_category(
    actor: Actor,
    product: str,
    issue: str,
    *,
    product_zh: str,
    issue_zh: str,
    code: str | None = None,
) -> ComplaintCategory:
    """The bank extends the taxonomy with a product, an issue, or both, named in
    English and Chinese. Without ``code``, one is made from the English labels."""
    require(actor, "complaint.handle")
    raise_problems(
        [
            text_problem(product, "product", 120),
            text_problem(issue, "issue", 200),
            text_problem(product_zh, "productZh", 120),
            text_problem(issue_zh, "issueZh", 200),
            None if code is None else _code_problem(code.strip()),
        ]
    )
    product, issue = _one_line(product), _one_line(issue)
    if code is None:
        code = f"bank.{_slug(product)}.{_slug(issue)}"[:CODE_MAX].rstrip("._")
    code = code.strip()
    if await ComplaintCategory.exists(product=product, issue=issue):
        raise ValidationFailed.one("issue", "DUPLICATE", "This category exists already")
    if await ComplaintCategory.exists(code=code):
        raise ValidationFailed.one(
            "code", "DUPLICATE", "Another category has this code"
        )
    async with in_transaction() as conn:
        category = await ComplaintCategory.create(
            code=code,
            product=product,
            issue=issue,
            product_zh=_one_line(product_zh),
            issue_zh=_one_line(issue_zh),
            origin=CategoryOrigin.BANK,
            using_db=conn,
        )
        fields = ["code", "product", "issue", "product_zh", "issue_zh"]
        await audit.record(
            actor,
            "complaint_category.add",
            "ComplaintCategory",
            category.id,
            fields,
            conn=conn,
        )
    return category


async def relabel_category(
    actor: Actor,
    category_id: int,
    *,
    product_zh: str | None = None,
    issue_zh: str | None = None,
    active: bool | None = None,
) -> ComplaintCategory:
    """Reword a category's Chinese labels, or retire or restore it. The code and the
    English labels stay: complaints, reports and training data refer to them. The
    Chinese labels of CFPB categories come from ``category_labels`` and are set
    again from it by ``ensure_categories``; only the bank's own are edited here."""
    require(actor, "complaint.handle")
    category = await ComplaintCategory.get_or_none(id=category_id)
    if category is None:
        raise NotFound("ComplaintCategory")
    labels = {"productZh": product_zh, "issueZh": issue_zh}
    if category.origin == CategoryOrigin.CFPB and any(labels.values()):
        raise ValidationFailed.one(
            "productZh" if product_zh is not None else "issueZh",
            "READ_ONLY",
            "The Chinese labels of CFPB categories are kept in the product's table",
        )
    raise_problems(
        [
            text_problem(value, name, 120 if name == "productZh" else 200)
            for name, value in labels.items()
            if value is not None
        ]
    )
    changed = {
        "product_zh": None if product_zh is None else _one_line(product_zh),
        "issue_zh": None if issue_zh is None else _one_line(issue_zh),
        "active": active,
    }
    changed = {
        name: value
        for name, value in changed.items()
        if value is not None and value != getattr(category, name)
    }
    if not changed:
        return category
    for name, value in changed.items():
        setattr(category, name, value)
    async with in_transaction() as conn:
        await category.save(update_fields=list(changed), using_db=conn)
        await audit.record(
            actor,
            "complaint_category.update",
            "ComplaintCategory",
            category.id,
            list(changed),
            conn=conn,
        )
    return category


async def ensure_categories() -> int:
    """Seed the taxonomy from the public complaint data; returns how many were added.

    Categories seeded before get the codes and Chinese labels of ``category_labels``
    again, so a corrected label reaches existing databases on the next run. A pair the
    table lacks is refused (``tests/domain/test_category_labels.py`` says which)."""
    # Imported here: scikit-learn takes a second to load and few callers need it.
    from cims.analytics.triage import cfpb_categories

    # Rows the bank added are left as they are, even when the data gains their pair.
    existing = {(row.product, row.issue): row for row in await ComplaintCategory.all()}
    new, changed = [], []
    for product, issue in cfpb_categories():
        labels = cfpb_labels(product, issue)
        if labels is None:
            raise LookupError(f"No code or Chinese label for {product!r} / {issue!r}")
        row = existing.get((product, issue))
        if row is None:
            new.append(
                ComplaintCategory(
                    code=labels.code,
                    product=product,
                    issue=issue,
                    product_zh=labels.product_zh,
                    issue_zh=labels.issue_zh,
                    origin=CategoryOrigin.CFPB,
                )
            )
        elif row.origin == CategoryOrigin.CFPB and (
            (row.code, row.product_zh, row.issue_zh) != labels
        ):
            row.code, row.product_zh, row.issue_zh = labels
            changed.append(row)
    if changed:
        await ComplaintCategory.bulk_update(
            changed, fields=["code", "product_zh", "issue_zh"]
        )
    await ComplaintCategory.bulk_create(new)
    return len(new)


# --- triage ---------------------------------------------------------------------------


@dataclass(frozen=True)
class CategorySuggestion:
    category_id: int | None  # None when the taxonomy no longer lists the pair
    product: str
    issue: str
    product_zh: str  # the English label again when no Chinese one is known
    issue_zh: str
    product_confidence: float
    issue_confidence: float
    model_version: str


async def suggest_category(actor: Actor, description: str) -> CategorySuggestion | None:
    """The trained model's guess at product and issue; None until one is trained."""
    require(actor, "complaint.handle")
    raise_problems([text_problem(description, "description", DESCRIPTION_MAX)])
    # Imported here: scikit-learn takes a second to load and few callers need it.
    from cims.analytics import triage

    guess = triage.suggest(description.strip())
    if guess is None:
        return None
    category = await ComplaintCategory.filter(
        product=guess.product, issue=guess.issue, active=True
    ).first()
    if category is not None:
        labels = (category.product_zh, category.issue_zh)
    else:
        labels = await _suggestion_labels(guess.product, guess.issue)
    return CategorySuggestion(
        category_id=category.id if category else None,
        product=guess.product,
        issue=guess.issue,
        product_zh=labels[0],
        issue_zh=labels[1],
        product_confidence=guess.product_confidence,
        issue_confidence=guess.issue_confidence,
        model_version=guess.model_version,
    )


async def _suggestion_labels(product: str, issue: str) -> tuple[str, str]:
    """Chinese labels for a guessed pair the taxonomy does not list (the model was
    trained before a category was retired): the product's and issue's labels in other
    categories, else the CFPB table's, else the English."""
    same_product = await ComplaintCategory.filter(product=product).first()
    same_issue = await ComplaintCategory.filter(issue=issue).first()
    return (
        (same_product.product_zh if same_product else product_zh(product)) or product,
        (same_issue.issue_zh if same_issue else issue_zh(issue)) or issue,
    )


async def confirm_category(
    actor: Actor,
    complaint_id: int,
    version: int,
    *,
    category_id: int,
    suggestion: CategorySuggestion | None = None,
    now: datetime | None = None,
) -> Complaint:
    """Staff confirm the suggested category or correct it; either answer is kept as
    training data (``TriageCorrection``) and a corrected category is applied."""
    complaint = await _load(actor, complaint_id, "complaint.handle")
    if complaint.version != version:
        raise Conflict("Complaint", complaint.version)
    raise_problems(await _reference_problems(category_id, None))
    if category_id != complaint.category_id:
        complaint = await recategorise(
            actor,
            complaint_id,
            version,
            category_id=category_id,
            reason="Category set at triage",
            now=now,
        )
    category = await ComplaintCategory.get(id=category_id)
    guessed = (suggestion.product, suggestion.issue) if suggestion else None
    await TriageCorrection.create(
        complaint_id=complaint_id,
        suggested_product=suggestion.product if suggestion else None,
        suggested_issue=suggestion.issue if suggestion else None,
        confidence=suggestion.issue_confidence if suggestion else None,
        model_version=suggestion.model_version if suggestion else None,
        category=category,
        corrected=guessed != (category.product, category.issue),
        actor=actor.subject,
    )
    return complaint
