import json
import math
from decimal import Decimal
from functools import cache

import numpy as np
import pytest

from cims.analytics import credit, registry, stability
from cims.analytics.choice import Choice, ChoiceCode, choice_of

# Held-out AUC measured on the fixed split (seed 20261204), minus about 0.02-0.03:
# german_credit scorecard 0.800, boosted 0.821; credit_scoring 0.854 and 0.853;
# credit_card_clients 0.628 and 0.628.
AUC_FLOORS = {
    ("german_credit", "scorecard"): 0.77,
    ("german_credit", "boosted"): 0.79,
    ("credit_scoring", "scorecard"): 0.83,
    ("credit_scoring", "boosted"): 0.83,
    ("credit_card_clients", "scorecard"): 0.61,
    ("credit_card_clients", "boosted"): 0.61,
}


@cache
def trained(name: str, algorithms: tuple[str, ...] = credit.ALGORITHMS):
    return credit.train_credit(name, algorithms=algorithms, cv_folds=0)


@cache
def table(name: str):
    return credit.read_table(credit.MAPPINGS[name])


def german_row(index: int = 1) -> dict:
    return table("german_credit").drop(columns="creditability").iloc[index].to_dict()


def scoring_row(index: int = 0) -> dict:
    return table("credit_scoring").drop(columns="Status").iloc[index].to_dict()


@pytest.mark.parametrize(("dataset", "algorithm"), sorted(AUC_FLOORS))
def test_held_out_auc_reaches_its_floor(dataset, algorithm):
    _, metrics = trained(dataset)

    assert metrics.candidates[algorithm].auc >= AUC_FLOORS[dataset, algorithm]


@pytest.mark.parametrize("dataset", sorted(credit.MAPPINGS))
def test_calibrated_brier_beats_predicting_the_bad_rate(dataset):
    _, metrics = trained(dataset)
    no_skill = metrics.bad_rate * (1 - metrics.bad_rate)

    for evaluation in metrics.candidates.values():
        assert evaluation.brier < no_skill
        assert evaluation.calibration_error < 0.07
        assert evaluation.ks > 0.15


@pytest.mark.parametrize("dataset", sorted(credit.MAPPINGS))
def test_calibration_table_accounts_for_every_held_out_row(dataset):
    _, metrics = trained(dataset)
    expected_bads = metrics.bad_rate * metrics.test_rows

    for evaluation in metrics.candidates.values():
        table_ = evaluation.calibration
        assert len(table_) == 10
        assert sum(b.rows for b in table_) == metrics.test_rows
        assert abs(sum(b.bads for b in table_) - expected_bads) <= 1
        assert all(b.lowest_pd <= b.highest_pd for b in table_)


def test_calibration_table_sorts_rows_into_equal_groups():
    y = [0, 0, 1, 0, 1, 1, 0, 1, 1, 1]
    pd_ = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95]

    table_ = credit.calibration_table(y, pd_, groups=5)

    assert [b.rows for b in table_] == [2, 2, 2, 2, 2]
    assert [b.bads for b in table_] == [0, 1, 2, 1, 2]
    assert [b.bad_rate for b in table_] == [0.0, 0.5, 1.0, 0.5, 1.0]
    assert table_[0].mean_pd == pytest.approx(0.15)
    assert table_[-1].lowest_pd == 0.9
    assert credit.calibration_error(table_) == pytest.approx(
        (0.15 + 0.15 + 0.45 + 0.25 + 0.075) / 5
    )


def test_ks_is_one_for_perfect_separation_and_zero_for_none():
    assert credit.ks_statistic([0, 0, 1, 1], [0.1, 0.2, 0.8, 0.9]) == 1.0
    assert credit.ks_statistic([0, 1, 0, 1], [0.5, 0.5, 0.5, 0.5]) == 0.0


def _evaluation(algorithm: str, auc: float, error: float) -> credit.Evaluation:
    return credit.Evaluation(algorithm, auc, 0.4, 0.15, error, (), None, None, 1.0)


def test_choice_keeps_the_higher_auc_when_calibration_is_close():
    candidates = {
        "scorecard": _evaluation("scorecard", 0.80, 0.030),
        "boosted": _evaluation("boosted", 0.82, 0.045),
    }

    chosen, _ = credit.choose(candidates, tolerance=0.02)

    assert chosen == "boosted"


def test_choice_falls_back_when_the_higher_auc_is_worse_calibrated():
    candidates = {
        "scorecard": _evaluation("scorecard", 0.80, 0.030),
        "boosted": _evaluation("boosted", 0.82, 0.080),
    }

    chosen, choice = credit.choose(candidates, tolerance=0.02)

    assert chosen == "scorecard"
    assert choice == Choice(
        ChoiceCode.BETTER_CALIBRATED,
        "scorecard",
        passed_over="boosted",
        passed_over_calibration_error=0.080,
        best_calibration_error=0.030,
    )


def test_choice_of_the_highest_auc_carries_no_figures():
    candidates = {
        "scorecard": _evaluation("scorecard", 0.80, 0.030),
        "boosted": _evaluation("boosted", 0.82, 0.045),
    }

    chosen, choice = credit.choose(candidates, tolerance=0.02)

    assert choice == Choice(ChoiceCode.HIGHEST_AUC, "boosted")
    assert choice.passed_over is None and choice.best_calibration_error is None


def test_choice_is_read_again_from_stored_figures():
    # A model version stored before choices were coded carries only its figures.
    figures = {
        "scorecard": (0.74, 0.021),
        "boosted": (0.79, 0.064),
        "forest": (0.77, 0.05),
    }

    assert choice_of(figures, "scorecard") == Choice(
        ChoiceCode.BETTER_CALIBRATED,
        "scorecard",
        passed_over="boosted",
        passed_over_calibration_error=0.064,
        best_calibration_error=0.021,
    )
    assert choice_of(figures, "boosted").code is ChoiceCode.HIGHEST_AUC
    # Two at the same AUC: the one chosen is not passed over for the other.
    assert (
        choice_of({"a": (0.8, 0.1), "b": (0.8, 0.02)}, "b").code
        is ChoiceCode.HIGHEST_AUC
    )


@pytest.mark.parametrize("algorithm", credit.ALGORITHMS)
def test_score_does_not_depend_on_column_order_or_extra_columns(algorithm):
    model, _ = trained("german_credit", (algorithm,))
    row = german_row()
    reordered = dict(reversed(list(row.items())))
    reordered["customer_number"] = "C-0001"

    assert model.score(reordered).pd == pytest.approx(model.score(row).pd, abs=1e-12)
    frame = table("german_credit").iloc[:20]
    shuffled = frame[list(reversed(frame.columns))]
    np.testing.assert_allclose(model.predict_pd(shuffled), model.predict_pd(frame))


@pytest.mark.parametrize("algorithm", credit.ALGORITHMS)
def test_unseen_category_scores_like_a_missing_one(algorithm):
    model, _ = trained("german_credit", (algorithm,))
    unseen = german_row() | {"purpose": "spaceship"}
    missing = german_row() | {"purpose": None}

    score = model.score(unseen)

    assert 0.0 < score.pd < 1.0
    assert score.pd == pytest.approx(model.score(missing).pd, abs=1e-12)


def test_sentinel_and_absent_values_count_as_missing():
    model, _ = trained("credit_scoring")
    row = scoring_row()
    without = {k: v for k, v in row.items() if k != "Income"}

    blank = model.score(row | {"Income": None}).pd

    assert model.score(row | {"Income": 99999999}).pd == pytest.approx(blank)
    assert model.score(without).pd == pytest.approx(blank)
    assert model.score(row | {"Income": "unknown"}).pd == pytest.approx(blank)


def test_decimal_money_scores_like_floats():
    model, _ = trained("credit_scoring")
    row = scoring_row()

    as_decimal = row | {"Income": Decimal("129.00"), "Assets": Decimal("0.00")}

    assert model.score(as_decimal).pd == pytest.approx(model.score(row).pd)


@pytest.mark.parametrize(
    "columns",
    [
        {"numeric": ("duration_in_month", "credit_amount", "age_in_years")},
        {"categorical": ("status_of_existing_checking_account", "credit_history")},
    ],
)
def test_a_mapping_with_one_kind_of_input_trains_both_candidates(columns):
    mapping = credit.ColumnMapping(
        name="narrow", label="creditability", bad=("bad",), **columns
    )

    model, metrics = credit.train_credit(mapping, table("german_credit"), cv_folds=0)

    assert set(metrics.candidates) == {"scorecard", "boosted"}
    assert metrics.best.auc > 0.6
    assert len(model.score(german_row(), top=5).factors) == len(mapping.inputs)


def test_numbers_and_text_of_one_category_score_alike():
    model, _ = trained("credit_card_clients")
    row = {"EDUCATION": 2, "LIMIT_BAL": 80000, "BILL_AMT1": 60000}

    pds = {model.score(row | {"EDUCATION": v}).pd for v in (2, 2.0, "2", " 2 ")}

    assert len(pds) == 1


def test_batch_and_single_row_scores_agree():
    model, _ = trained("credit_scoring")
    frame = table("credit_scoring").iloc[:25]

    batch = model.predict_pd(frame)

    single = [model.score(r).pd for r in frame.to_dict(orient="records")]
    np.testing.assert_allclose(batch, single, rtol=1e-9)


def test_score_carries_grade_points_and_three_factors_in_two_languages():
    model, _ = trained("german_credit")

    score = model.score(german_row())

    assert score.grade == credit.grade_of(score.pd)
    assert score.points == int(credit.points_of(score.pd))
    assert len(score.factors) == 3
    effects = [abs(f.effect) for f in score.factors]
    assert effects == sorted(effects, reverse=True)
    for factor in score.factors:
        assert factor.en.endswith(("raising the risk", "lowering the risk"))
        assert factor.zh.endswith(("风险上升", "风险下降"))


def test_scorecard_factor_reads_level_value_and_direction():
    model, _ = trained("german_credit", ("scorecard",))
    row = german_row() | {"duration_in_month": 72}

    factors = model.score(row, top=len(model.mapping.inputs)).factors

    duration = next(f for f in factors if f.input == "duration_in_month")
    assert duration.en == "Loan duration in months is high (72), raising the risk"
    assert duration.zh == "贷款期限（月）偏高（72），风险上升"


def test_category_factor_uses_the_mapping_words():
    model, _ = trained("german_credit", ("scorecard",))
    row = german_row() | {"status_of_existing_checking_account": "no checking account"}

    factors = model.score(row, top=len(model.mapping.inputs)).factors

    account = next(
        f for f in factors if f.input == "status_of_existing_checking_account"
    )
    assert account.en == (
        "Checking account: none (the model's input category), lowering the risk"
    )
    assert account.zh == "支票账户状态：无支票账户（模型输入类别），风险下降"


def test_money_factors_show_the_amount_in_the_customers_currency():
    model, _ = trained("german_credit", ("scorecard",))
    row = german_row() | {"credit_amount": 15000, "duration_in_month": 72}
    unit = (Decimal("3.99"), "CNY")

    plain = model.score(row, top=len(model.mapping.inputs)).factors
    shown = model.score(row, top=len(model.mapping.inputs), unit=unit).factors

    amount = next(f for f in shown if f.input == "credit_amount")
    assert amount.value == "CNY 59,850.00"
    assert amount.en.startswith("Credit amount is high (CNY 59,850.00), ")
    assert amount.zh.startswith("贷款金额偏高（CNY 59,850.00），")
    per_month = next(f for f in shown if f.input == "amount_per_month")
    assert per_month.value == "CNY 831.25"  # 15,000 / 72 months, in CNY
    # Not money: the same figure with or without a unit.
    duration = [
        next(f for f in fs if f.input == "duration_in_month") for fs in (plain, shown)
    ]
    assert duration[0].value == duration[1].value == "72"
    assert next(f for f in plain if f.input == "credit_amount").value == "15,000"


def test_scorecard_effects_add_up_to_its_log_odds():
    model, _ = trained("german_credit", ("scorecard",))
    row = german_row()
    inner = credit.fitted_estimator(model.pipeline)
    classify = inner["classify"]
    prepared = model.pipeline["prepare"].transform(credit.as_frame(row))

    effects = model.effects(row)

    average = classify.intercept_[0] + classify.coef_[0] @ model.encoded_mean
    assert sum(effects.values()) + average == pytest.approx(
        inner.decision_function(prepared)[0]
    )


def test_boosted_effects_follow_the_checking_account():
    model, _ = trained("german_credit", ("boosted",))
    overdrawn = german_row() | {"status_of_existing_checking_account": "... < 0 DM"}
    none = german_row() | {"status_of_existing_checking_account": "no checking account"}

    key = "status_of_existing_checking_account"
    assert model.effects(overdrawn)[key] > 0
    assert model.effects(none)[key] < 0
    assert model.score(overdrawn).pd > model.score(none).pd


def test_scorecard_groups_match_the_encoded_column_names():
    model, _ = trained("credit_scoring", ("scorecard",))
    encode = credit.fitted_estimator(model.pipeline)["encode"]
    names = encode.get_feature_names_out()

    groups = credit.scorecard_groups(encode, len(model.mapping.numeric_inputs))

    assert len(groups) == len(model.mapping.inputs)
    for position, group in enumerate(groups):
        assert all(
            f"x{position}_" in n or n.endswith(f"x{position}") for n in names[group]
        )
    assert sorted(np.concatenate(groups)) == list(range(len(names)))


def test_grades_and_points_follow_the_pd():
    pds = np.array([0.01, 0.05, 0.10, 0.2, 0.34, 0.35, 0.9])

    grades = [credit.grade_of(p) for p in pds]

    assert grades == ["A", "B", "C", "D", "D", "E", "E"]
    assert list(credit.grades_of(pds)) == grades
    assert credit.points_of(1 / 51) == 600
    points = credit.points_of(pds)
    assert list(points) == sorted(points, reverse=True)


def test_a_bank_table_trains_through_a_plain_mapping_without_code():
    source = table("credit_scoring").rename(
        columns={"Income": "monthly_income", "Debt": "total_debt", "Job": "job_type"}
    )
    rows = source.assign(outcome=source["Status"].map({"good": "N", "bad": "Y"}))
    mapping = {
        "name": "bank_history",
        "label": "outcome",
        "bad": ["Y"],
        "numeric": ["Seniority", "Age", "monthly_income", "total_debt", "Amount"],
        "categorical": ["job_type", "Records"],
        "ratios": [
            {"name": "dti", "numerator": "total_debt", "denominator": "monthly_income"}
        ],
        "missing": [99999999],
    }

    model, metrics = credit.train_credit(
        json.loads(json.dumps(mapping)),
        rows.to_dict(orient="records"),
        algorithms=("scorecard",),
        cv_folds=0,
    )

    assert metrics.dataset == "bank_history"
    assert metrics.best.auc >= 0.78
    assert model.score({"monthly_income": 150, "Amount": 900}).grade in "ABCDE"


def test_mapping_round_trips_through_json():
    mapping = credit.CREDIT_SCORING

    again = credit.ColumnMapping.from_dict(json.loads(json.dumps(mapping.to_dict())))

    assert again == mapping


def test_mapping_with_a_ratio_of_undeclared_columns_is_refused():
    with pytest.raises(ValueError, match="ratio dti"):
        credit.ColumnMapping.from_dict(
            {
                "name": "bad",
                "label": "y",
                "bad": [1],
                "numeric": ["income"],
                "ratios": [
                    {"name": "dti", "numerator": "debt", "denominator": "income"}
                ],
            }
        )


def test_training_refuses_a_table_without_the_mapped_columns():
    rows = [{"creditability": "good", "age_in_years": 30}] * 10

    with pytest.raises(ValueError, match="training data lacks columns"):
        credit.train_credit("german_credit", rows, cv_folds=0)


def test_rows_without_a_label_are_left_out():
    labels = credit.labels(
        credit.CREDIT_CARD_CLIENTS,
        table("credit_card_clients")["default"]
        .iloc[:3]
        .astype(object)
        .where([True, False, True]),
    )

    assert list(labels) == [0, -1, 0]


def test_stability_is_quiet_on_training_data_and_warns_on_shifted_income():
    model, _ = trained("credit_scoring")
    current = table("credit_scoring")
    richer = current.assign(Income=current["Income"] * 3)

    same = model.stability(current)
    shifted = model.stability(richer)

    assert same.score_psi < stability.WATCH_AT
    assert not same.drifted
    assert shifted.input_psi["Income"] > stability.WARN_AT
    assert any(w.startswith("Income PSI") for w in shifted.warnings)
    assert shifted.input_psi["Age"] == pytest.approx(same.input_psi["Age"])


def test_trained_model_survives_the_registry(tmp_path):
    model, metrics = trained("credit_card_clients")
    meta = credit.registry_metadata(model, metrics, created_by="analyst-7")
    kind = credit.credit_kind(model.mapping)

    version = registry.save(kind, model, meta, root=tmp_path)
    registry.activate(kind, version, root=tmp_path)
    loaded = registry.load(kind, root=tmp_path)

    frame = table("credit_card_clients").iloc[:50]
    np.testing.assert_array_equal(loaded.predict_pd(frame), model.predict_pd(frame))
    stored = registry.read_metadata(kind, root=tmp_path)
    assert kind == "credit-credit_card_clients"
    assert stored["metrics"]["chosen"] == metrics.chosen
    assert stored["parameters"]["algorithm"] == model.algorithm
    assert stored["data_window"]["rows"] == 6000


def test_limit_worked_example():
    limit = credit.recommend_limit(Decimal("20000"), Decimal("4000"), 0.10)

    # headroom 0.5 x 20,000 - 4,000 = 6,000; 10 months = 60,000; x (1 - 0.1/0.4)
    assert limit == Decimal("45000")


def test_limit_never_rises_with_pd_and_ends_at_the_ceiling():
    pds = [i / 100 for i in range(101)]

    limits = [credit.recommend_limit(Decimal(30000), Decimal(2000), p) for p in pds]

    assert all(a >= b for a, b in zip(limits, limits[1:], strict=False))
    assert limits[0] > limits[20] > limits[39]
    assert set(limits[40:]) == {Decimal(0)}


def test_limit_rises_with_income_and_falls_with_obligations():
    low = credit.recommend_limit(Decimal(10000), Decimal(1000), 0.1)
    richer = credit.recommend_limit(Decimal(12000), Decimal(1000), 0.1)
    indebted = credit.recommend_limit(Decimal(10000), Decimal(3000), 0.1)

    assert richer > low > indebted


def test_limit_is_capped_and_rounded_down_to_the_step():
    policy = credit.LimitPolicy()

    rich = credit.recommend_limit(Decimal(10**7), Decimal(0), 0.0)
    odd = credit.recommend_limit(Decimal("1234.56"), Decimal(0), 0.0)

    assert rich == policy.cap
    assert odd == Decimal("6100")


def test_limit_is_zero_when_obligations_use_up_the_headroom():
    assert credit.recommend_limit(Decimal(8000), Decimal(4000), 0.01) == 0
    assert credit.recommend_limit(Decimal(8000), Decimal(9000), 0.01) == 0


@pytest.mark.parametrize(
    ("income", "obligations", "pd_"),
    [
        (Decimal(-1), Decimal(0), 0.1),
        (Decimal(1), Decimal(-1), 0.1),
        (1, 0, 1.5),
        (1, 0, float("nan")),
    ],
)
def test_limit_refuses_negative_money_or_pd_outside_zero_to_one(
    income, obligations, pd_
):
    with pytest.raises(ValueError):
        credit.recommend_limit(income, obligations, pd_)


def test_points_are_finite_at_the_extremes():
    assert math.isfinite(float(credit.points_of(0.0)))
    assert math.isfinite(float(credit.points_of(1.0)))


@pytest.mark.parametrize(
    ("income", "obligations", "pd_", "limit", "reason"),
    [
        # A demo customer graded A: obligations (liabilities / 12) above half the income.
        ("6563.05", "3906.58", 0.024, "0", credit.LimitReason.DEBT_RATIO),
        ("10000", "5000", 0.01, "0", credit.LimitReason.DEBT_RATIO),  # exactly at 50%
        ("10000", "0", 0.40, "0", credit.LimitReason.RISK),
        ("10", "0", 0.0, "0", credit.LimitReason.BELOW_STEP),  # 50 rounds down to 0
        ("1000000", "0", 0.0, "500000", credit.LimitReason.CAPPED),
        ("10000", "1000", 0.02, "38000", None),  # (5,000 - 1,000) x 10 x 0.95
    ],
)
def test_a_zero_or_capped_limit_has_its_reason(income, obligations, pd_, limit, reason):
    figures = (Decimal(income), Decimal(obligations), pd_)

    assert credit.recommend_limit(*figures) == Decimal(limit)
    assert credit.limit_reason(*figures) == reason
