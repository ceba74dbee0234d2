"""Reads whose SQL is built once per shape and run again with other values.

Tortoise builds a queryset's SQL anew on every run (pypika terms, their copies,
quoting): for the reads every customer-360 request makes (the customer with its
branch, the accounts with their products) that costs more than running the
statement and mapping its rows. ``select`` builds the queryset once for each shape,
with marker values in place of the caller's, keeps the statement Tortoise made (and
its plan for ``select_related`` columns), and then runs it with the caller's values
through Tortoise's own executor, so rows become models with the same conversions as
the queryset's own run.

A shape is the name of the read, the database dialect and, per value, whether it
is None (the build decides what None means, typically no condition) or the length
of a list (an ``IN`` list has one placeholder per item). The build must use each
value only as a parameter: a value that ends up elsewhere in the statement (a
LIMIT, a column name) is refused when the shape is first built.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.models import Model
from tortoise.queryset import QuerySet

# Integers no caller passes: far below any key, count or amount of ours.
MARK_BASE = -(2**62)
MAX_SHAPES = 256

# (name, dialect, shape) -> (statement, where each parameter comes from, model,
# Tortoise's plan for select_related columns, annotation names)
_SHAPES: dict[tuple, tuple[str, tuple, type[Model], list, list]] = {}


def _shape_of(values: Sequence[Any]) -> tuple:
    """Per value: None, "scalar", or the length of a list."""
    return tuple(
        None if v is None else len(v) if isinstance(v, list | tuple) else "scalar"
        for v in values
    )


def _build(name: str, build: Callable[..., QuerySet], shape: tuple) -> tuple:
    args: list[Any] = []
    where: dict[int, tuple[int, int | None]] = {}
    for index, size in enumerate(shape):
        if size is None:
            args.append(None)
        elif size == "scalar":
            where[MARK_BASE + len(where)] = (index, None)
            args.append(MARK_BASE + len(where) - 1)
        else:
            marks = []
            for item in range(size):
                where[MARK_BASE + len(where)] = (index, item)
                marks.append(MARK_BASE + len(where) - 1)
            args.append(marks)
    queryset = build(*args)
    if queryset._prefetch_map or queryset._prefetch_queries:
        raise ValueError(f"{name}: a prepared read cannot prefetch")
    queryset._choose_db_if_not_chosen()
    queryset._make_query()
    sql, params = queryset.query.get_parameterized_sql()
    slots: list[tuple[bool, Any]] = []
    for param in params:
        if type(param) is int and param in where:
            slots.append((True, where[param]))
        else:
            slots.append((False, param))
    used = {spot for is_value, spot in slots if is_value}
    if used != set(where.values()) or any(str(mark) in sql for mark in where):
        raise ValueError(f"{name}: every value must be a parameter of the statement")
    return (
        sql,
        tuple(slots),
        queryset.model,
        list(queryset._select_related_idx),
        list(queryset._annotations),
    )


async def select(
    name: str,
    model: type[Model],
    build: Callable[..., QuerySet],
    *values: Any,
    using: BaseDBAsyncClient | None = None,
) -> list[Any]:
    """The rows of ``build(*values)`` (a queryset of ``model``), its statement
    built once per shape.

    ``name`` names the read (one ``build`` each); ``values`` are scalars, lists or
    None; ``using`` runs it on that connection (a transaction's), as ``using_db``.
    """
    conn = using or model._meta.db
    shape = _shape_of(values)
    key = (name, conn.capabilities.dialect, shape)
    found = _SHAPES.get(key)
    if found is None:
        found = _build(name, build, shape)
        if found[2] is not model:
            raise ValueError(f"{name}: the build reads another model")
        if len(_SHAPES) >= MAX_SHAPES:
            del _SHAPES[next(iter(_SHAPES))]
        _SHAPES[key] = found
    sql, slots, _, related, custom = found
    params = [
        (values[spot[0]] if spot[1] is None else values[spot[0]][spot[1]])
        if is_value
        else spot
        for is_value, spot in slots
    ]
    executor = conn.executor_class(model=model, db=conn, select_related_idx=related)
    return await executor.execute_select(sql, params, custom_fields=custom or None)
