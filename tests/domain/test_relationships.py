"""Relationships: stored once, read from both sides, scoped by branch."""

from __future__ import annotations

import pytest

from cims.domain import relationships
from cims.domain.actor import Actor
from cims.domain.errors import Conflict, NotFound, ValidationFailed
from cims.domain.relationships import Role
from cims.models import AuditEvent, CustomerRelation
from tests.factories import company_from_german, customer_from_german

HEAD_OFFICE = Actor(
    subject="ho-1", permissions=frozenset({"customer.read", "customer.write"})
)


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
    with pytest.raises(Conflict):
        await relationships.end_relation(HEAD_OFFICE, relation.id)


async def test_staff_of_a_third_branch_cannot_end_a_relation(branches):
    one, two = [await customer_from_german(n, branches["SH01"]) for n in (10, 11)]
    relation = await relationships.add_relation(HEAD_OFFICE, one.id, "spouse", two.id)

    with pytest.raises(NotFound):
        await relationships.end_relation(branch_staff(branches["BJ01"]), relation.id)

    assert (await CustomerRelation.get(id=relation.id)).ended_at is None
