"""Credit assessments, decisions with four eyes, and abnormal-transaction alerts."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from cims.analytics import credit, registry
from cims.domain import events, risk
from cims.domain.actor import Actor
from cims.domain.errors import (
    InvalidTransition,
    ModelNotReady,
    NotFound,
    PermissionDenied,
    Refused,
    ValidationFailed,
)
from cims.models import (
    Account,
    Alert,
    AuditEvent,
    Branch,
    CreditAssessment,
    CreditDecision,
    Customer,
    Product,
    Transaction,
)

OFFICER = frozenset(
    {
        "customer.read",
        "transaction.read",
        "risk.read",
        "risk.assess",
        "risk.decide",
        "alert.review",
    }
)


def officer(subject: str = "officer-a", branch_id: int | None = None) -> Actor:
    return Actor(subject=subject, permissions=OFFICER, branch_id=branch_id)


@pytest.fixture(scope="session")
def german_model(session_settings):
    """One german_credit model for the session, trained without cross-validation."""
    kind = credit.credit_kind(credit.MAPPINGS["german_credit"])
    if not risk._has_active(kind):
        risk.train_credit_model("german_credit", "test", cv_folds=0)
    return kind


def german_row(n: int) -> dict:
    with (credit.DATA_DIR / "german_credit.csv").open(newline="") as handle:
        for i, row in enumerate(csv.DictReader(handle)):
            if i == n:
                return row
    raise IndexError(n)


async def make_customer(branch: Branch, n: int = 0, **values) -> Customer:
    row = german_row(n)
    attributes = {"dataset": "german_credit", "source_row": n + 1, **row}
    defaults = {
        "customer_no": f"C1{n:06d}",
        "kind": "individual",
        "full_name": f"测试{n}",
        "name_key": f"测试{n}",
        "branch": branch,
        "birth_date": date(1980, 5, 1),
        "annual_income": Decimal("240000.00"),
        "liabilities": Decimal("12000.00"),
        "custom_attributes": attributes,
    }
    return await Customer.create(**(defaults | values))


@pytest.fixture
async def assessed(branch, german_model) -> CreditAssessment:
    customer = await make_customer(branch)
    return await risk.assess_credit_risk(officer(), customer.id)


async def test_assessment_snapshots_the_source_row_and_no_personal_data(
    branch, german_model
):
    customer = await make_customer(branch, 3)

    row = await risk.assess_credit_risk(officer(), customer.id)

    values = row.inputs["values"]
    source = german_row(3)
    assert row.inputs["dataset"] == "german_credit"
    assert values["duration_in_month"] == source["duration_in_month"]
    assert values["purpose"] == source["purpose"]
    assert "personal_status_and_sex" not in values
    assert "full_name" not in values and "label" not in values
    assert row.model_kind == german_model and row.model_version == "v0001"
    assert 0.0 < row.probability < 1.0
    assert row.grade == credit.grade_of(row.probability)
    assert len(row.factors) == 3 and {"en", "zh"} <= set(row.factors[0])
    assert row.status == "pending"
    assert (
        await AuditEvent.filter(action="risk.assess", entity_id=str(row.id)).count()
        == 1
    )


def test_model_inputs_convert_money_back_to_the_training_unit():
    customer = Customer(
        birth_date=date(1990, 6, 30),
        annual_income=Decimal("120000"),
        assets=None,
        liabilities=Decimal("0"),
        custom_attributes={},
    )

    values = risk.model_inputs(customer, [], "credit_scoring", date(2026, 6, 29))

    assert values["Age"] == 35
    assert values["Income"] == pytest.approx(10000 / float(risk.CNY_PER_THOUSAND_ESP))
    assert values["Assets"] is None and values["Debt"] == 0.0
    assert values["Home"] is None


async def test_assessment_needs_the_assess_permission(branch, german_model):
    customer = await make_customer(branch)
    reader = Actor(subject="reader", permissions=frozenset({"customer.read"}))

    with pytest.raises(PermissionDenied) as raised:
        await risk.assess_credit_risk(reader, customer.id)

    assert raised.value.permission == "risk.assess"
    assert await CreditAssessment.all().count() == 0


async def test_assessment_outside_the_branch_is_not_found(branch, german_model):
    customer = await make_customer(branch)
    other = await Branch.create(
        code="BJ02", name="北京", name_en="Beijing", city="北京"
    )

    with pytest.raises(NotFound):
        await risk.assess_credit_risk(officer(branch_id=other.id), customer.id)

    assert await CreditAssessment.all().count() == 0


async def test_decision_below_four_eyes_closes_the_assessment(assessed):
    row = await risk.decide(officer(), assessed.id, "approve", Decimal("5000"), "ok")

    decision = await CreditDecision.get(assessment_id=assessed.id)
    assert row.status == "decided"
    assert decision.approved_limit == Decimal("5000.00")
    assert decision.needs_second is False and decision.second_approver is None


async def test_decided_assessment_cannot_change(assessed):
    await risk.decide(officer(), assessed.id, "decline", None, "thin file")

    with pytest.raises(Refused) as raised:
        await risk.decide(
            officer("officer-b"), assessed.id, "approve", Decimal("10"), "x"
        )

    assert raised.value.code == "ALREADY_DECIDED"
    decision = await CreditDecision.get(assessment_id=assessed.id)
    assert decision.decision == "decline" and decision.approved_limit == Decimal("0")
    assert await CreditDecision.all().count() == 1


async def test_four_eyes_refuses_the_same_officer_twice(assessed, monkeypatch):
    monkeypatch.setenv("CIMS_RISK_FOUR_EYES_ABOVE", "1000")
    first = await risk.decide(officer(), assessed.id, "approve", Decimal("5000"), "ok")

    with pytest.raises(Refused) as raised:
        await risk.decide(officer(), assessed.id, "approve", Decimal("5000"), "again")

    assert first.status == "pending"
    assert raised.value.code == "SAME_APPROVER"
    decision = await CreditDecision.get(assessment_id=assessed.id)
    assert decision.needs_second is True and decision.second_approver is None
    assert (await CreditAssessment.get(id=assessed.id)).status == "pending"


async def test_four_eyes_second_officer_confirms(assessed, monkeypatch):
    monkeypatch.setenv("CIMS_RISK_FOUR_EYES_ABOVE", "1000")
    await risk.decide(officer(), assessed.id, "approve", Decimal("5000"), "ok")

    row = await risk.decide(officer("officer-b"), assessed.id, "approve", None, "agree")

    decision = await CreditDecision.get(assessment_id=assessed.id)
    assert row.status == "decided"
    assert decision.second_approver == "officer-b"
    assert decision.second_approved_at is not None
    assert await AuditEvent.filter(action="risk.decide").count() == 2


async def test_second_officer_cannot_change_the_limit(assessed, monkeypatch):
    monkeypatch.setenv("CIMS_RISK_FOUR_EYES_ABOVE", "1000")
    await risk.decide(officer(), assessed.id, "approve", Decimal("5000"), "ok")

    with pytest.raises(ValidationFailed) as raised:
        await risk.decide(
            officer("officer-b"), assessed.id, "approve", Decimal("9000"), "x"
        )

    assert raised.value.problems[0].code == "DECISION_MISMATCH"
    assert (await CreditDecision.get(assessment_id=assessed.id)).second_approver is None


async def test_reduced_limit_must_be_below_the_recommendation(assessed):
    above = assessed.recommended_limit + 100

    with pytest.raises(ValidationFailed) as raised:
        await risk.decide(officer(), assessed.id, "reduce", above, "x")

    assert raised.value.problems[0].field == "limit"
    assert raised.value.problems[0].code == "NOT_REDUCED"
    assert await CreditDecision.all().count() == 0


async def test_decision_needs_a_reason_and_the_decide_permission(assessed):
    assessor = Actor(subject="rm", permissions=frozenset({"risk.assess"}))

    with pytest.raises(ValidationFailed):
        await risk.decide(officer(), assessed.id, "decline", None, "  ")
    with pytest.raises(PermissionDenied):
        await risk.decide(assessor, assessed.id, "decline", None, "no")

    assert await CreditDecision.all().count() == 0


# ---------------------------------------------------------------------------
# Alerts

START = datetime(2026, 10, 1, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai


async def history(customer: Customer, days: int = 30, code: str = "DEP01") -> Account:
    product = await Product.create(
        code=code, name="活期", name_en="Current", category="deposit"
    )
    account = await Account.create(
        customer=customer,
        product=product,
        number=f"62{customer.id:010d}",
        opened_on=date(2025, 1, 1),
        # What is left of an opening deposit after the debits below.
        balance=Decimal("10000.00"),
    )
    await Transaction.bulk_create(
        [
            Transaction(
                account=account,
                customer=customer,
                booked_at=START + timedelta(days=i),
                amount=Decimal(90 + i % 20),
                direction="debit",
                channel="mobile",
                category="groceries",
            )
            for i in range(days)
        ]
    )
    return account


async def outlier(account: Account) -> Transaction:
    return await Transaction.create(
        account=account,
        customer_id=account.customer_id,
        booked_at=START + timedelta(days=30, hours=1),
        amount=Decimal("80000.00"),
        direction="debit",
        channel="mobile",
        category="transfer",
    )


async def test_outlier_transaction_raises_an_alert_with_its_reason(branch):
    account = await history(await make_customer(branch))
    txn = await outlier(account)

    async with events.subscribe("alerts") as feed:
        alert = await risk.score_transaction(Actor.system(), txn.id)
        published = await feed.__anext__()

    assert alert is not None and alert.status == "open"
    assert "amount_spike" in [r["code"] for r in alert.reasons]
    assert alert.score >= 0.6
    assert published["alertId"] == alert.id and "amount_spike" in published["codes"]
    assert await AuditEvent.filter(action="alert.open").count() == 1


async def test_ordinary_transaction_raises_no_alert(branch):
    account = await history(await make_customer(branch))
    usual = await Transaction.filter(account=account).order_by("-booked_at").first()

    assert await risk.score_transaction(Actor.system(), usual.id) is None
    assert await Alert.all().count() == 0


async def test_scan_opens_one_alert_per_abnormal_transaction_once(branch):
    account = await history(await make_customer(branch))
    txn = await outlier(account)
    since = START + timedelta(days=20)

    first = await risk.scan(Actor.system(), since)
    again = await risk.scan(Actor.system(), since)

    assert first.transactions == 11 and first.alerts == 1
    assert (await Alert.get(id=first.opened[0])).transaction_id == txn.id
    assert again.transactions == 10 and again.alerts == 0


async def test_dismissal_keeps_its_reason_and_closes_the_alert(branch):
    account = await history(await make_customer(branch))
    alert = await risk.score_transaction(Actor.system(), (await outlier(account)).id)

    await risk.review_alert(officer(), alert.id, "dismiss", "Known house purchase")

    stored = await Alert.get(id=alert.id)
    assert stored.status == "dismissed" and stored.reviewer == "officer-a"
    assert stored.review_reason == "Known house purchase"
    assert stored.closed_at is not None


async def test_closed_alert_cannot_be_reviewed_again(branch):
    account = await history(await make_customer(branch))
    alert = await risk.score_transaction(Actor.system(), (await outlier(account)).id)
    await risk.review_alert(officer(), alert.id, "confirm", "Fraud confirmed")

    with pytest.raises(InvalidTransition) as raised:
        await risk.review_alert(officer("b"), alert.id, "dismiss", "changed my mind")

    assert raised.value.current == "confirmed" and raised.value.allowed == []
    stored = await Alert.get(id=alert.id)
    assert stored.status == "confirmed" and stored.reviewer == "officer-a"


async def test_batch_scoring_skips_customers_with_a_recent_assessment(
    branch, german_model
):
    first, second = await make_customer(branch, 1), await make_customer(branch, 2)
    await risk.assess_credit_risk(officer(), first.id)

    assessed, current = await risk.assess_stale(Actor.system(), timedelta(days=30))

    assert (assessed, current) == (1, 1)
    assert await CreditAssessment.filter(customer_id=second.id).count() == 1
    assert await CreditAssessment.filter(customer_id=first.id).count() == 1


# ---------------------------------------------------------------------------
# Models are trained by commands, never inside a request


async def test_assessment_without_an_active_model_is_refused(
    branch, tmp_path, monkeypatch
):
    monkeypatch.setenv("CIMS_DATA_DIR", str(tmp_path))  # an empty model registry
    customer = await make_customer(branch)

    with pytest.raises(ModelNotReady) as raised:
        await risk.assess_credit_risk(officer(), customer.id)

    assert raised.value.code == "MODEL_NOT_READY"
    assert raised.value.command == "cims train credit --dataset german_credit"
    assert await CreditAssessment.all().count() == 0
    assert not (tmp_path / "models").exists()  # nothing was trained


async def test_trained_detector_is_activated_and_screens_with_the_forest(
    branch, tmp_path, monkeypatch
):
    monkeypatch.setenv("CIMS_DATA_DIR", str(tmp_path))
    for n in range(3):
        await history(await make_customer(branch, n), days=40, code=f"DEP{n}")

    version, metrics = await risk.train_anomaly_detector("test")

    assert registry.active_version(risk.ANOMALY_KIND) == version == "v0001"
    assert metrics["customers"] == 3 and metrics["transactions"] == 3 * 30
    detector = await risk._detector()
    assert detector.forest is not None and detector.model_cut < float("inf")


# ---------------------------------------------------------------------------
# The income behind a recommended limit


async def inflows(account: Account, amounts: list[str]) -> None:
    """One salary credit a month, the latest a week ago."""
    now = datetime.now(UTC)
    await Transaction.bulk_create(
        [
            Transaction(
                account=account,
                customer_id=account.customer_id,
                booked_at=now - timedelta(days=7 + 30 * i),
                amount=Decimal(amount),
                direction="credit",
                channel="online",
                category="salary",
            )
            for i, amount in enumerate(amounts)
        ]
    )


async def test_recorded_income_is_the_basis_of_the_limit(branch, german_model):
    customer = await make_customer(branch, annual_income=Decimal("240000.00"))

    row = await risk.assess_credit_risk(officer(), customer.id)

    basis = row.inputs["limit"]
    assert basis["basis"] == "recorded_income"
    assert basis["monthly_income"] == "20000.00"
    assert basis["monthly_obligations"] == "1000.00"
    expected = credit.recommend_limit(Decimal(20000), Decimal(1000), row.probability)
    assert row.recommended_limit == expected


async def test_without_income_the_limit_rests_on_estimated_inflows(
    branch, german_model
):
    customer = await make_customer(branch, annual_income=None)
    account = await history(customer)
    await inflows(account, ["9000.00", "9000.00", "12000.00"])
    # An opening deposit is money in but not income.
    await Transaction.create(
        account=account,
        customer_id=customer.id,
        booked_at=datetime.now(UTC) - timedelta(days=2),
        amount=Decimal("50000.00"),
        direction="credit",
        channel="branch",
        category="deposit",
    )

    row = await risk.assess_credit_risk(officer(), customer.id)

    basis = row.inputs["limit"]
    assert basis["basis"] == "estimated_income"
    assert basis["monthly_income"] == "5000.00"  # 30,000 over six months
    assert (basis["months"], basis["inflow_months"]) == (6, 3)
    expected = credit.recommend_limit(Decimal(5000), Decimal(1000), row.probability)
    assert row.recommended_limit == expected


async def test_a_zero_limit_says_the_debt_ratio_is_why(branch, german_model):
    # A demo customer graded A with no limit: 46,878.94 of liabilities spread over
    # twelve months exceed half of the monthly income of 6,563.05.
    customer = await make_customer(
        branch, annual_income=Decimal("78756.60"), liabilities=Decimal("46878.94")
    )

    row = await risk.assess_credit_risk(officer(), customer.id)

    assert row.recommended_limit == Decimal("0")
    basis = row.inputs["limit"]
    assert basis["reason"] == "debt_ratio"
    assert (basis["monthly_income"], basis["monthly_obligations"]) == (
        "6563.05",
        "3906.58",
    )
    assert basis["max_debt_to_income"] == "0.50"


async def test_a_plain_limit_has_no_reason_to_give(branch, german_model):
    customer = await make_customer(branch, annual_income=Decimal("240000.00"))

    row = await risk.assess_credit_risk(officer(), customer.id)

    assert row.recommended_limit > 0
    assert row.inputs["limit"]["reason"] == credit.limit_reason(
        Decimal(20000), Decimal(1000), row.probability
    )


async def test_money_factors_are_in_cny_and_categories_say_so(branch, german_model):
    money = set(credit.MAPPINGS["german_credit"].money)
    seen_money = []
    for n in range(12):
        customer = await make_customer(branch, n, customer_no=f"C9{n:06d}")
        row = await risk.assess_credit_risk(officer(), customer.id)
        values = row.inputs["values"]
        for factor in row.factors:
            if factor["input"] in money and factor["level"] in (
                "high",
                "low",
                "typical",
            ):
                seen_money.append(factor)
                dm = float(values["credit_amount"])  # values are the CSV's text
                if factor["input"] == "amount_per_month":
                    dm /= float(values["duration_in_month"])
                cny = (Decimal(str(dm)) * risk.UNIT_IN_CNY["german_credit"]).quantize(
                    Decimal("0.01")
                )
                assert factor["value"] == f"CNY {cny:,.2f}"
                assert f"(CNY {cny:,.2f})" in factor["en"]
                assert f"（CNY {cny:,.2f}）" in factor["zh"]
            if factor["level"] == "category":
                assert "(the model's input category)" in factor["en"]
                assert "（模型输入类别）" in factor["zh"]
    assert seen_money  # among twelve customers some factor is an amount


async def test_without_income_or_inflows_no_limit_is_recommended(branch, german_model):
    customer = await make_customer(branch, annual_income=None)
    await inflows(await history(customer), ["9000.00"])  # one month is too thin

    row = await risk.assess_credit_risk(officer(), customer.id)

    assert row.inputs["limit"]["basis"] == "none"
    assert row.inputs["limit"]["reason"] == "no_income"
    assert row.inputs["limit"]["monthly_income"] is None
    assert row.inputs["limit"]["inflow_months"] == 1
    assert row.recommended_limit == Decimal("0")
    with pytest.raises(ValidationFailed) as raised:
        await risk.decide(officer(), row.id, "approve", None, "looks fine")
    assert (raised.value.problems[0].field, raised.value.problems[0].code) == (
        "limit",
        "REQUIRED",
    )
    decided = await risk.decide(officer(), row.id, "approve", Decimal("3000"), "ok")
    assert decided.status == "decided"


# ---------------------------------------------------------------------------
# Large-value and overdraft rules through the stored data


async def booked(account: Account, amount: str, **values) -> Transaction:
    """Book like the booking path: store the transaction and move the balance."""
    fields = {
        "booked_at": START + timedelta(days=30, hours=1),
        "direction": "debit",
        "channel": "mobile",
        "category": "transfer_out",
    } | values
    txn = await Transaction.create(
        account=account,
        customer_id=account.customer_id,
        amount=Decimal(amount),
        **fields,
    )
    sign = 1 if fields["direction"] == "credit" else -1
    account.balance += sign * Decimal(amount)
    await account.save(update_fields=["balance"])
    return txn


def reason_codes(alert: Alert | None) -> set[str]:
    return set() if alert is None else {r["code"] for r in alert.reasons}


async def test_a_large_debit_that_overdraws_alerts_for_both_rules(branch):
    account = await history(await make_customer(branch))  # balance 10,000.00
    txn = await booked(account, "900000.00")

    alert = await risk.score_transaction(Actor.system(), txn.id)

    assert {"large_value", "overdraft"} <= reason_codes(alert)
    reasons = {r["code"]: r for r in alert.reasons}
    assert "900,000.00 CNY" in reasons["large_value"]["en"]
    assert "500,000 CNY for an individual" in reasons["large_value"]["en"]
    assert reasons["overdraft"]["en"] == (
        "Debit of 900,000.00 CNY leaves the account's balance at -890,000.00 CNY, "
        "below zero (no overdraft agreed)"
    )
    assert "低于零" in reasons["overdraft"]["zh"]


async def test_the_customer_kind_picks_the_transfer_threshold(branch):
    person = await history(await make_customer(branch, 1))
    company = await history(await make_customer(branch, 2, kind="corporate"), code="D2")
    await booked(person, "20000.00", direction="credit")  # keeps the balance positive
    to_person = await booked(person, "500000.00", direction="credit")
    to_company = await booked(company, "1999999.99", direction="credit")
    at_company = await booked(
        company, "2000000.00", direction="credit", booked_at=START + timedelta(days=31)
    )

    assert "large_value" in reason_codes(
        await risk.score_transaction(Actor.system(), to_person.id)
    )
    assert "large_value" not in reason_codes(
        await risk.score_transaction(Actor.system(), to_company.id)
    )
    assert "large_value" in reason_codes(
        await risk.score_transaction(Actor.system(), at_company.id)
    )


async def test_cash_is_told_by_channel_or_category(branch):
    account = await history(await make_customer(branch))
    await booked(account, "200000.00", direction="credit", category="transfer_in")
    below = await booked(account, "49999.99", channel="atm", category="cash_withdrawal")
    at = await booked(
        account,
        "50000.00",
        channel="branch",
        category="cash_withdrawal",
        booked_at=START + timedelta(days=32),
    )

    # Far above this customer's usual 100 or so: other rules fire, not this one.
    assert "large_value" not in reason_codes(
        await risk.score_transaction(Actor.system(), below.id)
    )
    assert "large_value" in reason_codes(
        await risk.score_transaction(Actor.system(), at.id)
    )


async def test_overdraft_follows_the_balance_and_the_agreed_limit(branch):
    account = await history(await make_customer(branch))  # balance 10,000.00
    account.credit_limit = Decimal("5000.00")  # an agreed overdraft
    await account.save(update_fields=["credit_limit"])
    within = await booked(account, "15000.00", category="groceries")
    beyond = await booked(
        account, "0.01", category="groceries", booked_at=START + timedelta(days=31)
    )
    credit = await booked(
        account, "1.00", direction="credit", booked_at=START + timedelta(days=32)
    )

    assert "overdraft" not in reason_codes(
        await risk.score_transaction(Actor.system(), within.id)
    )
    alert = await risk.score_transaction(Actor.system(), beyond.id)
    assert reason_codes(alert) == {"overdraft"}
    assert alert.reasons[0]["en"].endswith(
        "balance at -5,000.01 CNY, beyond its agreed limit of 5,000.00 CNY"
    )
    # Still overdrawn, but money came in: no overdraft alert for a credit.
    assert "overdraft" not in reason_codes(
        await risk.score_transaction(Actor.system(), credit.id)
    )


async def test_a_loan_payout_is_no_overdraft(branch):
    customer = await make_customer(branch)
    loan = await Product.create(
        code="LN1", name="贷款", name_en="Loan", category="loan"
    )
    account = await Account.create(
        customer=customer,
        product=loan,
        number="6230000000001",
        opened_on=date(2025, 1, 1),
    )
    payout = await booked(account, "30000.00", category="loan_disbursement")

    assert await risk.score_transaction(Actor.system(), payout.id) is None


async def test_scan_judges_each_transaction_with_the_balance_it_left(branch):
    account = await history(await make_customer(branch))  # balance 10,000.00
    first = await booked(account, "6000.00", category="groceries")
    second = await booked(
        account,
        "6000.00",
        category="groceries",
        booked_at=START + timedelta(days=30, hours=2),
    )
    refill = await booked(
        account,
        "9000.00",
        direction="credit",
        booked_at=START + timedelta(days=30, hours=3),
    )

    report = await risk.scan(Actor.system(), START + timedelta(days=29))

    alerts = {a.transaction_id: a for a in await Alert.filter(id__in=report.opened)}
    # Both debits are far above the usual 100 (a spike): only the second overdraws.
    assert "overdraft" not in reason_codes(alerts.get(first.id))  # 4,000.00 left
    assert "overdraft" in reason_codes(alerts.get(second.id))  # -2,000.00 left
    assert refill.id not in alerts  # 7,000.00 now: what came after does not hide it
    [said] = [r["en"] for r in alerts[second.id].reasons if r["code"] == "overdraft"]
    assert "balance at -2,000.00 CNY" in said


async def test_large_value_thresholds_come_from_the_setting(
    branch, tmp_path, monkeypatch
):
    path = tmp_path / "large.json"
    path.write_text('{"CNY": {"individual": {"transfer": 1000}}}', encoding="utf-8")
    monkeypatch.setenv(risk.LARGE_VALUE_SETTING, str(path))
    account = await history(await make_customer(branch))
    txn = await booked(account, "1000.00", direction="credit")

    alert = await risk.score_transaction(Actor.system(), txn.id)

    assert "reporting threshold of 1,000 CNY" in alert.reasons[0]["en"]


@pytest.mark.parametrize(
    ("document", "reason"),
    [
        ('{"CNY": {"robot": {"cash": 1}}}', "'robot' is not one of"),
        (
            '{"CNY": {"individual": {"cash": -1}}}',
            "CNY.individual.cash: -1 is not above 0",
        ),
        ('{"CNY": {"individual": {"cheque": 1}}}', "'cheque' is not one of"),
        ('{"yuan": {}}', "'yuan' is not a currency code"),
        ("{not json", "cannot be used"),
    ],
)
def test_a_bad_thresholds_file_is_refused_with_its_reason(
    tmp_path, monkeypatch, document, reason
):
    path = tmp_path / f"bad-{abs(hash(document))}.json"
    path.write_text(document, encoding="utf-8")
    monkeypatch.setenv(risk.LARGE_VALUE_SETTING, str(path))

    with pytest.raises(ValidationFailed) as refused:
        risk.large_value_thresholds()

    [problem] = refused.value.problems
    assert (problem.field, problem.code) == (risk.LARGE_VALUE_SETTING, "INVALID")
    assert str(path) in problem.message and reason in problem.message
