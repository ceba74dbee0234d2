"""Limits on what one request may ask, checked before any resolver runs.

Each rejection is a GraphQL error with a stable ``extensions.code``. The rules are
graphql-core validation rules; the actor (for sign-in and introspection) reaches
them through a context variable set when the request's context is built.

Validating a document costs more than executing a small one, so ``ValidationCache``
keeps each verdict per (query text, what the rules read of the actor). A rule that
reads more of the actor must add it to ``verdict_key``, or one caller's verdict
would be served to another.
"""

from __future__ import annotations

import weakref
from collections import OrderedDict
from collections.abc import Iterator
from contextvars import ContextVar

from graphql import (
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    GraphQLInterfaceType,
    GraphQLObjectType,
    GraphQLSchema,
    InlineFragmentNode,
    IntValueNode,
    OperationDefinitionNode,
    OperationType,
    SelectionSetNode,
    ValidationContext,
    ValidationRule,
    get_named_type,
)
from strawberry.extensions import SchemaExtension
from strawberry.schema.schema import validate_document

from cims.api.characters import LiteralCharactersRule
from cims.api.pagination import DEFAULT_PAGE, MAX_PAGE
from cims.domain.actor import Actor

MAX_DEPTH = 10
MAX_ALIASES = 15
MAX_DIRECTIVES = 10
MAX_TOKENS = 2000
MAX_COST = 50_000
MAX_BODY_BYTES = 1_000_000
MAX_UPLOAD_BYTES = 20_000_000  # multipart requests: an import file
INTROSPECT = "schema.introspect"

current_actor: ContextVar[Actor | None] = ContextVar("current_actor", default=None)
# "http" or "ws": subscriptions answer over WebSocket only.
current_transport: ContextVar[str] = ContextVar("current_transport", default="http")


def _reject(context: ValidationContext, code: str, message: str, node=None) -> None:
    context.report_error(GraphQLError(message, node, extensions={"code": code}))


class _Walker:
    """Walks an operation's selections through fragments, once per fragment path."""

    def __init__(self, context: ValidationContext) -> None:
        self.connections = connection_fields(context.schema)
        self.fragments: dict[str, FragmentDefinitionNode] = {
            d.name.value: d
            for d in context.document.definitions
            if isinstance(d, FragmentDefinitionNode)
        }

    def fields(
        self, selection_set: SelectionSetNode | None, seen: frozenset = frozenset()
    ):
        """Yield (field, seen) for the fields directly in this selection set."""
        if selection_set is None:
            return
        for selection in selection_set.selections:
            if isinstance(selection, FieldNode):
                yield selection, seen
            elif isinstance(selection, InlineFragmentNode):
                yield from self.fields(selection.selection_set, seen)
            elif isinstance(selection, FragmentSpreadNode):
                name = selection.name.value
                if name in seen or name not in self.fragments:
                    continue  # a cycle or unknown fragment: other rules report it
                yield from self.fields(
                    self.fragments[name].selection_set, seen | {name}
                )

    def depth(
        self, selection_set: SelectionSetNode | None, seen: frozenset = frozenset()
    ):
        return max(
            (
                1 + self.depth(f.selection_set, s)
                for f, s in self.fields(selection_set, seen)
            ),
            default=0,
        )

    def cost(
        self, selection_set: SelectionSetNode | None, seen: frozenset = frozenset()
    ):
        total = 0
        for field, s in self.fields(selection_set, seen):
            total += 1 + self.page_of(field) * self.cost(field.selection_set, s)
        return total

    def page_of(self, field: FieldNode) -> int:
        """How many items a field may return: its first/last, the cap if a
        variable; a connection asked without either, its default page."""
        for argument in field.arguments or ():
            if argument.name.value in ("first", "last"):
                if isinstance(argument.value, IntValueNode):
                    return max(int(argument.value.value), 1)
                return MAX_PAGE
        return DEFAULT_PAGE if field.name.value in self.connections else 1


_connection_names: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def connection_fields(schema: GraphQLSchema) -> frozenset[str]:
    """Names of the fields that return a connection (a type with ``edges`` and
    ``pageInfo``), on any type: one name that is a connection somewhere counts
    as one everywhere, which overcounts and never undercounts."""
    names = _connection_names.get(schema)
    if names is None:
        found = set()
        for named in schema.type_map.values():
            if not isinstance(named, GraphQLObjectType | GraphQLInterfaceType):
                continue
            for name, field in named.fields.items():
                returned = get_named_type(field.type)
                fields = getattr(returned, "fields", None) or {}
                if "edges" in fields and "pageInfo" in fields:
                    found.add(name)
        names = _connection_names[schema] = frozenset(found)
    return names


class DepthAndCostRule(ValidationRule):
    def enter_operation_definition(self, node: OperationDefinitionNode, *_):
        walker = _Walker(self.context)
        depth = walker.depth(node.selection_set)
        if depth > MAX_DEPTH:
            _reject(
                self.context,
                "QUERY_TOO_DEEP",
                f"The query is {depth} levels deep; at most {MAX_DEPTH}",
                node,
            )
            return
        cost = walker.cost(node.selection_set)
        if cost > MAX_COST:
            _reject(
                self.context,
                "QUERY_TOO_COSTLY",
                f"The query may cost {cost}; at most {MAX_COST}",
                node,
            )


class AliasRule(ValidationRule):
    def __init__(self, context: ValidationContext) -> None:
        super().__init__(context)
        self.count = 0

    def enter_field(self, node: FieldNode, *_):
        if node.alias is not None:
            self.count += 1
            if self.count == MAX_ALIASES + 1:
                _reject(
                    self.context,
                    "TOO_MANY_ALIASES",
                    f"At most {MAX_ALIASES} aliases in one request",
                    node,
                )


class DirectiveRule(ValidationRule):
    def __init__(self, context: ValidationContext) -> None:
        super().__init__(context)
        self.count = 0

    def enter_directive(self, node, *_):
        self.count += 1
        if self.count == MAX_DIRECTIVES + 1:
            _reject(
                self.context,
                "TOO_MANY_DIRECTIVES",
                f"At most {MAX_DIRECTIVES} directives in one request",
                node,
            )


class IntrospectionRule(ValidationRule):
    """``__schema`` and ``__type`` answer only to ``schema.introspect``."""

    def enter_field(self, node: FieldNode, *_):
        if node.name.value not in ("__schema", "__type"):
            return
        actor = current_actor.get()
        if actor is None or not actor.can(INTROSPECT):
            _reject(
                self.context,
                "FORBIDDEN",
                f"Introspection needs the permission {INTROSPECT}",
                node,
            )


SIGN_IN_FIRST = "Sign in first: a valid bearer token is required"
# A valid token whose staff account changed standing (cims.auth.revocation).
SIGN_IN_AGAIN = {
    "ACCOUNT_INACTIVE": "This staff account has been deactivated",
    "RIGHTS_CHANGED": "This account's roles or branch changed: sign in again",
}
_SIGN_IN_MESSAGES = frozenset({SIGN_IN_FIRST, *SIGN_IN_AGAIN.values()})


def _signed_out(actor) -> bool:
    return actor is None or actor.subject == "anonymous"


class AuthenticationRule(ValidationRule):
    """Nothing answers to a caller without a valid token, not even ``__typename``."""

    def enter_operation_definition(self, node: OperationDefinitionNode, *_):
        actor = current_actor.get()
        if _signed_out(actor):
            code = actor.extra.get("auth_error", "UNAUTHENTICATED") if actor else None
            message = SIGN_IN_AGAIN.get(code, SIGN_IN_FIRST)
            _reject(self.context, code or "UNAUTHENTICATED", message, node)


class SubscriptionTransportRule(ValidationRule):
    """A subscription sent as an HTTP request is refused with a code that says
    where it belongs, before anything runs (it would otherwise fail inside)."""

    def enter_operation_definition(self, node: OperationDefinitionNode, *_):
        if node.operation is OperationType.SUBSCRIPTION and (
            current_transport.get() != "ws"
        ):
            where = "Subscriptions run over WebSocket (graphql-transport-ws)"
            _reject(self.context, "BAD_TRANSPORT", f"{where} on /graphql", node)


RULES = [
    AuthenticationRule,
    SubscriptionTransportRule,
    DepthAndCostRule,
    AliasRule,
    DirectiveRule,
    IntrospectionRule,
    LiteralCharactersRule,
]


VALIDATION_CACHE_SIZE = 512
_verdicts: OrderedDict[tuple, list[GraphQLError]] = OrderedDict()


def verdict_key(query: str | None, actor: Actor | None) -> tuple | None:
    """What a verdict depends on; None for a caller whose verdicts are not kept.

    Every rule but three reads the document alone (SubscriptionTransportRule reads
    the transport, part of the key): AuthenticationRule reads whether
    the actor is signed in (anonymous callers are not cached, so that they cannot
    fill the cache), IntrospectionRule whether it may introspect. Limits that
    depend on variables (page sizes) are checked at execution, on every request.
    """
    if not query or actor is None or actor.subject == "anonymous":
        return None
    return (query, actor.can(INTROSPECT), current_transport.get())


class ValidationCache(SchemaExtension):
    """Validates a query text once per kind of caller, not on every request.

    Strawberry's own ValidationCache keys on the document alone, which would serve
    one caller's verdict on introspection to every other caller. Keyed by the
    text, not the parsed document: hashing a document walks all of it. Holds the
    VALIDATION_CACHE_SIZE most recently used texts, as ParserCache does.
    """

    def on_validate(self) -> Iterator[None]:
        context = self.execution_context
        key = verdict_key(context.query, current_actor.get())
        errors = None if key is None else _verdicts.get(key)
        if errors is None:
            errors = validate_document(
                context.schema._schema,
                context.graphql_document,
                context.validation_rules,
            )
            if key is not None:
                _remember(key, errors)
        else:
            _verdicts.move_to_end(key)
        if _signed_out(current_actor.get()):
            # The other rules' verdicts ("Cannot query field 'idNumbr'") would tell
            # a caller without a token the schema's names: only the sign-in error.
            errors = [e for e in errors if e.message in _SIGN_IN_MESSAGES] or errors
        context.pre_execution_errors = list(errors)
        yield


def _remember(key: tuple, errors: list[GraphQLError]) -> None:
    _verdicts[key] = errors
    if len(_verdicts) > VALIDATION_CACHE_SIZE:
        _verdicts.popitem(last=False)  # the least recently used
