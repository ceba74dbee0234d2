"""Credit scoring: probability of default, grade, points and the factors behind them.

A model trains from any labelled customer table through a ``ColumnMapping`` that says
which columns are numeric, which categorical, which holds the label and what value of it
means "bad", so a bank's own history trains it without code changes. Three mappings ship
for the public data sets in ``cims/data`` (``MAPPINGS``).

``train_credit`` fits two candidates on the same stratified split:

- ``scorecard``: logistic regression on quadratic splines of each numeric input (with a
  missing-value indicator) and one-hot categories; every input's share of the log-odds
  is exact, which gives its factors.
- ``boosted``: gradient-boosted trees (``HistGradientBoostingClassifier``) with native
  missing values and categories; its factors are local marginal contributions: how much
  the probability moves when one input is replaced by values drawn from its training
  distribution (no training rows are kept for this, only per-input quantiles).

Both are wrapped in sigmoid calibration fitted on out-of-fold predictions, and are
evaluated on the held-out rows (AUC, KS, Brier score, a ten-group calibration table and
its expected calibration error). The better by AUC is kept unless its calibration error
is worse than the other's by more than ``calibration_tolerance``.

Training is a command of its own (``cims train credit``), never part of a request.
Scoring one row limits the native thread pools to one thread: on small inputs the
gradient-boosting predictor is many times slower with all threads on.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import asdict, dataclass
from decimal import ROUND_FLOOR, Decimal
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.calibration import CalibratedClassifierCV
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.impute import MissingIndicator, SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import brier_score_loss, roc_auc_score, roc_curve
from sklearn.model_selection import StratifiedKFold, cross_val_score, train_test_split
from sklearn.pipeline import FeatureUnion, Pipeline, make_pipeline
from sklearn.preprocessing import (
    FunctionTransformer,
    OneHotEncoder,
    OrdinalEncoder,
    SplineTransformer,
    StandardScaler,
)
from threadpoolctl import ThreadpoolController

from cims.analytics import stability
from cims.analytics.choice import Choice, choice_of
from cims.analytics.mappings import (  # noqa: F401 - credit.MAPPINGS and the rest
    CREDIT_CARD_CLIENTS,
    CREDIT_SCORING,
    GERMAN_CREDIT,
    MAPPINGS,
    ColumnMapping,
    Ratio,
    credit_kind,
)

logger = logging.getLogger(__name__)

DATA_DIR = Path(__file__).resolve().parents[1] / "data"
ALGORITHMS = ("scorecard", "boosted")
DEFAULT_SEED = 20261204
# Upper PD bound of each grade; E takes everything above D.
GRADES = (("A", 0.05), ("B", 0.10), ("C", 0.20), ("D", 0.35), ("E", 1.0))
# Scorecard points: 600 at odds of 50 good to 1 bad, 20 more points per doubling.
POINTS_AT_ODDS_50 = 600
POINTS_TO_DOUBLE_ODDS = 20
BATCH_ROWS = 100_000
BACKGROUND_QUANTILES = 10
MAX_BACKGROUND_CATEGORIES = 30


# ---------------------------------------------------------------------------
# Preparation: by name, sentinels to missing, categories as text


class PrepareColumns(TransformerMixin, BaseEstimator):
    """Select the mapped columns by name and make them uniform.

    Column order and extra columns in the input do not matter; a column absent at
    scoring time counts as missing. Numeric sentinels become NaN, numbers that do not
    parse become NaN, categories become stripped text (``1``, ``1.0`` and ``"1"`` are
    the same category), and the declared ratios are added.
    """

    def __init__(self, numeric=(), categorical=(), ratios=(), missing=()):
        self.numeric = numeric
        self.categorical = categorical
        self.ratios = ratios
        self.missing = missing

    def fit(self, X, y=None):
        frame = as_frame(X)
        absent = [c for c in (*self.numeric, *self.categorical) if c not in frame]
        if absent:
            raise ValueError(f"training data lacks columns: {', '.join(absent)}")
        self.feature_names_out_ = [
            *self.numeric,
            *(r.name for r in self.ratios),
            *self.categorical,
        ]
        return self

    def transform(self, X):
        frame = as_frame(X)
        columns = {c: _numeric_column(frame, c, self.missing) for c in self.numeric}
        for ratio in self.ratios:
            columns[ratio.name] = _divide(
                columns[ratio.numerator], columns[ratio.denominator]
            )
        prepared = pd.DataFrame(columns, index=pd.RangeIndex(len(frame)))
        for c in self.categorical:
            prepared[c] = pd.Series(_category_column(frame, c), dtype=object)
        return prepared

    def get_feature_names_out(self, input_features=None):
        return np.asarray(self.feature_names_out_, dtype=object)


def as_frame(rows: Any) -> pd.DataFrame:
    """A data frame from a frame, one mapping, or an iterable of mappings."""
    if isinstance(rows, pd.DataFrame):
        return rows
    if isinstance(rows, Mapping):
        return pd.DataFrame([rows])
    return pd.DataFrame.from_records(list(rows))


def _numeric_column(frame: pd.DataFrame, name: str, sentinels) -> np.ndarray:
    if name not in frame:
        return np.full(len(frame), np.nan)
    values = pd.to_numeric(frame[name], errors="coerce").to_numpy(
        dtype=np.float64, na_value=np.nan
    )
    if sentinels:
        values = np.where(np.isin(values, sentinels), np.nan, values)
    return values


def _divide(numerator: np.ndarray, denominator: np.ndarray) -> np.ndarray:
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = numerator / denominator
    return np.where(np.isfinite(ratio), ratio, np.nan)


def _category_column(frame: pd.DataFrame, name: str) -> np.ndarray:
    if name not in frame:
        return np.full(len(frame), np.nan, dtype=object)
    # Normalise each distinct value once: a million rows hold few distinct ones.
    codes, uniques = pd.factorize(frame[name], use_na_sentinel=True)
    labels = np.array([*(category(u) for u in uniques), np.nan], dtype=object)
    return labels[codes]


def category(value: object) -> str | float:
    """A category label as text, or NaN when missing."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return np.nan
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value).strip()
    return text if text else np.nan


# ---------------------------------------------------------------------------
# Candidate pipelines


def as_object_array(prepared: Any) -> np.ndarray:
    """The prepared columns as one plain array, in ``mapping.inputs`` order.

    Past ``PrepareColumns`` the order is fixed, so the encoders address columns by
    position: scikit-learn's per-column checks of a data frame cost more than the
    model itself when scoring one row.
    """
    return np.asarray(prepared, dtype=object)


def _scorecard(mapping: ColumnMapping, seed: int) -> Pipeline:
    numeric = len(mapping.numeric_inputs)
    encode = ColumnTransformer(
        [
            ("num", _spline_basis(), list(range(numeric))),
            ("cat", _one_hot(), list(range(numeric, len(mapping.inputs)))),
        ],
        sparse_threshold=0.0,
    )
    classify = LogisticRegression(C=0.3, max_iter=5000, random_state=seed)
    return Pipeline(
        [
            ("array", FunctionTransformer(as_object_array)),
            ("encode", encode),
            ("classify", classify),
        ]
    )


def scorecard_groups(encode: ColumnTransformer, numeric: int) -> list[np.ndarray]:
    """Encoded columns of each input, in ``mapping.inputs`` order.

    The numeric block is every input's spline columns (input by input), then one
    missing-value indicator per input; the categorical block is one column per
    category seen, input by input.
    """
    block = encode.output_indices_["num"]
    width = (block.stop - block.start - numeric) // max(numeric, 1)
    groups = [
        np.r_[
            block.start + i * width + np.arange(width),
            block.start + numeric * width + i,
        ]
        for i in range(numeric)
    ]
    start = encode.output_indices_["cat"].start
    for categories in _categories(encode):
        groups.append(np.arange(start, start + len(categories)))
        start += len(categories)
    if sum(g.size for g in groups) != len(encode.get_feature_names_out()):
        raise RuntimeError("scorecard columns do not match their inputs")
    return groups


def _categories(encode: ColumnTransformer) -> list[np.ndarray]:
    block = encode.output_indices_["cat"]
    if block.stop == block.start:
        return []
    return list(encode.named_transformers_["cat"][-1].categories_)


def _spline_basis() -> FeatureUnion:
    value = make_pipeline(
        SimpleImputer(strategy="median", keep_empty_features=True),
        SplineTransformer(
            n_knots=4, degree=2, knots="quantile", extrapolation="constant"
        ),
        StandardScaler(),
    )
    return FeatureUnion(
        [("value", value), ("missing", MissingIndicator(features="all"))]
    )


def _one_hot() -> Pipeline:
    return make_pipeline(
        SimpleImputer(strategy="constant", fill_value="(missing)"),
        OneHotEncoder(handle_unknown="ignore", sparse_output=False),
    )


def _boosted(mapping: ColumnMapping, seed: int) -> Pipeline:
    # Unseen and missing categories both become NaN, which the trees route as missing.
    ordinal = OrdinalEncoder(
        handle_unknown="use_encoded_value",
        unknown_value=np.nan,
        encoded_missing_value=np.nan,
        max_categories=250,
    )
    numeric = len(mapping.numeric_inputs)
    encode = ColumnTransformer(
        [
            ("num", "passthrough", list(range(numeric))),
            ("cat", ordinal, list(range(numeric, len(mapping.inputs)))),
        ]
    )
    is_categorical = [c in mapping.categorical for c in mapping.inputs]
    classify = HistGradientBoostingClassifier(
        learning_rate=0.05,
        max_iter=150,
        max_depth=3,
        min_samples_leaf=30,
        l2_regularization=1.0,
        early_stopping=False,
        categorical_features=is_categorical if any(is_categorical) else None,
        random_state=seed,
    )
    return Pipeline(
        [
            ("array", FunctionTransformer(as_object_array)),
            ("encode", encode),
            ("classify", classify),
        ]
    )


_BUILDERS = {"scorecard": _scorecard, "boosted": _boosted}


def _calibrated(mapping: ColumnMapping, algorithm: str, seed: int) -> Pipeline:
    folds = StratifiedKFold(5, shuffle=True, random_state=seed)
    model = CalibratedClassifierCV(
        _BUILDERS[algorithm](mapping, seed), method="sigmoid", cv=folds, ensemble=False
    )
    return Pipeline([("prepare", _prepare(mapping)), ("model", model)])


def _prepare(mapping: ColumnMapping) -> PrepareColumns:
    return PrepareColumns(
        mapping.numeric, mapping.categorical, mapping.ratios, mapping.missing
    )


# ---------------------------------------------------------------------------
# Evaluation


@dataclass(frozen=True)
class CalibrationBin:
    """One of ten equal-count groups of held-out rows, ordered by predicted PD."""

    lowest_pd: float
    highest_pd: float
    rows: int
    bads: int
    mean_pd: float
    bad_rate: float


@dataclass(frozen=True)
class Evaluation:
    algorithm: str
    auc: float
    ks: float
    brier: float
    calibration_error: float
    calibration: tuple[CalibrationBin, ...]
    cv_auc: float | None
    cv_auc_std: float | None
    train_seconds: float


@dataclass(frozen=True)
class CreditMetrics:
    dataset: str
    data_window: Mapping[str, Any]
    train_rows: int
    test_rows: int
    bad_rate: float
    candidates: Mapping[str, Evaluation]
    chosen: str
    choice: Choice

    @property
    def best(self) -> Evaluation:
        return self.candidates[self.chosen]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def calibration_table(
    y: Sequence[int], pd_: Sequence[float], groups: int = 10
) -> tuple[CalibrationBin, ...]:
    """Rows sorted by PD, split into ``groups`` groups of (nearly) equal count."""
    y_arr, p_arr = np.asarray(y, dtype=np.int64), np.asarray(pd_, dtype=np.float64)
    order = np.argsort(p_arr, kind="stable")
    return tuple(
        CalibrationBin(
            lowest_pd=float(p_arr[part].min()),
            highest_pd=float(p_arr[part].max()),
            rows=int(part.size),
            bads=int(y_arr[part].sum()),
            mean_pd=float(p_arr[part].mean()),
            bad_rate=float(y_arr[part].mean()),
        )
        for part in np.array_split(order, min(groups, len(order)))
    )


def calibration_error(table: Sequence[CalibrationBin]) -> float:
    """Expected calibration error: row-weighted mean |mean PD - bad rate|."""
    total = sum(b.rows for b in table)
    return sum(b.rows * abs(b.mean_pd - b.bad_rate) for b in table) / total


def ks_statistic(y: Sequence[int], pd_: Sequence[float]) -> float:
    """Kolmogorov-Smirnov: largest gap between the bads' and goods' PD distributions."""
    fpr, tpr, _ = roc_curve(y, pd_)
    return float(np.max(tpr - fpr))


def _evaluate(
    algorithm: str, y: np.ndarray, p: np.ndarray, cv: tuple, seconds: float
) -> Evaluation:
    table = calibration_table(y, p)
    return Evaluation(
        algorithm=algorithm,
        auc=float(roc_auc_score(y, p)),
        ks=ks_statistic(y, p),
        brier=float(brier_score_loss(y, p)),
        calibration_error=calibration_error(table),
        calibration=table,
        cv_auc=cv[0],
        cv_auc_std=cv[1],
        train_seconds=seconds,
    )


def choose(
    candidates: Mapping[str, Evaluation], tolerance: float
) -> tuple[str, Choice]:
    """The best by AUC, unless its calibration error exceeds the best one's by more
    than ``tolerance``; then the next by AUC that stays within it."""
    ranked = sorted(candidates.values(), key=lambda e: e.auc, reverse=True)
    best_error = min(e.calibration_error for e in ranked)
    kept = next(e for e in ranked if e.calibration_error <= best_error + tolerance)
    figures = {e.algorithm: (e.auc, e.calibration_error) for e in ranked}
    return kept.algorithm, choice_of(figures, kept.algorithm)


# ---------------------------------------------------------------------------
# Scores and factors


@dataclass(frozen=True)
class Factor:
    """One input's part in a score. ``effect`` > 0 raises the risk.

    For the scorecard ``effect`` is in log-odds of default relative to the average
    training applicant; for the boosted model it is in probability of default.
    """

    input: str
    value: str
    level: str
    effect: float
    en: str
    zh: str


@dataclass(frozen=True)
class CreditScore:
    pd: float
    grade: str
    points: int
    factors: tuple[Factor, ...]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class InputStats:
    """What a training input looked like: quartiles for words, values for factors."""

    numeric: bool
    low: float = math.nan
    high: float = math.nan
    values: tuple[Any, ...] = ()
    weights: tuple[float, ...] = ()


def grade_of(pd_: float) -> str:
    """The letter of the first band in ``GRADES`` whose upper bound exceeds ``pd_``."""
    for grade, upper in GRADES:
        if pd_ < upper:
            return grade
    return GRADES[-1][0]


def points_of(pd_: np.ndarray | float) -> np.ndarray:
    """Scorecard points: higher is safer, ``POINTS_TO_DOUBLE_ODDS`` per doubling."""
    p = np.clip(np.asarray(pd_, dtype=np.float64), 1e-6, 1 - 1e-6)
    factor = POINTS_TO_DOUBLE_ODDS / math.log(2)
    odds_good = (1 - p) / p
    return np.rint(POINTS_AT_ODDS_50 + factor * (np.log(odds_good) - math.log(50)))


def grades_of(pd_: np.ndarray) -> np.ndarray:
    """``grade_of`` for many PDs at once."""
    uppers = np.array([upper for _, upper in GRADES[:-1]])
    letters = np.array([grade for grade, _ in GRADES])
    return letters[np.searchsorted(uppers, np.asarray(pd_), side="right")]


class CreditModel:
    """A trained, calibrated credit model with what it needs to explain itself."""

    def __init__(
        self,
        mapping: ColumnMapping,
        pipeline: Pipeline,
        algorithm: str,
        stats: Mapping[str, InputStats],
        profiles: Mapping[str, stability.Profile],
        score_profile: stability.Profile,
        encoded_mean: np.ndarray | None,
    ) -> None:
        self.mapping = mapping
        self.pipeline = pipeline
        self.algorithm = algorithm
        self.stats = dict(stats)
        self.profiles = dict(profiles)
        self.score_profile = score_profile
        self.encoded_mean = encoded_mean

    def predict_pd(self, rows: Any, n_threads: int | None = 1) -> np.ndarray:
        """Calibrated PDs of many rows, in chunks to bound memory.

        One native thread by default: the boosted model synchronises its threads
        once per tree, which on a machine shared with other work costs more than a
        second thread gains (measured in bench/bench_risk.py). ``None`` uses all.
        """
        frame = as_frame(rows)
        chunks = (
            frame.iloc[i : i + BATCH_ROWS] for i in range(0, len(frame), BATCH_ROWS)
        )
        with _threads(n_threads):
            parts = [self.pipeline.predict_proba(chunk)[:, 1] for chunk in chunks]
        return np.concatenate(parts) if parts else np.empty(0)

    def score(
        self,
        row: Mapping[str, Any],
        top: int = 3,
        unit: tuple[Decimal, str] | None = None,
    ) -> CreditScore:
        """PD, grade, points and the ``top`` factors (by size of effect) of one row.

        ``unit`` is what one unit of the data set's money is worth in the customer's
        currency, and that currency: the factors then show the mapping's ``money``
        inputs as amounts in it (``CNY 562,547.33``) instead of the data set's figure.
        """
        with single_thread():
            prepared, pd_, effects = self._explained(row)
        ranked = sorted(effects.items(), key=lambda kv: abs(kv[1]), reverse=True)
        factors = tuple(self._factor(prepared, n, e, unit) for n, e in ranked[:top])
        return CreditScore(pd_, grade_of(pd_), int(points_of(pd_)), factors)

    def effects(self, row: Mapping[str, Any]) -> dict[str, float]:
        """Every input's effect on one row's score (see ``Factor.effect``)."""
        with single_thread():
            return self._explained(row)[2]

    def _explained(self, row: Mapping[str, Any]) -> tuple[pd.DataFrame, float, dict]:
        prepared = self.pipeline["prepare"].transform(as_frame(row))
        if self.algorithm == "scorecard":
            pd_ = float(self.pipeline["model"].predict_proba(prepared)[0, 1])
            return prepared, pd_, self._scorecard_effects(prepared)
        return prepared, *self._marginal_effects(prepared)

    def stability(
        self, rows: Any, warn_at: float = stability.WARN_AT
    ) -> stability.StabilityReport:
        """PSI of this model's scores and inputs between training and ``rows``."""
        frame = as_frame(rows)
        prepared = self.pipeline["prepare"].transform(frame)
        return stability.report(
            self.score_profile,
            self.predict_pd(frame),
            self.profiles,
            {c: prepared[c].to_numpy() for c in prepared.columns},
            warn_at,
        )

    def _scorecard_effects(self, prepared: pd.DataFrame) -> dict[str, float]:
        inner = fitted_estimator(self.pipeline)
        encoded = inner[:-1].transform(prepared)[0] - self.encoded_mean
        terms = inner["classify"].coef_[0] * encoded
        groups = scorecard_groups(inner["encode"], len(self.mapping.numeric_inputs))
        return {
            c: float(terms[g].sum())
            for c, g in zip(self.mapping.inputs, groups, strict=True)
        }

    def _marginal_effects(self, prepared: pd.DataFrame) -> tuple[float, dict]:
        # One batch: the row itself, then the row with each input in turn set to the
        # values that stand in for its training distribution.
        names = [n for n in self.mapping.inputs if self.stats[n].values]
        spans = _spans([len(self.stats[n].values) for n in names], first=1)
        grid = np.repeat(as_object_array(prepared), spans[-1].stop, axis=0)
        for name, span in zip(names, spans, strict=True):
            grid[span, self.mapping.inputs.index(name)] = self.stats[name].values
        pds = self.pipeline["model"].predict_proba(grid)[:, 1]
        effects = {
            name: float(pds[0] - pds[span] @ np.asarray(self.stats[name].weights))
            for name, span in zip(names, spans, strict=True)
        }
        return float(pds[0]), effects

    def _factor(
        self,
        prepared: pd.DataFrame,
        name: str,
        effect: float,
        unit: tuple[Decimal, str] | None = None,
    ) -> Factor:
        value = prepared[name].iloc[0]
        level, shown, shown_zh = self._describe(name, value, unit)
        en_name, zh_name = self.mapping.words.get(name, (name, name))
        return Factor(
            input=name,
            value=shown,
            level=level,
            effect=effect,
            en=_sentence_en(en_name, level, shown, effect),
            zh=_sentence_zh(zh_name, level, shown_zh, effect),
        )

    def _describe(
        self, name: str, value: Any, unit: tuple[Decimal, str] | None = None
    ) -> tuple[str, str, str]:
        if isinstance(value, float) and math.isnan(value):
            return "missing", "", ""
        stats = self.stats[name]
        if not stats.numeric:
            en, zh = self.mapping.value_words.get(name, {}).get(value, (value, value))
            return "category", en, zh
        if unit is not None and name in getattr(self.mapping, "money", ()):
            amount = (Decimal(str(float(value))) * unit[0]).quantize(Decimal("0.01"))
            shown = f"{unit[1]} {amount:,.2f}"
        else:
            shown = _format_number(float(value))
        if value > stats.high:
            return "high", shown, shown
        if value < stats.low:
            return "low", shown, shown
        return "typical", shown, shown


def _spans(sizes: Sequence[int], first: int = 0) -> list[slice]:
    ends = first + np.cumsum(sizes)
    return [
        slice(int(end - size), int(end)) for end, size in zip(ends, sizes, strict=True)
    ]


_LEVEL_ZH = {"high": "偏高", "low": "偏低", "typical": "处于常见水平"}


def _sentence_en(name: str, level: str, shown: str, effect: float) -> str:
    direction = "raising the risk" if effect > 0 else "lowering the risk"
    if level == "missing":
        return f"{name} is missing, {direction}"
    if level == "category":
        return f"{name}: {shown} (the model's input category), {direction}"
    return f"{name} is {level} ({shown}), {direction}"


def _sentence_zh(name: str, level: str, shown: str, effect: float) -> str:
    direction = "风险上升" if effect > 0 else "风险下降"
    if level == "missing":
        return f"{name}缺失，{direction}"
    if level == "category":
        return f"{name}：{shown}（模型输入类别），{direction}"
    return f"{name}{_LEVEL_ZH[level]}（{shown}），{direction}"


def _format_number(value: float) -> str:
    if value.is_integer():
        return f"{value:,.0f}"
    return f"{value:.2f}" if abs(value) < 10 else f"{value:,.1f}"


def fitted_estimator(pipeline: Pipeline) -> Pipeline:
    """The encode-and-classify pipeline inside the calibration wrapper."""
    return pipeline["model"].calibrated_classifiers_[0].estimator


@cache
def _controller() -> ThreadpoolController:
    # Built once: building a controller scans the loaded libraries (about 4 ms).
    return ThreadpoolController()


def single_thread() -> AbstractContextManager:
    """Limit native thread pools (OpenMP, BLAS) to one thread for the block.

    The limit is process-wide, not per thread: a worker thread scoring at the same
    time as a batch also runs single-threaded, which is acceptable because the API
    scores one row at a time and batches run as commands of their own.
    """
    return _controller().limit(limits=1)


def _threads(n_threads: int | None) -> AbstractContextManager:
    return nullcontext() if n_threads is None else _controller().limit(limits=n_threads)


# ---------------------------------------------------------------------------
# Training


def resolve_mapping(source: str | ColumnMapping | Mapping[str, Any]) -> ColumnMapping:
    """A shipped mapping by name, a mapping, or plain data describing one."""
    if isinstance(source, ColumnMapping):
        source.validate()
        return source
    if isinstance(source, str):
        if source not in MAPPINGS:
            raise ValueError(f"no shipped mapping {source!r}; pass a ColumnMapping")
        return MAPPINGS[source]
    return ColumnMapping.from_dict(source)


def read_table(mapping: ColumnMapping, data: Any = None) -> pd.DataFrame:
    """The labelled table: ``data`` (frame, rows or CSV path) or the shipped file."""
    if data is None:
        if mapping.source is None:
            raise ValueError(f"mapping {mapping.name} names no data; pass data")
        data = DATA_DIR / mapping.source
    if isinstance(data, str | Path):
        # Categories stay text as written, whatever they look like.
        return pd.read_csv(data, dtype={c: str for c in mapping.categorical})
    return as_frame(data)


def labels(mapping: ColumnMapping, column: pd.Series) -> np.ndarray:
    """1 for bad, 0 for good, -1 where the label is missing."""
    bad = {category(v) for v in mapping.bad}
    text = _category_column(column.to_frame(), column.name)
    known = pd.notna(text)
    return np.where(known, np.isin(text, list(bad)).astype(np.int64), -1)


def train_credit(
    source: str | ColumnMapping | Mapping[str, Any],
    data: Any = None,
    *,
    algorithms: Sequence[str] = ALGORITHMS,
    test_size: float = 0.25,
    cv_folds: int = 5,
    calibration_tolerance: float = 0.02,
    seed: int = DEFAULT_SEED,
    n_threads: int | None = 1,
    data_window: Mapping[str, Any] | None = None,
) -> tuple[CreditModel, CreditMetrics]:
    """Train the candidates on a stratified split and keep the better one.

    ``source`` is a shipped mapping's name, a ``ColumnMapping`` or a dict of one;
    ``data`` the labelled table (defaults to the mapping's shipped file). Rows
    without a label are left out. ``cv_folds`` > 1 also reports cross-validated AUC
    on the training rows. ``n_threads`` caps native threads while training (one is
    fastest on tables of a few thousand rows; ``None`` uses every core).
    """
    mapping = resolve_mapping(source)
    table, y_all = _labelled(mapping, data)
    x_train, x_test, y_train, y_test = train_test_split(
        table, y_all, test_size=test_size, stratify=y_all, random_state=seed
    )
    fitted, evaluations = {}, {}
    with _threads(n_threads):
        for algorithm in algorithms:
            fitted[algorithm], evaluations[algorithm] = _fit_candidate(
                mapping, algorithm, (x_train, x_test, y_train, y_test), cv_folds, seed
            )
    chosen, choice = choose(evaluations, calibration_tolerance)
    window = dict(data_window or {"source": mapping.source or "caller data"})
    metrics = CreditMetrics(
        dataset=mapping.name,
        data_window=window | {"rows": len(table)},
        train_rows=len(x_train),
        test_rows=len(x_test),
        bad_rate=float(y_all.mean()),
        candidates=evaluations,
        chosen=chosen,
        choice=choice,
    )
    logger.info("trained credit model %s: chose %s", mapping.name, chosen)
    return _package(mapping, fitted[chosen], chosen, x_train), metrics


def _fit_candidate(
    mapping: ColumnMapping, algorithm: str, split: tuple, cv_folds: int, seed: int
) -> tuple[Pipeline, Evaluation]:
    x_train, x_test, y_train, y_test = split
    started = time.perf_counter()
    pipeline = _calibrated(mapping, algorithm, seed).fit(x_train, y_train)
    seconds = time.perf_counter() - started
    p_test = pipeline.predict_proba(x_test)[:, 1]
    uncalibrated = _uncalibrated(mapping, algorithm, seed)
    cv = _cv_auc(uncalibrated, x_train, y_train, cv_folds, seed)
    return pipeline, _evaluate(algorithm, y_test, p_test, cv, seconds)


def cross_validate(
    source: str | ColumnMapping | Mapping[str, Any],
    data: Any = None,
    *,
    algorithms: Sequence[str] = ALGORITHMS,
    folds: int = 5,
    seed: int = DEFAULT_SEED,
    n_threads: int | None = 1,
) -> dict[str, tuple[float, float]]:
    """Mean and spread of the AUC over ``folds`` stratified folds of every labelled
    row; the figure to compare with other pipelines on the same data."""
    mapping = resolve_mapping(source)
    table, y = _labelled(mapping, data)
    with _threads(n_threads):
        return {
            a: _cv_auc(_uncalibrated(mapping, a, seed), table, y, folds, seed)
            for a in algorithms
        }


def _labelled(mapping: ColumnMapping, data: Any) -> tuple[pd.DataFrame, np.ndarray]:
    table = read_table(mapping, data)
    if mapping.label not in table:
        raise ValueError(f"training data lacks the label column {mapping.label}")
    y = labels(mapping, table[mapping.label])
    return table[y >= 0].reset_index(drop=True), y[y >= 0]


def _uncalibrated(mapping: ColumnMapping, algorithm: str, seed: int) -> Pipeline:
    # Calibration is monotone, so the AUC of the encode-and-classify part is the AUC.
    return Pipeline(
        [("prepare", _prepare(mapping)), ("model", _BUILDERS[algorithm](mapping, seed))]
    )


def _cv_auc(
    pipeline: Pipeline, x: pd.DataFrame, y: np.ndarray, folds: int, seed: int
) -> tuple[float | None, float | None]:
    if folds < 2:
        return None, None
    splits = StratifiedKFold(folds, shuffle=True, random_state=seed)
    scores = cross_val_score(pipeline, x, y, cv=splits, scoring="roc_auc")
    return float(scores.mean()), float(scores.std())


def _package(
    mapping: ColumnMapping, pipeline: Pipeline, algorithm: str, x_train: pd.DataFrame
) -> CreditModel:
    prepared = pipeline["prepare"].transform(x_train)
    stats = {
        c: _input_stats(prepared[c], c in mapping.categorical) for c in mapping.inputs
    }
    profiles = {
        c: _profile(prepared[c], c in mapping.categorical) for c in mapping.inputs
    }
    scores = pipeline.predict_proba(x_train)[:, 1]
    encoded_mean = None
    if algorithm == "scorecard":
        encoded_mean = fitted_estimator(pipeline)[:-1].transform(prepared).mean(axis=0)
    return CreditModel(
        mapping,
        pipeline,
        algorithm,
        stats,
        profiles,
        stability.numeric_profile(scores),
        encoded_mean,
    )


def _profile(column: pd.Series, categorical: bool) -> stability.Profile:
    if categorical:
        return stability.categorical_profile(column.to_numpy())
    return stability.numeric_profile(column.to_numpy(dtype=np.float64))


def _input_stats(column: pd.Series, categorical: bool) -> InputStats:
    """Quartiles, and the values (with weights) that stand in for the population."""
    missing = float(column.isna().mean())
    if categorical:
        shares = column.value_counts(normalize=True).head(MAX_BACKGROUND_CATEGORIES)
        values, weights = list(shares.index), list(shares.to_numpy() * (1 - missing))
        return _with_missing(InputStats(False), values, weights, missing)
    present = column.dropna().to_numpy(dtype=np.float64)
    if present.size == 0:
        return InputStats(True, values=(np.nan,), weights=(1.0,))
    qs = (np.arange(BACKGROUND_QUANTILES) + 0.5) / BACKGROUND_QUANTILES
    values = list(np.quantile(present, qs))
    weights = [(1 - missing) / BACKGROUND_QUANTILES] * BACKGROUND_QUANTILES
    low, high = np.quantile(present, [0.25, 0.75])
    base = InputStats(True, low=float(low), high=float(high))
    return _with_missing(base, values, weights, missing)


def _with_missing(
    stats: InputStats, values: list, weights: list, missing: float
) -> InputStats:
    if missing > 0:
        values, weights = [*values, np.nan], [*weights, missing]
    total = sum(weights)
    return InputStats(
        stats.numeric,
        stats.low,
        stats.high,
        tuple(values),
        tuple(w / total for w in weights),
    )


# ---------------------------------------------------------------------------
# Registry helpers


def registry_metadata(
    model: CreditModel, metrics: CreditMetrics, created_by: str
) -> dict[str, Any]:
    """Metadata for ``registry.save``: data window, parameters, metrics, who."""
    chosen = fitted_estimator(model.pipeline)["classify"]
    return {
        "data_window": dict(metrics.data_window),
        "parameters": {
            "algorithm": model.algorithm,
            "classifier": chosen.get_params(),
            "mapping": model.mapping.to_dict(),
            "grades": [list(g) for g in GRADES],
        },
        "metrics": metrics.to_dict(),
        "created_by": created_by,
    }


# ---------------------------------------------------------------------------
# Credit limit


@dataclass(frozen=True)
class LimitPolicy:
    """Parameters of ``recommend_limit``; money in the account's currency."""

    max_debt_to_income: Decimal = Decimal("0.50")
    months_of_headroom: Decimal = Decimal("10")
    pd_ceiling: Decimal = Decimal("0.40")
    cap: Decimal = Decimal("500000")
    step: Decimal = Decimal("100")


def recommend_limit(
    monthly_income: Decimal,
    monthly_obligations: Decimal,
    pd_: float | Decimal,
    policy: LimitPolicy = LimitPolicy(),
) -> Decimal:
    """Recommended credit limit.

    1. Headroom: the monthly repayment capacity left under the debt-to-income ceiling,
       ``max(0, max_debt_to_income x income - obligations)``.
    2. Base: ``months_of_headroom`` months of that headroom.
    3. Risk: the base scaled by ``max(0, 1 - pd / pd_ceiling)``, falling linearly from
       the full base at PD 0 to nothing at ``pd_ceiling`` and above.
    4. Capped at ``cap`` and rounded down to a multiple of ``step``.

    So the limit never rises with PD or obligations, never falls with income, and
    lies between 0 and ``cap``. It is a recommendation: a person records the decision.
    """
    income, obligations = Decimal(monthly_income), Decimal(monthly_obligations)
    risk = Decimal(str(pd_))
    if risk.is_nan() or income < 0 or obligations < 0 or not 0 <= risk <= 1:
        raise ValueError("income and obligations must be >= 0 and PD within [0, 1]")
    headroom = max(Decimal(0), policy.max_debt_to_income * income - obligations)
    scale = max(Decimal(0), 1 - risk / policy.pd_ceiling)
    limit = min(policy.cap, headroom * policy.months_of_headroom * scale)
    return (limit / policy.step).to_integral_value(ROUND_FLOOR) * policy.step


class LimitReason(StrEnum):
    """Why ``recommend_limit`` gave no limit, or less than the headroom would."""

    DEBT_RATIO = "debt_ratio"  # obligations use up the debt-to-income ceiling
    RISK = "risk"  # PD at or above ``pd_ceiling``
    BELOW_STEP = "below_step"  # a positive limit smaller than one ``step``
    CAPPED = "capped"  # held at the policy's ``cap``


def limit_reason(
    monthly_income: Decimal,
    monthly_obligations: Decimal,
    pd_: float | Decimal,
    policy: LimitPolicy = LimitPolicy(),
) -> LimitReason | None:
    """The reason behind ``recommend_limit``'s figure when it is 0 or the cap; None
    when the limit is the plain outcome of the steps. Checked in the steps' order."""
    income, obligations = Decimal(monthly_income), Decimal(monthly_obligations)
    if policy.max_debt_to_income * income - obligations <= 0:
        return LimitReason.DEBT_RATIO
    if Decimal(str(pd_)) >= policy.pd_ceiling:
        return LimitReason.RISK
    limit = recommend_limit(income, obligations, pd_, policy)
    if limit == 0:
        return LimitReason.BELOW_STEP
    if limit == policy.cap:
        return LimitReason.CAPPED
    return None
