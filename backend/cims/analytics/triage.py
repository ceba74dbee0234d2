"""Triage: suggest a new complaint's product and issue from its text, with confidence.

Trained on the public CFPB complaints in ``cims/data/cfpb_complaints.csv`` (their
Product and Issue columns are the labels) and on what staff confirmed or corrected
(``TriageCorrection`` rows). Two classifiers share one recipe, TF-IDF on words and
logistic regression fitted by SGD: one for the product, one for the issue. The issue
suggested is the likeliest of those the taxonomy lists under the suggested product.

The text of a CFPB row is its narrative where it has one (389 of the 2,067 rows);
otherwise the sub-product and sub-issue the consumer picked on the form, the nearest
thing to a description those rows hold. The held-out figures are measured on
narratives only, because a new complaint arrives as a narrative: the picked
sub-issue names the issue almost outright and would flatter the score.

The CFPB renamed products over the years; retired names are folded into the current
ones (``CFPB_RENAMES``), so the taxonomy does not list one product twice.

Fitted models are stored under ``<CIMS_DATA_DIR>/models/triage/<version>/`` with their
figures, and ``ACTIVE`` names the version in use. ``cims.analytics.registry`` (save,
load, activate) is not on main yet, so this module keeps its own small save and load.
Loading a joblib file runs code from it: only files written by ``train_triage`` into
the data folder are loaded, never anything a user uploads.
"""

from __future__ import annotations

import csv
import json
import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path

import joblib
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import SGDClassifier
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline, make_pipeline
from tortoise import Tortoise

from cims.config import Settings, get_settings
from cims.models import TriageCorrection

log = logging.getLogger(__name__)

CSV_PATH = Path(__file__).resolve().parents[1] / "data" / "cfpb_complaints.csv"
DEFAULT_SEED = 20261204
TEST_SIZE = 0.25

CFPB_RENAMES = {
    "Credit reporting, credit repair services, or other personal consumer reports": (
        "Credit reporting or other personal consumer reports"
    ),
    "Credit card": "Credit card or prepaid card",
    "Prepaid card": "Credit card or prepaid card",
    "Bank account or service": "Checking or savings account",
    "Payday loan": "Payday loan, title loan, or personal loan",
    "Consumer Loan": "Payday loan, title loan, or personal loan",
    "Money transfers": "Money transfer, virtual currency, or money service",
    "Virtual currency": "Money transfer, virtual currency, or money service",
}


@dataclass(frozen=True)
class Example:
    text: str
    product: str
    issue: str
    narrative: bool = True


@dataclass(frozen=True)
class Suggestion:
    product: str
    issue: str
    product_confidence: float
    issue_confidence: float
    model_version: str


@dataclass
class TriageModel:
    version: str
    product_model: Pipeline
    issue_model: Pipeline
    taxonomy: dict[str, frozenset[str]]
    metrics: dict = field(default_factory=dict)

    def suggest(self, text: str) -> Suggestion:
        products = self.product_model.predict_proba([text])[0]
        best = int(products.argmax())
        product = str(self.product_model.classes_[best])
        issues = dict(
            zip(
                self.issue_model.classes_,
                self.issue_model.predict_proba([text])[0],
                strict=True,
            )
        )
        # Sorted first so that a tie goes the same way in every process.
        allowed = sorted(self.taxonomy.get(product) or issues)
        issue = max(allowed, key=lambda name: issues.get(name, 0.0))
        return Suggestion(
            product=product,
            issue=str(issue),
            product_confidence=round(float(products[best]), 4),
            issue_confidence=round(float(issues.get(issue, 0.0)), 4),
            model_version=self.version,
        )


# --- the public data ------------------------------------------------------------------


def product_label(raw: str) -> str:
    return CFPB_RENAMES.get(raw, raw)


@lru_cache(maxsize=2)
def cfpb_rows(path: Path = CSV_PATH) -> tuple[dict, ...]:
    with path.open(newline="", encoding="utf-8") as handle:
        return tuple(csv.DictReader(handle))


def cfpb_categories(path: Path = CSV_PATH) -> list[tuple[str, str]]:
    """The (product, issue) pairs of the public data, products renamed, sorted."""
    return sorted({(product_label(r["Product"]), r["Issue"]) for r in cfpb_rows(path)})


def cfpb_text(row: dict) -> str:
    narrative = row["Consumer complaint narrative"].strip()
    if narrative:
        return narrative
    return ". ".join(part for part in (row["Sub-product"], row["Sub-issue"]) if part)


def cfpb_examples(path: Path = CSV_PATH) -> list[Example]:
    return [
        Example(
            text=cfpb_text(row),
            product=product_label(row["Product"]),
            issue=row["Issue"],
            narrative=bool(row["Consumer complaint narrative"].strip()),
        )
        for row in cfpb_rows(path)
    ]


async def correction_examples() -> list[Example]:
    """What staff confirmed or corrected, the latest word per complaint."""
    rows = (
        await TriageCorrection.all()
        .order_by("id")
        .prefetch_related("complaint", "category")
    )
    latest = {row.complaint_id: row for row in rows}
    return [
        Example(row.complaint.description, row.category.product, row.category.issue)
        for row in latest.values()
    ]


# --- fitting and evaluation -----------------------------------------------------------


def _classifier(seed: int) -> Pipeline:
    return make_pipeline(
        TfidfVectorizer(sublinear_tf=True, strip_accents="unicode"),
        SGDClassifier(loss="log_loss", alpha=1e-5, random_state=seed),
    )


def fit(
    examples: list[Example], seed: int = DEFAULT_SEED, version: str = ""
) -> TriageModel:
    texts = [e.text for e in examples]
    taxonomy: dict[str, set[str]] = {}
    for e in examples:
        taxonomy.setdefault(e.product, set()).add(e.issue)
    return TriageModel(
        version=version,
        product_model=_classifier(seed).fit(texts, [e.product for e in examples]),
        issue_model=_classifier(seed).fit(texts, [e.issue for e in examples]),
        taxonomy={product: frozenset(issues) for product, issues in taxonomy.items()},
    )


def evaluate(
    examples: list[Example], seed: int = DEFAULT_SEED, extra: Sequence[Example] = ()
) -> dict:
    """Accuracy on a held-out share of the narratives, trained on everything else.

    ``extra`` examples (staff corrections) are only ever trained on.
    """
    narratives = [e for e in examples if e.narrative]
    others = [e for e in examples if not e.narrative] + list(extra)
    train, test = train_test_split(narratives, test_size=TEST_SIZE, random_state=seed)
    model = fit(train + others, seed)
    suggestions = [model.suggest(e.text) for e in test]
    pairs = list(zip(suggestions, test, strict=True))
    return {
        "train_examples": len(train) + len(others),
        "test_examples": len(test),
        "product_accuracy": _share(s.product == e.product for s, e in pairs),
        "issue_accuracy": _share(s.issue == e.issue for s, e in pairs),
        "product_majority_baseline": _majority(train + others, test, "product"),
        "issue_majority_baseline": _majority(train + others, test, "issue"),
    }


def _share(hits) -> float:
    hits = list(hits)
    return round(sum(hits) / len(hits), 4) if hits else 0.0


def _majority(train: list[Example], test: list[Example], label: str) -> float:
    """The accuracy of always answering the commonest label of the training set."""
    commonest = Counter(getattr(e, label) for e in train).most_common(1)[0][0]
    return _share(getattr(e, label) == commonest for e in test)


# --- training, storage and use --------------------------------------------------------


def model_dir(settings: Settings | None = None) -> Path:
    return (settings or get_settings()).data_dir / "models" / "triage"


async def train_triage(
    settings: Settings | None = None,
    *,
    seed: int = DEFAULT_SEED,
    include_corrections: bool = True,
) -> dict:
    """Evaluate on a held-out split, fit on all the data, store and activate the model.

    Staff corrections are read when the database is connected; they are added to the
    training data and never to the held-out set, so the figures stay comparable.
    """
    examples = cfpb_examples()
    corrections = []
    if include_corrections and Tortoise.is_inited():
        corrections = await correction_examples()
    metrics = evaluate(examples, seed, corrections)
    version = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    model = fit(examples + corrections, seed, version)
    model.metrics = {**metrics, "corrections": len(corrections), "seed": seed}
    save(model, model_dir(settings))
    log.info("triage model trained", extra={"version": version, **metrics})
    return {"version": version, **model.metrics}


def save(model: TriageModel, directory: Path) -> Path:
    target = directory / model.version
    target.mkdir(parents=True, exist_ok=True)
    joblib.dump(model, target / "model.joblib")
    (target / "metrics.json").write_text(json.dumps(model.metrics, indent=2))
    (directory / "ACTIVE").write_text(model.version)
    return target


def load_active(settings: Settings | None = None) -> TriageModel | None:
    """The active model, or None when none has been trained."""
    directory = model_dir(settings)
    active = directory / "ACTIVE"
    if not active.exists():
        return None
    return _load(directory / active.read_text().strip() / "model.joblib")


@lru_cache(maxsize=2)
def _load(path: Path) -> TriageModel:
    return joblib.load(path)


def suggest(text: str, settings: Settings | None = None) -> Suggestion | None:
    model = load_active(settings)
    return model.suggest(text) if model else None
