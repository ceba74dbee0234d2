"""Time-based one-time passwords (RFC 6238) for the second sign-in factor.

Six digits, SHA-1, 30-second steps: what every authenticator app reads from an
``otpauth://`` URI. One step of clock drift either way is accepted, and a step
once used is refused afterwards so an overheard code cannot be replayed.
"""

from __future__ import annotations

import base64
import os
import time

from cryptography.hazmat.primitives.hashes import SHA1
from cryptography.hazmat.primitives.twofactor import InvalidToken
from cryptography.hazmat.primitives.twofactor.totp import TOTP

STEP = 30
DIGITS = 6
ISSUER = "CIMS"


def new_secret() -> bytes:
    return os.urandom(20)


def _totp(secret: bytes) -> TOTP:
    # SHA-1 is what RFC 6238 apps default to; HMAC-SHA-1 remains sound here.
    return TOTP(secret, DIGITS, SHA1(), STEP, enforce_key_length=False)


def code_at(secret: bytes, when: float) -> str:
    return _totp(secret).generate(int(when)).decode()


def matching_step(secret: bytes, code: str, now: float | None = None) -> int | None:
    """The time step ``code`` belongs to (within one step of now), or None."""
    if not (code.isdigit() and len(code) == DIGITS):
        return None
    now = time.time() if now is None else now
    current = int(now) // STEP
    for step in (current, current - 1, current + 1):
        try:
            _totp(secret).verify(code.encode(), step * STEP)
        except InvalidToken:
            continue
        return step
    return None


def provisioning_uri(secret: bytes, account: str) -> str:
    return _totp(secret).get_provisioning_uri(account, ISSUER)


def display_secret(secret: bytes) -> str:
    """The base32 secret in groups of four, for typing into an app by hand."""
    text = base64.b32encode(secret).decode().rstrip("=")
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))
