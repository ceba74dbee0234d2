"""Data-subject rights in the graph: four-eyes erasure on request, subject export."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import strawberry

from cims.api.capture import ExportFile
from cims.api.errors import (
    ConflictError,
    ErasureHeldError,
    NotFoundError,
    PermissionDeniedError,
    RefusedError,
    ValidationError,
    to_graphql,
)
from cims.api.ids import pk_of, to_global_id
from cims.api.pagination import Connection, Order, paginate
from cims.api.permissions import requires
from cims.api.types import Customer, Node
from cims.domain import erasure, subject_export
from cims.domain.errors import DomainError, NotFound, PermissionDenied

ErasureGround = strawberry.enum(
    erasure.ErasureGround,
    name="ErasureGround",
    description="Why the customer asked to be forgotten (GDPR art. 17(1), PIPL 47).",
)
ErasureRequestStatus = strawberry.enum(
    erasure.ErasureRequestStatus,
    name="ErasureRequestStatus",
    description="PENDING until a second person approves (and the data is erased) "
    "or rejects it; WITHDRAWN when the requester turned it down.",
)
ORDER = Order((("requested_at", False), ("id", False)))


@strawberry.type(
    description="A request to erase a customer's personal data, waiting for or "
    "carrying the decision of a second person (four eyes)."
)
class ErasureRequest(Node):
    ground: ErasureGround
    reference: str = strawberry.field(
        description="The reference of the data subject's request (a ticket number)."
    )
    status: ErasureRequestStatus
    requested_by: str = strawberry.field(description="The requester's subject.")
    requested_at: dt.datetime
    decided_by: str | None = strawberry.field(description="Who approved or rejected.")
    decided_at: dt.datetime | None
    decision_reason: str | None = strawberry.field(
        description="Why it was rejected or withdrawn."
    )
    customer_id: strawberry.Private[int]

    @strawberry.field
    async def customer(self, info: strawberry.Info) -> Customer | None:
        row = await info.context.loaders.customer.load(self.customer_id)
        return Customer.from_row(row) if row else None

    @strawberry.field(description="The requester's staff username, when one.")
    async def requested_by_name(self, info: strawberry.Info) -> str | None:
        return await _username(info, self.requested_by)

    @strawberry.field(description="The decider's staff username, when one.")
    async def decided_by_name(self, info: strawberry.Info) -> str | None:
        return await _username(info, self.decided_by)

    @strawberry.field(
        description="Whether the caller made the request: they may withdraw it but "
        "not approve it."
    )
    def requested_by_you(self, info: strawberry.Info) -> bool:
        return info.context.actor.subject == self.requested_by

    @classmethod
    def from_row(cls, row) -> ErasureRequest:
        return cls(
            id=to_global_id("ErasureRequest", row.id),
            customer_id=row.customer_id,
            ground=row.ground,
            reference=row.reference,
            status=row.status,
            requested_by=row.requested_by,
            requested_at=row.requested_at,
            decided_by=row.decided_by,
            decided_at=row.decided_at,
            decision_reason=row.decision_reason,
        )


async def _username(info: strawberry.Info, subject: str | None) -> str | None:
    if subject is None:
        return None
    principal = await info.context.loaders.principal.load(subject)
    return principal.username if principal else None


async def erasure_request_node(info: strawberry.Info, pk: int):
    """``node(id:)`` for an erasure request: null without customer.erase or scope."""
    try:
        return ErasureRequest.from_row(
            await erasure.get_request(info.context.actor, pk)
        )
    except (NotFound, PermissionDenied):
        return None


@strawberry.input
class RequestErasureInput:
    customer_id: strawberry.ID
    ground: ErasureGround
    reference: str = strawberry.field(
        description="The reference of the data subject's request; no personal data."
    )


@strawberry.input
class ApproveErasureRequestInput:
    id: strawberry.ID


@strawberry.input
class RejectErasureRequestInput:
    id: strawberry.ID
    reason: str


RequestErasurePayload = Annotated[
    ErasureRequest
    | ErasureHeldError
    | RefusedError
    | ValidationError
    | NotFoundError
    | PermissionDeniedError,
    strawberry.union("RequestErasurePayload"),
]
ApproveErasureRequestPayload = Annotated[
    ErasureRequest
    | ErasureHeldError
    | RefusedError
    | NotFoundError
    | ConflictError
    | PermissionDeniedError,
    strawberry.union("ApproveErasureRequestPayload"),
]
RejectErasureRequestPayload = Annotated[
    ErasureRequest
    | RefusedError
    | ValidationError
    | NotFoundError
    | PermissionDeniedError,
    strawberry.union("RejectErasureRequestPayload"),
]


@strawberry.type
class SubjectQueries:
    @requires(
        erasure.ERASE,
        description="Erasure requests of the customers you may see, oldest first; "
        "the pending ones unless statuses are given.",
    )
    async def erasure_requests(
        self,
        info: strawberry.Info,
        status: list[ErasureRequestStatus] | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[ErasureRequest] | None:
        statuses = [s.value for s in status] if status else [erasure.PENDING]
        qs = erasure.requests(info.context.actor, statuses)
        return await paginate(
            qs, ORDER, ErasureRequest.from_row, first=first, after=after
        )


@strawberry.input
class ExportCustomerDataInput:
    id: strawberry.ID


ExportCustomerDataPayload = Annotated[
    ExportFile | NotFoundError | PermissionDeniedError,
    strawberry.union("ExportCustomerDataPayload"),
]


@strawberry.type
class SubjectMutations:
    @strawberry.mutation(
        description="Ask for a customer's personal data to be erased; a second "
        "person approves. Refused while a retention hold applies. Audited."
    )
    async def request_erasure(
        self, info: strawberry.Info, input: RequestErasureInput
    ) -> RequestErasurePayload:
        try:
            row = await erasure.request_erasure(
                info.context.actor,
                pk_of(input.customer_id, "Customer"),
                input.ground,
                input.reference,
            )
        except DomainError as error:
            return to_graphql(error)
        return ErasureRequest.from_row(row)

    @strawberry.mutation(
        description="Approve a colleague's erasure request: the personal data is "
        "erased now, if still no hold applies (else the request stays pending); "
        "the row and non-personal history stay. Audited."
    )
    async def approve_erasure_request(
        self, info: strawberry.Info, input: ApproveErasureRequestInput
    ) -> ApproveErasureRequestPayload:
        try:
            row = await erasure.approve(
                info.context.actor, pk_of(input.id, "ErasureRequest")
            )
        except DomainError as error:
            return to_graphql(error)
        return ErasureRequest.from_row(row)

    @strawberry.mutation(
        description="Reject a pending erasure request with a reason (the "
        "requester's own is withdrawn). Audited."
    )
    async def reject_erasure_request(
        self, info: strawberry.Info, input: RejectErasureRequestInput
    ) -> RejectErasureRequestPayload:
        try:
            row = await erasure.reject(
                info.context.actor, pk_of(input.id, "ErasureRequest"), input.reason
            )
        except DomainError as error:
            return to_graphql(error)
        return ErasureRequest.from_row(row)

    @strawberry.mutation(
        description="Everything held on one customer as a JSON file (data-subject "
        "access request), personal data in clear. Audited."
    )
    async def export_customer_data(
        self, info: strawberry.Info, input: ExportCustomerDataInput
    ) -> ExportCustomerDataPayload:
        try:
            file = await subject_export.export_subject(
                info.context.actor, pk_of(input.id, "Customer")
            )
        except DomainError as error:
            return to_graphql(error)
        return ExportFile.of(file)
