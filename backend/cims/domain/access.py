"""Permission and row-scope checks shared by the service modules.

Branch staff see only their branch's customers; anything outside an actor's scope
answers as not found, so that its existence is not disclosed.
"""

from __future__ import annotations

from tortoise.models import Model
from tortoise.queryset import QuerySet

from cims.domain.actor import Actor
from cims.domain.errors import NotFound, PermissionDenied, Refused
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


def refuse_erased(customer: Customer) -> None:
    """``Refused("ALREADY_ERASED")`` for a customer whose personal data is erased:
    nothing personal may be added to the pseudonymised row afterwards."""
    if customer.erased_at is not None:
        message = "The customer's personal data is erased already"
        raise Refused("ALREADY_ERASED", message)


async def writable_customer(actor: Actor, customer_id: int, conn=None) -> Customer:
    """The customer in the actor's scope, refused when erased. With ``conn`` (a
    transaction) the row is locked until the commit on PostgreSQL, so an erasure
    approved at the same instant waits for the write or the write sees it."""
    query = scoped(actor, Customer.filter(id=customer_id), "")
    if conn is not None:
        query = query.using_db(conn).select_for_update()
    customer = await query.first()
    if customer is None:
        raise NotFound("Customer")
    refuse_erased(customer)
    return customer
