"""The served app keeps its start-up heap out of later garbage collections."""

from __future__ import annotations

import gc

from cims.app import create_app


async def test_startup_heap_frozen_when_the_app_starts(session_settings):
    gc.unfreeze()
    assert gc.get_freeze_count() == 0
    app = create_app(session_settings, connect=False)
    try:
        async with app.router.lifespan_context(app):
            frozen = gc.get_freeze_count()
            # The schema's own objects are among those frozen, not walked again.
            assert frozen > 10_000
            assert not gc.is_tracked(app) or frozen >= len(gc.get_objects()) // 2
    finally:
        gc.unfreeze()
