"""Opaque global IDs: base64 of ``Type:pk``."""

from __future__ import annotations

import base64
import binascii

from cims.domain.errors import NotFound


def to_global_id(type_name: str, pk: int) -> str:
    return base64.urlsafe_b64encode(f"{type_name}:{pk}".encode()).decode().rstrip("=")


def from_global_id(global_id: str, expected: str | None = None) -> tuple[str, int]:
    """Decode an ID; a malformed or foreign ID is simply not found."""
    try:
        padded = global_id + "=" * (-len(global_id) % 4)
        type_name, _, pk = base64.urlsafe_b64decode(padded).decode().partition(":")
        number = int(pk)
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise NotFound(expected or "Node") from None
    if expected and type_name != expected or number <= 0 or number >= 2**63:
        raise NotFound(expected or "Node")
    return type_name, number


def pk_of(global_id: str, expected: str) -> int:
    return from_global_id(global_id, expected)[1]
