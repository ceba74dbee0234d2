"""Customer queries and mutations: check input, call the domain, map the result."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import Enum
from typing import Annotated

import strawberry
from strawberry.scalars import JSON

from cims.api.errors import (
    ConflictError,
    DuplicateCustomerError,
    NotFoundError,
    PermissionDeniedError,
    RefusedError,
    ValidationError,
    to_graphql,
)
from cims.api.ids import pk_of
from cims.api.pagination import Connection, Order, paginate
from cims.api.types import (
    Branch,
    Customer,
    CustomerKind,
    CustomerStatus,
    Gender,
    IdType,
    KycStatus,
    MaritalStatus,
    Product,
)
from cims.domain import customers as domain
from cims.domain import segments
from cims.domain.errors import DomainError, NotFound, ValidationFailed
from cims.models import Branch as BranchRow
from cims.models import Product as ProductRow
from cims.models import records

ConsentPurpose = strawberry.enum(records.ConsentPurpose)


@strawberry.enum
class CustomerSortField(Enum):
    CUSTOMER_NO = "customer_no"
    NAME = "name"
    CREATED_AT = "created_at"
    UPDATED_AT = "updated_at"


@strawberry.enum
class SortDirection(Enum):
    ASC = "asc"
    DESC = "desc"


@strawberry.input
class CustomerFilter:
    text: str | None = strawberry.field(
        default=None,
        description="Name (any width, case or script), customer number; phone, ID "
        "number or e-mail (exact, any letter case) for callers who may read them.",
    )
    status: list[CustomerStatus] | None = None
    kyc_status: list[KycStatus] | None = strawberry.field(
        default=None, description="Customers in any of these KYC states."
    )
    kind: CustomerKind | None = None
    branch_id: strawberry.ID | None = None
    archived: bool = False
    segment_id: strawberry.ID | None = strawberry.field(
        default=None, description="Members of this segment now."
    )
    complete: bool | None = strawberry.field(
        default=None, description="Every required field filled (or not)."
    )
    consent_granted: ConsentPurpose | None = strawberry.field(
        default=None,
        description="Only customers whose consent to this purpose is in force "
        "(marketing lists and exports: MARKETING).",
    )


@strawberry.input
class CustomerOrder:
    field: CustomerSortField = CustomerSortField.NAME
    direction: SortDirection = SortDirection.ASC


@strawberry.input
class CustomerFields:
    full_name: str | None = strawberry.UNSET
    family_name: str | None = strawberry.UNSET
    given_name: str | None = strawberry.UNSET
    name_latin: str | None = strawberry.UNSET
    gender: Gender | None = strawberry.UNSET
    birth_date: dt.date | None = strawberry.UNSET
    nationality: str | None = strawberry.UNSET
    id_type: IdType | None = strawberry.UNSET
    id_number: str | None = strawberry.UNSET
    occupation: str | None = strawberry.UNSET
    employer: str | None = strawberry.UNSET
    education: str | None = strawberry.UNSET
    marital_status: MaritalStatus | None = strawberry.UNSET
    mobile_phone: str | None = strawberry.UNSET
    email: str | None = strawberry.UNSET
    address: str | None = strawberry.UNSET
    currency: str | None = strawberry.UNSET
    annual_income: Decimal | None = strawberry.UNSET
    assets: Decimal | None = strawberry.UNSET
    liabilities: Decimal | None = strawberry.UNSET
    status: CustomerStatus | None = strawberry.UNSET
    kyc_status: KycStatus | None = strawberry.UNSET
    tags: list[str] | None = strawberry.UNSET
    custom_attributes: JSON | None = strawberry.UNSET
    branch_id: strawberry.ID | None = strawberry.UNSET
    relationship_manager: str | None = strawberry.UNSET
    confirm_duplicate: bool = False


@strawberry.input
class CreateCustomerInput(CustomerFields):
    full_name: str
    branch_id: strawberry.ID
    kind: CustomerKind = CustomerKind.INDIVIDUAL


@strawberry.input
class UpdateCustomerInput(CustomerFields):
    id: strawberry.ID
    version: int
    custom_attributes: JSON | None = strawberry.field(
        default=strawberry.UNSET,
        description="A patch, not a replacement: each key given is set, a key given "
        "null is removed, keys not named are kept. Null or {} changes nothing.",
    )


@strawberry.input
class ArchiveCustomerInput:
    id: strawberry.ID
    version: int


@strawberry.input
class RestoreCustomerInput:
    id: strawberry.ID
    version: int


CreateCustomerPayload = Annotated[
    Customer | ValidationError | PermissionDeniedError | DuplicateCustomerError,
    strawberry.union("CreateCustomerPayload"),
]
UpdateCustomerPayload = Annotated[
    Customer
    | ValidationError
    | NotFoundError
    | ConflictError
    | PermissionDeniedError
    | DuplicateCustomerError
    | RefusedError,
    strawberry.union("UpdateCustomerPayload"),
]
ArchiveCustomerPayload = Annotated[
    Customer | NotFoundError | ConflictError | PermissionDeniedError,
    strawberry.union("ArchiveCustomerPayload"),
]
RestoreCustomerPayload = Annotated[
    Customer | NotFoundError | ConflictError | PermissionDeniedError | RefusedError,
    strawberry.union("RestoreCustomerPayload"),
]

SKIP = {"confirm_duplicate", "id", "version"}


def _values(data: CustomerFields) -> dict:
    """The fields the client sent, snake_case, with IDs and enums resolved."""
    values = {}
    for name, value in vars(data).items():
        if name in SKIP or value is strawberry.UNSET:
            continue
        if name == "branch_id" and value is not None:
            value = _branch_pk(value)
        values[name] = value.value if isinstance(value, Enum) else value
    return values


def _branch_pk(global_id: str) -> int:
    try:
        return pk_of(global_id, "Branch")
    except NotFound:
        raise ValidationFailed.one(
            "branch_id", "UNKNOWN_BRANCH", "No such branch"
        ) from None


def _query(filter_: CustomerFilter | None) -> domain.CustomerQuery:
    if filter_ is None:
        return domain.CustomerQuery()
    return domain.CustomerQuery(
        text=filter_.text,
        statuses=tuple(s.value for s in filter_.status or ()),
        kyc_statuses=tuple(s.value for s in filter_.kyc_status or ()),
        kind=filter_.kind.value if filter_.kind else None,
        branch_id=_branch_pk(filter_.branch_id) if filter_.branch_id else None,
        archived=filter_.archived,
        segment_id=pk_of(filter_.segment_id, "Segment") if filter_.segment_id else None,
        complete=filter_.complete,
        consent_granted=(
            filter_.consent_granted.value if filter_.consent_granted else None
        ),
    )


@strawberry.type
class CustomerQueries:
    @strawberry.field
    async def customer(
        self, info: strawberry.Info, id: strawberry.ID
    ) -> Customer | None:
        try:
            row = await domain.get(info.context.actor, pk_of(id, "Customer"))
        except NotFound:
            return None
        return Customer.from_row(row)

    @strawberry.field(description="Customers, filtered and sorted; at most 100 a page.")
    async def customers(
        self,
        info: strawberry.Info,
        filter: CustomerFilter | None = None,
        order_by: CustomerOrder | None = None,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> Connection[Customer]:
        order_by = order_by or CustomerOrder()
        column = domain.SORT_FIELDS[order_by.field.value]
        desc = order_by.direction is SortDirection.DESC
        query = _query(filter)
        # A segment whose rule names a field the caller may not read is refused.
        await segments.require_usable(info.context.actor, query.segment_id)
        # Each customer's branch in the page's own statement (Customer.branch).
        found, ranked = await domain.find(info.context.actor, query)
        qs = found.select_related("branch")
        # Exact hits first (match_rank 0), then similar names, each in the order asked.
        keys = ((column, desc), ("id", desc))
        return await paginate(
            qs,
            Order(((("match_rank", False),) if ranked else ()) + keys),
            Customer.from_row,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @strawberry.field
    async def branches(self) -> list[Branch]:
        return [Branch.from_row(b) for b in await BranchRow.all().order_by("code")]

    @strawberry.field
    async def products(self) -> list[Product]:
        return [Product.from_row(p) for p in await ProductRow.all().order_by("code")]


@strawberry.type
class CustomerMutations:
    @strawberry.mutation
    async def create_customer(
        self, info: strawberry.Info, input: CreateCustomerInput
    ) -> CreateCustomerPayload:
        try:
            row = await domain.create(
                info.context.actor,
                _values(input),
                confirm_duplicate=input.confirm_duplicate,
            )
        except DomainError as error:
            return to_graphql(error)
        return Customer.from_row(row)

    @strawberry.mutation
    async def update_customer(
        self, info: strawberry.Info, input: UpdateCustomerInput
    ) -> UpdateCustomerPayload:
        try:
            row = await domain.update(
                info.context.actor,
                pk_of(input.id, "Customer"),
                input.version,
                _values(input),
                confirm_duplicate=input.confirm_duplicate,
            )
        except DomainError as error:
            return to_graphql(error)
        return Customer.from_row(row)

    @strawberry.mutation
    async def archive_customer(
        self, info: strawberry.Info, input: ArchiveCustomerInput
    ) -> ArchiveCustomerPayload:
        try:
            row = await domain.archive(
                info.context.actor, pk_of(input.id, "Customer"), input.version
            )
        except DomainError as error:
            return to_graphql(error)
        return Customer.from_row(row)

    @strawberry.mutation
    async def restore_customer(
        self, info: strawberry.Info, input: RestoreCustomerInput
    ) -> RestoreCustomerPayload:
        try:
            row = await domain.restore(
                info.context.actor, pk_of(input.id, "Customer"), input.version
            )
        except DomainError as error:
            return to_graphql(error)
        return Customer.from_row(row)
