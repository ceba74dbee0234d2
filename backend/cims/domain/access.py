"""Permission and row-scope checks shared by the service modules.

Branch staff see only their branch's customers; anything outside an actor's scope
answers as not found, so that its existence is not disclosed.
"""

from __future__ import annotations

from tortoise.queryset import QuerySet

from cims.domain.actor import Actor
from cims.domain.errors import NotFound, PermissionDenied
from cims.models import Customer


def require(actor: Actor, permission: str) -> None:
    if not actor.can(permission):
        raise PermissionDenied(permission)


def scoped(actor: Actor, query: QuerySet, customer_path: str = "customer") -> QuerySet:
    """``query`` narrowed to rows whose customer is in the actor's branch."""
    if actor.branch_id is None:
        return query
    if customer_path:
        return query.filter(**{f"{customer_path}__branch_id": actor.branch_id})
    return query.filter(branch_id=actor.branch_id)


async def customer_in_scope(actor: Actor, customer_id: int) -> Customer:
    customer = await scoped(actor, Customer.filter(id=customer_id), "").first()
    if customer is None:
        raise NotFound("Customer")
    return customer
