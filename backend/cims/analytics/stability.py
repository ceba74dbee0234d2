"""Population stability index (PSI): has what a model sees drifted since training?

A profile of the training data (bin edges and the share of rows in each bin) is kept
with the model, so the training rows themselves need not be. PSI compares the shares of
current data in the same bins:

    PSI = sum over bins of (actual - expected) * ln(actual / expected)

Conventional reading: below 0.1 stable, 0.1 to 0.25 worth watching, above 0.25 the
population has shifted enough that the model's figures no longer hold
(``WARN_AT``). Missing values have a bin of their own, and categories unseen in
training share an "other" bin, so neither disappears from the comparison.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

import numpy as np

logger = logging.getLogger(__name__)

WARN_AT = 0.25
WATCH_AT = 0.1
# Stands in for an empty bin so that ln(actual / expected) stays finite.
EMPTY_SHARE = 1e-4


@dataclass(frozen=True)
class Profile:
    """Binned distribution of one variable in the reference (training) data.

    For a numeric variable ``edges`` are the inner cut points (bin ``i`` holds values
    ``edges[i-1] < x <= edges[i]``); for a categorical one ``categories`` name the bins
    and one more bin holds categories never seen. The last share is always "missing".
    """

    kind: Literal["numeric", "categorical"]
    shares: tuple[float, ...]
    edges: tuple[float, ...] = ()
    categories: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        return {
            "kind": self.kind,
            "shares": list(self.shares),
            "edges": list(self.edges),
            "categories": list(self.categories),
        }


@dataclass(frozen=True)
class StabilityReport:
    """PSI of the model's scores and of each input; ``warnings`` lists what drifted."""

    score_psi: float
    input_psi: Mapping[str, float]
    warn_at: float = WARN_AT
    warnings: tuple[str, ...] = field(default=())

    @property
    def drifted(self) -> bool:
        return bool(self.warnings)

    def to_dict(self) -> dict:
        return {
            "score_psi": self.score_psi,
            "input_psi": dict(self.input_psi),
            "warn_at": self.warn_at,
            "warnings": list(self.warnings),
        }


def numeric_profile(values: Iterable[float], bins: int = 10) -> Profile:
    """Profile by quantile bins of the reference values (ties merge bins)."""
    x = _floats(values)
    present = x[~np.isnan(x)]
    if present.size == 0:
        return Profile("numeric", shares=(0.0, 1.0))
    inner = np.quantile(present, np.linspace(0, 1, bins + 1)[1:-1])
    edges = tuple(float(e) for e in np.unique(inner))
    return Profile("numeric", shares=_numeric_shares(x, edges), edges=edges)


def categorical_profile(values: Iterable[object]) -> Profile:
    """Profile with one bin per category seen, one for unseen ones, one for missing."""
    labels = [_category(v) for v in values]
    categories = tuple(sorted({c for c in labels if c is not None}))
    return Profile(
        "categorical",
        shares=_categorical_shares(labels, categories),
        categories=categories,
    )


def psi_against(profile: Profile, values: Iterable[object]) -> float:
    """PSI of current ``values`` against a reference profile."""
    if profile.kind == "numeric":
        actual = _numeric_shares(_floats(values), profile.edges)
    else:
        labels = [_category(v) for v in values]
        actual = _categorical_shares(labels, profile.categories)
    return _psi(profile.shares, actual)


def psi(expected: Sequence[float], actual: Sequence[float], bins: int = 10) -> float:
    """PSI of two numeric samples, binned by the quantiles of ``expected``."""
    return psi_against(numeric_profile(expected, bins), actual)


def report(
    score_profile: Profile,
    scores: Iterable[float],
    input_profiles: Mapping[str, Profile],
    inputs: Mapping[str, Iterable[object]],
    warn_at: float = WARN_AT,
) -> StabilityReport:
    """PSI of scores and of every profiled input present in ``inputs``."""
    score_psi = psi_against(score_profile, scores)
    input_psi = {
        name: psi_against(profile, inputs[name])
        for name, profile in input_profiles.items()
        if name in inputs
    }
    warnings = [f"score PSI {score_psi:.2f}"] if score_psi > warn_at else []
    warnings += [f"{n} PSI {v:.2f}" for n, v in input_psi.items() if v > warn_at]
    if warnings:
        logger.warning(
            "population drift past PSI %.2f: %s", warn_at, "; ".join(warnings)
        )
    return StabilityReport(score_psi, input_psi, warn_at, tuple(warnings))


def _psi(expected: Sequence[float], actual: Sequence[float]) -> float:
    total = 0.0
    for e, a in zip(expected, actual, strict=True):
        e, a = max(e, EMPTY_SHARE), max(a, EMPTY_SHARE)
        total += (a - e) * math.log(a / e)
    return total


def _numeric_shares(x: np.ndarray, edges: Sequence[float]) -> tuple[float, ...]:
    missing = np.isnan(x)
    counts = np.bincount(
        np.searchsorted(np.asarray(edges), x[~missing], side="left"),
        minlength=len(edges) + 1,
    )
    return _shares([*counts, int(missing.sum())])


def _categorical_shares(
    labels: Sequence[str | None], categories: Sequence[str]
) -> tuple[float, ...]:
    index = {c: i for i, c in enumerate(categories)}
    unseen, missing = len(categories), len(categories) + 1
    counts = np.zeros(len(categories) + 2, dtype=np.int64)
    for label in labels:
        counts[missing if label is None else index.get(label, unseen)] += 1
    return _shares(counts)


def _shares(counts: Sequence[int]) -> tuple[float, ...]:
    total = sum(counts)
    if total == 0:
        return tuple(0.0 for _ in counts)
    return tuple(float(c) / total for c in counts)


def _floats(values: Iterable[object]) -> np.ndarray:
    try:
        return np.asarray(values, dtype=np.float64)
    except (TypeError, ValueError):
        # Mixed input (None, text): convert value by value, unreadable ones missing.
        return np.array([_float(v) for v in values], dtype=np.float64)


def _float(value: object) -> float:
    if value is None:
        return math.nan
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return math.nan


def _category(value: object) -> str | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return str(value)
