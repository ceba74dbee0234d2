"""Schema extensions: error masking with request IDs, and log hygiene."""

from __future__ import annotations

import logging
from collections.abc import Iterator

from graphql import GraphQLError
from strawberry.extensions import SchemaExtension

from cims.domain.errors import DomainError

log = logging.getLogger(__name__)

# Codes of errors whose message is written by us and safe to show as it is.
SAFE_CODE_PREFIXES = ("BAD_", "QUERY_", "TOO_", "FORBIDDEN", "UNAUTHENTICATED", "PAGE_")


class MaskUnexpectedErrors(SchemaExtension):
    """Lets expected errors through; replaces the rest with a code and request ID.

    GraphQL validation errors (unknown field, wrong type) are expected: the client
    sent them. Their messages can echo a client's variable values, so only the
    message is returned to the client and nothing of them reaches the log.
    """

    def on_operation(self) -> Iterator[None]:
        yield
        result = self.execution_context.result
        if result is None or not result.errors:
            return
        request_id = self.execution_context.context.request_id
        result.errors = [self._mask(e, request_id) for e in result.errors]

    def _mask(self, error: GraphQLError, request_id: str) -> GraphQLError:
        original = error.original_error
        code = (error.extensions or {}).get("code")
        if original is None:
            code = code or "GRAPHQL_VALIDATION_FAILED"
            return _with(error, error.message, code, request_id)
        if isinstance(original, DomainError):
            return _with(error, original.message, original.code, request_id)
        if isinstance(original, GraphQLError) and code:
            return _with(error, original.message, code, request_id)
        log.error(
            "unexpected error",
            exc_info=(type(original), original, original.__traceback__),
            extra={"request_id": request_id, "path": error.path},
        )
        return _with(error, "Internal error", "INTERNAL_SERVER_ERROR", request_id)


def _with(error: GraphQLError, message: str, code: str, request_id: str) -> GraphQLError:
    return GraphQLError(
        message,
        nodes=error.nodes,
        source=error.source,
        positions=error.positions,
        path=error.path,
        extensions={"code": code, "requestId": request_id},
    )
