"""Models and committed migrations agree; the exported schema is up to date."""

from __future__ import annotations

import importlib.util
import json

from aerich.utils import decompress_dict, get_models_describe

from cims.api.schema import sdl
from cims.db import MIGRATIONS_DIR
from tests.conftest import ROOT


def _latest_state() -> dict:
    files = (MIGRATIONS_DIR / "models").glob("*.py")
    latest = max(files, key=lambda p: int(p.stem.split("_")[0]))
    spec = importlib.util.spec_from_file_location(latest.stem, latest)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return decompress_dict(module.MODELS_STATE)


async def test_models_match_the_latest_migration(database):
    # Through JSON, as Aerich stores it: tuples become lists.
    described = json.loads(json.dumps(get_models_describe("models"), default=str))

    assert _latest_state() == described, (
        "models changed without a migration: run `make migration`"
    )


async def test_migrated_tables_are_the_models_tables(database):
    from tortoise import Tortoise

    conn = Tortoise.get_connection("default")
    if conn.capabilities.dialect == "postgres":
        sql = "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'"
    else:
        sql = "SELECT name FROM sqlite_master WHERE type = 'table'"
    tables = {row["name"] for row in await conn.execute_query_dict(sql)}
    expected = {m._meta.db_table for m in Tortoise.apps["models"].values()}

    assert expected <= tables


def test_schema_graphql_is_up_to_date():
    committed = (ROOT / "schema.graphql").read_text()

    assert committed == sdl(), "schema.graphql is out of date: run `make schema`"


def test_a_migration_carries_the_routines_as_they_are_now():
    from cims.models import routines

    carried = [
        path.name
        for path in (ROOT / "backend/cims/migrations/models").glob("*.py")
        if routines.POSTGRES_UPGRADE.strip() in path.read_text()
    ]
    assert carried, "cims.models.routines changed without a migration"
