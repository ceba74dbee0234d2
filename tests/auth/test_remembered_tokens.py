"""Verified tokens remembered by their digest: the signature is checked once, the
clock on every request, and a remembered token is refused whenever an unremembered
one would be (expiry, audience, tampering, a changed key ring)."""

from __future__ import annotations

import json
import time

import pytest
from tests.auth.test_resource import FakeIdP, access_claims, b64, refused, sign

from cims.auth.keys import store_for
from cims.auth.provider import ensure_keys
from cims.auth.resource import TokenValidator, VerifiedTokens, embedded_issuer

T0 = int(time.time())


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> int:
        return self.now


@pytest.fixture
async def key(auth_settings):
    await ensure_keys(auth_settings)
    return store_for(auth_settings.key_dir, auth_settings.signing_alg).signing_key()


@pytest.fixture
def issuer(auth_settings) -> str:
    return auth_settings.issuer


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
async def checked(auth_settings, clock, monkeypatch):
    """A validator of the embedded issuer on the test's clock, counting the
    signatures it verifies."""
    await ensure_keys(auth_settings)
    validator = TokenValidator([embedded_issuer(auth_settings)], now=clock)
    validator.signatures = 0
    verify = validator._verify

    def counting(token, key, alg):
        validator.signatures += 1
        return verify(token, key, alg)

    monkeypatch.setattr(validator, "_verify", counting)
    return validator


def claims_at(issuer: str, start: int = T0, life: int = 300, **overrides) -> dict:
    return access_claims(issuer, iat=start, nbf=start, exp=start + life, **overrides)


async def test_the_same_token_is_verified_once(checked, key, issuer):
    token = sign(key, claims_at(issuer))

    first = await checked.validate(token)
    again = [await checked.validate(token) for _ in range(3)]
    actor = await checked.actor_from_authorization(f"Bearer {token}", request_id="r-2")

    assert checked.signatures == 1
    assert all(claims == first for claims in again)
    assert (actor.subject, actor.roles, actor.request_id) == (
        "subject-1",
        frozenset({"analyst"}),
        "r-2",
    )
    assert len(checked.verified) == 1


async def test_only_a_digest_of_the_token_is_kept(checked, key, issuer):
    token = sign(key, claims_at(issuer))
    await checked.validate(token)

    (digest,) = checked.verified._entries
    assert digest == VerifiedTokens.digest(token) and len(digest) == 32
    assert token.encode() not in digest and token not in repr(checked.verified._entries)


async def test_a_remembered_token_expires_with_the_leeway_as_any_other(
    checked, key, issuer, clock
):
    token = sign(key, claims_at(issuer, life=300))
    await checked.validate(token)

    clock.now = T0 + 300 + 59  # past exp, within the 60 s leeway
    assert (await checked.validate(token)).subject == "subject-1"
    clock.now = T0 + 300 + 61
    assert await refused(checked, token) == "TOKEN_EXPIRED"
    assert len(checked.verified) == 0
    assert await refused(checked, token) == "TOKEN_EXPIRED"
    assert checked.signatures == 2  # verified again once forgotten, then refused


async def test_remembered_or_not_the_answer_is_the_same_at_every_moment(
    checked, key, issuer, auth_settings, clock
):
    fresh_each_time = [
        sign(key, claims_at(issuer, life=120)),
        sign(key, claims_at(issuer, life=120, aud="other-api")),
        sign(key, claims_at(issuer, start=T0 + 90, life=120)),  # nbf ahead
    ]
    for offset in (0, 60, 100, 170, 181, 240):
        clock.now = T0 + offset
        fresh = TokenValidator([embedded_issuer(auth_settings)], now=clock)
        for token in fresh_each_time:
            assert await _outcome(checked, token) == await _outcome(fresh, token)


async def _outcome(validator: TokenValidator, token: str) -> str:
    try:
        return (await validator.validate(token)).subject
    except Exception as error:  # noqa: BLE001 - the code is the outcome
        return getattr(error, "code", repr(error))


async def test_a_wrong_audience_is_refused_and_not_remembered(checked, key, issuer):
    token = sign(key, claims_at(issuer, aud=["account", "other-api"]))

    assert await refused(checked, token) == "TOKEN_INVALID"
    assert await refused(checked, token) == "TOKEN_INVALID"
    assert len(checked.verified) == 0
    assert checked.signatures == 2


async def test_a_token_not_yet_valid_is_checked_again_once_valid(
    checked, key, issuer, clock
):
    token = sign(key, claims_at(issuer, start=T0 + 120))

    assert await refused(checked, token) == "TOKEN_INVALID"
    clock.now = T0 + 120
    assert (await checked.validate(token)).subject == "subject-1"


async def test_a_tampered_remembered_token_is_refused(checked, key, issuer):
    token = sign(key, claims_at(issuer))
    await checked.validate(token)
    head, _, signature = token.split(".")
    admin = claims_at(issuer, roles=["administrator"])
    forged = f"{head}.{b64(json.dumps(admin).encode())}.{signature}"
    other_signature = f"{head}.{token.split('.')[1]}.{b64(b'x' * 64)}"

    assert await refused(checked, forged) == "TOKEN_INVALID"
    assert await refused(checked, other_signature) == "TOKEN_INVALID"
    assert await refused(checked, token + " ") == "TOKEN_INVALID"
    assert (await checked.validate(token)).roles == frozenset({"analyst"})


async def test_a_key_withdrawn_from_the_ring_ends_its_remembered_tokens():
    idp = FakeIdP()
    validator = idp.validator()
    token = idp.token()
    assert (await validator.validate(token)).subject == "subject-1"

    idp.published = [FakeIdP().key]  # rotated: the old key is withdrawn
    idp.now += 3600  # the key ring's age limit: fetched again
    assert await refused(validator, token) == "TOKEN_INVALID"
    assert len(validator.verified) == 0


async def test_a_refetched_key_ring_verifies_remembered_tokens_again(monkeypatch):
    idp = FakeIdP()
    validator = idp.validator()
    token = idp.token()
    calls = []
    verify = validator._verify
    monkeypatch.setattr(validator, "_verify", lambda *a: calls.append(1) or verify(*a))
    await validator.validate(token)
    await validator.validate(token)

    idp.now += 3600  # the same key published, but a new key set object
    await validator.validate(token)
    await validator.validate(token)

    assert (len(calls), idp.jwks_fetches) == (2, 2)


async def test_at_most_the_bound_is_remembered_the_expired_going_first(
    auth_settings, key, issuer, clock
):
    await ensure_keys(auth_settings)
    validator = TokenValidator(
        [embedded_issuer(auth_settings)], now=clock, remembered=3
    )
    short = sign(key, claims_at(issuer, life=10))
    long_lived = [sign(key, claims_at(issuer, life=600)) for _ in range(4)]
    for token in (long_lived[0], short, long_lived[1]):
        await validator.validate(token)

    clock.now = T0 + 11  # short's exp passed: it goes before the older one
    await validator.validate(long_lived[2])
    kept = set(validator.verified._entries)
    assert kept == {VerifiedTokens.digest(t) for t in long_lived[:3]}

    await validator.validate(long_lived[3])  # full of live tokens: the oldest goes
    kept = set(validator.verified._entries)
    assert kept == {VerifiedTokens.digest(t) for t in long_lived[1:]}


def test_the_bound_must_hold_one_token():
    with pytest.raises(ValueError):
        VerifiedTokens(0)
