"""The ``cims`` command."""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import json
import logging
import os
import sys
from pathlib import Path

from cims import (
    analytics_commands,
    capture_commands,
    cli_errors,
    db,
    documents_commands,
    logs,
    risk_commands,
    service_commands,
)
from cims.auth import commands as auth_commands
from cims.config import Settings, get_settings

log = logging.getLogger("cims.cli")
ROOT = Path(__file__).resolve().parents[2]


async def _with_db(settings: Settings, work):
    await db.connect(settings)
    try:
        return await work()
    finally:
        await db.disconnect()


def cmd_migrate(args, settings: Settings) -> int:
    applied = asyncio.run(db.migrate(settings))
    print(f"migrations applied: {len(applied)}")
    return 0


async def _seed(settings: Settings) -> str:
    from cims.auth.demo import create_demo_staff
    from cims.demo.complaints import seed_complaints
    from cims.demo.documents import seed_documents
    from cims.demo.seed import seed_demo

    report = await seed_demo(settings.demo_seed)
    documents = await seed_documents(settings.demo_seed)
    service = await seed_complaints(settings.demo_seed)
    triage = await service_commands.demo_triage(settings)
    staff = await create_demo_staff()
    figures = await _demo_analytics(report.created)
    models = await risk_commands.demo_models()
    alerts = await risk_commands.demo_alerts()
    return (
        f"{report}\nKYC documents: {documents}\nservice: {service}\n{triage}\n"
        f"{figures}\n{models}\n{alerts}\n"
        f"{_demo_staff(settings, staff)}"
    )


async def _demo_analytics(seeded: bool) -> str:
    """Segments, value and offers for the demo, so its screens are not empty: once
    after seeding, or when a seeded database has never been refreshed."""
    from cims.analytics_commands import refresh
    from cims.models import CustomerFeatures

    if not seeded and await CustomerFeatures.exists():
        return "analytics: figures exist; `cims analytics refresh` updates them"
    report = await refresh()
    seconds = sum(report.seconds.values())
    return (
        f"analytics refreshed in {seconds:.1f} s: {report.customers} customers, "
        f"{report.learned_segments} learned segments, "
        f"{report.recommendations} recommendations"
    )


def _demo_staff(settings: Settings, staff: list[dict]) -> str:
    """The demo accounts and their passwords, kept in the data folder (mode 0600)
    in development only, so that every `make run` can print them again."""
    path = settings.data_dir / "demo-staff.json"
    known = json.loads(path.read_text()) if path.exists() else {}
    known.update({e["username"]: e["password"] for e in staff if e.get("password")})
    if settings.is_development:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as handle:
            json.dump(known, handle, indent=2)
    lines = ["Demo staff accounts (username, password, role):"]
    for entry in staff:
        password = known.get(entry["username"]) or "(set before; see cims staff)"
        lines.append(f"  {entry['username']:<30} {password:<26} {entry['role']}")
    return "\n".join(lines)


def cmd_seed_demo(args, settings: Settings) -> int:
    asyncio.run(db.migrate(settings))
    print(asyncio.run(_with_db(settings, lambda: _seed(settings))))
    return 0


def cmd_export_schema(args, settings: Settings) -> int:
    from cims.api.schema import sdl

    text = sdl()
    if args.check:
        current = Path(args.output).read_text() if Path(args.output).exists() else ""
        if current != text:
            print(
                f"{args.output} is out of date: run `cims export-schema`",
                file=sys.stderr,
            )
            return 1
        return 0
    Path(args.output).write_text(text)
    print(f"wrote {args.output}")
    return 0


def cmd_serve(args, settings: Settings) -> int:
    import uvicorn

    from cims.api import documents
    from cims.app import SERVER_LIMITS, create_app

    settings.check()
    # Before migrating: a manifest that cannot be used stops the start here.
    documents.registry_in_force(settings.trusted_documents)
    workers = args.workers or settings.workers
    if workers > 1 and not settings.database_url:
        print("Several workers need PostgreSQL (CIMS_DATABASE_URL): SQLite takes one.")
        return 2
    if args.port:
        # The embedded provider's issuer and the SPA's sign-in address follow the
        # port: every part reads it from the environment, so set it there once.
        os.environ["CIMS_PORT"] = str(args.port)
        settings = dataclasses.replace(settings, port=args.port)
    if not 1 <= settings.port <= 65535:
        print(
            f"cims: CIMS_PORT {settings.port} is not a port (1-65535)", file=sys.stderr
        )
        return 2
    asyncio.run(db.migrate(settings))
    # Keys are made here, once, before any worker starts and could race to make them.
    asyncio.run(_with_db(settings, lambda: _prepare(settings, args.demo)))
    print(f"CIMS is running at http://{settings.host}:{settings.port}/", flush=True)
    app = "cims.app:worker_app" if workers > 1 else create_app(settings)
    uvicorn.run(
        app,
        factory=workers > 1,
        host=settings.host,
        port=settings.port,
        workers=workers if workers > 1 else None,
        log_config=None,
        access_log=False,
        proxy_headers=False,
        **SERVER_LIMITS,
    )
    return 0


async def _prepare(settings: Settings, demo: bool) -> None:
    from cims.auth.provider import ensure_keys
    from cims.domain import crypto

    await ensure_keys(settings)
    crypto.keyring()
    if demo:
        print(await _seed(settings))


async def _verify_audit() -> int:
    from cims.domain import audit

    verdict = await audit.verify()
    if verdict.ok:
        print(f"audit trail intact: {verdict.events} events")
        return 0
    print(f"audit trail broken at event {verdict.broken_at}: {verdict.reason}")
    return 1


def cmd_audit_verify(args, settings: Settings) -> int:
    return asyncio.run(_with_db(settings, _verify_audit))


class Parser(argparse.ArgumentParser):
    """A parser whose sub-commands refuse stray arguments themselves, so the
    message comes with the sub-command's usage, not the top level's."""

    def parse_known_args(self, args=None, namespace=None):
        parsed, extras = super().parse_known_args(args, namespace)
        if extras:
            self.error("unrecognized arguments: " + " ".join(extras))
        return parsed, extras


def port_number(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        number = 0
    if not 1 <= number <= 65535:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port (1-65535)")
    return number


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="cims", description="CIMS command line")
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", help="migrate, then serve the API and the web app")
    serve.add_argument("--port", type=port_number, default=None)
    serve.add_argument("--demo", action="store_true", help="seed demo data if empty")
    serve.add_argument(
        "--workers", type=int, default=None, help="processes (PostgreSQL)"
    )
    serve.set_defaults(func=cmd_serve)

    sub.add_parser("migrate", help="apply database migrations").set_defaults(
        func=cmd_migrate
    )
    sub.add_parser("seed-demo", help="seed demo data from real data sets").set_defaults(
        func=cmd_seed_demo
    )

    audit = sub.add_parser("audit", help="the audit trail").add_subparsers(
        dest="audit_command", required=True
    )
    audit.add_parser("verify", help="check the hash chain").set_defaults(
        func=cmd_audit_verify
    )

    auth_commands.register(sub)
    service_commands.register(sub)
    risk_commands.register(sub)
    capture_commands.register(sub)
    analytics_commands.register(sub)
    documents_commands.register(sub)

    export = sub.add_parser("export-schema", help="write schema.graphql")
    export.add_argument("--output", default=str(ROOT / "schema.graphql"))
    export.add_argument("--check", action="store_true", help="fail if out of date")
    export.set_defaults(func=cmd_export_schema)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    settings = get_settings()
    logs.configure(settings)
    return cli_errors.run(lambda: _dispatch(args, settings))


# Commands that may make the embedded database; the others refuse to when it is
# missing, rather than answer from an empty one made in the wrong folder.
# (export-schema and documents never open the database.)
MAKE_DATABASE = frozenset(
    {"migrate", "serve", "seed-demo", "export-schema", "documents"}
)


def _dispatch(args: argparse.Namespace, settings: Settings) -> int:
    path = settings.sqlite_path
    if args.command not in MAKE_DATABASE and path is not None and not path.exists():
        print(
            f"cims: no database at {path}; run cims migrate or set "
            "CIMS_DATA_DIR/CIMS_DATABASE_URL",
            file=sys.stderr,
        )
        return cli_errors.USER_ERROR
    if asyncio.iscoroutinefunction(args.func):
        # Commands of the *_commands modules: async, expecting a connected database.
        asyncio.run(db.migrate(settings))
        return asyncio.run(_with_db(settings, lambda: args.func(args))) or 0
    return args.func(args, settings)


if __name__ == "__main__":
    sys.exit(main())
