"""Per-request context: who asks, their loaders, the request ID."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from cims.api.loaders import Loaders
from cims.domain.actor import Actor


@dataclass
class Context:
    actor: Actor
    request_id: str
    request: Any = None
    response: Any = None
    loaders: Loaders = field(init=False)
    # (type name, primary key, field, customer's primary key) of personal values
    # returned in clear.
    revealed: set[tuple[str, int, str, int]] = field(default_factory=set)
    # Mutations answered with a PermissionDeniedError, by name (AuditDenials).
    denied: set[str] = field(default_factory=set)
    # The payload of a WebSocket's connection_init (graphql-transport-ws).
    connection_params: dict | None = None
    # A WebSocket's ConnectionWatch (cims.api.connection), set when it signs in.
    watch: Any = None
    # A WebSocket refused at connection_init with a code other than 4403
    # "Forbidden": (code, reason), read by cims.app.TransportWSHandler.
    rejection: tuple[int, str] | None = None

    def __post_init__(self) -> None:
        self.loaders = Loaders(self.actor)
