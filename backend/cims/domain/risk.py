"""Risk management: credit assessments, credit decisions with four eyes, alerts.

Credit. ``assess_credit_risk`` builds the model's inputs from the customer row and
its accounts (money converted back to the unit of the data set the model learnt
from) and, for a customer whose ``custom_attributes`` carry a row of that data set,
from those values; it scores them with the ACTIVE registry model of that data set
(the default data set's model for anyone else) and records the assessment with a
recommended limit and the income it rests on (``limit_basis``). Without an active
model it raises ``ModelNotReady``: models are trained by commands
(``train_credit_model``, ``train_anomaly_detector``), never inside a request.
``decide`` records the human decision. A limit above ``CIMS_RISK_FOUR_EYES_ABOVE``
(CNY 100,000 by default) needs a second, different officer to confirm the same
decision; a decided assessment never changes.

Alerts. ``score_transaction`` judges one stored transaction against its customer's
history and opens an alert above the detector's threshold; ``screen`` does the same
for transactions just booked (``cims.domain.transactions``), ``scan`` for every
recent transaction. Besides the transaction and its history the rules get the
customer's kind, the account's balance right after the transaction and the lowest
balance the account may reach (``overdraft_floor``), for the large-value rule (its
thresholds: ``large_value_thresholds``, ``CIMS_RISK_LARGE_VALUE``) and the
overdraft rule. ``review_alert`` escalates, dismisses or confirms one;
dismissed alerts keep their reason, the material for tuning the rules.

Every change is audited in its own transaction; new alerts and reviews are published
on the ``alerts`` topic once committed.
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
import os
import random
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from tortoise.exceptions import IntegrityError
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from cims.analytics import mappings, registry, reporting
from cims.analytics.choice import Choice as Choice  # the API types a model card by it
from cims.analytics.choice import ChoiceCode as ChoiceCode
from cims.analytics.choice import choice_of
from cims.demo.datasets import CNY_PER_DM, CNY_PER_THOUSAND_ESP, CNY_PER_TWD
from cims.domain import audit, events
from cims.domain.access import customer_in_scope, one_in_scope, require, scoped
from cims.domain.actor import Actor
from cims.domain.errors import (
    FieldProblem,
    InvalidTransition,
    ModelNotReady,
    NotFound,
    Refused,
    ValidationFailed,
)
from cims.domain.validation import Bad, parse_amount, parse_decimal
from cims.models import (
    Account,
    Alert,
    AlertStatus,
    AssessmentStatus,
    CreditAssessment,
    CreditDecision,
    CreditDecisionKind,
    Customer,
    Transaction,
)

if TYPE_CHECKING:
    from cims.analytics import anomaly, credit

logger = logging.getLogger(__name__)

READ = "risk.read"
ASSESS = "risk.assess"
DECIDE = "risk.decide"
REVIEW = "alert.review"
TOPIC = "alerts"
ANOMALY_KIND = "anomaly"
DEFAULT_DATASET = "credit_scoring"
DEFAULT_FOUR_EYES_ABOVE = Decimal("100000")
CARD_CATEGORY = "credit_card"
# Model cards are costly (PSI over every customer): kept this long per version.
CARD_TTL_SECONDS = 600
IMPORTANCE_ROWS = 200

# CNY per unit of each data set's money columns (the demo seed's fixed rates).
UNIT_IN_CNY = {
    "german_credit": CNY_PER_DM,
    "credit_scoring": CNY_PER_THOUSAND_ESP,
    "credit_card_clients": CNY_PER_TWD,
}

_models: dict[tuple[str, str], Any] = {}
_cards: dict[tuple[str, str], tuple[float, ModelCard]] = {}


# ---------------------------------------------------------------------------
# Settings


def four_eyes_above() -> Decimal:
    """Approved limits above this amount (CNY) need a second officer."""
    return Decimal(os.environ.get("CIMS_RISK_FOUR_EYES_ABOVE", DEFAULT_FOUR_EYES_ABOVE))


def default_dataset() -> str:
    """The data set whose model scores customers that carry no data-set row."""
    return os.environ.get("CIMS_RISK_CREDIT_DATASET", DEFAULT_DATASET)


LARGE_VALUE_SETTING = "CIMS_RISK_LARGE_VALUE"
_large_value: dict[str, reporting.Thresholds] = {}


def large_value_thresholds() -> reporting.Thresholds:
    """Thresholds of the large-value rule: the PBoC's (``cims.analytics.reporting``)
    with the JSON file named by ``CIMS_RISK_LARGE_VALUE`` laid over them, e.g.
    ``{"EUR": {"individual": {"cash": 7000}}}``. Read once per file name.

    Raises ``ValidationFailed`` when the file cannot be used, so that the app
    refuses to start with a one-line reason instead of judging with wrong figures.
    """
    path = os.environ.get(LARGE_VALUE_SETTING, "")
    if path not in _large_value:
        _large_value[path] = _read_large_value(path)
    return _large_value[path]


def _read_large_value(path: str) -> reporting.Thresholds:
    if not path:
        return reporting.LARGE_VALUE_THRESHOLDS
    try:
        return reporting.merged(json.loads(Path(path).read_text(encoding="utf-8")))
    except OSError as error:
        reason = error.strerror or "cannot read it"
    except ValueError as error:  # JSON errors too
        reason = str(error).splitlines()[0]
    raise ValidationFailed.one(
        LARGE_VALUE_SETTING, "INVALID", f"{path} cannot be used: {reason}"
    )


# ---------------------------------------------------------------------------
# Models from the registry


def train_credit_model(
    dataset: str, created_by: str, *, cv_folds: int = 5, activate: bool = True
) -> tuple[str, str, credit.CreditMetrics]:
    """Train on the shipped data set and register the model; activate it when no
    version of its kind is active yet (later versions a person activates after
    reading their figures). Runs for seconds."""
    # scikit-learn only where a model is trained or used, not at every start-up.
    from cims.analytics import credit

    mapping = mappings.MAPPINGS[dataset]
    kind = mappings.credit_kind(mapping)
    model, metrics = credit.train_credit(mapping, cv_folds=cv_folds)
    metadata = credit.registry_metadata(model, metrics, created_by)
    metadata["importance"] = importance(model)
    version = registry.save(kind, model, metadata)
    if activate and not _has_active(kind):
        registry.activate(kind, version)
    logger.info("registered credit model %s/%s", kind, version)
    return kind, version, metrics


def _has_active(kind: str) -> bool:
    try:
        registry.active_version(kind)
    except registry.NoActiveVersion:
        return False
    return True


async def credit_model(dataset: str) -> tuple[str, str, Any]:
    """The active model of ``dataset`` (kind, version, model).

    Raises ``ModelNotReady`` when none is active: training runs as a command
    (``cims train credit``, or ``cims seed-demo`` for the demo), never inside a
    request, where it would hold a worker for seconds.
    """
    kind = mappings.credit_kind(mappings.MAPPINGS[dataset])
    try:
        version = registry.active_version(kind)
    except registry.NoActiveVersion:
        raise ModelNotReady(kind, f"cims train credit --dataset {dataset}") from None
    if (kind, version) not in _models:
        _models[kind, version] = await asyncio.to_thread(registry.load, kind, version)
    return kind, version, _models[kind, version]


async def train_anomaly_detector(
    created_by: str, *, customers: int = 3000, activate: bool = True, seed: int = 0
) -> tuple[str, dict[str, Any]]:
    """Fit the isolation forest on the stored transactions of up to ``customers``
    customers (a fixed random sample) and register it; activate it when no version
    is active yet. A command's work (``cims train anomaly``): seconds to a minute."""
    from cims.analytics import anomaly

    ids = await Customer.filter(archived_at__isnull=True).values_list("id", flat=True)
    ids = sorted(ids)  # the sample depends on the seed only, not on row order
    chosen = sorted(random.Random(seed).sample(ids, min(customers, len(ids))))
    histories = await training_histories(chosen)
    detector, metrics = await asyncio.to_thread(anomaly.train_anomaly, histories)
    window = {"customers": len(histories), "sample_seed": seed}
    metadata = anomaly.registry_metadata(detector, metrics, created_by, window)
    version = registry.save(ANOMALY_KIND, detector, metadata)
    if activate and not _has_active(ANOMALY_KIND):
        registry.activate(ANOMALY_KIND, version)
    logger.info("registered anomaly detector %s", version)
    return version, metrics


async def training_histories(customer_ids: list[int]) -> list[list[dict]]:
    """The transactions the detector learns from: one list per customer with any,
    customers by ID, each in booking order, transactions booked at one instant by
    what they are (amount, channel, direction), not by where they lie. The order
    is fixed here, not left to the engine: the forest's rows, and which of two
    transactions booked at one instant counts as the earlier, follow it, so
    SQLite's order and PostgreSQL's once trained different models (432 demo
    alerts against 429)."""
    histories: dict[int, list[dict]] = {}
    for start in range(0, len(customer_ids), 500):
        rows = await Transaction.filter(
            customer_id__in=customer_ids[start : start + 500]
        ).values("customer_id", "amount", "booked_at", "channel", "direction")
        for row in rows:
            histories.setdefault(row.pop("customer_id"), []).append(row)
    return [sorted(histories[key], key=_booking_order) for key in sorted(histories)]


def _booking_order(row: dict) -> tuple:
    return (
        row["booked_at"],
        Decimal(row["amount"]),
        str(row["channel"]),
        str(row["direction"]),
    )


async def _detector(
    given: anomaly.AnomalyDetector | None = None,
) -> anomaly.AnomalyDetector:
    """``given``, else the active anomaly detector, else the rules alone; with the
    large-value thresholds in force unless the detector carries its own."""
    from cims.analytics import anomaly

    detector = given
    if detector is None:
        try:
            version = registry.active_version(ANOMALY_KIND)
        except registry.NoActiveVersion:
            version = None
        if version is None:
            detector = anomaly.AnomalyDetector()
        else:
            key = (ANOMALY_KIND, version)
            if key not in _models:
                _models[key] = await asyncio.to_thread(
                    registry.load, ANOMALY_KIND, version
                )
            detector = _models[key]
    if detector.config.large_value is None:
        detector = detector.with_config(large_value=large_value_thresholds())
    return detector


# ---------------------------------------------------------------------------
# Inputs of a customer


def dataset_of(customer: Customer) -> str:
    source = (customer.custom_attributes or {}).get("dataset")
    return source if source in mappings.MAPPINGS else default_dataset()


def model_inputs(
    customer: Customer, accounts: Iterable[Account], dataset: str, today: date
) -> dict[str, Any]:
    """The raw columns of ``dataset``'s mapping for one customer (None = unknown).

    Derived from the customer's fields and accounts, then overridden by the values
    of a source row of the same data set in ``custom_attributes``. Only mapped model
    inputs are kept, so the snapshot holds no personal data.
    """
    mapping = mappings.MAPPINGS[dataset]
    values = _derived(customer, list(accounts), dataset, today)
    attributes = customer.custom_attributes or {}
    if attributes.get("dataset") == dataset:
        values |= {c: attributes[c] for c in _raw_columns(mapping) if c in attributes}
    return {c: _plain(values.get(c)) for c in _raw_columns(mapping)}


def _raw_columns(mapping: mappings.ColumnMapping) -> tuple[str, ...]:
    return mapping.numeric + mapping.categorical


def _derived(
    customer: Customer, accounts: list[Account], dataset: str, today: date
) -> dict[str, Any]:
    unit = UNIT_IN_CNY[dataset]
    age = _age(customer.birth_date, today)
    if dataset == "german_credit":
        return {"age_in_years": age, "credit_amount": _in(customer.liabilities, unit)}
    if dataset == "credit_scoring":
        monthly = (
            None if customer.annual_income is None else customer.annual_income / 12
        )
        return {
            "Age": age,
            "Income": _in(monthly, unit),
            "Assets": _in(customer.assets, unit),
            "Debt": _in(customer.liabilities, unit),
        }
    cards = [a for a in accounts if a.credit_limit is not None]
    if not cards:
        return {}
    return {
        "LIMIT_BAL": _in(sum(a.credit_limit for a in cards), unit),
        # A card owing money has a negative balance; the bill is what is owed.
        "BILL_AMT1": _in(sum(max(-a.balance, Decimal(0)) for a in cards), unit),
    }


def _age(birth: date | None, today: date) -> int | None:
    if birth is None:
        return None
    return (
        today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))
    )


def _in(amount: Decimal | None, unit: Decimal) -> float | None:
    return None if amount is None else float(amount / unit)


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


# Credits that are not income: an account's opening deposit and a loan's payout.
NOT_INCOME = frozenset({"deposit", "loan_disbursement"})
DEFAULT_INCOME_MONTHS = 6
MIN_INFLOW_MONTHS = 2


class Basis(StrEnum):
    RECORDED_INCOME = "recorded_income"
    ESTIMATED_INCOME = "estimated_income"
    NONE = "none"


@dataclass(frozen=True)
class LimitBasis:
    """The monthly income a recommended limit rests on, and where it came from."""

    basis: Basis
    monthly_income: Decimal | None
    monthly_obligations: Decimal
    months: int | None = None  # the inflow window of an estimate
    inflow_months: int | None = None  # months of that window with an inflow

    def as_json(self) -> dict[str, Any]:
        money_ = None if self.monthly_income is None else str(self.monthly_income)
        return {
            "basis": str(self.basis),
            "monthly_income": money_,
            "monthly_obligations": str(self.monthly_obligations),
            "months": self.months,
            "inflow_months": self.inflow_months,
        }


def income_months() -> int:
    """Months of inflows an income estimate looks back over."""
    return int(os.environ.get("CIMS_RISK_INCOME_MONTHS", DEFAULT_INCOME_MONTHS))


async def limit_basis(customer: Customer, now: datetime) -> LimitBasis:
    """The income behind a customer's recommended limit (README: "Recommended limit").

    1. A recorded annual income, divided by twelve.
    2. Else an estimate: the credits into the customer's deposit accounts over the
       last ``income_months()`` months (opening deposits and loan payouts left
       out), divided by that many months, when inflows came in at least
       ``MIN_INFLOW_MONTHS`` different months.
    3. Else none: no limit is recommended, and the assessment says why.

    Obligations are the recorded liabilities spread over twelve months, since the
    record holds no repayment schedule.
    """
    obligations = (customer.liabilities or Decimal(0)) / 12
    obligations = obligations.quantize(Decimal("0.01"))
    if customer.annual_income is not None and customer.annual_income > 0:
        income = (customer.annual_income / 12).quantize(Decimal("0.01"))
        return LimitBasis(Basis.RECORDED_INCOME, income, obligations)
    months = income_months()
    inflows = (
        await Transaction.filter(
            customer_id=customer.id,
            direction="credit",
            booked_at__gte=now - timedelta(days=30 * months),
            booked_at__lte=now,
            account__product__category="deposit",
        )
        .exclude(category__in=sorted(NOT_INCOME))
        .values("amount", "booked_at")
    )
    seen = {(i["booked_at"].year, i["booked_at"].month) for i in inflows}
    if len(seen) < MIN_INFLOW_MONTHS:
        return LimitBasis(Basis.NONE, None, obligations, months, len(seen))
    total = sum((i["amount"] for i in inflows), Decimal(0))
    income = (total / months).quantize(Decimal("0.01"))
    return LimitBasis(Basis.ESTIMATED_INCOME, income, obligations, months, len(seen))


def recommended_limit(basis: LimitBasis, pd_: float) -> Decimal | None:
    """``credit.recommend_limit`` on the basis's income; None without an income."""
    if basis.monthly_income is None:
        return None
    from cims.analytics import credit

    return credit.recommend_limit(basis.monthly_income, basis.monthly_obligations, pd_)


NO_INCOME = "no_income"


def limit_explained(basis: LimitBasis, pd_: float) -> dict[str, Any]:
    """Why the recommended limit is 0 (or held at the cap), for the assessment to
    say: ``reason`` is ``no_income`` or a ``credit.LimitReason``, None when the
    limit simply follows from income, obligations and PD; with the policy figures
    it was measured against."""
    from cims.analytics import credit

    policy = credit.LimitPolicy()
    figures = {
        "max_debt_to_income": str(policy.max_debt_to_income),
        "pd_ceiling": str(policy.pd_ceiling),
        "cap": str(policy.cap),
    }
    if basis.monthly_income is None:
        return {"reason": NO_INCOME} | figures
    reason = credit.limit_reason(basis.monthly_income, basis.monthly_obligations, pd_)
    return {"reason": None if reason is None else str(reason)} | figures


# ---------------------------------------------------------------------------
# Assessments


async def assess_credit_risk(actor: Actor, customer_id: int) -> CreditAssessment:
    """Score the customer with the active model and record the assessment."""
    require(actor, ASSESS)
    customer = await customer_in_scope(actor, customer_id)
    accounts = await Account.filter(customer_id=customer.id)
    dataset = dataset_of(customer)
    kind, version, model = await credit_model(dataset)
    inputs = model_inputs(customer, accounts, dataset, datetime.now(UTC).date())
    # Factors show money in the customer's currency, not in the data set's unit.
    unit = (UNIT_IN_CNY[dataset], "CNY")
    score = await asyncio.to_thread(model.score, inputs, 3, unit)
    basis = await limit_basis(customer, _now())
    return await _record_assessment(
        actor, customer, (kind, version, model), inputs, score, basis
    )


async def _record_assessment(
    actor: Actor,
    customer: Customer,
    model_info: tuple,
    inputs: dict,
    score,
    basis: LimitBasis,
) -> CreditAssessment:
    kind, version, model = model_info
    limit = recommended_limit(basis, score.pd)
    stored_basis = basis.as_json() | limit_explained(basis, score.pd)
    async with in_transaction() as conn:
        row = await CreditAssessment.create(
            customer_id=customer.id,
            # The limit's basis is kept with the model inputs: the snapshot of
            # everything the assessment rested on. Without one the column holds
            # 0 and the basis says that no limit is recommended.
            inputs={
                "dataset": model.mapping.name,
                "values": inputs,
                "limit": stored_basis,
            },
            model_kind=kind,
            model_version=version,
            algorithm=model.algorithm,
            probability=score.pd,
            grade=score.grade,
            points=score.points,
            factors=[_factor(f) for f in score.factors],
            recommended_limit=Decimal(0) if limit is None else limit,
            currency=customer.currency,
            created_by=actor.subject,
            using_db=conn,
        )
        await audit.record(
            actor,
            ASSESS,
            "CreditAssessment",
            row.id,
            ["grade"],
            customer_id=row.customer_id,
            conn=conn,
        )
    logger.info(
        "credit assessment %s for customer %s: %s", row.id, customer.id, row.grade
    )
    return row


async def assess_stale(
    actor: Actor, fresh_for: timedelta, limit: int | None = None
) -> tuple[int, int]:
    """Assess every live customer in scope without an assessment newer than
    ``fresh_for``; return (assessed, skipped as fresh). For ``cims risk score``."""
    require(actor, ASSESS)
    recent = CreditAssessment.filter(created_at__gte=_now() - fresh_for)
    fresh = set(await recent.values_list("customer_id", flat=True))
    live = scoped(actor, Customer.filter(archived_at__isnull=True), "")
    ids = await live.order_by("id").values_list("id", flat=True)
    stale = [i for i in ids if i not in fresh]
    for customer_id in stale[:limit]:
        await assess_credit_risk(actor, customer_id)
    return len(stale[:limit]), len(ids) - len(stale)


def _factor(factor: credit.Factor) -> dict[str, Any]:
    return {
        "input": factor.input,
        "value": factor.value,
        "level": factor.level,
        "effect": factor.effect,
        "en": factor.en,
        "zh": factor.zh,
    }


async def assessment(actor: Actor, assessment_id: int) -> CreditAssessment:
    require(actor, "customer.read")
    return await one_in_scope(actor, CreditAssessment, assessment_id)


# ---------------------------------------------------------------------------
# Decisions


async def decide(
    actor: Actor,
    assessment_id: int,
    decision: str,
    limit: Decimal | None,
    reason: str,
) -> CreditAssessment:
    """Record a decision, or confirm a colleague's decision that needs four eyes."""
    require(actor, DECIDE)
    kind = _decision_kind(decision)
    reason = _reason(reason)
    async with in_transaction() as conn:
        row = (
            await scoped(actor, CreditAssessment.filter(id=assessment_id))
            .using_db(conn)
            .first()
        )
        if row is None:
            raise NotFound("CreditAssessment")
        if row.status == AssessmentStatus.DECIDED:
            raise Refused("ALREADY_DECIDED", "This assessment is decided and final")
        earlier = (
            await CreditDecision.filter(assessment_id=row.id).using_db(conn).first()
        )
        if earlier is None:
            await _first_decision(actor, row, kind, limit, reason, conn)
        else:
            await _confirm(actor, row, earlier, kind, limit, conn)
    return await CreditAssessment.get(id=row.id)


def _decision_kind(decision: str) -> CreditDecisionKind:
    try:
        return CreditDecisionKind(decision)
    except ValueError:
        raise ValidationFailed.one(
            "decision", "UNKNOWN_DECISION", "Decision is approve, reduce or decline"
        ) from None


def _reason(reason: str | None) -> str:
    text = (reason or "").strip()
    if not text:
        raise ValidationFailed.one("reason", "REQUIRED", "Give a reason")
    return text


def approved_limit(
    kind: CreditDecisionKind,
    limit: Decimal | str | None,
    recommended: Decimal,
    currency: str = "CNY",
) -> Decimal:
    """The limit a decision grants: approve defaults to the recommendation, a
    reduction lies strictly between 0 and it, a decline grants nothing. A limit
    with more decimals than the currency has is refused, never rounded: a
    decision is final."""
    if kind is CreditDecisionKind.DECLINE:
        return Decimal("0.00")
    chosen = recommended if limit is None else _limit(limit)
    problem = None
    if limit is None and recommended <= 0:
        problem = ("REQUIRED", "No limit was recommended: give the limit to approve")
    elif chosen <= 0:
        problem = ("MUST_BE_POSITIVE", "An approved limit is above 0")
    elif kind is CreditDecisionKind.REDUCE and chosen >= recommended:
        problem = ("NOT_REDUCED", "A reduced limit is below the recommended one")
    elif limit is not None:
        problem = _decimals_problem(chosen, currency)
    if problem:
        raise ValidationFailed([FieldProblem("limit", *problem)])
    return chosen.quantize(Decimal("0.01"))


def _limit(limit: Decimal | str) -> Decimal:
    try:
        return parse_decimal(limit)
    except Bad as bad:
        raise ValidationFailed.one("limit", bad.code, bad.message) from None


def _decimals_problem(limit: Decimal, currency: str) -> tuple[str, str] | None:
    """The domain's one money rule (validation.parse_amount), as a problem."""
    try:
        parse_amount(limit, currency)
    except Bad as bad:
        return bad.code, bad.message
    return None


async def _first_decision(actor, row, kind, limit, reason, conn) -> None:
    granted = approved_limit(kind, limit, row.recommended_limit, row.currency)
    needs_second = granted > four_eyes_above()
    try:
        decision = await CreditDecision.create(
            assessment_id=row.id,
            decision=kind,
            approved_limit=granted,
            reason=reason,
            decided_by=actor.subject,
            needs_second=needs_second,
            using_db=conn,
        )
    except IntegrityError:
        raise Refused("ALREADY_DECIDED", "A decision was recorded meanwhile") from None
    if not needs_second:
        await _close(row, conn)
    fields_ = ["decision", "approved_limit", "reason"]
    await audit.record(
        actor,
        DECIDE,
        "CreditDecision",
        decision.id,
        fields_,
        customer_id=row.customer_id,
        conn=conn,
    )


async def _confirm(actor, row, earlier, kind, limit, conn) -> None:
    if earlier.decided_by == actor.subject:
        raise Refused(
            "SAME_APPROVER", "A second, different officer must confirm this decision"
        )
    same_limit = limit is None or Decimal(limit) == earlier.approved_limit
    if kind != earlier.decision or not same_limit:
        raise ValidationFailed.one(
            "decision",
            "DECISION_MISMATCH",
            "The second officer confirms the first decision and limit as recorded",
        )
    changed = (
        await CreditDecision.filter(id=earlier.id, second_approver__isnull=True)
        .using_db(conn)
        .update(second_approver=actor.subject, second_approved_at=_now())
    )
    if not changed:
        raise Refused("ALREADY_DECIDED", "This decision was confirmed meanwhile")
    await _close(row, conn)
    await audit.record(
        actor,
        DECIDE,
        "CreditDecision",
        earlier.id,
        ["second_approver"],
        customer_id=row.customer_id,
        conn=conn,
    )


async def _close(row: CreditAssessment, conn) -> None:
    changed = (
        await CreditAssessment.filter(id=row.id, status=AssessmentStatus.PENDING)
        .using_db(conn)
        .update(status=AssessmentStatus.DECIDED)
    )
    if not changed:
        raise Refused("ALREADY_DECIDED", "This assessment is decided and final")


def _now() -> datetime:
    return datetime.now(UTC)


# ---------------------------------------------------------------------------
# Alerts


@dataclass
class ScanReport:
    transactions: int = 0
    alerts: int = 0
    opened: list[int] = field(default_factory=list)
    customers: int = 0


@dataclass(frozen=True)
class ScanProgress:
    """How far a scan is: counts only (``cims.cli_progress`` draws it)."""

    phase: str  # "score"
    done: int  # transactions scored so far
    total: int | None  # transactions to score


async def score_transaction(
    actor: Actor, transaction_id: int, detector: anomaly.AnomalyDetector | None = None
) -> Alert | None:
    """Judge a stored transaction against its customer's history; open an alert
    when it is abnormal. Call it when a transaction is booked or imported."""
    require(actor, ASSESS)
    txn = await Transaction.get_or_none(id=transaction_id)
    if txn is None:
        raise NotFound("Transaction")
    detector = await _detector(detector)
    since = txn.booked_at - detector.config.lookback
    history = (
        await Transaction.filter(
            customer_id=txn.customer_id,
            booked_at__gte=since,
            booked_at__lte=txn.booked_at,
        )
        .exclude(id=txn.id)
        .order_by("booked_at", "id")
    )
    scored = await scoring_facts([txn])
    result = detector.score(scored[txn.id], history)
    return await _open_alert(actor, txn, result) if result.alert else None


async def scan(
    actor: Actor,
    since: datetime,
    until: datetime | None = None,
    detector: anomaly.AnomalyDetector | None = None,
    progress: Callable[[ScanProgress], None] | None = None,
) -> ScanReport:
    """Score every transaction booked in [since, until) that has no alert yet;
    ``progress`` hears how many are scored after each batch."""
    require(actor, ASSESS)
    detector = await _detector(detector)
    recent = Transaction.filter(booked_at__gte=since)
    if until is not None:
        recent = recent.filter(booked_at__lt=until)
    alerted = Alert.filter(transaction__booked_at__gte=since).values_list(
        "transaction_id", flat=True
    )
    done = set(await alerted)
    by_customer: dict[int, list[Transaction]] = defaultdict(list)
    for txn in await recent.order_by("booked_at", "id"):
        if txn.id not in done:
            by_customer[txn.customer_id].append(txn)
    report = ScanReport(customers=len(by_customer))
    total = sum(len(txns) for txns in by_customer.values())
    tell = None
    if progress is not None:
        progress(ScanProgress("score", 0, total))

        def tell() -> None:
            progress(ScanProgress("score", report.transactions, total))

    await _scan_groups(actor, by_customer, detector, report, tell)
    logger.info("scan: %d transactions, %d alerts", report.transactions, report.alerts)
    return report


async def screen(actor: Actor, txns: Iterable[Transaction]) -> dict[int, Alert]:
    """Score transactions just booked and open their alerts; the alerts by
    transaction ID. The booking path's hook (``cims.domain.transactions``): its
    caller holds the permission to book, so none is checked here. Uses the active
    detector (the rules alone without one); never trains."""
    detector = await _detector(None)
    by_customer: dict[int, list[Transaction]] = defaultdict(list)
    for txn in sorted(txns, key=lambda t: (t.booked_at, t.id)):
        by_customer[txn.customer_id].append(txn)
    report = ScanReport()
    await _scan_groups(actor, by_customer, detector, report)
    opened = await Alert.filter(id__in=report.opened)
    return {alert.transaction_id: alert for alert in opened}


# Pairs the forest judges per call: enough to spread a call's fixed cost (tens of
# milliseconds), few enough that a scan over months never holds every history at once.
_BATCH = 256


async def _scan_groups(actor, by_customer, detector, report, tell=None) -> None:
    """Score each customer's transactions against that customer's own history and
    open their alerts, customer by customer in booking order. The history is read
    in booking order (ID on a tie), whatever order the engine keeps rows in, so
    that both engines judge the same. ``tell()`` after each batch judged."""
    pairs: list[tuple[Transaction, list[Transaction]]] = []
    for customer_id, txns in by_customer.items():
        start = txns[0].booked_at - detector.config.lookback
        history = await Transaction.filter(
            customer_id=customer_id,
            booked_at__gte=start,
            booked_at__lte=txns[-1].booked_at,
        ).order_by("booked_at", "id")
        pairs += [(txn, [h for h in history if h.id != txn.id]) for txn in txns]
        if len(pairs) >= _BATCH:
            await _judge(actor, pairs, detector, report)
            pairs = []
            if tell is not None:
                tell()
    await _judge(actor, pairs, detector, report)
    if tell is not None:
        tell()


async def _judge(actor, pairs, detector, report) -> None:
    if not pairs:
        return
    facts = await scoring_facts([txn for txn, _ in pairs])
    scored = [(facts[txn.id], history) for txn, history in pairs]
    for (txn, _), result in zip(pairs, detector.score_many(scored), strict=True):
        report.transactions += 1
        if result.alert and (alert := await _open_alert(actor, txn, result)):
            report.alerts += 1
            report.opened.append(alert.id)


# Product categories whose balance is what the bank lent, negative by design: a debit
# there is no overdraft. Every other account may not go below zero, or below minus its
# agreed limit (``Account.credit_limit``: an overdraft facility, or a card's limit).
NO_OVERDRAFT_FLOOR = frozenset({"loan", "mortgage"})


def overdraft_floor(category: str, credit_limit: Decimal | None) -> Decimal | None:
    """The lowest balance an account of this product category may reach."""
    if category in NO_OVERDRAFT_FLOOR:
        return None
    return -(credit_limit or Decimal(0))


async def scoring_facts(txns: list[Transaction]) -> dict[int, dict[str, Any]]:
    """What the rules judge of each transaction, by ID: the transaction's own
    fields, its customer's kind, its account's balance right after it (the stored
    balance less everything booked on the account after it) and the account's
    overdraft floor. A few statements per call, whatever the number of accounts."""
    customer_ids = sorted({t.customer_id for t in txns})
    kinds = dict(await Customer.filter(id__in=customer_ids).values_list("id", "kind"))
    account_ids = sorted({t.account_id for t in txns})
    balance_after: dict[int, Decimal] = {}
    floors: dict[int, Decimal | None] = {}
    since = min((t.booked_at for t in txns), default=None)
    for start in range(0, len(account_ids), 500):
        chunk = account_ids[start : start + 500]
        accounts = await Account.filter(id__in=chunk).values(
            "id", "balance", "credit_limit", "product__category"
        )
        later = await Transaction.filter(
            account_id__in=chunk, booked_at__gte=since
        ).values("id", "account_id", "booked_at", "amount", "direction")
        by_account: dict[int, list[dict]] = defaultdict(list)
        for row in later:
            by_account[row["account_id"]].append(row)
        for account in accounts:
            floors[account["id"]] = overdraft_floor(
                account["product__category"], account["credit_limit"]
            )
            balance = account["balance"]
            rows = by_account[account["id"]]
            for row in sorted(
                rows, key=lambda r: (r["booked_at"], r["id"]), reverse=True
            ):
                balance_after[row["id"]] = balance
                moved = (
                    row["amount"] if row["direction"] == "credit" else -row["amount"]
                )
                balance -= moved
    return {
        t.id: {
            "amount": t.amount,
            "booked_at": t.booked_at,
            "channel": str(t.channel),
            "direction": str(t.direction),
            "currency": t.currency,
            "category": t.category,
            "customer_kind": None
            if t.customer_id not in kinds
            else str(kinds[t.customer_id]),
            "balance_after": balance_after.get(t.id),
            "overdraft_floor": floors.get(t.account_id),
        }
        for t in txns
    }


async def _open_alert(
    actor: Actor, txn: Transaction, result: anomaly.AnomalyResult
) -> Alert | None:
    reasons = [
        {"code": r.code, "weight": r.weight, "en": r.en, "zh": r.zh}
        for r in result.reasons
    ]
    try:
        async with in_transaction() as conn:
            alert = await Alert.create(
                transaction_id=txn.id,
                customer_id=txn.customer_id,
                score=result.score,
                reasons=reasons,
                using_db=conn,
            )
            await audit.record(
                actor,
                "alert.open",
                "Alert",
                alert.id,
                ["status"],
                customer_id=alert.customer_id,
                conn=conn,
            )
    except IntegrityError:
        return None  # the transaction already has its alert
    await events.publish(TOPIC, _event(alert, "raised"))
    return alert


def _event(alert: Alert, kind: str) -> dict:
    """What subscribers hear: IDs and states only (NOTIFY carries 8000 bytes)."""
    return {
        "kind": kind,
        "alertId": alert.id,
        "customerId": alert.customer_id,
        "transactionId": alert.transaction_id,
        "score": alert.score,
        "status": str(alert.status),
        "codes": [r["code"] for r in alert.reasons],
    }


REVIEW_STEPS = {
    AlertStatus.OPEN: {
        "escalate": AlertStatus.ESCALATED,
        "dismiss": AlertStatus.DISMISSED,
        "confirm": AlertStatus.CONFIRMED,
    },
    AlertStatus.ESCALATED: {
        "dismiss": AlertStatus.DISMISSED,
        "confirm": AlertStatus.CONFIRMED,
    },
}


async def review_alert(actor: Actor, alert_id: int, action: str, reason: str) -> Alert:
    """Escalate, dismiss or confirm an alert, with a reason kept for tuning."""
    require(actor, REVIEW)
    reason = _reason(reason)
    async with in_transaction() as conn:
        alert = await scoped(actor, Alert.filter(id=alert_id)).using_db(conn).first()
        if alert is None:
            raise NotFound("Alert")
        steps = REVIEW_STEPS.get(alert.status, {})
        if action not in steps:
            raise InvalidTransition("Alert", str(alert.status), action, sorted(steps))
        await _apply_review(actor, alert, steps[action], reason, conn)
    await events.publish(TOPIC, _event(alert, "reviewed"))
    return alert


async def _apply_review(actor, alert, target: AlertStatus, reason, conn) -> None:
    now = _now()
    values = {
        "status": target,
        "reviewer": actor.subject,
        "review_reason": reason,
        "reviewed_at": now,
    }
    if target is not AlertStatus.ESCALATED:
        values["closed_at"] = now
    changed = (
        await Alert.filter(id=alert.id, status=alert.status)
        .using_db(conn)
        .update(**values)
    )
    if not changed:
        current = await Alert.get(id=alert.id).using_db(conn)
        raise InvalidTransition("Alert", str(current.status), str(target), [])
    for name, value in values.items():
        setattr(alert, name, value)
    await audit.record(
        actor,
        REVIEW,
        "Alert",
        alert.id,
        sorted(values),
        customer_id=alert.customer_id,
        conn=conn,
    )


def alerts(actor: Actor, statuses: Iterable[str] = ()) -> QuerySet[Alert]:
    require(actor, READ)
    qs = scoped(actor, Alert.all())
    statuses = list(statuses)
    return qs.filter(status__in=statuses) if statuses else qs


# ---------------------------------------------------------------------------
# Model card


@dataclass(frozen=True)
class InputDrift:
    input: str
    en: str
    zh: str
    psi: float
    warning: bool


@dataclass(frozen=True)
class Importance:
    input: str
    en: str
    zh: str
    importance: float


@dataclass(frozen=True)
class ModelCard:
    kind: str
    version: str
    dataset: str
    algorithm: str
    created_at: str
    created_by: str
    metrics: Mapping[str, Any]
    importance: tuple[Importance, ...]
    drift: tuple[InputDrift, ...]
    score_psi: float
    customers: int
    warn_at: float


async def model_card(actor: Actor, dataset: str | None = None) -> ModelCard:
    """Figures of the active credit model of ``dataset`` (the default one if none):
    held-out metrics, factor importance, and PSI of each input between the training
    data and the customers this model scores now."""
    require(actor, READ)
    dataset = dataset or default_dataset()
    if dataset not in mappings.MAPPINGS:
        raise NotFound("Model")
    kind, version, model = await credit_model(dataset)
    cached = _cards.get((kind, version))
    if cached and time.monotonic() - cached[0] < CARD_TTL_SECONDS:
        return cached[1]
    rows = await _population(dataset)
    card = await asyncio.to_thread(_build_card, kind, version, model, rows)
    _cards[kind, version] = (time.monotonic(), card)
    return card


async def _population(dataset: str) -> list[dict[str, Any]]:
    """Model inputs of every live customer this data set's model scores."""
    # Plain values, not model rows: building 10,000 rows costs seconds.
    found = await Customer.filter(archived_at__isnull=True).values(*_INPUT_FIELDS)
    mine = [SimpleNamespace(**c) for c in found]
    mine = [c for c in mine if dataset_of(c) == dataset]
    accounts = defaultdict(list)
    if dataset == "credit_card_clients":
        for account in await Account.filter(credit_limit__isnull=False):
            accounts[account.customer_id].append(account)
    today = _now().date()
    return [model_inputs(c, accounts[c.id], dataset, today) for c in mine]


_INPUT_FIELDS = (
    "id",
    "birth_date",
    "annual_income",
    "assets",
    "liabilities",
    "custom_attributes",
)


def _build_card(kind: str, version: str, model, rows: list[dict]) -> ModelCard:
    metadata = registry.read_metadata(kind, version)
    metrics = metadata["metrics"]
    best = metrics["candidates"][metrics["chosen"]]
    report = model.stability(rows) if rows else None
    return ModelCard(
        kind=kind,
        version=version,
        dataset=model.mapping.name,
        algorithm=model.algorithm,
        created_at=metadata["created_at"],
        created_by=metadata["created_by"],
        metrics=best
        | {
            "train_rows": metrics["train_rows"],
            "test_rows": metrics["test_rows"],
            "bad_rate": metrics["bad_rate"],
            "choice": choice_of(
                {
                    name: (figures["auc"], figures["calibration_error"])
                    for name, figures in metrics["candidates"].items()
                },
                metrics["chosen"],
            ),
        },
        importance=_importance(model, metadata.get("importance")),
        drift=_drift(model, report),
        score_psi=report.score_psi if report else 0.0,
        customers=len(rows),
        warn_at=report.warn_at if report else 0.25,
    )


def _words(model, name: str) -> tuple[str, str]:
    return model.mapping.words.get(name, (name, name))


def _drift(model, report) -> tuple[InputDrift, ...]:
    if report is None:
        return ()
    return tuple(
        InputDrift(name, *_words(model, name), value, value > report.warn_at)
        for name, value in sorted(report.input_psi.items(), key=lambda kv: -kv[1])
    )


def importance(model) -> dict[str, float]:
    """Mean absolute effect of each input over a fixed sample of training rows;
    computed when a model is trained (seconds), kept in its registry metadata."""
    from cims.analytics import credit

    table = credit.read_table(model.mapping)
    sample = table.sample(min(IMPORTANCE_ROWS, len(table)), random_state=0)
    totals: dict[str, float] = defaultdict(float)
    for row in sample.to_dict("records"):
        for name, effect in model.effects(row).items():
            totals[name] += abs(effect) / len(sample)
    return dict(totals)


def _importance(model, stored: Mapping[str, float] | None) -> tuple[Importance, ...]:
    totals = stored if stored is not None else importance(model)
    ranked = sorted(totals.items(), key=lambda kv: -kv[1])
    return tuple(Importance(n, *_words(model, n), v) for n, v in ranked)
