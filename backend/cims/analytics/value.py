"""Customer value: RFM scores, a lifetime-value estimate, tiers and their drivers.

RFM. Recency (days since the last transaction), frequency and monetary value (count
and amount of the window's transactions) each score 1 to 5 by quintile of the base
the model was fitted on: 5 is the most recent, most frequent, highest value fifth.
The quintile edges are kept in the fitted model, so a customer scored later lands
on the same scale; customers tied at an edge share the lower score, and customers
without any transaction score 1 on all three.

Lifetime value. The yearly margin ``m`` a customer brings is the sum of

    deposits       deposit balance x the deposit margin (funding spread)
    wealth         wealth balance x the wealth fee rate
    credit         credit balance x the lending margin net of expected loss
    transactions   the window's transaction value x the fee rate
    service        minus the window's transactions x the cost of their channels
    upkeep         minus a fixed yearly cost per customer

The customer stays another year with probability ``r``: a base churn, lowered for
each further product held (customers with more products leave less) and raised
for customers inactive for longer than ``inactive_days``. Discounting at rate ``d``
over a horizon of ``H`` years,

    CLV = sum over t = 1..H of m * r^(t-1) / (1+d)^t
        = m / (1+d) * (1 - q^H) / (1 - q),   q = r / (1+d).

The rates in ``ValueParameters`` are assumptions to be set by the bank's finance
team; the defaults are round figures typical of Chinese retail banking.

Tiers. Platinum is the top 5% of lifetime value in the fitted base, gold the next
15%, silver the next 30%, bronze the rest.

Drivers. The components above, largest contribution first, in words.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import asdict, dataclass, field
from functools import cached_property
from typing import Any

import numpy as np
from tortoise.transactions import in_transaction

from cims.analytics.features import (
    CHANNELS,
    FeatureMatrix,
    ModelStore,
    save_version,
    training_metadata,
)
from cims.models import CustomerValue
from cims.models.enums import Channel, ValueTier

log = logging.getLogger(__name__)

TIERS: tuple[ValueTier, ...] = (
    ValueTier.BRONZE,
    ValueTier.SILVER,
    ValueTier.GOLD,
    ValueTier.PLATINUM,
)
COMPONENTS: tuple[str, ...] = (
    "deposits",
    "wealth",
    "credit",
    "transactions",
    "service",
    "upkeep",
)


def _channel_costs() -> dict[str, float]:
    cheap = {Channel.ONLINE, Channel.MOBILE, Channel.WECHAT, Channel.POS}
    dear = {Channel.BRANCH: 8.0, Channel.PHONE: 4.0, Channel.ATM: 2.0}
    return {c.value: dear.get(c, 0.3 if c in cheap else 1.0) for c in Channel}


@dataclass(frozen=True)
class ValueParameters:
    deposit_margin: float = 0.015
    wealth_fee: float = 0.008
    credit_margin: float = 0.03
    transaction_fee: float = 0.001
    channel_cost: dict[str, float] = field(default_factory=_channel_costs)
    upkeep: float = 60.0
    base_churn: float = 0.20
    product_stickiness: float = 0.5
    inactive_days: int = 180
    inactive_churn_factor: float = 1.5
    discount_rate: float = 0.08
    horizon_years: int = 10
    # Shares of the base from the top: platinum, gold, silver; bronze is the rest.
    tier_shares: tuple[float, float, float] = (0.05, 0.15, 0.30)


@dataclass
class ValueModel:
    """Quintile edges for R, F and M and the tier edges, fitted on one base."""

    parameters: ValueParameters
    recency_edges: np.ndarray
    frequency_edges: np.ndarray
    monetary_edges: np.ndarray
    tier_edges: np.ndarray


@dataclass
class ValueScores:
    customer_ids: np.ndarray
    recency: np.ndarray
    frequency: np.ndarray
    monetary: np.ndarray
    components: np.ndarray
    retention: np.ndarray
    margin: np.ndarray
    lifetime_value: np.ndarray
    tier: np.ndarray

    def __len__(self) -> int:
        return len(self.customer_ids)

    def rfm(self, i: int) -> str:
        return f"{self.recency[i]}{self.frequency[i]}{self.monetary[i]}"

    @cached_property
    def ranked_components(self) -> tuple[np.ndarray, np.ndarray]:
        """Per customer: components by size of contribution, and the total earned."""
        order = np.argsort(-np.abs(self.components), axis=1, kind="stable")
        earned = np.clip(self.components, 0, None).sum(axis=1)
        return order[:, :DRIVERS], earned


# --- RFM ------------------------------------------------------------------------------


def quintile_edges(values: np.ndarray) -> np.ndarray:
    """The 20th, 40th, 60th and 80th percentiles of the known values."""
    known = values[~np.isnan(values)]
    if not len(known):
        return np.zeros(4)
    return np.quantile(known, [0.2, 0.4, 0.6, 0.8])


def quintile_scores(values: np.ndarray, edges: np.ndarray) -> np.ndarray:
    """1..5 by how many edges each value exceeds; ties at an edge take the lower
    score and unknown values score 1."""
    scores = np.searchsorted(edges, values, side="left") + 1
    scores[np.isnan(values)] = 1
    return scores.astype(np.int8)


def rfm_inputs(matrix: FeatureMatrix) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Recency negated (larger is better for all three); no transaction is unknown."""
    frequency = matrix.column("frequency")
    inactive = frequency == 0
    recency = -matrix.column("recency_days")
    monetary = matrix.column("monetary").copy()
    frequency = frequency.copy()
    for values in (recency, frequency, monetary):
        values[inactive] = np.nan
    return recency, frequency, monetary


# --- lifetime value -------------------------------------------------------------------


def yearly_components(matrix: FeatureMatrix, p: ValueParameters) -> np.ndarray:
    """Columns in ``COMPONENTS`` order: each customer's yearly margin by source."""
    frequency = matrix.column("frequency")
    per_transaction = sum(
        matrix.column(f"share_{c.value}") * p.channel_cost[c.value] for c in CHANNELS
    )
    return np.column_stack(
        [
            matrix.column("deposit_balance") * p.deposit_margin,
            matrix.column("wealth_balance") * p.wealth_fee,
            matrix.column("credit_balance") * p.credit_margin,
            matrix.column("monetary") * p.transaction_fee,
            -frequency * per_transaction,
            np.full(len(matrix), -p.upkeep),
        ]
    ) * (365.0 / matrix.window_days)


def retention(matrix: FeatureMatrix, p: ValueParameters) -> np.ndarray:
    extra_products = np.maximum(matrix.column("products_held") - 1, 0)
    churn = p.base_churn / (1 + p.product_stickiness * extra_products)
    recency = matrix.column("recency_days")
    inactive = np.isnan(recency) | (recency > p.inactive_days)
    churn = np.where(inactive, churn * p.inactive_churn_factor, churn)
    return 1 - np.clip(churn, 0, 1)


def lifetime_value(
    margin: np.ndarray, retention_rate: np.ndarray, p: ValueParameters
) -> np.ndarray:
    """The discounted sum of the module docstring, in closed form."""
    q = retention_rate / (1 + p.discount_rate)
    return margin / (1 + p.discount_rate) * (1 - q**p.horizon_years) / (1 - q)


# --- fit and score --------------------------------------------------------------------


def fit_value_model(
    matrix: FeatureMatrix, parameters: ValueParameters | None = None
) -> ValueModel:
    p = parameters or ValueParameters()
    recency, frequency, monetary = rfm_inputs(matrix)
    margin = yearly_components(matrix, p).sum(axis=1)
    clv = lifetime_value(margin, retention(matrix, p), p)
    cumulative = np.cumsum(p.tier_shares)[::-1]  # silver, gold, platinum from the top
    tier_edges = np.quantile(clv, 1 - cumulative) if len(clv) else np.zeros(3)
    return ValueModel(
        parameters=p,
        recency_edges=quintile_edges(recency),
        frequency_edges=quintile_edges(frequency),
        monetary_edges=quintile_edges(monetary),
        tier_edges=tier_edges,
    )


def score_values(model: ValueModel, matrix: FeatureMatrix) -> ValueScores:
    p = model.parameters
    recency, frequency, monetary = rfm_inputs(matrix)
    components = yearly_components(matrix, p)
    kept = retention(matrix, p)
    margin = components.sum(axis=1)
    clv = lifetime_value(margin, kept, p)
    return ValueScores(
        customer_ids=matrix.customer_ids,
        recency=quintile_scores(recency, model.recency_edges),
        frequency=quintile_scores(frequency, model.frequency_edges),
        monetary=quintile_scores(monetary, model.monetary_edges),
        components=components,
        retention=kept,
        margin=margin,
        lifetime_value=clv,
        tier=np.searchsorted(model.tier_edges, clv, side="right").astype(np.int8),
    )


# --- drivers in words -----------------------------------------------------------------

DRIVER_WORDS = {
    "deposits": ("deposits earn {v} a year", "存款每年贡献{v}"),
    "wealth": ("wealth products earn {v} a year", "理财产品每年贡献{v}"),
    "credit": ("credit earns {v} a year", "信贷每年贡献{v}"),
    "transactions": ("transaction fees earn {v} a year", "交易手续费每年贡献{v}"),
    "service": ("serving transactions costs {v} a year", "交易服务成本每年{v}"),
    "upkeep": ("account upkeep costs {v} a year", "账户维护成本每年{v}"),
}
DRIVERS = 3


def drivers(scores: ValueScores, i: int) -> dict[str, list[str]]:
    """The largest contributions to customer ``i``'s value, then the retention."""
    order, earned = scores.ranked_components
    row = scores.components[i].tolist()
    total = float(earned[i])
    words: dict[str, list[str]] = {"en": [], "zh": []}
    for j in order[i].tolist():
        if not row[j]:
            continue
        en, zh = DRIVER_WORDS[COMPONENTS[j]]
        amount = f"¥{abs(row[j]):,.0f}"
        share_en, share_zh = _share(row[j], total)
        words["en"].append(en.format(v=amount) + share_en)
        words["zh"].append(zh.format(v=amount) + share_zh)
    years = 1 / max(1 - float(scores.retention[i]), 1e-9)
    words["en"].append(f"expected to stay about {years:.1f} years")
    words["zh"].append(f"预计留存约{years:.1f}年")
    return words


def _share(part: float, earned: float) -> tuple[str, str]:
    if part <= 0 or earned <= 0:
        return "", ""
    return f" ({part / earned:.0%} of earnings)", f"（占收益{part / earned:.0%}）"


# --- training runs and storage --------------------------------------------------------


async def train_and_register(
    matrix: FeatureMatrix,
    *,
    created_by: str,
    store: ModelStore | None = None,
    parameters: ValueParameters | None = None,
) -> tuple[ValueModel, str]:
    model = fit_value_model(matrix, parameters)
    scores = score_values(model, matrix)
    counts = np.bincount(scores.tier, minlength=len(TIERS))
    metrics = {
        "tiers": {t.value: int(n) for t, n in zip(TIERS, counts, strict=True)},
        "median_lifetime_value": float(np.median(scores.lifetime_value))
        if len(scores)
        else 0.0,
        "tier_edges": [round(float(e), 2) for e in model.tier_edges],
    }
    settings = _jsonable(asdict(model.parameters))
    metadata = training_metadata(matrix, settings, metrics, created_by)
    version = await save_version(store, "value", model, metadata)
    log.info("value model trained: version %s", version)
    return model, version


def _jsonable(parameters: dict[str, Any]) -> dict[str, Any]:
    return {k: list(v) if isinstance(v, tuple) else v for k, v in parameters.items()}


async def store_values(
    scores: ValueScores,
    *,
    model_version: str,
    as_of: dt.date,
    chunk: int = 2000,
) -> int:
    """Replace the stored value of every scored customer; returns the count."""
    now = dt.datetime.now(dt.UTC)
    for start in range(0, len(scores), chunk):
        rows = [
            _value_row(scores, i, model_version, as_of, now)
            for i in range(start, min(start + chunk, len(scores)))
        ]
        ids = [r.customer_id for r in rows]
        async with in_transaction():
            await CustomerValue.filter(customer_id__in=ids).delete()
            await CustomerValue.bulk_create(rows)
    return len(scores)


def _value_row(
    scores: ValueScores, i: int, version: str, as_of: dt.date, now: dt.datetime
) -> CustomerValue:
    return CustomerValue(
        customer_id=int(scores.customer_ids[i]),
        as_of=as_of,
        recency_score=int(scores.recency[i]),
        frequency_score=int(scores.frequency[i]),
        monetary_score=int(scores.monetary[i]),
        rfm=scores.rfm(i),
        annual_margin=round(float(scores.margin[i]), 2),
        lifetime_value=round(float(scores.lifetime_value[i]), 2),
        tier=TIERS[int(scores.tier[i])],
        drivers=drivers(scores, i),
        model_version=version,
        computed_at=now,
    )
