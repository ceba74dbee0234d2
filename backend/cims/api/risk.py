"""Risk in the graph: credit assessments and decisions, alerts, the model card.

Probability, points, factors, inputs and decisions answer only to ``risk.read``; the
grade is visible to anyone who may see the customer.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import AsyncGenerator
from decimal import Decimal
from enum import Enum
from typing import Annotated

import strawberry
from strawberry.scalars import JSON

from cims.api.connection import guard
from cims.api.errors import (
    InvalidTransitionError,
    ModelNotReadyError,
    NotFoundError,
    PermissionDeniedError,
    RefusedError,
    ValidationError,
    to_graphql,
)
from cims.api.ids import pk_of, to_global_id
from cims.api.loaders import Loaders
from cims.api.pagination import Connection, Order, paginate, slice_connection
from cims.api.permissions import requires
from cims.api.types import Customer, Money, Node, Transaction, money
from cims.domain import events
from cims.domain import risk as domain
from cims.domain.access import require
from cims.domain.errors import DomainError, ModelNotReady, NotFound
from cims.models import risk as rows

log = logging.getLogger(__name__)

READ = domain.READ
ASSESSMENT_ORDER = Order((("created_at", True), ("id", True)))
# The riskiest first; among equal scores, the newest.
ALERT_ORDER = Order((("score", True), ("created_at", True), ("id", True)))

AssessmentStatus = strawberry.enum(rows.AssessmentStatus)
CreditDecisionKind = strawberry.enum(rows.CreditDecisionKind)
AlertStatus = strawberry.enum(rows.AlertStatus)


@strawberry.enum
class AlertAction(Enum):
    ESCALATE = "escalate"
    DISMISS = "dismiss"
    CONFIRM = "confirm"


@strawberry.type(
    description="One input's part in a credit score; effect > 0 raises it."
)
class CreditFactor:
    input: str
    value: str
    level: str
    effect: float
    en: str
    zh: str


LimitBasisKind = strawberry.enum(domain.Basis, name="LimitBasisKind")


@strawberry.enum(
    description="Why a recommended limit is 0, or held at the policy cap: no income "
    "known; monthly obligations at or above the debt-to-income ceiling of the income; "
    "a probability of default at or above the policy's ceiling; a limit smaller than "
    "the rounding step; the policy cap."
)
class LimitReason(Enum):
    NO_INCOME = "no_income"
    DEBT_RATIO = "debt_ratio"
    RISK = "risk"
    BELOW_STEP = "below_step"
    CAPPED = "capped"


@strawberry.type(
    description="Where a recommended limit's income came from: recorded, estimated "
    "from the inflows of the last months, or none (then no limit is recommended)."
)
class CreditLimitBasis:
    basis: LimitBasisKind
    monthly_income: Money | None
    monthly_obligations: Money
    months: int | None = strawberry.field(
        description="The inflow window of an estimate, in months."
    )
    inflow_months: int | None = strawberry.field(
        description="Months of that window in which money came in."
    )
    reason: LimitReason | None = strawberry.field(
        description="Why the limit is 0 or the cap; null when it follows plainly "
        "from income, obligations and PD (and on assessments made before reasons)."
    )
    max_debt_to_income: float | None = strawberry.field(
        description="The policy's ceiling of monthly obligations over monthly income."
    )
    pd_ceiling: float | None = strawberry.field(
        description="The probability of default at which the limit falls to 0."
    )
    cap: Money | None = strawberry.field(description="The policy's largest limit.")

    @classmethod
    def from_json(cls, stored: dict, currency: str) -> CreditLimitBasis:
        income = stored.get("monthly_income")
        reason, ratio, ceiling = (
            stored.get(k) for k in ("reason", "max_debt_to_income", "pd_ceiling")
        )
        cap = stored.get("cap")
        return cls(
            reason=None if reason is None else LimitReason(reason),
            max_debt_to_income=None if ratio is None else float(ratio),
            pd_ceiling=None if ceiling is None else float(ceiling),
            cap=money(cap and Decimal(cap), currency),
            basis=domain.Basis(stored["basis"]),
            monthly_income=money(income and Decimal(income), currency),
            monthly_obligations=Money(
                amount=Decimal(stored["monthly_obligations"]), currency=currency
            ),
            months=stored.get("months"),
            inflow_months=stored.get("inflow_months"),
        )


@strawberry.type(description="A recorded credit decision; four eyes above a limit.")
class CreditDecision:
    decision: CreditDecisionKind
    approved_limit: Money
    reason: str
    decided_by: str
    decided_at: dt.datetime
    needs_second_approver: bool
    second_approver: str | None
    second_approved_at: dt.datetime | None

    @strawberry.field(description="The staff username behind decidedBy.")
    async def decided_by_name(self, info: strawberry.Info) -> str | None:
        return await info.context.loaders.staff_name(self.decided_by)

    @strawberry.field(description="The staff username behind secondApprover.")
    async def second_approver_name(self, info: strawberry.Info) -> str | None:
        return await info.context.loaders.staff_name(self.second_approver)

    @classmethod
    def from_row(cls, row, currency: str) -> CreditDecision:
        return cls(
            decision=row.decision,
            approved_limit=Money(amount=row.approved_limit, currency=currency),
            reason=row.reason,
            decided_by=row.decided_by,
            decided_at=row.decided_at,
            needs_second_approver=row.needs_second,
            second_approver=row.second_approver,
            second_approved_at=row.second_approved_at,
        )


@strawberry.type
class CreditAssessment(Node):
    grade: str
    status: AssessmentStatus
    created_at: dt.datetime
    created_by: str
    model_kind: str
    model_version: str
    currency: str = strawberry.field(
        description="The currency its limits are in (the customer's), recommended "
        "or not: a decision's limit is in it too."
    )
    row: strawberry.Private[rows.CreditAssessment]

    @requires(READ, description="Probability of default, calibrated.")
    def probability(self) -> float | None:
        return self.row.probability

    @requires(READ, description="Scorecard points: higher is safer.")
    def points(self) -> int | None:
        return self.row.points

    @requires(READ, description="The factors behind the score, largest first.")
    def factors(self) -> list[CreditFactor] | None:
        return [CreditFactor(**f) for f in self.row.factors]

    @requires(READ, description="The model inputs as scored (no personal data).")
    def inputs(self) -> JSON | None:
        return self.row.inputs

    @requires(READ, description="Null when no income is known (see limitBasis).")
    def recommended_limit(self) -> Money | None:
        basis = self.row.inputs.get("limit") or {}
        if basis.get("basis") == domain.Basis.NONE:
            return None
        return money(self.row.recommended_limit, self.row.currency)

    @requires(READ, description="The income the recommended limit rests on.")
    def limit_basis(self) -> CreditLimitBasis | None:
        stored = self.row.inputs.get("limit")
        return CreditLimitBasis.from_json(stored, self.row.currency) if stored else None

    @requires(READ)
    async def decision(self, info: strawberry.Info) -> CreditDecision | None:
        found = await info.context.loaders.credit_decision.load(self.row.id)
        return CreditDecision.from_row(found, self.row.currency) if found else None

    @strawberry.field
    async def customer(self, info: strawberry.Info) -> Customer | None:
        found = await info.context.loaders.customer.load(self.row.customer_id)
        return Customer.from_row(found) if found else None

    @classmethod
    def from_row(cls, row) -> CreditAssessment:
        return cls(
            id=to_global_id("CreditAssessment", row.id),
            grade=row.grade,
            status=row.status,
            created_at=row.created_at,
            created_by=row.created_by,
            model_kind=row.model_kind,
            model_version=row.model_version,
            currency=row.currency,
            row=row,
        )


@strawberry.type
class AlertReason:
    code: str
    weight: float
    en: str
    zh: str


@strawberry.type(description="An abnormal transaction awaiting or after review.")
class Alert(Node):
    score: float
    reasons: list[AlertReason]
    status: AlertStatus
    reviewer: str | None
    review_reason: str | None
    created_at: dt.datetime
    reviewed_at: dt.datetime | None
    closed_at: dt.datetime | None
    customer_id: strawberry.Private[int]
    transaction_id: strawberry.Private[int]

    @strawberry.field(description="The staff username behind reviewer.")
    async def reviewer_name(self, info: strawberry.Info) -> str | None:
        return await info.context.loaders.staff_name(self.reviewer)

    @strawberry.field
    async def customer(self, info: strawberry.Info) -> Customer | None:
        found = await info.context.loaders.customer.load(self.customer_id)
        return Customer.from_row(found) if found else None

    @requires("transaction.read")
    async def transaction(self, info: strawberry.Info) -> Transaction | None:
        found = await info.context.loaders.transaction.load(self.transaction_id)
        return Transaction.from_row(found) if found else None

    @classmethod
    def from_row(cls, row) -> Alert:
        return cls(
            id=to_global_id("Alert", row.id),
            score=row.score,
            reasons=[AlertReason(**r) for r in row.reasons],
            status=row.status,
            reviewer=row.reviewer,
            review_reason=row.review_reason,
            created_at=row.created_at,
            reviewed_at=row.reviewed_at,
            closed_at=row.closed_at,
            customer_id=row.customer_id,
            transaction_id=row.transaction_id,
        )


@strawberry.type
class CalibrationBin:
    lowest_pd: float
    highest_pd: float
    rows: int
    bads: int
    mean_pd: float
    bad_rate: float


@strawberry.type
class FactorImportance:
    input: str
    en: str
    zh: str
    importance: float


@strawberry.type(description="PSI of one input between training data and customers.")
class InputStability:
    input: str
    en: str
    zh: str
    psi: float
    warning: bool


ModelChoiceCode = strawberry.enum(
    domain.ChoiceCode,
    name="ModelChoiceCode",
    description="Why a candidate model was chosen; the app words it in each language.",
)


@strawberry.type(
    description="Why the model's algorithm was chosen among the candidates trained: a "
    "code and its figures. BETTER_CALIBRATED names the candidate with the highest AUC "
    "that was passed over, its calibration error and the best candidate's."
)
class ModelChoice:
    code: ModelChoiceCode
    passed_over: str | None
    passed_over_calibration_error: float | None
    best_calibration_error: float | None

    @classmethod
    def from_choice(cls, choice: domain.Choice) -> ModelChoice:
        return cls(
            code=choice.code,
            passed_over=choice.passed_over,
            passed_over_calibration_error=choice.passed_over_calibration_error,
            best_calibration_error=choice.best_calibration_error,
        )


@strawberry.type(description="What the active credit model is and how well it does.")
class ModelCard:
    kind: str
    version: str
    dataset: str
    algorithm: str
    created_at: str
    created_by: str
    auc: float
    ks: float
    brier: float
    calibration_error: float
    train_rows: int
    test_rows: int
    bad_rate: float
    choice: ModelChoice
    calibration: list[CalibrationBin]
    importance: list[FactorImportance]
    stability: list[InputStability]
    score_psi: float
    customers: int
    warn_at: float

    @classmethod
    def from_card(cls, card: domain.ModelCard) -> ModelCard:
        m = card.metrics
        return cls(
            kind=card.kind,
            version=card.version,
            dataset=card.dataset,
            algorithm=card.algorithm,
            created_at=card.created_at,
            created_by=card.created_by,
            auc=m["auc"],
            ks=m["ks"],
            brier=m["brier"],
            calibration_error=m["calibration_error"],
            train_rows=m["train_rows"],
            test_rows=m["test_rows"],
            bad_rate=m["bad_rate"],
            choice=ModelChoice.from_choice(m["choice"]),
            calibration=[CalibrationBin(**b) for b in m["calibration"]],
            importance=[FactorImportance(**vars(i)) for i in card.importance],
            stability=[InputStability(**vars(d)) for d in card.drift],
            score_psi=card.score_psi,
            customers=card.customers,
            warn_at=card.warn_at,
        )


@strawberry.input
class AssessCreditRiskInput:
    customer_id: strawberry.ID


@strawberry.input
class DecideCreditAssessmentInput:
    assessment_id: strawberry.ID
    decision: CreditDecisionKind
    limit: Decimal | None = strawberry.field(
        default=None, description="Approve: defaults to the recommended limit."
    )
    reason: str


@strawberry.input
class ReviewAlertInput:
    alert_id: strawberry.ID
    action: AlertAction
    reason: str


AssessCreditRiskPayload = Annotated[
    CreditAssessment | NotFoundError | PermissionDeniedError | ModelNotReadyError,
    strawberry.union("AssessCreditRiskPayload"),
]
DecideCreditAssessmentPayload = Annotated[
    CreditAssessment
    | ValidationError
    | NotFoundError
    | PermissionDeniedError
    | RefusedError,
    strawberry.union("DecideCreditAssessmentPayload"),
]
ReviewAlertPayload = Annotated[
    Alert
    | ValidationError
    | NotFoundError
    | PermissionDeniedError
    | InvalidTransitionError,
    strawberry.union("ReviewAlertPayload"),
]


async def customer_assessments(
    info: strawberry.Info, customer_pk: int, first: int | None, after: str | None
) -> Connection[CreditAssessment]:
    """``Customer.creditAssessments``: one statement per page of customers."""
    found = await info.context.loaders.credit_assessments_of.load(customer_pk)
    return slice_connection(
        found, ASSESSMENT_ORDER, CreditAssessment.from_row, first=first, after=after
    )


async def latest_assessment(
    info: strawberry.Info, customer_pk: int
) -> CreditAssessment | None:
    found = await info.context.loaders.credit_assessments_of.load(customer_pk)
    return CreditAssessment.from_row(found[0]) if found else None


def _card_dataset(kind: str | None) -> str | None:
    # Accept the registry kind ("credit-german_credit") or the data set's name.
    if kind and kind.startswith("credit-"):
        return kind.removeprefix("credit-")
    return kind


@strawberry.type
class RiskQueries:
    @requires(
        READ,
        description="Abnormal-transaction alerts: highest score first, then newest.",
    )
    async def alerts(
        self,
        info: strawberry.Info,
        status: list[AlertStatus] | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[Alert] | None:
        statuses = [s.value for s in status or ()]
        qs = domain.alerts(info.context.actor, statuses)
        return await paginate(qs, ALERT_ORDER, Alert.from_row, first=first, after=after)

    @requires(
        READ,
        description="The active credit model's figures; null if the data set is "
        "unknown or no model of it is trained yet.",
    )
    async def model_card(
        self, info: strawberry.Info, kind: str | None = None
    ) -> ModelCard | None:
        try:
            card = await domain.model_card(info.context.actor, _card_dataset(kind))
        except (NotFound, ModelNotReady):
            return None
        return ModelCard.from_card(card)


@strawberry.type
class RiskMutations:
    @strawberry.mutation
    async def assess_credit_risk(
        self, info: strawberry.Info, input: AssessCreditRiskInput
    ) -> AssessCreditRiskPayload:
        try:
            pk = pk_of(input.customer_id, "Customer")
            row = await domain.assess_credit_risk(info.context.actor, pk)
        except DomainError as error:
            return to_graphql(error)
        return CreditAssessment.from_row(row)

    @strawberry.mutation
    async def decide_credit_assessment(
        self, info: strawberry.Info, input: DecideCreditAssessmentInput
    ) -> DecideCreditAssessmentPayload:
        try:
            row = await domain.decide(
                info.context.actor,
                pk_of(input.assessment_id, "CreditAssessment"),
                input.decision.value,
                input.limit,
                input.reason,
            )
        except DomainError as error:
            return to_graphql(error)
        return CreditAssessment.from_row(row)

    @strawberry.mutation
    async def review_alert(
        self, info: strawberry.Info, input: ReviewAlertInput
    ) -> ReviewAlertPayload:
        try:
            row = await domain.review_alert(
                info.context.actor,
                pk_of(input.alert_id, "Alert"),
                input.action.value,
                input.reason,
            )
        except DomainError as error:
            return to_graphql(error)
        return Alert.from_row(row)


async def resolve_assessment(info: strawberry.Info, pk: int):
    try:
        row = await domain.assessment(info.context.actor, pk)
    except NotFound:
        return None
    return CreditAssessment.from_row(row)


async def resolve_alert(info: strawberry.Info, pk: int):
    if not info.context.actor.can(READ):
        return None
    row = await domain.alerts(info.context.actor).filter(id=pk).first()
    return Alert.from_row(row) if row else None


# ---------------------------------------------------------------------------
# Subscription


@strawberry.enum
class AlertChangeKind(Enum):
    RAISED = "raised"
    REVIEWED = "reviewed"


@strawberry.type(description="An alert as it is after it was raised or reviewed.")
class AlertChange:
    kind: AlertChangeKind
    alert: Alert


async def _alert_change(actor, payload: dict) -> AlertChange | None:
    """The change as this actor may see it: the alert is read again in the
    subscriber's own scope, so another branch's alerts never reach them."""
    row = await domain.alerts(actor).filter(id=payload["alertId"]).first()
    if row is None:
        return None
    return AlertChange(kind=AlertChangeKind(payload["kind"]), alert=Alert.from_row(row))


@strawberry.type
class RiskSubscriptions:
    @strawberry.subscription(
        description="Alerts you may see, as they are raised and reviewed."
    )
    async def alert_changed(
        self, info: strawberry.Info
    ) -> AsyncGenerator[AlertChange, None]:
        actor = info.context.actor
        require(actor, READ)
        async with events.subscribe(domain.TOPIC) as feed:
            async for payload in feed:
                try:
                    change = await _alert_change(actor, payload)
                except Exception:
                    # Errors on a socket bypass the HTTP path that masks them.
                    log.exception(
                        "alert push failed",
                        extra={"request_id": info.context.request_id},
                    )
                    continue
                if change is None:
                    continue
                await guard(info)
                # Fresh loaders per push: a connection lives for hours.
                info.context.loaders = Loaders(actor)
                yield change
