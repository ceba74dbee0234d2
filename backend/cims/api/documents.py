"""Trusted documents: operations registered when an app is built, sent by hash.

The registry is a JSON manifest ``{"sha256:<hex>": "<document text>"}``, the hash
being the SHA-256 of the document's exact text in UTF-8, read once at start from
the file ``CIMS_TRUSTED_DOCUMENTS`` names (``cims documents manifest`` writes one
from ``.graphql`` files). A request names a document in either of two shapes:

    {"documentId": "sha256:<hex>", "variables": ...}            GraphQL over HTTP
    {"extensions": {"persistedQuery": {"version": 1,
                                       "sha256Hash": "<hex>"}}}  Apollo

and the registered text is run as if it had been sent as ``query``. Refused,
before anything is parsed, each with a code:

    DOCUMENT_UNKNOWN        the ID names no registered document (400)
    DOCUMENT_MISMATCH       a ``query`` beside the ID that is not its text (400)
    TRUSTED_DOCUMENTS_ONLY  free text from a client held to trusted documents (403)

There is no registration by request (Apollo's automatic persisted queries): the
registry is what the operator deployed, nothing a caller sends can add to it. Text
sent with its own hash that is not registered (how Apollo's link retries) is free
text: it runs for a client that may send free text and is refused for a held one.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from graphql import GraphQLError, parse

SETTING = "CIMS_TRUSTED_DOCUMENTS"
PREFIX = "sha256:"
HEX_DIGITS = frozenset("0123456789abcdef")

DOCUMENT_UNKNOWN = "DOCUMENT_UNKNOWN"
DOCUMENT_MISMATCH = "DOCUMENT_MISMATCH"
TRUSTED_DOCUMENTS_ONLY = "TRUSTED_DOCUMENTS_ONLY"


class DocumentRefused(Exception):
    """A request refused before its operation is parsed: a code, a message and
    the HTTP status the endpoint answers with."""

    def __init__(self, code: str, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.status = status


class UnusableManifest(ValueError):
    pass


def document_id(text: str) -> str:
    """``sha256:<hex>`` of the document's exact text."""
    return PREFIX + hashlib.sha256(text.encode()).hexdigest()


def check_manifest(manifest: object) -> dict[str, str]:
    """The manifest's entries; ``UnusableManifest`` with the first problem found
    (not an object, an ID not of the form ``sha256:<64 hex digits>``, a text that
    is not a string, does not hash to its ID or does not parse)."""
    if not isinstance(manifest, dict):
        raise UnusableManifest('not a JSON object {"sha256:<hex>": "<document>"}')
    for key, text in manifest.items():
        digest = key[len(PREFIX) :] if key.startswith(PREFIX) else ""
        if len(digest) != 64 or not set(digest) <= HEX_DIGITS:
            raise UnusableManifest(
                f"{key[:80]!r} is not a document ID (sha256:<64 lower-case hex>)"
            )
        if not isinstance(text, str):
            raise UnusableManifest(f"{key}: the document is not a string")
        if document_id(text) != key:
            raise UnusableManifest(
                f"{key}: the SHA-256 of the document's text is {document_id(text)}"
            )
        try:
            parse(text, no_location=True)
        except GraphQLError as error:
            message = f"{key}: not a GraphQL document: {error.message}"
            raise UnusableManifest(message) from None
    return dict(manifest)


def load(path: str | Path) -> dict[str, str]:
    """The registry in the manifest at ``path``; ``UnusableManifest`` when the
    file cannot be read, is not JSON or has a bad entry."""
    try:
        manifest = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        raise UnusableManifest(error.strerror or type(error).__name__) from None
    except ValueError as error:
        raise UnusableManifest(f"not JSON: {error}") from None
    return check_manifest(manifest)


def registry_in_force(path: str) -> dict[str, str]:
    """The registry the setting names (empty when unset); a manifest that cannot
    be used stops the start with a one-line reason."""
    if not path:
        return {}
    try:
        return load(path)
    except UnusableManifest as error:
        raise SystemExit(f"{SETTING}: {path} cannot be used: {error}") from None


def manifest_of(paths: Iterable[str | Path]) -> dict[str, str]:
    """A manifest of every ``.graphql`` file named or found under a folder named
    (one document per file, its exact text), in the order of their paths."""
    files: list[Path] = []
    for given in map(Path, paths):
        if given.is_dir():
            files.extend(sorted(p for p in given.rglob("*.graphql") if p.is_file()))
        elif given.is_file():
            files.append(given)
        else:
            raise UnusableManifest(f"{given}: no such file or folder")
    if not files:
        raise UnusableManifest("no .graphql file found")
    manifest: dict[str, str] = {}
    for file in files:
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise UnusableManifest(f"{file}: {error}") from None
        if not text.strip():
            raise UnusableManifest(f"{file}: empty")
        try:
            parse(text, no_location=True)
        except GraphQLError as error:
            raise UnusableManifest(f"{file}: {error.message}") from None
        manifest[document_id(text)] = text
    return manifest


def requested_id(operation: Mapping[str, Any]) -> str | None:
    """The document ID a request body names, in either shape; None for none."""
    given = operation.get("documentId")
    if given is not None:
        if not isinstance(given, str):
            raise DocumentRefused(DOCUMENT_UNKNOWN, "documentId must be a string")
        return given
    extensions = operation.get("extensions")
    persisted = extensions.get("persistedQuery") if type(extensions) is dict else None
    if persisted is None:
        return None
    digest = persisted.get("sha256Hash") if type(persisted) is dict else None
    if not isinstance(digest, str):
        raise DocumentRefused(
            DOCUMENT_UNKNOWN, "extensions.persistedQuery.sha256Hash must be a string"
        )
    return PREFIX + digest


def resolve(operation: object, registry: Mapping[str, str], *, held: bool) -> object:
    """The request body with the registered text as ``query`` when it names a
    document; refused (``DocumentRefused``) as the module's docstring says.
    A list (a batch) is resolved item by item; anything else but an object is
    left as it is, for the endpoint to refuse, unless the client is held."""
    if type(operation) is list:
        return [resolve(item, registry, held=held) for item in operation]
    if type(operation) is not dict:
        if held:
            raise free_text_refused()
        return operation
    wanted = requested_id(operation)
    if wanted is None:
        if held:
            raise free_text_refused()
        return operation
    text = registry.get(wanted)
    given = operation.get("query")
    if text is None and isinstance(given, str) and document_id(given) == wanted:
        # Text with its own hash (Apollo's persisted-query link sends that when
        # the hash alone was refused): free text, which registers nothing.
        if held:
            raise free_text_refused()
        return operation
    if text is None:
        raise DocumentRefused(DOCUMENT_UNKNOWN, "No trusted document has this ID")
    if given is not None and given != text:
        raise DocumentRefused(
            DOCUMENT_MISMATCH, "The query is not the text of the named document"
        )
    operation["query"] = text
    return operation


def free_text_refused() -> DocumentRefused:
    return DocumentRefused(
        TRUSTED_DOCUMENTS_ONLY,
        "This client may run trusted documents only: send a documentId",
        403,
    )
