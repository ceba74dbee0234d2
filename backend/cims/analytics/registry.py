"""Versioned storage of fitted models, with the version in use chosen explicitly.

Layout under ``<CIMS_DATA_DIR>/models/``::

    <kind>/                 e.g. credit-german_credit, anomaly, segments
        v0001/
            model.joblib    the fitted object (joblib pickle)
            metadata.json   data window, parameters, metrics, who ran it, when,
                            the model file's SHA-256
        v0002/ ...
        ACTIVE              the name of the version in use, written by ``activate``

A new version is written in a hidden folder and renamed into place, so a reader never
sees half of one; two trainings racing for the same number retry with the next. Saving
never changes which version is active: a person activates one after reading its
metrics. Loading without a version loads the active one and fails when none was chosen.

Only load folders this system wrote: unpickling runs code. The stored checksum catches a
model file that was truncated or replaced on its own; it is no defence against someone
who can rewrite both files.

Errors::

    RegistryError (LookupError)
     ├── NoSuchVersion     the kind or version does not exist
     └── NoActiveVersion   nothing activated yet for this kind
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import joblib

from cims.config import get_settings

logger = logging.getLogger(__name__)

MODEL_FILE = "model.joblib"
METADATA_FILE = "metadata.json"
ACTIVE_FILE = "ACTIVE"
REQUIRED_METADATA = ("data_window", "parameters", "metrics", "created_by")

_KIND = re.compile(r"^[a-z][a-z0-9_-]{0,63}$")
_VERSION = re.compile(r"^v(\d{4,})$")


class RegistryError(LookupError):
    """Base of the registry's errors."""


class NoSuchVersion(RegistryError):
    def __init__(self, kind: str, version: str) -> None:
        super().__init__(f"no stored model {kind}/{version}")


class NoActiveVersion(RegistryError):
    def __init__(self, kind: str) -> None:
        super().__init__(f"no active version of {kind}; activate one first")


@dataclass(frozen=True)
class VersionInfo:
    kind: str
    version: str
    active: bool
    metadata: Mapping[str, Any]


def save(
    kind: str, model: object, metadata: Mapping[str, Any], root: Path | None = None
) -> str:
    """Store ``model`` as the next version of ``kind`` and return that version.

    ``metadata`` must hold ``data_window``, ``parameters``, ``metrics`` and
    ``created_by`` (JSON-serialisable); ``kind``, ``version``, ``created_at`` (UTC)
    and ``sha256`` are added here.
    """
    missing = [k for k in REQUIRED_METADATA if k not in metadata]
    if missing:
        raise ValueError(f"metadata lacks {', '.join(missing)}")
    folder = _kind_dir(kind, root)
    folder.mkdir(parents=True, exist_ok=True)
    staging = folder / f".staging-{uuid.uuid4().hex}"
    staging.mkdir()
    try:
        digest = _dump(model, staging / MODEL_FILE)
        return _publish(kind, folder, staging, dict(metadata), digest)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def load(kind: str, version: str | None = None, root: Path | None = None) -> Any:
    """The model of ``version``, or of the active version when none is given."""
    folder = _version_dir(kind, version or active_version(kind, root), root)
    expected = _read_metadata(folder)["sha256"]
    if _sha256(folder / MODEL_FILE) != expected:
        raise RegistryError(f"model file of {kind}/{folder.name} fails its checksum")
    return joblib.load(folder / MODEL_FILE)


def read_metadata(
    kind: str, version: str | None = None, root: Path | None = None
) -> dict[str, Any]:
    """The metadata of ``version``, or of the active version when none is given."""
    return _read_metadata(
        _version_dir(kind, version or active_version(kind, root), root)
    )


def list_versions(kind: str, root: Path | None = None) -> list[VersionInfo]:
    """Every stored version of ``kind``, oldest first."""
    folder = _kind_dir(kind, root)
    if not folder.is_dir():
        return []
    active = _read_active(folder)
    names = sorted(
        (p.name for p in folder.iterdir() if _VERSION.match(p.name)), key=_number
    )
    return [
        VersionInfo(kind, name, name == active, _read_metadata(folder / name))
        for name in names
    ]


def activate(kind: str, version: str, root: Path | None = None) -> None:
    """Make ``version`` the one ``load(kind)`` returns."""
    folder = _version_dir(kind, version, root)
    pointer = folder.parent / ACTIVE_FILE
    staging = folder.parent / f".{ACTIVE_FILE}-{uuid.uuid4().hex}"
    staging.write_text(version + "\n", encoding="utf-8")
    os.replace(staging, pointer)
    logger.info("activated model %s/%s", kind, version)


def active_version(kind: str, root: Path | None = None) -> str:
    active = _read_active(_kind_dir(kind, root))
    if active is None:
        raise NoActiveVersion(kind)
    return active


def _publish(
    kind: str, folder: Path, staging: Path, meta: dict[str, Any], digest: str
) -> str:
    number = _next_number(folder)
    while True:
        version = f"v{number:04d}"
        meta |= {
            "kind": kind,
            "version": version,
            "created_at": datetime.now(UTC).isoformat(),
            "sha256": digest,
        }
        (staging / METADATA_FILE).write_text(
            json.dumps(meta, indent=2, sort_keys=True, default=str), encoding="utf-8"
        )
        try:
            staging.rename(folder / version)
        except OSError:
            if not (folder / version).exists():
                raise
            # Another training took this number between listing and renaming.
            number += 1
            continue
        logger.info("saved model %s/%s", kind, version)
        return version


def _dump(model: object, path: Path) -> str:
    joblib.dump(model, path, compress=3)
    return _sha256(path)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _next_number(folder: Path) -> int:
    numbers = [_number(p.name) for p in folder.iterdir() if _VERSION.match(p.name)]
    return max(numbers, default=0) + 1


def _number(name: str) -> int:
    match = _VERSION.match(name)
    assert match is not None
    return int(match.group(1))


def _read_metadata(folder: Path) -> dict[str, Any]:
    return json.loads((folder / METADATA_FILE).read_text(encoding="utf-8"))


def _read_active(folder: Path) -> str | None:
    try:
        name = (folder / ACTIVE_FILE).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    return name or None


def _kind_dir(kind: str, root: Path | None) -> Path:
    # The kind becomes a folder name: refuse anything that could leave the store.
    if not _KIND.match(kind):
        raise ValueError(f"invalid model kind {kind!r}")
    base = root if root is not None else get_settings().data_dir / "models"
    return base / kind


def _version_dir(kind: str, version: str, root: Path | None) -> Path:
    folder = _kind_dir(kind, root) / version
    if not _VERSION.match(version) or not folder.is_dir():
        raise NoSuchVersion(kind, version)
    return folder
