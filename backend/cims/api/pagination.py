"""Relay connections over keyset cursors.

A cursor holds the sort values of its row plus the primary key, so a page never
skips or repeats a row when sort values tie, on SQLite and PostgreSQL alike. The
values are sealed (``cims.domain.crypto.seal_token``): a cursor under name order
shows no name in an address or a proxy log, and a changed one is refused.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Generic, TypeVar

import strawberry
from graphql import GraphQLError
from tortoise.expressions import Q
from tortoise.queryset import QuerySet

from cims.api.execution import Later
from cims.domain.crypto import SealError, open_token, seal_token
from cims.domain.paging import CURSOR_PURPOSE

MAX_PAGE = 100
DEFAULT_PAGE = 20

T = TypeVar("T")


class PageArgumentError(GraphQLError):
    def __init__(self, message: str) -> None:
        super().__init__(message, extensions={"code": "BAD_PAGE_ARGUMENTS"})


@strawberry.type
class PageInfo:
    has_next_page: bool
    has_previous_page: bool
    start_cursor: str | None
    end_cursor: str | None


@strawberry.type
class Edge(Generic[T]):
    cursor: str
    node: T


class KeyedEdge(Edge):
    """An edge whose cursor is written from its row's sort values when first
    read: a query that selects no cursor (the customer-360 selects none) costs no
    encoding. Answers what ``Edge(cursor=encode_cursor(values), node=node)``
    answers."""

    def __init__(self, values: Sequence[Any], node: T) -> None:  # noqa: D107
        self.node = node
        self._values = values
        self._cursor: str | None = None

    @property
    def cursor(self) -> str:  # type: ignore[override]
        if self._cursor is None:
            self._cursor = encode_cursor(self._values)
        return self._cursor


class EdgesPageInfo(PageInfo):
    """A page's info whose start and end cursors are its first and last edges'
    cursors, written only when read."""

    def __init__(  # noqa: D107
        self, has_next_page: bool, has_previous_page: bool, edges: Sequence[Any]
    ) -> None:
        self.has_next_page = has_next_page
        self.has_previous_page = has_previous_page
        self._edges = edges

    @property
    def start_cursor(self) -> str | None:  # type: ignore[override]
        return self._edges[0].cursor if self._edges else None

    @property
    def end_cursor(self) -> str | None:  # type: ignore[override]
        return self._edges[-1].cursor if self._edges else None


@strawberry.type
class Connection(Generic[T]):
    edges: list[Edge[T]]
    page_info: PageInfo
    # The count, or a ``Later`` (cims.api.execution) when it takes a statement of
    # its own: a plain attribute, so compiled plans serialize a count at hand.
    total_count: int = strawberry.field(
        description="Number of items matching, across all pages."
    )


def _encode_value(value: Any) -> list:
    if isinstance(value, datetime):
        return ["dt", value.isoformat()]
    if isinstance(value, date):
        return ["d", value.isoformat()]
    return ["v", value]


def _decode_value(item: list) -> Any:
    tag, value = item
    if tag == "dt":
        return datetime.fromisoformat(value)
    if tag == "d":
        return date.fromisoformat(value)
    if tag == "v" and isinstance(value, str | int):
        return value
    # A score: JSON keeps a float exactly; NaN or infinity is no position.
    if tag == "v" and isinstance(value, float) and math.isfinite(value):
        return value
    raise ValueError("bad cursor value")


def encode_cursor(values: Sequence[Any]) -> str:
    return seal_token(cursor_text(values).encode(), CURSOR_PURPOSE)


def cursor_text(values: Sequence[Any]) -> str:
    """The JSON a cursor seals."""
    return "[" + ",".join(map(_encoded, values)) + "]"


def _encoded(value: Any) -> str:
    """``json.dumps(_encode_value(value), separators=(",", ":"))``, written out for
    the values every page's cursors hold (a time or a date, then the key): an ISO
    text needs no JSON escape."""
    kind = type(value)
    if kind is int:
        return f'["v",{value}]'
    if kind is datetime:
        return f'["dt","{value.isoformat()}"]'
    if kind is date:
        return f'["d","{value.isoformat()}"]'
    return json.dumps(_encode_value(value), separators=(",", ":"))


def decode_cursor(cursor: str, size: int) -> list[Any]:
    try:
        items = json.loads(open_token(cursor, CURSOR_PURPOSE))
        values = [_decode_value(item) for item in items]
    except (SealError, ValueError, TypeError, UnicodeDecodeError):
        raise PageArgumentError("The cursor is not valid") from None
    if len(values) != size:
        raise PageArgumentError("The cursor is not valid")
    return values


@dataclass(frozen=True)
class Order:
    """Sort keys, the last one unique (the primary key); True means descending."""

    keys: tuple[tuple[str, bool], ...]

    def fields(self, reverse: bool = False) -> list[str]:
        return [("-" if desc != reverse else "") + name for name, desc in self.keys]

    def values_of(self, row: Any) -> list[Any]:
        return [getattr(row, name) for name, _ in self.keys]

    def beyond(self, values: list[Any], backwards: bool = False) -> Q:
        """Rows strictly after ``values`` in this order (before, if backwards)."""
        condition: Q | None = None
        for i, (name, desc) in enumerate(self.keys):
            op = "lt" if desc != backwards else "gt"
            part = Q(**{f"{name}__{op}": values[i]})
            for prior_name, _ in self.keys[:i]:
                part &= Q(**{prior_name: values[self._index(prior_name)]})
            condition = part if condition is None else condition | part
        return condition

    def _index(self, name: str) -> int:
        return [n for n, _ in self.keys].index(name)


def page_size(first: int | None, last: int | None) -> tuple[int, bool]:
    """The size asked for and whether it counts from the end."""
    if first is not None and last is not None:
        raise PageArgumentError("Give first or last, not both")
    size = first if first is not None else last
    backwards = first is None and last is not None
    if size is None:
        return DEFAULT_PAGE, False
    if size < 0 or size > MAX_PAGE:
        raise PageArgumentError(f"Page size must be between 0 and {MAX_PAGE}")
    return size, backwards


async def paginate(
    qs: QuerySet,
    order: Order,
    build: Callable[[Any], T],
    *,
    first: int | None = None,
    after: str | None = None,
    last: int | None = None,
    before: str | None = None,
) -> Connection[T]:
    size, backwards = page_size(first, last)
    filtered = qs
    if after:
        filtered = filtered.filter(order.beyond(decode_cursor(after, len(order.keys))))
    if before:
        filtered = filtered.filter(
            order.beyond(decode_cursor(before, len(order.keys)), backwards=True)
        )
    rows = await filtered.order_by(*order.fields(reverse=backwards)).limit(size + 1)
    more = len(rows) > size
    rows = rows[:size]
    if backwards:
        rows.reverse()
    edges = [KeyedEdge(order.values_of(r), build(r)) for r in rows]
    info = EdgesPageInfo(
        has_next_page=more if not backwards else before is not None,
        has_previous_page=more if backwards else after is not None,
        edges=edges,
    )
    return Connection(
        edges=edges, page_info=info, total_count=Later(lambda _: qs.count())
    )


def slice_connection(
    rows: list[Any],
    order: Order,
    build: Callable[[Any], T],
    *,
    first: int | None = None,
    after: str | None = None,
    last: int | None = None,
    before: str | None = None,
) -> Connection[T]:
    """Paginate rows already loaded in ``order`` (a relation loaded in one batch)."""
    size, backwards = page_size(first, last)
    keyed = [(order.values_of(r), r) for r in rows]
    if after:
        mark = decode_cursor(after, len(order.keys))
        keyed = [(k, r) for k, r in keyed if _beyond(order, k, mark)]
    if before:
        mark = decode_cursor(before, len(order.keys))
        keyed = [(k, r) for k, r in keyed if _beyond(order, mark, k)]
    chosen = keyed[-size:] if backwards and size else keyed[:size]
    if backwards and not size:
        chosen = []
    edges = [KeyedEdge(k, build(r)) for k, r in chosen]
    info = EdgesPageInfo(
        has_next_page=len(keyed) > len(chosen) if not backwards else before is not None,
        has_previous_page=len(keyed) > len(chosen) if backwards else after is not None,
        edges=edges,
    )

    return Connection(edges=edges, page_info=info, total_count=len(rows))


def _beyond(order: Order, values: list[Any], mark: list[Any]) -> bool:
    """True when ``values`` come strictly after ``mark`` in ``order``."""
    for (_, desc), value, limit in zip(order.keys, values, mark, strict=True):
        if value != limit:
            return (value < limit) if desc else (value > limit)
    return False
