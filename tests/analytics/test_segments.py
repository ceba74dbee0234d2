import datetime as dt

import numpy as np
import pytest
from sklearn.metrics import adjusted_rand_score

from cims.analytics.features import FEATURES, FeatureMatrix
from cims.analytics.segments import (
    Difference,
    count_rule,
    default_names,
    refresh_rule_segment,
    store_learned_segments,
    train_and_register,
    train_segments,
    validate_rule,
)
from cims.domain.errors import ValidationFailed
from cims.models import CustomerFeatures, Segment, SegmentMembership

UTC = dt.UTC
TODAY = dt.date(2026, 6, 30)


def _problems(rule) -> list[tuple[str, str]]:
    with pytest.raises(ValidationFailed) as caught:
        validate_rule(rule)
    assert caught.value.code == "VALIDATION_FAILED"
    return [(p.field, p.code) for p in caught.value.problems]


# --- validation -----------------------------------------------------------------------


def test_a_nested_rule_is_valid():
    rule = {
        "and": [
            {"field": "age", "op": "between", "value": [30, 50]},
            {
                "or": [
                    {"field": "has_credit_card", "op": "eq", "value": True},
                    {"not": {"field": "income_band", "op": "in", "value": ["low"]}},
                ]
            },
            {"field": "birth_date", "op": "lt", "value": "2000-01-01"},
        ]
    }

    assert validate_rule(rule) is rule


def test_an_unknown_field_is_refused_at_its_place():
    rule = {
        "and": [
            {"field": "age", "op": "gte", "value": 30},
            {"field": "salary", "op": "gt", "value": 1},
        ]
    }

    assert _problems(rule) == [("rule.and[1].field", "UNKNOWN_FIELD")]


def test_the_unknown_field_message_lists_the_known_ones():
    with pytest.raises(ValidationFailed) as caught:
        validate_rule({"field": "salary", "op": "gt", "value": 1})

    message = caught.value.problems[0].message
    assert message.startswith("Unknown field; known: age, annual_income, birth_date")


def test_an_unknown_operator_is_refused():
    rule = {"field": "age", "op": "like", "value": 30}

    assert _problems(rule) == [("rule.op", "UNKNOWN_OPERATOR")]


def test_an_operator_the_field_does_not_take_is_refused():
    rule = {"field": "has_loan", "op": "gt", "value": True}

    assert _problems(rule) == [("rule.op", "OPERATOR_NOT_ALLOWED")]


@pytest.mark.parametrize(
    ("condition", "message"),
    [
        ({"field": "age", "op": "gte", "value": "thirty"}, "Expected a whole number"),
        ({"field": "age", "op": "gte", "value": True}, "Expected a whole number"),
        ({"field": "age", "op": "lt", "value": 9999}, "Expected 0 to 150"),
        (
            {"field": "recency_days", "op": "in", "value": [3, -1]},
            "Expected 0 to 36500",
        ),
        (
            {"field": "annual_income", "op": "gt", "value": float("nan")},
            "Expected a number",
        ),
        (
            {"field": "income_band", "op": "eq", "value": "rich"},
            "Expected one of: unknown, low, lower_middle, middle, upper_middle, high",
        ),
        (
            {"field": "birth_date", "op": "lt", "value": "2000-13-01"},
            "Expected a date as YYYY-MM-DD",
        ),
        (
            {"field": "age", "op": "between", "value": [50, 30]},
            "Lowest exceeds highest",
        ),
        (
            {"field": "gender", "op": "in", "value": []},
            "Expected a list of 1 to 100 values",
        ),
        ({"field": "age", "op": "is_null", "value": 1}, "Expected true or false"),
    ],
)
def test_an_ill_typed_value_is_refused(condition, message):
    with pytest.raises(ValidationFailed) as caught:
        validate_rule(condition)

    problem = caught.value.problems[0]
    assert (problem.field, problem.code, problem.message) == (
        "rule.value",
        "INVALID_VALUE",
        message,
    )


def test_every_mistake_is_reported_at_once():
    rule = {
        "or": [
            {"field": "salary", "op": "like", "value": 1},
            {"field": "age", "op": "gte"},
            "age > 30",
            {"and": []},
        ]
    }

    assert _problems(rule) == [
        ("rule.or[0].field", "UNKNOWN_FIELD"),
        ("rule.or[0].op", "UNKNOWN_OPERATOR"),
        ("rule.or[1]", "INVALID_SHAPE"),
        ("rule.or[2]", "INVALID_SHAPE"),
        ("rule.or[3].and", "INVALID_SHAPE"),
    ]


def test_a_rule_nested_too_deep_is_refused():
    deepest_allowed = {"field": "age", "op": "gte", "value": 1}
    for _ in range(7):
        deepest_allowed = {"not": deepest_allowed}

    too_deep = {"not": deepest_allowed}

    assert validate_rule(deepest_allowed) is deepest_allowed
    assert _problems(too_deep) == [("rule" + ".not" * 8, "TOO_COMPLEX")]


# --- evaluation -----------------------------------------------------------------------


async def _with_features(new_customer, birth_date=None, **features):
    customer = await new_customer(birth_date=birth_date)
    await CustomerFeatures.create(
        customer=customer,
        as_of=TODAY,
        computed_at=dt.datetime.now(UTC),
        **features,
    )
    return customer


async def test_count_follows_and_or_not(new_customer):
    await _with_features(new_customer, has_credit_card=True, income_band="high")
    await _with_features(new_customer, has_credit_card=True, income_band="low")
    await _with_features(new_customer, has_credit_card=False, income_band="high")
    await _with_features(new_customer, has_credit_card=False, income_band="low")
    card = {"field": "has_credit_card", "op": "eq", "value": True}
    low = {"field": "income_band", "op": "in", "value": ["low", "lower_middle"]}

    assert await count_rule(card) == 2
    assert await count_rule({"and": [card, {"not": low}]}) == 1
    assert await count_rule({"or": [card, {"not": low}]}) == 3


async def test_age_counts_whole_years_as_of_today(new_customer):
    await _with_features(new_customer, birth_date=dt.date(1996, 6, 30))  # 30 today
    await _with_features(new_customer, birth_date=dt.date(1996, 7, 1))  # 29
    await _with_features(new_customer, birth_date=dt.date(1986, 7, 1))  # 39
    await _with_features(new_customer)  # unknown

    def age(op, value):
        return count_rule({"field": "age", "op": op, "value": value}, TODAY)

    assert await age("gte", 30) == 2
    assert await age("lt", 30) == 1
    assert await age("eq", 29) == 1
    assert await age("between", [29, 30]) == 2
    assert await age("ne", 30) == 2
    assert await age("in", [30, 39]) == 2
    assert await age("is_null", True) == 1


async def test_recency_counts_days_since_the_last_transaction(new_customer):
    for days in (0, 7, 8, 400):
        booked = dt.datetime.combine(TODAY - dt.timedelta(days=days), dt.time(23, 59))
        await _with_features(
            new_customer, last_transaction_at=booked.replace(tzinfo=UTC)
        )
    await _with_features(new_customer)

    def recency(op, value):
        return count_rule({"field": "recency_days", "op": op, "value": value}, TODAY)

    assert await recency("lte", 7) == 2
    assert await recency("gt", 7) == 2
    assert await recency("eq", 8) == 1
    assert await recency("is_null", True) == 1


async def test_tenure_counts_months_from_the_first_account(new_customer):
    await _with_features(new_customer, first_opened_on=TODAY - dt.timedelta(days=366))
    await _with_features(new_customer, first_opened_on=TODAY - dt.timedelta(days=364))

    rule = {"field": "tenure_months", "op": "gte", "value": 12}

    assert await count_rule(rule, TODAY) == 1


async def test_archived_customers_are_not_counted(new_customer):
    customer = await _with_features(new_customer, products_held=2)
    await _with_features(new_customer, products_held=3)
    customer.archived_at = dt.datetime.now(UTC)
    await customer.save()

    rule = {"field": "products_held", "op": "gte", "value": 2}

    assert await count_rule(rule) == 1


async def test_an_invalid_rule_is_refused_before_any_query(new_customer):
    with pytest.raises(ValidationFailed):
        await count_rule({"field": "salary", "op": "gt", "value": 1})


async def test_refreshing_a_rule_segment_records_who_joined_and_who_left(new_customer):
    rich = await _with_features(new_customer, annual_income=900_000)
    poor = await _with_features(new_customer, annual_income=10_000)
    segment = await Segment.create(
        kind="rule",
        name="富裕客户",
        name_en="Affluent",
        rule={"field": "annual_income", "op": "gte", "value": 500_000},
        created_by="analyst-7",
    )
    monday = dt.datetime(2026, 6, 1, tzinfo=UTC)
    tuesday = dt.datetime(2026, 6, 2, tzinfo=UTC)
    await refresh_rule_segment(segment, now=monday)
    await CustomerFeatures.filter(customer=rich).update(annual_income=20_000)
    await CustomerFeatures.filter(customer=poor).update(annual_income=800_000)

    joined_left = await refresh_rule_segment(segment, now=tuesday)

    assert joined_left == (1, 1)
    history = (
        await SegmentMembership.filter(segment=segment)
        .order_by("id")
        .values("customer_id", "since", "until")
    )
    assert history == [
        {"customer_id": rich.id, "since": monday, "until": tuesday},
        {"customer_id": poor.id, "since": tuesday, "until": None},
    ]
    assert (await Segment.get(id=segment.id)).size == 1


# --- learned segments -----------------------------------------------------------------

CENTRES = {  # four groups apart in income, age, digital share and credit cards
    "annual_income": [30_000, 300_000, 60_000, 1_500_000],
    "age": [24, 45, 70, 52],
    "digital_share": [0.9, 0.6, 0.05, 0.4],
    "has_credit_card": [0, 1, 0, 1],
}


def _blobs(per_group=150, seed=1) -> tuple[FeatureMatrix, np.ndarray]:
    rng = np.random.default_rng(seed)
    truth = np.repeat(np.arange(4), per_group)
    values = np.zeros((len(truth), len(FEATURES)))
    for name, centres in CENTRES.items():
        centre = np.array(centres, dtype=float)[truth]
        noise = rng.normal(0, 0.03, len(truth))
        if name in {"annual_income"}:
            column = centre * np.exp(noise)
        elif name == "has_credit_card":
            column = centre
        else:
            column = centre * (1 + noise)
        values[:, FEATURES.index(name)] = column
    ids = np.arange(1, len(truth) + 1, dtype=np.int64)
    return FeatureMatrix(ids, values, TODAY), truth


def test_separated_blobs_are_found_and_k_is_their_number():
    matrix, truth = _blobs()

    model = train_segments(matrix)

    assert model.k == 4
    assert adjusted_rand_score(truth, model.assign(matrix)) == 1.0
    assert max(model.silhouette_by_k, key=model.silhouette_by_k.get) == 4
    assert sorted(model.sizes) == [150, 150, 150, 150]


def test_the_profile_names_what_sets_a_cluster_apart():
    matrix, truth = _blobs()
    model = train_segments(matrix)
    labels = model.assign(matrix)
    richest = int(labels[truth == 3][0])
    eldest = int(labels[truth == 2][0])

    rich = model.profiles[richest]
    old = model.profiles[eldest]

    assert rich["en"][0].startswith("income ")
    assert rich["en"][0].endswith("x the base median")
    assert rich["zh"][0].startswith("收入为全体中位数的")
    assert any(line.startswith("median age 70 (base ") for line in old["en"])
    assert any(line.startswith("年龄中位数70（全体") for line in old["zh"])
    assert model.names[richest]["en"].startswith("High income")
    assert model.names[richest]["zh"].startswith("高收入")


def test_default_names_are_distinct():
    matrix, _ = _blobs()

    model = train_segments(matrix)

    names = [n["en"] for n in model.names]
    assert len(set(names)) == len(names) == 4


def test_clusters_alike_at_first_get_different_second_words():
    def apart(feature, effect):
        return Difference(feature, effect, 1.0, 1.0)

    rankings = [
        [apart("annual_income", 2), apart("age", 1), apart("has_loan", 0.5)],
        [apart("annual_income", 2), apart("age", 1), apart("digital_share", -0.5)],
        [apart("has_wealth", 1), apart("wealth_balance", 1), apart("age", -1)],
        [apart("annual_income", 2), apart("age", 1)],
    ]

    names = default_names(rankings)

    assert [n["en"] for n in names] == [
        "High income · older",
        "High income · branch-reliant",
        "Wealth clients · younger",
        "High income · older (2)",
    ]
    assert [n["zh"] for n in names] == [
        "高收入·年长",
        "高收入·偏好网点",
        "理财客户·年轻",
        "高收入·年长（2）",
    ]


class _Store:
    def __init__(self):
        self.saved = []

    def save(self, kind, model, metadata):
        self.saved.append((kind, model, metadata))
        return "7"

    def load(self, kind, version=None):
        return self.saved[-1][1]


async def test_a_training_run_is_registered_with_window_parameters_metrics_and_who():
    matrix, _ = _blobs()
    store = _Store()

    model, version = await train_and_register(
        matrix, created_by="analyst-7", store=store, k_range=(3, 5)
    )

    assert version == "7"
    kind, saved_model, metadata = store.saved[0]
    assert (kind, saved_model) == ("segments", model)
    assert metadata["created_by"] == "analyst-7"
    assert metadata["data_window"]["customers"] == 600
    assert metadata["parameters"]["k_range"] == [3, 5]
    assert metadata["metrics"]["k"] == 4
    assert set(metadata["metrics"]["silhouette_by_k"]) == {"3", "4", "5"}


async def test_a_new_learned_version_retires_the_old_one_and_keeps_history(
    new_customer,
):
    customers = [await new_customer() for _ in range(3)]
    ids = np.array([c.id for c in customers])
    matrix, _ = _blobs()
    model = train_segments(matrix, k_range=(4, 4))
    first_day = dt.datetime(2026, 6, 1, tzinfo=UTC)
    next_day = dt.datetime(2026, 6, 2, tzinfo=UTC)
    old = await store_learned_segments(
        model, "1", ids, np.array([0, 0, 1]), created_by="system", now=first_day
    )

    new = await store_learned_segments(
        model, "2", ids, np.array([2, 3, 3]), created_by="system", now=next_day
    )

    assert [s.active for s in await Segment.filter(model_version="1")] == [False] * 4
    assert [s.size for s in new] == [0, 0, 1, 2]
    assert await SegmentMembership.filter(until=None).count() == 3
    closed = await SegmentMembership.filter(segment_id=old[0].id).values_list(
        "customer_id", "until"
    )
    assert sorted(closed) == [(ids[0], next_day), (ids[1], next_day)]
    assert new[3].name_en == model.names[3]["en"]
    assert new[3].profile == model.profiles[3]
