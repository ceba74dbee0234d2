"""Sign-in settings from the environment."""

import pytest

from cims.auth.settings import AuthSettings
from cims.config import Settings


def test_defaults_run_the_embedded_provider(monkeypatch, tmp_path):
    monkeypatch.delenv("CIMS_OIDC_ISSUER", raising=False)

    auth = AuthSettings.from_settings(
        Settings(env="test", data_dir=tmp_path, port=8000)
    )

    assert auth.embedded
    assert auth.issuer == "http://127.0.0.1:8000"
    assert auth.audience == "cims-api"
    assert auth.leeway == 60
    assert auth.signing_alg == "RS256"
    assert auth.key_dir == tmp_path / "oidc"


def test_an_external_issuer_turns_the_embedded_one_off(monkeypatch, tmp_path):
    monkeypatch.setenv("CIMS_OIDC_ISSUER", "https://sso.bank.example/realms/cims/")
    monkeypatch.setenv("CIMS_OIDC_AUDIENCE", "cims-api")
    monkeypatch.setenv(
        "CIMS_OIDC_ROLES_CLAIM", "realm_access.roles, resource_access.cims-api.roles"
    )
    monkeypatch.setenv(
        "CIMS_OIDC_ROLE_MAP", "bank-teller:teller, bank-rm:relationship_manager"
    )
    monkeypatch.setenv("CIMS_OIDC_LEEWAY", "30")

    auth = AuthSettings.from_settings(Settings(env="test", data_dir=tmp_path))

    assert not auth.embedded
    assert auth.external_issuer == "https://sso.bank.example/realms/cims"
    assert auth.roles_claims == ("realm_access.roles", "resource_access.cims-api.roles")
    assert auth.role_map == {"bank-teller": "teller", "bank-rm": "relationship_manager"}
    assert auth.leeway == 30


def test_both_providers_can_be_trusted_at_once(monkeypatch, tmp_path):
    monkeypatch.setenv("CIMS_OIDC_ISSUER", "https://sso.bank.example/realms/cims")
    monkeypatch.setenv("CIMS_OIDC_EMBEDDED", "true")

    auth = AuthSettings.from_settings(Settings(env="test", data_dir=tmp_path))

    assert auth.embedded and auth.external_issuer


def test_a_wildcard_listen_address_gives_a_loopback_issuer(monkeypatch, tmp_path):
    monkeypatch.delenv("CIMS_PUBLIC_URL", raising=False)

    auth = AuthSettings.from_settings(
        Settings(env="test", data_dir=tmp_path, host="0.0.0.0")
    )

    assert auth.issuer.startswith("http://127.0.0.1:")


@pytest.mark.parametrize(
    "algorithms", [("RS256", "HS256"), ("none",), ("ES256", "HS512")]
)
def test_hmac_and_none_cannot_be_allowed(tmp_path, algorithms):
    with pytest.raises(SystemExit):
        AuthSettings(
            public_url="http://127.0.0.1:8000", data_dir=tmp_path, algorithms=algorithms
        )


def test_production_needs_an_https_public_url(tmp_path):
    with pytest.raises(SystemExit):
        AuthSettings(
            public_url="http://127.0.0.1:8000", data_dir=tmp_path, is_development=False
        )


def test_plain_http_is_refused_off_loopback_even_in_development(tmp_path):
    with pytest.raises(SystemExit):
        AuthSettings(public_url="http://cims.bank.example", data_dir=tmp_path)
