"""Who is asking: the one way a caller's identity enters the domain."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Actor:
    """A signed-in staff member, service account or the system itself.

    ``branch_id`` set means the actor sees only that branch's customers.
    """

    subject: str
    roles: frozenset[str] = frozenset()
    permissions: frozenset[str] = frozenset()
    branch_id: int | None = None
    request_id: str | None = None
    client_address: str | None = None
    extra: dict = field(default_factory=dict, compare=False)

    def can(self, permission: str) -> bool:
        # "*" is held only by the system actor (CLI, seeding), never by a token.
        return permission in self.permissions or "*" in self.permissions

    @classmethod
    def system(cls, permissions: frozenset[str] | set[str] = frozenset({"*"})) -> Actor:
        return cls(
            subject="system",
            roles=frozenset({"system"}),
            permissions=frozenset(permissions),
        )
