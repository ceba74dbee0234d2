"""Why a credit model's algorithm was chosen among the candidates trained.

A code and its figures, never prose: the app words it in each language. Kept apart
from ``cims.analytics.credit`` so that reading a choice loads no scikit-learn.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum


class ChoiceCode(StrEnum):
    """Why a candidate model was chosen (the app words it in each language)."""

    HIGHEST_AUC = "highest_auc"
    BETTER_CALIBRATED = "better_calibrated"


@dataclass(frozen=True)
class Choice:
    """Why ``chosen`` won, as a code and its figures, never as prose. For
    ``BETTER_CALIBRATED``, ``passed_over`` had the highest AUC but a calibration
    error of ``passed_over_calibration_error`` against the best one's,
    ``best_calibration_error``."""

    code: ChoiceCode
    chosen: str
    passed_over: str | None = None
    passed_over_calibration_error: float | None = None
    best_calibration_error: float | None = None


def choice_of(figures: Mapping[str, tuple[float, float]], chosen: str) -> Choice:
    """Why ``chosen`` won among candidates given as name -> (AUC, calibration error);
    read from the stored figures, so a model version trained before choices were
    coded explains itself too."""
    top = max(figures, key=lambda name: figures[name][0])
    if figures[top][0] <= figures[chosen][0]:
        return Choice(ChoiceCode.HIGHEST_AUC, chosen)
    return Choice(
        ChoiceCode.BETTER_CALIBRATED,
        chosen,
        passed_over=top,
        passed_over_calibration_error=figures[top][1],
        best_calibration_error=min(error for _, error in figures.values()),
    )
