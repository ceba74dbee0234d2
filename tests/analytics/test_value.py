import datetime as dt

import numpy as np
import pytest

from cims.analytics.features import FEATURES, FeatureMatrix
from cims.analytics.value import (
    ValueParameters,
    fit_value_model,
    lifetime_value,
    retention,
    score_values,
    store_values,
    train_and_register,
    yearly_components,
)
from cims.models import CustomerValue

AS_OF = dt.date(2026, 6, 30)


def _matrix(n: int, ids=None, **columns) -> FeatureMatrix:
    values = np.zeros((n, len(FEATURES)))
    for name, column in columns.items():
        values[:, FEATURES.index(name)] = column
    ids = np.arange(1, n + 1) if ids is None else np.asarray(ids)
    return FeatureMatrix(ids.astype(np.int64), values, AS_OF)


def _rfm(matrix: FeatureMatrix) -> list[str]:
    scores = score_values(fit_value_model(matrix), matrix)
    return [scores.rfm(i) for i in range(len(scores))]


def test_rfm_scores_of_a_hand_made_set():
    matrix = _matrix(
        10,
        recency_days=[1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
        frequency=[10, 9, 8, 7, 6, 5, 4, 3, 2, 1],
        monetary=[100, 500, 300, 700, 900, 200, 400, 600, 800, 1000],
    )

    assert _rfm(matrix) == [
        "551",
        "553",
        "442",
        "444",
        "335",
        "331",
        "222",
        "223",
        "114",
        "115",
    ]


def test_customers_without_transactions_score_one_on_all_three():
    active = dict(recency_days=[1, 2, 3, 4, 5], frequency=[5, 4, 3, 2, 1])
    matrix = _matrix(
        7,
        recency_days=[*active["recency_days"], np.nan, 400],
        frequency=[*active["frequency"], 0, 0],
        monetary=[50, 40, 30, 20, 10, 0, 0],
    )

    assert _rfm(matrix)[5:] == ["111", "111"]


def test_ties_at_an_edge_share_the_lower_score():
    matrix = _matrix(
        10,
        recency_days=np.ones(10),
        frequency=np.ones(10),
        monetary=[5, 5, 5, 5, 5, 5, 10, 20, 30, 40],
    )

    scores = score_values(fit_value_model(matrix), matrix)

    assert scores.monetary.tolist() == [1, 1, 1, 1, 1, 1, 4, 4, 5, 5]


def test_a_customer_scored_later_lands_on_the_fitted_scale():
    base = _matrix(
        5,
        recency_days=[1, 2, 3, 4, 5],
        frequency=[1, 2, 3, 4, 5],
        monetary=[1, 2, 3, 4, 5],
    )
    model = fit_value_model(base)
    newcomer = _matrix(1, recency_days=[0], frequency=[100], monetary=[0.5])

    assert score_values(model, newcomer).rfm(0) == "551"


def test_yearly_margin_by_source():
    matrix = _matrix(
        1,
        deposit_balance=[100_000],
        wealth_balance=[50_000],
        credit_balance=[20_000],
        monetary=[10_000],
        frequency=[10],
        share_branch=[1.0],
    )

    components = yearly_components(matrix, ValueParameters())

    assert components[0].tolist() == pytest.approx([1500, 400, 600, 10, -80, -60])


def test_retention_rises_with_products_and_falls_with_inactivity():
    matrix = _matrix(4, products_held=[1, 3, 1, 1], recency_days=[10, 10, 200, np.nan])

    assert retention(matrix, ValueParameters()).tolist() == pytest.approx(
        [0.8, 0.9, 0.7, 0.7]
    )


def test_lifetime_value_is_the_discounted_sum_of_kept_margins():
    p = ValueParameters(discount_rate=0.08, horizon_years=10)
    expected = sum(1000 * 0.8 ** (t - 1) / 1.08**t for t in range(1, 11))

    clv = lifetime_value(np.array([1000.0]), np.array([0.8]), p)

    assert clv[0] == pytest.approx(expected)
    assert clv[0] == pytest.approx(3393.8, abs=0.1)


def test_tiers_take_the_top_5_15_30_percent():
    matrix = _matrix(100, deposit_balance=np.arange(100) * 10_000.0, products_held=1)

    scores = score_values(fit_value_model(matrix), matrix)

    assert np.bincount(scores.tier).tolist() == [50, 30, 15, 5]
    assert scores.tier[95:].tolist() == [3] * 5
    assert scores.tier[:50].tolist() == [0] * 50


def test_drivers_name_the_largest_contributions_first():
    matrix = _matrix(
        1,
        deposit_balance=[1_000_000],
        frequency=[10],
        share_branch=[1.0],
        products_held=[1],
        recency_days=[3],
    )
    from cims.analytics.value import drivers

    words = drivers(score_values(fit_value_model(matrix), matrix), 0)

    assert words["en"] == [
        "deposits earn ¥15,000 a year (100% of earnings)",
        "serving transactions costs ¥80 a year",
        "account upkeep costs ¥60 a year",
        "expected to stay about 5.0 years",
    ]
    assert words["zh"][0] == "存款每年贡献¥15,000（占收益100%）"
    assert words["zh"][-1] == "预计留存约5.0年"


class _Store:
    def __init__(self):
        self.saved = []

    async def save(self, kind, model, metadata):
        self.saved.append((kind, model, metadata))
        return "3"

    async def load(self, kind, version=None):
        return self.saved[-1][1]


async def test_a_training_run_is_registered_with_tiers_and_parameters():
    matrix = _matrix(100, deposit_balance=np.arange(100) * 10_000.0, products_held=1)
    store = _Store()

    model, version = await train_and_register(
        matrix, created_by="analyst-7", store=store
    )

    kind, saved, metadata = store.saved[0]
    assert (version, kind, saved) == ("3", "value", model)
    assert metadata["metrics"]["tiers"] == {
        "bronze": 50,
        "silver": 30,
        "gold": 15,
        "platinum": 5,
    }
    assert metadata["parameters"]["discount_rate"] == 0.08
    assert metadata["parameters"]["tier_shares"] == [0.05, 0.15, 0.3]
    assert metadata["created_by"] == "analyst-7"


async def test_storing_values_replaces_the_previous_ones(new_customer):
    first, second = await new_customer(), await new_customer()
    matrix = _matrix(
        2,
        ids=[first.id, second.id],
        deposit_balance=[1_000_000, 0],
        recency_days=[1, 9],
        frequency=[9, 1],
        monetary=[900, 100],
        products_held=[1, 1],
    )
    model = fit_value_model(matrix)
    await store_values(score_values(model, matrix), model_version="1", as_of=AS_OF)

    stored = await store_values(
        score_values(model, matrix), model_version="2", as_of=AS_OF
    )

    assert stored == 2
    rows = (
        await CustomerValue.all()
        .order_by("customer_id")
        .values("customer_id", "rfm", "tier", "model_version", "annual_margin")
    )
    assert rows == [
        {
            "customer_id": first.id,
            "rfm": "555",
            "tier": "platinum",
            "model_version": "2",
            "annual_margin": 14940.9,
        },
        {
            "customer_id": second.id,
            "rfm": "111",
            "tier": "bronze",
            "model_version": "2",
            "annual_margin": -59.9,
        },
    ]
