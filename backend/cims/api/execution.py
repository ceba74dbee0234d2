"""Plain fields resolved without graphql-core's and Strawberry's per-field machinery.

graphql-core executes every field alike: a path, a ``GraphQLResolveInfo`` of
sixteen values, the argument check, the resolver (Strawberry's wrapper, then its
field's ``get_result``, then ``getattr``), two awaitable checks and a
``complete_value`` per wrapping type, before the scalar's or enum's serializer
runs. A customer-360 answer has about 380 fields, most of them an attribute of
the parent copied as it is.

A field is *plain* when Strawberry would answer it with ``getattr`` and nothing
else: no resolver of its own, no field extension (so none of the permission
directives ``@requires`` and ``@masked``, which are extensions), no directive,
no permission class, no argument, no exception handler, and a scalar or enum
type (not a list, not an object). ``mark_plain_fields`` gives such fields a
``PlainField`` resolver after the schema is built, and ``PlainFieldExecutor``
answers them by reading the attribute and calling the type's own serializer,
the one graphql-core would call. Anything unusual (an error reading the
attribute, a null for a non-null field, a value the serializer refuses, a schema
extension that wraps every resolver) goes the ordinary way, so errors come out
exactly as before. Every other field is untouched: its resolver, its extensions
and directives run as they did.
"""

from __future__ import annotations

from typing import Any

from graphql import (
    GraphQLEnumType,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLScalarType,
    Undefined,
)
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext
from strawberry.schema.schema_converter import GraphQLCoreConverter
from strawberry.types.field import StrawberryField

BACKREF = GraphQLCoreConverter.DEFINITION_BACKREF


class PlainField:
    """The resolver of a plain field: the parent's attribute, as Strawberry's was.

    Also callable the ordinary way, so graphql-core's own executor (and any path
    the fast one hands back) gets the same value.
    """

    __slots__ = ("attribute", "non_null", "original", "serialize")

    def __init__(
        self, attribute: str, serialize: Any, non_null: bool, original: Any
    ) -> None:
        self.attribute = attribute
        self.serialize = serialize
        self.non_null = non_null
        self.original = original  # Strawberry's resolver, kept for the tests

    def __call__(self, source: Any, info: Any, **_: Any) -> Any:
        return getattr(source, self.attribute)


def is_plain(field: StrawberryField, graphql_field: Any, default_resolver: Any) -> bool:
    """Whether Strawberry answers this field with ``getattr`` and nothing else."""
    leaf = graphql_field.type
    if isinstance(leaf, GraphQLNonNull):
        leaf = leaf.of_type
    return (
        isinstance(leaf, GraphQLScalarType | GraphQLEnumType)
        and default_resolver is getattr
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


def mark_plain_fields(schema: Any) -> int:
    """Give every plain field of ``schema`` (a Strawberry schema) a ``PlainField``
    resolver; returns how many fields were marked."""
    default_resolver = schema.config.default_resolver
    marked = 0
    for name, graphql_type in schema._schema.type_map.items():
        if name.startswith("__") or not isinstance(graphql_type, GraphQLObjectType):
            continue
        for graphql_field in graphql_type.fields.values():
            field = (graphql_field.extensions or {}).get(BACKREF)
            if not isinstance(field, StrawberryField) or not is_plain(
                field, graphql_field, default_resolver
            ):
                continue
            non_null = isinstance(graphql_field.type, GraphQLNonNull)
            leaf = graphql_field.type.of_type if non_null else graphql_field.type
            graphql_field.resolve = PlainField(
                field.python_name,
                leaf.coerce_output_value,
                non_null,
                graphql_field.resolve,
            )
            marked += 1
    return marked


class PlainFieldExecutor(StrawberryGraphQLCoreExecutionContext):
    """Strawberry's executor, answering ``PlainField`` fields directly."""

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
        middleware = self.middleware_manager
        if type(resolve) is PlainField and (
            middleware is None or not middleware.middlewares
        ):
            try:
                value = getattr(source, resolve.attribute)
                if value is None:
                    if not resolve.non_null:
                        return None
                else:
                    serialized = resolve.serialize(value)
                    if serialized is not None and serialized is not Undefined:
                        return serialized
            except Exception:  # noqa: BLE001, S110 - the ordinary way reports it
                pass
        return super().execute_field(
            parent_type, source, field_details_list, path, position_context
        )
