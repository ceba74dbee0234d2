"""Data-subject rights in the graph: erasure on request and the per-customer export."""

from __future__ import annotations

import base64
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
    to_graphql,
)
from cims.api.ids import pk_of
from cims.api.types import Customer
from cims.domain import erasure, subject_export
from cims.domain.errors import DomainError

ErasureGround = strawberry.enum(
    erasure.ErasureGround,
    name="ErasureGround",
    description="Why the customer asked to be forgotten (GDPR art. 17(1), PIPL 47).",
)


@strawberry.input
class EraseCustomerInput:
    id: strawberry.ID
    version: int
    ground: ErasureGround


EraseCustomerPayload = Annotated[
    Customer
    | ErasureHeldError
    | RefusedError
    | NotFoundError
    | ConflictError
    | PermissionDeniedError,
    strawberry.union("EraseCustomerPayload"),
]


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
        description="Erase a customer's personal data on request, where no retention "
        "hold applies; the row and non-personal history stay. Audited."
    )
    async def erase_customer(
        self, info: strawberry.Info, input: EraseCustomerInput
    ) -> EraseCustomerPayload:
        try:
            row = await erasure.erase(
                info.context.actor,
                pk_of(input.id, "Customer"),
                input.version,
                input.ground,
            )
        except DomainError as error:
            return to_graphql(error)
        return Customer.from_row(row)

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
        return ExportFile(
            file_name=file.file_name,
            content_type=file.content_type,
            content_base64=base64.b64encode(file.content).decode(),
            row_count=file.rows,
            created_at=dt.datetime.now(dt.UTC),
        )
