import datetime as dt

import numpy as np
import pytest

from cims.analytics.features import FEATURES, AccountRows, FeatureMatrix
from cims.analytics.recommend import (
    Eligibility,
    Holdings,
    ProductInfo,
    fit_recommender,
    load_holdings,
    product_catalogue,
    reason,
    recall_at,
    recommend,
    store_recommendations,
    train_and_register,
)
from cims.models import Account, Product, Recommendation
from cims.models.enums import ProductCategory as Cat

AS_OF = dt.date(2026, 6, 30)
CATALOGUE = (
    ProductInfo(1, "DEP", "活期存款", "a current account", Cat.DEPOSIT),
    ProductInfo(2, "CC", "信用卡", "a credit card", Cat.CREDIT_CARD),
    ProductInfo(3, "LOAN", "个人贷款", "a personal loan", Cat.LOAN),
    ProductInfo(4, "WM", "理财产品", "a wealth product", Cat.WEALTH),
    ProductInfo(5, "INS", "保险", "insurance", Cat.INSURANCE),
    ProductInfo(6, "MORT", "房贷", "a mortgage", Cat.MORTGAGE),
)
DEP, CC, LOAN, WM, INS, MORT = range(6)


def _holdings(rows: list[list[int]], products=CATALOGUE) -> Holdings:
    held = np.zeros((len(rows), len(products)), dtype=bool)
    for i, columns in enumerate(rows):
        held[i, columns] = True
    return Holdings(np.arange(1, len(rows) + 1, dtype=np.int64), products, held)


def _offers(recs, customer_id: int) -> list[int]:
    return recs.product_index[recs.customer_ids == customer_id].tolist()


def test_a_held_product_is_never_recommended():
    rng = np.random.default_rng(3)
    held = rng.random((1000, len(CATALOGUE))) < 0.4
    holdings = Holdings(np.arange(1, 1001, dtype=np.int64), CATALOGUE, held)
    segments = rng.integers(0, 4, 1000)
    model = fit_recommender(holdings, segments)

    recs = recommend(model, holdings, ages=np.full(1000, 40.0), segments=segments)

    rows = recs.customer_ids - 1
    assert len(recs) > 1000
    assert not held[rows, recs.product_index].any()


def test_offers_are_ranked_best_first_and_at_most_top_n():
    rng = np.random.default_rng(4)
    held = rng.random((300, len(CATALOGUE))) < 0.3
    holdings = Holdings(np.arange(1, 301, dtype=np.int64), CATALOGUE, held)
    model = fit_recommender(holdings)

    recs = recommend(model, holdings, ages=np.full(300, 40.0), top_n=2, min_score=0)

    assert np.bincount(recs.customer_ids).max() == 2
    seconds = np.flatnonzero(recs.rank == 2)
    assert (recs.rank[seconds - 1] == 1).all()
    assert (recs.score[seconds - 1] >= recs.score[seconds]).all()


def test_no_credit_product_for_a_minor_or_an_unknown_age():
    holdings = _holdings([[DEP, LOAN, CC, MORT]] * 9 + [[DEP]] * 3)
    model = fit_recommender(holdings)
    ages = np.array([40.0] * 9 + [16, np.nan, 18])

    recs = recommend(model, holdings, ages=ages, min_score=0, top_n=6)

    assert set(_offers(recs, 10)) & {LOAN, CC, MORT} == set()
    assert set(_offers(recs, 11)) & {LOAN, CC, MORT} == set()
    assert {LOAN, CC, MORT} <= set(_offers(recs, 12))


def test_configured_exclusions_are_respected():
    holdings = _holdings([[DEP, WM, INS]] * 5 + [[DEP]] * 2)
    model = fit_recommender(holdings)
    rules = Eligibility(
        excluded_products=frozenset({4}), excluded_for_customer={7: frozenset({5})}
    )

    recs = recommend(
        model, holdings, ages=np.full(7, 40.0), eligibility=rules, min_score=0
    )

    assert WM not in recs.product_index.tolist()
    assert _offers(recs, 6)[0] == INS
    assert INS not in _offers(recs, 7)


def test_an_inactive_product_is_never_offered():
    products = (
        *CATALOGUE[:4],
        ProductInfo(5, "INS", "保险", "insurance", Cat.INSURANCE, active=False),
        CATALOGUE[5],
    )
    holdings = _holdings([[DEP, INS]] * 5 + [[DEP]], products)
    model = fit_recommender(holdings)

    recs = recommend(model, holdings, ages=np.full(6, 40.0), min_score=0)

    assert INS not in _offers(recs, 6)


def test_the_reason_cites_the_share_of_similar_customers():
    holdings = _holdings([[WM], [WM], [WM], [], [DEP]])
    segments = np.array([0, 0, 0, 0, 1])
    model = fit_recommender(holdings, segments, shrinkage=0)

    recs = recommend(model, holdings, ages=np.full(5, 40.0), segments=segments)

    first = int(np.flatnonzero(recs.customer_ids == 4)[0])
    assert recs.product_index[first] == WM
    assert recs.score[first] == pytest.approx(0.75)
    assert reason(recs, first, CATALOGUE) == {
        "en": "held by 75% of customers like this one",
        "zh": "与该客户相似的客户中有75%持有该产品",
    }


def test_the_reason_cites_a_product_held_together_when_that_is_stronger():
    holdings = _holdings([[DEP, CC]] * 4 + [[DEP], [], []])
    model = fit_recommender(holdings, shrinkage=0)

    recs = recommend(model, holdings, ages=np.full(7, 40.0))

    first = int(np.flatnonzero(recs.customer_ids == 5)[0])
    assert recs.product_index[first] == CC
    assert recs.score[first] == pytest.approx((4 / 7 + 4 / 5) / 2)
    assert reason(recs, first, CATALOGUE) == {
        "en": "held by 80% of customers who hold a current account",
        "zh": "持有活期存款的客户中有80%也持有该产品",
    }


def test_without_segments_the_reason_cites_all_customers():
    holdings = _holdings([[WM], [WM], [WM], []])
    model = fit_recommender(holdings, shrinkage=0)

    recs = recommend(model, holdings, ages=np.full(4, 40.0))

    assert reason(recs, 0, CATALOGUE) == {
        "en": "held by 75% of all customers",
        "zh": "全体客户中有75%持有",
    }


def test_recall_finds_a_hidden_product_that_always_comes_with_another():
    holdings = _holdings([[DEP, CC]] * 200 + [[WM]] * 50 + [[INS]] * 50)

    assert recall_at(holdings, None, k=1) == 1.0


def test_holdings_count_open_accounts_of_known_customers_and_products():
    accounts = AccountRows.from_records(
        [
            _account(1, 1, "deposit"),
            _account(1, 2, "credit_card", closed_on=dt.date(2026, 1, 1)),
            _account(2, 4, "wealth"),
            _account(2, 99, "loan"),  # not in the catalogue
            _account(3, 1, "deposit"),  # not among the customers
            _account(2, 5, "insurance", opened_on=dt.date(2026, 7, 1)),  # later
        ]
    )

    holdings = Holdings.from_accounts(accounts, np.array([1, 2]), CATALOGUE, AS_OF)

    assert holdings.held.nonzero()[0].tolist() == [0, 1]
    assert holdings.held.nonzero()[1].tolist() == [DEP, WM]


def _account(customer_id, product_id, category, opened_on=dt.date(2020, 1, 1), **kw):
    return {
        "customer_id": customer_id,
        "product_id": product_id,
        "category": category,
        "balance": 100,
        "opened_on": opened_on,
        **kw,
    }


class _Store:
    def __init__(self):
        self.saved = []

    def save(self, kind, model, metadata):
        self.saved.append((kind, model, metadata))
        return "12"

    def load(self, kind, version=None):
        return self.saved[-1][1]


async def test_a_training_run_is_registered_with_its_recall():
    holdings = _holdings([[DEP, CC]] * 200 + [[WM]] * 50)
    matrix = FeatureMatrix(holdings.customer_ids, np.zeros((250, len(FEATURES))), AS_OF)
    store = _Store()

    model, version = await train_and_register(
        matrix, holdings, None, created_by="analyst-7", store=store
    )

    kind, saved, metadata = store.saved[0]
    assert (version, kind, saved) == ("12", "recommendations", model)
    assert metadata["metrics"]["recall_at_3"] == 1.0
    assert metadata["metrics"]["base_rate"]["CC"] == 0.8
    assert metadata["parameters"] == {"shrinkage": 20.0, "segments": False}
    assert metadata["created_by"] == "analyst-7"


async def test_storing_offers_replaces_undecided_ones_and_keeps_decisions(new_customer):
    customer = await new_customer(birth_date=dt.date(1980, 1, 1))
    products = [
        await Product.create(
            code=p.code, name=p.name, name_en=p.name_en, category=p.category
        )
        for p in CATALOGUE
    ]
    catalogue = tuple(
        ProductInfo(row.id, p.code, p.name, p.name_en, p.category)
        for row, p in zip(products, CATALOGUE, strict=True)
    )
    await Recommendation.create(
        customer=customer,
        product=products[INS],
        rank=1,
        score=0.5,
        reason_en="old",
        reason_zh="旧",
        model_version="1",
    )
    await Recommendation.create(
        customer=customer,
        product=products[WM],
        rank=2,
        score=0.4,
        reason_en="old",
        reason_zh="旧",
        model_version="1",
        status="declined",
    )
    rows = [[DEP]] + [[DEP, CC]] * 4 + [[], []]
    others = [9001, 9002, 9003, 9004, 9005, 9006]
    holdings = Holdings(
        np.array([customer.id, *others]), catalogue, _holdings(rows, catalogue).held
    )
    model = fit_recommender(holdings, shrinkage=0)
    recs = recommend(model, holdings, ages=np.full(7, 40.0), top_n=1)
    mine = recs.customer_ids == customer.id
    only_mine = type(recs)(**{k: v[mine] for k, v in vars(recs).items()})

    stored = await store_recommendations(only_mine, catalogue, model_version="2")

    assert stored == 1
    offers = (
        await Recommendation.filter(customer=customer)
        .order_by("id")
        .values("product_id", "status", "model_version", "reason_en")
    )
    assert offers == [
        {
            "product_id": products[WM].id,
            "status": "declined",
            "model_version": "1",
            "reason_en": "old",
        },
        {
            "product_id": products[CC].id,
            "status": "offered",
            "model_version": "2",
            "reason_en": "held by 80% of customers who hold a current account",
        },
    ]


async def test_holdings_read_from_the_database_in_chunks(new_customer):
    first, second, third = [await new_customer() for _ in range(3)]
    deposit = await Product.create(
        code="DEP", name="活期存款", name_en="a current account", category="deposit"
    )
    card = await Product.create(
        code="CC",
        name="信用卡",
        name_en="a credit card",
        category="credit_card",
        active=False,
    )
    for number, (customer, product) in enumerate(
        [(first, deposit), (first, card), (third, card)]
    ):
        await Account.create(
            customer=customer,
            product=product,
            number=f"A{number}",
            opened_on=dt.date(2020, 1, 1),
        )
    catalogue = await product_catalogue()
    ids = np.array([first.id, second.id, third.id])

    holdings = await load_holdings(ids, catalogue, AS_OF, chunk_size=2)

    assert [(p.code, p.active) for p in catalogue] == [("DEP", True), ("CC", False)]
    assert holdings.held.tolist() == [[True, True], [False, False], [False, True]]
