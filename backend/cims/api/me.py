"""``me``: who the caller is and what they may do, so a client can hide the rest.

Every signed-in caller may ask (staff, service accounts, external providers'
users); it reveals nothing beyond what the caller's own token says, plus the
account's username and display name.
"""

from __future__ import annotations

import enum

import strawberry

from cims.api.types import Branch


@strawberry.enum
class PrincipalKind(enum.Enum):
    STAFF = "staff"
    SERVICE = "service"
    SYSTEM = "system"
    EXTERNAL = "external"


@strawberry.type
class Me:
    subject: str
    kind: PrincipalKind
    username: str | None
    display_name: str | None
    roles: list[str]
    permissions: list[str]
    branch: Branch | None
    team: str | None = strawberry.field(
        description="The team the caller shares saved views with; none for "
        "service accounts and external providers' users."
    )


@strawberry.type
class MeQueries:
    @strawberry.field(description="The caller: identity, roles, permissions, branch.")
    async def me(self, info: strawberry.Info) -> Me:
        actor = info.context.actor
        loaders = info.context.loaders
        principal = await loaders.principal.load(actor.subject)
        branch = await loaders.branch.load(actor.branch_id) if actor.branch_id else None
        if principal is None:
            # A user of an external provider: its token's own words.
            kind, team = PrincipalKind.EXTERNAL, None
            username = actor.extra.get("username")
            display_name = actor.extra.get("name") or username
        else:
            kind, team = PrincipalKind(principal.kind), principal.team
            username, display_name = principal.username, principal.display_name
        return Me(
            subject=actor.subject,
            kind=kind,
            username=username,
            display_name=display_name,
            roles=sorted(actor.roles),
            permissions=sorted(actor.permissions),
            branch=Branch.from_row(branch) if branch else None,
            team=team,
        )
