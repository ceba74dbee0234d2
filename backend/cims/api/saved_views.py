"""Saved views of the customer list: save, list, delete; each staff member's own."""

from __future__ import annotations

import datetime as dt
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
    ValidationError,
    to_graphql,
)
from cims.api.ids import pk_of, to_global_id
from cims.api.pagination import Connection, Order, paginate
from cims.api.types import CustomerKind, CustomerStatus, Node
from cims.domain import saved_views as domain
from cims.domain.errors import DomainError, NotFound

VIEW_ORDER = Order((("name", False), ("id", False)))
SORTS = {field.value: field for field in CustomerSortField}


@strawberry.type(description="A saved view's filter, as the customer list takes it.")
class SavedViewFilter:
    text: str | None
    status: list[CustomerStatus]
    kind: CustomerKind | None
    branch_id: strawberry.ID | None
    archived: bool
    segment_id: strawberry.ID | None


@strawberry.type(description="A saved view's sort, as the customer list takes it.")
class SavedViewOrder:
    field: CustomerSortField
    direction: SortDirection


@strawberry.type(description="A named filter and sort of the customer list.")
class SavedView(Node):
    name: str
    filter: SavedViewFilter
    order_by: SavedViewOrder
    created_at: dt.datetime

    @classmethod
    def from_row(cls, row) -> SavedView:
        query = domain.query_of(row)
        return cls(
            id=to_global_id("SavedView", row.id),
            name=row.name,
            filter=SavedViewFilter(
                text=query.text,
                status=[CustomerStatus(s) for s in query.statuses],
                kind=CustomerKind(query.kind) if query.kind else None,
                branch_id=_gid("Branch", query.branch_id),
                archived=query.archived,
                segment_id=_gid("Segment", query.segment_id),
            ),
            order_by=SavedViewOrder(
                field=SORTS[row.sort],
                direction=SortDirection.DESC if row.descending else SortDirection.ASC,
            ),
            created_at=row.created_at,
        )


def _gid(type_name: str, pk: int | None) -> strawberry.ID | None:
    return None if pk is None else to_global_id(type_name, pk)


@strawberry.input
class SaveViewInput:
    name: str
    filter: CustomerFilter | None = None
    order_by: CustomerOrder | None = None


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
DeleteSavedViewPayload = Annotated[
    DeletedSavedView | NotFoundError | PermissionDeniedError,
    strawberry.union("DeleteSavedViewPayload"),
]


async def saved_view_node(info: strawberry.Info, pk: int) -> SavedView | None:
    try:
        return SavedView.from_row(await domain.get(info.context.actor, pk))
    except NotFound:
        return None


@strawberry.type
class SavedViewQueries:
    @strawberry.field(description="Your saved views of the customer list, by name.")
    async def saved_views(
        self,
        info: strawberry.Info,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[SavedView]:
        qs = domain.views(info.context.actor)
        return await paginate(
            qs, VIEW_ORDER, SavedView.from_row, first=first, after=after
        )


@strawberry.type
class SavedViewMutations:
    @strawberry.mutation(description="Save the list's filter and sort under a name.")
    async def save_view(
        self, info: strawberry.Info, input: SaveViewInput
    ) -> SaveViewPayload:
        order = input.order_by or CustomerOrder()
        try:
            row = await domain.save(
                info.context.actor,
                input.name,
                _query(input.filter),
                order.field.value,
                order.direction is SortDirection.DESC,
            )
        except DomainError as error:
            return to_graphql(error)
        return SavedView.from_row(row)

    @strawberry.mutation(description="Delete one of your saved views.")
    async def delete_saved_view(
        self, info: strawberry.Info, input: DeleteSavedViewInput
    ) -> DeleteSavedViewPayload:
        try:
            pk = await domain.delete(info.context.actor, pk_of(input.id, "SavedView"))
        except DomainError as error:
            return to_graphql(error)
        return DeletedSavedView(id=to_global_id("SavedView", pk))
