"""The resource server: every token attack is refused with its code, and claims
from Keycloak-shaped and plain tokens map to roles, permissions and branch."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import secrets
import time

import httpx
import pytest
from joserfc import jwt
from joserfc.jwk import ECKey, KeySet, RSAKey
from joserfc.jws import default_registry

from cims.auth import resource
from cims.auth.keys import store_for
from cims.auth.provider import ensure_keys
from cims.auth.resource import (
    InvalidToken,
    JwksCache,
    LocalKeys,
    RemoteKeys,
    TokenValidator,
    TrustedIssuer,
    import_public_keys,
)
from cims.auth.settings import AuthSettings

EXTERNAL = "http://127.0.0.1:9/realms/bank"


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def compact(header: dict, claims: dict, signature: bytes = b"") -> str:
    head = b64(json.dumps(header).encode())
    body = b64(json.dumps(claims).encode())
    return f"{head}.{body}.{b64(signature)}"


def sign(key, claims: dict, **header) -> str:
    alg = header.pop("alg", key.alg or "ES256")
    full = {"alg": alg, "kid": key.kid, "typ": "at+jwt", **header}
    return jwt.encode(full, claims, key, algorithms=[alg])


def access_claims(issuer: str, **overrides) -> dict:
    now = int(time.time())
    claims = {
        "iss": issuer,
        "sub": "subject-1",
        "aud": "cims-api",
        "iat": now,
        "nbf": now,
        "exp": now + 300,
        "client_id": "cims-spa",
        "scope": "openid profile",
        "roles": ["analyst"],
        "jti": secrets.token_hex(8),
    }
    claims.update(overrides)
    return {k: v for k, v in claims.items() if v is not None}


@pytest.fixture
async def key(auth_settings: AuthSettings):
    await ensure_keys(auth_settings)
    return store_for(auth_settings.key_dir, auth_settings.signing_alg).signing_key()


@pytest.fixture
def issuer(auth_settings) -> str:
    return auth_settings.issuer


async def refused(validator: TokenValidator, token: str) -> str:
    with pytest.raises(InvalidToken) as caught:
        await validator.validate(token)
    return caught.value.code


async def test_valid_token_yields_its_claims(validator, key, issuer):
    claims = await validator.validate(sign(key, access_claims(issuer)))

    assert claims.issuer == issuer
    assert claims.subject == "subject-1"
    assert claims.roles == frozenset({"analyst"})
    assert claims.scope == frozenset({"openid", "profile"})
    assert claims.client_id == "cims-spa"


async def test_alg_none_is_refused(validator, key, issuer):
    token = compact(
        {"alg": "none", "kid": key.kid, "typ": "at+jwt"}, access_claims(issuer)
    )

    assert await refused(validator, token) == "TOKEN_INVALID"


async def test_hs256_signed_with_the_public_key_is_refused(validator, key, issuer):
    header = {"alg": "HS256", "kid": key.kid, "typ": "at+jwt"}
    unsigned = compact(header, access_claims(issuer)).rsplit(".", 1)[0]
    public_pem = key.as_pem(private=False)
    mac = hmac.new(public_pem, unsigned.encode(), hashlib.sha256).digest()

    assert await refused(validator, f"{unsigned}.{b64(mac)}") == "TOKEN_INVALID"


async def test_hmac_algorithms_never_reach_the_allow_list(auth_settings):
    validator = TokenValidator([], algorithms=("RS256", "HS256", "none"))

    assert validator.algorithms == ("RS256",)
    with pytest.raises(SystemExit):
        AuthSettings(
            public_url="http://127.0.0.1:8000",
            data_dir=auth_settings.data_dir,
            algorithms=("RS256", "HS256"),
        )


async def test_embedded_jwk_header_is_refused(validator, issuer):
    attacker = ECKey.generate_key("P-256")
    attacker.ensure_kid()
    token = sign(attacker, access_claims(issuer), jwk=attacker.as_dict(private=False))

    assert await refused(validator, token) == "TOKEN_INVALID"


async def test_embedded_jwk_header_is_refused_even_with_a_known_kid(
    validator, key, issuer
):
    attacker = ECKey.generate_key("P-256")
    header = {"alg": "ES256", "kid": key.kid, "typ": "at+jwt"}
    header["jwk"] = attacker.as_dict(private=False)
    token = jwt.encode(header, access_claims(issuer), attacker, algorithms=["ES256"])

    assert await refused(validator, token) == "TOKEN_INVALID"


async def test_jku_header_is_refused_and_never_fetched(issuer, key):
    fetched: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        fetched.append(str(request.url))
        return httpx.Response(404)

    remote = RemoteKeys(EXTERNAL, transport=httpx.MockTransport(handler))
    validator = TokenValidator(
        [TrustedIssuer(EXTERNAL, "cims-api", JwksCache(remote, min_interval=60))]
    )
    token = sign(key, access_claims(EXTERNAL), jku="http://127.0.0.1:9/attacker-jwks")

    assert await refused(validator, token) == "TOKEN_INVALID"
    assert fetched == []


async def test_crit_header_is_refused(validator, key, issuer):
    header = {"alg": "ES256", "kid": key.kid, "typ": "at+jwt", "crit": ["exp"]}
    unsigned = compact(header, access_claims(issuer)).rsplit(".", 1)[0]
    signature = default_registry.get_alg("ES256").sign(unsigned.encode(), key)
    token = f"{unsigned}.{b64(signature)}"

    assert await refused(validator, token) == "TOKEN_INVALID"


async def test_expired_token_is_refused(validator, key, issuer):
    now = int(time.time())
    claims = access_claims(issuer, iat=now - 600, nbf=now - 600, exp=now - 61)

    assert await refused(validator, sign(key, claims)) == "TOKEN_EXPIRED"


async def test_token_expired_within_the_leeway_is_accepted(validator, key, issuer):
    now = int(time.time())
    claims = access_claims(issuer, iat=now - 600, nbf=now - 600, exp=now - 30)

    result = await validator.validate(sign(key, claims))

    assert result.subject == "subject-1"


async def test_not_before_beyond_the_leeway_is_refused(validator, key, issuer):
    now = int(time.time())
    claims = access_claims(issuer, nbf=now + 120, iat=now)

    assert await refused(validator, sign(key, claims)) == "TOKEN_INVALID"


async def test_not_before_within_the_leeway_is_accepted(validator, key, issuer):
    claims = access_claims(issuer, nbf=int(time.time()) + 30)

    result = await validator.validate(sign(key, claims))

    assert result.subject == "subject-1"


async def test_leeway_is_configurable(key, issuer, auth_settings):
    strict = TokenValidator.from_settings(
        AuthSettings(
            public_url=auth_settings.public_url,
            data_dir=auth_settings.data_dir,
            signing_alg="ES256",
            leeway=0,
        )
    )
    claims = access_claims(issuer, nbf=int(time.time()) + 30)

    assert await refused(strict, sign(key, claims)) == "TOKEN_INVALID"


async def test_wrong_audience_is_refused(validator, key, issuer):
    claims = access_claims(issuer, aud=["account", "other-api"])

    assert await refused(validator, sign(key, claims)) == "TOKEN_INVALID"


async def test_missing_expiry_is_refused(validator, key, issuer):
    claims = access_claims(issuer, exp=None)

    assert await refused(validator, sign(key, claims)) == "TOKEN_INVALID"


async def test_unknown_issuer_is_refused(validator, key):
    claims = access_claims("http://127.0.0.1:9/someone-else")

    assert await refused(validator, sign(key, claims)) == "UNTRUSTED_ISSUER"


async def test_id_token_of_the_flow_is_refused_as_access_token(
    validator, flow, make_staff
):
    await make_staff("li.analyst", ["analyst"])
    tokens = await flow.tokens_for("li.analyst")

    assert await refused(validator, tokens["id_token"]) == "TOKEN_INVALID"
    assert (await validator.validate(tokens["access_token"])).roles == {"analyst"}


async def test_id_token_shaped_for_the_api_is_still_refused(validator, key, issuer):
    claims = access_claims(issuer, nonce="n-1", at_hash="abc")

    assert await refused(validator, sign(key, claims)) == "TOKEN_INVALID"


async def test_embedded_tokens_must_be_typed_as_access_tokens(validator, key, issuer):
    token = sign(key, access_claims(issuer), typ="JWT")

    assert await refused(validator, token) == "TOKEN_INVALID"


async def test_algorithm_not_matching_the_key_is_refused(validator, key, issuer):
    header = {"alg": "RS256", "kid": key.kid, "typ": "at+jwt"}
    rsa = RSAKey.generate_key(2048)
    token = jwt.encode(header, access_claims(issuer), rsa, algorithms=["RS256"])

    assert await refused(validator, token) == "TOKEN_INVALID"


async def test_tampered_payload_is_refused(validator, key, issuer):
    head, _, signature = sign(key, access_claims(issuer)).split(".")
    body = b64(json.dumps(access_claims(issuer, roles=["administrator"])).encode())

    assert await refused(validator, f"{head}.{body}.{signature}") == "TOKEN_INVALID"


@pytest.mark.parametrize(
    "token", ["", "abc", "a.b", "a.b.c", "a.b.c.d.e", "x" * 20000 + ".a.b"]
)
async def test_malformed_tokens_are_refused(validator, token):
    assert await refused(validator, token) == "TOKEN_INVALID"


async def test_token_signed_before_a_key_rotation_still_validates(
    validator, key, issuer, auth_settings
):
    token = sign(key, access_claims(issuer))
    store = store_for(auth_settings.key_dir, auth_settings.signing_alg)

    rotated = store.rotate()
    after = sign(store.signing_key(), access_claims(issuer))

    assert rotated["kid"] != key.kid
    assert (await validator.validate(token)).subject == "subject-1"
    assert (await validator.validate(after)).subject == "subject-1"


class FakeIdP:
    """An external issuer's discovery and JWKS, served through httpx's mock
    transport, counting what the validator fetches."""

    def __init__(self) -> None:
        self.key = RSAKey.generate_key(2048, parameters={"alg": "RS256", "use": "sig"})
        self.key.ensure_kid()
        self.published = [self.key]
        self.jwks_fetches = 0
        self.discovery_fetches = 0
        self.now = 1000.0

    def handler(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/.well-known/openid-configuration"):
            self.discovery_fetches += 1
            jwks = f"{EXTERNAL}/protocol/openid-connect/certs"
            return httpx.Response(200, json={"issuer": EXTERNAL, "jwks_uri": jwks})
        self.jwks_fetches += 1
        keys = [k.as_dict(private=False) for k in self.published]
        return httpx.Response(200, json={"keys": keys})

    def validator(self, **issuer_options) -> TokenValidator:
        remote = RemoteKeys(EXTERNAL, transport=httpx.MockTransport(self.handler))
        cache = JwksCache(remote, min_interval=60, clock=lambda: self.now)
        trusted = TrustedIssuer(EXTERNAL, "cims-api", cache, **issuer_options)
        return TokenValidator([trusted])

    def token(self, key=None, **claims) -> str:
        key = key or self.key
        header = {"alg": "RS256", "kid": key.kid, "typ": "JWT"}
        body = access_claims(EXTERNAL, **claims)
        return jwt.encode(header, body, key, algorithms=["RS256"])


async def test_unknown_kids_cause_at_most_one_jwks_fetch_per_interval():
    idp = FakeIdP()
    validator = idp.validator()
    await validator.validate(idp.token())
    strangers = [idp.token(key=_stray_key()) for _ in range(5)]

    first = await _flood(validator, strangers * 4)
    idp.now += 61
    second = await _flood(validator, strangers * 4)

    assert idp.discovery_fetches == 1
    assert idp.jwks_fetches == 2
    assert {e.code for e in first + second} == {"TOKEN_INVALID"}


async def test_a_key_rotated_in_at_the_provider_is_found_by_one_fetch():
    idp = FakeIdP()
    validator = idp.validator()
    await validator.validate(idp.token())
    new_key = _stray_key()
    idp.published.append(new_key)
    idp.now += 61

    result = await validator.validate(idp.token(key=new_key))

    assert result.subject == "subject-1"
    assert idp.jwks_fetches == 2


async def test_provider_down_without_cached_keys_answers_issuer_unavailable():
    def down(request: httpx.Request) -> httpx.Response:
        return httpx.Response(503)

    remote = RemoteKeys(EXTERNAL, transport=httpx.MockTransport(down))
    validator = TokenValidator(
        [TrustedIssuer(EXTERNAL, "cims-api", JwksCache(remote, min_interval=60))]
    )

    assert await refused(validator, FakeIdP().token()) == "ISSUER_UNAVAILABLE"


async def test_discovery_naming_another_issuer_is_not_trusted():
    def liar(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"issuer": "http://127.0.0.1:9/other"})

    remote = RemoteKeys(EXTERNAL, transport=httpx.MockTransport(liar))
    validator = TokenValidator(
        [TrustedIssuer(EXTERNAL, "cims-api", JwksCache(remote, min_interval=60))]
    )

    assert await refused(validator, FakeIdP().token()) == "ISSUER_UNAVAILABLE"


def test_plain_http_issuers_other_than_loopback_are_refused():
    with pytest.raises(ValueError):
        RemoteKeys("http://idp.bank.example/realms/bank")


def test_symmetric_and_private_parts_of_a_jwks_are_dropped():
    rsa = RSAKey.generate_key(2048, parameters={"kid": "r1"})
    document = {
        "keys": [
            {"kty": "oct", "k": b64(b"secret"), "kid": "h1"},
            rsa.as_dict(private=True),
            {**rsa.as_dict(private=False), "kid": "enc", "use": "enc"},
        ]
    }

    keys = import_public_keys(document)

    assert [k.kid for k in keys.keys] == ["r1"]
    assert not keys.keys[0].is_private


async def test_keycloak_realm_and_client_roles_are_mapped(settings, branch):
    idp = FakeIdP()
    validator = idp.validator(
        roles_claims=("realm_access.roles", "resource_access.cims-api.roles"),
        role_map={"cims-teller": "teller"},
    )
    token = idp.token(
        aud=["cims-api", "account"],
        roles=None,
        typ="Bearer",
        azp="cims-spa",
        branch="BJ001",
        realm_access={"roles": ["offline_access", "uma_authorization", "risk_officer"]},
        resource_access={
            "cims-api": {"roles": ["cims-teller"]},
            "account": {"roles": ["manage-account"]},
        },
    )

    actor = await validator.actor_from_authorization(
        f"Bearer {token}", request_id="r-1", client_address="127.0.0.1"
    )

    assert actor.roles == {"teller", "risk_officer"}
    assert {"risk.decide", "customer.write"} <= actor.permissions
    assert "staff.manage" not in actor.permissions
    assert actor.branch_id == branch.id
    assert actor.request_id == "r-1"
    assert actor.extra["client_id"] == "cims-spa"


async def test_a_plain_roles_claim_is_mapped():
    idp = FakeIdP()
    validator = idp.validator(roles_claims=("roles",))

    actor = await validator.actor_from_authorization(
        f"Bearer {idp.token(roles=['analyst', 'not-a-cims-role'])}"
    )

    assert actor.roles == {"analyst"}
    assert actor.branch_id is None
    assert actor.can("segment.manage")


async def test_slash_paths_reach_client_ids_with_dots():
    idp = FakeIdP()
    validator = idp.validator(roles_claims=("resource_access/cims.api/roles",))
    token = idp.token(roles=None, resource_access={"cims.api": {"roles": ["analyst"]}})

    claims = await validator.validate(token)

    assert claims.roles == {"analyst"}


async def test_branch_role_without_a_branch_is_refused(settings):
    idp = FakeIdP()
    validator = idp.validator()

    with pytest.raises(InvalidToken) as missing:
        await validator.actor_from_authorization(
            f"Bearer {idp.token(roles=['teller'])}"
        )
    with pytest.raises(InvalidToken) as unknown:
        await validator.actor_from_authorization(
            f"Bearer {idp.token(roles=['teller'], branch='NOPE')}"
        )

    assert missing.value.code == "BRANCH_REQUIRED"
    assert unknown.value.code == "BRANCH_REQUIRED"


async def test_no_header_is_anonymous_and_other_schemes_are_refused(validator):
    assert await validator.actor_from_authorization(None) is None
    with pytest.raises(InvalidToken) as caught:
        await validator.actor_from_authorization("Basic dXNlcjpwYXNz")
    assert caught.value.code == "TOKEN_INVALID"


async def test_local_keys_read_the_key_file(auth_settings, key):
    keys = await LocalKeys(store_for(auth_settings.key_dir, "ES256")).fetch()

    assert isinstance(keys, KeySet)
    assert [k.kid for k in keys.keys] == [key.kid]


async def _flood(validator: TokenValidator, tokens: list[str]) -> list:
    calls = (validator.validate(token) for token in tokens)
    return await asyncio.gather(*calls, return_exceptions=True)


def _stray_key():
    key = RSAKey.generate_key(2048, parameters={"alg": "RS256", "use": "sig"})
    key.ensure_kid()
    return key


async def test_the_module_level_helper_uses_the_configured_validator(
    validator, key, issuer
):
    resource.configure(validator)

    actor = await resource.actor_from_authorization(
        f"Bearer {sign(key, access_claims(issuer))}", request_id="r-2"
    )

    assert actor.roles == {"analyst"}
    assert actor.request_id == "r-2"
