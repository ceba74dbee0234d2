"""``cims analytics refresh``, ``cims train`` and ``cims models`` on a small base."""

from __future__ import annotations

import argparse
import json

import pytest

from cims import analytics_commands as commands
from cims.analytics import registry
from cims.domain.errors import DomainError
from cims.models import CustomerValue, Segment
from tests.api.test_analytics import _base, models_dir  # noqa: F401 (fixture)


def _args(**values) -> argparse.Namespace:
    return argparse.Namespace(**values)


async def test_refresh_trains_what_is_missing_and_stores_everything(database, capsys):
    await _base(size=20, females=8)

    code = await commands.run_refresh(_args(full=False, retrain=False, as_of=None))

    report = json.loads(capsys.readouterr().out)
    assert code == 0
    assert report["customers"] == 20 and report["values"] == 20
    assert report["trained"] == ["segments", "value", "recommendations"]
    assert report["versions"] == {
        "segments": "v0001",
        "value": "v0001",
        "recommendations": "v0001",
    }
    assert await CustomerValue.all().count() == 20
    assert await Segment.filter(kind="learned", active=True).count() >= 3


async def test_a_trained_version_waits_until_it_is_activated(database, capsys):
    await _base(size=20, females=8)
    await commands.refresh()
    capsys.readouterr()

    trained = await commands.run_train(_args(kind="value", activate=False))
    waiting = json.loads(capsys.readouterr().out)
    activated = await commands.run_models_activate(_args(kind="value", version="v0002"))

    assert (trained, activated) == (0, 0)
    assert (waiting["version"], waiting["active"]) == ("v0002", False)
    assert set(waiting["metrics"]["tiers"]) == {"platinum", "gold", "silver", "bronze"}
    assert registry.active_version("value") == "v0002"


async def test_models_list_shows_versions_and_which_is_active(database, capsys):
    await _base(size=20, females=8)
    await commands.refresh()
    capsys.readouterr()

    await commands.run_models_list(_args(kind="segments"))

    listed = json.loads(capsys.readouterr().out)
    assert [(m["kind"], m["version"], m["active"]) for m in listed] == [
        ("segments", "v0001", True)
    ]
    assert listed[0]["customers"] == 20


async def test_activating_an_unknown_version_fails_and_changes_nothing(
    database, capsys
):
    await _base(size=20, females=8)
    await commands.refresh()

    with pytest.raises(DomainError, match="no stored model value/v0009"):
        await commands.run_models_activate(_args(kind="value", version="v0009"))

    assert registry.active_version("value") == "v0001"


async def test_an_unknown_kind_is_refused_and_a_known_empty_one_lists_nothing(
    database, capsys
):
    with pytest.raises(DomainError, match="unknown model kind 'bogus'"):
        await commands.run_models_list(_args(kind="bogus"))
    with pytest.raises(DomainError, match="unknown model kind 'bogus'"):
        await commands.run_models_activate(_args(kind="bogus", version="v0001"))
    await commands.run_models_list(_args(kind="credit-german_credit"))

    assert json.loads(capsys.readouterr().out) == []


async def test_train_without_features_asks_for_a_refresh(database, capsys):
    code = await commands.run_train(_args(kind="segments", activate=False))

    assert code == 1
    assert "cims analytics refresh" in capsys.readouterr().out


async def test_the_demo_refreshes_once_after_seeding(database):
    from cims import cli

    await _base(size=20, females=8)

    first = await cli._demo_analytics(seeded=True)
    again = await cli._demo_analytics(seeded=False)

    assert "20 customers" in first
    assert again.startswith("analytics: figures exist")
    assert [v.version for v in registry.list_versions("segments")] == ["v0001"]
