"""Schema extensions: error masking with request IDs, and log hygiene."""

from __future__ import annotations

import logging
import re

from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    GraphQLSyntaxError,
    InlineFragmentNode,
    SelectionSetNode,
)
from strawberry.extensions import FieldExtension, SchemaExtension

from cims.api.errors import PermissionDeniedError, camel, validation_message
from cims.api.scalars import ScalarRefusal
from cims.domain import audit
from cims.domain.errors import DomainError, PermissionDenied, ValidationFailed

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
        # A query's refusal names each field and its code, as a mutation's
        # ValidationError does in its payload (the messages are the rules' own).
        message = validation_message(original)
        problems = [
            {"field": camel(p.field), "code": p.code, "message": p.message}
            for p in original.problems
        ]
        return _with(error, message, original.code, request_id, fields=problems)
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
    fields: list[dict] | None = None,
) -> GraphQLError:
    """``field`` names an input field as a payload's ``FieldError`` does (inside
    the argument: ``summary``, never ``input.summary``); ``path`` is the whole
    argument path, where a rule of ours knows it; ``fields`` lists each field of a
    refused query's ``ValidationFailed`` with its code, as a payload's do."""
    extensions = {"code": code, "requestId": request_id}
    if fields:
        extensions["fields"] = fields
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


class NoteDenial(FieldExtension):
    """On every mutation field: a payload that is a ``PermissionDeniedError``
    notes the mutation's name for ``AuditDenials`` (queries do not pay for it)."""

    def resolve(self, next_, source, info, **kwargs):
        result = next_(source, info, **kwargs)
        if isinstance(result, PermissionDeniedError):
            info.context.denied.add(info.field_name)
        return result

    async def resolve_async(self, next_, source, info, **kwargs):
        result = await next_(source, info, **kwargs)
        if isinstance(result, PermissionDeniedError):
            info.context.denied.add(info.field_name)
        return result


def note_denials(mutation_type) -> None:
    """Put ``NoteDenial`` on every field of the schema's mutation type."""
    for field in mutation_type.__strawberry_definition__.fields:
        if not any(isinstance(e, NoteDenial) for e in field.extensions):
            field.extensions.append(NoteDenial())


OPERATION_NAME_MAX = 100
REFUSED_MAX = 100  # field paths listed in one event; the rest are counted


class AuditDenials(SchemaExtension):
    """One ``access.denied`` event per operation refused anything for want of a
    permission: a field answered ``FORBIDDEN`` (a directive, a resolver's
    ``PermissionDenied``, introspection) or a mutation answered with a
    ``PermissionDeniedError``. It names the operation, the refused fields by their
    schema path (``customer.birthDate``: field names, never aliases, arguments or
    values) and the mutations; actor, request ID and client address come with
    every event. Appended like reads of personal data (``audit.record_batched``)."""

    async def on_operation(self):
        yield
        execution = self.execution_context
        context = execution.context
        mutations, context.denied = sorted(context.denied), set()
        errors = execution.pre_execution_errors or []
        paths = sorted(
            {
                refused_path(execution.graphql_document, execution.operation_name, e)
                for e in errors
                if _forbidden(e)
            }
        )
        if not paths and not mutations:
            return
        details: dict = {
            "operation": _operation_name(execution.operation_name),
            "operation_type": _operation_type(execution),
            "refused_fields": paths[:REFUSED_MAX],
            "refused_mutations": mutations,
        }
        if len(paths) > REFUSED_MAX:
            details["refused_fields_more"] = len(paths) - REFUSED_MAX
        entry = audit.Entry("Operation", None, (), details)
        await audit.record_batched(context.actor, "access.denied", [entry])


def _forbidden(error: GraphQLError) -> bool:
    if isinstance(error.original_error, PermissionDenied):
        return True
    return (error.extensions or {}).get("code") == "FORBIDDEN"


def _operation_name(name: str | None) -> str | None:
    # A GraphQL name ([_A-Za-z][_0-9A-Za-z]*) chosen by the client's code.
    return name[:OPERATION_NAME_MAX] if isinstance(name, str) and name else None


def _operation_type(execution) -> str | None:
    try:
        operation = execution.operation_type
    except Exception:  # noqa: BLE001 - a document that did not parse has none
        return None
    return getattr(operation, "value", None)


def refused_path(
    document: DocumentNode | None, operation_name: str | None, error: GraphQLError
) -> str:
    """The schema path of a refused field (``customers.edges.node.birthDate``):
    the response path's keys read back to field names, list indices left out."""
    if not error.path or document is None:
        names = [n.name.value for n in error.nodes or () if isinstance(n, FieldNode)]
        return ".".join(names) or "?"
    fragments = {
        d.name.value: d
        for d in document.definitions
        if isinstance(d, FragmentDefinitionNode)
    }
    sets = [_operation_selections(document, operation_name)]
    names = []
    for key in error.path:
        if not isinstance(key, str):
            continue
        found = _fields_at(sets, key, fragments)
        if not found:
            names.append("?")
            break
        names.append(found[0].name.value)
        sets = [f.selection_set for f in found if f.selection_set is not None]
    return ".".join(names)


def _operation_selections(document: DocumentNode, name: str | None):
    for definition in document.definitions:
        if getattr(definition, "operation", None) is None:
            continue
        if name is None or (definition.name and definition.name.value == name):
            return definition.selection_set
    return None


def _fields_at(
    sets: list[SelectionSetNode | None], key: str, fragments: dict
) -> list[FieldNode]:
    """The fields answering under response key ``key`` in these selections,
    through inline fragments and fragment spreads (each spread once)."""
    found, pending, spread = [], list(sets), set()
    while pending:
        selection_set = pending.pop()
        if selection_set is None:
            continue
        for selection in selection_set.selections:
            if isinstance(selection, FieldNode):
                if (selection.alias or selection.name).value == key:
                    found.append(selection)
            elif isinstance(selection, InlineFragmentNode):
                pending.append(selection.selection_set)
            elif isinstance(selection, FragmentSpreadNode):
                name = selection.name.value
                if name not in spread and name in fragments:
                    spread.add(name)
                    pending.append(fragments[name].selection_set)
    return found
