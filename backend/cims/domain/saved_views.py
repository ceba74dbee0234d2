"""Saved views: a staff member's named filters and sort of the customer list.

Views are personal: keyed by the token subject of the actor who saved them, and
anyone else's view answers as not found. What a view holds is checked when it is
saved, as the list would check it; opening a view runs the list's own search, so
a view never shows more than its owner may see at that moment.
"""

from __future__ import annotations

from dataclasses import asdict

from tortoise.exceptions import IntegrityError
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from cims.domain import audit, customers, segments
from cims.domain.actor import Actor
from cims.domain.errors import NotFound, ValidationFailed
from cims.models import SavedView
from cims.models.enums import CustomerKind, CustomerStatus

NAME_LIMIT = 100
# Enough for every habit a person has; a bound keeps one account from filling
# the table.
MAX_VIEWS = 50
FILTER_KEYS = ("text", "statuses", "kind", "branch_id", "archived", "segment_id")


def views(actor: Actor) -> QuerySet[SavedView]:
    """The actor's own views."""
    customers.require(actor, customers.READ)
    return SavedView.filter(owner=actor.subject)


async def get(actor: Actor, view_id: int) -> SavedView:
    view = await views(actor).get_or_none(id=view_id)
    if view is None:
        raise NotFound("SavedView")
    return view


def _name(value: str) -> str:
    text = value.strip() if isinstance(value, str) else ""
    if not text:
        raise ValidationFailed.one("name", "REQUIRED", "A name is required")
    if len(text) > NAME_LIMIT:
        raise ValidationFailed.one(
            "name", "TOO_LONG", f"At most {NAME_LIMIT} characters"
        )
    return text


def _checked(actor: Actor, query: customers.CustomerQuery, sort: str) -> dict:
    """The filter as stored; the same checks as the list applies to it."""
    if sort not in customers.SORT_FIELDS:
        raise ValidationFailed.one("order_by", "INVALID_CHOICE", "Not a sort field")
    if query.text:
        customers.text_condition(query.text, actor)  # raises on a bad search text
    if query.segment_id is not None:
        customers.require(actor, customers.SEGMENT_READ)
    stored = {k: v for k, v in asdict(query).items() if k in FILTER_KEYS}
    stored["statuses"] = [CustomerStatus(s).value for s in query.statuses]
    stored["kind"] = CustomerKind(query.kind).value if query.kind else None
    return stored


async def save(
    actor: Actor,
    name: str,
    query: customers.CustomerQuery,
    sort: str = "name",
    descending: bool = False,
) -> SavedView:
    """A new view of the actor's; a name they already use is refused."""
    mine = views(actor)
    checked_name = _name(name)
    stored = _checked(actor, query, sort)
    if query.segment_id is not None:
        await _visible_segment(actor, query.segment_id)
    if await mine.filter(name=checked_name).exists():
        raise _taken()
    if await mine.count() >= MAX_VIEWS:
        raise ValidationFailed.one(
            "name", "TOO_MANY", f"At most {MAX_VIEWS} saved views; delete one first"
        )
    try:
        async with in_transaction() as conn:
            view = await SavedView.create(
                owner=actor.subject,
                name=checked_name,
                criteria=stored,
                sort=sort,
                descending=descending,
                using_db=conn,
            )
            await audit.record(
                actor, "saved_view.create", "SavedView", view.id, ("name",), conn=conn
            )
    except IntegrityError:  # the same name saved at the same moment
        raise _taken() from None
    return view


async def _visible_segment(actor: Actor, segment_id: int) -> None:
    try:
        await segments.get(actor, segment_id)
    except NotFound:
        raise ValidationFailed.one(
            "filter.segment_id", "UNKNOWN_SEGMENT", "No such segment"
        ) from None


def _taken() -> ValidationFailed:
    return ValidationFailed.one(
        "name", "NAME_TAKEN", "You already have a view by this name"
    )


async def delete(actor: Actor, view_id: int) -> int:
    """Delete one of the actor's views; returns its id."""
    view = await get(actor, view_id)
    async with in_transaction() as conn:
        await SavedView.filter(id=view.id).using_db(conn).delete()
        await audit.record(
            actor, "saved_view.delete", "SavedView", view.id, ("name",), conn=conn
        )
    return view.id


def query_of(view: SavedView) -> customers.CustomerQuery:
    """The list query a view stands for."""
    stored = view.criteria or {}
    return customers.CustomerQuery(
        text=stored.get("text"),
        statuses=tuple(CustomerStatus(s) for s in stored.get("statuses", ())),
        kind=CustomerKind(stored["kind"]) if stored.get("kind") else None,
        branch_id=stored.get("branch_id"),
        archived=bool(stored.get("archived", False)),
        segment_id=stored.get("segment_id"),
    )
