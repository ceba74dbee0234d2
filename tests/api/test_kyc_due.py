"""The compliance follow-up list: KYC documents expired or expiring soon, paged."""

from __future__ import annotations

import datetime as dt

import pytest

from cims.api.ids import to_global_id
from cims.domain import customers, kyc
from cims.domain.actor import Actor
from tests.api.test_customers import gql
from tests.factories import SYSTEM, branch, customer_from_german

DUE = """
query Due($d: Int!, $expired: Boolean!, $first: Int, $after: String) {
  kycDocumentsDue(withinDays: $d, expired: $expired, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id number expiresOn expiryState status customer { customerNo } } }
  }
}
"""

ADMIN = Actor(
    subject="admin",
    permissions=frozenset({"customer.read", "kyc.manage", "kyc.verify"}),
)


def _as(caller, *permissions: str, branch_id=None) -> None:
    caller.actor = Actor(
        subject="officer", permissions=frozenset(permissions), branch_id=branch_id
    )


async def _document(person, days: int, number: str):
    today = dt.date.today()
    new = kyc.NewDocument(
        doc_type="passport",
        number=number,
        issuing_country="CN",
        issued_on=dt.date(2016, 1, 1),
        expires_on=today + dt.timedelta(days=days),
    )
    return await kyc.add_document(ADMIN, person.id, new)


@pytest.fixture
async def documents():
    home, other = await branch("BJ01"), await branch("SH01")
    a, b = await customer_from_german(1, home), await customer_from_german(2, home)
    away = await customer_from_german(3, other)
    rows = {
        "expired_long": await _document(a, -400, "E00000001"),
        "expired": await _document(b, -1, "E00000002"),
        "today": await _document(a, 0, "E00000003"),
        "in_10": await _document(b, 10, "E00000004"),
        "in_25": await _document(a, 25, "E00000005"),
        "in_80": await _document(b, 80, "E00000006"),
        "in_200": await _document(a, 200, "E00000007"),
        "away_in_5": await _document(away, 5, "E00000008"),
        "away_expired": await _document(away, -3, "E00000009"),
    }
    retired = await _document(a, 3, "E00000010")
    await kyc.retire_document(ADMIN, retired.id, retired.version, "换发新证")
    return home, rows


def _ids(body: dict) -> list[str]:
    return [e["node"]["id"] for e in body["data"]["kycDocumentsDue"]["edges"]]


def _gids(rows: dict, *names: str) -> list[str]:
    return [to_global_id("KycDocument", rows[n].id) for n in names]


async def test_expiring_within_the_window_soonest_first(client, caller, documents):
    _, rows = documents
    _as(caller, "customer.read")

    within_30 = await gql(client, DUE, d=30, expired=False)
    within_90 = await gql(client, DUE, d=90, expired=False)

    assert _ids(within_30) == _gids(rows, "today", "away_in_5", "in_10", "in_25")
    assert within_90["data"]["kycDocumentsDue"]["totalCount"] == 5
    assert _ids(within_90)[-1] == _gids(rows, "in_80")[0]


async def test_already_expired_ones_apart(client, caller, documents):
    _, rows = documents
    _as(caller, "customer.read")

    body = await gql(client, DUE, d=30, expired=True)

    assert _ids(body) == _gids(rows, "expired_long", "away_expired", "expired")
    states = {
        e["node"]["expiryState"] for e in body["data"]["kycDocumentsDue"]["edges"]
    }
    assert states == {"EXPIRED"}


async def test_pages_neither_skip_nor_repeat(client, caller, documents):
    _, rows = documents
    _as(caller, "customer.read")

    seen, after = [], None
    while True:
        body = await gql(client, DUE, d=90, expired=False, first=2, after=after)
        page = body["data"]["kycDocumentsDue"]
        seen += _ids(body)
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]

    assert seen == _gids(rows, "today", "away_in_5", "in_10", "in_25", "in_80")


async def test_branch_staff_see_their_branch_only(client, caller, documents):
    home, rows = documents
    _as(caller, "customer.read", branch_id=home.id)

    soon = await gql(client, DUE, d=30, expired=False)
    gone = await gql(client, DUE, d=30, expired=True)

    assert _ids(soon) == _gids(rows, "today", "in_10", "in_25")
    assert _ids(gone) == _gids(rows, "expired_long", "expired")


async def test_the_number_is_masked_without_pii_permission(client, caller, documents):
    _as(caller, "customer.read")
    masked = await gql(client, DUE, d=0, expired=False)
    _as(caller, "customer.read", "customer.pii.read")
    clear = await gql(client, DUE, d=0, expired=False)

    shown = masked["data"]["kycDocumentsDue"]["edges"][0]["node"]["number"]
    assert shown != "E00000003" and "*" in shown
    assert clear["data"]["kycDocumentsDue"]["edges"][0]["node"]["number"] == "E00000003"


async def test_archived_customers_drop_out(client, caller, documents):
    _, rows = documents
    person = await rows["in_10"].customer
    await customers.archive(SYSTEM, person.id, person.version)
    _as(caller, "customer.read")

    body = await gql(client, DUE, d=30, expired=False)

    assert _gids(rows, "in_10")[0] not in _ids(body)


async def test_bad_input_and_no_permission_are_clear_errors(client, caller, documents):
    _as(caller, "customer.read")
    too_far = await gql(client, DUE, d=5000, expired=False)
    _as(caller, "complaint.read")
    refused = await gql(client, DUE, d=30, expired=False)

    assert too_far["errors"][0]["extensions"]["code"] == "VALIDATION_FAILED"
    assert refused["data"]["kycDocumentsDue"] is None
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"
