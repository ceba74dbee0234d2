"""Schema extensions: error masking with request IDs, and log hygiene."""

from __future__ import annotations

import logging
import re

from graphql import GraphQLError, GraphQLSyntaxError
from strawberry.extensions import SchemaExtension

from cims.api.errors import validation_message
from cims.api.scalars import ScalarRefusal
from cims.domain import audit
from cims.domain.errors import DomainError, ValidationFailed

log = logging.getLogger(__name__)

# Codes of errors whose message is written by us and safe to show as it is.
SAFE_CODE_PREFIXES = ("BAD_", "QUERY_", "TOO_", "FORBIDDEN", "UNAUTHENTICATED", "PAGE_")


def mask_errors(errors: list[GraphQLError], request_id: str) -> list[GraphQLError]:
    """Expected errors keep their code and message; the rest become a code and ID.

    Parse and validation errors are expected: the client sent them. Their messages
    can echo a client's values, so they are scrubbed, and nothing of them is logged.
    Every path out (parse, validation, execution) passes through here, once.
    """
    return [_mask(error, request_id) for error in errors]


def _mask(error: GraphQLError, request_id: str) -> GraphQLError:
    original = error.original_error
    code = (error.extensions or {}).get("code")
    if isinstance(error, GraphQLSyntaxError):
        code = (
            "TOO_MANY_TOKENS" if "tokens" in error.message else "GRAPHQL_PARSE_FAILED"
        )
        return _with(error, scrub(error.message), code, request_id)
    if original is None:
        code = code or "GRAPHQL_VALIDATION_FAILED"
        extensions = error.extensions or {}  # field and path: set by rules of ours
        return _with(
            error,
            scrub(error.message),
            code,
            request_id,
            field=extensions.get("field"),
            path=extensions.get("path"),
        )
    if isinstance(original, ValidationFailed):  # fields named as in the schema
        message = validation_message(original)
        return _with(error, message, original.code, request_id)
    if isinstance(original, DomainError):
        return _with(error, original.message, original.code, request_id)
    if isinstance(original, GraphQLError):
        # Raised by us with a code, or by graphql-core while coercing input.
        if code and not isinstance(original, ScalarRefusal):
            return _with(error, original.message, code, request_id)
        field, path = input_field(error.message)
        message = scrub(error.message)
        if field:
            message = message.replace(" invalid value.", f" invalid value at {field}.")
        code = "BAD_USER_INPUT"
        if isinstance(original, ScalarRefusal):
            # The reason a scalar of ours gives is the domain rule's, free of values.
            message = f"{message} {original.message}"
            code = original.code
        return _with(error, message, code, request_id, field=field, path=path)
    log.error(
        "unexpected error",
        exc_info=(type(original), original, original.__traceback__),
        extra={"request_id": request_id, "path": error.path},
    )
    return _with(error, "Internal error", "INTERNAL_SERVER_ERROR", request_id)


_SUGGESTION = re.compile(r"\s*Did you mean [^?]*\?")
_VARIABLE = re.compile(r"^(Variable '\$\w+') (got|has) (an )?invalid value.*$", re.S)
_FOUND = re.compile(r"(Expected value of type '[^']+'), found .*?([;.]|$)", re.S)
_REPRESENT = re.compile(r"(cannot represent [\w -]*value): .*$", re.S)


# "Variable '$input' has invalid value at .annualIncome: ..." (graphql-core): the
# path walks the schema's own input fields and list indexes, so naming it echoes
# nothing of the client's.
_AT_PATH = re.compile(
    r"^Variable '\$(\w+)' (?:got|has) invalid value at \.?([\w]+(?:\.\w+|\[\d+\])*)"
)
MAX_FIELD = 200


def input_field(message: str) -> tuple[str | None, str | None]:
    """The input field a variable's value failed at, for the client to mark:
    named inside the argument as payloads name it (``annualIncome``,
    ``transactions[1].amount``), and the whole path (``input.annualIncome``)."""
    found = _AT_PATH.match(message)
    if not found or len(found.group(2)) > MAX_FIELD:
        return None, None
    variable, field = found.groups()
    return field, f"{variable}.{field}"


def scrub(message: str) -> str:
    """No field-name suggestions and no echo of a client's values, for anyone."""
    message = _SUGGESTION.sub("", message)
    message = _VARIABLE.sub(r"\1 has an invalid value.", message)
    message = _FOUND.sub(r"\1, found another value\2", message)
    return _REPRESENT.sub(r"\1.", message)


def _with(
    error: GraphQLError,
    message: str,
    code: str,
    request_id: str,
    field: str | None = None,
    path: str | None = None,
) -> GraphQLError:
    """``field`` names an input field as a payload's ``FieldError`` does (inside
    the argument: ``summary``, never ``input.summary``); ``path`` is the whole
    argument path, where a rule of ours knows it."""
    extensions = {"code": code, "requestId": request_id}
    if field:
        extensions["field"] = field
    if path:
        extensions["path"] = path
    return GraphQLError(
        message,
        nodes=error.nodes,
        source=error.source,
        positions=error.positions,
        path=error.path,
        extensions=extensions,
    )


class MaskStreamedErrors(SchemaExtension):
    """``mask_errors`` for results sent over a WebSocket, which leave by another
    way than the HTTP view's: the same codes, request ID and masking there."""

    def on_stream_result(self, result):
        if result.errors:
            request_id = self.execution_context.context.request_id
            result.errors = mask_errors(result.errors, request_id)
        yield


class AuditReveals(SchemaExtension):
    """One audit event per entity whose personal data a response carried in clear.

    Appended before the response leaves, batched with other requests' reads
    (``audit.record_batched``): if the append fails, the response fails too.
    """

    async def on_operation(self):
        yield
        context = self.execution_context.context
        if not context.revealed:
            return
        by_entity: dict[tuple[str, int, int], set[str]] = {}
        for type_name, pk, field_name, customer in context.revealed:
            by_entity.setdefault((type_name, pk, customer), set()).add(field_name)
        entries = [
            audit.Entry(t, pk, names, None, customer)
            for (t, pk, customer), names in sorted(by_entity.items())
        ]
        await audit.record_batched(context.actor, "pii.read", entries)
