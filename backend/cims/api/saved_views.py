"""Saved views of the customer list: save, list, change, share, delete."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Annotated

import strawberry

from cims.api.customers import (
    CustomerFilter,
    CustomerOrder,
    CustomerSortField,
    SortDirection,
    _query,
)
from cims.api.errors import (
    NotFoundError,
    PermissionDeniedError,
    RefusedError,
    ValidationError,
    to_graphql,
)
from cims.api.ids import pk_of, to_global_id
from cims.api.pagination import Connection, Order, paginate
from cims.api.types import CustomerKind, CustomerStatus, KycStatus, Node
from cims.domain import saved_views as domain
from cims.domain.errors import DomainError, NotFound
from cims.models.enums import ViewVisibility as Visibility

VIEW_ORDER = Order((("name", False), ("id", False)))
SORTS = {field.value: field for field in CustomerSortField}

CustomerColumn = strawberry.enum(
    enum.Enum("CustomerColumn", {c.upper(): c for c in domain.COLUMNS}),
    description="A column of the customer list.",
)
ViewVisibility = strawberry.enum(
    Visibility,
    description="PRIVATE: the owner's alone; TEAM: listed for the owner's team.",
)


@strawberry.type(description="A saved view's filter, as the customer list takes it.")
class SavedViewFilter:
    status: list[CustomerStatus]
    kyc_status: list[KycStatus]
    kind: CustomerKind | None
    branch_id: strawberry.ID | None
    archived: bool
    segment_id: strawberry.ID | None
    complete: bool | None


@strawberry.type(description="A saved view's sort, as the customer list takes it.")
class SavedViewOrder:
    field: CustomerSortField
    direction: SortDirection


@strawberry.type(description="A named filter, sort and columns of the customer list.")
class SavedView(Node):
    name: str
    filter: SavedViewFilter
    order_by: SavedViewOrder
    columns: list[CustomerColumn] = strawberry.field(
        description="Visible columns in order; empty: the list's default columns."
    )
    visibility: ViewVisibility
    mine: bool = strawberry.field(description="You saved it: you may change it.")
    created_at: dt.datetime
    owner_subject: strawberry.Private[str]

    @strawberry.field(description="The display name of the staff member who saved it.")
    async def owner(self, info: strawberry.Info) -> str | None:
        principal = await info.context.loaders.principal.load(self.owner_subject)
        return principal.display_name if principal else None

    @classmethod
    def from_row(cls, row, viewer: str) -> SavedView:
        query = domain.query_of(row)
        return cls(
            id=to_global_id("SavedView", row.id),
            name=row.name,
            filter=SavedViewFilter(
                status=[CustomerStatus(s) for s in query.statuses],
                kyc_status=[KycStatus(s) for s in query.kyc_statuses],
                kind=CustomerKind(query.kind) if query.kind else None,
                branch_id=_gid("Branch", query.branch_id),
                archived=query.archived,
                segment_id=_gid("Segment", query.segment_id),
                complete=query.complete,
            ),
            order_by=SavedViewOrder(
                field=SORTS[row.sort],
                direction=SortDirection.DESC if row.descending else SortDirection.ASC,
            ),
            columns=[CustomerColumn(c) for c in row.columns or ()],
            visibility=Visibility(row.visibility),
            mine=row.owner == viewer,
            created_at=row.created_at,
            owner_subject=row.owner,
        )


def _gid(type_name: str, pk: int | None) -> strawberry.ID | None:
    return None if pk is None else to_global_id(type_name, pk)


@strawberry.input
class SaveViewInput:
    name: str
    filter: CustomerFilter | None = None
    order_by: CustomerOrder | None = None
    columns: list[CustomerColumn] | None = strawberry.field(
        default=None, description="Visible columns in order; none: the defaults."
    )
    visibility: ViewVisibility = Visibility.PRIVATE


@strawberry.input(description="What to change of one of your views; unset: as it is.")
class UpdateSavedViewInput:
    id: strawberry.ID
    name: str | None = None
    filter: CustomerFilter | None = None
    order_by: CustomerOrder | None = None
    columns: list[CustomerColumn] | None = None
    visibility: ViewVisibility | None = None


@strawberry.input
class DeleteSavedViewInput:
    id: strawberry.ID


@strawberry.type
class DeletedSavedView:
    id: strawberry.ID


SaveViewPayload = Annotated[
    SavedView | ValidationError | PermissionDeniedError,
    strawberry.union("SaveViewPayload"),
]
UpdateSavedViewPayload = Annotated[
    SavedView | ValidationError | NotFoundError | RefusedError | PermissionDeniedError,
    strawberry.union("UpdateSavedViewPayload"),
]
DeleteSavedViewPayload = Annotated[
    DeletedSavedView | NotFoundError | RefusedError | PermissionDeniedError,
    strawberry.union("DeleteSavedViewPayload"),
]


async def saved_view_node(info: strawberry.Info, pk: int) -> SavedView | None:
    actor = info.context.actor
    try:
        return SavedView.from_row(await domain.get(actor, pk), actor.subject)
    except NotFound:
        return None


def _columns(columns: list | None) -> tuple[str, ...] | None:
    return None if columns is None else tuple(c.value for c in columns)


@strawberry.type
class SavedViewQueries:
    @strawberry.field(
        description="Your saved views of the customer list and those your team "
        "shares, by name."
    )
    async def saved_views(
        self,
        info: strawberry.Info,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[SavedView]:
        actor = info.context.actor
        qs = await domain.views(actor)
        return await paginate(
            qs,
            VIEW_ORDER,
            lambda row: SavedView.from_row(row, actor.subject),
            first=first,
            after=after,
        )


@strawberry.type
class SavedViewMutations:
    @strawberry.mutation(
        description="Save the list's filter, sort and columns under a name."
    )
    async def save_view(
        self, info: strawberry.Info, input: SaveViewInput
    ) -> SaveViewPayload:
        actor = info.context.actor
        order = input.order_by or CustomerOrder()
        try:
            row = await domain.save(
                actor,
                input.name,
                _query(input.filter),
                order.field.value,
                order.direction is SortDirection.DESC,
                _columns(input.columns),
                Visibility(input.visibility),
            )
        except DomainError as error:
            return to_graphql(error)
        return SavedView.from_row(row, actor.subject)

    @strawberry.mutation(
        description="Rename, change, share or unshare one of your saved views."
    )
    async def update_saved_view(
        self, info: strawberry.Info, input: UpdateSavedViewInput
    ) -> UpdateSavedViewPayload:
        actor = info.context.actor
        order = input.order_by
        change = domain.Change(
            name=input.name,
            query=_query(input.filter) if input.filter is not None else None,
            sort=order.field.value if order else None,
            descending=order.direction is SortDirection.DESC if order else None,
            columns=_columns(input.columns),
            visibility=Visibility(input.visibility) if input.visibility else None,
        )
        try:
            row = await domain.update(actor, pk_of(input.id, "SavedView"), change)
        except DomainError as error:
            return to_graphql(error)
        return SavedView.from_row(row, actor.subject)

    @strawberry.mutation(description="Delete one of your saved views.")
    async def delete_saved_view(
        self, info: strawberry.Info, input: DeleteSavedViewInput
    ) -> DeleteSavedViewPayload:
        try:
            pk = await domain.delete(info.context.actor, pk_of(input.id, "SavedView"))
        except DomainError as error:
            return to_graphql(error)
        return DeletedSavedView(id=to_global_id("SavedView", pk))
