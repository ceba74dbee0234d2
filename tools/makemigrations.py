"""Write one Aerich migration that carries the SQL of both engines.

Usage: python tools/makemigrations.py NAME

Aerich writes SQL for the dialect it is configured with. This runs it twice, once
against SQLite and once against PostgreSQL (both offline, in scratch copies of the
migrations folder), and combines the two into one file whose ``upgrade`` returns the
SQL of the engine it runs on. Prints the new file's path, or "no changes".
"""

from __future__ import annotations

import asyncio
import importlib.util
import re
import shutil
import sys
import tempfile
from pathlib import Path

from aerich import Command
from tortoise import Tortoise

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "backend"))

from cims.db import MIGRATIONS_DIR, MODEL_MODULES  # noqa: E402
from cims.models import routines  # noqa: E402

ENGINES = {
    "sqlite": "sqlite://:memory:",
    "postgres": "postgres://postgres@127.0.0.1:5432/cims_makemigrations",
}

TEMPLATE = '''"""{title}"""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

{sql}

SQL = {{
    "sqlite": {{"upgrade": SQLITE_UPGRADE, "downgrade": SQLITE_DOWNGRADE}},
    "postgres": {{"upgrade": POSTGRES_UPGRADE, "downgrade": POSTGRES_DOWNGRADE}},
}}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return SQL[db.capabilities.dialect]["upgrade"]


async def downgrade(db: BaseDBAsyncClient) -> str:
    return SQL[db.capabilities.dialect]["downgrade"]


MODELS_STATE = (
    {state}
)
'''


def _load(path: Path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


async def _generate(engine: str, url: str, name: str, scratch: Path) -> Path | None:
    location = scratch / engine
    shutil.copytree(MIGRATIONS_DIR, location, dirs_exist_ok=True)
    config = {
        "connections": {"default": url},
        "apps": {"models": {"models": MODEL_MODULES, "default_connection": "default"}},
    }
    command = Command(tortoise_config=config, app="models", location=str(location))
    app_dir = location / "models"
    before = set(app_dir.glob("*.py")) if app_dir.exists() else set()
    if not before:
        await command.init_migrations(safe=True)
    else:
        await command.init(offline=True)
        await command.migrate(name, no_input=True, offline=True)
    await Tortoise.close_connections()
    created = set(app_dir.glob("*.py")) - before
    return created.pop() if created else None


async def main(name: str) -> None:
    initial = not any((MIGRATIONS_DIR / "models").glob("*.py"))
    with tempfile.TemporaryDirectory() as tmp:
        files = {e: await _generate(e, u, name, Path(tmp)) for e, u in ENGINES.items()}
        if not all(files.values()):
            print("no changes")
            return
        modules = {e: _load(f) for e, f in files.items()}
        sql = {
            e: {
                "upgrade": await m.upgrade(None),
                "downgrade": await m.downgrade(None),
            }
            for e, m in modules.items()
        }
        # What Aerich does not describe (cims.models.routines) goes with every
        # migration; CREATE OR REPLACE makes a repeat harmless. Only the first
        # migration's downgrade drops them: a later one's leaves them in place.
        sql["postgres"]["upgrade"] += "\n" + routines.POSTGRES_UPGRADE
        if initial:
            sql["postgres"]["downgrade"] = (
                routines.POSTGRES_DOWNGRADE + "\n" + sql["postgres"]["downgrade"]
            )
        state_text = files["sqlite"].read_text()
        state = re.search(
            r"MODELS_STATE = \(\s*(.*?)\s*\)\s*$", state_text, re.S
        ).group(1)
        target = MIGRATIONS_DIR / "models" / files["sqlite"].name
        target.parent.mkdir(parents=True, exist_ok=True)
        title = f"Migration {target.stem}: SQL for SQLite and PostgreSQL, from Aerich."
        blocks = "\n\n".join(
            f'{e.upper()}_{d.upper()} = """\n{text.strip()}\n"""'
            for e, parts in sql.items()
            for d, text in parts.items()
        )
        target.write_text(TEMPLATE.format(title=title, sql=blocks, state=state))
        print(target)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1] if len(sys.argv) > 1 else "update"))
