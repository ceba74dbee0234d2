"""Permission and row-scope checks shared by the service modules.

Branch staff see only their branch's customers; anything outside an actor's scope
answers as not found, so that its existence is not disclosed.
"""

from __future__ import annotations

from tortoise.models import Model
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


async def one_in_scope(
    actor: Actor, model: type[Model], row_id: int, customer_path: str = "customer"
) -> Model:
    """The ``model`` row ``row_id`` if it is in the actor's scope; ``NotFound``
    named after the model otherwise, whether it is missing or out of scope."""
    row = await scoped(actor, model.filter(id=row_id), customer_path).first()
    if row is None:
        raise NotFound(model.__name__)
    return row


async def customer_in_scope(actor: Actor, customer_id: int) -> Customer:
    return await one_in_scope(actor, Customer, customer_id, "")
