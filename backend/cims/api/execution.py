"""Plain fields and plain subtrees completed without graphql-core's per-field work.

graphql-core executes every field alike: a path, a ``GraphQLResolveInfo`` of
sixteen values, the argument check, the resolver (Strawberry's wrapper, then its
field's ``get_result``, then ``getattr``), two awaitable checks and a
``complete_value`` per wrapping type, before the scalar's or enum's serializer
runs; every object and list goes through ``complete_value``,
``complete_object_value`` or ``complete_list_value`` as well. A customer-360
answer has about 380 fields, most of them an attribute of the parent copied as
it is.

A field is *plain* when Strawberry would answer it with ``getattr`` and nothing
else: no resolver of its own, no field extension (so none of the permission
directives ``@requires`` and ``@masked``, which are extensions), no directive,
no permission class, no argument, no exception handler. ``mark_plain_fields``
gives such fields, after the schema is built, a ``PlainField`` resolver when
their type is a scalar or enum and a ``PlainLink`` resolver when it is an
object, a list of objects or a list of scalars; both answer what Strawberry's
resolver answered, so graphql-core's own path is unchanged.

``CompiledExecutor`` then completes each object value from a plan for its type
and selection, built from the grouped field set graphql-core collects (so
``@include``/``@skip``, fragments, type conditions and aliases are graphql-core's
own reading) and kept for later requests that bring the same parsed field nodes
(the schema's ``ParserCache`` returns the same document for the same text) with
the same values of the variables ``@include``/``@skip`` read. In a plan, plain
scalars are read and serialized in place, ``__typename`` is the type's name,
plain objects and lists of them are completed by their own plans, and every
other field (a resolver, an extension, a directive, an argument, an abstract
type) goes through graphql-core's ``execute_field`` as before, its object result
then completed by a plan again. Anything unusual
before a value is completed (an error reading the attribute, an awaitable, an
exception as value, a null in a non-null position, a value the serializer or
``is_type_of`` refuses) hands that value to graphql-core's own code, so errors,
paths and nulls come out exactly as before; errors raised while completing go
through graphql-core's ``handle_field_error`` at the same path and type it
would use. A request with ``@defer``/``@stream`` work or with resolver
middleware (a schema extension's ``resolve``) runs the ordinary way.

Two kinds of fields with more than an attribute are completed by plans too. A
field whose only extension is a ``Guard`` (``@requires`` and ``@masked`` are)
and that is otherwise plain: the plan asks the guard whether the caller may
read it, reads the attribute and lets the guard show it (masked, or noted for
the audit), as the guard's own ``resolve`` does; a refused field goes the
ordinary way, where ``resolve`` raises. And a field with an async resolver of
its own, behind a ``Guard`` at most, whose arguments are scalars written in the
document: the plan calls the resolver as Strawberry would, with the arguments
Strawberry converted once, and completes its value with graphql-core's own
``complete_awaitable_value``.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import Enum
from types import GeneratorType
from typing import Any
from uuid import UUID

from graphql import (
    GraphQLBoolean,
    GraphQLEnumType,
    GraphQLID,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLScalarType,
    GraphQLString,
    IntValueNode,
    StringValueNode,
    Undefined,
    VariableNode,
)
from graphql.execution.executor import collect_iterator_awaitables, to_nodes
from graphql.execution.values import get_argument_values
from graphql.pyutils import Path, gather_with_cancel, is_iterable
from strawberry.extensions import FieldExtension
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext
from strawberry.schema.schema_converter import GraphQLCoreConverter
from strawberry.types.arguments import convert_arguments
from strawberry.types.cast import TYPE_CAST_ATTRIBUTE as TYPE_CAST
from strawberry.types.field import StrawberryField

BACKREF = GraphQLCoreConverter.DEFINITION_BACKREF

# Values of these types are neither awaitable nor exceptions: the leaf path
# skips graphql-core's awaitable check (an attribute lookup that fails) for them.
LEAF_VALUE_TYPES = frozenset(
    {str, int, float, bool, Decimal, dt.datetime, dt.date, dt.time, UUID}
)

# The ``is_type_of`` Strawberry generates for a type with interfaces: an
# ``isinstance`` test that never reads its ``info`` argument.
STRAWBERRY_IS_TYPE_OF = (
    "GraphQLCoreConverter.from_object.<locals>._get_is_type_of.<locals>.is_type_of"
)

# Directives that make graphql-core deliver a field incrementally.
INCREMENTAL = frozenset({"defer", "stream"})


# graphql-core's serializers of these scalars return a value of this exact type
# unchanged.
UNCHANGED = {GraphQLString.name: str, GraphQLID.name: str, GraphQLBoolean.name: bool}


class Later:
    """A plain field's value that is not at hand: what ``load(info)`` answers (a
    value or an awaitable), asked for only when the field is selected.

    An object type keeps a related object in a plain attribute when it has it (a
    joined row, a parent's batch), so plans complete it in place; when it does not,
    the attribute holds a ``Later`` and the field's ``PlainField``/``PlainLink``
    resolver calls ``load`` with the field's resolve info, on graphql-core's own
    path. Unlike a coroutine, a ``Later`` nobody asks for costs nothing.
    """

    __slots__ = ("load",)

    def __init__(self, load: Any) -> None:
        self.load = load


class PlainField:
    """The resolver of a plain scalar or enum field: the parent's attribute.

    Also callable the ordinary way, so graphql-core's own executor (and any path
    the fast one hands back) gets the same value.
    """

    __slots__ = (
        "attribute",
        "enum",
        "names",
        "non_null",
        "original",
        "serialize",
        "unchanged",
    )

    def __init__(
        self, attribute: str, leaf_type: Any, non_null: bool, original: Any
    ) -> None:
        self.attribute = attribute
        self.serialize = leaf_type.coerce_output_value
        # The type of values the serializer returns as they are, if any: only
        # graphql-core's own String, ID and Boolean, not a scalar of that name.
        builtin = {GraphQLString, GraphQLID, GraphQLBoolean}
        self.unchanged = UNCHANGED.get(leaf_type.name) if leaf_type in builtin else None
        # For a Strawberry enum: its Python class and each member's name as its
        # serializer gives it (which compares values name by name on every call).
        self.enum, self.names = enum_names(leaf_type)
        self.non_null = non_null
        self.original = original  # Strawberry's resolver, kept for the tests

    def __call__(self, source: Any, info: Any, **_: Any) -> Any:
        value = getattr(source, self.attribute)
        return value.load(info) if type(value) is Later else value


def enum_names(leaf_type: Any) -> tuple[type | None, dict]:
    """(The enum class, {member: serialized name}) of a Strawberry enum type, from
    its own serializer, or (None, {}) for any other leaf type."""
    wrapped = getattr(leaf_type, "wrapped_cls", None)
    if not isinstance(leaf_type, GraphQLEnumType) or not (
        isinstance(wrapped, type) and issubclass(wrapped, Enum)
    ):
        return None, {}
    names = {}
    for member in wrapped:
        try:
            name = leaf_type.coerce_output_value(member)
        except Exception:  # noqa: BLE001 - that member goes the ordinary way
            return None, {}
        if type(name) is not str:
            return None, {}
        names[member] = name
    return wrapped, names


class PlainLink:
    """The resolver of a plain field of object or list type: the parent's attribute."""

    __slots__ = ("attribute", "original")

    def __init__(self, attribute: str, original: Any) -> None:
        self.attribute = attribute
        self.original = original

    def __call__(self, source: Any, info: Any, **_: Any) -> Any:
        value = getattr(source, self.attribute)
        return value.load(info) if type(value) is Later else value


class Guard(FieldExtension):
    """A field extension that compiled plans apply themselves, for a field that
    is otherwise plain (no resolver, no argument, synchronous).

    ``resolve`` must answer what ``permits`` and ``shown`` describe: when
    ``permits(context)`` is false it raises (the plan then sends the field the
    ordinary way, where ``resolve`` raises the same error at the same path);
    otherwise it answers ``shown(context, source, value)`` of the attribute's
    value, which may note an audit event and must not fail for a value that
    ``resolve`` accepts.
    """

    def permits(self, context: Any) -> bool:
        raise NotImplementedError

    def shown(self, context: Any, source: Any, value: Any) -> Any:
        return value

    def refusal(self) -> Exception:
        """The error ``resolve`` raises when ``permits`` is false."""
        raise NotImplementedError

    async def resolve_async(self, next_: Any, source: Any, info: Any, **kwargs: Any):
        """A field with an async resolver of its own: refused, or its value as the
        resolver answers it (compiled plans call such resolvers themselves)."""
        if not self.permits(info.context):
            raise self.refusal()
        return await next_(source, info, **kwargs)


GUARDED = "cims.guarded"  # key of a GraphQL field's extensions
RESOLVED = "cims.resolved"


class Guarded:
    """What a plan needs of a guarded field: its guard, its attribute, and the
    serializer of its scalar or enum type (None for an object type)."""

    __slots__ = ("attribute", "guard", "leaf")

    def __init__(self, guard: Guard, attribute: str, leaf: PlainField | None) -> None:
        self.guard = guard
        self.attribute = attribute
        self.leaf = leaf


def guard_of(
    field: StrawberryField, graphql_field: Any, default_resolver: Any, converter: Any
) -> Guard | None:
    """The field's only extension, when it is a ``Guard`` on an otherwise plain
    field that Strawberry answers with ``getattr`` behind the extension."""
    extensions = field.extensions or ()
    if (
        default_resolver is not getattr
        or len(extensions) != 1
        or not isinstance(extensions[0], Guard)
        or field.base_resolver is not None
        or field.is_async
        or getattr(field, "permission_classes", None)
        or field.arguments
        or graphql_field.args
        or getattr(graphql_field.resolve, "__name__", "") != "_resolver"
        or converter._get_field_exception_handlers(field)
    ):
        return None
    return extensions[0]


class Resolved:
    """What a plan needs to call a field's own resolver the way Strawberry calls
    it: an async resolver behind at most a ``Guard``, whose arguments are scalars."""

    __slots__ = ("field", "guard", "info_class", "parameters")

    def __init__(self, field: StrawberryField, guard: Guard | None, info_class: type):
        self.field = field
        self.guard = guard
        self.info_class = info_class
        resolver = field.base_resolver
        # (self, parent, root, info) parameter names, None where not asked for
        self.parameters = tuple(
            parameter.name if parameter is not None else None
            for parameter in (
                resolver.self_parameter,
                resolver.parent_parameter,
                resolver.root_parameter,
                resolver.info_parameter,
            )
        )


def resolved_of(field: StrawberryField, graphql_field: Any, schema: Any) -> Any:
    """A ``Resolved`` for a field with an async resolver of its own, no extension
    but a ``Guard`` (whose ``resolve_async`` is the base one), no permission class
    or exception handler, and scalar arguments only; else None."""
    extensions = field.extensions or ()
    guard = extensions[0] if len(extensions) == 1 else None
    if (
        field.base_resolver is None
        or not field.is_async
        or len(extensions) > 1
        or (
            extensions
            and not (
                isinstance(guard, Guard)
                and type(guard).resolve_async is Guard.resolve_async
            )
        )
        or getattr(field, "permission_classes", None)
        or getattr(graphql_field.resolve, "__name__", "") != "_async_resolver"
        or schema.schema_converter._get_field_exception_handlers(field)
    ):
        return None
    for argument in graphql_field.args.values():
        kind = argument.type
        kind = kind.of_type if isinstance(kind, GraphQLNonNull) else kind
        if not isinstance(kind, GraphQLScalarType):
            return None
    return Resolved(field, guard, schema.config.info_class)


def answered_by_getattr(
    field: StrawberryField, graphql_field: Any, default_resolver: Any
) -> bool:
    """Whether Strawberry answers this field with ``getattr`` and nothing else."""
    return (
        default_resolver is getattr
        and field.base_resolver is None
        and not field.extensions
        and not field.directives
        and not getattr(field, "permission_classes", None)
        and not field.arguments
        and not graphql_field.args
        # Strawberry's own fast path for fields without a resolver; a field with
        # an exception handler, for one, does not get it.
        and getattr(graphql_field.resolve, "__name__", "") == "_get_basic_result"
    )


def is_plain(field: StrawberryField, graphql_field: Any, default_resolver: Any) -> bool:
    """Whether the field is a plain scalar or enum field."""
    leaf = graphql_field.type
    if isinstance(leaf, GraphQLNonNull):
        leaf = leaf.of_type
    return isinstance(
        leaf, GraphQLScalarType | GraphQLEnumType
    ) and answered_by_getattr(field, graphql_field, default_resolver)


def mark_plain_fields(schema: Any) -> int:
    """Give every plain field of ``schema`` (a Strawberry schema) a ``PlainField``
    or ``PlainLink`` resolver; returns how many fields were marked."""
    default_resolver = schema.config.default_resolver
    converter = schema.schema_converter
    marked = 0
    for name, graphql_type in schema._schema.type_map.items():
        if name.startswith("__") or not isinstance(graphql_type, GraphQLObjectType):
            continue
        for graphql_field in graphql_type.fields.values():
            field = (graphql_field.extensions or {}).get(BACKREF)
            if not isinstance(field, StrawberryField):
                continue
            non_null = isinstance(graphql_field.type, GraphQLNonNull)
            inner = graphql_field.type.of_type if non_null else graphql_field.type
            resolved = resolved_of(field, graphql_field, schema)
            if resolved is not None:
                graphql_field.extensions[RESOLVED] = resolved
                continue
            guard = guard_of(field, graphql_field, default_resolver, converter)
            if guard is not None:
                # The resolver stays Strawberry's; plans read the note.
                leaf = None
                if isinstance(inner, GraphQLScalarType | GraphQLEnumType):
                    leaf = PlainField(field.python_name, inner, non_null, None)
                graphql_field.extensions[GUARDED] = Guarded(
                    guard, field.python_name, leaf
                )
                continue
            if not answered_by_getattr(field, graphql_field, default_resolver):
                continue
            if isinstance(inner, GraphQLScalarType | GraphQLEnumType):
                graphql_field.resolve = PlainField(
                    field.python_name, inner, non_null, graphql_field.resolve
                )
            else:
                graphql_field.resolve = PlainLink(
                    field.python_name, graphql_field.resolve
                )
            marked += 1
    return marked


# What a plan does with one response key.
(LEAF, TYPENAME, OBJECT, OBJECTS, LEAVES, ORDINARY,
 GUARDED_LEAF, GUARDED_OBJECT, RESOLVER) = range(9)  # fmt: skip
# Marks a value that graphql-core's own code is to complete.
FALLBACK = object()

# Results of completing a field that are never awaitable: what a plan builds
# (a dict, a list), a null and the serialized scalars.
SETTLED_RESULTS = frozenset({dict, list, type(None), str, int, float, bool})

# Classes whose instances were found usable as objects or list items: not a
# ``Later``, not an exception, not awaitable. Each of these depends on the class
# alone (for a class without ``__getattr__`` and other than a generator's), so
# an instance of a class seen once skips the checks; ``is_type_of`` still runs.
SETTLED_TYPES: set[type] = set()
SETTLED_TYPES_MAX = 1024


def settle_type(value: Any) -> None:
    """Note that ``value``'s class passed the checks, if they depend on it alone."""
    kind = type(value)
    if type(kind) is not type or kind is GeneratorType:
        return
    if getattr(kind, "__getattr__", None) is not None:
        return
    if len(SETTLED_TYPES) >= SETTLED_TYPES_MAX:
        SETTLED_TYPES.clear()
    SETTLED_TYPES.add(kind)


class Plan:
    """How to complete one object type's selection: one entry per response key,
    in the order graphql-core collected them."""

    __slots__ = (
        "entries",
        "grouped",
        "is_type_of",
        "object_type",
        "origin",
        "type_name",
    )

    def __init__(self, object_type: GraphQLObjectType, grouped: Any) -> None:
        self.object_type = object_type
        self.type_name = object_type.name
        self.is_type_of = object_type.is_type_of
        # The class whose own instances Strawberry's generated ``is_type_of``
        # accepts without asking it (an ``isinstance`` of it), unless cast.
        self.origin = None
        if self.is_type_of is not None and inline_is_type_of(object_type):
            definition = (object_type.extensions or {}).get(BACKREF)
            self.origin = getattr(definition, "origin", None)
        self.grouped = grouped  # kept alive: plans are found by its id
        self.entries: list[tuple] = []

    def accepts(self, value: Any) -> bool:
        """``is_type_of(value)``, without the call for the type's own instances."""
        if type(value) is self.origin and getattr(value, TYPE_CAST, None) is None:
            return True
        return self.is_type_of is None or self.is_type_of(value, None)


def inline_is_type_of(object_type: GraphQLObjectType) -> bool:
    """Whether an object of this type may be checked without a resolve info."""
    is_type_of = object_type.is_type_of
    return is_type_of is None or is_type_of.__qualname__ == STRAWBERRY_IS_TYPE_OF


def inlinable(fdl: Any) -> bool:
    """Whether a field's selection may be completed inline: not delivered
    incrementally, no fragment arguments (whose values are the request's)."""
    return not any(
        details.defer_usage is not None
        or details.fragment_variable_values
        or any(
            directive.name.value in INCREMENTAL
            for directive in details.node.directives or ()
        )
        for details in fdl
    )


base_execute_field = StrawberryGraphQLCoreExecutionContext.execute_field

# Plans outlive their request: keyed by the object type, the field nodes of the
# selection (the parsed document is cached, so the nodes recur) and the values
# of the variables that ``@include``/``@skip`` read. Oldest dropped first.
SHARED_PLANS: dict[tuple, tuple[GraphQLObjectType, list, Plan]] = {}
SHARED_PLANS_MAX = 2048
# For each operation (kept alive), the variables its ``@include``/``@skip`` read.
SWITCHES: dict[int, tuple[Any, tuple[str, ...]]] = {}
SWITCHES_MAX = 512


def switch_variables(operation: Any, fragments: dict[str, Any]) -> tuple[str, ...]:
    """The names of the variables that ``@include`` and ``@skip`` read anywhere
    in the operation or the document's fragments, sorted."""
    found = SWITCHES.get(id(operation))
    if found is not None and found[0] is operation:
        return found[1]
    names: set[str] = set()
    pending = [operation, *fragments.values()]
    while pending:
        node = pending.pop()
        for directive in getattr(node, "directives", None) or ():
            if directive.name.value in ("include", "skip"):
                for argument in directive.arguments or ():
                    if isinstance(argument.value, VariableNode):
                        names.add(argument.value.name.value)
        selection_set = getattr(node, "selection_set", None)
        if selection_set is not None:
            pending.extend(selection_set.selections)
    if len(SWITCHES) >= SWITCHES_MAX:
        del SWITCHES[next(iter(SWITCHES))]
    SWITCHES[id(operation)] = (operation, tuple(sorted(names)))
    return SWITCHES[id(operation)][1]


class CompiledExecutor(StrawberryGraphQLCoreExecutionContext):
    """Strawberry's executor, completing plain fields and subtrees from plans."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        middleware = self.middleware_manager
        self.compiled = middleware is None or not middleware.middlewares
        self.plans: dict[int, Plan] = {}  # by grouped field set, while building
        self._switches: tuple | None = None

    @property
    def strawberry_schema(self) -> Any:
        return self.schema._strawberry_schema  # set by Strawberry's Schema

    # --- a plain scalar field outside a plan (the root's, for one) -------------

    def execute_field(
        self,
        parent_type: GraphQLObjectType,
        source: Any,
        field_details_list: Any,
        path: Any,
        position_context: Any,
    ) -> Any:
        graphql_field = parent_type.fields.get(field_details_list[0].node.name.value)
        resolve = graphql_field.resolve if graphql_field is not None else None
        if type(resolve) is PlainField and self.compiled:
            value = self.leaf(resolve, source)
            if value is not FALLBACK:
                return value
        return base_execute_field(
            self, parent_type, source, field_details_list, path, position_context
        )

    def leaf(self, plain: PlainField, source: Any) -> Any:
        """The serialized attribute, or FALLBACK when graphql-core is to answer."""
        try:
            value = getattr(source, plain.attribute)
        except Exception:  # noqa: BLE001 - the ordinary way reports it
            return FALLBACK
        if type(value) is plain.unchanged:
            return value
        return self.leaf_value(plain, value)

    def leaf_value(self, plain: PlainField, value: Any) -> Any:
        """``value`` serialized, or FALLBACK when graphql-core is to answer."""
        if value is None or value is Undefined:
            return FALLBACK if plain.non_null else None
        if not self.settled(value):
            return FALLBACK
        try:
            serialized = plain.serialize(value)
        except Exception:  # noqa: BLE001 - the ordinary way reports it
            return FALLBACK
        if serialized is None or serialized is Undefined:
            return FALLBACK
        return serialized

    def settled(self, value: Any) -> bool:
        """Whether graphql-core would serialize ``value`` as it is (not await it,
        raise it, or take it for a missing value)."""
        if type(value) in LEAF_VALUE_TYPES or isinstance(value, Enum):
            return True
        return not (
            value is Undefined
            or type(value) is Later
            or isinstance(value, Exception)
            or self.is_awaitable(value)
        )

    # --- the hook: every object value's selection ------------------------------

    def collect_and_execute_subfields(
        self,
        return_type: GraphQLObjectType,
        field_details_list: Any,
        path: Path,
        result: Any,
        position_context: Any,
    ) -> Any:
        if self.compiled and position_context is None:
            plan = self.shared_plan(return_type, field_details_list)
            if plan is not None:
                return self.complete(plan, result, path)
        return super().collect_and_execute_subfields(
            return_type, field_details_list, path, result, position_context
        )

    def shared_plan(self, object_type: GraphQLObjectType, fdl: Any) -> Plan | None:
        """The plan for this selection, built by the first request that met it
        with the same ``@include``/``@skip`` variables; None for a selection
        graphql-core is to execute (deferred, or with fragment arguments)."""
        if not inlinable(fdl):
            return None
        nodes = [details.node for details in fdl]
        key = (id(object_type), self.switches(), *map(id, nodes))
        found = SHARED_PLANS.get(key)
        if found is not None:
            return found[2]
        grouped, new_defer_usages, _ = self.collect_subfields(object_type, fdl)
        if new_defer_usages:
            return None
        plan = self.plan(object_type, grouped)
        if len(SHARED_PLANS) >= SHARED_PLANS_MAX:
            del SHARED_PLANS[next(iter(SHARED_PLANS))]
        # The type and the nodes are kept alive, so no other object takes their ids.
        SHARED_PLANS[key] = (object_type, nodes, plan)
        return plan

    def switches(self) -> tuple:
        """The values of the variables this document's ``@include`` and ``@skip``
        read: what, beside the document, decides which fields a selection has."""
        switches = self._switches
        if switches is None:
            names = switch_variables(self.operation, self.fragment_definitions)
            coerced = self.variable_values.coerced
            switches = self._switches = tuple(coerced.get(n, FALLBACK) for n in names)
        return switches

    # --- compiling --------------------------------------------------------------

    def plan(self, object_type: GraphQLObjectType, grouped: Any) -> Plan:
        plan = self.plans.get(id(grouped))
        if plan is None or plan.grouped is not grouped:
            plan = Plan(object_type, grouped)
            self.plans[id(grouped)] = plan
            plan.entries = [
                self.entry(object_type, key, fdl) for key, fdl in grouped.items()
            ]
        return plan

    def child_plan(self, object_type: GraphQLObjectType, fdl: Any) -> Plan | None:
        """The plan for a plain object field's selection, if it can have one."""
        if not inline_is_type_of(object_type):
            return None
        grouped, new_defer_usages, _ = self.collect_subfields(object_type, fdl)
        if new_defer_usages:
            return None
        return self.plan(object_type, grouped)

    def entry(self, object_type: GraphQLObjectType, key: str, fdl: Any) -> tuple:
        name = fdl[0].node.name.value
        if name == "__typename":
            return (TYPENAME, key)
        field = object_type.fields.get(name)
        resolve = field.resolve if field is not None else None
        if type(resolve) is PlainField:
            return (LEAF, key, fdl, resolve)
        notes = (field.extensions or {}) if field is not None else {}
        guarded = notes.get(GUARDED)
        if type(guarded) is Guarded and inlinable(fdl):
            return self.guarded_entry(key, fdl, field, guarded)
        resolved = notes.get(RESOLVED)
        if type(resolved) is Resolved and inlinable(fdl):
            return self.resolver_entry(key, fdl, field, resolved)
        if type(resolve) is not PlainLink or not inlinable(fdl):
            return (ORDINARY, key, fdl)
        return_type = field.type
        non_null = isinstance(return_type, GraphQLNonNull)
        inner = return_type.of_type if non_null else return_type
        if isinstance(inner, GraphQLObjectType):
            child = self.child_plan(inner, fdl)
            if child is not None:
                return (
                    OBJECT,
                    key,
                    fdl,
                    resolve.attribute,
                    return_type,
                    non_null,
                    child,
                )
        elif isinstance(inner, GraphQLList):
            item_type = inner.of_type
            item_non_null = isinstance(item_type, GraphQLNonNull)
            item = item_type.of_type if item_non_null else item_type
            if isinstance(item, GraphQLObjectType):
                child = self.child_plan(item, fdl)
                if child is not None:
                    return (OBJECTS, key, fdl, resolve.attribute, return_type, non_null,
                            field, item_type, child)  # fmt: skip
            elif isinstance(item, GraphQLScalarType | GraphQLEnumType):
                return (LEAVES, key, fdl, resolve.attribute, non_null, item_non_null,
                        item.coerce_output_value)  # fmt: skip
        return (ORDINARY, key, fdl)

    def guarded_entry(self, key: str, fdl: Any, field: Any, guarded: Guarded) -> tuple:
        """A guarded scalar, enum or object field; others go the ordinary way."""
        if guarded.leaf is not None:
            return (GUARDED_LEAF, key, fdl, guarded.guard, guarded.leaf)
        return_type = field.type
        non_null = isinstance(return_type, GraphQLNonNull)
        inner = return_type.of_type if non_null else return_type
        if isinstance(inner, GraphQLObjectType):
            child = self.child_plan(inner, fdl)
            if child is not None:
                return (GUARDED_OBJECT, key, fdl, guarded.attribute, return_type,
                        non_null, child, guarded.guard)  # fmt: skip
        return (ORDINARY, key, fdl)

    def resolver_entry(
        self, key: str, fdl: Any, field: Any, resolved: Resolved
    ) -> tuple:
        """A field whose own resolver the plan calls, with its arguments converted
        once: only when every argument is written in the document (no variable,
        so the same for every request the plan serves) and converts cleanly."""
        node = fdl[0].node
        if any(
            not isinstance(argument.value, IntValueNode | StringValueNode)
            for argument in node.arguments or ()
        ):
            return (ORDINARY, key, fdl)
        strawberry_field = resolved.field
        try:
            values = get_argument_values(field, node, None)
            kwargs = convert_arguments(
                values,
                strawberry_field.arguments,
                scalar_registry=self.strawberry_schema.schema_converter.scalar_registry,
                config=self.strawberry_schema.config,
                info=None,
            )
            for extension in strawberry_field.extensions:
                kwargs = extension.map_arguments(kwargs)
        except Exception:  # noqa: BLE001 - graphql-core reports it per request
            return (ORDINARY, key, fdl)
        return (RESOLVER, key, fdl, field, resolved, kwargs)

    # --- completing -------------------------------------------------------------

    def complete(self, plan: Plan, source: Any, path: Path) -> Any:
        """The response dict of ``source`` (or an awaitable of it), as
        graphql-core's ``execute_fields`` would build it."""
        object_type = plan.object_type
        is_awaitable = self.is_awaitable
        results: dict[str, Any] = {}
        pending: list[str] | None = None
        try:
            for entry in plan.entries:
                kind = entry[0]
                key = entry[1]
                if kind == LEAF:
                    plain = entry[3]
                    try:
                        value = getattr(source, plain.attribute)
                    except Exception:  # noqa: BLE001 - the ordinary way reports it
                        value = FALLBACK
                    else:
                        kind_of_value = type(value)
                        if kind_of_value is plain.unchanged:
                            results[key] = value
                            continue
                        if kind_of_value is plain.enum:
                            results[key] = plain.names[value]
                            continue
                        value = self.leaf_value(plain, value)
                    if value is not FALLBACK:
                        results[key] = value
                        continue
                    value = self.ordinary(object_type, source, entry[2], path, key)
                elif kind == TYPENAME:
                    results[key] = plan.type_name
                    continue
                elif kind == OBJECT:
                    value = self.object_field(entry, object_type, source, path)
                elif kind == OBJECTS:
                    value = self.objects_field(entry, object_type, source, path)
                elif kind == LEAVES:
                    value = self.leaves_field(entry, source)
                    if value is FALLBACK:
                        value = self.ordinary(object_type, source, entry[2], path, key)
                elif kind == GUARDED_LEAF:
                    value = self.guarded_leaf(entry, source)
                    if value is FALLBACK:
                        value = self.ordinary(object_type, source, entry[2], path, key)
                elif kind == GUARDED_OBJECT:
                    value = self.guarded_object(entry, object_type, source, path)
                elif kind == RESOLVER:
                    value = self.resolver_field(entry, object_type, source, path)
                else:
                    value = self.ordinary(object_type, source, entry[2], path, key)
                    if value is Undefined:
                        continue
                results[key] = value
                if type(value) not in SETTLED_RESULTS and is_awaitable(value):
                    if pending is None:
                        pending = []
                    pending.append(key)
        except Exception:
            if pending:
                # As graphql-core does: the other fields' work may fail too.
                self.settle_in_background([results[key] for key in pending])
            raise
        if pending is None:
            return results
        return self.gather_fields(results, pending)

    def ordinary(
        self,
        parent_type: GraphQLObjectType,
        source: Any,
        fdl: Any,
        path: Path,
        key: str,
    ) -> Any:
        """The field the way graphql-core executes it."""
        field_path = Path(path, key, parent_type.name)
        return base_execute_field(self, parent_type, source, fdl, field_path, None)

    def resolver_field(
        self, entry: tuple, parent_type: GraphQLObjectType, source: Any, path: Path
    ) -> Any:
        """The field's own resolver called as Strawberry calls it (its guard
        first), its value completed by graphql-core's ``complete_awaitable_value``
        as ``execute_field`` would; a refused field goes the ordinary way."""
        _, key, fdl, field, resolved, kwargs = entry
        field_path = Path(path, key, parent_type.name)
        guard = resolved.guard
        try:
            refused = guard is not None and not guard.permits(self.context_value)
        except Exception:  # noqa: BLE001 - the ordinary way reports it at the field
            refused = True
        if refused:
            return base_execute_field(self, parent_type, source, fdl, field_path, None)
        return_type = field.type
        info = self.build_resolve_info(field, to_nodes(fdl), parent_type, field_path)
        kwargs = dict(kwargs)
        self_name, parent_name, root_name, info_name = resolved.parameters
        if parent_name is not None:
            kwargs[parent_name] = source
        if root_name is not None:
            kwargs[root_name] = source
        if info_name is not None:
            kwargs[info_name] = resolved.info_class(
                _raw_info=info, _field=resolved.field
            )
        resolver = resolved.field.base_resolver
        try:
            args = (source,) if self_name is not None else ()
            result = resolver(*args, **kwargs)
        except Exception as error:
            self.handle_field_error(error, return_type, fdl, field_path)
            return None
        return self.complete_awaitable_value(
            return_type, fdl, info, field_path, result, None
        )

    def guarded_leaf(self, entry: tuple, source: Any) -> Any:
        """A guarded scalar or enum, serialized, or FALLBACK for the ordinary way
        (refused, or anything unusual)."""
        _, _, _, guard, plain = entry
        context = self.context_value
        try:
            if not guard.permits(context):
                return FALLBACK
            value = getattr(source, plain.attribute)
            if type(value) is Later:
                return FALLBACK
            value = guard.shown(context, source, value)
        except Exception:  # noqa: BLE001 - the ordinary way reports it
            return FALLBACK
        kind = type(value)
        if kind is plain.unchanged:
            return value
        if kind is plain.enum:
            return plain.names[value]
        return self.leaf_value(plain, value)

    def guarded_object(
        self, entry: tuple, parent_type: GraphQLObjectType, source: Any, path: Path
    ) -> Any:
        _, key, fdl, attribute, return_type, non_null, plan, guard = entry
        context = self.context_value
        try:
            if guard.permits(context):
                value = getattr(source, attribute)
                if type(value) is not Later:
                    value = guard.shown(context, source, value)
                    value = self.usable_object(value, non_null, plan)
                else:
                    value = FALLBACK
            else:
                value = FALLBACK
        except Exception:  # noqa: BLE001 - the ordinary way reports it
            value = FALLBACK
        return self.object_value(
            value, parent_type, source, fdl, key, path, plan, return_type
        )

    def object_field(
        self, entry: tuple, parent_type: GraphQLObjectType, source: Any, path: Path
    ) -> Any:
        _, key, fdl, attribute, return_type, non_null, plan = entry
        try:
            value = getattr(source, attribute)
        except Exception:  # noqa: BLE001 - the ordinary way reports it
            value = FALLBACK
        else:
            value = self.usable_object(value, non_null, plan)
        return self.object_value(
            value, parent_type, source, fdl, key, path, plan, return_type
        )

    def usable_object(self, value: Any, non_null: bool, plan: Plan) -> Any:
        """``value`` if a plan may complete it as the plan's type; None for a null
        the field allows; FALLBACK when graphql-core is to answer (a null it does
        not allow, an awaitable, an exception, a value ``is_type_of`` refuses)."""
        if type(value) not in SETTLED_TYPES:
            if value is None or value is Undefined:
                return FALLBACK if non_null else None
            if (
                type(value) is Later
                or isinstance(value, Exception)
                or self.is_awaitable(value)
            ):
                return FALLBACK
            settle_type(value)
        if plan.is_type_of is not None and not plan.accepts(value):
            return FALLBACK
        return value

    def object_value(
        self,
        value: Any,
        parent_type: GraphQLObjectType,
        source: Any,
        fdl: Any,
        key: str,
        path: Path,
        plan: Plan,
        return_type: Any,
    ) -> Any:
        """The completed object (or an awaitable of it) for a value
        ``usable_object`` answered."""
        if value is None:
            return None
        field_path = Path(path, key, parent_type.name)
        if value is FALLBACK:
            return base_execute_field(self, parent_type, source, fdl, field_path, None)
        try:
            completed = self.complete(plan, value, field_path)
        except Exception as error:
            self.handle_field_error(error, return_type, fdl, field_path)
            return None
        if type(completed) is dict:
            return completed
        return self.await_field(completed, return_type, fdl, field_path)

    def objects_field(
        self, entry: tuple, parent_type: GraphQLObjectType, source: Any, path: Path
    ) -> Any:
        _, key, fdl, attribute, return_type, non_null, field, item_type, plan = entry
        try:
            value = getattr(source, attribute)
            if type(value) is not list:
                if value is None or value is Undefined:
                    value = FALLBACK if non_null else None
                elif (
                    type(value) is Later
                    or isinstance(value, Exception)
                    or self.is_awaitable(value)
                    or self.is_async_iterable(value)
                    or not is_iterable(value)
                ):
                    value = FALLBACK
        except Exception:  # noqa: BLE001 - the ordinary way reports it
            value = FALLBACK
        if value is None:
            return None
        field_path = Path(path, key, parent_type.name)
        if value is FALLBACK:
            return base_execute_field(self, parent_type, source, fdl, field_path, None)
        try:
            completed = self.complete_items(
                plan, value, item_type, field, parent_type, fdl, field_path
            )
        except Exception as error:
            self.handle_field_error(error, return_type, fdl, field_path)
            return None
        if type(completed) is list:
            return completed
        return self.await_field(completed, return_type, fdl, field_path)

    def complete_items(
        self,
        plan: Plan,
        items: Any,
        item_type: Any,
        field: Any,
        parent_type: GraphQLObjectType,
        fdl: Any,
        path: Path,
    ) -> Any:
        """A list of objects, as graphql-core's ``complete_iterable_value`` would
        complete it; an unusual item goes through graphql-core's own code."""
        is_awaitable = self.is_awaitable
        accepts = plan.accepts
        completed: list[Any] = []
        pending: list[int] = []
        info = None
        iterator = iter(items)
        index = 0
        try:
            for item in iterator:
                item_path = Path(path, index, None)
                if type(item) in SETTLED_TYPES:
                    usual = accepts(item)
                elif (
                    item is None
                    or item is Undefined
                    or isinstance(item, Exception)
                    or is_awaitable(item)
                ):
                    usual = False
                else:
                    usual = accepts(item)
                    if usual:
                        settle_type(item)
                if not usual:
                    if info is None:
                        info = self.build_resolve_info(
                            field, to_nodes(fdl), parent_type, path
                        )
                    if is_awaitable(item):
                        completed.append(
                            self.complete_awaitable_list_item_value(
                                item, item_type, fdl, info, item_path, None
                            )
                        )
                        pending.append(index)
                    elif self.complete_list_item_value(
                        item, completed, item_type, fdl, info, item_path, None
                    ):
                        pending.append(index)
                else:
                    try:
                        value = self.complete(plan, item, item_path)
                        if type(value) is not dict and is_awaitable(value):
                            value = self.await_field(value, item_type, fdl, item_path)
                            pending.append(index)
                    except Exception as error:
                        self.handle_field_error(error, item_type, fdl, item_path)
                        value = None
                    completed.append(value)
                index += 1
        except Exception:
            awaitables = [completed[index] for index in pending]
            awaitables.extend(collect_iterator_awaitables(iterator, is_awaitable))
            if awaitables:
                self.settle_in_background(awaitables)
            raise
        if not pending:
            return completed
        return self.gather_items(completed, pending)

    def leaves_field(self, entry: tuple, source: Any) -> Any:
        """A list of scalars or enums, or FALLBACK for anything unusual."""
        _, _, _, attribute, non_null, item_non_null, serialize = entry
        try:
            value = getattr(source, attribute)
            if value is None:
                return FALLBACK if non_null else None
            if not isinstance(value, list | tuple):
                return FALLBACK
            completed = []
            for item in value:
                if item is None:
                    if item_non_null:
                        return FALLBACK
                    completed.append(None)
                    continue
                if not self.settled(item):
                    return FALLBACK
                serialized = serialize(item)
                if serialized is None or serialized is Undefined:
                    return FALLBACK
                completed.append(serialized)
        except Exception:  # noqa: BLE001 - the ordinary way reports it
            return FALLBACK
        return completed

    async def await_field(
        self, awaitable: Any, return_type: Any, fdl: Any, path: Path
    ) -> Any:
        try:
            return await awaitable
        except Exception as error:
            self.handle_field_error(error, return_type, fdl, path)
            return None

    @staticmethod
    async def gather_fields(
        results: dict[str, Any], pending: list[str]
    ) -> dict[str, Any]:
        if len(pending) == 1:
            key = pending[0]
            results[key] = await results[key]
        else:
            awaited = await gather_with_cancel(*(results[key] for key in pending))
            results.update(zip(pending, awaited, strict=True))
        return results

    @staticmethod
    async def gather_items(completed: list[Any], pending: list[int]) -> list[Any]:
        if len(pending) == 1:
            index = pending[0]
            completed[index] = await completed[index]
        else:
            awaited = await gather_with_cancel(*(completed[index] for index in pending))
            for index, value in zip(pending, awaited, strict=True):
                completed[index] = value
        return completed


# The name the schema and earlier tests know it by.
PlainFieldExecutor = CompiledExecutor
