"""Abnormal transactions: readable rules plus an isolation forest, per customer.

A transaction is judged against that customer's own earlier transactions (plain data:
dicts or objects with ``amount``, ``booked_at``, ``channel``, ``direction``):

- ``amount_spike``: far above the customer's usual amount in the same direction;
- ``burst``: many transactions in a short window, well above the customer's usual pace;
- ``unusual_hour`` / ``unusual_channel``: an hour or channel the customer rarely uses;
- ``structuring``: repeated amounts just below the reporting threshold (CNY 50,000);
- ``large_value``: an amount at or above the regulatory large-value reporting threshold
  of its currency, customer kind and form (cash or transfer), alone or summed with the
  customer's earlier ones of the same day, direction, form and currency
  (``cims.analytics.reporting``: the PBoC's large-value transaction report rules);
- ``overdraft``: a debit that leaves its account below zero, or below the account's
  agreed overdraft or card limit (``overdraft_floor``, given by the caller);
- ``model``: an isolation forest, trained on features relative to each customer's own
  history, finds the transaction more isolated than nearly all training transactions.

Each reason that fires carries a weight; the score is ``1 - prod(1 - weight)``, so it
lies in [0, 1] and grows with every independent reason. A transaction alerts when its
score reaches ``alert_threshold`` (0.6 by default: a spike, a burst or structuring
alone alerts, and so does a large-value amount or an overdraft; an odd hour, an odd
channel or the model alone does not; the model together with an odd hour or channel
does). Rules that compare with history stay silent until the customer has
``min_history`` earlier transactions; the large-value and overdraft rules need none.

Besides the four fields above, the transaction judged may carry ``currency``,
``category``, ``customer_kind`` (individual or corporate), ``balance_after`` (its
account's balance once it is booked) and ``overdraft_floor`` (the lowest balance the
account may reach: 0, or minus its agreed limit; None where the rule does not apply,
e.g. a loan account). Without them the large-value rule takes CNY and an individual,
and the overdraft rule stays silent.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import numpy as np
from sklearn.ensemble import IsolationForest

from cims.analytics.reporting import CUSTOMER_KINDS, LARGE_VALUE_THRESHOLDS, Thresholds

logger = logging.getLogger(__name__)

DEFAULT_WEIGHTS = {
    "amount_spike": 0.7,
    "burst": 0.6,
    "unusual_hour": 0.3,
    "unusual_channel": 0.3,
    "structuring": 0.8,
    # Each alerts alone: a large-value amount is reported whatever the customer's
    # habits, and an overdraft beyond what was agreed needs a person to look at it.
    "large_value": 0.65,
    "overdraft": 0.65,
    # Below the alert threshold on purpose: the forest flags about 0.1% of ordinary
    # transactions, so it corroborates a rule rather than raising alerts on its own.
    "model": 0.45,
}
FEATURES = (
    ("amount_vs_usual", "amount against the usual amount", "金额相对通常水平"),
    ("amount_z", "amount against its usual spread", "金额偏离程度"),
    ("hour_surprise", "hour of day", "交易时段"),
    ("channel_surprise", "channel", "交易渠道"),
    ("recent_count", "transactions in the last window", "近期交易笔数"),
    ("pace", "pace against the usual", "交易频率相对通常水平"),
)
CHANNEL_ZH = {
    "branch": "网点柜面",
    "phone": "电话银行",
    "online": "网上银行",
    "mobile": "手机银行",
    "atm": "自助设备",
    "pos": "POS",
    "wechat": "微信",
}
FORM_WORDS = {"cash": ("cash", "现金"), "transfer": ("transfer", "转账")}
KIND_WORDS = {
    "individual": ("an individual", "个人客户"),
    "corporate": ("a corporate customer", "对公客户"),
}
DIRECTION_WORDS = {"debit": ("out", "支出"), "credit": ("in", "收入")}
# Robust spread of log amounts: never below this, so a customer who always pays the
# same amount does not make every small change look extreme.
MIN_LOG_SPREAD = 0.25


@dataclass(frozen=True)
class Txn:
    amount: float
    booked_at: datetime
    channel: str
    direction: str
    currency: str = "CNY"
    category: str = ""
    customer_kind: str | None = None
    balance_after: float | None = None
    overdraft_floor: float | None = None


@dataclass(frozen=True)
class AnomalyConfig:
    """Thresholds of the rules and of the alert; money in the account's currency."""

    alert_threshold: float = 0.6
    min_history: int = 10
    lookback: timedelta = timedelta(days=180)
    spike_ratio: float = 5.0
    spike_z: float = 4.0
    burst_window: timedelta = timedelta(hours=1)
    burst_count: int = 5
    burst_factor: float = 4.0
    hour_band: int = 1
    hour_min_share: float = 0.02
    channel_min_share: float = 0.02
    reporting_threshold: float = 50_000.0
    structuring_margin: float = 0.10
    structuring_window: timedelta = timedelta(days=7)
    structuring_count: int = 3
    model_quantile: float = 0.999
    timezone: str = "Asia/Shanghai"
    # Thresholds of the large-value rule (``cims.analytics.reporting``); None takes
    # the PBoC defaults. Plain defaults (no factories) here, so that a detector
    # stored before a field existed still reads it.
    large_value: Thresholds | None = None
    # A transaction is cash when made through one of these channels or booked under
    # one of these categories; any other is a transfer.
    cash_channels: tuple[str, ...] = ("atm",)
    cash_categories: tuple[str, ...] = (
        "cash",
        "cash_deposit",
        "cash_withdrawal",
    )
    # Weight per reason code; codes left out keep their DEFAULT_WEIGHTS.
    weights: Mapping[str, float] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))


@dataclass(frozen=True)
class Reason:
    code: str
    weight: float
    en: str
    zh: str


@dataclass(frozen=True)
class AnomalyResult:
    score: float
    alert: bool
    reasons: tuple[Reason, ...]


def as_txn(item: Any) -> Txn:
    """A ``Txn`` from a mapping or an object with the four attributes (and any of
    the optional ones)."""
    if isinstance(item, Txn):
        return item
    if isinstance(item, Mapping):
        get = item.get
    else:

        def get(name: str) -> Any:
            return getattr(item, name, None)

    booked_at = get("booked_at")
    if not isinstance(booked_at, datetime):
        raise TypeError("booked_at must be a datetime")
    return Txn(
        amount=abs(float(get("amount"))),
        booked_at=booked_at,
        channel=str(get("channel")),
        direction=str(get("direction")),
        currency=str(get("currency") or "CNY"),
        category=str(get("category") or ""),
        customer_kind=_text_or_none(get("customer_kind")),
        balance_after=_float_or_none(get("balance_after")),
        overdraft_floor=_float_or_none(get("overdraft_floor")),
    )


def _converted(item: Any, converted: dict[int, tuple[Any, Txn]]) -> Txn:
    """``as_txn(item)``, once per item; ``converted`` holds the item too, so that
    its ID cannot pass to another object while the dict lives."""
    found = converted.get(id(item))
    if found is None:
        found = converted[id(item)] = (item, as_txn(item))
    return found[1]


def _text_or_none(value: Any) -> str | None:
    return None if value is None else str(value)


def _float_or_none(value: Any) -> float | None:
    return None if value is None else float(value)


def form_of(txn: Txn, config: AnomalyConfig) -> str:
    """``cash`` or ``transfer``: from the channel, else the category."""
    if txn.channel in config.cash_channels or txn.category in config.cash_categories:
        return "cash"
    return "transfer"


class _Series:
    """One customer's transactions sorted by time, as arrays."""

    def __init__(self, txns: Sequence[Txn], tz: ZoneInfo) -> None:
        ordered = sorted(txns, key=lambda t: _epoch(t.booked_at, tz))
        self.txns = ordered
        self.times = np.array([_epoch(t.booked_at, tz) for t in ordered])
        self.amounts = np.array([max(t.amount, 0.01) for t in ordered])
        self.logs = np.log(self.amounts)
        self.debit = np.array([t.direction == "debit" for t in ordered])
        self.channels = np.array([t.channel for t in ordered], dtype=object)
        self.hours = np.array([_local_hour(t.booked_at, tz) for t in ordered])

    def start(self, i: int, span: timedelta) -> int:
        """Index of the first transaction within ``span`` before transaction ``i``."""
        return int(np.searchsorted(self.times, self.times[i] - span.total_seconds()))


@dataclass(frozen=True)
class _Context:
    """Transaction ``i`` of a series and what its customer did before it."""

    series: _Series
    i: int
    lo: int

    @property
    def txn(self) -> Txn:
        return self.series.txns[self.i]

    @property
    def n(self) -> int:
        return self.i - self.lo

    def same_direction_logs(self) -> np.ndarray:
        s, past = self.series, slice(self.lo, self.i)
        return s.logs[past][s.debit[past] == s.debit[self.i]]

    def hour_share(self, band: int) -> float:
        if self.n == 0:
            return 0.0
        s = self.series
        gap = np.abs(s.hours[self.lo : self.i] - s.hours[self.i])
        return float(np.mean(np.minimum(gap, 24 - gap) <= band))

    def channel_share(self) -> float:
        if self.n == 0:
            return 0.0
        s = self.series
        return float(np.mean(s.channels[self.lo : self.i] == s.channels[self.i]))

    def count_within(self, span: timedelta) -> int:
        """Earlier transactions within ``span`` before this one."""
        return self.i - max(self.lo, self.series.start(self.i, span))

    def usual_count(self, span: timedelta) -> float:
        """Transactions per ``span`` over the customer's history."""
        if self.n < 2:
            return 0.0
        times = self.series.times
        covered = max(times[self.i] - times[self.lo], span.total_seconds())
        return self.n * span.total_seconds() / covered


class AnomalyDetector:
    """Scores a transaction against its customer's history; the forest is optional."""

    def __init__(
        self,
        config: AnomalyConfig | None = None,
        forest: IsolationForest | None = None,
        model_cut: float = math.inf,
        feature_centre: np.ndarray | None = None,
        feature_scale: np.ndarray | None = None,
    ) -> None:
        self.config = config or AnomalyConfig()
        self.forest = forest
        self.model_cut = model_cut
        self.feature_centre = feature_centre
        self.feature_scale = feature_scale

    def with_config(self, **changes: Any) -> AnomalyDetector:
        """The same detector (the forest shared) with some settings changed."""
        return AnomalyDetector(
            replace(self.config, **changes),
            self.forest,
            self.model_cut,
            self.feature_centre,
            self.feature_scale,
        )

    def score(self, txn: Any, history: Iterable[Any]) -> AnomalyResult:
        """Score ``txn`` given the customer's earlier transactions.

        Entries of ``history`` booked after ``txn``, and ``txn`` itself, are ignored,
        so a caller may pass the customer's whole list.
        """
        return self.score_many([(txn, history)])[0]

    def score_many(
        self, items: Iterable[tuple[Any, Iterable[Any]]]
    ) -> list[AnomalyResult]:
        """``score`` for each ``(txn, history)`` pair, in order. The forest judges
        every pair in one call: a call costs tens of milliseconds whatever its rows,
        so a file of bookings is screened in about the time of one."""
        # Pairs of one customer share their history's items: convert each once.
        converted: dict[int, tuple[Any, Txn]] = {}
        contexts = [self._context(txn, history, converted) for txn, history in items]
        if self.forest is None or not contexts:
            return [self._result(ctx) for ctx in contexts]
        x = np.array([relative_features(ctx, self.config) for ctx in contexts])
        isolation = -self.forest.score_samples(x)
        return [
            self._result(ctx, row, float(score))
            for ctx, row, score in zip(contexts, x, isolation, strict=True)
        ]

    def _context(
        self, txn: Any, history: Iterable[Any], converted: dict[int, tuple[Any, Txn]]
    ) -> _Context:
        current, tz = as_txn(txn), self._tz
        until = _epoch(current.booked_at, tz)
        earlier = [_converted(h, converted) for h in history if h is not txn]
        earlier = [t for t in earlier if _epoch(t.booked_at, tz) <= until]
        # Sorting is stable and ``current`` comes last, so it stays last among ties.
        series = _Series([*earlier, current], tz)
        i = len(series.txns) - 1
        return _Context(series, i, series.start(i, self.config.lookback))

    @property
    def _tz(self) -> ZoneInfo:
        return ZoneInfo(self.config.timezone)

    def _result(
        self, ctx: _Context, x: np.ndarray | None = None, isolation: float = 0.0
    ) -> AnomalyResult:
        reasons = [r for rule in _RULES if (r := rule(ctx, self.config)) is not None]
        if x is not None:
            reasons += self._model_reasons(x, isolation)
        score = 1.0 - math.prod(1.0 - r.weight for r in reasons)
        return AnomalyResult(
            score, score >= self.config.alert_threshold, tuple(reasons)
        )

    def _model_reasons(self, x: np.ndarray, isolation: float) -> list[Reason]:
        if isolation < self.model_cut:
            return []
        deviation = np.abs(x - self.feature_centre) / self.feature_scale
        _, en_name, zh_name = FEATURES[int(np.argmax(deviation))]
        share = self.config.model_quantile * 100
        return [
            Reason(
                "model",
                _weight(self.config, "model"),
                f"Unlike this customer's own pattern (isolation {isolation:.2f}, above "
                f"{share:g}% of training transactions); most unusual: {en_name}",
                f"与该客户自身习惯明显不同（孤立分数 {isolation:.2f}，"
                f"高于 {share:g}% 的训练交易），最异常的是{zh_name}",
            )
        ]


def score_transaction(
    txn: Any, history: Iterable[Any], config: AnomalyConfig | None = None
) -> AnomalyResult:
    """Rules only, for when no trained detector is at hand."""
    return AnomalyDetector(config).score(txn, history)


def relative_features(ctx: _Context, config: AnomalyConfig) -> np.ndarray:
    """The transaction described against its customer's earlier ones.

    Hour and channel enter as surprisal, -ln(smoothed share of past transactions):
    a never-seen value then lies far from the usual ones, which the forest needs in
    order to isolate it quickly.
    """
    txn_log = ctx.series.logs[ctx.i]
    logs = ctx.same_direction_logs()
    centre = float(np.median(logs)) if logs.size else txn_log
    count = ctx.count_within(config.burst_window)
    return np.array(
        [
            txn_log - centre,
            np.clip((txn_log - centre) / _log_spread(logs), -20, 20),
            _surprisal(ctx.hour_share(config.hour_band), ctx.n),
            _surprisal(ctx.channel_share(), ctx.n),
            math.log1p(count),
            math.log((count + 1) / (ctx.usual_count(config.burst_window) + 1)),
        ]
    )


def _surprisal(share: float, n: int) -> float:
    return -math.log((share * n + 0.5) / (n + 1))


# ---------------------------------------------------------------------------
# Rules: each returns a Reason when it fires, else None


def _amount_spike(ctx: _Context, config: AnomalyConfig) -> Reason | None:
    logs = ctx.same_direction_logs()
    if logs.size < config.min_history:
        return None
    usual = float(np.exp(np.median(logs)))
    amount = ctx.txn.amount
    z = (math.log(max(amount, 0.01)) - math.log(usual)) / _log_spread(logs)
    if amount < config.spike_ratio * usual or z < config.spike_z:
        return None
    times = amount / usual
    return Reason(
        "amount_spike",
        _weight(config, "amount_spike"),
        f"Amount {amount:,.2f} is {times:.1f} times this customer's usual {usual:,.2f}",
        f"金额 {amount:,.2f} 为该客户通常金额 {usual:,.2f} 的 {times:.1f} 倍",
    )


def _burst(ctx: _Context, config: AnomalyConfig) -> Reason | None:
    count = ctx.count_within(config.burst_window) + 1
    usual = ctx.usual_count(config.burst_window)
    if count < config.burst_count or count < config.burst_factor * usual:
        return None
    minutes = config.burst_window.total_seconds() / 60
    return Reason(
        "burst",
        _weight(config, "burst"),
        f"{count} transactions within {minutes:g} minutes (usually {usual:.1f})",
        f"{minutes:g} 分钟内 {count} 笔交易（通常 {usual:.1f} 笔）",
    )


def _unusual_hour(ctx: _Context, config: AnomalyConfig) -> Reason | None:
    share = ctx.hour_share(config.hour_band)
    if ctx.n < config.min_history or share >= config.hour_min_share:
        return None
    hour = int(ctx.series.hours[ctx.i])
    return Reason(
        "unusual_hour",
        _weight(config, "unusual_hour"),
        # The hour is the bank's local one; a reader in another zone is told which.
        f"Made around {hour:02d}:00 ({config.timezone} time), an hour this customer "
        f"rarely uses ({share:.0%} of past transactions)",
        f"交易时间约 {hour:02d}:00（{config.timezone} 时间），该客户极少在此时段交易"
        f"（占过往交易 {share:.0%}）",
    )


def _unusual_channel(ctx: _Context, config: AnomalyConfig) -> Reason | None:
    share = ctx.channel_share()
    if ctx.n < config.min_history or share >= config.channel_min_share:
        return None
    channel = ctx.txn.channel
    channel_zh = CHANNEL_ZH.get(channel, channel)
    return Reason(
        "unusual_channel",
        _weight(config, "unusual_channel"),
        f"Channel {channel} is rare for this customer "
        f"({share:.0%} of past transactions)",
        f"该客户很少使用{channel_zh}渠道（占过往交易 {share:.0%}）",
    )


def _structuring(ctx: _Context, config: AnomalyConfig) -> Reason | None:
    floor = config.reporting_threshold * (1 - config.structuring_margin)
    if not floor <= ctx.txn.amount < config.reporting_threshold:
        return None
    s, since = ctx.series, ctx.series.start(ctx.i, config.structuring_window)
    recent = s.amounts[since : ctx.i + 1]
    count = int(np.sum((recent >= floor) & (recent < config.reporting_threshold)))
    if count < config.structuring_count:
        return None
    days = config.structuring_window.days
    limit = config.reporting_threshold
    return Reason(
        "structuring",
        _weight(config, "structuring"),
        f"{count} amounts just below the {limit:,.0f} reporting threshold "
        f"within {days} days",
        f"{days} 天内 {count} 笔金额略低于 {limit:,.0f} 的大额申报门槛",
    )


def _large_value(ctx: _Context, config: AnomalyConfig) -> Reason | None:
    """At or above the large-value threshold alone, or the day's sum crossing it."""
    txn = ctx.txn
    kind = txn.customer_kind if txn.customer_kind in CUSTOMER_KINDS else "individual"
    form = form_of(txn, config)
    table = LARGE_VALUE_THRESHOLDS if config.large_value is None else config.large_value
    threshold = table.get(txn.currency, {}).get(kind, {}).get(form)
    if threshold is None:
        return None
    tz = ZoneInfo(config.timezone)
    day = _local_date(txn.booked_at, tz)
    s = ctx.series
    same_day = [
        t
        for t in s.txns[s.start(ctx.i, timedelta(days=1)) : ctx.i]
        if t.direction == txn.direction
        and t.currency == txn.currency
        and form_of(t, config) == form
        and _local_date(t.booked_at, tz) == day
    ]
    before = sum(t.amount for t in same_day)
    total = before + txn.amount
    if txn.amount < threshold and not before < threshold <= total:
        return None
    cur, way = txn.currency, DIRECTION_WORDS.get(txn.direction, (txn.direction,) * 2)
    form_en, form_zh = FORM_WORDS[form]
    kind_en, kind_zh = KIND_WORDS[kind]
    limit_en = f"the reporting threshold of {threshold:,.0f} {cur} for {kind_en}"
    limit_zh = f"{kind_zh}大额交易报告标准 {threshold:,.0f} {cur}"
    if txn.amount >= threshold:
        return Reason(
            "large_value",
            _weight(config, "large_value"),
            f"Large-value {form_en} ({way[0]}) of {txn.amount:,.2f} {cur}: "
            f"at or above {limit_en}",
            f"大额{form_zh}{way[1]} {txn.amount:,.2f} {cur}，达到{limit_zh}",
        )
    count = len(same_day) + 1
    return Reason(
        "large_value",
        _weight(config, "large_value"),
        f"Large-value {form_en} ({way[0]}) today: {count} transactions, "
        f"{total:,.2f} {cur} in all, reach {limit_en}",
        f"当日{form_zh}{way[1]}累计 {count} 笔共 {total:,.2f} {cur}，达到{limit_zh}",
    )


def _overdraft(ctx: _Context, config: AnomalyConfig) -> Reason | None:
    """A debit that leaves the account below its floor (0 or minus its limit)."""
    txn = ctx.txn
    floor, after = txn.overdraft_floor, txn.balance_after
    if txn.direction != "debit" or floor is None or after is None or after >= floor:
        return None
    cur = txn.currency
    if floor == 0:
        beyond_en, beyond_zh = (
            "below zero (no overdraft agreed)",
            "低于零（无约定透支额度）",
        )
    else:
        beyond_en = f"beyond its agreed limit of {-floor:,.2f} {cur}"
        beyond_zh = f"超出约定透支额度 {-floor:,.2f} {cur}"
    return Reason(
        "overdraft",
        _weight(config, "overdraft"),
        f"Debit of {txn.amount:,.2f} {cur} leaves the account's balance at "
        f"{after:,.2f} {cur}, {beyond_en}",
        f"支出 {txn.amount:,.2f} {cur} 后账户余额为 {after:,.2f} {cur}，{beyond_zh}",
    )


_RULES = (
    _amount_spike,
    _burst,
    _unusual_hour,
    _unusual_channel,
    _structuring,
    _large_value,
    _overdraft,
)


# ---------------------------------------------------------------------------
# Training


def train_anomaly(
    histories: Iterable[Iterable[Any]],
    config: AnomalyConfig | None = None,
    *,
    n_estimators: int = 100,
    seed: int = 20261204,
) -> tuple[AnomalyDetector, dict[str, Any]]:
    """Fit the isolation forest on every customer's transactions, each described
    against that customer's earlier ones; return the detector and its figures.

    The model's cut is the ``model_quantile`` of the training isolation scores, so
    the model alone flags about ``1 - model_quantile`` of transactions like these.
    """
    config = config or AnomalyConfig()
    tz = ZoneInfo(config.timezone)
    series = [_Series([as_txn(t) for t in h], tz) for h in histories]
    contexts = [
        _Context(s, i, s.start(i, config.lookback))
        for s in series
        for i in range(config.min_history, len(s.txns))
    ]
    if not contexts:
        raise ValueError(f"no customer has more than {config.min_history} transactions")
    x = np.array([relative_features(c, config) for c in contexts])
    forest = IsolationForest(n_estimators=n_estimators, random_state=seed).fit(x)
    isolation = -forest.score_samples(x)
    detector = AnomalyDetector(
        config,
        forest,
        model_cut=float(np.quantile(isolation, config.model_quantile)),
        feature_centre=np.median(x, axis=0),
        feature_scale=_iqr(x),
    )
    metrics = {
        "customers": len(series),
        "transactions": len(contexts),
        "model_cut": detector.model_cut,
        "alert_share": _alert_share(detector, contexts, x, isolation),
    }
    logger.info("trained anomaly detector on %d transactions", len(contexts))
    return detector, metrics


def registry_metadata(
    detector: AnomalyDetector,
    metrics: Mapping[str, Any],
    created_by: str,
    data_window: Mapping[str, Any],
) -> dict[str, Any]:
    """Metadata for ``registry.save``: data window, parameters, metrics, who."""
    forest = detector.forest.get_params() if detector.forest is not None else None
    return {
        "data_window": dict(data_window),
        "parameters": {"config": asdict(detector.config), "forest": forest},
        "metrics": dict(metrics),
        "created_by": created_by,
    }


def _alert_share(
    detector: AnomalyDetector,
    contexts: Sequence[_Context],
    x: np.ndarray,
    isolation: np.ndarray,
) -> float:
    # Scoring row by row through the forest costs ~20 ms each; reuse the bulk scores.
    results = (
        detector._result(ctx, features, float(iso))
        for ctx, features, iso in zip(contexts, x, isolation, strict=True)
    )
    return sum(r.alert for r in results) / len(contexts)


def _weight(config: AnomalyConfig, code: str) -> float:
    return config.weights.get(code, DEFAULT_WEIGHTS[code])


def _iqr(x: np.ndarray) -> np.ndarray:
    q1, q3 = np.quantile(x, [0.25, 0.75], axis=0)
    return np.maximum(q3 - q1, 1e-3)


def _log_spread(logs: np.ndarray) -> float:
    if logs.size < 2:
        return 1.0
    mad = float(np.median(np.abs(logs - np.median(logs))))
    return max(1.4826 * mad, MIN_LOG_SPREAD)


def _epoch(moment: datetime, tz: ZoneInfo) -> float:
    # Naive timestamps are taken as local time in the configured zone.
    return (moment if moment.tzinfo else moment.replace(tzinfo=tz)).timestamp()


def _local_date(moment: datetime, tz: ZoneInfo) -> date:
    return moment.astimezone(tz).date() if moment.tzinfo else moment.date()


def _local_hour(moment: datetime, tz: ZoneInfo) -> int:
    return moment.astimezone(tz).hour if moment.tzinfo else moment.hour
