"""Staff accounts: creation, password check with lock-out, TOTP, sign-in rules.

Sign-in answers the same way for an unknown username, a wrong password and a
locked account, and takes as long, so the sign-in page tells an attacker nothing
about which accounts exist. Each failure, the second factor's included, counts
towards the lock-out; a success resets the count.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from tortoise.expressions import F

from cims.auth import passwords, revocation, secrets_box, totp
from cims.auth.policy import ROLES, SERVICE_ROLES, is_branch_bound, permissions_for
from cims.auth.settings import AuthSettings
from cims.domain.actor import Actor
from cims.domain.errors import NotFound, PermissionDenied, ValidationFailed
from cims.models import (
    Branch,
    ProviderSession,
    RefreshToken,
    RoleSecurity,
    StaffMember,
)

log = logging.getLogger(__name__)


class SignIn(StrEnum):
    OK = "ok"
    FAILED = "failed"


@dataclass(frozen=True)
class NewStaff:
    staff: StaffMember
    password: str | None


def now() -> datetime:
    return datetime.now(UTC)


def normalize_username(username: str) -> str:
    return username.strip().casefold()


def require(actor: Actor, permission: str) -> None:
    if not actor.can(permission) and not actor.can("*"):
        raise PermissionDenied(permission)


async def create_staff(
    actor: Actor,
    *,
    username: str,
    roles: list[str],
    display_name: str | None = None,
    branch_code: str | None = None,
    password: str | None = None,
    team: str | None = None,
) -> NewStaff:
    """Create a staff account; a password is generated when none is given."""
    require(actor, "staff.manage")
    username = _check_username(username)
    _check_person_roles(roles)
    team = _check_team(team)
    if await StaffMember.exists(username=username):
        raise ValidationFailed.one("username", "TAKEN", "This username is taken")
    branch = await _branch(branch_code, roles)
    generated = None if password else passwords.generate_password()
    _check_password(password)
    staff = await StaffMember.create(
        subject=str(uuid.uuid4()),
        username=username,
        display_name=display_name or username,
        password_hash=await passwords.hash_password(password or generated),
        roles=sorted(set(roles)),
        branch=branch,
        team=team,
    )
    log.info("staff created", extra={"staff_id": staff.id})
    return NewStaff(staff, generated)


def _check_username(username: str) -> str:
    username = normalize_username(username)
    allowed = set("abcdefghijklmnopqrstuvwxyz0123456789._-@")
    if not (3 <= len(username) <= 64) or not set(username) <= allowed:
        raise ValidationFailed.one(
            "username", "INVALID", "3 to 64 letters, digits, '.', '_', '-' or '@'"
        )
    return username


def _check_roles(roles: list[str]) -> None:
    unknown = sorted(set(roles) - set(ROLES))
    if not roles or unknown:
        message = f"unknown roles: {', '.join(unknown)}" if unknown else "no role"
        raise ValidationFailed.one("roles", "INVALID", message)


def _check_person_roles(roles: list[str]) -> None:
    _check_roles(roles)
    if service := sorted(set(roles) & SERVICE_ROLES):
        raise ValidationFailed.one(
            "roles",
            "SERVICE_ROLE",
            f"{', '.join(service)} is for a system's service client "
            "(cims client create), not for a person's account",
        )


TEAM_MAX = StaffMember._meta.fields_map["team"].max_length


def _check_team(team: str | None) -> str | None:
    """A team name as given, without surrounding blanks; ``None``: no team."""
    if team is None:
        return None
    text = team.strip()
    if not text or len(text) > TEAM_MAX:
        raise ValidationFailed.one(
            "team", "INVALID", f"A team name has 1 to {TEAM_MAX} characters"
        )
    return text


async def set_team(actor: Actor, username: str, team: str | None) -> StaffMember:
    """Put a staff member in ``team`` (``None``: in none). Views they shared
    follow them: their old team stops seeing them, the new one sees them."""
    require(actor, "staff.manage")
    team = _check_team(team)
    staff = await find_staff(username)
    await StaffMember.filter(id=staff.id).update(team=team)
    staff.team = team
    log.info("staff team changed", extra={"staff_id": staff.id})
    return staff


def _check_password(password: str | None) -> None:
    reason = passwords.check_strength(password) if password is not None else None
    if reason:
        raise ValidationFailed.one("password", "WEAK", f"Password needs {reason}")


async def _branch(branch_code: str | None, roles: list[str]) -> Branch | None:
    if branch_code is None:
        if is_branch_bound(roles):
            raise ValidationFailed.one("branch", "REQUIRED", "This role needs a branch")
        return None
    return await known_branch(branch_code)


async def known_branch(code: str) -> Branch:
    """The branch of this code; an unknown code is refused naming the codes there are
    (branch codes are not secret to staff who manage accounts)."""
    branch = await Branch.get_or_none(code=code)
    if branch is None:
        codes = (
            await Branch.all().order_by("code").limit(21).values_list("code", flat=True)
        )
        listed = ", ".join(codes[:20]) + (", ..." if len(codes) > 20 else "")
        raise ValidationFailed.one(
            "branch",
            "NOT_FOUND",
            f"No such branch; the branches are: {listed or 'none yet'}",
        )
    return branch


async def find_staff(username: str, *, related: bool = False) -> StaffMember:
    query = StaffMember.get_or_none(username=normalize_username(username))
    staff = await (query.select_related("branch") if related else query)
    if staff is None:
        raise NotFound("Staff member")
    return staff


async def check_password(settings: AuthSettings, username: str, password: str):
    """The staff member if the password is right and the account usable, else None."""
    staff = await StaffMember.get_or_none(username=normalize_username(username))
    ok = await passwords.verify_password(
        staff.password_hash if staff else None, password
    )
    if staff is None or is_locked(staff):
        # Attempts against a locked account do not extend the lock, or anyone
        # could keep a colleague locked out for good.
        return None
    if not ok or not staff.active:
        await record_failure(settings, staff)
        return None
    return staff


def is_locked(staff: StaffMember) -> bool:
    return staff.locked_until is not None and staff.locked_until > now()


async def record_failure(settings: AuthSettings, staff: StaffMember) -> None:
    """Count a failed attempt; at the threshold, lock the account for a while."""
    # One atomic increment, so parallel guesses cannot slip past the threshold.
    await StaffMember.filter(id=staff.id).update(failed_logins=F("failed_logins") + 1)
    count = await StaffMember.filter(id=staff.id).values_list(
        "failed_logins", flat=True
    )
    if count and count[0] >= settings.lockout_threshold:
        until = now() + timedelta(seconds=settings.lockout_seconds)
        await StaffMember.filter(id=staff.id).update(
            locked_until=until, failed_logins=0
        )
        log.warning("staff account locked", extra={"staff_id": staff.id})


async def record_success(staff: StaffMember) -> None:
    await StaffMember.filter(id=staff.id).update(
        failed_logins=0, locked_until=None, last_login_at=now()
    )


async def unlock(actor: Actor, username: str) -> None:
    require(actor, "staff.manage")
    staff = await find_staff(username)
    await StaffMember.filter(id=staff.id).update(failed_logins=0, locked_until=None)
    log.info("staff account unlocked", extra={"staff_id": staff.id})


async def reset_password(
    actor: Actor, username: str, password: str | None = None
) -> str:
    """Set a new password (generated when none is given); returns it."""
    require(actor, "staff.manage")
    _check_password(password)
    staff = await find_staff(username)
    new = password or passwords.generate_password()
    staff.password_hash = await passwords.hash_password(new)
    await staff.save(update_fields=["password_hash", "updated_at"])
    await sign_out_everywhere(staff)
    log.info("staff password reset", extra={"staff_id": staff.id})
    return new


async def sign_out_everywhere(staff: StaffMember) -> None:
    """End every browser session and refresh-token family of a staff member."""
    await RefreshToken.filter(staff_id=staff.id, revoked_at__isnull=True).update(
        revoked_at=now()
    )
    await ProviderSession.filter(staff_id=staff.id).delete()


async def set_active(actor: Actor, username: str, active: bool) -> None:
    """Deactivate (or re-activate) an account. Deactivated, it is signed out
    everywhere and its access tokens are refused from the next request on, in
    every API process (``cims.auth.revocation``)."""
    require(actor, "staff.manage")
    staff = await find_staff(username)
    await StaffMember.filter(id=staff.id).update(active=active, updated_at=now())
    if not active:
        await sign_out_everywhere(staff)
    await revocation.changed(staff.subject, deactivated=not active)
    log.info("staff active=%s", active, extra={"staff_id": staff.id})


_KEEP = object()  # set_rights: this part stays as it is


async def set_rights(
    actor: Actor,
    username: str,
    *,
    roles: list[str] | None = None,
    branch_code: str | None | object = _KEEP,
) -> StaffMember:
    """Change a staff member's roles and/or branch (``None``: no branch). Access
    tokens issued before are judged again from the next request on, in every API
    process: one that carries a right or a branch the account no longer has is
    refused (``RIGHTS_CHANGED``); the user signs in again for a token of the new
    rights."""
    require(actor, "staff.manage")
    staff = await find_staff(username)
    new_roles = sorted(set(roles)) if roles is not None else list(staff.roles)
    if roles is not None:
        _check_person_roles(new_roles)
    if branch_code is _KEEP:
        branch_id = staff.branch_id
        if branch_id is None and is_branch_bound(new_roles):
            raise ValidationFailed.one("branch", "REQUIRED", "This role needs a branch")
    else:
        branch = await _branch(branch_code, new_roles)
        branch_id = branch.id if branch else None
    if new_roles == list(staff.roles) and branch_id == staff.branch_id:
        return staff
    await StaffMember.filter(id=staff.id).update(
        roles=new_roles, branch_id=branch_id, updated_at=now()
    )
    await revocation.changed(staff.subject, deactivated=False)
    log.info("staff rights changed", extra={"staff_id": staff.id})
    return await StaffMember.get(id=staff.id).select_related("branch")


async def totp_required(staff: StaffMember) -> bool:
    """Enrolled staff always give a code; others when a role of theirs demands it."""
    if staff.totp_secret:
        return True
    return await RoleSecurity.filter(role__in=staff.roles, totp_required=True).exists()


async def require_totp(actor: Actor, role: str, required: bool = True) -> None:
    require(actor, "staff.manage")
    _check_roles([role])
    await RoleSecurity.update_or_create(defaults={"totp_required": required}, role=role)
    log.info("role %s totp_required=%s", role, required)


async def roles_requiring_totp() -> list[str]:
    return sorted(
        await RoleSecurity.filter(totp_required=True).values_list("role", flat=True)
    )


async def reset_totp(actor: Actor, username: str) -> None:
    """Forget a staff member's authenticator; they enrol again at next sign-in."""
    require(actor, "staff.manage")
    staff = await find_staff(username)
    await StaffMember.filter(id=staff.id).update(totp_secret=None, totp_last_step=None)
    log.info("staff totp reset", extra={"staff_id": staff.id})


def staff_totp_secret(settings: AuthSettings, staff: StaffMember) -> bytes | None:
    if not staff.totp_secret:
        return None
    return secrets_box.unseal(settings.secret_key, staff.totp_secret)


async def check_totp(settings: AuthSettings, staff: StaffMember, code: str) -> bool:
    """Accept a code once; a wrong or replayed code counts as a failed sign-in."""
    secret = staff_totp_secret(settings, staff)
    step = totp.matching_step(secret, code.strip()) if secret else None
    if step is None or not await _consume_step(staff, step):
        await record_failure(settings, staff)
        return False
    return True


async def _consume_step(staff: StaffMember, step: int) -> bool:
    # Conditional update: of two requests racing with the same code, one wins.
    last = staff.totp_last_step
    query = StaffMember.filter(id=staff.id)
    if last is not None:
        if step <= last:
            return False
        query = query.filter(totp_last_step=last)
    else:
        query = query.filter(totp_last_step__isnull=True)
    return await query.update(totp_last_step=step) == 1


async def enroll_totp(
    settings: AuthSettings, staff: StaffMember, secret: bytes, code: str
) -> bool:
    """Keep ``secret`` as the staff member's authenticator if ``code`` matches it."""
    step = totp.matching_step(secret, code.strip())
    if step is None:
        await record_failure(settings, staff)
        return False
    sealed = secrets_box.seal(settings.secret_key, secret)
    await StaffMember.filter(id=staff.id).update(
        totp_secret=sealed, totp_last_step=step
    )
    log.info("staff totp enrolled", extra={"staff_id": staff.id})
    return True


async def usable_staff(staff_id: int) -> StaffMember | None:
    """The staff member if the account may still receive tokens."""
    staff = await StaffMember.get_or_none(id=staff_id).select_related("branch")
    if staff is None or not staff.active:
        return None
    return staff


ACCOUNT_INACTIVE = revocation.ACCOUNT_INACTIVE
RIGHTS_CHANGED = revocation.RIGHTS_CHANGED


async def standing(actor: Actor) -> str | None:
    """Why ``actor``'s token no longer speaks for its staff account, or None.

    A token outlives a change to its account until it expires; a long-lived
    connection asks this again, and so does an HTTP request whose token was issued
    before its account's latest change (``cims.auth.revocation``).
    ``ACCOUNT_INACTIVE``: the account was deactivated.
    ``RIGHTS_CHANGED``: the token carries a permission the account's roles no
    longer grant, or a branch the account no longer works at. A subject CIMS keeps
    no account for (an external provider's user, a service client) has nothing
    here to lose, and answers None.
    """
    staff = await StaffMember.get_or_none(subject=actor.subject)
    if staff is None:
        return None
    if not staff.active:
        return ACCOUNT_INACTIVE
    if not actor.permissions <= permissions_for(staff.roles):
        return RIGHTS_CHANGED
    if staff.branch_id is not None and staff.branch_id != actor.branch_id:
        return RIGHTS_CHANGED
    return None
