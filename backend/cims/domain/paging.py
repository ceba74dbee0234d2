"""Keyset pages: a slice of an ordered list and opaque cursors into it.

A cursor holds the sort key of the row it points at (the sort value plus the
primary key as tie-breaker), so a page never skips or repeats a row when rows are
added or removed between requests. Cursors are opaque to clients: a small JSON
array, versioned so that their shape can change, sealed with AES-GCM
(``cims.domain.crypto.seal_token``), so a cursor shows no sort value (a name, a
time) in an address or a log, and a changed or foreign one is refused.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from cims.domain.crypto import SealError, open_token, seal_token
from cims.domain.errors import ValidationFailed

T = TypeVar("T")

MAX_PAGE = 100
_VERSION = 1
CURSOR_PURPOSE = "cims/cursor/v1"


@dataclass(frozen=True)
class Edge(Generic[T]):
    cursor: str
    node: T


@dataclass(frozen=True)
class Page(Generic[T]):
    edges: list[Edge[T]] = field(default_factory=list)
    has_next_page: bool = False
    total_count: int = 0

    @property
    def end_cursor(self) -> str | None:
        return self.edges[-1].cursor if self.edges else None

    @property
    def start_cursor(self) -> str | None:
        return self.edges[0].cursor if self.edges else None

    @property
    def nodes(self) -> list[T]:
        return [edge.node for edge in self.edges]


def encode_cursor(*parts: str | int) -> str:
    raw = json.dumps([_VERSION, *parts], separators=(",", ":")).encode()
    return seal_token(raw, CURSOR_PURPOSE)


def decode_cursor(cursor: str, arity: int, argument: str = "after") -> list:
    """The parts of ``cursor``; a cursor that is not ours is a validation error."""
    try:
        parts = json.loads(open_token(cursor, CURSOR_PURPOSE))
    except (SealError, ValueError, UnicodeDecodeError):
        parts = None
    if not isinstance(parts, list) or len(parts) != arity + 1 or parts[0] != _VERSION:
        raise ValidationFailed.one(argument, "INVALID_CURSOR", "Not a valid cursor")
    return parts[1:]


def page_size(first: int | None, argument: str = "first", default: int = 20) -> int:
    """``first`` checked and capped at ``MAX_PAGE``."""
    if first is None:
        return default
    if first < 0:
        raise ValidationFailed.one(argument, "OUT_OF_RANGE", "Must not be negative")
    return min(first, MAX_PAGE)
