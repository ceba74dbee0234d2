"""Segments, value, recommendations and the overview through the real schema."""

from __future__ import annotations

import base64
import csv
import io
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from cims.analytics import registry
from cims.api.ids import to_global_id
from cims.domain import consent, segments
from cims.domain.actor import Actor
from cims.models import (
    Account,
    AuditEvent,
    ConsentRecord,
    Product,
    Recommendation,
    Segment,
    SegmentMembership,
    Transaction,
)
from tests.api.test_customer_360 import sql_counter  # noqa: F401 (fixture)
from tests.api.test_customers import gql
from tests.factories import branch, customer_from_german

CUSTOMER = """
query One($id: ID!) {
  customer(id: $id) {
    segments { id kind name nameEn }
    value { rfm recencyScore tier lifetimeValue { currency } drivers { en zh } }
    recommendations { id rank score product { code } reason { en zh } status }
  }
}
"""

SEGMENTS = """
query Segments($kind: SegmentKind) {
  segments(kind: $kind, first: 20) {
    totalCount
    edges { node {
      id kind name nameEn size rule refreshedAt profile { en zh }
      members(first: 100) { totalCount edges { node { id } } }
    } }
  }
}
"""

CREATE = """
mutation Create($input: CreateSegmentInput!) {
  createSegment(input: $input) {
    __typename
    ... on Segment { id kind name nameEn size rule members { totalCount } }
    ... on ValidationError { code fields { field code } }
    ... on PermissionDeniedError { code permission }
  }
}
"""

PREVIEW = """
query Preview($rule: JSON!) {
  previewSegment(rule: $rule) {
    __typename
    ... on SegmentPreview { count }
    ... on ValidationError { fields { field code } }
  }
}
"""

RENAME = """
mutation Rename($input: RenameSegmentInput!) {
  renameSegment(input: $input) {
    __typename
    ... on Segment { name nameEn version }
    ... on ValidationError { fields { field code } }
    ... on NotFoundError { code }
    ... on ConflictError { code currentVersion }
  }
}
"""

OUTCOME = """
mutation Outcome($input: RecordRecommendationOutcomeInput!) {
  recordRecommendationOutcome(input: $input) {
    __typename
    ... on Recommendation { status decidedAt }
    ... on ValidationError { fields { field code } }
    ... on NotFoundError { code }
    ... on PermissionDeniedError { permission }
    ... on ConsentWithdrawnError { code purpose expired since message }
  }
}
"""

OVERVIEW = """
query Overview($segmentId: ID) {
  analyticsOverview(segmentId: $segmentId) {
    customers refreshedAt
    valueTiers { tier customers }
    segments { customers segment { kind name } }
    productPenetration { product { code } customers share }
    recommendations { offered accepted declined acceptanceRate }
  }
}
"""

BY_SEGMENT = """
query BySegment($filter: CustomerFilter) {
  customers(filter: $filter, first: 100) { totalCount edges { node { id } } }
}
"""

PAGE = """
query Page($first: Int!) {
  customers(first: $first) {
    edges { node {
      segments { name }
      value { rfm drivers { en } }
      recommendations { rank product { code } }
    } }
  }
}
"""

FEMALE = {"field": "gender", "op": "eq", "value": "female"}
SYSTEM = Actor.system()


@pytest.fixture(autouse=True)
def models_dir(tmp_path, monkeypatch):
    """Model versions in a folder of this test's own: no test sees another's."""
    settings = registry.get_settings()
    monkeypatch.setattr(
        registry, "get_settings", lambda: replace(settings, data_dir=tmp_path)
    )
    return tmp_path


async def _products() -> dict[str, Product]:
    made = {}
    for code, name_en, category in (
        ("DEP", "a current account", "deposit"),
        ("CC", "a credit card", "credit_card"),
        ("WM", "a wealth product", "wealth"),
        ("LOAN", "a personal loan", "loan"),
    ):
        made[code] = await Product.create(
            code=code, name=code, name_en=name_en, category=category
        )
    return made


async def _base(size: int = 30, females: int = 12) -> list:
    """Customers holding varied products, with varied transaction histories."""
    home, products = await branch(), await _products()
    made = []
    for i in range(size):
        gender = "female" if i < females else "male"
        row = await _customer(i, home, gender)
        await _holdings(row, i, products)
        made.append(row)
    return made


async def _customer(i: int, home, gender: str):
    """Row ``i`` of the data set with the gender a test needs (no ID number, whose
    digits would say otherwise)."""
    return await customer_from_german(
        i, home, gender=gender, id_type=None, id_number=None
    )


async def _holdings(customer, i: int, products: dict[str, Product]) -> None:
    held = ["DEP"] + (["CC"] if i % 2 else []) + (["WM"] if i % 3 == 0 else [])
    held += ["LOAN"] if i % 5 == 0 else []
    start = datetime.now(UTC) - timedelta(days=300)
    for n, code in enumerate(held):
        account = await Account.create(
            customer=customer,
            product=products[code],
            number=f"62{customer.id:08d}{n:04d}",
            balance=Decimal(1000 * (i + 1) ** (2 if code == "WM" else 1)),
            opened_on=date(2015 + i % 9, 1 + n, 1),
        )
        if code == "DEP":
            await Transaction.bulk_create(
                [
                    Transaction(
                        account=account,
                        customer=customer,
                        booked_at=start + timedelta(days=(j * 37 + i * 11) % 290),
                        amount=Decimal(50 * (i + 1)),
                        direction="credit",
                        channel=("mobile", "branch", "online", "atm")[(i + j) % 4],
                        category="salary",
                    )
                    for j in range(1 + i % 7)
                ]
            )


async def _refreshed(size: int = 30, females: int = 12) -> list:
    made = await _base(size, females)
    await segments.refresh(SYSTEM)
    return made


def _gid(kind: str, pk: int) -> str:
    return to_global_id(kind, pk)


def _as(caller, *permissions: str, branch_id: int | None = None) -> None:
    caller.actor = Actor(
        subject="staff-1", permissions=frozenset(permissions), branch_id=branch_id
    )


async def test_refresh_gives_each_customer_a_segment_a_value_and_offers(client):
    made = await _refreshed()
    held = set(
        await Account.filter(customer_id=made[1].id).values_list(
            "product__code", flat=True
        )
    )

    body = await gql(client, CUSTOMER, id=_gid("Customer", made[1].id))

    found = body["data"]["customer"]
    assert "errors" not in body
    assert [s["kind"] for s in found["segments"]] == ["LEARNED"]
    assert len(found["value"]["rfm"]) == 3
    assert found["value"]["tier"] in {"PLATINUM", "GOLD", "SILVER", "BRONZE"}
    assert found["value"]["lifetimeValue"]["currency"] == "CNY"
    # A card balance of 2,000 at a 3% margin, beside 2,000 of deposits at 1.5%.
    drivers = found["value"]["drivers"]["en"]
    assert drivers[0] == "credit earns ¥60 a year (67% of earnings)"
    assert "deposits earn ¥30 a year (33% of earnings)" in drivers
    assert len(found["value"]["drivers"]["zh"]) == len(found["value"]["drivers"]["en"])
    offers = found["recommendations"]
    assert [o["rank"] for o in offers] == list(range(1, len(offers) + 1))
    assert offers and not held & {o["product"]["code"] for o in offers}
    assert offers[0]["reason"]["en"].startswith("held by ")
    assert "持有" in offers[0]["reason"]["zh"]


async def test_a_withdrawal_of_marketing_consent_stops_the_offers(client):
    made = await _refreshed(size=12, females=5)
    withdrew, granted, never = made[1], made[2], made[3]
    teller = Actor(
        subject="teller-1", permissions=frozenset({"customer.read", "consent.record"})
    )
    await consent.record_consent(teller, granted.id, "marketing", True, "branch")
    before = await gql(client, CUSTOMER, id=_gid("Customer", withdrew.id))
    overview_before = await gql(client, OVERVIEW)
    theirs = await Recommendation.filter(customer_id=withdrew.id).count()
    assert before["data"]["customer"]["recommendations"]
    assert theirs

    await consent.record_consent(teller, withdrew.id, "marketing", True, "mobile")
    await consent.record_consent(teller, withdrew.id, "marketing", False, "phone")

    after = await gql(client, CUSTOMER, id=_gid("Customer", withdrew.id))
    overview_after = await gql(client, OVERVIEW)
    assert "errors" not in after
    assert after["data"]["customer"]["recommendations"] == []
    figures = overview_after["data"]["analyticsOverview"]["recommendations"]
    offered = overview_before["data"]["analyticsOverview"]["recommendations"]
    assert figures["offered"] == offered["offered"] - theirs
    # A grant, and a customer never asked, keep their offers.
    for kept in (granted, never):
        body = await gql(client, CUSTOMER, id=_gid("Customer", kept.id))
        shown = body["data"]["customer"]["recommendations"]
        assert shown
        assert len(shown) == await Recommendation.filter(customer_id=kept.id).count()


async def test_learned_segments_cover_everyone_with_profiles(client):
    await _refreshed()

    body = await gql(client, SEGMENTS, kind="LEARNED")

    nodes = [e["node"] for e in body["data"]["segments"]["edges"]]
    assert 3 <= len(nodes) <= 8
    assert sum(n["size"] for n in nodes) == 30
    assert all(n["members"]["totalCount"] == n["size"] for n in nodes)
    assert all(n["profile"]["en"] and n["profile"]["zh"] for n in nodes)
    assert all(n["rule"] is None for n in nodes)


async def test_preview_counts_the_rule_live(client):
    await _base(size=10, females=4)

    body = await gql(client, PREVIEW, rule={"and": [FEMALE]})

    assert body["data"]["previewSegment"] == {
        "__typename": "SegmentPreview",
        "count": 4,
    }


async def test_create_segment_stores_rule_and_members(client):
    await _base(size=10, females=4)

    body = await gql(client, CREATE, input={"name": " 女性客户 ", "rule": FEMALE})

    made = body["data"]["createSegment"]
    assert made["__typename"] == "Segment"
    assert (made["kind"], made["name"], made["nameEn"]) == (
        "RULE",
        "女性客户",
        "女性客户",
    )
    assert made["size"] == 4 and made["members"]["totalCount"] == 4
    assert made["rule"] == FEMALE
    assert await AuditEvent.filter(action="segment.create").count() == 1


async def test_create_segment_reports_each_mistake_at_its_place(client):
    await _base(size=3, females=1)
    rule = {
        "and": [
            {"field": "shoe_size", "op": "eq", "value": 42},
            {"field": "age", "op": "gte", "value": "old"},
        ]
    }

    body = await gql(client, CREATE, input={"name": " ", "rule": rule})

    failed = body["data"]["createSegment"]
    assert failed["code"] == "VALIDATION_FAILED"
    assert {(f["field"], f["code"]) for f in failed["fields"]} == {
        ("name", "REQUIRED"),
        ("rule.and[0].field", "UNKNOWN_FIELD"),
        ("rule.and[1].value", "INVALID_VALUE"),
    }
    assert await Segment.all().count() == 0


async def test_a_segment_name_in_use_is_refused_in_either_language(client):
    await _base(size=3, females=1)
    first = await gql(client, CREATE, input={"name": "KYC 已过期", "rule": FEMALE})

    again = await gql(client, CREATE, input={"name": "KYC 已过期 ", "rule": FEMALE})
    english = await gql(
        client,
        CREATE,
        input={"name": "另一个", "nameEn": "kyc 已过期", "rule": FEMALE},
    )

    assert first["data"]["createSegment"]["__typename"] == "Segment"
    assert again["data"]["createSegment"]["fields"] == [
        {"field": "name", "code": "NAME_TAKEN"}
    ]
    assert english["data"]["createSegment"]["fields"] == [
        {"field": "nameEn", "code": "NAME_TAKEN"}
    ]
    assert await Segment.all().count() == 1


async def test_a_rename_to_another_segments_name_is_refused(client):
    await _refreshed()
    first, second = await Segment.filter(kind="learned").order_by("id").limit(2)

    body = await gql(
        client,
        RENAME,
        input={
            "id": _gid("Segment", second.id),
            "version": second.version,
            "name": first.name,
        },
    )
    same = await gql(
        client,
        RENAME,
        input={
            "id": _gid("Segment", first.id),
            "version": first.version,
            "name": first.name,
        },
    )

    assert body["data"]["renameSegment"]["fields"] == [
        {"field": "name", "code": "NAME_TAKEN"}
    ]
    assert (await Segment.get(id=second.id)).name == second.name
    assert same["data"]["renameSegment"]["__typename"] == "Segment"


async def test_create_segment_needs_segment_manage(client, caller):
    await _base(size=3, females=1)
    _as(caller, "customer.read", "segment.read")

    body = await gql(client, CREATE, input={"name": "Women", "rule": FEMALE})

    assert body["data"]["createSegment"] == {
        "__typename": "PermissionDeniedError",
        "code": "FORBIDDEN",
        "permission": "segment.manage",
    }
    assert await Segment.all().count() == 0
    assert await AuditEvent.filter(action="segment.create").count() == 0


async def test_a_renamed_learned_segment_keeps_its_name_across_refreshes(client):
    await _refreshed()
    first = await Segment.filter(kind="learned").order_by("id").first()

    body = await gql(
        client,
        RENAME,
        input={
            "id": _gid("Segment", first.id),
            "version": first.version,
            "name": "稳健储户",
            "nameEn": "Steady savers",
        },
    )
    await segments.refresh(SYSTEM)

    assert body["data"]["renameSegment"] == {
        "__typename": "Segment",
        "name": "稳健储户",
        "nameEn": "Steady savers",
        "version": first.version + 1,
    }
    again = await Segment.get(id=first.id)
    assert (again.name, again.name_en, again.active) == (
        "稳健储户",
        "Steady savers",
        True,
    )


async def test_rename_refuses_an_empty_name_and_changes_nothing(client):
    await _refreshed()
    first = await Segment.filter(kind="learned").order_by("id").first()

    body = await gql(
        client,
        RENAME,
        input={"id": _gid("Segment", first.id), "version": first.version, "name": ""},
    )

    assert body["data"]["renameSegment"]["fields"] == [
        {"field": "name", "code": "REQUIRED"}
    ]
    assert (await Segment.get(id=first.id)).name == first.name


async def test_outcomes_set_the_acceptance_rate_and_are_final(client):
    await _refreshed()
    offers = await Recommendation.all().order_by("id").limit(2)
    taken, refused = (_gid("Recommendation", o.id) for o in offers)

    accepted = await gql(client, OUTCOME, input={"id": taken, "accepted": True})
    declined = await gql(client, OUTCOME, input={"id": refused, "accepted": False})
    again = await gql(client, OUTCOME, input={"id": taken, "accepted": False})
    overview = await gql(client, OVERVIEW)

    assert accepted["data"]["recordRecommendationOutcome"]["status"] == "ACCEPTED"
    assert declined["data"]["recordRecommendationOutcome"]["status"] == "DECLINED"
    assert again["data"]["recordRecommendationOutcome"]["fields"] == [
        {"field": "id", "code": "ALREADY_DECIDED"}
    ]
    assert (await Recommendation.get(id=offers[0].id)).status == "accepted"
    figures = overview["data"]["analyticsOverview"]["recommendations"]
    assert (figures["accepted"], figures["declined"]) == (1, 1)
    assert figures["acceptanceRate"] == 0.5


CORRECT = OUTCOME.replace("recordRecommendationOutcome", "correctRecommendationOutcome")


async def _correct(client, offer, accepted: bool) -> dict:
    body = await gql(
        client,
        CORRECT,
        input={"id": _gid("Recommendation", offer.id), "accepted": accepted},
    )
    return body["data"]["correctRecommendationOutcome"]


async def test_the_recorder_corrects_an_outcome_the_same_day_audited(client, caller):
    await _refreshed()
    offer = await Recommendation.all().order_by("id").first()
    _as(caller, "customer.read", "customer.write", "segment.read")
    await gql(
        client,
        OUTCOME,
        input={"id": _gid("Recommendation", offer.id), "accepted": True},
    )

    corrected = await _correct(client, offer, False)
    unchanged = await _correct(client, offer, False)

    assert corrected["status"] == "DECLINED" and unchanged["status"] == "DECLINED"
    stored = await Recommendation.get(id=offer.id)
    assert (stored.status, stored.decided_by) == ("declined", "staff-1")
    events = await AuditEvent.filter(action="recommendation.corrected")
    assert [(e.actor, e.entity_id, e.field_names, e.details) for e in events] == [
        ("staff-1", str(offer.id), ["status"], {"from": "accepted", "to": "declined"})
    ]
    assert events[0].customer_id == offer.customer_id


async def test_only_the_recorder_may_correct_and_only_that_day(client, caller):
    await _refreshed()
    first, second = await Recommendation.all().order_by("id").limit(2)
    _as(caller, "customer.read", "customer.write", "segment.read")
    for offer in (first, second):
        await gql(
            client,
            OUTCOME,
            input={"id": _gid("Recommendation", offer.id), "accepted": True},
        )
    yesterday = datetime.now(UTC) - timedelta(days=1)
    await Recommendation.filter(id=second.id).update(decided_at=yesterday)
    undecided = await Recommendation.filter(status="offered").first()

    too_late = await _correct(client, second, False)
    never_decided = await _correct(client, undecided, False)
    caller.actor = replace(caller.actor, subject="staff-2")
    not_theirs = await _correct(client, first, False)

    assert too_late["fields"] == [{"field": "id", "code": "CORRECTION_TOO_LATE"}]
    assert never_decided["fields"] == [{"field": "id", "code": "NOT_DECIDED"}]
    assert not_theirs["fields"] == [{"field": "id", "code": "NOT_RECORDER"}]
    statuses = [
        (await Recommendation.get(id=o.id)).status for o in (first, second, undecided)
    ]
    assert statuses == ["accepted", "accepted", "offered"]
    assert not await AuditEvent.filter(action="recommendation.corrected").exists()


async def test_a_correction_needs_customer_write_and_scope(client, caller):
    await _refreshed()
    offer = await Recommendation.all().order_by("id").first()
    _as(caller, "customer.read", "customer.write", "segment.read")
    await gql(
        client,
        OUTCOME,
        input={"id": _gid("Recommendation", offer.id), "accepted": True},
    )

    _as(caller, "customer.read", "segment.read")
    denied = await _correct(client, offer, False)
    _as(caller, "customer.read", "customer.write", "segment.read", branch_id=999)
    elsewhere = await _correct(client, offer, False)

    assert denied == {
        "__typename": "PermissionDeniedError",
        "permission": "customer.write",
    }
    assert elsewhere == {"__typename": "NotFoundError", "code": "NOT_FOUND"}
    assert (await Recommendation.get(id=offer.id)).status == "accepted"


async def test_a_decided_offer_survives_the_next_refresh(client):
    await _refreshed()
    offer = await Recommendation.all().order_by("id").first()
    await gql(
        client,
        OUTCOME,
        input={"id": _gid("Recommendation", offer.id), "accepted": True},
    )

    await segments.refresh(SYSTEM)

    kept = await Recommendation.get(id=offer.id)
    assert kept.status == "accepted" and kept.decided_at is not None


async def test_an_outcome_is_refused_once_marketing_consent_is_withdrawn(client):
    await _refreshed()
    offer = await Recommendation.all().order_by("id").first()
    teller = Actor(subject="teller-1", permissions=frozenset({"consent.record"}))
    await consent.record_consent(teller, offer.customer_id, "marketing", False, "phone")
    events = await AuditEvent.filter(action__startswith="recommendation.").count()

    body = await gql(
        client,
        OUTCOME,
        input={"id": _gid("Recommendation", offer.id), "accepted": True},
    )

    assert body["data"]["recordRecommendationOutcome"] == {
        "__typename": "ConsentWithdrawnError",
        "code": "CONSENT_WITHDRAWN",
        "purpose": "MARKETING",
        "expired": False,
        "since": datetime.now(UTC).date().isoformat(),
        "message": "The customer's marketing consent was withdrawn",
    }
    assert (await Recommendation.get(id=offer.id)).status == "offered"
    assert (
        await AuditEvent.filter(action__startswith="recommendation.").count() == events
    )


async def test_an_outcome_is_refused_when_the_marketing_grant_expired(client):
    await _refreshed()
    offer = await Recommendation.all().order_by("id").first()
    lapsed = date.today() - timedelta(days=3)
    await ConsentRecord.create(
        customer_id=offer.customer_id,
        purpose="marketing",
        granted=True,
        channel="branch",
        recorded_at=datetime.now(UTC) - timedelta(days=400),
        recorded_by="teller-1",
        expires_on=lapsed,
    )

    body = await gql(
        client,
        OUTCOME,
        input={"id": _gid("Recommendation", offer.id), "accepted": False},
    )

    refused = body["data"]["recordRecommendationOutcome"]
    assert refused["code"] == "CONSENT_WITHDRAWN"
    assert (refused["expired"], refused["since"]) == (True, lapsed.isoformat())
    assert (await Recommendation.get(id=offer.id)).status == "offered"


async def test_outcome_out_of_branch_is_not_found_and_changes_nothing(client, caller):
    await _refreshed()
    offer = await Recommendation.all().order_by("id").first()
    _as(caller, "customer.read", "customer.write", "segment.read", branch_id=999)

    body = await gql(
        client,
        OUTCOME,
        input={"id": _gid("Recommendation", offer.id), "accepted": True},
    )

    assert body["data"]["recordRecommendationOutcome"] == {
        "__typename": "NotFoundError",
        "code": "NOT_FOUND",
    }
    assert (await Recommendation.get(id=offer.id)).status == "offered"


async def test_overview_counts_tiers_segments_and_penetration(client):
    await _refreshed()

    body = await gql(client, OVERVIEW)

    view = body["data"]["analyticsOverview"]
    assert view["customers"] == 30
    assert sum(t["customers"] for t in view["valueTiers"]) == 30
    assert [t["tier"] for t in view["valueTiers"]] == [
        "PLATINUM",
        "GOLD",
        "SILVER",
        "BRONZE",
    ]
    assert sum(s["customers"] for s in view["segments"]) == 30
    penetration = {
        p["product"]["code"]: p["customers"] for p in view["productPenetration"]
    }
    assert penetration == {"DEP": 30, "CC": 15, "WM": 10, "LOAN": 6}
    assert view["refreshedAt"] is not None


async def test_customer_list_filters_by_segment(client):
    await _base(size=10, females=4)
    made = await gql(client, CREATE, input={"name": "Women", "rule": FEMALE})
    segment_id = made["data"]["createSegment"]["id"]

    body = await gql(client, BY_SEGMENT, filter={"segmentId": segment_id})

    assert body["data"]["customers"]["totalCount"] == 4


async def test_segment_filter_needs_segment_read(client, caller):
    await _base(size=4, females=2)
    made = await gql(client, CREATE, input={"name": "Women", "rule": FEMALE})
    _as(caller, "customer.read")

    body = await gql(
        client, BY_SEGMENT, filter={"segmentId": made["data"]["createSegment"]["id"]}
    )

    assert body["data"] is None
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_analytics_fields_answer_only_to_segment_read(client, caller):
    made = await _refreshed(size=12, females=5)
    _as(caller, "customer.read")

    body = await gql(client, CUSTOMER, id=_gid("Customer", made[0].id))

    assert body["data"]["customer"] == {
        "segments": None,
        "value": None,
        "recommendations": None,
    }
    assert {e["extensions"]["code"] for e in body["errors"]} == {"FORBIDDEN"}
    assert len(body["errors"]) == 3


async def test_branch_staff_see_only_their_branch_among_members(client, caller):
    await _base(size=6, females=6)
    other = await branch("SH01")
    outsider = await _customer(20, other, "female")
    made = await gql(client, CREATE, input={"name": "Women", "rule": FEMALE})
    segment_id = made["data"]["createSegment"]["id"]
    _as(caller, "customer.read", "segment.read", branch_id=other.id)

    body = await gql(
        client,
        "query($id: ID!) { segment(id: $id) { size members "
        "{ totalCount edges { node { id } } } } }",
        id=segment_id,
    )

    found = body["data"]["segment"]
    assert found["size"] == 1
    assert found["members"]["totalCount"] == 1
    assert found["members"]["edges"] == [
        {"node": {"id": _gid("Customer", outsider.id)}}
    ]


async def test_segment_is_a_node(client):
    await _base(size=4, females=2)
    made = await gql(client, CREATE, input={"name": "Women", "rule": FEMALE})
    segment_id = made["data"]["createSegment"]["id"]

    body = await gql(
        client,
        "query($id: ID!) { node(id: $id) { ... on Segment { name } } }",
        id=segment_id,
    )

    assert body == {"data": {"node": {"name": "Women"}}}


async def test_refresh_updates_rule_segment_members(client):
    made = await _base(size=6, females=2)
    created = await gql(client, CREATE, input={"name": "Women", "rule": FEMALE})
    from cims.domain import customers

    await customers.update(SYSTEM, made[5].id, made[5].version, {"gender": "female"})
    await segments.refresh(SYSTEM)

    body = await gql(
        client,
        "query($id: ID!) { segment(id: $id) { size } }",
        id=created["data"]["createSegment"]["id"],
    )
    assert body["data"]["segment"]["size"] == 3
    assert (
        await SegmentMembership.filter(until=None, customer_id=made[5].id).count() >= 1
    )


async def test_sql_statements_do_not_grow_with_page_size(client, sql_counter):  # noqa: F811
    await _refreshed(size=30, females=10)

    counts = []
    for first in (5, 5, 30):
        sql_counter.count = 0
        body = await gql(client, PAGE, first=first)
        assert "errors" not in body
        assert len(body["data"]["customers"]["edges"]) == first
        counts.append(sql_counter.count)

    assert counts[1] == counts[2]
    assert 0 < counts[2] <= 8


async def test_segment_figures_compare_members_with_everyone(client):
    await _refreshed(size=10, females=4)
    created = await gql(client, CREATE, input={"name": "Women", "rule": FEMALE})

    body = await gql(
        client,
        "query($id: ID!) { segment(id: $id) { figures { feature value base } } }",
        id=created["data"]["createSegment"]["id"],
    )

    figures = {f["feature"]: f for f in body["data"]["segment"]["figures"]}
    # Customers 0..3 are the women: 0 holds a deposit, wealth and a loan, 1 a deposit
    # and a card, 2 a deposit, 3 a deposit, a card and wealth.
    assert figures["has_credit_card"] == {
        "feature": "has_credit_card",
        "value": 0.5,
        "base": 0.5,
    }
    assert figures["has_wealth"]["value"] == 0.5
    assert figures["has_wealth"]["base"] == 0.4
    assert figures["products_held"]["value"] == 2.25


EXPORT = """
mutation Export($input: ExportCustomersInput!) {
  exportCustomers(input: $input) {
    __typename
    ... on ExportFile { contentBase64 rowCount }
  }
}
"""

SCOPED_SEGMENTS = """
{
  segments(kind: LEARNED, first: 20) {
    edges { node { size members { totalCount } figures { feature value base } } }
  }
}
"""

ANALYST = ("customer.read", "segment.read", "analytics.read")


async def _two_branches() -> tuple:
    """12 customers at BJ01 and 6 at SH01 (rows 12..17), analysed together.

    Customers i % 3 == 0 are women; holdings as ``_holdings``: a card when i is
    odd, wealth when i % 3 == 0, a loan when i % 5 == 0.
    """
    home, other, products = await branch(), await branch("SH01"), await _products()
    made = []
    for i in range(18):
        gender = "female" if i % 3 == 0 else "male"
        row = await _customer(i, home if i < 12 else other, gender)
        await _holdings(row, i, products)
        made.append(row)
    await segments.refresh(SYSTEM)
    return home, other, made


async def test_a_stale_rename_is_a_conflict_and_changes_nothing(client):
    await _refreshed(size=12, females=5)
    first = await Segment.filter(kind="learned").order_by("id").first()
    target = _gid("Segment", first.id)
    await gql(
        client,
        RENAME,
        input={"id": target, "version": first.version, "name": "稳健储户"},
    )

    body = await gql(
        client,
        RENAME,
        input={"id": target, "version": first.version, "name": "年轻客户"},
    )

    assert body["data"]["renameSegment"] == {
        "__typename": "ConflictError",
        "code": "CONFLICT",
        "currentVersion": first.version + 1,
    }
    kept = await Segment.get(id=first.id)
    assert (kept.name, kept.version) == ("稳健储户", first.version + 1)
    assert await AuditEvent.filter(action="segment.rename").count() == 1


async def test_a_refresh_keeps_the_version_and_names(client):
    await _refreshed(size=12, females=5)
    first = await Segment.filter(kind="learned").order_by("id").first()
    await gql(
        client,
        RENAME,
        input={
            "id": _gid("Segment", first.id),
            "version": first.version,
            "name": "稳健储户",
        },
    )

    await segments.refresh(SYSTEM, full=True)

    again = await Segment.get(id=first.id)
    assert (again.name, again.name_en, again.version) == (
        "稳健储户",
        "稳健储户",
        first.version + 1,
    )


async def test_branch_staff_overview_counts_only_their_branch(client, caller):
    _, other, made = await _two_branches()
    offer = await Recommendation.filter(customer_id=made[0].id).first()
    await segments.record_outcome(SYSTEM, offer.id, True)  # at BJ01
    _as(caller, *ANALYST, branch_id=other.id)

    body = await gql(client, OVERVIEW)

    view = body["data"]["analyticsOverview"]
    assert view["customers"] == 6
    assert sum(t["customers"] for t in view["valueTiers"]) == 6
    learned_sizes = [s["customers"] for s in view["segments"]]
    assert sum(learned_sizes) == 6
    penetration = {
        p["product"]["code"]: p["customers"] for p in view["productPenetration"]
    }
    assert penetration == {"DEP": 6, "CC": 3, "WM": 2, "LOAN": 1}
    assert {p["share"] for p in view["productPenetration"]} >= {0.5, 1.0}
    assert view["recommendations"]["accepted"] == 0
    assert (
        view["recommendations"]["offered"]
        == await Recommendation.filter(customer__branch_id=other.id).count()
    )


async def test_branch_staff_segment_sizes_and_figures_are_their_branch(client, caller):
    _, other, _ = await _two_branches()
    everyone = await gql(client, SCOPED_SEGMENTS)
    _as(caller, *ANALYST, branch_id=other.id)

    body = await gql(client, SCOPED_SEGMENTS)

    nodes = [e["node"] for e in body["data"]["segments"]["edges"]]
    assert sum(n["size"] for n in nodes) == 6
    assert all(n["size"] == n["members"]["totalCount"] for n in nodes)
    base = {f["feature"]: f["base"] for f in nodes[0]["figures"]}
    # Rows 12..17 hold 2, 2, 1, 4, 1 and 2 products.
    assert base["products_held"] == 2.0
    all_nodes = [e["node"] for e in everyone["data"]["segments"]["edges"]]
    assert sum(n["size"] for n in all_nodes) == 18
    all_base = {f["feature"]: f["base"] for f in all_nodes[0]["figures"]}
    assert all_base["products_held"] != base["products_held"]
    sized = [n for n in nodes if n["size"]]
    for node in sized:
        # A member mean exists exactly when the branch has members there.
        held = {f["feature"]: f["value"] for f in node["figures"]}
        assert held["products_held"] is not None
    assert all(f["value"] is None for n in nodes if not n["size"] for f in n["figures"])


async def test_branch_staff_preview_counts_their_branch(client, caller):
    _, other, _ = await _two_branches()
    _as(caller, *ANALYST, branch_id=other.id)

    body = await gql(client, PREVIEW, rule=FEMALE)

    assert body["data"]["previewSegment"]["count"] == 2  # rows 12 and 15


async def test_overview_of_one_segment_counts_its_members(client, caller):
    _, other, _ = await _two_branches()
    made = await gql(client, CREATE, input={"name": "Women", "rule": FEMALE})
    segment_id = made["data"]["createSegment"]["id"]

    everywhere = await gql(client, OVERVIEW, segmentId=segment_id)
    _as(caller, *ANALYST, branch_id=other.id)
    branch_only = await gql(client, OVERVIEW, segmentId=segment_id)

    view = everywhere["data"]["analyticsOverview"]
    assert view["customers"] == 6  # rows 0, 3, 6, 9, 12, 15
    assert sum(t["customers"] for t in view["valueTiers"]) == 6
    penetration = {
        p["product"]["code"]: p["customers"] for p in view["productPenetration"]
    }
    assert penetration == {"DEP": 6, "CC": 3, "WM": 6, "LOAN": 2}
    women = [s for s in view["segments"] if s["segment"]["kind"] == "RULE"]
    assert [s["customers"] for s in women] == [6]
    mine = branch_only["data"]["analyticsOverview"]
    assert mine["customers"] == 2
    penetration = {
        p["product"]["code"]: p["customers"] for p in mine["productPenetration"]
    }
    assert penetration == {"DEP": 2, "CC": 1, "WM": 2, "LOAN": 1}


async def test_overview_of_an_unknown_segment_is_null(client):
    await _base(size=3, females=1)

    body = await gql(client, OVERVIEW, segmentId=_gid("Segment", 999))

    assert body == {"data": {"analyticsOverview": None}}


async def test_export_takes_the_segment_filter(client):
    made = await _base(size=10, females=4)
    created = await gql(client, CREATE, input={"name": "Women", "rule": FEMALE})
    segment_id = created["data"]["createSegment"]["id"]

    body = await gql(
        client,
        EXPORT,
        input={
            "format": "CSV",
            "filter": {"segmentId": segment_id},
            "purpose": "DATA_QUALITY_REVIEW",
        },
    )

    file = body["data"]["exportCustomers"]
    assert file["rowCount"] == 4
    text = base64.b64decode(file["contentBase64"]).decode("utf-8-sig")
    exported = {row["customer_no"] for row in csv.DictReader(io.StringIO(text))}
    assert exported == {row.customer_no for row in made[:4]}


BIRTH_RULE = {"and": [{"field": "birth_date", "op": "eq", "value": "1980-05-31"}]}
INCOME_RULE = {"field": "annual_income", "op": "gte", "value": 100000}
ANALYST = ("customer.read", "segment.read", "segment.manage", "analytics.read")


async def test_a_rule_on_birth_date_needs_pii_read(client, caller):
    await _base(size=3, females=1)
    _as(caller, *ANALYST, "customer.financial.read")

    body = await gql(client, CREATE, input={"name": "Born", "rule": BIRTH_RULE})

    assert body["data"]["createSegment"] == {
        "__typename": "PermissionDeniedError",
        "code": "FORBIDDEN",
        "permission": "customer.pii.read",
    }
    assert await Segment.all().count() == 0
    assert await AuditEvent.filter(action="segment.create").count() == 0


@pytest.mark.parametrize("name", ["annual_income", "income_band"])
async def test_a_rule_on_income_needs_financial_read(client, caller, name):
    await _base(size=3, females=1)
    _as(caller, *ANALYST, "customer.pii.read")
    value = 100000 if name == "annual_income" else "high"
    rule = {"not": {"field": name, "op": "eq", "value": value}}

    made = await gql(client, CREATE, input={"name": "Rich", "rule": rule})
    preview = await gql(client, PREVIEW_DENIED, rule=rule)

    assert made["data"]["createSegment"]["permission"] == "customer.financial.read"
    assert preview["data"]["previewSegment"] == {
        "__typename": "PermissionDeniedError",
        "permission": "customer.financial.read",
        "field": name.replace("_i", "I").replace("_b", "B"),
        "message": f"Permission customer.financial.read is required to use "
        f"{name} in a rule",
    }


async def test_someone_elses_birth_date_segment_is_refused_as_a_filter(client, caller):
    await _base(size=4, females=2)
    rule = {"field": "birth_date", "op": "is_null", "value": False}
    created = await gql(client, CREATE, input={"name": "Born", "rule": rule})
    segment_id = created["data"]["createSegment"]["id"]
    _as(caller, *ANALYST, "customer.financial.read")

    listed = await gql(client, BY_SEGMENT, filter={"segmentId": segment_id})
    members = await gql(client, MEMBERS, id=segment_id)

    assert listed["data"] is None
    assert listed["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert "birth_date" in listed["errors"][0]["message"]
    assert (members["data"] or {}).get("node") is None
    assert members["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_a_segment_on_open_fields_filters_for_an_analyst_without_pii(
    client, caller
):
    await _base(size=6, females=2)
    created = await gql(client, CREATE, input={"name": "Women", "rule": FEMALE})
    _as(caller, *ANALYST)

    body = await gql(
        client,
        BY_SEGMENT,
        filter={"segmentId": created["data"]["createSegment"]["id"]},
    )

    assert body["data"]["customers"]["totalCount"] == 2


PREVIEW_DENIED = """
query Preview($rule: JSON!) {
  previewSegment(rule: $rule) {
    __typename
    ... on PermissionDeniedError { permission field message }
  }
}
"""

MEMBERS = """
query Members($id: ID!) {
  node(id: $id) { ... on Segment { members(first: 10) { totalCount } } }
}
"""


async def test_rule_fields_offer_only_what_the_caller_may_read(client, caller):
    query = "{ segmentRuleFields { name } }"
    _as(caller, *ANALYST)
    plain = await gql(client, query)
    _as(caller, *ANALYST, "customer.pii.read", "customer.financial.read")
    full = await gql(client, query)

    offered = {f["name"] for f in plain["data"]["segmentRuleFields"]}
    everything = {f["name"] for f in full["data"]["segmentRuleFields"]}
    assert everything - offered == {"birth_date", "annual_income", "income_band"}
    assert "age" in offered and "gender" in offered
