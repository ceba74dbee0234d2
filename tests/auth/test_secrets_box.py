"""Secrets sealed at rest."""

import pytest
from cryptography.exceptions import InvalidTag

from cims.auth import secrets_box


def test_sealed_secret_opens_with_the_same_key():
    sealed = secrets_box.seal("key-one", b"totp seed")

    assert secrets_box.unseal("key-one", sealed) == b"totp seed"
    assert b"totp seed" not in sealed.encode()


def test_sealing_twice_gives_different_ciphertexts():
    assert secrets_box.seal("key-one", b"x") != secrets_box.seal("key-one", b"x")


def test_another_key_cannot_open_it():
    sealed = secrets_box.seal("key-one", b"totp seed")

    with pytest.raises(InvalidTag):
        secrets_box.unseal("key-two", sealed)


def test_unknown_version_is_refused():
    with pytest.raises(ValueError):
        secrets_box.unseal("key-one", "v9:AAAA")
