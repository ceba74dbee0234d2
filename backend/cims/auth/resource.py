"""The API as an OAuth resource server: bearer JWT in, ``Actor`` out.

Tokens are trusted from configured issuers only: the embedded provider (its keys
read from the data folder) and, when ``CIMS_OIDC_ISSUER`` is set, an external one
whose discovery document and JWKS are fetched over HTTPS and cached. A token that
names an unknown key triggers one JWKS fetch, at most one per interval however
many such tokens arrive, so a flood of made-up key IDs cannot make this server
hammer the provider.

Refused, each with an ``InvalidToken`` code:

    TOKEN_INVALID       malformed; alg not allow-listed (none and HMAC never are);
                        embedded jwk/jku/x5u/x5c or crit headers; unknown key;
                        bad signature; wrong audience; nbf or iat in the future
                        beyond the leeway; an ID token presented as access token
    TOKEN_EXPIRED       exp passed, beyond the leeway
    UNTRUSTED_ISSUER    iss is not a configured issuer
    ISSUER_UNAVAILABLE  the issuer's keys could not be fetched and none are cached
    BRANCH_REQUIRED     a branch-bound role without a branch this API knows

Roles come from the claim paths configured per issuer (``realm_access.roles``,
``resource_access.<client>.roles``, ``roles``), renamed through an optional role
map; names that are not CIMS roles are dropped. The branch claim holds a branch
code (a JSON number is taken as the branch's ID).

A token whose signature was verified is remembered (``VerifiedTokens``), so that
the next request carrying the very same token skips parsing and verifying it
again; its claims are still checked against the clock on every request. Why that
is as safe as verifying every time is written at ``VerifiedTokens``.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Protocol

import httpx
from joserfc import jws, jwt
from joserfc.errors import ExpiredTokenError, InvalidClaimError, JoseError
from joserfc.jwk import ECKey, KeySet, OKPKey, RSAKey

from cims.auth.keys import KeyStore, store_for
from cims.auth.policy import is_branch_bound, known_roles, permissions_for
from cims.auth.settings import AuthSettings, is_loopback_http
from cims.domain.actor import Actor
from cims.models import Branch

log = logging.getLogger(__name__)

TOKEN_INVALID = "TOKEN_INVALID"
TOKEN_EXPIRED = "TOKEN_EXPIRED"
UNTRUSTED_ISSUER = "UNTRUSTED_ISSUER"
ISSUER_UNAVAILABLE = "ISSUER_UNAVAILABLE"
BRANCH_REQUIRED = "BRANCH_REQUIRED"

MAX_TOKEN_BYTES = 16 * 1024
MAX_DOCUMENT_BYTES = 512 * 1024
# Header parameters that carry or point at a key: trusting one would let the
# token choose the key that verifies it.
KEY_HEADERS = frozenset({"jwk", "jku", "x5u", "x5c", "x5t", "x5t#S256"})
ACCESS_TOKEN_TYPES = frozenset({"at+jwt", "application/at+jwt"})
ID_TOKEN_CLAIMS = ("nonce", "at_hash", "c_hash", "s_hash")


class InvalidToken(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class Claims:
    """A validated access token, reduced to what the API uses (``raw`` has all)."""

    issuer: str
    subject: str
    roles: frozenset[str]
    branch: str | int | None
    client_id: str | None
    scope: frozenset[str]
    expires_at: int
    token_id: str | None
    raw: Mapping[str, Any] = field(repr=False, compare=False)
    # When the token was issued (``iat``); None when it does not say.
    issued_at: int | None = None


class KeySource(Protocol):
    async def fetch(self) -> KeySet: ...


class LocalKeys:
    """The embedded provider's public keys, straight from the data folder."""

    def __init__(self, store: KeyStore) -> None:
        self.store = store

    async def fetch(self) -> KeySet:
        return self.store.public_key_set()


class RemoteKeys:
    """An external issuer's JWKS, found through its discovery document."""

    def __init__(
        self, issuer: str, *, transport: httpx.AsyncBaseTransport | None = None
    ) -> None:
        _require_safe_url(issuer)
        self.issuer = issuer.rstrip("/")
        self._transport = transport
        self._jwks_uri: str | None = None

    async def fetch(self) -> KeySet:
        async with httpx.AsyncClient(
            transport=self._transport, timeout=5.0, follow_redirects=False
        ) as client:
            if self._jwks_uri is None:
                self._jwks_uri = await self._discover(client)
            document = await _get_json(client, self._jwks_uri)
        return import_public_keys(document)

    async def _discover(self, client: httpx.AsyncClient) -> str:
        url = f"{self.issuer}/.well-known/openid-configuration"
        document = await _get_json(client, url)
        if document.get("issuer") != self.issuer:
            raise ValueError("discovery document names another issuer")
        jwks_uri = document.get("jwks_uri")
        if not isinstance(jwks_uri, str):
            raise ValueError("discovery document has no jwks_uri")
        _require_safe_url(jwks_uri)
        return jwks_uri


async def _get_json(client: httpx.AsyncClient, url: str) -> dict:
    response = await client.get(url, headers={"Accept": "application/json"})
    response.raise_for_status()
    if len(response.content) > MAX_DOCUMENT_BYTES:
        raise ValueError("document too large")
    document = response.json()
    if not isinstance(document, dict):
        raise ValueError("document is not a JSON object")
    return document


def _require_safe_url(url: str) -> None:
    if not (url.startswith("https://") or is_loopback_http(url)):
        raise ValueError("issuer URLs must use https (plain http on loopback only)")


def import_public_keys(document: Mapping[str, Any]) -> KeySet:
    """The usable public signing keys of a JWKS; symmetric and odd keys dropped."""
    keys = []
    for entry in document.get("keys", []):
        if (
            entry.get("kty") not in {"RSA", "EC", "OKP"}
            or entry.get("use", "sig") != "sig"
        ):
            continue
        if not isinstance(entry.get("kid"), str):
            continue
        public = {
            k: v for k, v in entry.items() if k not in {"d", "p", "q", "dp", "dq", "qi"}
        }
        try:
            keys.append(_import_key(public))
        except (JoseError, ValueError, TypeError):
            log.warning(
                "skipped a JWKS key that does not import", extra={"kid": entry["kid"]}
            )
    return KeySet(keys)


def _import_key(data: dict):
    kinds = {"RSA": RSAKey, "EC": ECKey, "OKP": OKPKey}
    return kinds[data["kty"]].import_key(data)


class JwksCache:
    """Keys of one issuer, fetched again on an unknown key ID at most once per
    ``min_interval`` seconds, and in any case once ``max_age`` seconds old."""

    def __init__(
        self,
        source: KeySource,
        *,
        min_interval: float,
        max_age: float = 3600.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.source = source
        self.min_interval = min_interval
        self.max_age = max_age
        self.clock = clock
        self.fetches = 0
        self._keys: KeySet | None = None
        self._fetched_at: float | None = None
        self._lock = asyncio.Lock()

    async def key(self, kid: str):
        if self._keys is None or self._age() >= self.max_age:
            await self._refresh()
        found = self._find(kid)
        if found is None and self._age() >= self.min_interval:
            await self._refresh()
            found = self._find(kid)
        return found

    def _age(self) -> float:
        if self._fetched_at is None:
            return float("inf")
        return self.clock() - self._fetched_at

    def _find(self, kid: str):
        if self._keys is None:
            return None
        return next((key for key in self._keys.keys if key.kid == kid), None)

    async def _refresh(self) -> None:
        async with self._lock:
            # Whoever waited on the lock finds the keys just fetched and goes on.
            if self._age() < self.min_interval:
                return
            self._fetched_at = self.clock()
            self.fetches += 1
            try:
                self._keys = await self.source.fetch()
            except (httpx.HTTPError, ValueError, JoseError) as error:
                log.warning("fetching signing keys failed: %s", type(error).__name__)
                if self._keys is None:
                    raise InvalidToken(
                        ISSUER_UNAVAILABLE, "Issuer keys unavailable"
                    ) from None


@dataclass
class TrustedIssuer:
    issuer: str
    audience: str
    keys: JwksCache
    roles_claims: tuple[str, ...] = ("roles",)
    role_map: Mapping[str, str] = field(default_factory=dict)
    branch_claim: str = "branch"
    # The embedded provider always types its access tokens (RFC 9068); many
    # external providers (Keycloak) send "JWT" or nothing.
    require_access_token_type: bool = False


@dataclass(frozen=True)
class _Verified:
    """What a verified token's signature settled: who vouches for it (the issuer
    and the very key object that verified it) and what it says."""

    trusted: TrustedIssuer
    kid: str
    key: Any
    payload: Mapping[str, Any] = field(repr=False)
    claims: Claims = field(repr=False)


class VerifiedTokens:
    """Tokens whose signature was verified, by the SHA-256 of the token.

    The security argument. Everything ``TokenValidator.validate`` decides about a
    token falls in two parts:

    - what depends only on the token's bytes and on the key that verified it: the
      header's checks (algorithm allow-list, no key-carrying or ``crit`` headers,
      a ``kid``), the issuer being trusted, the token type, the algorithm fitting
      the key, and the signature. A validator's issuers and algorithms are fixed
      when it is made, so for the same bytes and the same key object these give
      the same answer every time; that answer is what is remembered here, and
      only when it was "valid" (refusals are not remembered).
    - what depends on the clock: ``exp``, ``nbf`` and ``iat`` with the leeway; and,
      checked with them by the same registry, ``iss``, ``aud``, ``sub`` and the
      ID-token markers. These are checked again on every request, remembered or
      not, so a remembered token is refused the moment an unremembered one would
      be (and is then forgotten).

    A remembered token is used only while its issuer's key ring gives, for its
    ``kid``, the same key object that verified it: a refetched or rotated key
    ring (a new key set object), a key withdrawn from it, or a validator made
    anew (``configure``) all lead to the full check again. The ring is consulted
    on every request as before, so its refresh on age still happens.

    Only a digest of the token is kept, never the token; two tokens share a
    digest only by breaking SHA-256. At most ``max_entries`` tokens are kept:
    when full, tokens past their ``exp`` are dropped first, then the oldest. So
    a flood of tokens costs memory bounded by the limit and, as before, a full
    verification each; it cannot make a token valid that would not be.
    """

    def __init__(self, max_entries: int = 1024) -> None:
        if max_entries < 1:
            raise ValueError("max_entries must be at least 1")
        self.max_entries = max_entries
        self._entries: dict[bytes, _Verified] = {}

    def __len__(self) -> int:
        return len(self._entries)

    @staticmethod
    def digest(token: str) -> bytes:
        return hashlib.sha256(token.encode("utf-8", "surrogatepass")).digest()

    def get(self, digest: bytes) -> _Verified | None:
        return self._entries.get(digest)

    def forget(self, digest: bytes) -> None:
        self._entries.pop(digest, None)

    def remember(self, digest: bytes, verified: _Verified, now: int) -> None:
        entries = self._entries
        if digest not in entries and len(entries) >= self.max_entries:
            for old in [d for d, v in entries.items() if v.claims.expires_at < now]:
                del entries[old]
            while len(entries) >= self.max_entries:
                del entries[next(iter(entries))]
        entries[digest] = verified


class TokenValidator:
    def __init__(
        self,
        issuers: list[TrustedIssuer],
        *,
        algorithms: tuple[str, ...] = ("RS256", "PS256", "ES256"),
        leeway: int = 60,
        now: Callable[[], int] | None = None,
        remembered: int = 1024,
    ) -> None:
        self.issuers = {issuer.issuer: issuer for issuer in issuers}
        if len(self.issuers) != len(issuers):
            raise ValueError("two trusted issuers share one issuer URL")
        self.algorithms = tuple(a for a in algorithms if not _is_forbidden(a))
        self.leeway = leeway
        self._now = now
        self._branch_ids: dict[str | int, int] = {}
        # One claims registry per issuer and audience, made on first use: it holds
        # the expected values and reads the clock (``now``, else the time) each
        # time it validates.
        self._registries: dict[tuple[str, str], jwt.JWTClaimsRegistry] = {}
        self.verified = VerifiedTokens(remembered)

    @classmethod
    def from_settings(cls, settings: AuthSettings) -> TokenValidator:
        issuers = []
        if settings.embedded:
            issuers.append(embedded_issuer(settings))
        if settings.external_issuer:
            issuers.append(external_issuer(settings))
        return cls(issuers, algorithms=settings.algorithms, leeway=settings.leeway)

    async def validate(self, token: str) -> Claims:
        digest = None
        if len(token) <= MAX_TOKEN_BYTES:
            digest = self.verified.digest(token)
            known = self.verified.get(digest)
            if known is not None:
                if await known.trusted.keys.key(known.kid) is known.key:
                    try:
                        self._check_claims(known.payload, known.trusted)
                    except InvalidToken:
                        self.verified.forget(digest)
                        raise
                    return known.claims
                self.verified.forget(digest)  # the key ring changed: check it all
        header, payload = _peek(token)
        alg = self._check_header(header)
        trusted = self.issuers.get(payload.get("iss"))
        if trusted is None:
            raise InvalidToken(UNTRUSTED_ISSUER, "Token issuer is not trusted")
        _check_type(header, trusted)
        key = await trusted.keys.key(header["kid"])
        if key is None:
            raise InvalidToken(TOKEN_INVALID, "Token signed with an unknown key")
        # Read-only: the same claims answer every request that brings this token.
        claims = MappingProxyType(self._verify(token, key, alg))
        self._check_claims(claims, trusted)
        result = _to_claims(claims, trusted)
        if digest is not None:
            verified = _Verified(trusted, header["kid"], key, claims, result)
            now = self._now() if self._now else int(time.time())
            self.verified.remember(digest, verified, now)
        return result

    async def actor_from_authorization(
        self,
        header: str | None,
        *,
        request_id: str | None = None,
        client_address: str | None = None,
    ) -> Actor | None:
        """The actor a request's ``Authorization`` header names; None without one."""
        if not header:
            return None
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise InvalidToken(TOKEN_INVALID, "Expected a Bearer token")
        claims = await self.validate(token.strip())
        branch_id = await self._branch_id(claims)
        return Actor(
            subject=claims.subject,
            roles=claims.roles,
            permissions=permissions_for(claims.roles),
            branch_id=branch_id,
            request_id=request_id,
            client_address=client_address,
            extra=_actor_extra(claims),
        )

    def _check_header(self, header: Mapping[str, Any]) -> str:
        alg = header.get("alg")
        if alg not in self.algorithms:
            raise InvalidToken(TOKEN_INVALID, "Token algorithm is not allowed")
        if KEY_HEADERS.intersection(header) or "crit" in header:
            raise InvalidToken(TOKEN_INVALID, "Token header parameters are not allowed")
        if not isinstance(header.get("kid"), str):
            raise InvalidToken(TOKEN_INVALID, "Token names no key")
        return alg

    def _verify(self, token: str, key, alg: str) -> dict:
        if key.alg not in (None, alg) or key.get("use", "sig") != "sig":
            raise InvalidToken(TOKEN_INVALID, "Token algorithm does not match its key")
        try:
            return dict(jwt.decode(token, key, algorithms=[alg]).claims)
        except (JoseError, ValueError):
            raise InvalidToken(TOKEN_INVALID, "Token signature is invalid") from None

    def _check_claims(self, claims: Mapping[str, Any], trusted: TrustedIssuer) -> None:
        registry = self._registries.get((trusted.issuer, trusted.audience))
        if registry is None:
            registry = self._registries[(trusted.issuer, trusted.audience)] = (
                jwt.JWTClaimsRegistry(
                    now=self._now,
                    leeway=self.leeway,
                    iss={"essential": True, "value": trusted.issuer},
                    aud={"essential": True, "value": trusted.audience},
                    sub={"essential": True},
                    exp={"essential": True},
                )
            )
        try:
            registry.validate(claims)
        except ExpiredTokenError:
            raise InvalidToken(TOKEN_EXPIRED, "Token has expired") from None
        except InvalidClaimError as error:
            raise InvalidToken(TOKEN_INVALID, _claim_message(error)) from None
        except JoseError:
            raise InvalidToken(TOKEN_INVALID, "Token lacks a required claim") from None
        if any(name in claims for name in ID_TOKEN_CLAIMS) or claims.get("typ") == "ID":
            raise InvalidToken(TOKEN_INVALID, "An ID token is not an access token")

    async def _branch_id(self, claims: Claims) -> int | None:
        if not is_branch_bound(claims.roles):
            return None
        branch_id = None
        if claims.branch is not None:
            branch_id = await self._resolve_branch(claims.branch)
        if branch_id is None:
            raise InvalidToken(BRANCH_REQUIRED, "A branch role needs a known branch")
        return branch_id

    async def _resolve_branch(self, value: str | int) -> int | None:
        # Branch codes never change hands, so a found one is cached for good; a
        # missing one is looked up again, as the branch may be created later.
        if value not in self._branch_ids:
            branch_id = await _lookup_branch(value)
            if branch_id is None:
                return None
            self._branch_ids[value] = branch_id
        return self._branch_ids[value]


async def _lookup_branch(value: str | int) -> int | None:
    query = (
        Branch.filter(id=value) if isinstance(value, int) else Branch.filter(code=value)
    )
    branch = await query.first()
    return branch.id if branch else None


def _peek(token: str) -> tuple[dict, dict]:
    """Header and payload of a compact JWS, not yet verified."""
    raw = token.encode("ascii", "replace")
    if len(raw) > MAX_TOKEN_BYTES or raw.count(b".") != 2:
        raise InvalidToken(TOKEN_INVALID, "Token is not a signed JWT")
    try:
        obj = jws.extract_compact(raw)
        payload = json.loads(obj.payload)
    except (JoseError, ValueError, TypeError):
        raise InvalidToken(TOKEN_INVALID, "Token is not a signed JWT") from None
    if not isinstance(payload, dict):
        raise InvalidToken(TOKEN_INVALID, "Token payload is not an object")
    return dict(obj.headers()), payload


def _check_type(header: Mapping[str, Any], trusted: TrustedIssuer) -> None:
    typ = header.get("typ")
    typ = typ.lower() if isinstance(typ, str) else typ
    if trusted.require_access_token_type and typ not in ACCESS_TOKEN_TYPES:
        raise InvalidToken(TOKEN_INVALID, "Token is not an access token")
    if typ is not None and typ not in ACCESS_TOKEN_TYPES | {"jwt"}:
        raise InvalidToken(TOKEN_INVALID, "Token is not an access token")


def _is_forbidden(alg: str) -> bool:
    return alg == "none" or alg.upper().startswith("HS")


def _claim_message(error: InvalidClaimError) -> str:
    if "nbf" in str(error) or "iat" in str(error):
        return "Token is not yet valid"
    if "aud" in str(error):
        return "Token is meant for another audience"
    return "Token has an invalid claim"


def claim_at(claims: Mapping[str, Any], path: str) -> Any:
    """The value at a dotted path (``realm_access.roles``); ``/`` separates the
    segments instead when a segment itself has dots (``resource_access/a.b/roles``)."""
    value: Any = claims
    for part in path.split("/" if "/" in path else "."):
        if not isinstance(value, Mapping):
            return None
        value = value.get(part)
    return value


def roles_from(claims: Mapping[str, Any], trusted: TrustedIssuer) -> frozenset[str]:
    found: set[str] = set()
    for path in trusted.roles_claims:
        value = claim_at(claims, path)
        if isinstance(value, str):
            value = value.split()
        if isinstance(value, list):
            found.update(item for item in value if isinstance(item, str))
    return known_roles(trusted.role_map.get(role, role) for role in found)


def _to_claims(claims: Mapping[str, Any], trusted: TrustedIssuer) -> Claims:
    branch = claim_at(claims, trusted.branch_claim)
    scope = claims.get("scope")
    return Claims(
        issuer=trusted.issuer,
        subject=claims["sub"],
        roles=roles_from(claims, trusted),
        branch=branch if isinstance(branch, (str, int)) and branch != "" else None,
        client_id=claims.get("client_id") or claims.get("azp"),
        scope=frozenset(scope.split()) if isinstance(scope, str) else frozenset(),
        expires_at=int(claims["exp"]),
        token_id=claims.get("jti"),
        raw=claims,
        issued_at=_whole_seconds(claims.get("iat")),
    )


def _whole_seconds(value: Any) -> int | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return int(value)


def _actor_extra(claims: Claims) -> dict:
    return {
        "issuer": claims.issuer,
        "client_id": claims.client_id,
        "token_id": claims.token_id,
        "expires_at": claims.expires_at,
        # Compared with its account's latest change (cims.auth.revocation).
        "issued_at": claims.issued_at,
        # Shown back to the user by ``me`` when no local account holds the subject.
        "username": _text(claims.raw.get("preferred_username")),
        "name": _text(claims.raw.get("name")),
    }


def _text(value: Any) -> str | None:
    return value[:100] if isinstance(value, str) and value else None


def embedded_issuer(settings: AuthSettings) -> TrustedIssuer:
    store = store_for(settings.key_dir, settings.signing_alg)
    return TrustedIssuer(
        issuer=settings.issuer,
        audience=settings.audience,
        keys=JwksCache(LocalKeys(store), min_interval=1.0, max_age=60.0),
        roles_claims=("roles",),
        branch_claim="branch",
        require_access_token_type=True,
    )


def external_issuer(settings: AuthSettings) -> TrustedIssuer:
    source = RemoteKeys(settings.external_issuer)
    cache = JwksCache(
        source, min_interval=settings.jwks_min_interval, max_age=settings.jwks_max_age
    )
    return TrustedIssuer(
        issuer=settings.external_issuer,
        audience=settings.audience,
        keys=cache,
        roles_claims=settings.roles_claims,
        role_map=settings.role_map,
        branch_claim=settings.branch_claim,
    )


_default: TokenValidator | None = None


def configure(validator: TokenValidator | None) -> None:
    """Set the validator :func:`actor_from_authorization` uses (None: from settings)."""
    global _default
    _default = validator


def default_validator() -> TokenValidator:
    global _default
    if _default is None:
        from cims.config import get_settings

        _default = TokenValidator.from_settings(
            AuthSettings.from_settings(get_settings())
        )
    return _default


async def validate(token: str) -> Claims:
    return await default_validator().validate(token)


async def actor_from_authorization(
    header: str | None,
    *,
    request_id: str | None = None,
    client_address: str | None = None,
) -> Actor | None:
    return await default_validator().actor_from_authorization(
        header, request_id=request_id, client_address=client_address
    )
