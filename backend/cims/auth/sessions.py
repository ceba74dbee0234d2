"""Sign-in sessions at the embedded provider: a random key in an HttpOnly cookie.

The cookie is scoped to ``/oauth``, so the API and the SPA never see it; only its
SHA-256 digest is stored. A session in stage ``password`` has passed the password
but still owes the second factor; only a ``complete`` one signs anyone in.
"""

from __future__ import annotations

import secrets
from datetime import UTC, datetime, timedelta

from cims.auth.settings import AuthSettings
from cims.auth.tokens import digest, revoke_session
from cims.models import ProviderSession, StaffMember

COOKIE = "cims_op_session"
COOKIE_PATH = "/oauth"
PASSWORD_STAGE_TTL = timedelta(minutes=5)
PASSWORD = "password"
COMPLETE = "complete"


def now() -> datetime:
    return datetime.now(UTC)


async def start(
    settings: AuthSettings, staff: StaffMember, *, complete: bool, amr: list[str]
) -> tuple[str, ProviderSession]:
    key = secrets.token_urlsafe(32)
    lifetime = (
        timedelta(seconds=settings.session_ttl) if complete else PASSWORD_STAGE_TTL
    )
    row = await ProviderSession.create(
        key_hash=digest(key),
        staff=staff,
        stage=COMPLETE if complete else PASSWORD,
        auth_time=int(now().timestamp()),
        amr=amr,
        expires_at=now() + lifetime,
    )
    return key, row


async def find(key: str | None) -> ProviderSession | None:
    if not key:
        return None
    row = await ProviderSession.get_or_none(key_hash=digest(key)).select_related(
        "staff"
    )
    if row is None or row.expires_at <= now() or not row.staff.active:
        return None
    return row


async def complete(
    settings: AuthSettings, row: ProviderSession, amr: list[str]
) -> None:
    row.stage = COMPLETE
    row.amr = amr
    row.pending_totp_secret = None
    row.auth_time = int(now().timestamp())
    row.expires_at = now() + timedelta(seconds=settings.session_ttl)
    await row.save()


async def hold_totp_secret(row: ProviderSession, sealed: str) -> None:
    row.pending_totp_secret = sealed
    await row.save(update_fields=["pending_totp_secret"])


async def end(key: str | None) -> bool:
    """Sign the browser out and revoke the refresh tokens it was given."""
    if not key:
        return False
    await revoke_session(digest(key))
    return await ProviderSession.filter(key_hash=digest(key)).delete() > 0


async def purge_expired() -> None:
    await ProviderSession.filter(expires_at__lt=now()).delete()
