"""Service and support in the graph: timeline, interactions, complaints, surveys.

Thin: each resolver checks its input, calls ``cims.domain.complaints``,
``interactions`` or ``surveys``, and maps the result. Live complaint changes are
in ``cims.api.subscriptions``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Annotated, Any

import strawberry
from strawberry.scalars import JSON

from cims.api.errors import (
    ConflictError,
    InvalidTransitionError,
    NotFoundError,
    PermissionDeniedError,
    RefusedError,
    ValidationError,
    to_graphql,
)
from cims.api.ids import pk_of, to_global_id
from cims.api.pagination import Connection, Edge, PageInfo
from cims.api.types import (
    Account,
    Branch,
    Customer,
    Money,
    Node,
    Transaction,
    actor_name_field,
)
from cims.domain import complaints, interactions, service_stats, surveys
from cims.domain.access import require
from cims.domain.errors import DomainError, NotFound
from cims.domain.paging import Page
from cims.models import service as rows

ServiceChannel = strawberry.enum(rows.ServiceChannel)
InteractionDirection = strawberry.enum(rows.InteractionDirection)
ComplaintSeverity = strawberry.enum(rows.ComplaintSeverity)
ComplaintStatus = strawberry.enum(rows.ComplaintStatus)
ComplaintOutcome = strawberry.enum(rows.ComplaintOutcome)
ComplaintEventKind = strawberry.enum(rows.ComplaintEventKind)
SurveyKind = strawberry.enum(rows.SurveyKind)
ComplaintQueue = strawberry.enum(complaints.Queue, name="ComplaintQueue")
SurveyGrouping = strawberry.enum(surveys.Grouping, name="SurveyGrouping")
TimelineKind = strawberry.enum(interactions.TimelineKind)


def _gid(type_name: str, pk: int | None) -> strawberry.ID | None:
    return None if pk is None else strawberry.ID(to_global_id(type_name, pk))


def _pk(global_id: str | None, type_name: str) -> int | None:
    return None if global_id is None else pk_of(global_id, type_name)


def connection(page: Page, build: Callable[[Any], Any], after: str | None):
    """A Relay connection from a domain page."""
    edges = [Edge(cursor=e.cursor, node=build(e.node)) for e in page.edges]
    info = PageInfo(
        has_next_page=page.has_next_page,
        has_previous_page=after is not None,
        start_cursor=page.start_cursor,
        end_cursor=page.end_cursor,
    )
    return Connection(edges=edges, page_info=info, total_count=page.total_count)


# --- types ----------------------------------------------------------------------------


@strawberry.type
class Team(Node):
    code: str
    name: str

    @classmethod
    def from_row(cls, row) -> Team:
        return cls(id=_gid("Team", row.id), code=row.code, name=row.name)


@strawberry.type(description="A handler a complaint can be assigned to.")
class AssignableStaff:
    username: str = strawberry.field(description="What assignComplaint takes.")
    display_name: str


@strawberry.type(
    description="A product and issue of the complaint taxonomy, named in English "
    "(product, issue) and Chinese (productZh, issueZh): the app shows the one of "
    "the user's language."
)
class ComplaintCategory(Node):
    code: str = strawberry.field(
        description="Stable across rewordings, e.g. card.fees_or_interest."
    )
    product: str
    issue: str
    product_zh: str
    issue_zh: str
    active: bool

    @classmethod
    def from_row(cls, row) -> ComplaintCategory:
        return cls(
            id=_gid("ComplaintCategory", row.id),
            code=row.code,
            product=row.product,
            issue=row.issue,
            product_zh=row.product_zh,
            issue_zh=row.issue_zh,
            active=row.active,
        )


@strawberry.type(description="One change in a complaint's history.")
class ComplaintEvent(Node):
    kind: ComplaintEventKind
    from_status: ComplaintStatus | None
    to_status: ComplaintStatus | None
    actor: str
    at: dt.datetime
    reason: str | None
    changes: JSON
    version: int
    complaint_pk: strawberry.Private[int]

    @strawberry.field
    def complaint_id(self) -> strawberry.ID:
        return _gid("Complaint", self.complaint_pk)

    actor_name: str | None = actor_name_field()

    @classmethod
    def from_row(cls, row) -> ComplaintEvent:
        return cls(
            id=_gid("ComplaintEvent", row.id),
            kind=row.kind,
            from_status=row.from_status,
            to_status=row.to_status,
            actor=row.actor,
            at=row.at,
            reason=row.reason,
            changes=row.changes or {},
            version=row.version,
            complaint_pk=row.complaint_id,
        )


@strawberry.type
class Complaint(Node):
    status: ComplaintStatus
    severity: ComplaintSeverity
    channel: ServiceChannel
    description: str
    assignee: str | None
    received_at: dt.datetime
    acknowledged_at: dt.datetime | None
    escalated_at: dt.datetime | None
    resolved_at: dt.datetime | None
    closed_at: dt.datetime | None
    reopened_at: dt.datetime | None
    acknowledge_due_at: dt.datetime
    resolve_due_at: dt.datetime
    due_at: dt.datetime | None = strawberry.field(
        description="The deadline still pending: acknowledgement, then resolution."
    )
    at_risk: bool = strawberry.field(description="The pending deadline is near.")
    breached: bool = strawberry.field(
        description="The pending deadline passed, or one passed while it was open."
    )
    outcome: ComplaintOutcome | None
    root_cause: str | None
    redress: Money | None
    redress_currency: str = strawberry.field(
        description="The currency a redress is paid in: the account's when the "
        "complaint names one."
    )
    reopen_count: int
    external_ref: str | None
    version: int
    created_at: dt.datetime
    updated_at: dt.datetime
    next_steps: list[ComplaintStatus] = strawberry.field(
        description="The states the workflow allows next."
    )
    pk: strawberry.Private[int]
    customer_pk: strawberry.Private[int]
    category_pk: strawberry.Private[int]
    team_pk: strawberry.Private[int | None]

    @strawberry.field(description="Null when the customer is outside your scope.")
    async def customer(self, info: strawberry.Info) -> Customer | None:
        row = await info.context.loaders.customer.load(self.customer_pk)
        return Customer.from_row(row) if row else None

    @strawberry.field
    async def category(self, info: strawberry.Info) -> ComplaintCategory:
        row = await info.context.loaders.complaint_category.load(self.category_pk)
        return ComplaintCategory.from_row(row)

    @strawberry.field
    async def team(self, info: strawberry.Info) -> Team | None:
        if self.team_pk is None:
            return None
        return Team.from_row(await info.context.loaders.team.load(self.team_pk))

    @strawberry.field(description="Every change, oldest first.")
    async def history(self, info: strawberry.Info) -> list[ComplaintEvent]:
        events = await info.context.loaders.complaint_events_of.load(self.pk)
        return [ComplaintEvent.from_row(e) for e in events]

    @strawberry.field(description="The staff username behind assignee.")
    async def assignee_name(self, info: strawberry.Info) -> str | None:
        return await info.context.loaders.staff_name(self.assignee)

    @classmethod
    def from_row(cls, row, now: dt.datetime | None = None) -> Complaint:
        state = complaints.deadline_state(row, now)
        redress = row.redress_amount
        return cls(
            id=_gid("Complaint", row.id),
            pk=row.id,
            customer_pk=row.customer_id,
            category_pk=row.category_id,
            team_pk=row.team_id,
            status=row.status,
            severity=row.severity,
            channel=row.channel,
            description=row.description,
            assignee=row.assignee,
            received_at=row.received_at,
            acknowledged_at=row.acknowledged_at,
            escalated_at=row.escalated_at,
            resolved_at=row.resolved_at,
            closed_at=row.closed_at,
            reopened_at=row.reopened_at,
            acknowledge_due_at=row.ack_due_at,
            resolve_due_at=row.resolve_due_at,
            due_at=state.due_at,
            at_risk=state.at_risk,
            breached=state.breached,
            outcome=row.outcome,
            root_cause=row.root_cause,
            redress=None
            if redress is None
            else Money(amount=redress, currency=row.redress_currency),
            redress_currency=row.redress_currency,
            reopen_count=row.reopen_count,
            external_ref=row.external_ref,
            version=row.version,
            created_at=row.created_at,
            updated_at=row.updated_at,
            next_steps=sorted(
                complaints.ALLOWED[row.status], key=list(rows.ComplaintStatus).index
            ),
        )


@strawberry.type
class Interaction(Node):
    channel: ServiceChannel
    direction: InteractionDirection
    purpose: str
    summary: str
    staff: str | None
    occurred_at: dt.datetime
    recorded_by: str
    branch_pk: strawberry.Private[int | None]

    @strawberry.field
    async def branch(self, info: strawberry.Info) -> Branch | None:
        if self.branch_pk is None:
            return None
        return Branch.from_row(await info.context.loaders.branch.load(self.branch_pk))

    @strawberry.field(description="The staff username behind staff.")
    async def staff_name(self, info: strawberry.Info) -> str | None:
        return await info.context.loaders.staff_name(self.staff)

    @classmethod
    def from_row(cls, row) -> Interaction:
        return cls(
            id=_gid("Interaction", row.id),
            channel=row.channel,
            direction=row.direction,
            purpose=row.purpose,
            summary=row.summary,
            staff=row.staff,
            occurred_at=row.occurred_at,
            recorded_by=row.recorded_by,
            branch_pk=row.branch_id,
        )


@strawberry.type
class SurveyResponse(Node):
    kind: SurveyKind
    score: int
    comment: str | None
    channel: ServiceChannel
    answered_at: dt.datetime

    @classmethod
    def from_row(cls, row) -> SurveyResponse:
        return cls(
            id=_gid("SurveyResponse", row.id),
            kind=row.kind,
            score=row.score,
            comment=row.comment,
            channel=row.channel,
            answered_at=row.answered_at,
        )


TimelineItem = Annotated[
    Interaction | ComplaintEvent | SurveyResponse | Account | Transaction,
    strawberry.union("TimelineItem"),
]

_ITEM_TYPES = {
    interactions.TimelineKind.INTERACTION: Interaction,
    interactions.TimelineKind.COMPLAINT_EVENT: ComplaintEvent,
    interactions.TimelineKind.SURVEY_RESPONSE: SurveyResponse,
    interactions.TimelineKind.ACCOUNT_OPENED: Account,
    interactions.TimelineKind.LARGE_TRANSACTION: Transaction,
}


@strawberry.type(description="One entry of a customer's timeline.")
class TimelineEntry:
    kind: TimelineKind
    at: dt.datetime
    item: TimelineItem

    @classmethod
    def from_entry(cls, entry: interactions.TimelineEntry) -> TimelineEntry:
        item = _ITEM_TYPES[entry.kind].from_row(entry.item)
        return cls(kind=entry.kind, at=entry.at, item=item)


async def customer_timeline(
    info: strawberry.Info, customer_pk: int, first: int | None, after: str | None
) -> Connection[TimelineEntry]:
    """``Customer.timeline``: interactions, complaint events, survey answers, account
    openings and large transactions, newest first; batched over a page of customers."""
    loader = info.context.loaders.timeline_of
    page = await loader.load((customer_pk, first, after))
    return connection(page, TimelineEntry.from_entry, after)


async def customer_complaints(
    info: strawberry.Info, customer_pk: int, first: int | None, after: str | None
) -> Connection[Complaint]:
    """``Customer.complaints``: newest first."""
    page = await complaints.customer_complaints(
        info.context.actor, customer_pk, first, after
    )
    return connection(page, Complaint.from_row, after)


@strawberry.type
class CategorySuggestion:
    category: ComplaintCategory | None
    product: str
    issue: str
    product_zh: str = strawberry.field(
        description="In Chinese; the English again when no Chinese label is known."
    )
    issue_zh: str
    product_confidence: float
    issue_confidence: float
    model_version: str


@strawberry.type(description="Survey figures for one group, or for all answers.")
class SurveyFigures:
    key: str | None = strawberry.field(
        description="Branch ID, channel, staff ID or period start; null for all."
    )
    responses: int
    average: float | None
    satisfied_share: float | None = strawberry.field(
        description="CSAT: the share of answers of 4 or 5."
    )
    promoters: int
    passives: int
    detractors: int
    nps: float | None = strawberry.field(
        description="NPS: percentage of promoters minus percentage of detractors."
    )


@strawberry.type
class Count:
    key: str
    count: int


def _counts(counts: dict[str, int]) -> list[Count]:
    return [Count(key=k, count=n) for k, n in sorted(counts.items())]


@strawberry.type(description="Figures for the service dashboard.")
class ServiceStatistics:
    open_by_status: list[Count] = strawberry.field(
        description="Open complaints per status (lower-case status names)."
    )
    open_by_age: list[Count] = strawberry.field(
        description="Open complaints per age in days: 0-1, 1-3, 3-7, 7-15, 15+."
    )
    received: int = strawberry.field(description="Complaints received in the period.")
    breached: int = strawberry.field(description="Of those, how many missed one.")
    breach_rate: float | None
    interactions_by_channel: list[Count]


@strawberry.type
class SurveyInvitation(Node):
    kind: SurveyKind
    created_at: dt.datetime
    expires_at: dt.datetime
    used_at: dt.datetime | None

    @classmethod
    def from_row(cls, row) -> SurveyInvitation:
        return cls(
            id=_gid("SurveyInvitation", row.id),
            kind=row.kind,
            created_at=row.created_at,
            expires_at=row.expires_at,
            used_at=row.used_at,
        )


@strawberry.type(description="A new invitation; the link is shown this once only.")
class SurveyInvitationCreated:
    invitation: SurveyInvitation
    token: str
    path: str = strawberry.field(description="The answer page, e.g. /survey/<token>.")
    url: str = strawberry.field(
        description="The absolute link to send to the customer: the public URL "
        "(CIMS_PUBLIC_URL, else this request's origin) and the path."
    )


def public_origin(info: strawberry.Info) -> str:
    """Where customers reach the product, for links sent to them."""
    request = info.context.request
    origin = str(request.base_url)
    if origin.startswith("ws"):  # a mutation sent over the subscription socket
        origin = "http" + origin.removeprefix("ws")
    return request.app.state.settings.public_origin(origin)


# --- inputs ---------------------------------------------------------------------------


@strawberry.input
class LogInteractionInput:
    customer_id: strawberry.ID
    channel: ServiceChannel
    direction: InteractionDirection = InteractionDirection.INBOUND
    purpose: str
    summary: str
    occurred_at: dt.datetime | None = strawberry.field(
        default=None,
        description="When it happened, with a zone: not in the future and at most "
        "CIMS_INTERACTION_BACKDATE_DAYS (365) days ago, else TOO_OLD (default: now).",
    )
    account_id: strawberry.ID | None = None
    product_id: strawberry.ID | None = None
    staff: str | None = strawberry.field(
        default=None,
        description="Who handled it: an active staff member's username, one who "
        "records interactions (else NOT_A_HANDLER) and may work on the customer's "
        "branch (default: the signed-in user).",
    )


@strawberry.input
class FileComplaintInput:
    customer_id: strawberry.ID
    category_id: strawberry.ID
    description: str
    severity: ComplaintSeverity = ComplaintSeverity.MEDIUM
    channel: ServiceChannel
    product_id: strawberry.ID | None = None
    account_id: strawberry.ID | None = None
    received_at: dt.datetime | None = strawberry.field(
        default=None,
        description="When the bank received it, with its zone (default: now); not "
        "in the future and at most CIMS_COMPLAINT_BACKDATE_DAYS (365) days back.",
    )
    assignee: str | None = None
    team_id: strawberry.ID | None = None


@strawberry.input
class ComplaintStep:
    id: strawberry.ID
    version: int
    reason: str | None = None


@strawberry.input
class AcknowledgeComplaintInput(ComplaintStep):
    pass


@strawberry.input
class StartInvestigationInput(ComplaintStep):
    pass


@strawberry.input
class CloseComplaintInput(ComplaintStep):
    pass


@strawberry.input
class EscalateComplaintInput(ComplaintStep):
    reason: str


@strawberry.input
class ReopenComplaintInput(ComplaintStep):
    reason: str


@strawberry.input
class ResolveComplaintInput(ComplaintStep):
    outcome: ComplaintOutcome
    root_cause: str
    redress_amount: Decimal | None = None


@strawberry.input
class AssignComplaintInput(ComplaintStep):
    assignee: str | None = None
    team_id: strawberry.ID | None = None


@strawberry.input
class CommentOnComplaintInput:
    id: strawberry.ID
    version: int
    text: str


@strawberry.input(description="A category the bank adds, named in English and Chinese.")
class AddComplaintCategoryInput:
    product: str
    issue: str
    product_zh: str
    issue_zh: str
    code: str | None = strawberry.field(
        default=None,
        description="Lower-case letters, digits, '_', '.', '-'; made from the English "
        "labels when left out. CFPB product codes are reserved.",
    )


@strawberry.input(
    description="New Chinese labels for a bank-defined category (CFPB ones keep the "
    "product's table), or active to retire or restore any category."
)
class UpdateComplaintCategoryInput:
    id: strawberry.ID
    product_zh: str | None = None
    issue_zh: str | None = None
    active: bool | None = None


@strawberry.input
class CreateSurveyInvitationInput:
    kind: SurveyKind
    interaction_id: strawberry.ID | None = None
    complaint_id: strawberry.ID | None = None


# --- payloads -------------------------------------------------------------------------

LogInteractionPayload = Annotated[
    Interaction
    | ValidationError
    | NotFoundError
    | PermissionDeniedError
    | RefusedError,
    strawberry.union("LogInteractionPayload"),
]
FileComplaintPayload = Annotated[
    Complaint | ValidationError | NotFoundError | PermissionDeniedError | RefusedError,
    strawberry.union("FileComplaintPayload"),
]
ComplaintCategoryPayload = Annotated[
    ComplaintCategory | ValidationError | NotFoundError | PermissionDeniedError,
    strawberry.union("ComplaintCategoryPayload"),
]
CreateSurveyInvitationPayload = Annotated[
    SurveyInvitationCreated | ValidationError | NotFoundError | PermissionDeniedError,
    strawberry.union("CreateSurveyInvitationPayload"),
]


def _step_payload(name: str):
    return Annotated[
        Complaint
        | ValidationError
        | NotFoundError
        | ConflictError
        | PermissionDeniedError
        | InvalidTransitionError
        | RefusedError,
        strawberry.union(name),
    ]


AcknowledgeComplaintPayload = _step_payload("AcknowledgeComplaintPayload")
StartInvestigationPayload = _step_payload("StartInvestigationPayload")
EscalateComplaintPayload = _step_payload("EscalateComplaintPayload")
ResolveComplaintPayload = _step_payload("ResolveComplaintPayload")
CloseComplaintPayload = _step_payload("CloseComplaintPayload")
ReopenComplaintPayload = _step_payload("ReopenComplaintPayload")
AssignComplaintPayload = _step_payload("AssignComplaintPayload")
CommentOnComplaintPayload = _step_payload("CommentOnComplaintPayload")


async def _complaint_step(info: strawberry.Info, input: ComplaintStep, step, **kwargs):
    """Run one workflow step on the complaint ``input.id``; errors become data."""
    try:
        complaint_pk = pk_of(input.id, "Complaint")
        row = await step(info.context.actor, complaint_pk, input.version, **kwargs)
    except DomainError as error:
        return to_graphql(error)
    return Complaint.from_row(row)


# --- queries and mutations ------------------------------------------------------------


@strawberry.type
class ServiceQueries:
    @strawberry.field
    async def complaint(
        self, info: strawberry.Info, id: strawberry.ID
    ) -> Complaint | None:
        try:
            row = await complaints.get_complaint(
                info.context.actor, pk_of(id, "Complaint")
            )
        except NotFound:
            return None
        return Complaint.from_row(row)

    @strawberry.field(
        description="A work queue: the oldest first, the most urgent first for "
        "AT_RISK and BREACHED; at most 100 a page."
    )
    async def complaints(
        self,
        info: strawberry.Info,
        queue: ComplaintQueue = complaints.Queue.MINE,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[Complaint]:
        page = await complaints.queue(
            info.context.actor, queue, first=first, after=after
        )
        return connection(page, Complaint.from_row, after)

    @strawberry.field
    async def complaint_categories(
        self, info: strawberry.Info
    ) -> list[ComplaintCategory]:
        rows_ = await complaints.list_categories(info.context.actor)
        return [ComplaintCategory.from_row(r) for r in rows_]

    @strawberry.field
    async def complaint_teams(self, info: strawberry.Info) -> list[Team]:
        require(info.context.actor, "complaint.read")
        return [Team.from_row(t) for t in await rows.Team.all().order_by("code")]

    @strawberry.field(
        description="Active handlers the caller may assign complaints to (needs "
        "complaint.handle): those able to work on the complaint's branch, or without "
        "complaintId on the caller's; by display name."
    )
    async def assignable_staff(
        self, info: strawberry.Info, complaint_id: strawberry.ID | None = None
    ) -> list[AssignableStaff]:
        complaint_pk = _pk(complaint_id, "Complaint")
        found = await complaints.assignable_staff(info.context.actor, complaint_pk)
        return [
            AssignableStaff(username=s.username, display_name=s.display_name)
            for s in found
        ]

    @strawberry.field(
        description="The triage model's guess at category; null until one is trained."
    )
    async def suggest_complaint_category(
        self, info: strawberry.Info, text: str
    ) -> CategorySuggestion | None:
        guess = await complaints.suggest_category(info.context.actor, text)
        if guess is None:
            return None
        category = None
        if guess.category_id is not None:
            row = await info.context.loaders.complaint_category.load(guess.category_id)
            category = ComplaintCategory.from_row(row)
        return CategorySuggestion(
            category=category,
            product=guess.product,
            issue=guess.issue,
            product_zh=guess.product_zh,
            issue_zh=guess.issue_zh,
            product_confidence=guess.product_confidence,
            issue_confidence=guess.issue_confidence,
            model_version=guess.model_version,
        )

    @strawberry.field(
        description="Open complaints now; complaints and interactions in [from, to)."
    )
    async def service_statistics(
        self,
        info: strawberry.Info,
        from_: Annotated[dt.datetime, strawberry.argument(name="from")],
        to: dt.datetime | None = None,
        segment_id: Annotated[
            strawberry.ID | None,
            strawberry.argument(description="Only this segment's live members."),
        ] = None,
    ) -> ServiceStatistics:
        found = await service_stats.service_statistics(
            info.context.actor,
            from_,
            to,
            segment_id=pk_of(segment_id, "Segment") if segment_id else None,
        )
        return ServiceStatistics(
            open_by_status=_counts(found.open_by_status),
            open_by_age=[Count(key=k, count=n) for k, n in found.open_by_age.items()],
            received=found.received,
            breached=found.breached,
            breach_rate=found.breach_rate,
            interactions_by_channel=_counts(found.interactions_by_channel),
        )

    @strawberry.field(description="CSAT or NPS figures for answers in [from, to).")
    async def survey_results(
        self,
        info: strawberry.Info,
        kind: SurveyKind,
        group_by: SurveyGrouping | None = None,
        from_: Annotated[dt.datetime | None, strawberry.argument(name="from")] = None,
        to: dt.datetime | None = None,
    ) -> list[SurveyFigures]:
        found = await surveys.survey_results(
            info.context.actor, kind, group_by=group_by, since=from_, until=to
        )
        return [SurveyFigures(**vars(f)) for f in found]


@strawberry.type
class ServiceMutations:
    @strawberry.mutation
    async def log_interaction(
        self, info: strawberry.Info, input: LogInteractionInput
    ) -> LogInteractionPayload:
        try:
            row = await interactions.log_interaction(
                info.context.actor,
                pk_of(input.customer_id, "Customer"),
                channel=input.channel,
                direction=input.direction,
                purpose=input.purpose,
                summary=input.summary,
                occurred_at=input.occurred_at,
                account_id=_pk(input.account_id, "Account"),
                product_id=_pk(input.product_id, "Product"),
                staff=input.staff,
            )
        except DomainError as error:
            return to_graphql(error)
        return Interaction.from_row(row)

    @strawberry.mutation
    async def file_complaint(
        self, info: strawberry.Info, input: FileComplaintInput
    ) -> FileComplaintPayload:
        try:
            row = await complaints.file_complaint(
                info.context.actor,
                pk_of(input.customer_id, "Customer"),
                category_id=pk_of(input.category_id, "ComplaintCategory"),
                description=input.description,
                severity=input.severity,
                channel=input.channel,
                product_id=_pk(input.product_id, "Product"),
                account_id=_pk(input.account_id, "Account"),
                received_at=input.received_at,
                assignee=input.assignee,
                team_id=_pk(input.team_id, "Team"),
            )
        except DomainError as error:
            return to_graphql(error)
        return Complaint.from_row(row)

    @strawberry.mutation
    async def acknowledge_complaint(
        self, info: strawberry.Info, input: AcknowledgeComplaintInput
    ) -> AcknowledgeComplaintPayload:
        return await _complaint_step(
            info, input, complaints.acknowledge, reason=input.reason
        )

    @strawberry.mutation
    async def start_investigation(
        self, info: strawberry.Info, input: StartInvestigationInput
    ) -> StartInvestigationPayload:
        return await _complaint_step(
            info, input, complaints.start_investigation, reason=input.reason
        )

    @strawberry.mutation
    async def escalate_complaint(
        self, info: strawberry.Info, input: EscalateComplaintInput
    ) -> EscalateComplaintPayload:
        return await _complaint_step(
            info, input, complaints.escalate, reason=input.reason
        )

    @strawberry.mutation
    async def resolve_complaint(
        self, info: strawberry.Info, input: ResolveComplaintInput
    ) -> ResolveComplaintPayload:
        return await _complaint_step(
            info,
            input,
            complaints.resolve,
            outcome=input.outcome,
            root_cause=input.root_cause,
            redress_amount=input.redress_amount,
            reason=input.reason,
        )

    @strawberry.mutation
    async def close_complaint(
        self, info: strawberry.Info, input: CloseComplaintInput
    ) -> CloseComplaintPayload:
        return await _complaint_step(info, input, complaints.close, reason=input.reason)

    @strawberry.mutation
    async def reopen_complaint(
        self, info: strawberry.Info, input: ReopenComplaintInput
    ) -> ReopenComplaintPayload:
        return await _complaint_step(
            info, input, complaints.reopen, reason=input.reason
        )

    @strawberry.mutation
    async def assign_complaint(
        self, info: strawberry.Info, input: AssignComplaintInput
    ) -> AssignComplaintPayload:
        try:
            team_pk = _pk(input.team_id, "Team")
        except NotFound as error:
            return to_graphql(error)
        return await _complaint_step(
            info,
            input,
            complaints.assign,
            assignee=input.assignee,
            team_id=team_pk,
            reason=input.reason,
        )

    @strawberry.mutation(
        description="A note in the complaint's history; queues watching it hear of it."
    )
    async def comment_on_complaint(
        self, info: strawberry.Info, input: CommentOnComplaintInput
    ) -> CommentOnComplaintPayload:
        return await _complaint_step(info, input, complaints.comment, text=input.text)

    @strawberry.mutation(description="Extend the complaint taxonomy.")
    async def add_complaint_category(
        self, info: strawberry.Info, input: AddComplaintCategoryInput
    ) -> ComplaintCategoryPayload:
        try:
            row = await complaints.add_category(
                info.context.actor,
                input.product,
                input.issue,
                product_zh=input.product_zh,
                issue_zh=input.issue_zh,
                code=input.code,
            )
        except DomainError as error:
            return to_graphql(error)
        return ComplaintCategory.from_row(row)

    @strawberry.mutation(description="Reword, retire or restore a category.")
    async def update_complaint_category(
        self, info: strawberry.Info, input: UpdateComplaintCategoryInput
    ) -> ComplaintCategoryPayload:
        try:
            row = await complaints.relabel_category(
                info.context.actor,
                pk_of(input.id, "ComplaintCategory"),
                product_zh=input.product_zh,
                issue_zh=input.issue_zh,
                active=input.active,
            )
        except DomainError as error:
            return to_graphql(error)
        return ComplaintCategory.from_row(row)

    @strawberry.mutation(description="The token and link are returned this once only.")
    async def create_survey_invitation(
        self, info: strawberry.Info, input: CreateSurveyInvitationInput
    ) -> CreateSurveyInvitationPayload:
        try:
            sent = await surveys.invite(
                info.context.actor,
                input.kind,
                interaction_id=_pk(input.interaction_id, "Interaction"),
                complaint_id=_pk(input.complaint_id, "Complaint"),
            )
        except DomainError as error:
            return to_graphql(error)
        path = surveys.answer_path(sent.token)
        return SurveyInvitationCreated(
            invitation=SurveyInvitation.from_row(sent.invitation),
            token=sent.token,
            path=path,
            url=public_origin(info) + path,
        )
