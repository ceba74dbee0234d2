"""Authorization codes and refresh tokens of the embedded provider.

Both are single-use. Using one marks it in the same UPDATE that checks it is
unused, so two requests racing with one value cannot both succeed. Presenting a
used value again means it leaked: the whole family of refresh tokens that
descends from the same sign-in is revoked (RFC 9700, section 4.14.2).
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import uuid
from datetime import UTC, datetime, timedelta

from tortoise.transactions import in_transaction

from cims.models import AuthorizationCode, RefreshToken

log = logging.getLogger(__name__)

CODE_TTL = timedelta(minutes=2)


def now() -> datetime:
    return datetime.now(UTC)


def digest(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


def new_family() -> str:
    return str(uuid.uuid4())


async def save_code(code: str, **fields) -> AuthorizationCode:
    return await AuthorizationCode.create(
        code_hash=digest(code), expires_at=now() + CODE_TTL, **fields
    )


async def consume_code(code: str, client_id: str) -> AuthorizationCode | None:
    row = await AuthorizationCode.get_or_none(
        code_hash=digest(code), client_id=client_id
    )
    if row is None:
        return None
    changed = await AuthorizationCode.filter(id=row.id, used_at__isnull=True).update(
        used_at=now()
    )
    if changed != 1:
        log.warning("authorization code reused", extra={"client_id": client_id})
        if row.family:
            await revoke_family(row.family)
        return None
    return row if row.expires_at > now() else None


async def link_code_family(code_id: int, family: str) -> None:
    await AuthorizationCode.filter(id=code_id).update(family=family)


async def save_refresh(token: str, *, ttl: int, family_expires_at: datetime, **fields):
    expires_at = min(now() + timedelta(seconds=ttl), family_expires_at)
    return await RefreshToken.create(
        token_hash=digest(token),
        expires_at=expires_at,
        family_expires_at=family_expires_at,
        **fields,
    )


async def consume_refresh(token: str) -> RefreshToken | None:
    """The refresh token if valid, marking it used; a reused one revokes its family."""
    row = await RefreshToken.get_or_none(token_hash=digest(token))
    if row is None or row.revoked_at is not None:
        return None
    changed = await RefreshToken.filter(id=row.id, used_at__isnull=True).update(
        used_at=now()
    )
    if changed != 1:
        log.warning(
            "refresh token reused; family revoked", extra={"family": row.family}
        )
        await revoke_family(row.family)
        return None
    return row if row.expires_at > now() else None


async def find_refresh(token: str) -> RefreshToken | None:
    return await RefreshToken.get_or_none(token_hash=digest(token))


@contextlib.asynccontextmanager
async def family_lock(family: str):
    """Serialises work on one family: a revocation racing the issue of a new token
    either sees the new row or is seen by the check that follows its insert.
    (SQLite has one writer, so the transaction alone is enough there.)"""
    async with in_transaction() as conn:
        if conn.capabilities.dialect == "postgres":
            await conn.execute_query(
                "SELECT pg_advisory_xact_lock(hashtext($1))", [f"family:{family}"]
            )
        yield conn


async def revoke_family(family: str) -> int:
    async with family_lock(family):
        return await RefreshToken.filter(family=family, revoked_at__isnull=True).update(
            revoked_at=now()
        )


async def family_revoked(family: str) -> bool:
    return await RefreshToken.filter(family=family, revoked_at__isnull=False).exists()


async def revoke_session(session_key: str) -> int:
    return await RefreshToken.filter(
        session_key=session_key, revoked_at__isnull=True
    ).update(revoked_at=now())


async def purge_expired() -> None:
    """Drop codes and refresh tokens past their lifetime (kept a day for forensics)."""
    horizon = now() - timedelta(days=1)
    await AuthorizationCode.filter(expires_at__lt=horizon).delete()
    await RefreshToken.filter(family_expires_at__lt=horizon).delete()
