"""A merge moves KYC documents, consents and relations, and takes chosen values."""

from __future__ import annotations

import pytest

from cims.domain import consent, crypto, duplicates, kyc, relationships
from cims.domain.actor import Actor
from cims.domain.audit import verify
from cims.domain.duplicates import merge_customers
from cims.domain.errors import ValidationFailed
from cims.models import (
    Account,
    AuditEvent,
    ConsentRecord,
    Customer,
    CustomerRelation,
    KycDocument,
    Transaction,
)
from tests.factories import accounts_with_history, customer_from_german

STAFF = Actor(
    subject="clerk-1",
    permissions=frozenset(
        {"customer.read", "customer.write", "kyc.manage", "consent.record"}
    ),
)


async def test_every_record_of_the_other_moves_to_the_survivor(branches):
    bj = branches["BJ01"]
    survivor = await customer_from_german(0, bj)
    other = await customer_from_german(1, bj, mobile_phone="13800138000")
    spouse = await customer_from_german(2, bj)
    passport = kyc.NewDocument("passport", "E12345678", "CN")
    document = await kyc.add_document(STAFF, other.id, passport)
    await consent.record_consent(STAFF, other.id, "marketing", False, "phone")
    await relationships.add_relation(STAFF, spouse.id, "spouse", other.id)
    between = await relationships.add_relation(
        STAFF, survivor.id, "guarantor", other.id
    )

    await merge_customers(
        STAFF, survivor.id, other.id, survivor_version=1, other_version=1
    )

    moved = await KycDocument.get(id=document.id)
    assert moved.customer_id == survivor.id
    assert kyc.open_number(moved) == "E12345678"  # still opens: sealed by its ref
    assert await ConsentRecord.filter(customer_id=survivor.id).count() == 1
    assert await consent.may_contact(survivor.id) is False
    [seen] = await relationships.relations_of(STAFF, survivor.id)
    assert (seen.role, seen.other_id) == (relationships.Role.SPOUSE, spouse.id)
    assert (await CustomerRelation.get(id=between.id)).ended_by == "merge"
    for model in (KycDocument, ConsentRecord):
        assert await model.filter(customer_id=other.id).count() == 0
    assert await CustomerRelation.filter(source_id=other.id, ended_at=None).count() == 0


async def test_chosen_fields_take_the_others_value_and_keep_the_replaced_one(
    branches,
):
    bj = branches["BJ01"]
    survivor = await customer_from_german(
        3, bj, mobile_phone="13800138000", occupation="教师"
    )
    other = await customer_from_german(
        4, bj, full_name="测试客户三", mobile_phone="13900139000", occupation="工程师"
    )

    merged = await merge_customers(
        STAFF,
        survivor.id,
        other.id,
        survivor_version=1,
        other_version=1,
        take_from_other=["mobile_phone", "full_name"],
    )

    opened = crypto.open_fields(merged)
    assert (merged.full_name, opened["mobile_phone"], merged.occupation) == (
        "测试客户三",
        "+8613900139000",
        "教师",
    )
    [entry] = merged.custom_attributes["merged_from"]
    assert set(entry["fields"]) >= {"full_name", "mobile_phone"}
    assert entry["replaced"]["full_name"] == "测试客户3"
    kept_phone = entry["replaced"]["mobile_phone"]
    assert "13800138000" not in kept_phone
    assert crypto.unseal(kept_phone, merged.customer_no) == "+8613800138000"


async def test_an_unknown_field_choice_changes_nothing(branches):
    bj = branches["BJ01"]
    survivor = await customer_from_german(5, bj)
    other = await customer_from_german(6, bj)

    with pytest.raises(ValidationFailed) as failed:
        await merge_customers(
            STAFF,
            survivor.id,
            other.id,
            survivor_version=1,
            other_version=1,
            take_from_other=["customer_no"],
        )

    assert [p.code for p in failed.value.problems] == ["UNKNOWN_FIELD"]
    assert [c.version for c in await Customer.all().order_by("id")] == [1, 1]


async def test_after_a_merge_only_the_newest_consent_of_a_purpose_is_current(
    branches,
):
    bj = branches["BJ01"]
    survivor = await customer_from_german(7, bj)
    other = await customer_from_german(8, bj)
    await consent.record_consent(STAFF, survivor.id, "marketing", False, "branch")
    newest = await consent.record_consent(STAFF, other.id, "marketing", True, "mobile")

    await merge_customers(
        STAFF, survivor.id, other.id, survivor_version=1, other_version=1
    )

    current = await ConsentRecord.filter(customer_id=survivor.id, current=True)
    assert [r.id for r in current] == [newest.id]
    assert await consent.may_contact(survivor.id) is True


async def _merge_event(survivor, other) -> dict:
    await merge_customers(
        STAFF, survivor.id, other.id, survivor_version=1, other_version=1
    )
    event = await AuditEvent.get(
        action="customer.merge", entity="Customer", entity_id=str(survivor.id)
    )
    return event.details


async def test_the_merge_event_names_at_most_100_ids_a_table(branches):
    bj = branches["BJ01"]
    survivor = await customer_from_german(0, bj)
    other = await customer_from_german(1, bj)
    await accounts_with_history(other, transactions=60)  # on each of two accounts
    bookings = await Transaction.filter(customer_id=other.id).values_list(
        "id", flat=True
    )
    accounts = await Account.filter(customer_id=other.id).values_list("id", flat=True)

    details = await _merge_event(survivor, other)

    assert details["moved"][Transaction._meta.db_table] == {
        "count": 120,
        "ids": sorted(bookings)[:100],
        "left_out": 20,
    }
    assert details["moved"][Account._meta.db_table] == {
        "count": 2,
        "ids": sorted(accounts),
    }
    assert (await verify()).ok


async def test_the_merge_event_counts_the_ended_relations_it_leaves_out(
    branches, monkeypatch
):
    monkeypatch.setattr(duplicates, "AUDIT_IDS_SHOWN", 1)
    bj = branches["BJ01"]
    survivor = await customer_from_german(0, bj)
    other = await customer_from_german(1, bj)
    ended = [
        await relationships.add_relation(STAFF, survivor.id, role, other.id)
        for role in ("guarantor", "spouse")
    ]

    details = await _merge_event(survivor, other)

    assert details["relations_ended"] == [min(r.id for r in ended)]
    assert details["relations_ended_left_out"] == 1
    assert details["segment_stays_closed"] == []
    assert "segment_stays_closed_left_out" not in details
