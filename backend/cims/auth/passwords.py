"""Staff passwords: Argon2id hashes, verified off the event loop.

Hashing costs tens of milliseconds and 64 MiB of memory on purpose, so it runs in
a worker thread and at most a few at a time: a burst of sign-in attempts slows
sign-in down instead of exhausting memory.
"""

from __future__ import annotations

import secrets

import anyio
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_LIMIT = anyio.CapacityLimiter(4)
MIN_LENGTH = 12


class _State:
    # RFC 9106's low-memory profile (argon2-cffi's default): t=3, 64 MiB, p=4.
    hasher = PasswordHasher()
    # Verified when the username is unknown, so that the answer takes as long as
    # for a known one and timing does not tell which usernames exist.
    dummy_hash: str | None = None


def use_hasher(hasher: PasswordHasher) -> None:
    """Swap the hasher (tests use a cheap one; stored hashes keep their own cost)."""
    _State.hasher = hasher
    _State.dummy_hash = None


async def hash_password(password: str) -> str:
    return await anyio.to_thread.run_sync(_State.hasher.hash, password, limiter=_LIMIT)


async def verify_password(password_hash: str | None, password: str) -> bool:
    target = password_hash or _dummy_hash()
    ok = await anyio.to_thread.run_sync(_verify, target, password, limiter=_LIMIT)
    return ok and password_hash is not None


def _dummy_hash() -> str:
    if _State.dummy_hash is None:
        _State.dummy_hash = _State.hasher.hash(secrets.token_urlsafe(16))
    return _State.dummy_hash


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _State.hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def generate_password() -> str:
    """A random password of about 120 bits, easy to copy (no look-alike symbols)."""
    return secrets.token_urlsafe(15)


def check_strength(password: str) -> str | None:
    """A reason the password is refused, or None."""
    if len(password) < MIN_LENGTH:
        return f"at least {MIN_LENGTH} characters"
    if len(set(password)) < 5:
        return "too few different characters"
    return None
