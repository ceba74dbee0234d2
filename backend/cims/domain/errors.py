"""Domain errors: one small tree, mapped to GraphQL in one place (cims.api.errors).

    DomainError
     ├── ValidationFailed      one or more fields are wrong; per-field messages
     ├── NotFound              no such entity, or outside the actor's scope
     ├── Conflict              the entity changed since the client read it
     ├── PermissionDenied      the actor lacks a permission
     ├── DuplicateCustomer     a likely duplicate exists; carries the candidates
     ├── ErasureHeld           personal data may not be erased yet; carries the
     │                         holds (open accounts, retention period, ...)
     ├── InvalidTransition     a workflow step that makes no sense from the current
     │                         state (a closed complaint acknowledged); carries the
     │                         current state and the steps allowed from it
     ├── Refused               a control forbids the step; ``code`` says which
     │                         (SAME_APPROVER: four eyes need two officers;
     │                         ALREADY_DECIDED: a decided assessment or erasure
     │                         request never changes; ALREADY_ERASED: erased
     │                         personal data stays erased; ERASURE_REQUESTED: a
     │                         customer has one pending erasure request at most;
     │                         NOT_OWNER: a shared view changes only by its owner)
     ├── ExportTooLarge        an export with personal data in clear has more rows
 │                         than the configured limit; carries both numbers
 ├── ModelNotReady         the step needs a trained model and none is active;
     │                         models are trained by a command, never in a request
     └── ConsentWithdrawn      the customer withdrew consent to the purpose (or let
                               the grant expire): a step that markets to them stops

Messages are safe to show to staff: they never hold personal data.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date


@dataclass
class FieldProblem:
    field: str
    code: str
    message: str
    # What the problem is about inside the field, for a text by code: an import
    # mapping's column (a file header) and target field.
    column: str | None = None
    target: str | None = None


class DomainError(Exception):
    code = "DOMAIN_ERROR"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationFailed(DomainError):
    code = "VALIDATION_FAILED"

    SHOWN = 3  # problems named in the message; every one is in ``problems``

    def __init__(self, problems: list[FieldProblem]) -> None:
        super().__init__(self.describe(problems))
        self.problems = problems

    @classmethod
    def describe(
        cls, problems: list[FieldProblem], name: Callable[[str], str] = str
    ) -> str:
        """The message naming the first problems, each field by ``name(field)``
        (the API names them as its clients do: camelCase)."""
        shown = problems[: cls.SHOWN]
        reasons = "; ".join(f"{name(p.field)}: {p.message}" for p in shown)
        more = len(problems) - cls.SHOWN
        return f"Invalid input: {reasons}" + (f"; and {more} more" if more > 0 else "")

    @classmethod
    def one(cls, field_: str, code: str, message: str) -> ValidationFailed:
        return cls([FieldProblem(field_, code, message)])


class NotFound(DomainError):
    code = "NOT_FOUND"

    def __init__(self, entity: str) -> None:
        super().__init__(f"{entity} not found")
        self.entity = entity


class Conflict(DomainError):
    code = "CONFLICT"

    def __init__(self, entity: str, current_version: int) -> None:
        super().__init__(f"{entity} was changed by someone else; reload and try again")
        self.current_version = current_version


class PermissionDenied(DomainError):
    """The actor lacks ``permission``; ``field`` names the input field that needs it
    when the refusal is about writing one field."""

    code = "FORBIDDEN"

    def __init__(
        self, permission: str, field: str | None = None, *, doing: str = "write {}"
    ) -> None:
        needed = f"Permission {permission} is required"
        super().__init__(f"{needed} to {doing.format(field)}" if field else needed)
        self.permission = permission
        self.field = field


@dataclass
class Candidate:
    customer_id: int
    score: float
    reasons: list[str] = field(default_factory=list)


class DuplicateCustomer(DomainError):
    code = "DUPLICATE_CUSTOMER"

    def __init__(self, candidates: list[Candidate]) -> None:
        super().__init__("A customer with the same identifying details already exists")
        self.candidates = candidates


@dataclass
class Hold:
    """One reason personal data must be kept; ``until`` when it lapses by date."""

    code: str
    message: str
    count: int | None = None
    until: date | None = None


class ErasureHeld(DomainError):
    code = "ERASURE_HELD"

    def __init__(self, holds: list[Hold]) -> None:
        codes = ", ".join(h.code for h in holds)
        super().__init__(f"The personal data must be kept for now: {codes}")
        self.holds = holds


class InvalidTransition(DomainError):
    code = "INVALID_TRANSITION"

    def __init__(
        self,
        entity: str,
        current: str,
        requested: str,
        allowed: list[str],
        why: str | None = None,
    ) -> None:
        message = f"{entity} cannot go from {current} to {requested}"
        super().__init__(f"{message}: {why}" if why else message)
        self.entity = entity
        self.current = current
        self.requested = requested
        self.allowed = allowed


class Refused(DomainError):
    """A control refuses the step; the code names the control."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


class ExportTooLarge(DomainError):
    """``rows`` customers with personal data in clear, above ``limit``
    (``CIMS_EXPORT_CLEAR_MAX_ROWS``): exported masked, or with a narrower filter."""

    code = "EXPORT_TOO_LARGE"

    def __init__(self, rows: int, limit: int) -> None:
        super().__init__(
            f"An export with personal data in clear is limited to {limit} rows and "
            f"this one has {rows}: export it masked or narrow the filter"
        )
        self.rows = rows
        self.limit = limit


class ModelNotReady(DomainError):
    """No active model of ``kind``; ``command`` is what staff run to train one."""

    code = "MODEL_NOT_READY"

    def __init__(self, kind: str, command: str) -> None:
        super().__init__(
            f"No {kind} model is active yet: an administrator runs `{command}` first"
        )
        self.kind = kind
        self.command = command


class ConsentWithdrawn(DomainError):
    """The customer's consent to ``purpose`` is withdrawn (``expired`` False, since
    the day it was withdrawn) or has expired (since its expiry date)."""

    code = "CONSENT_WITHDRAWN"

    def __init__(self, purpose: str, since: date | None, *, expired: bool) -> None:
        state = "has expired" if expired else "was withdrawn"
        super().__init__(f"The customer's {purpose} consent {state}")
        self.purpose = purpose
        self.since = since
        self.expired = expired
