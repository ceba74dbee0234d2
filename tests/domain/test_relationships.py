"""Relationships: stored once, read from both sides, scoped by branch."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

from cims.domain import relationships
from cims.domain.actor import Actor
from cims.domain.errors import NotFound, Refused, ValidationFailed
from cims.domain.relationships import Role
from cims.models import AuditEvent, Customer, CustomerRelation
from tests.factories import company_from_german, customer_from_german

HEAD_OFFICE = Actor(
    subject="ho-1", permissions=frozenset({"customer.read", "customer.write"})
)


SECOND = Actor(subject="ho-2", permissions=HEAD_OFFICE.permissions)


def branch_staff(branch) -> Actor:
    return Actor(
        subject="rm-1",
        permissions=HEAD_OFFICE.permissions,
        branch_id=branch.id,
    )


async def test_each_side_sees_the_role_the_other_plays(branches):
    parent, child = [await customer_from_german(n, branches["BJ01"]) for n in (0, 1)]

    await relationships.add_relation(HEAD_OFFICE, parent.id, "parent", child.id)

    [from_child] = await relationships.relations_of(HEAD_OFFICE, child.id)
    [from_parent] = await relationships.relations_of(HEAD_OFFICE, parent.id)
    assert (from_child.role, from_child.other_id) == (Role.PARENT, parent.id)
    assert (from_parent.role, from_parent.other_id) == (Role.CHILD, child.id)
    events = await AuditEvent.filter(action="relation.add").order_by("id")
    assert [e.entity_id for e in events] == [str(parent.id), str(child.id)]


async def test_a_director_is_a_person_of_a_company(branches):
    person = await customer_from_german(2, branches["BJ01"])
    company = await company_from_german(3, branches["BJ01"])

    await relationships.add_relation(HEAD_OFFICE, person.id, "director", company.id)
    with pytest.raises(ValidationFailed) as wrong_way:
        await relationships.add_relation(HEAD_OFFICE, company.id, "director", person.id)

    assert [p.code for p in wrong_way.value.problems] == ["KIND_MISMATCH"]
    [seen] = await relationships.relations_of(HEAD_OFFICE, company.id)
    assert seen.role is Role.DIRECTOR


async def test_a_relation_on_file_or_to_oneself_is_refused(branches):
    one, two = [await customer_from_german(n, branches["BJ01"]) for n in (4, 5)]
    await relationships.add_relation(HEAD_OFFICE, one.id, "spouse", two.id)

    with pytest.raises(ValidationFailed) as again:
        await relationships.add_relation(HEAD_OFFICE, two.id, "spouse", one.id)
    with pytest.raises(ValidationFailed) as itself:
        await relationships.add_relation(HEAD_OFFICE, one.id, "guarantor", one.id)

    assert [p.code for p in again.value.problems] == ["ALREADY_RELATED"]
    assert [p.code for p in itself.value.problems] == ["SAME_CUSTOMER"]
    assert await CustomerRelation.all().count() == 1


async def test_another_branchs_customer_shows_as_restricted(branches):
    here = await customer_from_german(6, branches["BJ01"])
    there = await customer_from_german(7, branches["SH01"])
    await relationships.add_relation(HEAD_OFFICE, there.id, "guarantor", here.id)
    rm = branch_staff(branches["BJ01"])

    [seen] = await relationships.relations_of(rm, here.id)

    assert (seen.role, seen.visible) == (Role.GUARANTOR, False)
    with pytest.raises(NotFound):
        await relationships.relations_of(rm, there.id)
    with pytest.raises(NotFound):
        await relationships.add_relation(rm, here.id, "spouse", there.id)


async def test_ending_keeps_the_relation_on_file(branches):
    one, two = [await customer_from_german(n, branches["BJ01"]) for n in (8, 9)]
    relation = await relationships.add_relation(HEAD_OFFICE, one.id, "spouse", two.id)

    ended = await relationships.end_relation(HEAD_OFFICE, relation.id)

    assert ended.ended_by == "ho-1"
    assert await relationships.relations_of(HEAD_OFFICE, one.id) == []
    [kept] = await relationships.relations_of(HEAD_OFFICE, one.id, include_ended=True)
    assert kept.relation.id == relation.id
    events = await AuditEvent.filter(action="relation.end").count()
    # A double click: the ended relation comes back unchanged, no second event.
    again = await relationships.end_relation(SECOND, relation.id)
    assert (again.ended_at, again.ended_by) == (ended.ended_at, "ho-1")
    assert await AuditEvent.filter(action="relation.end").count() == events


async def test_staff_of_a_third_branch_cannot_end_a_relation(branches):
    one, two = [await customer_from_german(n, branches["SH01"]) for n in (10, 11)]
    relation = await relationships.add_relation(HEAD_OFFICE, one.id, "spouse", two.id)

    with pytest.raises(NotFound):
        await relationships.end_relation(branch_staff(branches["BJ01"]), relation.id)

    assert (await CustomerRelation.get(id=relation.id)).ended_at is None


async def test_a_parent_of_its_own_parent_is_refused(branches):
    a, d = [await customer_from_german(n, branches["BJ01"]) for n in (12, 13)]
    await relationships.add_relation(HEAD_OFFICE, a.id, "parent", d.id)

    with pytest.raises(ValidationFailed) as inverse:
        await relationships.add_relation(HEAD_OFFICE, d.id, "parent", a.id)
    with pytest.raises(ValidationFailed) as married:
        await relationships.add_relation(HEAD_OFFICE, d.id, "spouse", a.id)

    assert [(p.field, p.code) for p in inverse.value.problems] == [
        ("other_id", "INVERSE_RELATED")
    ]
    assert [p.code for p in married.value.problems] == ["FAMILY_CONFLICT"]
    assert await CustomerRelation.all().count() == 1


async def test_mutual_guarantees_are_allowed(branches):
    a, b = [await customer_from_german(n, branches["BJ01"]) for n in (14, 15)]

    await relationships.add_relation(HEAD_OFFICE, a.id, "guarantor", b.id)
    await relationships.add_relation(HEAD_OFFICE, b.id, "guarantor", a.id)

    assert await CustomerRelation.filter(ended_at__isnull=True).count() == 2


async def test_a_second_active_spouse_of_either_side_is_refused(branches):
    a, b, d, e = [
        await customer_from_german(n, branches["BJ01"]) for n in range(16, 20)
    ]
    first = await relationships.add_relation(HEAD_OFFICE, a.id, "spouse", b.id)

    with pytest.raises(ValidationFailed) as of_source:
        await relationships.add_relation(HEAD_OFFICE, a.id, "spouse", d.id)
    with pytest.raises(ValidationFailed) as of_target:
        await relationships.add_relation(HEAD_OFFICE, e.id, "spouse", b.id)
    await relationships.end_relation(HEAD_OFFICE, first.id)
    await relationships.add_relation(HEAD_OFFICE, a.id, "spouse", d.id)  # remarried

    assert [(p.field, p.code) for p in of_source.value.problems] == [
        ("customer_id", "SPOUSE_EXISTS")
    ]
    assert [(p.field, p.code) for p in of_target.value.problems] == [
        ("other_id", "SPOUSE_EXISTS")
    ]
    assert await CustomerRelation.filter(ended_at__isnull=True).count() == 1


async def test_two_spouses_added_at_once_make_one_marriage(branches):
    a, b, d = [await customer_from_german(n, branches["BJ01"]) for n in (20, 21, 22)]

    outcomes = await asyncio.gather(
        relationships.add_relation(HEAD_OFFICE, a.id, "spouse", b.id),
        relationships.add_relation(SECOND, a.id, "spouse", d.id),
        relationships.add_relation(HEAD_OFFICE, b.id, "spouse", a.id),
        return_exceptions=True,
    )

    made = [o for o in outcomes if isinstance(o, CustomerRelation)]
    refused = [o for o in outcomes if isinstance(o, ValidationFailed)]
    assert (len(made), len(refused)) == (1, 2), outcomes
    assert await CustomerRelation.filter(kind="spouse").count() == 1


async def test_branch_staff_cannot_end_a_relation_to_a_customer_they_cannot_see(
    branches,
):
    here = await customer_from_german(23, branches["BJ01"])
    there = await customer_from_german(24, branches["SH01"])
    relation = await relationships.add_relation(
        HEAD_OFFICE, there.id, "guarantor", here.id
    )
    rm = branch_staff(branches["BJ01"])

    with pytest.raises(NotFound) as refused:
        await relationships.end_relation(rm, relation.id)

    assert refused.value.entity == "Customer"
    assert (await CustomerRelation.get(id=relation.id)).ended_at is None
    assert not await AuditEvent.filter(action="relation.end").exists()


async def test_an_erased_customer_gets_no_new_relation(branches):
    one, two = [await customer_from_german(n, branches["BJ01"]) for n in (25, 26)]
    await Customer.filter(id=two.id).update(
        erased_at=dt.datetime.now(dt.UTC), archived_at=dt.datetime.now(dt.UTC)
    )

    with pytest.raises(Refused) as refused:
        await relationships.add_relation(HEAD_OFFICE, one.id, "guarantor", two.id)

    assert refused.value.code == "ALREADY_ERASED"
    assert await CustomerRelation.all().count() == 0
