"""Segments: rule-based ones staff write, learned ones found by clustering.

Rule segments are filters in a small JSON language over customer fields and
features::

    {"and": [{"field": "age", "op": "gte", "value": 30},
             {"or": [{"field": "has_credit_card", "op": "eq", "value": true},
                     {"not": {"field": "income_band", "op": "in",
                              "value": ["low", "lower_middle"]}}]}]}

``validate_rule`` refuses unknown fields, operators and ill-typed values with one
problem per mistake; ``rule_to_q`` turns a valid rule into a Tortoise ``Q`` over
``Customer`` joined with ``CustomerFeatures``. Age, tenure and recency are compared
through their anchors (birth date, first opening, last transaction), so a rule means
the same today whatever day the features were last refreshed.

Learned segments cluster customers with k-means on scaled features. The number of
clusters is the k in ``k_range`` (3..8 by default) with the highest mean silhouette
on a sample: the k whose clusters are most compact and best apart. Each cluster is
profiled by what sets it apart from the whole base, in English and Chinese, and gets
a default name staff can replace.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
from threadpoolctl import threadpool_limits
from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from cims.analytics.features import (
    DAYS_PER_MONTH,
    FeatureMatrix,
    ModelStore,
    save_version,
    training_metadata,
)
from cims.domain.errors import FieldProblem, ValidationFailed
from cims.models import Customer, Segment, SegmentMembership
from cims.models.enums import (
    CustomerKind,
    CustomerStatus,
    Gender,
    IncomeBand,
    KycStatus,
    MaritalStatus,
    SegmentKind,
)

if TYPE_CHECKING:
    from sklearn.cluster import KMeans
    from sklearn.preprocessing import StandardScaler

log = logging.getLogger(__name__)

# --- the rule language ----------------------------------------------------------------

ORDERED_OPS = frozenset(
    {"eq", "ne", "lt", "lte", "gt", "gte", "in", "not_in", "between"}
)
EQUALITY_OPS = frozenset({"eq", "ne", "in", "not_in"})
OPERATORS = ORDERED_OPS | {"is_null"}
MAX_NODES = 100
MAX_DEPTH = 8
MAX_LIST = 100


@dataclass(frozen=True)
class FieldSpec:
    """A field rules may name: its ORM path, its type and, for choices, the values."""

    path: str
    kind: str  # number, integer, bool, choice, text, date, or "since" (time-relative)
    choices: tuple[str, ...] = ()
    # Time-relative fields: the whole units a rule may name (dates must stay valid).
    most: int = 0

    @property
    def operators(self) -> frozenset[str]:
        if self.kind in {"number", "integer", "date", "since"}:
            return OPERATORS
        if self.kind == "bool":
            return frozenset({"eq", "ne", "is_null"})
        return EQUALITY_OPS | {"is_null"}


def _choices(enum) -> tuple[str, ...]:
    return tuple(e.value for e in enum)


FIELDS: dict[str, FieldSpec] = {
    "kind": FieldSpec("kind", "choice", _choices(CustomerKind)),
    "gender": FieldSpec("gender", "choice", _choices(Gender)),
    "status": FieldSpec("status", "choice", _choices(CustomerStatus)),
    "kyc_status": FieldSpec("kyc_status", "choice", _choices(KycStatus)),
    "marital_status": FieldSpec("marital_status", "choice", _choices(MaritalStatus)),
    "nationality": FieldSpec("nationality", "text"),
    "education": FieldSpec("education", "text"),
    "occupation": FieldSpec("occupation", "text"),
    "branch_id": FieldSpec("branch_id", "integer"),
    "birth_date": FieldSpec("birth_date", "date"),
    "age": FieldSpec("birth_date", "since", most=150),
    "tenure_months": FieldSpec("features__first_opened_on", "since", most=1200),
    "recency_days": FieldSpec("features__last_transaction_at", "since", most=36500),
    "income_band": FieldSpec("features__income_band", "choice", _choices(IncomeBand)),
    **{
        name: FieldSpec(f"features__{name}", "number")
        for name in (
            "annual_income",
            "deposit_balance",
            "wealth_balance",
            "credit_balance",
            "monetary",
            "digital_share",
            "branch_share",
        )
    },
    **{
        name: FieldSpec(f"features__{name}", "integer")
        for name in ("products_held", "frequency", "complaints")
    },
    **{
        f"has_{c}": FieldSpec(f"features__has_{c}", "bool")
        for c in (
            "deposit",
            "time_deposit",
            "credit_card",
            "loan",
            "mortgage",
            "wealth",
            "insurance",
        )
    },
}


class _Problems:
    def __init__(self) -> None:
        self.items: list[FieldProblem] = []
        self.nodes = 0

    def add(self, where: str, code: str, message: str) -> None:
        self.items.append(FieldProblem(where, code, message))


def validate_rule(rule: Any) -> dict:
    """The rule itself when valid; otherwise ``ValidationFailed`` listing every
    problem, each at its path in the rule (``rule.and[1].op``) with a code:
    INVALID_SHAPE, UNKNOWN_FIELD, UNKNOWN_OPERATOR, OPERATOR_NOT_ALLOWED,
    INVALID_VALUE or TOO_COMPLEX."""
    problems = _Problems()
    _check_node(rule, "rule", 1, problems)
    if problems.nodes > MAX_NODES:
        problems.add(
            "rule", "TOO_COMPLEX", f"A rule has at most {MAX_NODES} conditions"
        )
    if problems.items:
        raise ValidationFailed(problems.items)
    return rule


def _check_node(node: Any, where: str, depth: int, problems: _Problems) -> None:
    problems.nodes += 1
    if depth > MAX_DEPTH:
        problems.add(where, "TOO_COMPLEX", f"Rules nest at most {MAX_DEPTH} deep")
    elif not isinstance(node, dict):
        problems.add(where, "INVALID_SHAPE", "Expected an object")
    elif set(node) in ({"and"}, {"or"}):
        _check_group(node, where, depth, problems)
    elif set(node) == {"not"}:
        _check_node(node["not"], f"{where}.not", depth + 1, problems)
    elif set(node) == {"field", "op", "value"}:
        _check_condition(node, where, problems)
    else:
        problems.add(
            where,
            "INVALID_SHAPE",
            'Expected {"and": [...]}, {"or": [...]}, {"not": {...}} '
            'or {"field": ..., "op": ..., "value": ...}',
        )


def _check_group(node: dict, where: str, depth: int, problems: _Problems) -> None:
    ((key, parts),) = node.items()
    if not isinstance(parts, list) or not parts:
        problems.add(f"{where}.{key}", "INVALID_SHAPE", "Expected a non-empty list")
        return
    for i, part in enumerate(parts):
        _check_node(part, f"{where}.{key}[{i}]", depth + 1, problems)


def _check_condition(node: dict, where: str, problems: _Problems) -> None:
    name, op, value = node["field"], node["op"], node["value"]
    spec = FIELDS.get(name) if isinstance(name, str) else None
    if spec is None:
        known = ", ".join(sorted(FIELDS))
        problems.add(
            f"{where}.field", "UNKNOWN_FIELD", f"Unknown field; known: {known}"
        )
    if op not in OPERATORS:
        known = ", ".join(sorted(OPERATORS))
        problems.add(
            f"{where}.op", "UNKNOWN_OPERATOR", f"Unknown operator; known: {known}"
        )
    elif spec is not None and op not in spec.operators:
        allowed = ", ".join(sorted(spec.operators))
        problems.add(
            f"{where}.op",
            "OPERATOR_NOT_ALLOWED",
            f"Operator {op} does not apply to {name}; allowed: {allowed}",
        )
    elif spec is not None:
        message = _value_problem(spec, op, value)
        if message:
            problems.add(f"{where}.value", "INVALID_VALUE", message)


def _value_problem(spec: FieldSpec, op: str, value: Any) -> str | None:
    if op == "is_null":
        return None if isinstance(value, bool) else "Expected true or false"
    if op in {"in", "not_in"}:
        if not isinstance(value, list) or not 0 < len(value) <= MAX_LIST:
            return f"Expected a list of 1 to {MAX_LIST} values"
        return next(filter(None, (_scalar_problem(spec, v) for v in value)), None)
    if op == "between":
        if not isinstance(value, list) or len(value) != 2:
            return "Expected [lowest, highest]"
        problem = _scalar_problem(spec, value[0]) or _scalar_problem(spec, value[1])
        return problem or (None if value[0] <= value[1] else "Lowest exceeds highest")
    return _scalar_problem(spec, value)


def _scalar_problem(spec: FieldSpec, value: Any) -> str | None:
    kind = spec.kind
    if kind == "number" and _is_number(value) and math.isfinite(value):
        return None
    if kind == "integer" and isinstance(value, int) and _is_number(value):
        return None
    if kind == "since" and isinstance(value, int) and _is_number(value):
        return None if 0 <= value <= spec.most else f"Expected 0 to {spec.most}"
    if kind == "bool" and isinstance(value, bool):
        return None
    if kind == "choice" and value in spec.choices:
        return None
    if kind == "text" and isinstance(value, str) and len(value) <= 200:
        return None
    if kind == "date" and _parse_date(value) is not None:
        return None
    return {
        "number": "Expected a number",
        "integer": "Expected a whole number",
        "since": "Expected a whole number",
        "bool": "Expected true or false",
        "choice": f"Expected one of: {', '.join(spec.choices)}",
        "text": "Expected text of at most 200 characters",
        "date": "Expected a date as YYYY-MM-DD",
    }[kind]


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _parse_date(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


# --- rules to queries -----------------------------------------------------------------


def rule_to_q(rule: Any, today: dt.date | None = None) -> Q:
    """The filter on ``Customer`` that a valid rule means; validates first."""
    validate_rule(rule)
    return _node_q(rule, today or dt.datetime.now(dt.UTC).date())


def _node_q(node: dict, today: dt.date) -> Q:
    if "and" in node:
        return Q(*(_node_q(n, today) for n in node["and"]), join_type="AND")
    if "or" in node:
        return Q(*(_node_q(n, today) for n in node["or"]), join_type="OR")
    if "not" in node:
        return ~_node_q(node["not"], today)
    spec = FIELDS[node["field"]]
    if spec.kind == "since":
        return _since_q(node["field"], spec.path, node["op"], node["value"], today)
    return _plain_q(spec, node["op"], node["value"])


def _plain_q(spec: FieldSpec, op: str, value: Any) -> Q:
    if spec.kind == "date" and op != "is_null":
        value = _dates_of(value)
    path = spec.path
    if op == "eq":
        return Q(**{path: value})
    if op == "ne":
        return Q(**{f"{path}__not": value})
    if op == "between":
        return Q(**{f"{path}__gte": value[0], f"{path}__lte": value[1]})
    if op == "is_null":
        return Q(**{f"{path}__isnull": value})
    return Q(**{f"{path}__{op}": value})


def _dates_of(value: Any) -> Any:
    return (
        [_parse_date(v) for v in value]
        if isinstance(value, list)
        else _parse_date(value)
    )


def _since_q(name: str, path: str, op: str, value: Any, today: dt.date) -> Q:
    """Age, tenure and recency: whole units elapsed since an anchor, as of today."""
    at_least = _AT_LEAST[name]

    def most(n: int) -> Q:
        lookup, bound = at_least(n + 1, today)
        return Q(**{f"{path}__{_COMPLEMENT[lookup]}": bound})

    def least(n: int) -> Q:
        lookup, bound = at_least(n, today)
        return Q(**{f"{path}__{lookup}": bound})

    def equal(n: int) -> Q:
        return least(n) & most(n)

    if op == "is_null":
        return Q(**{f"{path}__isnull": value})
    return {
        "gte": lambda: least(value),
        "gt": lambda: least(value + 1),
        "lte": lambda: most(value),
        "lt": lambda: most(value - 1),
        "eq": lambda: equal(value),
        "ne": lambda: least(value + 1) | most(value - 1),
        "between": lambda: least(value[0]) & most(value[1]),
        "in": lambda: Q(*(equal(v) for v in value), join_type="OR"),
        "not_in": lambda: Q(*(~equal(v) for v in value), join_type="AND"),
    }[op]()


def _years_ago(today: dt.date, years: int) -> dt.date:
    try:
        return today.replace(year=today.year - years)
    except ValueError:  # 29 February in a year without one
        return today.replace(year=today.year - years, day=28)


def _age_at_least(n: int, today: dt.date) -> tuple[str, Any]:
    return "lte", _years_ago(today, n)


def _tenure_at_least(n: int, today: dt.date) -> tuple[str, Any]:
    # The same month length as features.months_between, so both agree.
    return "lte", today - dt.timedelta(days=math.ceil(n * DAYS_PER_MONTH))


def _recency_at_least(n: int, today: dt.date) -> tuple[str, Any]:
    day_after = today - dt.timedelta(days=n - 1)
    return "lt", dt.datetime.combine(day_after, dt.time(), tzinfo=dt.UTC)


_AT_LEAST = {
    "age": _age_at_least,
    "tenure_months": _tenure_at_least,
    "recency_days": _recency_at_least,
}
_COMPLEMENT = {"lte": "gt", "lt": "gte"}


def rule_queryset(rule: Any, today: dt.date | None = None):
    return Customer.filter(archived_at=None).filter(rule_to_q(rule, today))


async def count_rule(rule: Any, today: dt.date | None = None) -> int:
    """How many live customers the rule selects."""
    return await rule_queryset(rule, today).count()


# --- learned segments -----------------------------------------------------------------

CLUSTER_FEATURES: tuple[str, ...] = (
    "age",
    "tenure_months",
    "products_held",
    "deposit_balance",
    "wealth_balance",
    "credit_balance",
    "annual_income",
    "recency_days",
    "frequency",
    "monetary",
    "digital_share",
    "has_credit_card",
    "has_loan",
    "has_mortgage",
    "has_wealth",
)
# Money and counts are heavy-tailed: clustered on log(1 + x) so a few rich customers
# do not make their own clusters.
LOG_FEATURES = frozenset(
    {
        "deposit_balance",
        "wealth_balance",
        "credit_balance",
        "annual_income",
        "recency_days",
        "frequency",
        "monetary",
    }
)


@dataclass
class SegmentModel:
    """A fitted segmentation: preprocessing, k-means, profiles and default names."""

    features: tuple[str, ...]
    fill: np.ndarray
    scaler: StandardScaler
    kmeans: KMeans
    silhouette_by_k: dict[int, float]
    sizes: list[int] = field(default_factory=list)
    profiles: list[dict[str, list[str]]] = field(default_factory=list)
    names: list[dict[str, str]] = field(default_factory=list)

    @property
    def k(self) -> int:
        return int(self.kmeans.n_clusters)

    def transform(self, matrix: FeatureMatrix) -> np.ndarray:
        return self.scaler.transform(_prepared(matrix, self.features, self.fill))

    def assign(self, matrix: FeatureMatrix, threads: int = 1) -> np.ndarray:
        """The cluster of every customer in the matrix."""
        with threadpool_limits(limits=threads):
            return self.kmeans.predict(self.transform(matrix)).astype(np.int16)


def _prepared(matrix: FeatureMatrix, features: Sequence[str], fill: np.ndarray):
    x = matrix.select(features)
    x = np.where(np.isnan(x), fill, x)
    for j, name in enumerate(features):
        if name in LOG_FEATURES:
            x[:, j] = np.log1p(np.maximum(x[:, j], 0))
    return x


def _fill_values(matrix: FeatureMatrix, features: Sequence[str]) -> np.ndarray:
    """Median for unknown values, except recency: no transaction ranks as the least
    recent seen."""
    x = matrix.select(features)
    fill = np.nan_to_num(np.nanmedian(x, axis=0)) if len(x) else np.zeros(len(features))
    if "recency_days" in features:
        j = features.index("recency_days")
        fill[j] = np.nanmax(x[:, j]) if np.isfinite(x[:, j]).any() else 0
    return fill


def train_segments(
    matrix: FeatureMatrix,
    *,
    k_range: tuple[int, int] = (3, 8),
    fit_sample: int = 50_000,
    silhouette_sample: int = 5_000,
    seed: int = 0,
    features: Sequence[str] = CLUSTER_FEATURES,
    threads: int = 1,
) -> SegmentModel:
    """Cluster the customers; k is the silhouette-best in ``k_range`` (inclusive).

    Fitting and the silhouette use random samples (``fit_sample``,
    ``silhouette_sample`` rows) so that a million customers train in seconds.
    ``threads`` bounds the OpenMP and BLAS threads: on a machine busy with other
    work, k-means on all cores spins and runs many times slower than on one.
    """
    with threadpool_limits(limits=threads):
        model = _train(matrix, k_range, fit_sample, silhouette_sample, seed, features)
    describe(model, matrix, model.assign(matrix, threads))
    return model


def _train(
    matrix: FeatureMatrix,
    k_range: tuple[int, int],
    fit_sample: int,
    silhouette_sample: int,
    seed: int,
    features: Sequence[str],
) -> SegmentModel:
    # Here, not at the top: rule segments are evaluated in API processes, which
    # then do without scikit-learn's import (and its memory) until one trains.
    from sklearn.cluster import KMeans
    from sklearn.metrics import pairwise_distances, silhouette_score
    from sklearn.preprocessing import StandardScaler

    features = tuple(features)
    rng = np.random.default_rng(seed)
    sampled = matrix.take(_sample_rows(len(matrix), fit_sample, rng))
    fill = _fill_values(sampled, features)
    sample = _prepared(sampled, features, fill)
    scaler = StandardScaler().fit(sample)
    sample = scaler.transform(sample)
    scored = _sample_rows(len(sample), silhouette_sample, rng)
    # The same points are scored for every k: their distances are computed once.
    distances = pairwise_distances(sample[scored])
    fits, silhouettes = {}, {}
    for k in range(k_range[0], k_range[1] + 1):
        fits[k] = KMeans(n_clusters=k, n_init=4, random_state=seed).fit(sample)
        labels = fits[k].labels_[scored]
        silhouettes[k] = float(
            silhouette_score(distances, labels, metric="precomputed")
        )
    best = max(silhouettes, key=lambda k: (round(silhouettes[k], 6), -k))
    return SegmentModel(features, fill, scaler, fits[best], silhouettes)


def _sample_rows(n: int, size: int, rng: np.random.Generator) -> np.ndarray:
    return np.arange(n) if n <= size else np.sort(rng.choice(n, size, replace=False))


# --- profiles in words ----------------------------------------------------------------

# How each feature reads: (kind, English label, Chinese label). Kinds: "ratio" compares
# medians as a multiple, "level" compares medians side by side, "share" compares a
# share in percent, "flag" the share of customers that hold something.
LABELS: dict[str, tuple[str, str, str]] = {
    "age": ("level", "age", "年龄"),
    "tenure_months": ("level", "tenure in months", "在行月数"),
    "products_held": ("level", "products held", "持有产品数"),
    "deposit_balance": ("ratio", "deposits", "存款余额"),
    "wealth_balance": ("ratio", "wealth holdings", "理财余额"),
    "credit_balance": ("ratio", "credit owed", "信贷余额"),
    "annual_income": ("ratio", "income", "收入"),
    "recency_days": ("level", "days since the last transaction", "距上次交易天数"),
    "frequency": ("ratio", "transactions a year", "年交易笔数"),
    "monetary": ("ratio", "yearly transaction value", "年交易金额"),
    "digital_share": ("share", "transactions through digital channels", "数字渠道交易"),
    "has_credit_card": ("flag", "hold a credit card", "持有信用卡"),
    "has_loan": ("flag", "hold a loan", "持有贷款"),
    "has_mortgage": ("flag", "hold a mortgage", "持有房贷"),
    "has_wealth": ("flag", "hold wealth products", "持有理财产品"),
}
# Default names: what a cluster is called when a feature is (high, low) there.
NAMES: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "age": (("Older", "年长"), ("Younger", "年轻")),
    "tenure_months": (("Long-standing", "老客户"), ("New", "新客户")),
    "products_held": (("Multi-product", "多产品"), ("Single-product", "单一产品")),
    "deposit_balance": (("Large deposits", "高存款"), ("Small deposits", "低存款")),
    "wealth_balance": (("Investors", "理财投资"), ("Non-investors", "无理财")),
    "credit_balance": (("Borrowers", "高负债"), ("Low credit", "低负债")),
    "annual_income": (("High income", "高收入"), ("Low income", "低收入")),
    "recency_days": (("Inactive", "久未交易"), ("Recently active", "近期活跃")),
    "frequency": (("Frequent users", "高频交易"), ("Occasional users", "低频交易")),
    "monetary": (("High spenders", "高交易额"), ("Low spenders", "低交易额")),
    "digital_share": (
        ("Digital-first", "数字渠道偏好"),
        ("Branch-reliant", "偏好网点"),
    ),
    "has_credit_card": (("Card holders", "信用卡客户"), ("No card", "无信用卡")),
    "has_loan": (("Loan holders", "贷款客户"), ("No loan", "无贷款")),
    "has_mortgage": (("Home owners", "房贷客户"), ("No mortgage", "无房贷")),
    "has_wealth": (("Wealth clients", "理财客户"), ("No wealth product", "无理财产品")),
}
PROFILE_LINES = 3
LANGS = ("en", "zh")


@dataclass(frozen=True)
class Difference:
    """How far one feature sits from the base in a cluster, in base deviations."""

    feature: str
    effect: float
    cluster_value: float
    base_value: float


def describe(model: SegmentModel, matrix: FeatureMatrix, labels: np.ndarray) -> None:
    """Fill the model's sizes, profiles and default names from the labelled matrix."""
    z = model.transform(matrix)
    raw = matrix.select(model.features)
    base = base_values(model.features, raw)
    model.sizes = np.bincount(labels, minlength=model.k).tolist()
    rankings = [
        differences(model.features, raw[labels == c], z[labels == c], base)
        for c in range(model.k)
    ]
    model.profiles = [
        {lang: [profile_line(d, lang) for d in r[:PROFILE_LINES]] for lang in LANGS}
        for r in rankings
    ]
    model.names = default_names(rankings)


def base_values(features: Sequence[str], raw: np.ndarray) -> np.ndarray:
    """Per feature, what the whole base looks like: the mean and deviation of flags
    and shares, the median of everything else."""
    base = np.full((2, len(features)), np.nan)
    for j, name in enumerate(features):
        column = raw[:, j][~np.isnan(raw[:, j])]
        if not len(column):
            continue
        if LABELS.get(name, ("",))[0] in {"flag", "share"}:
            base[:, j] = column.mean(), column.std() or 1.0
        else:
            base[0, j] = np.median(column)
    return base


def differences(
    features: Sequence[str], raw: np.ndarray, z: np.ndarray, base: np.ndarray
) -> list[Difference]:
    """Features ranked by how far the members (rows of ``raw``, scaled in ``z``)
    sit from the base (``base_values``), largest first."""
    if not len(raw):
        return []
    found = []
    for j, name in enumerate(features):
        if name not in LABELS:
            continue
        column = raw[:, j][~np.isnan(raw[:, j])]
        if LABELS[name][0] in {"flag", "share"}:
            mine = float(column.mean()) if len(column) else math.nan
            effect = (mine - base[0, j]) / base[1, j]
        else:
            mine = float(np.median(column)) if len(column) else math.nan
            effect = float(np.mean(z[:, j]))
        found.append(Difference(name, effect, mine, float(base[0, j])))
    return sorted(found, key=lambda d: -abs(np.nan_to_num(d.effect)))


def profile_line(d: Difference, lang: str) -> str:
    """One sentence: e.g. "income 2.1x the base median" / "收入为全体中位数的2.1倍"."""
    kind, en, zh = LABELS[d.feature]
    mine, base = d.cluster_value, d.base_value
    if kind == "flag":
        if lang == "en":
            return f"{mine:.0%} {en} (base {base:.0%})"
        return f"{mine:.0%}{zh}（全体{base:.0%}）"
    if kind == "share":
        if lang == "en":
            return f"{mine:.0%} of {en} (base {base:.0%})"
        return f"{zh}占{mine:.0%}（全体{base:.0%}）"
    if kind == "ratio" and base > 0 and mine > 0:
        ratio = _ratio(mine / base)
        if lang == "en":
            return f"{en} {ratio}x the base median"
        return f"{zh}为全体中位数的{ratio}倍"
    if lang == "en":
        return f"median {en} {_amount(mine)} (base {_amount(base)})"
    return f"{zh}中位数{_amount(mine)}（全体{_amount(base)}）"


def _ratio(value: float) -> str:
    return f"{value:.1f}" if value >= 0.1 else f"{value:.2f}"


def _amount(value: float) -> str:
    if math.isnan(value):
        return "n/a"
    return f"{value:,.0f}"


# Features that say the same thing twice in a name ("Wealth clients · investors").
FAMILIES = {"has_wealth": "wealth", "wealth_balance": "wealth"}


def name_candidates(ranked: Sequence[Difference]) -> list[dict[str, str]]:
    """Names from the feature that sets the cluster apart most, paired with each of
    the next ones in turn: "High income · older", "High income · digital-first"."""
    if not ranked:
        return [{"en": "Everyone else", "zh": "其他客户"}]
    first = ranked[0]
    others = [
        d
        for d in ranked[1 : PROFILE_LINES + 2]
        if FAMILIES.get(d.feature, d.feature)
        != FAMILIES.get(first.feature, first.feature)
    ]
    head = _words(first)
    if not others:
        return [{"en": head[0], "zh": head[1]}]
    return [
        {"en": f"{head[0]} · {tail[0].lower()}", "zh": f"{head[1]}·{tail[1]}"}
        for tail in map(_words, others)
    ]


def _words(d: Difference) -> tuple[str, str]:
    return NAMES[d.feature][0 if d.effect > 0 else 1]


def default_names(rankings: Sequence[Sequence[Difference]]) -> list[dict[str, str]]:
    """One distinct name per cluster: the first candidate no earlier cluster took,
    numbered when all are taken."""
    names: list[dict[str, str]] = []
    taken: set[str] = set()
    for ranked in rankings:
        candidates = name_candidates(ranked)
        name = next((c for c in candidates if c["en"] not in taken), None)
        if name is None:
            n = sum(1 for t in taken if t.startswith(candidates[0]["en"])) + 1
            name = {
                "en": f"{candidates[0]['en']} ({n})",
                "zh": f"{candidates[0]['zh']}（{n}）",
            }
        taken.add(name["en"])
        names.append(dict(name))
    return names


# --- training runs and storage --------------------------------------------------------


async def train_and_register(
    matrix: FeatureMatrix,
    *,
    created_by: str,
    store: ModelStore | None = None,
    **parameters: Any,
) -> tuple[SegmentModel, str]:
    """Train, then save a version with its data window, parameters and metrics."""
    model = train_segments(matrix, **parameters)
    metrics = {
        "k": model.k,
        "silhouette_by_k": {
            str(k): round(v, 4) for k, v in model.silhouette_by_k.items()
        },
        "inertia": float(model.kmeans.inertia_),
        "sizes": model.sizes,
    }
    settings = {"features": list(model.features), **_jsonable(parameters)}
    metadata = training_metadata(matrix, settings, metrics, created_by)
    version = await save_version(store, "segments", model, metadata)
    log.info("segments trained: version %s, k=%d", version, model.k)
    return model, version


def _jsonable(parameters: Mapping[str, Any]) -> dict:
    return {k: list(v) if isinstance(v, tuple) else v for k, v in parameters.items()}


async def store_learned_segments(
    model: SegmentModel,
    version: str,
    customer_ids: np.ndarray,
    labels: np.ndarray,
    *,
    created_by: str,
    now: dt.datetime | None = None,
) -> list[Segment]:
    """Make the version's clusters the active learned segments, with memberships.

    Earlier learned segments are deactivated and their memberships closed, so the
    history of who was in which segment stays readable.
    """
    now = now or dt.datetime.now(dt.UTC)
    async with in_transaction():
        await _retire_learned_segments(version, now)
        sizes = np.bincount(labels, minlength=model.k).tolist()
        segments = [
            await _learned_segment(model, version, c, sizes[c], created_by)
            for c in range(model.k)
        ]
        for c, segment in enumerate(segments):
            await sync_membership(segment.id, customer_ids[labels == c].tolist(), now)
    return segments


async def _retire_learned_segments(version: str, now: dt.datetime) -> None:
    old = Segment.filter(kind=SegmentKind.LEARNED, active=True).exclude(
        model_version=version
    )
    old_ids = await old.values_list("id", flat=True)
    await SegmentMembership.filter(segment_id__in=old_ids, until=None).update(until=now)
    await Segment.filter(id__in=old_ids).update(active=False)


async def _learned_segment(
    model: SegmentModel, version: str, cluster: int, size: int, created_by: str
) -> Segment:
    """The cluster's segment; one already stored keeps the names staff gave it."""
    figures = {"profile": model.profiles[cluster], "size": size, "active": True}
    segment = await Segment.get_or_none(model_version=version, cluster=cluster)
    if segment is not None:
        # Names and version are left alone: a rename may run at the same time.
        await Segment.filter(id=segment.id).update(**figures)
        return await Segment.get(id=segment.id)
    return await Segment.create(
        model_version=version,
        cluster=cluster,
        kind=SegmentKind.LEARNED,
        name=model.names[cluster]["zh"],
        name_en=model.names[cluster]["en"],
        created_by=created_by,
        **figures,
    )


async def sync_membership(
    segment_id: int, customer_ids: Sequence[int], now: dt.datetime, chunk: int = 2000
) -> tuple[int, int]:
    """Open memberships for customers who joined, close those of customers who left.

    Returns (joined, left).
    """
    current = set(
        await SegmentMembership.filter(segment_id=segment_id, until=None).values_list(
            "customer_id", flat=True
        )
    )
    wanted = set(customer_ids)
    joined, left = sorted(wanted - current), sorted(current - wanted)
    for i in range(0, len(left), chunk):
        await SegmentMembership.filter(
            segment_id=segment_id, until=None, customer_id__in=left[i : i + chunk]
        ).update(until=now)
    await SegmentMembership.bulk_create(
        [
            SegmentMembership(segment_id=segment_id, customer_id=c, since=now)
            for c in joined
        ],
        batch_size=chunk,
    )
    await Segment.filter(id=segment_id).update(size=len(wanted))
    return len(joined), len(left)


async def refresh_rule_segment(
    segment: Segment, *, today: dt.date | None = None, now: dt.datetime | None = None
) -> tuple[int, int]:
    """Re-evaluate a rule segment and record who joined and who left."""
    ids = await rule_queryset(segment.rule, today).values_list("id", flat=True)
    async with in_transaction():
        return await sync_membership(segment.id, ids, now or dt.datetime.now(dt.UTC))
