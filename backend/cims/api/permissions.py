"""Field-level rules as schema directives, printed in schema.graphql and enforced.

``@requires(permission:)``: without the permission the field answers null with a
``FORBIDDEN`` error at its path; the rest of the response is intact. A personal
value behind it (a birth date) is audited like a masked one read in clear.
``@masked(permission:)``: without the permission the value comes masked
(``110101********123X``); with it the value is clear, and the read is audited.
"""

from __future__ import annotations

from typing import Any

import strawberry
from graphql import GraphQLError
from strawberry.schema_directive import Location

from cims.api.execution import Guard
from cims.domain import masking


@strawberry.schema_directive(
    locations=[Location.FIELD_DEFINITION],
    description="The field answers only to callers holding the permission.",
)
class Requires:
    permission: str


@strawberry.schema_directive(
    locations=[Location.FIELD_DEFINITION],
    description="Without the permission the value is masked; with it the read is audited.",
)
class Masked:
    permission: str


class Forbidden(GraphQLError):
    def __init__(self, permission: str) -> None:
        super().__init__(
            f"Permission {permission} is required", extensions={"code": "FORBIDDEN"}
        )


def reveal(context: Any, source: Any, field: str) -> None:
    """Note a personal value answered in clear, for ``AuditReveals`` to record with
    the customer it belongs to: the source itself, or the customer its row names."""
    customer = source.pk if type(source).__name__ == "Customer" else source.customer_id
    context.revealed.add((type(source).__name__, source.pk, field, customer))


class RequiresExtension(Guard):
    """Answers only to holders of the permission. A ``Guard``: compiled plans
    (cims.api.execution) apply ``permits`` and ``shown`` to a plain field
    themselves, and send a refused one this way, which raises ``Forbidden``."""

    def __init__(self, permission: str, audited: str | None = None) -> None:
        self.permission = permission
        # The personal field this one answers in clear, whose reads are audited.
        self.audited = audited

    def permits(self, context: Any) -> bool:
        return context.actor.can(self.permission)

    def shown(self, context: Any, source: Any, value: Any) -> Any:
        if self.audited and value is not None:
            reveal(context, source, self.audited)
        return value

    def refusal(self) -> Exception:
        return Forbidden(self.permission)

    def resolve(self, next_, source: Any, info: strawberry.Info, **kwargs: Any) -> Any:
        if not self.permits(info.context):
            raise self.refusal()
        return self.shown(info.context, source, next_(source, info, **kwargs))

    # resolve_async: Guard's (refused, or the resolver's own value, not audited)


class MaskedExtension(Guard):
    """Masks the value for callers without the permission and audits a clear
    read. A ``Guard``, applied by compiled plans as ``resolve`` applies it."""

    def __init__(self, permission: str, field: str) -> None:
        self.permission = permission
        self.field = field

    def permits(self, context: Any) -> bool:
        return True

    def shown(self, context: Any, source: Any, value: Any) -> Any:
        if value is None:
            return None
        if not context.actor.can(self.permission):
            return masking.mask(self.field, value)
        reveal(context, source, self.field)
        return value

    def resolve(self, next_, source: Any, info: strawberry.Info, **kwargs: Any) -> Any:
        return self.shown(info.context, source, next_(source, info, **kwargs))


def requires(permission: str, *, audited: str | None = None, **kwargs: Any):
    """A field for holders of ``permission``; ``audited`` names the personal field
    it answers, whose every read is audited (only for plain, synchronous fields)."""
    return strawberry.field(
        directives=[Requires(permission=permission)],
        extensions=[RequiresExtension(permission, audited)],
        **kwargs,
    )


def masked(permission: str, field: str, **kwargs: Any):
    return strawberry.field(
        directives=[Masked(permission=permission)],
        extensions=[MaskedExtension(permission, field)],
        **kwargs,
    )
