"""OAuth clients: redirect URIs, secrets, the SPA client."""

from dataclasses import replace

import pytest

from cims.auth import clients
from cims.auth.clients import redirect_uri_matches
from cims.auth.tokens import digest
from cims.domain.actor import Actor
from cims.domain.errors import ValidationFailed
from cims.models import OAuthClient


@pytest.mark.parametrize(
    ("registered", "requested", "expected"),
    [
        ("https://cims.bank/auth/callback", "https://cims.bank/auth/callback", True),
        ("https://cims.bank/auth/callback", "https://cims.bank/auth/callback/", False),
        (
            "https://cims.bank/auth/callback",
            "https://cims.bank/auth/callback?x=1",
            False,
        ),
        (
            "http://127.0.0.1:*/auth/callback",
            "http://127.0.0.1:5173/auth/callback",
            True,
        ),
        ("http://localhost:*/auth/callback", "http://localhost:1/auth/callback", True),
        ("http://[::1]:*/auth/callback", "http://[::1]:5173/auth/callback", True),
        ("http://127.0.0.1:*/auth/callback", "http://127.0.0.1/auth/callback", False),
        ("http://127.0.0.1:*/auth/callback", "http://127.0.0.1:5173/other", False),
        (
            "http://127.0.0.1:*/auth/callback",
            "http://localhost:5173/auth/callback",
            False,
        ),
        (
            "http://127.0.0.1:*/auth/callback",
            "http://127.0.0.1:5173@evil.example/auth/callback",
            False,
        ),
        (
            "http://127.0.0.1:*/auth/callback",
            "http://127.0.0.1:99999/auth/callback",
            False,
        ),
        (
            "http://127.0.0.1:*/auth/callback",
            "https://evil.example:443/auth/callback",
            False,
        ),
        (
            "https://cims.bank:*/auth/callback",
            "https://cims.bank:8443/auth/callback",
            False,
        ),
    ],
)
def test_redirect_uri_matching(registered, requested, expected):
    assert redirect_uri_matches(registered, requested) is expected


async def test_service_client_keeps_only_a_digest_of_its_secret(settings):
    new = await clients.create_service_client(
        Actor.system(), name="reports", roles=["analyst"]
    )
    client = await clients.load_client(new.client.client_id)

    assert new.client.secret_hash == digest(new.secret)
    assert client.check_client_secret(new.secret)
    assert not client.check_client_secret(new.secret + "x")
    assert client.check_grant_type("client_credentials")
    assert not client.check_grant_type("authorization_code")


async def test_service_client_needs_a_known_role(settings):
    with pytest.raises(ValidationFailed):
        await clients.create_service_client(Actor.system(), name="x", roles=["root"])

    assert await OAuthClient.all().count() == 0


async def test_public_client_refuses_plain_http_redirects_off_loopback(settings):
    with pytest.raises(ValidationFailed):
        await clients.create_public_client(
            Actor.system(), name="app", redirect_uris=["http://app.example/cb"]
        )

    assert await OAuthClient.all().count() == 0


async def test_public_client_accepts_an_app_scheme(settings):
    new = await clients.create_public_client(
        Actor.system(), name="app", redirect_uris=["cn.bank.cims:/oauth/callback"]
    )
    client = await clients.load_client(new.client.client_id)

    assert new.secret is None
    assert client.check_endpoint_auth_method("none", "token")
    assert client.check_redirect_uri("cn.bank.cims:/oauth/callback")


async def test_spa_client_is_registered_once_with_development_uris(auth_settings):
    await clients.ensure_spa_client(auth_settings)
    row = await clients.ensure_spa_client(auth_settings)

    assert await OAuthClient.filter(client_id="cims-spa").count() == 1
    assert row.secret_hash is None
    assert "http://127.0.0.1:8000/auth/callback" in row.redirect_uris
    assert "http://localhost:*/auth/callback" in row.redirect_uris


async def test_spa_client_outside_development_has_only_its_own_origin(auth_settings):
    production = replace(
        auth_settings, public_url="https://cims.bank.example", is_development=False
    )

    row = await clients.ensure_spa_client(production)

    assert row.redirect_uris == ["https://cims.bank.example/auth/callback"]
    assert row.post_logout_redirect_uris == ["https://cims.bank.example/"]


async def test_revoked_client_is_not_loaded(settings):
    new = await clients.create_service_client(
        Actor.system(), name="reports", roles=["analyst"]
    )

    await clients.revoke_client(Actor.system(), new.client.client_id)

    assert await clients.load_client(new.client.client_id) is None
