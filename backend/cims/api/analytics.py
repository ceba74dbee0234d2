"""Segments, customer value, recommendations and the analytics overview."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated

import strawberry
from strawberry.scalars import JSON

from cims.api.errors import (
    ConflictError,
    ConsentWithdrawnError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
    to_graphql,
)
from cims.api.ids import pk_of, to_global_id
from cims.api.pagination import Connection, Order, paginate
from cims.api.permissions import requires
from cims.api.types import Customer, Money, Node, Product
from cims.domain import segments as domain
from cims.domain.errors import DomainError, NotFound
from cims.models import enums

SegmentKind = strawberry.enum(enums.SegmentKind)
ValueTier = strawberry.enum(enums.ValueTier)
RecommendationStatus = strawberry.enum(enums.RecommendationStatus)
MEMBER_ORDER = Order((("name_key", False), ("id", False)))
SEGMENT_ORDER = Order((("id", False),))
CURRENCY = "CNY"  # analytics figures are in the bank's reporting currency


@strawberry.type(description="A text in English and Chinese.")
class LocalizedText:
    en: str
    zh: str


@strawberry.type(description="Lines of text in English and Chinese.")
class LocalizedLines:
    en: list[str]
    zh: list[str]

    @classmethod
    def of(cls, value: dict | None) -> LocalizedLines:
        value = value or {}
        return cls(en=list(value.get("en", [])), zh=list(value.get("zh", [])))


@strawberry.type(description="A mean feature of the members beside the whole base.")
class SegmentFigure:
    feature: str
    value: float | None
    base: float | None


@strawberry.type
class Segment(Node):
    name: str
    name_en: str
    kind: SegmentKind
    description: str | None
    rule: JSON | None = strawberry.field(description="The filter of a rule segment.")
    profile: LocalizedLines = strawberry.field(
        description="What sets a learned segment apart from the whole base, as "
        "learned over every branch: the segment's definition. figures gives the "
        "numbers of the customers you may see."
    )
    version: int = strawberry.field(description="Give it back to rename the segment.")
    model_version: str | None
    refreshed_at: dt.datetime
    created_by: str
    created_at: dt.datetime
    pk: strawberry.Private[int]

    @strawberry.field(description="Live members now; your branch only if bound.")
    async def size(self, info: strawberry.Info) -> int:
        return await info.context.loaders.segment_size.load(self.pk)

    @strawberry.field(description="Members now, by name; your branch only if bound.")
    async def members(
        self,
        info: strawberry.Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> Connection[Customer]:
        # One query per segment asked: a page lists a few segments, not hundreds.
        await domain.require_usable(info.context.actor, self.pk)
        qs = domain.members(info.context.actor, self.pk)
        return await paginate(
            qs,
            MEMBER_ORDER,
            Customer.from_row,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field(
        description="Mean features of the members and of everyone; your branch only "
        "if bound."
    )
    async def figures(self, info: strawberry.Info) -> list[SegmentFigure]:
        mine, base = await info.context.loaders.segment_figures.load(self.pk)
        return [
            SegmentFigure(
                feature=name, value=_float(mine.get(name)), base=_float(base.get(name))
            )
            for name in domain.FIGURES
        ]

    @classmethod
    def from_row(cls, row) -> Segment:
        return cls(
            id=to_global_id("Segment", row.id),
            pk=row.id,
            name=row.name,
            name_en=row.name_en,
            kind=row.kind,
            description=row.description,
            rule=row.rule,
            profile=LocalizedLines.of(row.profile),
            version=row.version,
            model_version=row.model_version,
            refreshed_at=row.updated_at,
            created_by=row.created_by,
            created_at=row.created_at,
        )


def _float(value) -> float | None:
    return None if value is None else round(float(value), 4)


def _money(value: float) -> Money:
    return Money(amount=Decimal(str(round(value, 2))), currency=CURRENCY)


@strawberry.type(description="RFM scores (1 to 5, 5 best), lifetime value and tier.")
class CustomerValue:
    as_of: dt.date
    rfm: str
    recency_score: int
    frequency_score: int
    monetary_score: int
    annual_margin: Money
    lifetime_value: Money
    tier: ValueTier
    drivers: LocalizedLines = strawberry.field(
        description="The largest contributions to the value, in words."
    )
    model_version: str
    computed_at: dt.datetime

    @classmethod
    def from_row(cls, row) -> CustomerValue:
        return cls(
            as_of=row.as_of,
            rfm=row.rfm,
            recency_score=row.recency_score,
            frequency_score=row.frequency_score,
            monetary_score=row.monetary_score,
            annual_margin=_money(row.annual_margin),
            lifetime_value=_money(row.lifetime_value),
            tier=row.tier,
            drivers=LocalizedLines.of(row.drivers),
            model_version=row.model_version,
            computed_at=row.computed_at,
        )


@strawberry.type
class Recommendation(Node):
    rank: int
    score: float
    reason: LocalizedText
    status: RecommendationStatus
    model_version: str
    created_at: dt.datetime
    decided_at: dt.datetime | None
    product_id: strawberry.Private[int]

    @strawberry.field
    async def product(self, info: strawberry.Info) -> Product:
        return Product.from_row(
            await info.context.loaders.product.load(self.product_id)
        )

    @classmethod
    def from_row(cls, row) -> Recommendation:
        return cls(
            id=to_global_id("Recommendation", row.id),
            rank=row.rank,
            score=row.score,
            reason=LocalizedText(en=row.reason_en, zh=row.reason_zh),
            status=row.status,
            model_version=row.model_version,
            created_at=row.created_at,
            decided_at=row.decided_at,
            product_id=row.product_id,
        )


@strawberry.type(description="A field rules may name, for building a rule.")
class RuleField:
    name: str
    kind: str = strawberry.field(
        description="number, integer, bool, choice, text, date, or since "
        "(whole units elapsed: years of age, months of tenure, days since)."
    )
    operators: list[str]
    choices: list[str]


@strawberry.type
class SegmentPreview:
    count: int = strawberry.field(description="Live customers the rule selects now.")


@strawberry.type
class TierCount:
    tier: ValueTier
    customers: int


@strawberry.type
class SegmentSize:
    segment: Segment
    customers: int


@strawberry.type
class ProductPenetration:
    product: Product
    customers: int
    share: float = strawberry.field(description="Holders among live customers, 0..1.")


@strawberry.type
class RecommendationFigures:
    offered: int
    accepted: int
    declined: int
    acceptance_rate: float | None = strawberry.field(
        description="Accepted among decided offers; null while none is decided."
    )


@strawberry.type
class AnalyticsOverview:
    customers: int
    value_tiers: list[TierCount]
    segments: list[SegmentSize]
    product_penetration: list[ProductPenetration]
    recommendations: RecommendationFigures
    refreshed_at: dt.datetime | None


@strawberry.input
class CreateSegmentInput:
    name: str
    rule: JSON
    name_en: str | None = None
    description: str | None = None


@strawberry.input
class RenameSegmentInput:
    id: strawberry.ID
    version: int = strawberry.field(description="The version you read.")
    name: str
    name_en: str | None = None


@strawberry.input
class RecordRecommendationOutcomeInput:
    id: strawberry.ID
    accepted: bool


SegmentPayload = Annotated[
    Segment | ValidationError | PermissionDeniedError,
    strawberry.union("CreateSegmentPayload"),
]
RenameSegmentPayload = Annotated[
    Segment | ValidationError | NotFoundError | ConflictError | PermissionDeniedError,
    strawberry.union("RenameSegmentPayload"),
]
PreviewSegmentPayload = Annotated[
    SegmentPreview | ValidationError | PermissionDeniedError,
    strawberry.union("PreviewSegmentPayload"),
]
OutcomePayload = Annotated[
    Recommendation
    | ValidationError
    | NotFoundError
    | PermissionDeniedError
    | ConsentWithdrawnError,
    strawberry.union("RecordRecommendationOutcomePayload"),
]


# --- Customer fields (resolved from cims.api.types through these functions) ---------


async def customer_segments(info: strawberry.Info, customer_pk: int) -> list[Segment]:
    rows = await info.context.loaders.segments_of.load(customer_pk)
    return [Segment.from_row(r) for r in rows]


async def customer_value(
    info: strawberry.Info, customer_pk: int
) -> CustomerValue | None:
    row = await info.context.loaders.value_of.load(customer_pk)
    return CustomerValue.from_row(row) if row else None


async def customer_recommendations(
    info: strawberry.Info, customer_pk: int, include_decided: bool
) -> list[Recommendation]:
    rows = await info.context.loaders.recommendations_of.load(customer_pk)
    if not include_decided:
        rows = [r for r in rows if r.status == enums.RecommendationStatus.OFFERED]
    return [Recommendation.from_row(r) for r in rows]


async def segment_node(info: strawberry.Info, pk: int) -> Segment | None:
    if not info.context.actor.can(domain.READ):
        return None
    try:
        return Segment.from_row(await domain.get(info.context.actor, pk))
    except NotFound:
        return None


# --- queries and mutations ----------------------------------------------------------


def _rule_fields(actor) -> list[RuleField]:
    return [
        RuleField(
            name=name,
            kind=spec.kind,
            operators=sorted(spec.operators),
            choices=list(spec.choices),
        )
        for name, spec in sorted(domain.usable_rule_fields(actor).items())
    ]


async def _overview(info: strawberry.Info, segment_id: int | None) -> AnalyticsOverview:
    figures = await domain.overview(info.context.actor, segment_id)
    products = {
        p.id: p
        for p in await info.context.loaders.product.load_many(
            [pid for pid, _ in figures.penetration]
        )
    }
    live = max(figures.customers, 1)
    return AnalyticsOverview(
        customers=figures.customers,
        value_tiers=[
            TierCount(tier=t, customers=figures.tiers.get(t.value, 0))
            for t in enums.ValueTier
        ],
        segments=[
            SegmentSize(segment=Segment.from_row(s), customers=n)
            for s, n in figures.segment_sizes
        ],
        product_penetration=[
            ProductPenetration(
                product=Product.from_row(products[pid]), customers=n, share=n / live
            )
            for pid, n in figures.penetration
            if products.get(pid)
        ],
        recommendations=_figures(figures.acceptance),
        refreshed_at=figures.refreshed_at,
    )


def _figures(a: domain.Acceptance) -> RecommendationFigures:
    return RecommendationFigures(
        offered=a.offered,
        accepted=a.accepted,
        declined=a.declined,
        acceptance_rate=a.rate,
    )


@strawberry.type
class AnalyticsQueries:
    @requires(domain.READ, description="Active segments, oldest first.")
    async def segments(
        self,
        info: strawberry.Info,
        kind: SegmentKind | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[Segment] | None:
        qs = domain.active_segments(info.context.actor, kind)
        return await paginate(
            qs, SEGMENT_ORDER, Segment.from_row, first=first, after=after
        )

    @requires(domain.READ)
    async def segment(self, info: strawberry.Info, id: strawberry.ID) -> Segment | None:
        try:
            return await segment_node(info, pk_of(id, "Segment"))
        except NotFound:
            return None

    @requires(
        domain.READ,
        description="Fields, operators and values a rule may use: those you may "
        "read (birth date and income take their read rights).",
    )
    def segment_rule_fields(self, info: strawberry.Info) -> list[RuleField] | None:
        return _rule_fields(info.context.actor)

    @strawberry.field(description="How many customers a rule would select now.")
    async def preview_segment(
        self, info: strawberry.Info, rule: JSON
    ) -> PreviewSegmentPayload:
        try:
            count = await domain.preview(info.context.actor, rule)
        except DomainError as error:
            return to_graphql(error)
        return SegmentPreview(count=count)

    @requires(
        domain.ANALYTICS,
        description="Tiers, segments, penetration, take-up; of one segment's "
        "members when segmentId is given (null when it is not visible).",
    )
    async def analytics_overview(
        self, info: strawberry.Info, segment_id: strawberry.ID | None = None
    ) -> AnalyticsOverview | None:
        try:
            pk = pk_of(segment_id, "Segment") if segment_id else None
            return await _overview(info, pk)
        except NotFound:
            return None


@strawberry.type
class AnalyticsMutations:
    @strawberry.mutation
    async def create_segment(
        self, info: strawberry.Info, input: CreateSegmentInput
    ) -> SegmentPayload:
        try:
            row = await domain.create_rule_segment(
                info.context.actor,
                input.name,
                input.rule,
                name_en=input.name_en,
                description=input.description,
            )
        except DomainError as error:
            return to_graphql(error)
        return Segment.from_row(row)

    @strawberry.mutation
    async def rename_segment(
        self, info: strawberry.Info, input: RenameSegmentInput
    ) -> RenameSegmentPayload:
        try:
            row = await domain.rename(
                info.context.actor,
                pk_of(input.id, "Segment"),
                input.version,
                input.name,
                input.name_en,
            )
        except DomainError as error:
            return to_graphql(error)
        return Segment.from_row(row)

    @strawberry.mutation
    async def record_recommendation_outcome(
        self, info: strawberry.Info, input: RecordRecommendationOutcomeInput
    ) -> OutcomePayload:
        try:
            row = await domain.record_outcome(
                info.context.actor, pk_of(input.id, "Recommendation"), input.accepted
            )
        except DomainError as error:
            return to_graphql(error)
        return Recommendation.from_row(row)

    @strawberry.mutation(
        description=(
            "Correct a recorded outcome (a mis-tap): only by the staff member who"
            " recorded it, on the same bank day; audited. Refusals: NOT_DECIDED,"
            " NOT_RECORDER, CORRECTION_TOO_LATE."
        )
    )
    async def correct_recommendation_outcome(
        self, info: strawberry.Info, input: RecordRecommendationOutcomeInput
    ) -> OutcomePayload:
        try:
            row = await domain.correct_outcome(
                info.context.actor, pk_of(input.id, "Recommendation"), input.accepted
            )
        except DomainError as error:
            return to_graphql(error)
        return Recommendation.from_row(row)
