"""Keys the domain needs, derived from the configured secret.

Each purpose gets its own key through HKDF, so a key that leaks for one purpose
says nothing about another.
"""

from __future__ import annotations

from functools import lru_cache

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from cims.config import get_settings


@lru_cache(maxsize=8)
def derive(secret: str, purpose: str) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=purpose.encode())
    return hkdf.derive(secret.encode())


def index_key() -> bytes:
    """The key of the blind indexes (keyed hashes of ID numbers, phones, e-mail)."""
    return derive(get_settings().secret_key, "cims/blind-index/v1")
