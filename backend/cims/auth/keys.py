"""The embedded provider's signing keys, kept in the data folder.

``<data dir>/oidc/signing-keys.json`` holds a private JWK set and the ID of the key
that signs now. It is created at first start, readable by its owner only, and
never part of the repository. Rotation adds a key and keeps the most recent
retired ones published, so tokens signed just before a rotation still verify
until they expire. Every process re-reads the file when it changes on disk, so
``cims keys rotate`` takes effect without a restart.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from joserfc.jwk import ECKey, KeySet, RSAKey

log = logging.getLogger(__name__)

FILE_NAME = "signing-keys.json"
KEEP_RETIRED = 2


@dataclass(frozen=True)
class _Loaded:
    stamp: tuple[int, int, int]
    current: str
    private: KeySet
    public: dict


def _generate(alg: str):
    key = ECKey.generate_key("P-256") if alg == "ES256" else RSAKey.generate_key(3072)
    key.ensure_kid()
    return key


class KeyStore:
    """One data folder's signing keys; safe to share between threads."""

    def __init__(self, key_dir: Path, alg: str = "RS256") -> None:
        self.path = key_dir / FILE_NAME
        self.alg = alg
        self._loaded: _Loaded | None = None
        self._lock = threading.Lock()

    def ensure(self) -> str:
        """Create the key file if missing; returns the current key ID."""
        self._create_if_missing()
        return self._load().current

    def _create_if_missing(self) -> None:
        with self._lock:
            if not self.path.exists():
                self._write([self._new_entry()], created=True)

    def rotate(self) -> dict:
        """Start signing with a new key; returns its ID and the IDs still published."""
        with self._lock:
            entries = self._read()["keys"] if self.path.exists() else []
            fresh = self._new_entry()
            kept = [fresh, *entries[:KEEP_RETIRED]]
            self._write(kept, created=False)
        loaded = self._load()
        return {"kid": loaded.current, "alg": self.alg, "published": self.kids()}

    def signing_key(self):
        loaded = self._load()
        return loaded.private.get_by_kid(loaded.current)

    def signing_alg(self) -> str:
        return self.signing_key().alg or self.alg

    def public_jwks(self) -> dict:
        return self._load().public

    def public_key_set(self) -> KeySet:
        return KeySet.import_key_set(self._load().public)

    def kids(self) -> list[str]:
        return [key["kid"] for key in self._load().public["keys"]]

    def _new_entry(self) -> dict:
        key = _generate(self.alg)
        data = key.as_dict(private=True)
        data.update({"alg": self.alg, "use": "sig", "created": int(time.time())})
        return data

    def _read(self) -> dict:
        return json.loads(self.path.read_text())

    def _write(self, entries: list[dict], *, created: bool) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        body = json.dumps({"current": entries[0]["kid"], "keys": entries}, indent=1)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".keys-")
        with os.fdopen(fd, "w") as handle:
            handle.write(body)
        os.chmod(tmp, 0o600)
        os.replace(tmp, self.path)
        event = "created" if created else "rotated"
        log.info("signing key %s", event, extra={"kid": entries[0]["kid"]})

    def _load(self) -> _Loaded:
        if not self.path.exists():
            self._create_if_missing()
        stat = self.path.stat()
        stamp = (stat.st_ino, stat.st_mtime_ns, stat.st_size)
        loaded = self._loaded
        if loaded is not None and loaded.stamp == stamp:
            return loaded
        data = self._read()
        entries = [{k: v for k, v in e.items() if k != "created"} for e in data["keys"]]
        private = KeySet.import_key_set({"keys": entries})
        public = {"keys": [key.as_dict(private=False) for key in private.keys]}
        self._loaded = _Loaded(stamp, data["current"], private, public)
        return self._loaded


_STORES: dict[tuple[Path, str], KeyStore] = {}


def store_for(key_dir: Path, alg: str) -> KeyStore:
    """The process-wide store of one key folder (its cache is shared)."""
    key = (key_dir.resolve(), alg)
    if key not in _STORES:
        _STORES[key] = KeyStore(key_dir, alg)
    return _STORES[key]
