"""Saved views: a staff member's named filter, sort and columns of the customer list.

A view belongs to the staff member who saved it (keyed by token subject); only
they rename, change or delete it. A view is PRIVATE, or shared with the owner's
TEAM (``StaffMember.team``): then every active staff member of that team lists
it and may open it, read-only. Someone with no team (service accounts and
external providers' users included) shares nothing and sees no shared view. A
view nobody may see answers as not found; a visible view changed by anyone but
its owner is refused with ``NOT_OWNER``.

What a view holds is checked when it is saved, as the list would check it;
opening a view runs the list's own search as the viewer, so a shared view never
shows more than the viewer may see (their branch, their permissions). A view never
keeps the list's search text: it may be a name, an ID or a phone number, which would
then lie in clear in the table and, once shared, go to team-mates in other branches
(``SEARCH_TEXT_NOT_KEPT``); text a view saved before this rule is not used or shown.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q, Subquery
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from cims.domain import audit, customers, principals, segments
from cims.domain.actor import Actor
from cims.domain.errors import NotFound, Refused, ValidationFailed
from cims.models import SavedView, StaffMember
from cims.models.enums import CustomerKind, CustomerStatus, KycStatus, ViewVisibility

NAME_LIMIT = 100
# Enough for every habit a person has; a bound keeps one account from filling
# the table.
MAX_VIEWS = 50
FILTER_KEYS = (
    "statuses",
    "kyc_statuses",
    "kind",
    "branch_id",
    "archived",
    "segment_id",
    "complete",
)
# The customer list's columns a view may show, as the list names them.
COLUMNS = (
    "name",
    "customer_no",
    "kind",
    "status",
    "branch",
    "completeness",
    "created_at",
    "updated_at",
)


@dataclass(frozen=True)
class Change:
    """What an update sets; ``None`` leaves that part as it is."""

    name: str | None = None
    query: customers.CustomerQuery | None = None
    sort: str | None = None
    descending: bool | None = None
    columns: tuple[str, ...] | None = None
    visibility: ViewVisibility | None = None


async def views(actor: Actor) -> QuerySet[SavedView]:
    """The views the actor may open: their own and those their team shares."""
    customers.require(actor, customers.READ)
    mine = Q(owner=actor.subject)
    team = await principals.team_of(actor.subject)
    if team is None:
        return SavedView.filter(mine)
    teammates = StaffMember.filter(team=team, active=True).values("subject")
    shared = Q(visibility=ViewVisibility.TEAM, owner__in=Subquery(teammates))
    return SavedView.filter(Q(mine, shared, join_type="OR"))


async def get(actor: Actor, view_id: int) -> SavedView:
    view = await (await views(actor)).get_or_none(id=view_id)
    if view is None:
        raise NotFound("SavedView")
    return view


async def _own(actor: Actor, view_id: int) -> SavedView:
    view = await get(actor, view_id)
    if view.owner != actor.subject:
        raise Refused("NOT_OWNER", "Only the view's owner may change or delete it")
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
        raise ValidationFailed.one(
            "filter.text",
            "SEARCH_TEXT_NOT_KEPT",
            "A view does not keep search text (it may be a name, an ID or a phone "
            "number); clear the search to save the view",
        )
    if query.segment_id is not None:
        customers.require(actor, customers.SEGMENT_READ)
    stored = {k: v for k, v in asdict(query).items() if k in FILTER_KEYS}
    stored["statuses"] = [CustomerStatus(s).value for s in query.statuses]
    stored["kyc_statuses"] = [KycStatus(s).value for s in query.kyc_statuses]
    stored["kind"] = CustomerKind(query.kind).value if query.kind else None
    return stored


def _columns(columns: tuple[str, ...] | list[str] | None) -> list[str]:
    """Known columns in the order given, each once; empty: the list's defaults."""
    unknown = [c for c in columns or () if c not in COLUMNS]
    if unknown:
        raise ValidationFailed.one(
            "columns", "UNKNOWN_COLUMN", f"Not a column of the list: {unknown[0]}"
        )
    return list(dict.fromkeys(columns or ()))


async def _visibility(actor: Actor, visibility: ViewVisibility) -> ViewVisibility:
    visibility = ViewVisibility(visibility)
    shared = visibility is ViewVisibility.TEAM
    if shared and await principals.team_of(actor.subject) is None:
        raise ValidationFailed.one(
            "visibility", "NO_TEAM", "You belong to no team to share with"
        )
    return visibility


async def save(
    actor: Actor,
    name: str,
    query: customers.CustomerQuery,
    sort: str = "name",
    descending: bool = False,
    columns: tuple[str, ...] | list[str] | None = None,
    visibility: ViewVisibility = ViewVisibility.PRIVATE,
) -> SavedView:
    """A new view of the actor's; a name they already use is refused."""
    customers.require(actor, customers.READ)
    mine = SavedView.filter(owner=actor.subject)
    checked_name = _name(name)
    stored = _checked(actor, query, sort)
    shown = _columns(columns)
    visibility = await _visibility(actor, visibility)
    if query.segment_id is not None:
        await _visible_segment(actor, query.segment_id)
    if await mine.filter(name=checked_name).exists():
        raise _taken()
    if await mine.count() >= MAX_VIEWS:
        raise ValidationFailed.one(
            "name", "TOO_MANY", f"At most {MAX_VIEWS} saved views; delete one first"
        )
    fields = ("name", "visibility") if visibility is ViewVisibility.TEAM else ("name",)
    try:
        async with in_transaction() as conn:
            view = await SavedView.create(
                owner=actor.subject,
                name=checked_name,
                criteria=stored,
                sort=sort,
                descending=descending,
                columns=shown,
                visibility=visibility,
                using_db=conn,
            )
            await audit.record(
                actor, "saved_view.create", "SavedView", view.id, fields, conn=conn
            )
            if visibility is ViewVisibility.TEAM:  # shared from the start: a share
                await audit.record(
                    actor,
                    "saved_view.share",
                    "SavedView",
                    view.id,
                    ["visibility"],
                    conn=conn,
                )
    except IntegrityError:  # the same name saved at the same moment
        raise _taken() from None
    return view


async def update(actor: Actor, view_id: int, change: Change) -> SavedView:
    """Rename, change, share or unshare one of the actor's own views."""
    view = await _own(actor, view_id)
    values = await _changed_values(actor, view, change)
    if "name" in values and await _name_used(actor, values["name"], view.id):
        raise _taken()
    changed = [k for k, v in values.items() if getattr(view, k) != v]
    if not changed:
        return view
    try:
        async with in_transaction() as conn:
            await SavedView.filter(id=view.id).using_db(conn).update(**values)
            await audit.record(
                actor, _action(view, values), "SavedView", view.id, changed, conn=conn
            )
    except IntegrityError:  # renamed to a name saved at the same moment
        raise _taken() from None
    return await SavedView.get(id=view.id)


async def _name_used(actor: Actor, name: str, view_id: int) -> bool:
    same = SavedView.filter(owner=actor.subject, name=name).exclude(id=view_id)
    return await same.exists()


async def _changed_values(actor: Actor, view: SavedView, change: Change) -> dict:
    values: dict = {}
    if change.name is not None:
        values["name"] = _name(change.name)
    if change.query is not None or change.sort is not None:
        query = change.query if change.query is not None else query_of(view)
        sort = change.sort if change.sort is not None else view.sort
        values["criteria"] = _checked(actor, query, sort)
        values["sort"] = sort
        if query.segment_id is not None:
            await _visible_segment(actor, query.segment_id)
    if change.descending is not None:
        values["descending"] = change.descending
    if change.columns is not None:
        values["columns"] = _columns(change.columns)
    if change.visibility is not None:
        values["visibility"] = await _visibility(actor, change.visibility)
    return values


def _action(view: SavedView, values: dict) -> str:
    """Sharing and unsharing are their own actions, so the trail shows them."""
    visibility = values.get("visibility", view.visibility)
    if visibility == view.visibility:
        return "saved_view.update"
    shared = visibility is ViewVisibility.TEAM
    return "saved_view.share" if shared else "saved_view.unshare"


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
    """Delete one of the actor's own views; returns its id."""
    view = await _own(actor, view_id)
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
        statuses=tuple(CustomerStatus(s) for s in stored.get("statuses", ())),
        kyc_statuses=tuple(KycStatus(s) for s in stored.get("kyc_statuses", ())),
        kind=CustomerKind(stored["kind"]) if stored.get("kind") else None,
        branch_id=stored.get("branch_id"),
        archived=bool(stored.get("archived", False)),
        segment_id=stored.get("segment_id"),
        complete=stored.get("complete"),
    )
