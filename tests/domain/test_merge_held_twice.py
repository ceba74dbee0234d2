"""A merge leaves nothing held twice: one spouse, one copy of a KYC document."""

from __future__ import annotations

import pytest

from cims.domain import kyc, relationships
from cims.domain.actor import Actor
from cims.domain.duplicates import merge_customers
from cims.domain.errors import ValidationFailed
from cims.models import AuditEvent, Customer, CustomerRelation, KycDocument
from cims.models.records import DocumentStatus
from tests.factories import customer_from_german

PERMISSIONS = frozenset({"customer.read", "customer.write", "kyc.manage", "kyc.verify"})
STAFF = Actor(subject="clerk-1", permissions=PERMISSIONS)
CHECKER = Actor(subject="clerk-2", permissions=PERMISSIONS)


async def merge(survivor, other):
    return await merge_customers(
        STAFF, survivor.id, other.id, survivor_version=1, other_version=1
    )


async def merge_event(survivor) -> dict:
    [event] = await AuditEvent.filter(
        action="customer.merge", entity="Customer", entity_id=str(survivor.id)
    )
    return event.details


async def snapshot() -> list:
    relations = await CustomerRelation.all().order_by("id").values()
    documents = await KycDocument.all().order_by("id").values()
    customers = await Customer.all().order_by("id").values_list("id", "version")
    events = await AuditEvent.all().count()
    return [relations, documents, customers, events]


async def test_the_same_spouse_on_both_sides_is_kept_once(branches):
    bj = branches["BJ01"]
    survivor = await customer_from_german(0, bj)
    other = await customer_from_german(1, bj)
    spouse = await customer_from_german(2, bj)
    child = await customer_from_german(3, bj)
    kept = await relationships.add_relation(STAFF, survivor.id, "spouse", spouse.id)
    # Both records of one person name the same spouse: adding it now is refused
    # (SPOUSE_EXISTS), but records from before that rule, or an import, hold it.
    twice = await CustomerRelation.create(
        source_id=spouse.id, target_id=other.id, kind="spouse", created_by="import"
    )
    parent_of = await relationships.add_relation(STAFF, other.id, "parent", child.id)

    await merge(survivor, other)

    seen = await relationships.relations_of(STAFF, survivor.id)
    assert sorted((v.role, v.other_id) for v in seen) == [
        (relationships.Role.CHILD, child.id),
        (relationships.Role.SPOUSE, spouse.id),
    ]
    assert [v.relation.id for v in seen if v.role == "spouse"] == [kept.id]
    ended = await CustomerRelation.get(id=twice.id)
    assert (ended.ended_by, ended.target_id) == ("merge", survivor.id)
    assert (await CustomerRelation.get(id=parent_of.id)).ended_at is None
    details = await merge_event(survivor)
    assert details["relations_combined"] == {
        "count": 1,
        "pairs": [[kept.id, twice.id]],
    }
    assert "kyc_documents_combined" not in details


async def test_a_relation_held_by_both_of_one_kind_and_side_is_kept_once(branches):
    bj = branches["BJ01"]
    survivor = await customer_from_german(4, bj)
    other = await customer_from_german(5, bj)
    guaranteed = await customer_from_german(6, bj)
    guarantor = await customer_from_german(7, bj)
    kept = await relationships.add_relation(
        STAFF, survivor.id, "guarantor", guaranteed.id
    )
    twice = await relationships.add_relation(
        STAFF, other.id, "guarantor", guaranteed.id
    )
    # The other way round is another relation: both stay.
    back = await relationships.add_relation(STAFF, guaranteed.id, "guarantor", other.id)
    outside = await relationships.add_relation(
        STAFF, guarantor.id, "guarantor", other.id
    )

    await merge(survivor, other)

    active = await CustomerRelation.filter(ended_at=None).order_by("id")
    assert [r.id for r in active] == [kept.id, back.id, outside.id]
    assert {(r.source_id, r.target_id) for r in active[1:]} == {
        (guaranteed.id, survivor.id),
        (guarantor.id, survivor.id),
    }
    assert (await CustomerRelation.get(id=twice.id)).ended_by == "merge"
    details = await merge_event(survivor)
    assert details["relations_combined"]["pairs"] == [[kept.id, twice.id]]


async def test_two_different_spouses_refuse_the_merge_and_change_nothing(branches):
    bj = branches["BJ01"]
    survivor = await customer_from_german(8, bj)
    other = await customer_from_german(9, bj)
    first = await customer_from_german(10, bj)
    second = await customer_from_german(11, bj)
    await relationships.add_relation(STAFF, survivor.id, "spouse", first.id)
    await relationships.add_relation(STAFF, second.id, "spouse", other.id)
    passport = kyc.NewDocument("passport", "E12345678", "CN")
    await kyc.add_document(STAFF, survivor.id, passport)
    await kyc.add_document(STAFF, other.id, passport)
    before = await snapshot()

    with pytest.raises(ValidationFailed) as caught:
        await merge(survivor, other)

    [problem] = caught.value.problems
    assert (problem.field, problem.code) == ("other_id", "SPOUSE_CONFLICT")
    assert "spouse" in problem.message
    assert await snapshot() == before


async def test_an_ended_spouse_does_not_stand_in_the_way(branches):
    bj = branches["BJ01"]
    survivor = await customer_from_german(12, bj)
    other = await customer_from_german(13, bj)
    former = await customer_from_german(14, bj)
    current = await customer_from_german(15, bj)
    old = await relationships.add_relation(STAFF, survivor.id, "spouse", former.id)
    await relationships.end_relation(STAFF, old.id)
    new = await relationships.add_relation(STAFF, other.id, "spouse", current.id)

    await merge(survivor, other)

    [spouse] = await relationships.relations_of(STAFF, survivor.id)
    assert (spouse.relation.id, spouse.other_id) == (new.id, current.id)


@pytest.mark.parametrize(
    ("survivor_side", "other_side"),
    [
        (("parent", "out"), ("parent", "in")),  # parent and child of one person
        (("spouse", "out"), ("parent", "in")),  # spouse and child of one person
    ],
)
async def test_contradicting_relations_refuse_the_merge(
    branches, survivor_side, other_side
):
    bj = branches["BJ01"]
    survivor = await customer_from_german(16, bj)
    other = await customer_from_german(17, bj)
    third = await customer_from_german(18, bj)
    for customer, (kind, way) in ((survivor, survivor_side), (other, other_side)):
        pair = (customer.id, third.id) if way == "out" else (third.id, customer.id)
        await relationships.add_relation(STAFF, pair[0], kind, pair[1])
    before = await snapshot()

    with pytest.raises(ValidationFailed) as caught:
        await merge(survivor, other)

    assert [p.code for p in caught.value.problems] == ["RELATION_CONFLICT"]
    assert await snapshot() == before


async def test_one_kyc_document_held_by_both_is_kept_once_the_verified_one(
    branches,
):
    bj = branches["BJ01"]
    survivor = await customer_from_german(19, bj)
    other = await customer_from_german(20, bj)
    passport = kyc.NewDocument("passport", "E12345678", "CN")
    # Another number, and a retired copy, are not the same document in force.
    old = await kyc.add_document(STAFF, other.id, passport)
    old = await kyc.retire_document(STAFF, old.id, old.version, "superseded")
    mine = await kyc.add_document(STAFF, survivor.id, passport)
    theirs = await kyc.add_document(STAFF, other.id, passport)
    theirs = await kyc.verify_document(CHECKER, theirs.id, theirs.version)
    other_number = await kyc.add_document(
        STAFF, other.id, kyc.NewDocument("passport", "E87654321", "CN")
    )

    await merge(survivor, other)

    documents = {d.id: d for d in await KycDocument.filter(customer_id=survivor.id)}
    assert set(documents) == {mine.id, theirs.id, other_number.id, old.id}
    assert documents[theirs.id].status == DocumentStatus.VERIFIED
    assert documents[other_number.id].status == DocumentStatus.PENDING
    retired = documents[mine.id]
    assert (retired.status, retired.retired_by) == (DocumentStatus.RETIRED, "clerk-1")
    assert (
        retired.retired_reason
        == f"Held twice after a merge; kept as document {theirs.id}"
    )
    assert retired.version == mine.version + 1
    assert kyc.open_number(retired) == "E12345678"  # retired, not erased
    assert documents[old.id].retired_reason == "superseded"
    details = await merge_event(survivor)
    assert details["kyc_documents_combined"] == {
        "count": 1,
        "pairs": [[theirs.id, mine.id]],
    }
    [event] = await AuditEvent.filter(
        action="customer.merge", entity="KycDocument", entity_id=str(mine.id)
    )
    assert (event.customer_id, event.details) == (survivor.id, {"kept": theirs.id})


async def test_of_two_pending_copies_the_survivors_is_kept(branches):
    bj = branches["BJ01"]
    survivor = await customer_from_german(21, bj)
    other = await customer_from_german(22, bj)
    card = kyc.NewDocument("passport", "E11112222", "CN")
    theirs = await kyc.add_document(STAFF, other.id, card)  # older
    mine = await kyc.add_document(STAFF, survivor.id, card)

    await merge(survivor, other)

    assert (await KycDocument.get(id=mine.id)).status == DocumentStatus.PENDING
    assert (await KycDocument.get(id=theirs.id)).status == DocumentStatus.RETIRED
    details = await merge_event(survivor)
    assert details["kyc_documents_combined"]["pairs"] == [[mine.id, theirs.id]]
