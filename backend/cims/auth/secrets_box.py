"""Small secrets at rest (TOTP seeds): AES-GCM under a key derived for this purpose."""

from __future__ import annotations

import base64
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from cims.domain.keys import derive

_PURPOSE = "cims/auth/totp-secret/v1"
_VERSION = "v1"


def seal(secret_key: str, plaintext: bytes) -> str:
    nonce = os.urandom(12)
    sealed = AESGCM(derive(secret_key, _PURPOSE)).encrypt(nonce, plaintext, None)
    return f"{_VERSION}:{base64.urlsafe_b64encode(nonce + sealed).decode()}"


def unseal(secret_key: str, token: str) -> bytes:
    version, _, body = token.partition(":")
    if version != _VERSION:
        raise ValueError("unknown sealed-secret version")
    raw = base64.urlsafe_b64decode(body)
    return AESGCM(derive(secret_key, _PURPOSE)).decrypt(raw[:12], raw[12:], None)
