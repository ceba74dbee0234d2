import json

import pytest

from cims.analytics import registry

META = {
    "data_window": {"source": "test", "rows": 3},
    "parameters": {"alpha": 0.5},
    "metrics": {"auc": 0.8},
    "created_by": "analyst-7",
}


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setenv("CIMS_DATA_DIR", str(tmp_path))
    return tmp_path / "models"


def test_save_then_load_round_trips_model_and_metadata(store):
    version = registry.save("credit-test", {"weights": [1.5, -2.0]}, META)

    model = registry.load("credit-test", version)
    meta = registry.read_metadata("credit-test", version)

    assert version == "v0001"
    assert model == {"weights": [1.5, -2.0]}
    assert (store / "credit-test" / "v0001" / "model.joblib").is_file()
    assert meta["created_by"] == "analyst-7"
    assert meta["data_window"] == {"source": "test", "rows": 3}
    assert meta["parameters"] == {"alpha": 0.5}
    assert meta["metrics"] == {"auc": 0.8}
    assert meta["kind"] == "credit-test"
    assert meta["version"] == "v0001"
    assert meta["created_at"].endswith("+00:00")
    assert len(meta["sha256"]) == 64


def test_versions_are_numbered_in_order(store):
    first = registry.save("segments", "a", META)
    second = registry.save("segments", "b", META)

    listed = registry.list_versions("segments")

    assert (first, second) == ("v0001", "v0002")
    assert [v.version for v in listed] == ["v0001", "v0002"]
    assert [v.metadata["version"] for v in listed] == ["v0001", "v0002"]


def test_loading_without_a_version_needs_an_explicit_activation(store):
    registry.save("anomaly", "model-a", META)

    with pytest.raises(registry.NoActiveVersion):
        registry.load("anomaly")

    registry.activate("anomaly", "v0001")
    assert registry.load("anomaly") == "model-a"


def test_activation_chooses_among_versions_and_saving_keeps_it(store):
    registry.save("anomaly", "model-a", META)
    registry.activate("anomaly", "v0001")

    registry.save("anomaly", "model-b", META)

    assert registry.load("anomaly") == "model-a"
    assert [v.active for v in registry.list_versions("anomaly")] == [True, False]
    registry.activate("anomaly", "v0002")
    assert registry.load("anomaly") == "model-b"
    assert registry.active_version("anomaly") == "v0002"
    assert (store / "anomaly" / "ACTIVE").read_text() == "v0002\n"


def test_activating_an_unknown_version_is_refused_and_changes_nothing(store):
    registry.save("anomaly", "model-a", META)
    registry.activate("anomaly", "v0001")

    with pytest.raises(registry.NoSuchVersion):
        registry.activate("anomaly", "v0009")

    assert registry.active_version("anomaly") == "v0001"


def test_metadata_without_author_is_refused_and_nothing_is_written(store):
    incomplete = {k: v for k, v in META.items() if k != "created_by"}

    with pytest.raises(ValueError, match="created_by"):
        registry.save("anomaly", "model-a", incomplete)

    assert not (store / "anomaly").exists()


def test_a_kind_that_would_leave_the_store_is_refused(store):
    with pytest.raises(ValueError, match="invalid model kind"):
        registry.save("../outside", "model", META)

    assert not store.exists()


def test_a_model_file_changed_after_saving_fails_its_checksum(store):
    registry.save("anomaly", "model-a", META)
    (store / "anomaly" / "v0001" / "model.joblib").write_bytes(b"not a model")

    with pytest.raises(registry.RegistryError, match="checksum"):
        registry.load("anomaly", "v0001")


def test_listing_an_unknown_kind_is_empty_and_loading_it_fails(store):
    assert registry.list_versions("nothing") == []
    with pytest.raises(registry.NoSuchVersion):
        registry.load("nothing", "v0001")


def test_explicit_root_overrides_the_data_dir(tmp_path, store):
    other = tmp_path / "elsewhere"

    version = registry.save("anomaly", "model-a", META, root=other)

    assert (other / "anomaly" / version / "metadata.json").is_file()
    assert not store.exists()
    stored = json.loads((other / "anomaly" / version / "metadata.json").read_text())
    assert stored["version"] == version
