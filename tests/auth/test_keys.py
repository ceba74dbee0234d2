"""Signing keys in the data folder."""

import json
import stat

from cims.auth.keys import KEEP_RETIRED, KeyStore


def test_first_start_creates_a_private_key_file_readable_by_its_owner(tmp_path):
    store = KeyStore(tmp_path / "oidc", "ES256")

    kid = store.ensure()

    path = tmp_path / "oidc" / "signing-keys.json"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert json.loads(path.read_text())["current"] == kid
    assert store.signing_key().is_private


def test_ensure_keeps_an_existing_key(tmp_path):
    first = KeyStore(tmp_path, "ES256").ensure()

    assert KeyStore(tmp_path, "ES256").ensure() == first


def test_public_jwks_has_no_private_parts(tmp_path):
    store = KeyStore(tmp_path, "RS256")
    store.ensure()

    (key,) = store.public_jwks()["keys"]

    assert key["kty"] == "RSA"
    assert key["alg"] == "RS256"
    assert key["use"] == "sig"
    assert not {"d", "p", "q", "dp", "dq", "qi"} & key.keys()


def test_rotation_signs_with_a_new_key_and_keeps_recent_ones_published(tmp_path):
    store = KeyStore(tmp_path, "ES256")
    original = store.ensure()

    results = [store.rotate() for _ in range(KEEP_RETIRED + 1)]

    assert store.signing_key().kid == results[-1]["kid"]
    assert len(store.kids()) == KEEP_RETIRED + 1
    assert original not in store.kids()
    assert results[-2]["kid"] in store.kids()


def test_another_process_sees_a_rotation_without_restarting(tmp_path):
    serving = KeyStore(tmp_path, "ES256")
    serving.ensure()
    before = serving.signing_key().kid

    rotated = KeyStore(tmp_path, "ES256").rotate()

    assert serving.signing_key().kid == rotated["kid"] != before


def test_a_missing_key_file_is_created_on_first_use(tmp_path):
    store = KeyStore(tmp_path / "fresh", "ES256")

    key = store.signing_key()

    assert key.kid == store.kids()[0]
