"""Encryption of personal data at rest: AES-GCM, a fresh nonce per value.

A sealed value reads ``v1.<key id>.<base64url(nonce + ciphertext)>``. The row's
identity (its customer number) is the associated data, so a ciphertext copied onto
another row does not open. Keys live in ``<data dir>/keys/data-keys.json`` (mode
0600), generated at first use; rotation adds a key and makes it active, and old
values stay readable until ``cims keys rotate-data`` has re-encrypted them.

A process keeps the ring it loaded. When a value names a key that ring lacks
(another process rotated and re-sealed it), the ring is read from its file again,
at most once a second (``RELOAD_SECONDS``), under the lock, and the value retried.
"""

from __future__ import annotations

import base64
import functools
import hmac
import json
import os
import secrets
import threading
import time
from binascii import b2a_base64
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from cims.config import DEV_SECRET, get_settings

PREFIX = "v1"
PERSONAL_FIELDS = ("id_number", "mobile_phone", "email", "address")


class SealError(Exception):
    """A sealed value that does not open: wrong row, unknown key or tampered."""


@dataclass
class KeyRing:
    active: str
    keys: dict[str, bytes]

    @classmethod
    def generate(cls) -> KeyRing:
        kid = secrets.token_hex(4)
        return cls(active=kid, keys={kid: AESGCM.generate_key(bit_length=256)})

    def to_json(self) -> str:
        keys = {k: base64.b64encode(v).decode() for k, v in self.keys.items()}
        return json.dumps({"active": self.active, "keys": keys}, indent=2)

    @classmethod
    def from_json(cls, text: str) -> KeyRing:
        data = json.loads(text)
        keys = {k: base64.b64decode(v) for k, v in data["keys"].items()}
        return cls(active=data["active"], keys=keys)


_lock = threading.Lock()
_rings: dict[Path, KeyRing] = {}
_reloaded_at: dict[Path, float] = {}
RELOAD_SECONDS = 1.0
_clock = time.monotonic


def _path() -> Path:
    # Every sealed value opened asks for the key ring: reading the settings and
    # resolving the path each time cost more than the AES itself. The data folder
    # comes from the environment, so the path is cached per value of it.
    return _resolved(os.environ.get("CIMS_DATA_DIR"), os.getcwd())


@functools.lru_cache(maxsize=8)
def _resolved(data_dir: str | None, cwd: str) -> Path:
    return (get_settings().data_dir / "keys" / "data-keys.json").resolve()


def _write(path: Path, ring: KeyRing) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(ring.to_json())
    tmp.replace(path)


def keyring() -> KeyRing:
    path = _path()
    ring = _rings.get(path)
    if ring is not None:
        return ring
    with _lock:
        if path not in _rings:
            if not path.exists():
                _write(path, KeyRing.generate())
            _rings[path] = KeyRing.from_json(path.read_text())
        return _rings[path]


def _reloaded(kid: str) -> KeyRing:
    """The ring read from its file again when it may hold ``kid``, which the one
    loaded lacks; a thread that waited on the lock finds it reloaded already."""
    path = _path()
    with _lock:
        ring = _rings.get(path)
        if ring is not None and kid in ring.keys:
            return ring
        last = _reloaded_at.get(path)
        now = _clock()
        if ring is not None and last is not None and now - last < RELOAD_SECONDS:
            return ring
        _reloaded_at[path] = now
        if path.exists():
            _rings[path] = KeyRing.from_json(path.read_text())
    return keyring()


def _key(ring: KeyRing | None, kid: str) -> bytes:
    key = (ring or keyring()).keys.get(kid)
    if key is None:
        key = _reloaded(kid).keys[kid]
    return key


def rotate() -> str:
    """Add a fresh key and make it active; returns its ID."""
    ring = keyring()
    kid = secrets.token_hex(4)
    ring.keys[kid] = AESGCM.generate_key(bit_length=256)
    ring.active = kid
    _write(_path(), ring)
    return kid


class _NonceBuffer(threading.local):
    buffer = b""
    offset = 0


_nonces = _NonceBuffer()
NONCES_PER_READ = 256


def _forget_nonces() -> None:
    _nonces.buffer = b""
    _nonces.offset = 0


# A forked child (a worker process among them) starts with an empty buffer: the
# bytes its parent has yet to use are never used twice. A hook at fork costs
# nothing per value, where asking for the process ID was a system call per value.
os.register_at_fork(after_in_child=_forget_nonces)


def _nonce() -> bytes:
    """12 random bytes, read from the OS 256 nonces at a time.

    One ``urandom`` call per value was a third of a large import's time. The
    buffer is per thread and emptied in a forked child, so no two seals can ever
    take the same bytes.
    """
    state = _nonces
    offset = state.offset
    if offset >= len(state.buffer):
        state.buffer = os.urandom(12 * NONCES_PER_READ)
        offset = 0
    state.offset = offset + 12
    return state.buffer[offset : offset + 12]


@functools.lru_cache(maxsize=16)
def _aead(key: bytes) -> AESGCM:
    return AESGCM(key)


def seal(
    value: str | None, row_identity: str, ring: KeyRing | None = None
) -> str | None:
    """``value`` sealed; a caller sealing many values passes ``keyring()`` once."""
    if value is None:
        return None
    return sealer(ring or keyring())(value, row_identity)


_URLSAFE = bytes.maketrans(b"+/", b"-_")  # base64.urlsafe_b64encode's alphabet


@functools.lru_cache(maxsize=16)
def _sealer(kid: str, key: bytes) -> Callable[[str, str], str]:
    encrypt = _aead(key).encrypt
    prefix = f"{PREFIX}.{kid}."

    def seal_one(value: str, row_identity: str) -> str:
        nonce = _nonce()
        sealed = nonce + encrypt(nonce, value.encode(), row_identity.encode())
        # base64.urlsafe_b64encode, without its two Python calls per value
        return prefix + b2a_base64(sealed, newline=False).translate(_URLSAFE).decode()

    return seal_one


def sealer(ring: KeyRing | None = None) -> Callable[[str, str], str]:
    """``seal`` of text (never None) under the ring's active key, for many values.

    The cipher and the prefix of the key are made once per key, not per value.
    """
    ring = ring or keyring()
    return _sealer(ring.active, ring.keys[ring.active])


def unseal(
    sealed: str | None, row_identity: str, ring: KeyRing | None = None
) -> str | None:
    if sealed is None:
        return None
    try:
        prefix, kid, payload = sealed.split(".", 2)
        key = _key(ring, kid)
        raw = base64.urlsafe_b64decode(payload)
        plain = _aead(key).decrypt(raw[:12], raw[12:], row_identity.encode())
    except (ValueError, KeyError, InvalidTag) as error:
        raise SealError("a sealed value did not open") from error
    if prefix != PREFIX:
        raise SealError("unknown sealed-value format")
    return plain.decode()


def key_id_of(sealed: str) -> str:
    return sealed.split(".", 2)[1]


def seal_fields(values: dict, row_identity: str, ring: KeyRing | None = None) -> dict:
    """``values`` with every personal field sealed."""
    return {
        k: seal(v, row_identity, ring) if k in PERSONAL_FIELDS else v
        for k, v in values.items()
    }


def open_fields(
    row, row_identity: str | None = None, ring: KeyRing | None = None
) -> dict[str, str | None]:
    """The personal fields of a model row, in clear."""
    identity = row_identity or row.customer_no
    return {
        name: unseal(getattr(row, name), identity, ring) for name in PERSONAL_FIELDS
    }


def _token_keys(purpose: str) -> tuple[bytes, bytes]:
    # The secret as ``Settings`` reads it, without building the settings per token.
    return _derived(os.environ.get("CIMS_SECRET_KEY", DEV_SECRET), purpose)


@functools.lru_cache(maxsize=4)
def _derived(secret: str, purpose: str) -> tuple[bytes, bytes]:
    from cims.domain.keys import derive

    return derive(secret, purpose), derive(secret, f"{purpose}/nonce")


def seal_token(plain: bytes, purpose: str) -> str:
    """``plain`` sealed for a client to hand back unread, URL-safe base64 without
    padding: AES-GCM under a key derived from the configured secret for ``purpose``
    (not a data key, so a data key rotation leaves tokens alone).

    The nonce is synthetic, an HMAC of ``plain`` under a key of its own: the same
    text seals to the same token (a row's cursor is the same on every read, as
    before), and two texts share a nonce only if they are the same text.
    """
    key, nonce_key = _token_keys(purpose)
    nonce = hmac.digest(nonce_key, plain, "sha256")[:12]
    sealed = nonce + _aead(key).encrypt(nonce, plain, purpose.encode())
    return b2a_base64(sealed, newline=False).translate(_URLSAFE).decode().rstrip("=")


def open_token(token: str, purpose: str) -> bytes:
    """What ``seal_token`` sealed; anything else (tampered, foreign, another
    purpose or secret) raises ``SealError``."""
    key, _ = _token_keys(purpose)
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        if len(raw) < 12 + 16:
            raise ValueError("too short")
        return _aead(key).decrypt(raw[:12], raw[12:], purpose.encode())
    except (ValueError, TypeError, InvalidTag) as error:
        raise SealError("a sealed token did not open") from error
