"""The ``cims`` command."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from pathlib import Path

from cims import db, logs
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
    from cims.demo.seed import seed_demo

    report = await seed_demo(settings.demo_seed)
    return str(report)


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
            print(f"{args.output} is out of date: run `cims export-schema`", file=sys.stderr)
            return 1
        return 0
    Path(args.output).write_text(text)
    print(f"wrote {args.output}")
    return 0


def cmd_serve(args, settings: Settings) -> int:
    import uvicorn

    from cims.app import create_app

    settings.check()
    asyncio.run(db.migrate(settings))
    if args.demo:
        print(asyncio.run(_with_db(settings, lambda: _seed(settings))))
    port = args.port or settings.port
    print(f"CIMS is running at http://{settings.host}:{port}/", flush=True)
    uvicorn.run(
        create_app(settings),
        host=settings.host,
        port=port,
        workers=None,
        log_config=None,
        access_log=False,
        proxy_headers=False,
    )
    return 0


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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cims", description="CIMS command line")
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", help="migrate, then serve the API and the web app")
    serve.add_argument("--port", type=int, default=None)
    serve.add_argument("--demo", action="store_true", help="seed demo data if empty")
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

    export = sub.add_parser("export-schema", help="write schema.graphql")
    export.add_argument("--output", default=str(ROOT / "schema.graphql"))
    export.add_argument("--check", action="store_true", help="fail if out of date")
    export.set_defaults(func=cmd_export_schema)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    settings = get_settings()
    logs.configure(settings)
    return args.func(args, settings)


if __name__ == "__main__":
    sys.exit(main())
