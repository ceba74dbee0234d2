import random
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from functools import cache

import pytest

from cims.analytics import anomaly, registry

BEIJING = timezone(timedelta(hours=8))
START = datetime(2026, 6, 1, tzinfo=BEIJING)


def history(seed: int, days: int = 120) -> list[dict]:
    """A customer who pays by phone and card in the daytime, paid monthly."""
    rng = random.Random(seed)
    usual = rng.choice([80, 300, 1200, 4000])
    txns = []
    for day in range(days):
        for _ in range(rng.choice([0, 1, 1, 2, 3])):
            at = START + timedelta(days=day, hours=rng.randint(8, 21))
            txns.append(
                {
                    "amount": round(usual * rng.lognormvariate(0, 0.6), 2),
                    "booked_at": at + timedelta(minutes=rng.randint(0, 59)),
                    "channel": rng.choices(["mobile", "pos", "online"], [6, 3, 1])[0],
                    "direction": "debit",
                }
            )
        if day % 30 == 0:
            salary = START + timedelta(days=day, hours=9)
            txns.append(
                {
                    "amount": usual * 25.0,
                    "booked_at": salary,
                    "channel": "online",
                    "direction": "credit",
                }
            )
    return sorted(txns, key=lambda t: t["booked_at"])


@cache
def trained() -> tuple[anomaly.AnomalyDetector, dict]:
    return anomaly.train_anomaly([history(seed) for seed in range(60)])


def night_after(txns: list[dict], **fields) -> dict:
    last = txns[-1]["booked_at"]
    at = (last + timedelta(days=1)).replace(hour=3, minute=10)
    return {"booked_at": at, "direction": "debit"} | fields


def codes(result: anomaly.AnomalyResult) -> set[str]:
    return {r.code for r in result.reasons}


def test_injected_outlier_alerts_with_its_reasons():
    detector, _ = trained()
    past = history(5000)
    outlier = night_after(past, amount=48000.0, channel="atm")

    result = detector.score(outlier, past)

    assert result.alert
    assert {"amount_spike", "unusual_hour", "unusual_channel", "model"} <= codes(result)
    spike = next(r for r in result.reasons if r.code == "amount_spike")
    assert spike.en.startswith("Amount 48,000.00 is ")
    assert "times this customer's usual" in spike.en
    assert spike.zh.startswith("金额 48,000.00 为该客户通常金额")
    assert result.score == pytest.approx(1 - 0.3 * 0.7 * 0.7 * 0.55)


def test_ordinary_transactions_do_not_alert():
    detector, _ = trained()
    alerts = []

    for seed in range(1000, 1010):
        txns = history(seed)
        for i in range(len(txns) - 20, len(txns)):
            result = detector.score(txns[i], txns[:i])
            alerts += [codes(result)] if result.alert else []

    assert alerts == []


def test_amount_spike_at_a_usual_hour_and_channel_still_alerts():
    detector, _ = trained()
    past = history(5001)
    usual_time = past[-1]["booked_at"] + timedelta(hours=1)
    big = {"amount": 90000.0, "booked_at": usual_time, "channel": "mobile"}

    result = detector.score(big | {"direction": "debit"}, past)

    assert result.alert
    assert "amount_spike" in codes(result)


def test_repeated_amounts_just_below_the_reporting_threshold_alert():
    past = history(5002)
    first = night_after(past, amount=49000.0, channel="mobile")
    first["booked_at"] = first["booked_at"].replace(hour=11)
    second = first | {"booked_at": first["booked_at"] + timedelta(days=2)}
    third = first | {
        "amount": 49800.0,
        "booked_at": first["booked_at"] + timedelta(days=4),
    }

    once = anomaly.score_transaction(first, past)
    thrice = anomaly.score_transaction(third, [*past, first, second])

    assert "structuring" not in codes(once)
    assert thrice.alert
    structuring = next(r for r in thrice.reasons if r.code == "structuring")
    assert structuring.en == (
        "3 amounts just below the 50,000 reporting threshold within 7 days"
    )
    assert structuring.zh == "7 天内 3 笔金额略低于 50,000 的大额申报门槛"


def test_a_burst_of_transactions_alerts():
    past = history(5003)
    start = past[-1]["booked_at"] + timedelta(days=1)
    burst = [
        {
            "amount": 200.0,
            "booked_at": start + timedelta(minutes=5 * k),
            "channel": "mobile",
            "direction": "debit",
        }
        for k in range(5)
    ]

    result = anomaly.score_transaction(burst[-1], [*past, *burst[:-1]])

    assert result.alert
    assert "burst" in codes(result)
    burst_reason = next(r for r in result.reasons if r.code == "burst")
    assert burst_reason.en.startswith("5 transactions within 60 minutes")


def test_history_rules_wait_for_enough_history():
    past = history(5004)[:4]
    big = night_after(past, amount=48000.0, channel="atm")

    result = anomaly.score_transaction(big, past)

    assert codes(result) == set()
    assert result.score == 0.0
    assert not result.alert


def test_an_unusual_hour_is_named_with_the_banks_time_zone():
    past = history(5005)
    odd = night_after(past, amount=300.0, channel="atm")

    result = anomaly.score_transaction(odd, past)

    hour = next(r for r in result.reasons if r.code == "unusual_hour")
    assert ":00 (Asia/Shanghai time)" in hour.en
    assert ":00（Asia/Shanghai 时间）" in hour.zh


def test_alert_threshold_is_configurable():
    past = history(5005)
    odd = night_after(past, amount=300.0, channel="atm")
    strict = anomaly.AnomalyConfig(alert_threshold=0.5)

    lenient = anomaly.score_transaction(odd, past)
    flagged = anomaly.score_transaction(odd, past, strict)

    assert codes(lenient) == {"unusual_hour", "unusual_channel"}
    assert lenient.score == pytest.approx(0.51)
    assert not lenient.alert
    assert flagged.alert


def test_later_transactions_and_the_transaction_itself_are_ignored():
    txns = history(5006)
    current = txns[100]

    with_future = anomaly.score_transaction(current, txns)
    earlier_only = anomaly.score_transaction(current, txns[:100])

    assert with_future == earlier_only


def test_dataclasses_and_dicts_score_alike():
    txns = history(5007)
    as_objects = [anomaly.as_txn(t) for t in txns]
    big = night_after(txns, amount=48000.0, channel="atm")

    from_dicts = anomaly.score_transaction(big, txns)
    from_objects = anomaly.score_transaction(anomaly.as_txn(big), as_objects)

    assert from_dicts == from_objects


def test_naive_times_are_read_in_the_configured_zone():
    txns = history(5008)
    naive = [t | {"booked_at": t["booked_at"].replace(tzinfo=None)} for t in txns]
    big = night_after(txns, amount=48000.0, channel="atm")
    naive_big = big | {"booked_at": big["booked_at"].replace(tzinfo=None)}

    aware = anomaly.score_transaction(big, txns)

    assert anomaly.score_transaction(naive_big, naive) == aware


def test_rules_alone_give_no_model_reason():
    past = history(5009)
    outlier = night_after(past, amount=48000.0, channel="atm")

    result = anomaly.score_transaction(outlier, past)

    assert "model" not in codes(result)
    assert result.alert


def test_model_reason_names_its_most_unusual_feature():
    detector, _ = trained()
    past = history(5010)
    outlier = night_after(past, amount=48000.0, channel="atm")

    result = detector.score(outlier, past)

    model = next(r for r in result.reasons if r.code == "model")
    assert model.en.startswith("Unlike this customer's own pattern (isolation ")
    assert "above 99.9% of training transactions" in model.en
    assert model.zh.startswith("与该客户自身习惯明显不同")


def test_training_reports_a_small_alert_share():
    _, metrics = trained()

    assert metrics["customers"] == 60
    assert metrics["transactions"] > 5000
    assert metrics["alert_share"] < 0.01


def test_training_without_enough_history_is_refused():
    with pytest.raises(ValueError, match="more than 10 transactions"):
        anomaly.train_anomaly([history(1)[:5]])


def test_weights_are_configurable_one_code_at_a_time():
    past = history(5011)
    odd = night_after(past, amount=300.0, channel="atm")
    heavy = replace(anomaly.AnomalyConfig(), weights={"unusual_channel": 0.9})

    result = anomaly.score_transaction(odd, past, heavy)

    assert result.alert
    assert result.score == pytest.approx(1 - 0.7 * 0.1)


def test_trained_detector_survives_the_registry(tmp_path):
    detector, metrics = trained()
    window = {"source": "synthetic histories", "customers": 60}
    meta = anomaly.registry_metadata(detector, metrics, "analyst-7", window)
    past = history(5012)
    outlier = night_after(past, amount=48000.0, channel="atm")

    version = registry.save("anomaly", detector, meta, root=tmp_path)
    loaded = registry.load("anomaly", version, root=tmp_path)

    assert loaded.score(outlier, past) == detector.score(outlier, past)
    stored = registry.read_metadata("anomaly", version, root=tmp_path)
    assert stored["parameters"]["config"]["reporting_threshold"] == 50000.0
    assert stored["metrics"]["customers"] == 60


def test_many_transactions_are_judged_alike_in_one_call_of_the_forest():
    detector, _ = trained()
    pairs = []
    for seed in range(100, 106):
        txns = history(seed, days=60)
        pairs.append((txns[-1], txns[:-1]))
        pairs.append((night_after(txns, amount=90_000.0, channel="atm"), txns))
    one_by_one = [detector.score(txn, earlier) for txn, earlier in pairs]

    calls = []
    forest = detector.forest

    class Counting:
        def score_samples(self, x):
            calls.append(len(x))
            return forest.score_samples(x)

    counted = anomaly.AnomalyDetector(
        detector.config,
        Counting(),
        detector.model_cut,
        detector.feature_centre,
        detector.feature_scale,
    )
    together = counted.score_many(pairs)

    assert calls == [len(pairs)]
    assert together == one_by_one
    assert [r.alert for r in together].count(True) >= 6


# ---------------------------------------------------------------------------
# Large-value and overdraft rules: no history needed


def one(amount: float, **fields) -> dict:
    """A transfer at 11:00 in Shanghai by mobile, on a day of its own."""
    return {
        "amount": amount,
        "booked_at": datetime(2026, 11, 2, 11, 0, tzinfo=BEIJING),
        "channel": "mobile",
        "direction": "debit",
        "category": "transfer_out",
        "currency": "CNY",
    } | fields


def large_value(result: anomaly.AnomalyResult) -> anomaly.Reason | None:
    return next((r for r in result.reasons if r.code == "large_value"), None)


@pytest.mark.parametrize(
    ("fields", "threshold"),
    [
        ({"channel": "atm", "category": "cash_withdrawal"}, 50_000),
        (
            {"channel": "branch", "category": "cash_deposit", "direction": "credit"},
            50_000,
        ),
        ({"customer_kind": "corporate", "channel": "atm"}, 50_000),
        ({"customer_kind": "individual"}, 500_000),
        ({}, 500_000),  # no kind given: an individual's threshold
        ({"customer_kind": "corporate"}, 2_000_000),
        ({"currency": "USD", "channel": "atm"}, 10_000),
        ({"currency": "USD", "customer_kind": "individual"}, 100_000),
        ({"currency": "USD", "customer_kind": "corporate"}, 200_000),
    ],
)
def test_large_value_fires_at_the_threshold_not_a_cent_below(fields, threshold):
    below = anomaly.score_transaction(one(threshold - 0.01, **fields), [])
    at = anomaly.score_transaction(one(threshold, **fields), [])
    above = anomaly.score_transaction(one(threshold + 0.01, **fields), [])

    assert large_value(below) is None and not below.alert
    assert large_value(at) is not None and at.alert
    assert large_value(above) is not None and above.alert
    assert at.score == pytest.approx(0.65)


def test_large_value_reason_says_which_threshold_and_why():
    [reason] = anomaly.score_transaction(one(900_000.0), []).reasons

    assert reason.code == "large_value"
    assert reason.en == (
        "Large-value transfer (out) of 900,000.00 CNY: at or above the reporting "
        "threshold of 500,000 CNY for an individual"
    )
    assert (
        reason.zh
        == "大额转账支出 900,000.00 CNY，达到个人客户大额交易报告标准 500,000 CNY"
    )


def test_a_days_cash_summed_one_way_crosses_the_threshold_once():
    cash = {"channel": "atm", "category": "cash_withdrawal"}
    morning = one(20_000.0, **cash, booked_at=datetime(2026, 11, 2, 9, tzinfo=BEIJING))
    noon = one(20_000.0, **cash, booked_at=datetime(2026, 11, 2, 12, tzinfo=BEIJING))
    paid_in = one(40_000.0, **cash, direction="credit")
    evening = one(10_000.0, **cash, booked_at=datetime(2026, 11, 2, 20, tzinfo=BEIJING))
    later = one(5_000.0, **cash, booked_at=datetime(2026, 11, 2, 21, tzinfo=BEIJING))
    next_day = one(45_000.0, **cash, booked_at=datetime(2026, 11, 3, 1, tzinfo=BEIJING))

    crossing = anomaly.score_transaction(evening, [morning, noon, paid_in])
    after = anomaly.score_transaction(later, [morning, noon, paid_in, evening])
    tomorrow = anomaly.score_transaction(next_day, [morning, noon, evening, later])

    reason = large_value(crossing)
    assert reason is not None and crossing.alert
    assert reason.en == (
        "Large-value cash (out) today: 3 transactions, 50,000.00 CNY in all, reach "
        "the reporting threshold of 50,000 CNY for an individual"
    )
    assert reason.zh == (
        "当日现金支出累计 3 笔共 50,000.00 CNY，达到个人客户大额交易报告标准 50,000 CNY"
    )
    assert large_value(after) is None  # the day was flagged when it crossed
    assert large_value(tomorrow) is None  # a new day starts from nothing


def test_large_value_thresholds_are_configurable_per_currency():
    config = anomaly.AnomalyConfig(
        large_value={"EUR": {"individual": {"cash": 7_000.0}}}
    )

    euro = anomaly.score_transaction(
        one(7_000.0, channel="atm", currency="EUR"), [], config
    )
    yuan = anomaly.score_transaction(one(60_000.0, channel="atm"), [], config)
    default_euro = anomaly.score_transaction(one(1e9, currency="EUR"), [])

    assert large_value(euro) is not None
    assert large_value(yuan) is None  # the configured table has no CNY
    assert large_value(default_euro) is None  # no default threshold for EUR


def overdraft(result: anomaly.AnomalyResult) -> anomaly.Reason | None:
    return next((r for r in result.reasons if r.code == "overdraft"), None)


def test_a_debit_that_overdraws_alerts_with_the_balance_it_leaves():
    txn = one(900_000.0, balance_after=-850_000.0, overdraft_floor=0.0)

    result = anomaly.score_transaction(txn, [])

    reason = overdraft(result)
    assert result.alert and {"large_value", "overdraft"} == codes(result)
    assert reason.en == (
        "Debit of 900,000.00 CNY leaves the account's balance at -850,000.00 CNY, "
        "below zero (no overdraft agreed)"
    )
    assert reason.zh == (
        "支出 900,000.00 CNY 后账户余额为 -850,000.00 CNY，低于零（无约定透支额度）"
    )
    assert result.score == pytest.approx(1 - 0.35 * 0.35)


def test_overdraft_counts_from_the_agreed_limit():
    limit = {"overdraft_floor": -5_000.0}

    within = anomaly.score_transaction(one(100.0, balance_after=-5_000.0, **limit), [])
    beyond = anomaly.score_transaction(one(100.0, balance_after=-5_000.01, **limit), [])
    to_zero = anomaly.score_transaction(
        one(100.0, balance_after=0.0, overdraft_floor=0.0), []
    )

    assert overdraft(within) is None and overdraft(to_zero) is None
    assert overdraft(beyond).en.endswith("beyond its agreed limit of 5,000.00 CNY")
    assert beyond.alert


def test_credits_and_accounts_without_a_floor_never_overdraw():
    credit = one(100.0, direction="credit", balance_after=-400.0, overdraft_floor=0.0)
    loan = one(100.0, balance_after=-100_000.0, overdraft_floor=None)
    unknown = one(100.0, overdraft_floor=0.0)

    for txn in (credit, loan, unknown):
        assert overdraft(anomaly.score_transaction(txn, [])) is None
