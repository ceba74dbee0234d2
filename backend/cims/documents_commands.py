"""``cims documents manifest``: the manifest of an app's trusted documents.

Each ``.graphql`` file is one document (an operation and the fragments it uses),
registered under the SHA-256 of its exact text; the app sends that ID as its
``documentId``. Every document is checked against the schema this server serves,
so a typo fails the build, not a customer's request.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

from cims import cli_errors
from cims.api import documents
from cims.config import Settings


def register(subparsers) -> None:
    commands = subparsers.add_parser("documents", help="trusted documents of apps")
    steps = commands.add_subparsers(dest="documents_command", required=True)
    manifest = steps.add_parser(
        "manifest", help="write the manifest of .graphql files (CIMS_TRUSTED_DOCUMENTS)"
    )
    manifest.add_argument("paths", nargs="+", help=".graphql files or folders of them")
    manifest.add_argument("-o", "--output", required=True, help="the manifest to write")
    manifest.add_argument(
        "--merge",
        action="store_true",
        help="keep the documents already in the output (apps still in use)",
    )
    manifest.set_defaults(func=cmd_manifest)


def cmd_manifest(args: argparse.Namespace, settings: Settings) -> int:
    try:
        manifest = documents.manifest_of(args.paths)
        problems = schema_problems(manifest)
        output = Path(args.output)
        if args.merge and output.exists():
            manifest = {**documents.load(output), **manifest}
    except documents.UnusableManifest as error:
        print(f"cims: {error}", file=sys.stderr)
        return cli_errors.USER_ERROR
    if problems:
        for problem in problems:
            print(f"cims: {problem}", file=sys.stderr)
        return cli_errors.USER_ERROR
    write_atomically(output, json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
    print(f"{len(manifest)} trusted documents in {output}")
    return 0


def schema_problems(manifest: dict[str, str]) -> list[str]:
    """Why documents would not run against this server's schema, one line each."""
    from graphql import parse, validate

    from cims.api.schema import schema

    problems = []
    for key, text in manifest.items():
        for error in validate(schema._schema, parse(text)):
            problems.append(f"{key[:19]}...: {error.message}")
    return problems


def write_atomically(path: Path, text: str) -> None:
    """The whole manifest or the old one: a server starting meanwhile never reads
    half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
