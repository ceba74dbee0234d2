"""postTransactions and alertChanged through the real schema."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from cims.api.ids import to_global_id
from cims.app import create_app
from cims.auth.policy import ROLES
from cims.domain import events, risk
from cims.domain.actor import Actor
from cims.models import Account, Alert, Branch, Transaction
from tests.api.test_customers import gql
from tests.api.test_subscriptions import WAIT, Socket
from tests.domain.test_risk import START, history, make_customer, officer, outlier

CORE = Actor(subject="core-banking", permissions=ROLES["core_banking"])

POST = """
mutation Post($input: PostTransactionsInput!) {
  postTransactions(input: $input) {
    __typename
    ... on PostedTransactions {
      booked rejected alerts
      outcomes {
        __typename
        ... on BookedTransaction {
          index alerted
          transaction { amount { amount currency } direction channel }
          alert { score reasons { code en } }
        }
        ... on RejectedTransaction {
          index error { code fields { field code message } }
        }
      }
    }
    ... on Error { code message }
  }
}
"""

WATCH = """
subscription { alertChanged { kind alert { id status reasons { code } } } }
"""


@pytest.fixture
async def home(database) -> Branch:
    return await Branch.create(
        code="SH01", name="上海", name_en="Shanghai", city="上海"
    )


def entry(number: str, amount: str, **values) -> dict:
    return {
        "accountNumber": number,
        "bookedAt": (START + timedelta(days=30, hours=1)).isoformat(),
        "amount": amount,
        "direction": "DEBIT",
        "channel": "MOBILE",
        "category": "transfer",
    } | values


async def test_core_banking_posts_an_outlier_and_a_bad_entry(client, caller, home):
    account = await history(await make_customer(home))
    caller.actor = CORE
    entries = [entry(account.number, "80000.00"), entry("6299", "1.00")]

    body = await gql(client, POST, input={"transactions": entries})

    result = body["data"]["postTransactions"]
    assert (result["booked"], result["rejected"], result["alerts"]) == (1, 1, 1)
    booked, rejected = result["outcomes"]
    assert booked["index"] == 0 and booked["alerted"] is True
    assert booked["transaction"]["amount"] == {"amount": "80000.00", "currency": "CNY"}
    # The core banking system may not read alerts: it learns only that one opened.
    assert booked["alert"] is None
    assert [e["path"][-1] for e in body["errors"]] == ["alert"]
    assert {e["extensions"]["code"] for e in body["errors"]} == {"FORBIDDEN"}
    assert rejected["index"] == 1
    assert rejected["error"]["code"] == "VALIDATION_FAILED"
    assert rejected["error"]["fields"][0]["field"] == "accountNumber"
    assert rejected["error"]["fields"][0]["code"] == "UNKNOWN_ACCOUNT"
    assert await Alert.all().count() == 1


@pytest.mark.parametrize("amount", ["5.129", "80000.001"])
async def test_an_amount_with_too_many_decimals_is_refused_not_rounded(
    client, caller, home, amount
):
    account = await history(await make_customer(home))
    caller.actor = CORE
    before = await Transaction.all().count()

    body = await gql(
        client, POST, input={"transactions": [entry(account.number, amount)]}
    )

    result = body["data"]["postTransactions"]
    assert (result["booked"], result["rejected"]) == (0, 1)
    fields = result["outcomes"][0]["error"]["fields"]
    assert [(f["field"], f["code"]) for f in fields] == [
        ("amount", "TOO_MANY_DECIMALS")
    ]
    assert await Transaction.all().count() == before


async def test_a_risk_officer_posting_sees_the_alert_and_its_reason(
    client, caller, home
):
    account = await history(await make_customer(home))
    caller.actor = Actor(
        subject="admin", permissions=ROLES["core_banking"] | ROLES["risk_officer"]
    )

    body = await gql(
        client, POST, input={"transactions": [entry(account.number, "80000.00")]}
    )

    assert "errors" not in body
    alert = body["data"]["postTransactions"]["outcomes"][0]["alert"]
    assert alert["score"] >= 0.6
    spike = next(r for r in alert["reasons"] if r["code"] == "amount_spike")
    assert "usual" in spike["en"]


async def test_posting_without_the_permission_is_refused(client, caller, home):
    account = await history(await make_customer(home))
    count = await Transaction.all().count()
    caller.actor = officer()

    body = await gql(
        client, POST, input={"transactions": [entry(account.number, "10.00")]}
    )

    payload = body["data"]["postTransactions"]
    assert payload == {
        "__typename": "PermissionDeniedError",
        "code": "FORBIDDEN",
        "message": "Permission transaction.write is required",
    }
    assert await Transaction.all().count() == count


async def test_an_amount_in_exponent_notation_is_refused_before_anything_is_stored(
    client, caller, home
):
    account = await history(await make_customer(home))
    count = await Transaction.all().count()
    caller.actor = CORE
    entries = [entry(account.number, "10.00"), entry(account.number, "1e10")]

    body = await gql(client, POST, input={"transactions": entries})
    literal = (
        f'{{accountNumber: "{account.number}", bookedAt: "{entries[0]["bookedAt"]}", '
        'amount: "1E+10", direction: DEBIT, channel: MOBILE, category: "x"}'
    )
    inline = await gql(
        client,
        f"mutation {{ postTransactions(input: {{transactions: [{literal}]}}) "
        "{ __typename } }",
    )

    assert body.get("data") is None
    [error] = body["errors"]
    assert error["message"] == (
        "Variable '$input' has an invalid value at transactions[1].amount. "
        "Not an amount; use digits and a decimal point"
    )
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert error["extensions"]["field"] == "transactions[1].amount"
    assert error["extensions"]["path"] == "input.transactions[1].amount"
    [error] = inline["errors"]
    assert inline.get("data") is None
    assert error["message"].endswith("Not an amount; use digits and a decimal point")
    assert "1E+10" not in error["message"]
    assert await Transaction.all().count() == count


@pytest.mark.parametrize("amount", ["12,000.50", "1e5", "NaN"])
async def test_a_refused_amount_names_its_entry(client, caller, home, amount):
    account = await history(await make_customer(home))
    count = await Transaction.all().count()
    caller.actor = CORE
    entries = [entry(account.number, "10.00") for _ in range(5)]
    entries[3]["amount"] = amount

    body = await gql(client, POST, input={"transactions": entries})

    assert body.get("data") is None
    [error] = body["errors"]
    assert error["message"].startswith(
        "Variable '$input' has an invalid value at transactions[3].amount. "
    )
    assert amount not in error["message"]
    assert error["extensions"]["field"] == "transactions[3].amount"
    assert error["extensions"]["path"] == "input.transactions[3].amount"
    assert await Transaction.all().count() == count


# ---------------------------------------------------------------------------
# alertChanged


@pytest.fixture
async def app(session_settings, database, caller):
    caller.actor = officer()
    return create_app(session_settings, connect=False, resolve_actor=caller.resolve)


async def watch(socket: Socket) -> None:
    await socket.init()
    await socket.send({"id": "1", "type": "subscribe", "payload": {"query": WATCH}})
    for _ in range(WAIT * 100):
        if events.subscriber_count(risk.TOPIC):
            return
        await asyncio.sleep(0.01)
    raise AssertionError("the subscription did not start")


async def test_raised_then_reviewed_alert_is_pushed(app, home):
    account = await history(await make_customer(home))
    async with Socket(app) as socket:
        await watch(socket)

        alert = await risk.score_transaction(
            Actor.system(), (await outlier(account)).id
        )
        raised = await socket.receive()
        await risk.review_alert(officer("b"), alert.id, "escalate", "large transfer")
        reviewed = await socket.receive()

    first = raised["payload"]["data"]["alertChanged"]
    assert first["kind"] == "RAISED" and first["alert"]["status"] == "OPEN"
    assert first["alert"]["id"] == to_global_id("Alert", alert.id)
    assert "amount_spike" in [r["code"] for r in first["alert"]["reasons"]]
    second = reviewed["payload"]["data"]["alertChanged"]
    assert (second["kind"], second["alert"]["status"]) == ("REVIEWED", "ESCALATED")


async def test_alerts_of_another_branch_are_not_pushed(app, caller, home):
    other = await Branch.create(code="BJ02", name="北京", name_en="Beijing", city="京")
    theirs = await history(await make_customer(other, 1), code="DEP02")
    mine = await history(await make_customer(home, 2), code="DEP03")
    caller.actor = officer(branch_id=home.id)
    async with Socket(app) as socket:
        await watch(socket)

        await risk.score_transaction(Actor.system(), (await outlier(theirs)).id)
        alert = await risk.score_transaction(Actor.system(), (await outlier(mine)).id)
        message = await socket.receive()

    pushed = message["payload"]["data"]["alertChanged"]["alert"]
    assert pushed["id"] == to_global_id("Alert", alert.id)


async def test_subscribing_without_risk_read_is_an_error(app, caller):
    caller.actor = Actor(subject="teller", permissions=frozenset({"customer.read"}))
    async with Socket(app) as socket:
        await socket.init()
        await socket.send({"id": "1", "type": "subscribe", "payload": {"query": WATCH}})
        message = await socket.receive()

    errors = (
        message["payload"]
        if message["type"] == "error"
        else message["payload"]["errors"]
    )
    assert [e["message"] for e in errors] == ["Permission risk.read is required"]
    assert events.subscriber_count(risk.TOPIC) == 0


RESEND = """
mutation Post($input: PostTransactionsInput!) {
  postTransactions(input: $input) {
    ... on PostedTransactions {
      booked alreadyBooked rejected
      outcomes {
        ... on BookedTransaction { alreadyBooked transaction { id reference } }
      }
    }
  }
}
"""


async def test_a_resent_reference_is_booked_once(client, caller, home):
    account = await history(await make_customer(home))
    caller.actor = CORE
    entries = [entry(account.number, "88.00", reference="CB-20261204-0001")]

    first = await gql(client, RESEND, input={"transactions": entries})
    again = await gql(client, RESEND, input={"transactions": entries})

    one = first["data"]["postTransactions"]
    two = again["data"]["postTransactions"]
    assert (one["booked"], one["alreadyBooked"]) == (1, 0)
    assert (two["booked"], two["alreadyBooked"], two["rejected"]) == (0, 1, 0)
    [stored], [known] = one["outcomes"], two["outcomes"]
    assert stored["alreadyBooked"] is False and known["alreadyBooked"] is True
    assert known["transaction"] == stored["transaction"]
    assert stored["transaction"]["reference"] == "CB-20261204-0001"
    assert await Transaction.filter(reference="CB-20261204-0001").count() == 1


@pytest.mark.parametrize(
    "changed", [{"amount": "89.00"}, {"direction": "CREDIT"}, {"bookedAt": None}]
)
async def test_a_reference_resent_for_another_booking_is_refused(
    client, caller, home, changed
):
    account = await history(await make_customer(home))
    caller.actor = CORE
    first = entry(account.number, "88.00", reference="CB-20261204-0002")
    if changed.get("bookedAt", "") is None:
        changed = {"bookedAt": (START + timedelta(days=31)).isoformat()}
    await gql(client, RESEND, input={"transactions": [first]})
    balance = (await Account.get(id=account.id)).balance

    again = await gql(client, POST, input={"transactions": [first | changed]})
    same = await gql(client, RESEND, input={"transactions": [first]})

    result = again["data"]["postTransactions"]
    assert (result["booked"], result["rejected"]) == (0, 1)
    [rejected] = result["outcomes"]
    assert rejected["__typename"] == "RejectedTransaction"
    assert rejected["error"]["fields"] == [
        {
            "field": "reference",
            "code": "REFERENCE_REUSED",
            "message": "This reference is booked on the account with another "
            "amount, direction, currency or time",
        }
    ]
    resent = same["data"]["postTransactions"]
    assert (resent["booked"], resent["alreadyBooked"], resent["rejected"]) == (0, 1, 0)
    assert await Transaction.filter(reference="CB-20261204-0002").count() == 1
    assert (await Account.get(id=account.id)).balance == balance
