"""Relationships between customers, seen from either side.

A relation is stored once, ``source`` is ``kind`` of ``target`` (a parent of, a
guarantor for, a director of). Each side reads it with the role the *other*
customer plays for it: the child sees PARENT, the parent sees CHILD.

Adding one needs both customers in the actor's scope, and so does ending one (an
out-of-scope side answers as not found, as for adding). Reading one needs only the
customer being viewed: a related customer in another branch is shown as
restricted, without its name or number, so a relation reveals no more than that
it exists. Ending a relation keeps it on file with who ended it and when; ending
an ended one again answers it as it is (a double click), without a second event.

Relations may not contradict each other (a validation problem on ``other_id``):
the same relation twice (ALREADY_RELATED), a customer related to itself
(SAME_CUSTOMER), a parent of its own parent (INVERSE_RELATED: for kinds in
``ONE_WAY``; mutual guarantees and cross-holdings exist, so GUARANTOR and
SHAREHOLDER may run both ways), spouses who are also parent and child
(FAMILY_CONFLICT), and a second active spouse of either side (SPOUSE_EXISTS:
``customer_id`` or ``other_id``). Both customer rows are locked while the checks
run, so two adds at the same instant cannot both pass them on PostgreSQL.

An erased customer gets no new relations (``ALREADY_ERASED``); erasure ends the
active ones in both directions (``end_all``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from cims.domain import audit
from cims.domain.access import customer_in_scope, require, writable_customer
from cims.domain.actor import Actor
from cims.domain.errors import NotFound, ValidationFailed
from cims.models import Customer, CustomerRelation
from cims.models.enums import CustomerKind
from cims.models.records import RelationKind

READ = "customer.read"
WRITE = "customer.write"


class Role(StrEnum):
    """What the other customer is to the one viewed."""

    SPOUSE = "spouse"
    PARENT = "parent"
    CHILD = "child"
    HOUSEHOLD_MEMBER = "household_member"
    GUARANTOR = "guarantor"
    GUARANTEED_PARTY = "guaranteed_party"
    EMPLOYER = "employer"
    EMPLOYEE = "employee"
    DIRECTOR = "director"
    DIRECTED_COMPANY = "directed_company"
    SHAREHOLDER = "shareholder"
    HELD_COMPANY = "held_company"
    BENEFICIAL_OWNER = "beneficial_owner"
    OWNED_COMPANY = "owned_company"


# kind -> (role of the source seen from the target, role of the target seen from
# the source).
ROLES: dict[RelationKind, tuple[Role, Role]] = {
    RelationKind.SPOUSE: (Role.SPOUSE, Role.SPOUSE),
    RelationKind.PARENT: (Role.PARENT, Role.CHILD),
    RelationKind.HOUSEHOLD_MEMBER: (Role.HOUSEHOLD_MEMBER, Role.HOUSEHOLD_MEMBER),
    RelationKind.GUARANTOR: (Role.GUARANTOR, Role.GUARANTEED_PARTY),
    RelationKind.EMPLOYER: (Role.EMPLOYER, Role.EMPLOYEE),
    RelationKind.DIRECTOR: (Role.DIRECTOR, Role.DIRECTED_COMPANY),
    RelationKind.SHAREHOLDER: (Role.SHAREHOLDER, Role.HELD_COMPANY),
    RelationKind.BENEFICIAL_OWNER: (Role.BENEFICIAL_OWNER, Role.OWNED_COMPANY),
}
SYMMETRIC = frozenset({RelationKind.SPOUSE, RelationKind.HOUSEHOLD_MEMBER})
# Kinds that cannot hold in both directions between two customers at once.
ONE_WAY = frozenset({RelationKind.PARENT})
# Kinds that exclude each other between the same two customers, either way.
FAMILY = frozenset({RelationKind.SPOUSE, RelationKind.PARENT})

IND, CORP = CustomerKind.INDIVIDUAL, CustomerKind.CORPORATE
# kind -> the customer kinds (source, target) it joins; None: either.
KINDS: dict[RelationKind, tuple[CustomerKind | None, CustomerKind | None]] = {
    RelationKind.SPOUSE: (IND, IND),
    RelationKind.PARENT: (IND, IND),
    RelationKind.HOUSEHOLD_MEMBER: (IND, IND),
    RelationKind.GUARANTOR: (None, None),
    RelationKind.EMPLOYER: (CORP, IND),
    RelationKind.DIRECTOR: (IND, CORP),
    RelationKind.SHAREHOLDER: (None, CORP),
    RelationKind.BENEFICIAL_OWNER: (IND, CORP),
}


@dataclass(frozen=True)
class RelationView:
    relation: CustomerRelation
    role: Role
    other_id: int
    visible: bool  # the actor may see the other customer


def other_side(relation: CustomerRelation, customer_id: int) -> tuple[Role, int]:
    """The role the other customer plays for ``customer_id``, and its ID."""
    if relation.source_id == customer_id:
        return ROLES[relation.kind][1], relation.target_id
    return ROLES[relation.kind][0], relation.source_id


def _kind(value) -> RelationKind:
    try:
        return RelationKind(value)
    except ValueError:
        raise ValidationFailed.one("kind", "INVALID_CHOICE", "Not a kind") from None


def _check_pair(kind: RelationKind, source: Customer, target: Customer) -> None:
    if source.id == target.id:
        raise ValidationFailed.one(
            "other_id", "SAME_CUSTOMER", "A customer cannot be related to itself"
        )
    wanted_source, wanted_target = KINDS[kind]
    if wanted_source and source.kind != wanted_source:
        raise ValidationFailed.one(
            "customer_id", "KIND_MISMATCH", f"A {kind} must be {wanted_source}"
        )
    if wanted_target and target.kind != wanted_target:
        raise ValidationFailed.one(
            "other_id",
            "KIND_MISMATCH",
            f"The other side of {kind} must be {wanted_target}",
        )
    for customer, name in ((source, "customer_id"), (target, "other_id")):
        if customer.archived_at is not None:
            raise ValidationFailed.one(name, "ARCHIVED", "The customer is archived")


async def add_relation(
    actor: Actor,
    customer_id: int,
    kind,
    other_id: int,
    started_on: dt.date | None = None,
) -> CustomerRelation:
    """``customer`` is ``kind`` of ``other`` (a guarantor for, a director of)."""
    require(actor, WRITE)
    kind = _kind(kind)
    source = await writable_customer(actor, customer_id)
    target = await writable_customer(actor, other_id)
    _check_pair(kind, source, target)
    if started_on and started_on > dt.date.today():
        raise ValidationFailed.one(
            "started_on", "IN_THE_FUTURE", "A relation cannot start in the future"
        )
    async with in_transaction() as conn:
        # Locked in ID order (no deadlock between two adds of one pair); the
        # checks then see every relation committed before.
        for customer_id_ in sorted({source.id, target.id}):
            await writable_customer(actor, customer_id_, conn)
        await _refuse_contradiction(kind, source.id, target.id, conn)
        relation = await CustomerRelation.create(
            using_db=conn,
            source_id=source.id,
            target_id=target.id,
            kind=kind,
            started_on=started_on,
            created_by=actor.subject,
        )
        await audit.record_many(
            actor,
            "relation.add",
            [
                ("Customer", source.id, ["relations"]),
                ("Customer", target.id, ["relations"]),
            ],
            conn=conn,
        )
    return relation


def _active_between(kind: RelationKind, source_id: int, target_id: int):
    pair = Q(source_id=source_id, target_id=target_id)
    if kind in SYMMETRIC:
        pair |= Q(source_id=target_id, target_id=source_id)
    return CustomerRelation.filter(pair, kind=kind, ended_at__isnull=True)


def _problem(field: str, code: str, message: str) -> ValidationFailed:
    return ValidationFailed.one(field, code, message)


async def _refuse_contradiction(
    kind: RelationKind, source_id: int, target_id: int, conn
) -> None:
    active = CustomerRelation.filter(ended_at__isnull=True).using_db(conn)
    if await _active_between(kind, source_id, target_id).using_db(conn).exists():
        raise _problem(
            "other_id", "ALREADY_RELATED", "This relation is already on file"
        )
    either_way = Q(source_id=source_id, target_id=target_id) | Q(
        source_id=target_id, target_id=source_id
    )
    if (
        kind in ONE_WAY
        and await active.filter(
            source_id=target_id, target_id=source_id, kind=kind
        ).exists()
    ):
        message = f"The other customer is already {kind} of this one"
        raise _problem("other_id", "INVERSE_RELATED", message)
    if kind in FAMILY:
        others = FAMILY - {kind}
        if await active.filter(either_way, kind__in=list(others)).exists():
            message = "Spouses cannot also be parent and child"
            raise _problem("other_id", "FAMILY_CONFLICT", message)
    if kind is RelationKind.SPOUSE:
        for field, who in (("customer_id", source_id), ("other_id", target_id)):
            married = active.filter(
                Q(source_id=who) | Q(target_id=who), kind=RelationKind.SPOUSE
            )
            if await married.exists():
                message = "This customer already has an active spouse on file"
                raise _problem(field, "SPOUSE_EXISTS", message)


async def end_relation(actor: Actor, relation_id: int) -> CustomerRelation:
    """End a relation whose both sides the actor may see; an ended one is
    answered as it is."""
    require(actor, WRITE)
    relation = await CustomerRelation.get_or_none(id=relation_id)
    if relation is None or not await _either_side_in_scope(actor, relation):
        raise NotFound("CustomerRelation")
    if not await _both_sides_in_scope(actor, relation):
        raise NotFound("Customer")
    if relation.ended_at is not None:
        return relation
    now = dt.datetime.now(dt.UTC)
    async with in_transaction() as conn:
        changed = await (
            CustomerRelation.filter(id=relation.id, ended_at__isnull=True)
            .using_db(conn)
            .update(ended_at=now, ended_by=actor.subject)
        )
        if not changed:  # ended by someone else in the meantime
            return await CustomerRelation.get(id=relation.id)
        await audit.record_many(
            actor,
            "relation.end",
            [
                ("Customer", relation.source_id, ["relations"]),
                ("Customer", relation.target_id, ["relations"]),
            ],
            conn=conn,
        )
    return await CustomerRelation.get(id=relation.id)


async def seen_by(actor: Actor, relation: CustomerRelation) -> RelationView:
    """The relation from a side the actor may see (the source when both)."""
    branches = dict(
        await Customer.filter(
            id__in=[relation.source_id, relation.target_id]
        ).values_list("id", "branch_id")
    )
    side = relation.source_id
    if actor.branch_id not in (None, branches.get(side)):
        side = relation.target_id
    role, other_id = other_side(relation, side)
    return RelationView(
        relation, role, other_id, actor.branch_id in (None, branches.get(other_id))
    )


async def get_relation(actor: Actor, relation_id: int) -> RelationView:
    """One relation, seen from a side the actor may see (the source when both);
    not found when neither side is in scope."""
    require(actor, READ)
    relation = await CustomerRelation.get_or_none(id=relation_id)
    if relation is None or not await _either_side_in_scope(actor, relation):
        raise NotFound("CustomerRelation")
    return await seen_by(actor, relation)


async def _both_sides_in_scope(actor: Actor, relation: CustomerRelation) -> bool:
    if actor.branch_id is None:
        return True
    sides = {relation.source_id, relation.target_id}
    found = await Customer.filter(id__in=list(sides), branch_id=actor.branch_id).count()
    return found == len(sides)


async def _either_side_in_scope(actor: Actor, relation: CustomerRelation) -> bool:
    if actor.branch_id is None:
        return True
    return await Customer.filter(
        id__in=[relation.source_id, relation.target_id], branch_id=actor.branch_id
    ).exists()


async def relations_of(
    actor: Actor, customer_id: int, *, include_ended: bool = False
) -> list[RelationView]:
    """The customer's relations, each as its role and the other customer."""
    require(actor, READ)
    await customer_in_scope(actor, customer_id)
    query = CustomerRelation.filter(Q(source_id=customer_id) | Q(target_id=customer_id))
    if not include_ended:
        query = query.filter(ended_at__isnull=True)
    relations = await query.order_by("-created_at", "-id")
    return await _views(actor, customer_id, relations)


async def _views(
    actor: Actor, customer_id: int, relations: list[CustomerRelation]
) -> list[RelationView]:
    others = {
        r.target_id if r.source_id == customer_id else r.source_id for r in relations
    }
    branches = dict(
        await Customer.filter(id__in=list(others)).values_list("id", "branch_id")
    )
    views = []
    for relation in relations:
        role, other_id = other_side(relation, customer_id)
        visible = actor.branch_id in (None, branches.get(other_id))
        views.append(RelationView(relation, role, other_id, visible))
    return views


async def move_to(other_id: int, survivor_id: int, conn) -> int:
    """A merge: the other's relations now name the survivor.

    A relation between the two merged customers would relate the survivor to
    itself; it is ended instead of moved.
    """
    now = dt.datetime.now(dt.UTC)
    between = Q(source_id=other_id, target_id=survivor_id) | Q(
        source_id=survivor_id, target_id=other_id
    )
    moved = await (
        CustomerRelation.filter(between, ended_at__isnull=True)
        .using_db(conn)
        .update(ended_at=now, ended_by="merge")
    )
    for side in ("source_id", "target_id"):
        moved += await (
            CustomerRelation.filter(~between, **{side: other_id})
            .using_db(conn)
            .update(**{side: survivor_id})
        )
    return moved


async def end_all(actor: Actor, customer_id: int, at: dt.datetime, conn) -> list[int]:
    """Erasure: end the customer's active relations, both directions; returns the
    other customers' IDs (their histories say so). No permission check: the
    erasure's approval made it."""
    mine = CustomerRelation.filter(
        Q(source_id=customer_id) | Q(target_id=customer_id), ended_at__isnull=True
    ).using_db(conn)
    rows = await mine.values_list("source_id", "target_id")
    if rows:
        await mine.update(ended_at=at, ended_by=actor.subject)
    return sorted({s if s != customer_id else t for s, t in rows})


# ---------------------------------------------------------------- merge

# Relation keys as one customer holds them: (kind, side, the other customer); the
# side is None for a symmetric kind, else "source" or "target".
_Key = tuple[RelationKind, str | None, int]


def _key(relation: CustomerRelation, customer_id: int) -> _Key:
    kind = RelationKind(relation.kind)
    if relation.source_id == customer_id:
        side, counterpart = "source", relation.target_id
    else:
        side, counterpart = "target", relation.source_id
    return kind, None if kind in SYMMETRIC else side, counterpart


async def _active_of(customer_id: int, partner_id: int, conn) -> dict[_Key, int]:
    """The customer's active relations by key, those with ``partner_id`` left out
    (a merge ends them); on a repeated key (data from before the checks), the
    oldest relation."""
    rows = await (
        CustomerRelation.filter(
            Q(source_id=customer_id) | Q(target_id=customer_id), ended_at__isnull=True
        )
        .exclude(source_id=partner_id)
        .exclude(target_id=partner_id)
        .using_db(conn)
        .order_by("-id")
    )
    return {_key(relation, customer_id): relation.id for relation in rows}


def _conflict(survivor: dict[_Key, int], other: dict[_Key, int]) -> str | None:
    """The code of a contradiction the two sets of relations make once they are
    one customer's, else None."""

    def counterparts(keys, kinds, side=...) -> set[int]:
        return {c for k, s, c in keys if k in kinds and (side is ... or s == side)}

    spouse = frozenset({RelationKind.SPOUSE})
    mine, theirs = counterparts(survivor, spouse), counterparts(other, spouse)
    if mine and theirs and mine != theirs:
        return "SPOUSE_CONFLICT"
    for first, second in ((survivor, other), (other, survivor)):
        for kind in ONE_WAY:
            if counterparts(first, {kind}, "source") & counterparts(
                second, {kind}, "target"
            ):
                return "RELATION_CONFLICT"
        family = counterparts(first, spouse) & counterparts(second, FAMILY - spouse)
        if family:
            return "RELATION_CONFLICT"
    return None


CONFLICT_MESSAGES = {
    "SPOUSE_CONFLICT": "The two customers have different active spouses on file; "
    "end the relation that is wrong before merging",
    "RELATION_CONFLICT": "The two customers' relations contradict each other "
    "(parent and child, or spouse and parent, of the same customer); end the one "
    "that is wrong before merging",
}


async def combine_on_merge(
    other_id: int, survivor_id: int, conn, at: dt.datetime
) -> list[tuple[int, int]]:
    """Before a merge moves the other's relations: end those the survivor already
    holds (same kind, same side, same customer), keeping the survivor's, and
    return them as (kept, ended) relation IDs. Relations that would contradict each
    other once both are the survivor's (two different spouses, parent and child
    of one customer both ways, spouse and parent of one customer) cannot be
    decided here: the merge is refused (``SPOUSE_CONFLICT``, ``RELATION_CONFLICT``
    on ``other_id``) and nothing changes."""
    survivor = await _active_of(survivor_id, other_id, conn)
    other = await _active_of(other_id, survivor_id, conn)
    if code := _conflict(survivor, other):
        raise ValidationFailed.one("other_id", code, CONFLICT_MESSAGES[code])
    pairs = sorted((survivor[key], other[key]) for key in other.keys() & survivor)
    if pairs:
        await (
            CustomerRelation.filter(id__in=[ended for _, ended in pairs])
            .using_db(conn)
            .update(ended_at=at, ended_by="merge")
        )
    return pairs
