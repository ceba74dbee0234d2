"""Demo staff for ``make run``: one account per role a person holds, passwords shown once."""

from __future__ import annotations

import logging

from cims.auth import accounts
from cims.auth.policy import BRANCH_ROLES, ROLE_LABELS, ROLES, SERVICE_ROLES
from cims.domain.actor import Actor
from cims.models import Branch, StaffMember

log = logging.getLogger(__name__)

PREFIX = "demo."


async def create_demo_staff() -> list[dict]:
    """Create ``demo.<role>`` for every role that has no account yet.

    Returns one entry per role; ``password`` is set only for accounts created now
    (a random one, never stored in clear), so a second run reveals nothing.
    Branch roles are bound to the first branch, which must exist by then. Service
    roles get no account (a system signs in as a client); one an older demo created
    is deactivated.
    """
    first_branch = await Branch.all().order_by("id").first()
    result = []
    for role in ROLES:
        if role in SERVICE_ROLES:
            await _retire(PREFIX + role)
        else:
            result.append(await _ensure(role, first_branch))
    return result


async def _retire(username: str) -> None:
    if await StaffMember.exists(username=username, active=True):
        await accounts.set_active(Actor.system(), username, False)
        log.info("demo account of a service role deactivated")


async def _ensure(role: str, branch: Branch | None) -> dict:
    username = PREFIX + role
    existing = await StaffMember.get_or_none(username=username).select_related("branch")
    if existing is not None:
        return _entry(existing, role, password=None, created=False)
    branch_code = branch.code if branch and role in BRANCH_ROLES else None
    if role in BRANCH_ROLES and branch_code is None:
        log.warning("no branch yet: demo %s not created", role)
        return {
            "username": username,
            "role": role,
            "branch": None,
            "password": None,
            "created": False,
        }
    new = await accounts.create_staff(
        Actor.system(),
        username=username,
        roles=[role],
        display_name=f"{ROLE_LABELS[role][0]} (demo)",
        branch_code=branch_code,
    )
    await new.staff.fetch_related("branch")
    return _entry(new.staff, role, password=new.password, created=True)


def _entry(
    staff: StaffMember, role: str, *, password: str | None, created: bool
) -> dict:
    return {
        "username": staff.username,
        "role": role,
        "branch": staff.branch.code if staff.branch else None,
        "password": password,
        "created": created,
    }
