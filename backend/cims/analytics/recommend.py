"""Next-best products: what similar customers hold that this one does not.

Two pieces of evidence, both read off the holdings of other customers:

- segment adoption: the share of the customer's learned segment that holds the
  product, shrunk towards the share of the whole base for small segments
  (``(holders + a * base rate) / (members + a)``, ``a`` = ``shrinkage``);
- item to item: among customers who hold a product this customer holds, the share
  that also hold the candidate (item-based collaborative filtering, taking the
  product with the strongest association).

The score is their mean (the segment share alone for a customer who holds
nothing). The reason shown is the larger piece of evidence, in English and Chinese:
"held by 64% of customers like this one" or "held by 58% of customers who hold a
credit card". Products already held, inactive products, and products the customer
may not be offered (``Eligibility``: a minimum age by product category, products
withdrawn from offering, and exclusions per customer) are never recommended.

Fitting records recall at 3 on a held-out product per customer: how often one
product hidden from a customer's holdings comes back among the top three.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
from tortoise.transactions import in_transaction

from cims.analytics.features import (
    AccountRows,
    FeatureMatrix,
    ModelStore,
    positions,
    save_version,
    training_metadata,
)
from cims.models import Account, Product, Recommendation
from cims.models.enums import ProductCategory, RecommendationStatus

log = logging.getLogger(__name__)

REASON_SEGMENT = 0
REASON_ITEM = 1
REASON_BASE = 2


@dataclass(frozen=True)
class ProductInfo:
    id: int
    code: str
    name: str
    name_en: str
    category: ProductCategory
    active: bool = True


@dataclass(frozen=True)
class Holdings:
    """Who (rows, by sorted customer id) holds what (columns) on open accounts."""

    customer_ids: np.ndarray
    products: tuple[ProductInfo, ...]
    held: np.ndarray

    @classmethod
    def from_accounts(
        cls,
        accounts: AccountRows,
        customer_ids: np.ndarray,
        products: Sequence[ProductInfo],
        as_of: dt.date,
    ) -> Holdings:
        day = np.datetime64(as_of, "D")
        is_open = (accounts.opened_on <= day) & ~(accounts.closed_on <= day)
        rows, known = positions(customer_ids, accounts.customer_id)
        product_ids = np.array([p.id for p in products], dtype=np.int64)
        order = np.argsort(product_ids)
        cols, offered = positions(product_ids[order], accounts.product_id)
        keep = is_open & known & offered
        held = np.zeros((len(customer_ids), len(products)), dtype=bool)
        held[rows[keep], order[cols[keep]]] = True
        return cls(customer_ids, tuple(products), held)


@dataclass(frozen=True)
class Eligibility:
    """What may not be offered: by age and category, by product, by customer."""

    min_age: Mapping[ProductCategory, int] = field(
        default_factory=lambda: {
            ProductCategory.CREDIT_CARD: 18,
            ProductCategory.LOAN: 18,
            ProductCategory.MORTGAGE: 18,
        }
    )
    excluded_products: frozenset[int] = frozenset()
    excluded_for_customer: Mapping[int, frozenset[int]] = field(default_factory=dict)

    def allowed(self, holdings: Holdings, ages: np.ndarray) -> np.ndarray:
        """Customers x products: True where the product may be offered. An unknown
        age is treated as too young for age-limited products."""
        allowed = ~holdings.held
        for j, product in enumerate(holdings.products):
            limit = self.min_age.get(product.category)
            if not product.active or product.id in self.excluded_products:
                allowed[:, j] = False
            elif limit is not None:
                allowed[:, j] &= np.nan_to_num(ages, nan=-1) >= limit
        self._exclude_per_customer(allowed, holdings)
        return allowed

    def _exclude_per_customer(self, allowed: np.ndarray, holdings: Holdings) -> None:
        column = {p.id: j for j, p in enumerate(holdings.products)}
        for customer_id, product_ids in self.excluded_for_customer.items():
            row = np.searchsorted(holdings.customer_ids, customer_id)
            if (
                row < len(holdings.customer_ids)
                and holdings.customer_ids[row] == customer_id
            ):
                for pid in product_ids:
                    if pid in column:
                        allowed[row, column[pid]] = False


@dataclass
class Recommender:
    """Adoption by segment, the base rate and item-to-item conditional shares."""

    products: tuple[ProductInfo, ...]
    base_rate: np.ndarray
    segment_rate: np.ndarray
    also_held: np.ndarray
    shrinkage: float
    metrics: dict = field(default_factory=dict)


@dataclass
class Recommendations:
    """Columnar: one row per (customer, offer), best first within each customer."""

    customer_ids: np.ndarray
    product_index: np.ndarray
    rank: np.ndarray
    score: np.ndarray
    reason_kind: np.ndarray
    reason_share: np.ndarray
    reason_product: np.ndarray

    def __len__(self) -> int:
        return len(self.customer_ids)


def fit_recommender(
    holdings: Holdings,
    segments: np.ndarray | None = None,
    *,
    shrinkage: float = 20.0,
) -> Recommender:
    """Adoption rates from current holdings; ``segments`` labels each customer."""
    held = holdings.held.astype(np.float32)
    n = max(len(held), 1)
    segments = _labels(segments, len(held))
    base = held.sum(axis=0) / n
    k = int(segments.max()) + 1 if len(segments) else 1
    members = np.bincount(segments, minlength=k).astype(np.float32)
    holders = np.zeros((k, held.shape[1]), dtype=np.float32)
    np.add.at(holders, segments, held)
    segment_rate = (holders + shrinkage * base) / (members[:, None] + shrinkage)
    together = held.T @ held
    also = together / np.maximum(np.diag(together), 1)[:, None]
    np.fill_diagonal(also, 0)
    return Recommender(holdings.products, base, segment_rate, also, shrinkage)


def _labels(segments: np.ndarray | None, n: int) -> np.ndarray:
    return (
        np.zeros(n, dtype=np.int64) if segments is None else segments.astype(np.int64)
    )


def score_matrix(
    model: Recommender, held: np.ndarray, segments: np.ndarray | None
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Scores (customers x products), the two pieces of evidence, and which held
    product gives the item-to-item evidence."""
    segments = _labels(segments, len(held))
    by_segment = model.segment_rate[np.minimum(segments, len(model.segment_rate) - 1)]
    by_item = np.zeros(held.shape, dtype=np.float32)
    source = np.full(held.shape, -1, dtype=np.int16)
    for i in range(held.shape[1]):
        candidate = np.where(held[:, i : i + 1], model.also_held[i], 0)
        better = candidate > by_item
        by_item = np.where(better, candidate, by_item)
        source[better] = i
    holds_any = held.any(axis=1, keepdims=True)
    score = np.where(holds_any, (by_segment + by_item) / 2, by_segment)
    return score, by_segment, by_item, source


def recommend(
    model: Recommender,
    holdings: Holdings,
    *,
    ages: np.ndarray,
    segments: np.ndarray | None = None,
    eligibility: Eligibility | None = None,
    top_n: int = 3,
    min_score: float = 0.05,
) -> Recommendations:
    """The best ``top_n`` allowed products per customer scoring at least
    ``min_score``. ``ages`` and ``segments`` follow the rows of ``holdings``."""
    score, by_segment, by_item, source = score_matrix(model, holdings.held, segments)
    allowed = (eligibility or Eligibility()).allowed(holdings, ages)
    score = np.where(allowed, score, -1.0)
    top = np.argsort(-score, axis=1, kind="stable")[:, :top_n]
    rows = np.repeat(np.arange(len(score)), top.shape[1])
    cols = top.ravel()
    keep = score[rows, cols] >= min_score
    rows, cols = rows[keep], cols[keep]
    kind, share, product = _reasons(
        segments, by_segment[rows, cols], by_item[rows, cols], source[rows, cols]
    )
    return Recommendations(
        customer_ids=holdings.customer_ids[rows],
        product_index=cols.astype(np.int16),
        rank=_ranks(rows),
        score=score[rows, cols].astype(np.float32),
        reason_kind=kind,
        reason_share=share,
        reason_product=product,
    )


def _reasons(segments, by_segment, by_item, source):
    item_wins = by_item > by_segment
    first = REASON_BASE if segments is None else REASON_SEGMENT
    kind = np.where(item_wins, REASON_ITEM, first).astype(np.int8)
    share = np.where(item_wins, by_item, by_segment).astype(np.float32)
    return kind, share, np.where(item_wins, source, -1).astype(np.int16)


def _ranks(rows: np.ndarray) -> np.ndarray:
    starts = np.ones(len(rows), dtype=bool)
    starts[1:] = rows[1:] != rows[:-1]
    first = np.maximum.accumulate(np.where(starts, np.arange(len(rows)), 0))
    return (np.arange(len(rows)) - first + 1).astype(np.int8)


def reason(recs: Recommendations, i: int, products: Sequence[ProductInfo]) -> dict:
    """Row ``i``'s reason: {"en": ..., "zh": ...}."""
    share = f"{float(recs.reason_share[i]):.0%}"
    kind = int(recs.reason_kind[i])
    if kind == REASON_ITEM:
        other = products[int(recs.reason_product[i])]
        return {
            "en": f"held by {share} of customers who hold {other.name_en}",
            "zh": f"持有{other.name}的客户中有{share}也持有该产品",
        }
    if kind == REASON_SEGMENT:
        return {
            "en": f"held by {share} of customers like this one",
            "zh": f"与该客户相似的客户中有{share}持有该产品",
        }
    return {"en": f"held by {share} of all customers", "zh": f"全体客户中有{share}持有"}


# --- evaluation, training runs and storage --------------------------------------------


def recall_at(
    holdings: Holdings,
    segments: np.ndarray | None,
    *,
    k: int = 3,
    sample: int = 20_000,
    seed: int = 0,
    shrinkage: float = 20.0,
) -> float:
    """Hide one held product from each sampled customer holding two or more, fit
    on what remains, and count how often the hidden one is in the top ``k``."""
    rng = np.random.default_rng(seed)
    rows = np.flatnonzero(holdings.held.sum(axis=1) >= 2)
    if not len(rows):
        return 0.0
    rows = rows if len(rows) <= sample else rng.choice(rows, sample, replace=False)
    held = holdings.held.copy()
    hidden = np.array([rng.choice(np.flatnonzero(held[r])) for r in rows])
    held[rows, hidden] = False
    masked = Holdings(holdings.customer_ids, holdings.products, held)
    model = fit_recommender(masked, segments, shrinkage=shrinkage)
    labels = None if segments is None else segments[rows]
    score = score_matrix(model, held[rows], labels)[0]
    score = np.where(held[rows], -1.0, score)
    top = np.argsort(-score, axis=1, kind="stable")[:, :k]
    return float(np.mean((top == hidden[:, None]).any(axis=1)))


async def train_and_register(
    matrix: FeatureMatrix,
    holdings: Holdings,
    segments: np.ndarray | None,
    *,
    created_by: str,
    store: ModelStore | None = None,
    shrinkage: float = 20.0,
) -> tuple[Recommender, str]:
    model = fit_recommender(holdings, segments, shrinkage=shrinkage)
    model.metrics = {
        "recall_at_3": round(recall_at(holdings, segments, shrinkage=shrinkage), 4),
        "products": len(holdings.products),
        "base_rate": {
            p.code: round(float(r), 4)
            for p, r in zip(holdings.products, model.base_rate, strict=True)
        },
    }
    parameters = {"shrinkage": shrinkage, "segments": segments is not None}
    metadata = training_metadata(matrix, parameters, model.metrics, created_by)
    version = await save_version(store, "recommendations", model, metadata)
    log.info("recommender trained: version %s", version)
    return model, version


async def product_catalogue() -> tuple[ProductInfo, ...]:
    rows = (
        await Product.all()
        .order_by("id")
        .values("id", "code", "name", "name_en", "category", "active")
    )
    return tuple(ProductInfo(**row) for row in rows)


async def load_holdings(
    customer_ids: np.ndarray,
    products: Sequence[ProductInfo],
    as_of: dt.date,
    *,
    chunk_size: int = 20_000,
) -> Holdings:
    """Holdings of the given customers (sorted ids) read a range of ids at a time."""
    held = [np.zeros((0, len(products)), dtype=bool)]
    for start in range(0, len(customer_ids), chunk_size):
        ids = customer_ids[start : start + chunk_size]
        rows = await Account.filter(
            customer_id__gte=int(ids[0]), customer_id__lte=int(ids[-1])
        ).values(
            "customer_id",
            "product_id",
            "balance",
            "opened_on",
            "closed_on",
            category="product__category",
        )
        accounts = AccountRows.from_records(rows)
        held.append(Holdings.from_accounts(accounts, ids, products, as_of).held)
    return Holdings(customer_ids, tuple(products), np.concatenate(held))


async def store_recommendations(
    recs: Recommendations,
    products: Sequence[ProductInfo],
    *,
    model_version: str,
    chunk: int = 2000,
) -> int:
    """Replace the undecided offers of every customer in ``recs`` with these.

    Offers already accepted or declined stay as they are: they are the record of
    what the customer decided. Returns the number of offers stored.
    """
    customers = np.unique(recs.customer_ids)
    for start in range(0, len(customers), chunk):
        ids = customers[start : start + chunk]
        lo = np.searchsorted(recs.customer_ids, ids[0], side="left")
        hi = np.searchsorted(recs.customer_ids, ids[-1], side="right")
        rows = [_offer(recs, i, products, model_version) for i in range(lo, hi)]
        async with in_transaction():
            await Recommendation.filter(
                customer_id__in=ids.tolist(), status=RecommendationStatus.OFFERED
            ).delete()
            await Recommendation.bulk_create(rows)
    return len(recs)


def _offer(
    recs: Recommendations, i: int, products: Sequence[ProductInfo], version: str
) -> Recommendation:
    words = reason(recs, i, products)
    return Recommendation(
        customer_id=int(recs.customer_ids[i]),
        product_id=products[int(recs.product_index[i])].id,
        rank=int(recs.rank[i]),
        score=round(float(recs.score[i]), 4),
        reason_en=words["en"],
        reason_zh=words["zh"],
        model_version=version,
    )
