"""``cims migrate``'s data steps: saved views lose the search text they kept."""

from __future__ import annotations

import logging

from cims import db
from cims.models import SavedView

ID_NUMBER = "110101199003070011"


async def views_with_and_without_text() -> list[SavedView]:
    kept = {"text": ID_NUMBER, "statuses": ["active"], "kind": None}
    return [
        await SavedView.create(owner="u-1", name="old", criteria=kept, sort="name"),
        await SavedView.create(
            owner="u-1", name="new", criteria={"statuses": ["active"]}, sort="name"
        ),
        await SavedView.create(
            owner="u-2", name="empty text", criteria={"text": ""}, sort="name"
        ),
        await SavedView.create(owner="u-2", name="blank", criteria={}, sort="name"),
    ]


async def criteria_by_name() -> dict[str, dict]:
    return dict(await SavedView.all().values_list("name", "criteria"))


async def test_the_search_text_leaves_every_view_that_kept_it(database, caplog):
    await views_with_and_without_text()
    caplog.set_level(logging.INFO, logger="cims.db")

    changed = await db.forget_view_search_text(batch=2)

    assert changed == 2
    assert await criteria_by_name() == {
        "old": {"statuses": ["active"], "kind": None},
        "new": {"statuses": ["active"]},
        "empty text": {},
        "blank": {},
    }
    [logged] = [r for r in caplog.records if r.name == "cims.db"]
    assert logged.views == 2
    assert logged.getMessage() == "saved views: search text removed from 2"
    assert ID_NUMBER not in caplog.text
    assert ID_NUMBER not in str(logged.__dict__)


async def test_a_second_run_finds_nothing_to_do(database, caplog):
    await views_with_and_without_text()
    await db.forget_view_search_text()
    before = await criteria_by_name()
    caplog.set_level(logging.INFO, logger="cims.db")

    assert await db.forget_view_search_text() == 0
    assert await criteria_by_name() == before
    assert not [r for r in caplog.records if r.name == "cims.db"]


async def test_migrate_runs_the_step_after_the_schema_migrations(
    database, session_settings
):
    await views_with_and_without_text()

    # Aerich opens and closes its own connection: connect again afterwards.
    try:
        applied = await db.migrate(session_settings, database)
    finally:
        await db.connect(session_settings, database)

    assert applied == []  # already migrated: the data step runs all the same
    criteria = await criteria_by_name()
    assert all("text" not in c for c in criteria.values())
    assert criteria["old"] == {"statuses": ["active"], "kind": None}
