"""Segments, customer value and recommendations as staff use them.

The numbers come from ``cims.analytics`` (features, segments, value, recommend);
this module adds who may see and change what, the audit trail, and ``refresh``,
the one run that brings every derived figure up to date, in this order:

    features     refresh_features (incremental unless ``full``), load_feature_matrix
    segments     the active clustering assigns everyone; store_learned_segments
    value        the active value model scores everyone; store_values
    offers       the active recommender; store_recommendations (undecided offers)
    rule         every active rule segment is evaluated again

A kind with no active model version is trained, registered and activated on the
spot (the first run of a new installation); ``retrain`` does the same on purpose.
Otherwise a new version only becomes active when a person activates it
(``cims models activate``), after reading its figures.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from tortoise import Tortoise
from tortoise.expressions import F, Subquery
from tortoise.functions import Count
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from cims.analytics import features, recommend, registry, value
from cims.analytics import segments as learned
from cims.domain import audit, consent, customers
from cims.domain.actor import Actor
from cims.domain.calendar import bank_calendar
from cims.domain.errors import Conflict, NotFound, PermissionDenied, ValidationFailed
from cims.models import (
    Account,
    Complaint,
    Customer,
    CustomerFeatures,
    CustomerValue,
    Recommendation,
    Segment,
    SegmentMembership,
)
from cims.models.enums import RecommendationStatus, SegmentKind
from cims.models.records import ConsentPurpose

log = logging.getLogger(__name__)

READ = "segment.read"
MANAGE = "segment.manage"
ANALYTICS = "analytics.read"
WRITE = customers.WRITE
NAME_LIMIT = 100
# What a rule may name: field -> spec (path, kind, operators, choices).
RULE_FIELDS = learned.FIELDS
# Rule fields that read a gated customer field (customers.GATED_FIELDS): a rule
# selects by a value, so naming one in a rule takes the right to read it, or an
# analyst could learn a birth date or an income one segment at a time. ``age``
# reads whole years only, as open as ``birthYear``.
RULE_GATES = {
    "birth_date": "birth_date",
    "annual_income": "annual_income",
    "income_band": "annual_income",
}
# Clusters tried when learning segments; a base too small for the fewest is not
# clustered (the silhouette needs more customers than clusters).
K_RANGE = (3, 8)
# Customers scored for the silhouette when choosing k: 2,000 pick the same k as
# 5,000 on the demo base, about three times faster.
SILHOUETTE_SAMPLE = 2000


# --- reading ----------------------------------------------------------------------


def active_segments(actor: Actor, kind: SegmentKind | None = None) -> QuerySet[Segment]:
    customers.require(actor, READ)
    qs = Segment.filter(active=True)
    return qs.filter(kind=kind) if kind else qs


async def get(actor: Actor, segment_id: int) -> Segment:
    segment = await active_segments(actor).get_or_none(id=segment_id)
    if segment is None:
        raise NotFound("Segment")
    return segment


def member_ids(segment_id: int) -> Subquery:
    """The customers now in the segment, as a subquery for ``id__in``."""
    open_ = SegmentMembership.filter(segment_id=segment_id, until=None)
    return Subquery(open_.values("customer_id"))


def members(actor: Actor, segment_id: int) -> QuerySet[Customer]:
    """Live members the actor may see (their own branch only, when branch-bound)."""
    customers.require(actor, READ)
    scoped = customers.scoped(actor).filter(archived_at__isnull=True)
    return scoped.filter(id__in=member_ids(segment_id))


def rule_fields(node: Any) -> set[str]:
    """The fields a rule names (a valid rule: ``learned.validate_rule``)."""
    if not isinstance(node, dict):
        return set()
    if "field" in node:
        return {node["field"]} if isinstance(node["field"], str) else set()
    parts = node.get("and") or node.get("or") or [node.get("not")]
    return set().union(*(rule_fields(part) for part in parts)) if parts else set()


def usable_rule_fields(actor: Actor) -> dict[str, learned.FieldSpec]:
    """The rule fields the actor may name (``RULE_GATES`` held back without the
    right to read the field they select by)."""
    return {
        name: spec
        for name, spec in RULE_FIELDS.items()
        if name not in RULE_GATES or actor.can(customers.GATED_FIELDS[RULE_GATES[name]])
    }


def require_rule_readable(actor: Actor, rule: Any) -> None:
    """Refuse a rule naming a field the actor may not read, as FORBIDDEN naming it."""
    for name in sorted(rule_fields(rule)):
        target = RULE_GATES.get(name)
        if target is not None and not actor.can(customers.GATED_FIELDS[target]):
            raise PermissionDenied(
                customers.GATED_FIELDS[target], field=name, doing="use {} in a rule"
            )


async def require_usable(actor: Actor, segment_id: int | None) -> None:
    """Refuse using a rule segment as a filter to an actor who could not have made
    it (its rule names a field they may not read): its members would tell them the
    values. An unknown segment is left to the filter, which finds no members."""
    if segment_id is None:
        return
    rule = await Segment.filter(id=segment_id).values_list("rule", flat=True)
    if rule and rule[0]:
        require_rule_readable(actor, rule[0])


async def preview(actor: Actor, rule: Any) -> int:
    """How many live customers, of those the actor may see, the rule selects now."""
    customers.require(actor, READ)
    condition = learned.rule_to_q(rule)
    require_rule_readable(actor, rule)
    scoped = customers.scoped(actor).filter(archived_at__isnull=True)
    return await scoped.filter(condition).count()


# --- changing ---------------------------------------------------------------------


def invalid(field_: str, code: str, message: str) -> ValidationFailed:
    return ValidationFailed.one(field_, code, message)


def _name(value: Any, field_: str) -> str:
    text = value.strip() if isinstance(value, str) else ""
    if not text:
        raise invalid(field_, "REQUIRED", "A name is required")
    if len(text) > NAME_LIMIT:
        raise invalid(field_, "TOO_LONG", f"At most {NAME_LIMIT} characters")
    return text


def _names(name: Any, name_en: Any) -> tuple[str, str]:
    """The Chinese and English names; the English one defaults to the first."""
    if name_en is None or name_en == "":
        zh = _name(name, "name")
        return zh, zh
    problems, checked = [], []
    for text, field_ in ((name, "name"), (name_en, "name_en")):
        try:
            checked.append(_name(text, field_))
        except ValidationFailed as error:
            problems.extend(error.problems)
    if problems:
        raise ValidationFailed(problems)
    return checked[0], checked[1]


async def _require_unused_names(
    zh: str, en: str, segment_id: int | None = None
) -> None:
    """Two segments in use may not share a name in either language (compared without
    case): a list, a filter or a campaign naming one must mean one. Learned segments
    that a refresh replaced (inactive) no longer hold their names."""
    wanted = {zh.casefold(), en.casefold()}
    others = Segment.filter(active=True)
    if segment_id is not None:
        others = others.exclude(id=segment_id)
    for name, name_en in await others.values_list("name", "name_en"):
        taken = {name.casefold(), name_en.casefold()}
        if taken & wanted:
            field_ = "name" if zh.casefold() in taken else "name_en"
            raise invalid(field_, "NAME_TAKEN", "Another segment in use has this name")


async def create_rule_segment(
    actor: Actor,
    name: str,
    rule: Any,
    *,
    name_en: str | None = None,
    description: str | None = None,
) -> Segment:
    """A rule segment with its members as of now; every mistake reported at once."""
    customers.require(actor, MANAGE)
    problems = []
    for check in (lambda: _names(name, name_en), lambda: learned.validate_rule(rule)):
        try:
            check()
        except ValidationFailed as error:
            problems.extend(error.problems)
    if problems:
        raise ValidationFailed(problems)
    require_rule_readable(actor, rule)
    zh, en = _names(name, name_en)
    await _require_unused_names(zh, en)
    async with in_transaction() as conn:
        segment = await Segment.create(
            kind=SegmentKind.RULE,
            name=zh,
            name_en=en,
            rule=rule,
            description=(description or "").strip()[:500] or None,
            created_by=actor.subject,
            using_db=conn,
        )
        await audit.record(
            actor, "segment.create", "Segment", segment.id, ("name", "rule"), conn=conn
        )
    await learned.refresh_rule_segment(segment)
    return await Segment.get(id=segment.id)


async def rename(
    actor: Actor,
    segment_id: int,
    version: int,
    name: str,
    name_en: str | None = None,
) -> Segment:
    """New names for a segment, if it still has ``version``; else ``Conflict``.

    A learned segment keeps its names across refreshes (a refresh never writes
    names, so it never competes with a rename).
    """
    customers.require(actor, MANAGE)
    segment = await get(actor, segment_id)
    zh, en = _names(name, name_en)
    await _require_unused_names(zh, en, segment.id)
    async with in_transaction() as conn:
        # A queryset update leaves updated_at alone: it records the last refresh.
        changed = (
            await Segment.filter(id=segment.id, version=version)
            .using_db(conn)
            .update(name=zh, name_en=en, version=F("version") + 1)
        )
        if not changed:
            latest = await Segment.get(id=segment.id).using_db(conn)
            raise Conflict("Segment", latest.version)
        await audit.record(
            actor,
            "segment.rename",
            "Segment",
            segment.id,
            ("name", "name_en"),
            conn=conn,
        )
    return await Segment.get(id=segment.id)


async def get_recommendation(actor: Actor, recommendation_id: int) -> Recommendation:
    """One offer, as ``Customer.recommendations`` shows it: ``segment.read``, the
    customer in scope, and not while marketing consent is withheld."""
    customers.require(actor, READ)
    offer = await Recommendation.get_or_none(id=recommendation_id)
    if (
        offer is None
        or not await customers.scoped(actor).filter(id=offer.customer_id).exists()
        or await consent.withheld_customers(
            ConsentPurpose.MARKETING, [offer.customer_id]
        )
    ):
        raise NotFound("Recommendation")
    return offer


async def record_outcome(
    actor: Actor, recommendation_id: int, accepted: bool
) -> Recommendation:
    """The customer took up or turned down an offer; decided offers stay decided."""
    customers.require(actor, READ)
    customers.require(actor, WRITE)
    offer = await Recommendation.get_or_none(id=recommendation_id)
    if (
        offer is None
        or not await customers.scoped(actor).filter(id=offer.customer_id).exists()
    ):
        raise NotFound("Recommendation")
    # Offering to a customer who said no to marketing is what consent forbids.
    await consent.refuse_if_withheld(offer.customer_id, ConsentPurpose.MARKETING)
    if offer.status != RecommendationStatus.OFFERED:
        raise invalid("id", "ALREADY_DECIDED", "This offer was already decided")
    status = (
        RecommendationStatus.ACCEPTED if accepted else RecommendationStatus.DECLINED
    )
    async with in_transaction() as conn:
        changed = (
            await Recommendation.filter(
                id=offer.id, status=RecommendationStatus.OFFERED
            )
            .using_db(conn)
            .update(
                status=status,
                decided_at=dt.datetime.now(dt.UTC),
                decided_by=actor.subject,
            )
        )
        if not changed:  # decided by someone else since it was read
            raise invalid("id", "ALREADY_DECIDED", "This offer was already decided")
        await audit.record(
            actor,
            f"recommendation.{status.value}",
            "Recommendation",
            offer.id,
            ("status",),
            customer_id=offer.customer_id,
            conn=conn,
        )
    return await Recommendation.get(id=offer.id)


async def correct_outcome(
    actor: Actor, recommendation_id: int, accepted: bool
) -> Recommendation:
    """A mis-tapped outcome put right: only by who recorded it, and only on the bank
    day (``cims.domain.calendar``) it was recorded; audited as a correction. The
    same outcome again changes nothing."""
    customers.require(actor, READ)
    customers.require(actor, WRITE)
    offer = await Recommendation.get_or_none(id=recommendation_id)
    if (
        offer is None
        or not await customers.scoped(actor).filter(id=offer.customer_id).exists()
    ):
        raise NotFound("Recommendation")
    await consent.refuse_if_withheld(offer.customer_id, ConsentPurpose.MARKETING)
    if offer.status == RecommendationStatus.OFFERED:
        raise invalid("id", "NOT_DECIDED", "This offer has no outcome to correct")
    if offer.decided_by != actor.subject:
        raise invalid(
            "id", "NOT_RECORDER", "Only who recorded an outcome may correct it"
        )
    now = dt.datetime.now(dt.UTC)
    day = bank_calendar().local_date
    if offer.decided_at is None or day(offer.decided_at) != day(now):
        raise invalid(
            "id", "CORRECTION_TOO_LATE", "An outcome may be corrected only the same day"
        )
    status = (
        RecommendationStatus.ACCEPTED if accepted else RecommendationStatus.DECLINED
    )
    if status == offer.status:
        return offer
    async with in_transaction() as conn:
        changed = (
            await Recommendation.filter(
                id=offer.id, status=offer.status, decided_by=actor.subject
            )
            .using_db(conn)
            .update(status=status, decided_at=now)
        )
        if not changed:  # corrected meanwhile (another tab): read it again
            raise invalid("id", "ALREADY_DECIDED", "This offer changed meanwhile")
        await audit.record(
            actor,
            "recommendation.corrected",
            "Recommendation",
            offer.id,
            ("status",),
            details={"from": offer.status.value, "to": status.value},
            customer_id=offer.customer_id,
            conn=conn,
        )
    return await Recommendation.get(id=offer.id)


# --- figures ----------------------------------------------------------------------


@dataclass(frozen=True)
class Acceptance:
    offered: int
    accepted: int
    declined: int

    @property
    def rate(self) -> float | None:
        """Accepted among decided offers; None while nothing is decided."""
        decided = self.accepted + self.declined
        return self.accepted / decided if decided else None


@dataclass(frozen=True)
class Overview:
    customers: int
    tiers: dict[str, int]
    segment_sizes: list[tuple[Segment, int]]
    penetration: list[tuple[int, int]]  # (product id, holders)
    acceptance: Acceptance
    refreshed_at: dt.datetime | None


def _in_scope(
    actor: Actor, qs: QuerySet, path: str = "customer__", segment_id: int | None = None
) -> QuerySet:
    """``qs`` narrowed to live customers the actor may see, the way the customer
    list narrows (``customers.scoped``); to a segment's members when one is named."""
    qs = qs.filter(**{f"{path}archived_at__isnull": True})
    if actor.branch_id is not None:
        qs = qs.filter(**{f"{path}branch_id": actor.branch_id})
    if segment_id is not None:
        key = f"{path[:-2]}_id__in" if path else "id__in"
        qs = qs.filter(**{key: member_ids(segment_id)})
    return qs


async def acceptance(actor: Actor, segment_id: int | None = None) -> Acceptance:
    """Offers by status, leaving out customers who withdrew marketing consent
    (or let it expire): they are shown no offers."""
    customers.require(actor, ANALYTICS)
    await require_usable(actor, segment_id)
    withheld = consent.withheld_condition(ConsentPurpose.MARKETING, "customer_")
    rows = (
        await _in_scope(actor, Recommendation.all(), segment_id=segment_id)
        .exclude(withheld)
        .group_by("status")
        .annotate(n=Count("id"))
        .values_list("status", "n")
    )
    counts = {RecommendationStatus(s): n for s, n in rows}
    return Acceptance(*(counts.get(s, 0) for s in RecommendationStatus))


async def overview(actor: Actor, segment_id: int | None = None) -> Overview:
    """Value tiers, segment sizes, product penetration and offer take-up, counted
    over the live customers the actor may see (a segment's members, if named)."""
    customers.require(actor, ANALYTICS)
    if segment_id is not None:
        await get(actor, segment_id)
        await require_usable(actor, segment_id)
    live = await _in_scope(actor, Customer.all(), "", segment_id).count()
    tiers = (
        await _in_scope(actor, CustomerValue.all(), segment_id=segment_id)
        .group_by("tier")
        .annotate(n=Count("id"))
        .values_list("tier", "n")
    )
    return Overview(
        customers=live,
        tiers={str(t): n for t, n in tiers},
        segment_sizes=await _segment_sizes(actor, segment_id),
        penetration=await _penetration(actor, segment_id),
        acceptance=await acceptance(actor, segment_id),
        refreshed_at=await _refreshed_at(),
    )


async def sizes(actor: Actor, segment_ids: list[int]) -> dict[int, int]:
    """Live members now of each segment, of those the actor may see."""
    customers.require(actor, READ)
    open_ = SegmentMembership.filter(until=None, segment_id__in=segment_ids)
    rows = (
        await _in_scope(actor, open_)
        .group_by("segment_id")
        .annotate(n=Count("id"))
        .values_list("segment_id", "n")
    )
    return dict(rows)


async def _segment_sizes(
    actor: Actor, segment_id: int | None
) -> list[tuple[Segment, int]]:
    segments = await Segment.filter(active=True).order_by("kind", "id")
    open_ = SegmentMembership.filter(
        until=None, segment_id__in=[s.id for s in segments]
    )
    rows = (
        await _in_scope(actor, open_, segment_id=segment_id)
        .group_by("segment_id")
        .annotate(n=Count("id"))
        .values_list("segment_id", "n")
    )
    found = dict(rows)
    return [(s, found.get(s.id, 0)) for s in segments]


async def _penetration(actor: Actor, segment_id: int | None) -> list[tuple[int, int]]:
    held = _in_scope(
        actor, Account.filter(closed_on__isnull=True), segment_id=segment_id
    )
    rows = (
        await held.group_by("product_id")
        .annotate(n=Count("customer_id", distinct=True))
        .values_list("product_id", "n")
    )
    return sorted(rows)


async def _refreshed_at() -> dt.datetime | None:
    row = await CustomerFeatures.all().order_by("-computed_at").first()
    return row.computed_at if row else None


# What segment profiles chart: mean feature values of members beside the whole base.
FIGURES = (
    "age",
    "products_held",
    "deposit_balance",
    "wealth_balance",
    "credit_balance",
    "annual_income",
    "frequency",
    "monetary",
    "digital_share",
    "has_credit_card",
    "has_loan",
    "has_mortgage",
    "has_wealth",
)


def _mean_sql(name: str, postgres: bool) -> str:
    if name.startswith("has_"):
        return f"AVG(CASE WHEN f.{name} THEN 1.0 ELSE 0.0 END)"
    if name == "age":
        # Years between the features' date and birth, as of the last refresh.
        days = (
            "(f.as_of - c.birth_date)"
            if postgres
            else "(julianday(f.as_of) - julianday(c.birth_date))"
        )
        return f"AVG({days} / 365.25)"
    return f"AVG(f.{name})"


async def figures(actor: Actor, segment_ids: list[int]) -> tuple[dict[int, dict], dict]:
    """Mean features of each segment's members now, and of every live customer,
    both over the customers the actor may see (their branch, when bound)."""
    customers.require(actor, READ)
    conn = Tortoise.get_connection("default")
    postgres = conn.capabilities.dialect == "postgres"
    means = ", ".join(f"{_mean_sql(n, postgres)} AS {n}" for n in FIGURES)
    # Integers only are written into the SQL: no injection.
    scope = (
        f" AND c.branch_id = {int(actor.branch_id)}"
        if actor.branch_id is not None
        else ""
    )
    base_sql = (
        f"SELECT {means} FROM customer_features f JOIN customer c"
        f" ON c.id = f.customer_id WHERE c.archived_at IS NULL{scope}"
    )
    base = (await conn.execute_query_dict(base_sql))[0]
    if not segment_ids:
        return {}, base
    ids = ",".join(str(int(i)) for i in segment_ids)
    rows = await conn.execute_query_dict(
        f"SELECT m.segment_id, {means} FROM segment_membership m"
        " JOIN customer_features f ON f.customer_id = m.customer_id"
        " JOIN customer c ON c.id = m.customer_id"
        f" WHERE m.until IS NULL AND c.archived_at IS NULL{scope}"
        f" AND m.segment_id IN ({ids}) GROUP BY m.segment_id"
    )
    return {r.pop("segment_id"): r for r in rows}, base


# --- refresh ----------------------------------------------------------------------


@dataclass
class RefreshReport:
    features: int = 0
    incremental: bool = False
    customers: int = 0
    learned_segments: int = 0
    rule_segments: int = 0
    values: int = 0
    recommendations: int = 0
    versions: dict[str, str] = field(default_factory=dict)
    trained: list[str] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)


class _Clock:
    def __init__(self, report: RefreshReport) -> None:
        self.report = report
        self.mark = time.perf_counter()

    def lap(self, step: str) -> None:
        now = time.perf_counter()
        self.report.seconds[step] = round(now - self.mark, 2)
        self.mark = now


async def complaint_counts() -> dict[int, int]:
    rows = (
        await Complaint.all()
        .group_by("customer_id")
        .annotate(n=Count("id"))
        .values_list("customer_id", "n")
    )
    return dict(rows)


async def refresh(
    actor: Actor,
    *,
    as_of: dt.date | None = None,
    full: bool = False,
    retrain: bool = False,
    threads: int = 1,
) -> RefreshReport:
    """Bring features, segments, values and offers up to date (module docstring)."""
    customers.require(actor, MANAGE)
    report = RefreshReport()
    clock = _Clock(report)
    done = await features.refresh_features(
        as_of, complaints=await complaint_counts(), full=full
    )
    report.features, report.incremental = done.customers, done.incremental
    matrix = await features.load_feature_matrix(as_of)
    report.customers = len(matrix)
    clock.lap("features")
    if len(matrix):
        labels = await _refresh_learned(actor, matrix, report, retrain, threads)
        clock.lap("segments")
        await _refresh_values(actor, matrix, report, retrain)
        clock.lap("value")
        await _refresh_offers(actor, matrix, labels, report, retrain)
        clock.lap("recommendations")
    report.rule_segments = await _refresh_rules()
    clock.lap("rule_segments")
    log.info("analytics refreshed: %d customers", report.customers)
    return report


async def _model(
    kind: str,
    retrain: bool,
    train: Callable[[], Awaitable[tuple[Any, str]]],
    report: RefreshReport,
) -> tuple[Any, str]:
    """The active version of ``kind``; trained and activated when there is none."""
    if not retrain:
        try:
            version = registry.active_version(kind)
            model = registry.load(kind, version)
        except registry.RegistryError:
            pass
        else:
            report.versions[kind] = version
            return model, version
    model, version = await train()
    registry.activate(kind, version)
    report.versions[kind] = version
    report.trained.append(kind)
    return model, version


async def _refresh_learned(actor, matrix, report, retrain, threads):
    k_range = (K_RANGE[0], min(K_RANGE[1], len(matrix) - 1))
    if k_range[1] < k_range[0]:
        return None
    model, version = await _model(
        "segments",
        retrain,
        lambda: learned.train_and_register(
            matrix,
            created_by=actor.subject,
            threads=threads,
            k_range=k_range,
            silhouette_sample=SILHOUETTE_SAMPLE,
        ),
        report,
    )
    labels = model.assign(matrix, threads)
    # Names staff gave to this version's clusters survive: storing keeps them.
    await learned.store_learned_segments(
        model, version, matrix.customer_ids, labels, created_by=actor.subject
    )
    await _mark_refreshed(Segment.filter(model_version=version))
    report.learned_segments = model.k
    return labels


async def _refresh_values(actor, matrix, report, retrain) -> None:
    model, version = await _model(
        "value",
        retrain,
        lambda: value.train_and_register(matrix, created_by=actor.subject),
        report,
    )
    scores = value.score_values(model, matrix)
    report.values = await value.store_values(
        scores, model_version=version, as_of=matrix.as_of
    )


async def _refresh_offers(actor, matrix, labels, report, retrain) -> None:
    products = await recommend.product_catalogue()
    holdings = await recommend.load_holdings(
        matrix.customer_ids, products, matrix.as_of
    )

    def train():
        return recommend.train_and_register(
            matrix, holdings, labels, created_by=actor.subject
        )

    model, version = await _model("recommendations", retrain, train, report)
    # A recommender fitted on another clustering or catalogue cannot read these.
    k = int(labels.max()) + 1 if labels is not None and len(labels) else 1
    if len(model.segment_rate) != k or model.products != tuple(products):
        model, version = await _model("recommendations", True, train, report)
    offers = recommend.recommend(
        model, holdings, ages=matrix.column("age"), segments=labels
    )
    report.recommendations = await recommend.store_recommendations(
        offers, products, model_version=version
    )


async def _refresh_rules() -> int:
    rules = await Segment.filter(kind=SegmentKind.RULE, active=True)
    for segment in rules:
        await learned.refresh_rule_segment(segment)
    await _mark_refreshed(Segment.filter(id__in=[s.id for s in rules]))
    return len(rules)


async def _mark_refreshed(qs: QuerySet[Segment]) -> None:
    await qs.update(updated_at=dt.datetime.now(dt.UTC))
