"""The benchmark's signed-in caller: a service account's token through the app.

The API benchmark and its in-process measurements (bench/api/signed.py,
security.py) send CIMS a bearer token from the client-credentials grant; these
tests run that path against the test database, so a change to sign-in that
would break the benchmark fails here first.
"""

from __future__ import annotations

import sys

import httpx
import pytest

from cims.models import AuditEvent
from tests.conftest import ROOT
from tests.factories import accounts_with_history, branch, customer_from_german

sys.path.insert(0, str(ROOT / "bench" / "api"))

from queries import cims_variables, documents  # noqa: E402
from signed import signed_in  # noqa: E402


@pytest.fixture
async def customer(database):
    row = await customer_from_german(0, await branch())
    await accounts_with_history(row, transactions=3)
    return row


async def test_customer_360_answers_a_service_token_and_audits_it(
    session_settings, customer
):
    async with signed_in(session_settings) as caller:
        data = await caller.graphql(documents(True)[0], cims_variables(customer.id))

    view = data["customer"]
    events = await AuditEvent.filter(action="pii.read", actor=caller.client_id)
    assert view["customerNo"] == customer.customer_no
    assert len(view["idNumber"]) == 18 and "*" not in view["idNumber"]
    assert view["accounts"]["totalCount"] == 2
    assert view["transactions"]["totalCount"] == 6
    assert [(e.entity, e.entity_id) for e in events] == [("Customer", str(customer.id))]


async def test_the_same_request_without_the_token_is_refused(
    session_settings, customer
):
    async with signed_in(session_settings) as caller:
        reply = await caller.http.post(
            "/graphql",
            json={
                "query": documents(True)[0],
                "variables": cims_variables(customer.id),
            },
        )

    body = reply.json()
    assert body["data"] is None
    assert [e["extensions"]["code"] for e in body["errors"]] == ["UNAUTHENTICATED"]
    assert await AuditEvent.filter(action="pii.read").count() == 0


async def test_a_wrong_secret_gets_no_token(session_settings, customer):
    from security import token

    async with signed_in(session_settings) as caller:
        with pytest.raises(httpx.HTTPStatusError):
            await token(caller.http, caller.client_id, "not-the-secret")
