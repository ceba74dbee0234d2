"""Risk through the real schema: assessments, four eyes, alerts, model card."""

from __future__ import annotations

from decimal import Decimal

import pytest

from cims.analytics import credit, registry
from cims.api.ids import to_global_id
from cims.domain import risk
from cims.domain.actor import Actor
from cims.models import Alert, Branch, CreditDecision, StaffMember
from tests.api.test_customers import gql
from tests.domain.test_risk import (
    german_model,  # noqa: F401  (session fixture: one trained model)
    history,
    make_customer,
    officer,
    outlier,
)

ASSESS = """
mutation Assess($input: AssessCreditRiskInput!) {
  assessCreditRisk(input: $input) {
    __typename
    ... on CreditAssessment { id grade status probability points
                              factors { input en zh effect }
                              recommendedLimit { amount currency } }
    ... on Error { code message }
  }
}
"""

DECIDE = """
mutation Decide($input: DecideCreditAssessmentInput!) {
  decideCreditAssessment(input: $input) {
    __typename
    ... on CreditAssessment { id status decision { decision approvedLimit { amount }
                              decidedBy secondApprover needsSecondApprover } }
    ... on Error { code message }
    ... on ValidationError { fields { field code } }
  }
}
"""

CUSTOMER_RISK = """
query Risk($id: ID!) {
  customer(id: $id) {
    latestCreditAssessment { grade probability factors { en } }
    creditAssessments(first: 5) { totalCount edges { node { grade } } }
  }
}
"""

ALERTS = """
query Alerts($status: [AlertStatus!]) {
  alerts(status: $status, first: 10) {
    totalCount
    edges { node { id status score reasons { code en zh }
                   transaction { amount { amount } } } }
  }
}
"""

REVIEW = """
mutation Review($input: ReviewAlertInput!) {
  reviewAlert(input: $input) {
    __typename
    ... on Alert { status reviewer reviewerName reviewReason }
    ... on InvalidTransitionError { code currentState allowedSteps }
    ... on Error { code }
  }
}
"""

CARD = """
query Card($kind: String) {
  modelCard(kind: $kind) {
    kind version algorithm auc ks brier calibrationError customers warnAt scorePsi
    choice { code passedOver passedOverCalibrationError bestCalibrationError }
    calibration { meanPd badRate rows }
    importance { input en importance }
    stability { input psi warning }
  }
}
"""

pytestmark = pytest.mark.usefixtures("german_model")

TELLER = frozenset({"customer.read", "account.read", "transaction.read"})


@pytest.fixture
async def home(database) -> Branch:
    return await Branch.create(
        code="SH01", name="上海", name_en="Shanghai", city="上海"
    )


async def assess(client, caller, customer) -> dict:
    caller.actor = officer()
    body = await gql(
        client, ASSESS, input={"customerId": to_global_id("Customer", customer.id)}
    )
    return body["data"]["assessCreditRisk"]


async def test_assess_returns_grade_probability_and_factors(
    client,
    caller,
    home,
):
    customer = await make_customer(home, 5)

    result = await assess(client, caller, customer)

    assert result["__typename"] == "CreditAssessment"
    assert result["grade"] in {"A", "B", "C", "D", "E"}
    assert 0 < result["probability"] < 1
    assert len(result["factors"]) == 3 and result["factors"][0]["zh"]
    assert result["recommendedLimit"]["currency"] == "CNY"


async def test_a_teller_sees_no_credit_assessment(
    client,
    caller,
    home,
):
    """A grade is a credit assessment too: reading any of it takes risk.read."""
    customer = await make_customer(home, 6)
    await assess(client, caller, customer)
    caller.actor = Actor(subject="teller", permissions=TELLER)

    body = await gql(client, CUSTOMER_RISK, id=to_global_id("Customer", customer.id))

    assert body["data"]["customer"] == {
        "latestCreditAssessment": None,
        "creditAssessments": None,
    }
    assert {e["extensions"]["code"] for e in body["errors"]} == {"FORBIDDEN"}
    paths = sorted(e["path"][-1] for e in body["errors"])
    assert paths == ["creditAssessments", "latestCreditAssessment"]


async def test_risk_officer_sees_probability_and_factors(
    client,
    caller,
    home,
):
    customer = await make_customer(home, 7)
    await assess(client, caller, customer)

    body = await gql(client, CUSTOMER_RISK, id=to_global_id("Customer", customer.id))

    assert body.get("data", {}).get("customer") is not None, body
    latest = body["data"]["customer"]["latestCreditAssessment"]
    assert "errors" not in body
    assert 0 < latest["probability"] < 1 and len(latest["factors"]) == 3


async def test_four_eyes_same_officer_twice_is_refused(
    client,
    caller,
    home,
    monkeypatch,
):
    monkeypatch.setenv("CIMS_RISK_FOUR_EYES_ABOVE", "1000")
    assessed = await assess(client, caller, await make_customer(home, 8))
    decision = {
        "assessmentId": assessed["id"],
        "decision": "APPROVE",
        "limit": "5000.00",
        "reason": "salary account for years",
    }

    first = await gql(client, DECIDE, input=decision)
    second = await gql(client, DECIDE, input=decision)

    first = first["data"]["decideCreditAssessment"]
    assert first["status"] == "PENDING"
    assert first["decision"]["needsSecondApprover"] is True
    refused = second["data"]["decideCreditAssessment"]
    assert refused["__typename"] == "RefusedError"
    assert refused["code"] == "SAME_APPROVER"
    assert (await CreditDecision.get()).second_approver is None


@pytest.mark.parametrize("limit", ["100.001", "5000.125"])
async def test_a_limit_with_too_many_decimals_is_refused_not_rounded(
    client, caller, home, limit
):
    assessed = await assess(client, caller, await make_customer(home, 10))
    decision = {
        "assessmentId": assessed["id"],
        "decision": "APPROVE",
        "limit": limit,
        "reason": "salary account for years",
    }

    body = await gql(client, DECIDE, input=decision)

    refused = body["data"]["decideCreditAssessment"]
    assert refused["__typename"] == "ValidationError"
    assert refused["fields"] == [{"field": "limit", "code": "TOO_MANY_DECIMALS"}]
    assert await CreditDecision.all().count() == 0


async def test_second_officer_confirms_then_the_assessment_is_final(
    client,
    caller,
    home,
    monkeypatch,
):
    monkeypatch.setenv("CIMS_RISK_FOUR_EYES_ABOVE", "1000")
    assessed = await assess(client, caller, await make_customer(home, 9))
    decision = {
        "assessmentId": assessed["id"],
        "decision": "APPROVE",
        "limit": "5000.00",
        "reason": "ok",
    }
    await gql(client, DECIDE, input=decision)
    caller.actor = officer("officer-b")

    confirmed = await gql(client, DECIDE, input=decision | {"reason": "agree"})
    caller.actor = officer("officer-c")
    changed = await gql(client, DECIDE, input=decision | {"decision": "DECLINE"})

    result = confirmed["data"]["decideCreditAssessment"]
    assert result["status"] == "DECIDED"
    assert result["decision"]["secondApprover"] == "officer-b"
    assert changed["data"]["decideCreditAssessment"]["code"] == "ALREADY_DECIDED"
    assert (await CreditDecision.get()).decision == "approve"


async def test_alert_queue_and_review(client, caller, home):
    account = await history(await make_customer(home))
    alert = await risk.score_transaction(Actor.system(), (await outlier(account)).id)
    caller.actor = officer()
    await StaffMember.create(
        subject="officer-a",
        username="li.officer",
        display_name="李官",
        password_hash="-",
        roles=["risk_officer"],
    )

    queue = await gql(client, ALERTS, status=["OPEN"])
    reviewed = await gql(
        client,
        REVIEW,
        input={
            "alertId": to_global_id("Alert", alert.id),
            "action": "DISMISS",
            "reason": "Customer called ahead",
        },
    )
    again = await gql(
        client,
        REVIEW,
        input={
            "alertId": to_global_id("Alert", alert.id),
            "action": "ESCALATE",
            "reason": "second look",
        },
    )

    node = queue["data"]["alerts"]["edges"][0]["node"]
    assert queue["data"]["alerts"]["totalCount"] == 1
    assert "amount_spike" in [r["code"] for r in node["reasons"]]
    assert node["transaction"]["amount"]["amount"] == "80000.00"
    assert reviewed["data"]["reviewAlert"] == {
        "__typename": "Alert",
        "status": "DISMISSED",
        "reviewer": "officer-a",
        "reviewerName": "li.officer",
        "reviewReason": "Customer called ahead",
    }
    assert again["data"]["reviewAlert"]["code"] == "INVALID_TRANSITION"
    assert again["data"]["reviewAlert"]["currentState"] == "DISMISSED"
    assert (await Alert.get(id=alert.id)).status == "dismissed"


ALERT_PAGE = """
query Alerts($after: String) {
  alerts(status: [OPEN], first: 2, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node { id score } }
  }
}
"""


async def test_alert_queue_is_highest_score_first_then_newest(client, caller, home):
    account = await history(await make_customer(home))
    ids = []
    for score in (0.7, 0.9, 0.7):
        alert = await risk.score_transaction(
            Actor.system(), (await outlier(account)).id
        )
        await Alert.filter(id=alert.id).update(score=score)
        ids.append(to_global_id("Alert", alert.id))
    caller.actor = officer()

    first = (await gql(client, ALERT_PAGE))["data"]["alerts"]
    rest = (await gql(client, ALERT_PAGE, after=first["pageInfo"]["endCursor"]))["data"]

    nodes = first["edges"] + rest["alerts"]["edges"]
    assert [e["node"]["id"] for e in nodes] == [ids[1], ids[2], ids[0]]
    assert [e["node"]["score"] for e in nodes] == [0.9, 0.7, 0.7]
    assert first["pageInfo"]["hasNextPage"] is True


async def test_alerts_need_risk_read(client, caller, home):
    caller.actor = Actor(subject="teller", permissions=TELLER)

    body = await gql(client, ALERTS)

    assert body["data"]["alerts"] is None
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_model_card_reports_metrics_and_stability(
    client,
    caller,
    home,
):
    for n in range(12):
        await make_customer(home, n, annual_income=Decimal(1000 * (n + 1)))
    caller.actor = officer()

    body = await gql(client, CARD, kind="german_credit")

    card = body["data"]["modelCard"]
    assert card["kind"] == "credit-german_credit" and card["version"] == "v0001"
    assert 0.5 < card["auc"] <= 1 and 0 < card["ks"] < 1 and 0 < card["brier"] < 1
    assert len(card["calibration"]) == 10
    assert sum(b["rows"] for b in card["calibration"]) == 250
    assert len(card["importance"]) == len(credit.MAPPINGS["german_credit"].inputs)
    assert card["customers"] == 12 and card["warnAt"] == 0.25
    assert {s["input"] for s in card["stability"]} >= {"duration_in_month", "purpose"}
    assert all(s["warning"] == (s["psi"] > 0.25) for s in card["stability"])
    # Why: a code and figures, read from the stored candidates' own figures.
    stored = registry.read_metadata(card["kind"], card["version"])["metrics"]
    candidates = stored["candidates"]
    top = max(candidates, key=lambda name: candidates[name]["auc"])
    assert card["algorithm"] == stored["chosen"]
    if candidates[top]["auc"] <= candidates[stored["chosen"]]["auc"]:
        expected = {"code": "HIGHEST_AUC", "passedOver": None}
        expected |= {"passedOverCalibrationError": None, "bestCalibrationError": None}
    else:
        errors = [c["calibration_error"] for c in candidates.values()]
        expected = {"code": "BETTER_CALIBRATED", "passedOver": top}
        expected |= {
            "passedOverCalibrationError": candidates[top]["calibration_error"],
            "bestCalibrationError": min(errors),
        }
    assert card["choice"] == expected


NOT_READY = """
mutation Assess($input: AssessCreditRiskInput!) {
  assessCreditRisk(input: $input) {
    __typename
    ... on ModelNotReadyError { code message modelKind command }
  }
}
"""

BASIS = """
query Basis($id: ID!) {
  customer(id: $id) {
    latestCreditAssessment {
      probability recommendedLimit { amount }
      limitBasis { basis monthlyIncome { amount currency } monthlyObligations { amount }
                   months inflowMonths reason maxDebtToIncome cap { amount } }
    }
  }
}
"""


async def test_assess_without_a_model_answers_model_not_ready(
    client, caller, home, tmp_path, monkeypatch
):
    monkeypatch.setenv("CIMS_DATA_DIR", str(tmp_path))
    customer = await make_customer(home)
    caller.actor = officer()

    body = await gql(
        client, NOT_READY, input={"customerId": to_global_id("Customer", customer.id)}
    )
    card = await gql(client, CARD, kind="german_credit")

    assert body["data"]["assessCreditRisk"] == {
        "__typename": "ModelNotReadyError",
        "code": "MODEL_NOT_READY",
        "message": "No credit-german_credit model is active yet: an administrator "
        "runs `cims train credit --dataset german_credit` first",
        "modelKind": "credit-german_credit",
        "command": "cims train credit --dataset german_credit",
    }
    assert card["data"]["modelCard"] is None and "errors" not in card


async def test_an_assessment_names_its_currency_even_without_a_recommended_limit(
    client, caller, home
):
    customer = await make_customer(home, 4, annual_income=None, currency="HKD")
    await assess(client, caller, customer)
    query = (
        "query Currency($id: ID!) { customer(id: $id) { latestCreditAssessment "
        "{ currency recommendedLimit { amount } } } }"
    )

    body = await gql(client, query, id=to_global_id("Customer", customer.id))

    # The decision form's limit is in it: a label or a rule must not guess CNY.
    assert body["data"]["customer"]["latestCreditAssessment"] == {
        "currency": "HKD",
        "recommendedLimit": None,
    }


async def test_no_limit_is_recommended_without_income_and_the_basis_says_so(
    client, caller, home
):
    customer = await make_customer(home, 4, annual_income=None)
    await assess(client, caller, customer)

    body = await gql(client, BASIS, id=to_global_id("Customer", customer.id))

    latest = body["data"]["customer"]["latestCreditAssessment"]
    assert latest == {
        "probability": latest["probability"],
        "recommendedLimit": None,
        "limitBasis": {
            "basis": "NONE",
            "monthlyIncome": None,
            "monthlyObligations": {"amount": "1000.00"},
            "months": 6,
            "inflowMonths": 0,
            "reason": "NO_INCOME",
            "maxDebtToIncome": 0.5,
            "cap": {"amount": "500000"},
        },
    }


async def test_recorded_income_basis_is_shown_with_the_limit(client, caller, home):
    customer = await make_customer(home, 5)
    await assess(client, caller, customer)

    body = await gql(client, BASIS, id=to_global_id("Customer", customer.id))

    latest = body["data"]["customer"]["latestCreditAssessment"]
    assert latest["limitBasis"]["basis"] == "RECORDED_INCOME"
    assert latest["limitBasis"]["monthlyIncome"] == {
        "amount": "20000.00",
        "currency": "CNY",
    }
    expected = credit.recommend_limit(
        Decimal(20000), Decimal(1000), latest["probability"]
    )
    assert Decimal(latest["recommendedLimit"]["amount"]) == expected


async def test_a_zero_limit_comes_with_its_reason(client, caller, home):
    customer = await make_customer(
        home, 6, annual_income=Decimal("78756.60"), liabilities=Decimal("46878.94")
    )
    await assess(client, caller, customer)

    body = await gql(client, BASIS, id=to_global_id("Customer", customer.id))

    latest = body["data"]["customer"]["latestCreditAssessment"]
    assert latest["recommendedLimit"] == {"amount": "0.00"}
    assert latest["limitBasis"]["reason"] == "DEBT_RATIO"
    assert latest["limitBasis"]["monthlyObligations"] == {"amount": "3906.58"}
