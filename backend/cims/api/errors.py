"""Typed errors of the graph, and the one place that maps domain errors to them."""

from __future__ import annotations

import datetime as dt
import re
from enum import Enum
from typing import TYPE_CHECKING, Annotated

import strawberry

from cims.domain import errors as domain

if TYPE_CHECKING:
    from cims.api.types import Customer


@strawberry.enum
class ErrorCode(Enum):
    VALIDATION_FAILED = "VALIDATION_FAILED"
    NOT_FOUND = "NOT_FOUND"
    CONFLICT = "CONFLICT"
    FORBIDDEN = "FORBIDDEN"
    DUPLICATE_CUSTOMER = "DUPLICATE_CUSTOMER"
    INVALID_TRANSITION = "INVALID_TRANSITION"
    SAME_APPROVER = "SAME_APPROVER"
    ALREADY_DECIDED = "ALREADY_DECIDED"
    ERASURE_HELD = "ERASURE_HELD"
    ALREADY_ERASED = "ALREADY_ERASED"
    ERASURE_REQUESTED = "ERASURE_REQUESTED"
    MODEL_NOT_READY = "MODEL_NOT_READY"
    CONSENT_WITHDRAWN = "CONSENT_WITHDRAWN"
    NOT_OWNER = "NOT_OWNER"
    EXPORT_TOO_LARGE = "EXPORT_TOO_LARGE"


@strawberry.interface(description="An expected failure, with a message safe to show.")
class Error:
    code: ErrorCode
    message: str


@strawberry.type
class FieldError:
    field: str
    code: str
    message: str
    column: str | None = strawberry.field(
        default=None,
        description="The column (a file header) the problem is about: import mappings.",
    )
    target: str | None = strawberry.field(
        default=None,
        description="The field the problem is about within `field`: import mappings.",
    )

    @classmethod
    def of(cls, problem) -> FieldError:
        return cls(
            field=camel(problem.field),
            code=problem.code,
            message=problem.message,
            column=problem.column,
            target=problem.target,
        )


@strawberry.type
class ValidationError(Error):
    fields: list[FieldError]


@strawberry.type
class NotFoundError(Error):
    pass


@strawberry.type
class ConflictError(Error):
    current_version: int


@strawberry.type
class PermissionDeniedError(Error):
    permission: str
    field: str | None = strawberry.field(
        default=None,
        description="The input field that needs the permission, when the refusal "
        "is about writing one (a field the caller may not read).",
    )


@strawberry.type
class DuplicateCandidate:
    customer_id: strawberry.Private[int]
    score: float
    reasons: list[str]

    @strawberry.field
    async def customer(
        self, info: strawberry.Info
    ) -> Annotated[Customer, strawberry.lazy("cims.api.types")] | None:
        from cims.api.types import Customer

        row = await info.context.loaders.customer.load(self.customer_id)
        return Customer.from_row(row) if row else None


@strawberry.type
class DuplicateCustomerError(Error):
    candidates: list[DuplicateCandidate]


@strawberry.type(
    description="A workflow step not allowed from the current state; states and steps "
    "are the names of the entity's status enum (RECEIVED, ACKNOWLEDGED, ...)."
)
class InvalidTransitionError(Error):
    entity: str
    current_state: str
    requested: str
    allowed_steps: list[str]


@strawberry.type(description="A control refused the step; the code names it.")
class RefusedError(Error):
    pass


@strawberry.type(description="One reason the personal data must be kept for now.")
class ErasureHold:
    code: str = strawberry.field(
        description="OPEN_ACCOUNTS, OPEN_COMPLAINTS, OPEN_ALERTS or RETENTION_PERIOD."
    )
    message: str
    count: int | None = strawberry.field(description="How many records hold it.")
    until: dt.date | None = strawberry.field(
        description="When a retention period lapses."
    )


@strawberry.type(description="Erasure refused: every hold that applies.")
class ErasureHeldError(Error):
    holds: list[ErasureHold]


@strawberry.type(
    description="No trained model is active for this step; staff run the command "
    "named here (models are trained by a command, never inside a request)."
)
class ModelNotReadyError(Error):
    model_kind: str
    command: str


@strawberry.type(
    description="The customer withdrew consent to the purpose, or the grant expired: "
    "a step that markets to them is refused."
)
class ConsentWithdrawnError(Error):
    purpose: str = strawberry.field(description="The consent purpose, e.g. MARKETING.")
    expired: bool = strawberry.field(
        description="True when a grant ran out; false when it was withdrawn."
    )
    since: dt.date | None = strawberry.field(
        description="The day it was withdrawn, or the expiry date."
    )


@strawberry.type(
    description="An export with personal data in clear has more rows than the limit "
    "(CIMS_EXPORT_CLEAR_MAX_ROWS): export it masked or narrow the filter."
)
class ExportTooLargeError(Error):
    row_count: int
    clear_row_limit: int


_SNAKE = re.compile(r"(?<=[A-Za-z0-9])_([a-z0-9])")


def camel(name: str) -> str:
    """A domain field name as the API's clients name it: ``issuing_country`` is
    ``issuingCountry``; a path's every part is converted (``contacts[0].phone_no``
    is ``contacts[0].phoneNo``), and a name in camelCase already stays as it is.
    Every field an error names passes through here, in payloads and in messages."""
    return _SNAKE.sub(lambda found: found.group(1).upper(), name)


def validation_message(error: domain.ValidationFailed) -> str:
    """The error's message, naming its fields in camelCase like ``fields``."""
    return domain.ValidationFailed.describe(error.problems, camel)


def to_graphql(error: domain.DomainError):
    """The GraphQL error type for a domain error."""
    match error:
        case domain.ValidationFailed():
            problems = [FieldError.of(p) for p in error.problems]
            return ValidationError(
                code=ErrorCode.VALIDATION_FAILED,
                message=validation_message(error),
                fields=problems,
            )
        case domain.NotFound():
            return NotFoundError(code=ErrorCode.NOT_FOUND, message=error.message)
        case domain.Conflict():
            return ConflictError(
                code=ErrorCode.CONFLICT,
                message=error.message,
                current_version=error.current_version,
            )
        case domain.PermissionDenied():
            return PermissionDeniedError(
                code=ErrorCode.FORBIDDEN,
                message=error.message,
                permission=error.permission,
                field=camel(error.field) if error.field else None,
            )
        case domain.DuplicateCustomer():
            candidates = [
                DuplicateCandidate(
                    customer_id=c.customer_id, score=c.score, reasons=c.reasons
                )
                for c in error.candidates
            ]
            return DuplicateCustomerError(
                code=ErrorCode.DUPLICATE_CUSTOMER,
                message=error.message,
                candidates=candidates,
            )
        case domain.InvalidTransition():
            return InvalidTransitionError(
                code=ErrorCode.INVALID_TRANSITION,
                message=error.message,
                entity=error.entity,
                current_state=str(error.current).upper(),
                requested=str(error.requested).upper(),
                allowed_steps=[s.upper() for s in error.allowed],
            )
        case domain.ErasureHeld():
            holds = [ErasureHold(**vars(hold)) for hold in error.holds]
            return ErasureHeldError(
                code=ErrorCode.ERASURE_HELD, message=error.message, holds=holds
            )
        case domain.ModelNotReady():
            return ModelNotReadyError(
                code=ErrorCode.MODEL_NOT_READY,
                message=error.message,
                model_kind=error.kind,
                command=error.command,
            )
        case domain.ConsentWithdrawn():
            return ConsentWithdrawnError(
                code=ErrorCode.CONSENT_WITHDRAWN,
                message=error.message,
                purpose=error.purpose.upper(),
                expired=error.expired,
                since=error.since,
            )
        case domain.ExportTooLarge():
            return ExportTooLargeError(
                code=ErrorCode.EXPORT_TOO_LARGE,
                message=error.message,
                row_count=error.rows,
                clear_row_limit=error.limit,
            )
        case domain.Refused():
            return RefusedError(code=ErrorCode(error.code), message=error.message)
    raise error
