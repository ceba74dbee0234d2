"""The embedded provider's Authlib authorization server, run under Starlette.

Authlib's server is synchronous and Tortoise is asynchronous. Each OAuth request
therefore runs Authlib's code in a worker thread, and the few callbacks that need
the database hand a coroutine back to the event loop and wait for it
(``Server.run``). The loop stays free meanwhile, and the worker carries the
request's context variables, so the coroutines see the same database context.

What Authlib provides here: request validation, client authentication, the
authorization-code, refresh-token and client-credentials grants, PKCE (narrowed
to S256 and made mandatory), OpenID ID tokens, RFC 9068 JWT access tokens,
token revocation and RP-initiated logout.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import anyio
from authlib.common.security import generate_token
from authlib.oauth2.rfc6749 import (
    AuthorizationServer,
    InvalidClientError,
    InvalidGrantError,
    InvalidRequestError,
    OAuth2Payload,
    OAuth2Request,
    grants,
)
from authlib.oauth2.rfc7009 import RevocationEndpoint
from authlib.oauth2.rfc7636 import CodeChallenge
from authlib.oauth2.rfc7636.challenge import compare_s256_code_challenge
from authlib.oauth2.rfc9068 import JWTBearerTokenGenerator
from authlib.oidc.core import UserInfo
from authlib.oidc.core.grants import OpenIDCode
from authlib.oidc.rpinitiated import EndSessionEndpoint
from joserfc.jwk import KeySet
from starlette.responses import Response

from cims.auth import sessions, tokens
from cims.auth.accounts import usable_staff
from cims.auth.clients import Client, load_client
from cims.auth.keys import KeyStore
from cims.auth.settings import AuthSettings
from cims.models import AuthorizationCode, RefreshToken, StaffMember

log = logging.getLogger(__name__)
# Authlib logs whole token responses at DEBUG; tokens must never reach the logs,
# whatever level the root logger is set to.
logging.getLogger("authlib").setLevel(logging.INFO)

SCOPES = ["openid", "profile"]
ID_TOKEN_TTL = 600
# A worker thread waits this long for the database before giving up.
DB_TIMEOUT = 30.0


@dataclass
class Principal:
    """The signed-in staff member as Authlib carries it through a grant."""

    staff: StaffMember
    auth_time: int
    amr: list[str]
    session_key: str | None = None

    def get_user_id(self) -> str:
        return self.staff.subject

    @property
    def branch_code(self) -> str | None:
        branch = self.staff.branch
        return branch.code if branch else None


class _Payload(OAuth2Payload):
    def __init__(self, items: list[tuple[str, str]]) -> None:
        self._datalist: dict[str, list[str]] = defaultdict(list)
        for key, value in items:
            self._datalist[key].append(value)
        self._data = {key: values[0] for key, values in self._datalist.items()}

    @property
    def data(self) -> dict[str, str]:
        return self._data

    @property
    def datalist(self) -> dict[str, list[str]]:
        return self._datalist


class OAuthRequest(OAuth2Request):
    """A Starlette request, already read, in the shape Authlib expects."""

    def __init__(
        self,
        method: str,
        uri: str,
        headers,
        items: list[tuple[str, str]],
        session_key: str | None = None,
    ) -> None:
        super().__init__(method, uri, headers=headers)
        self.payload = _Payload(items)
        self.session_key = session_key

    @property
    def args(self) -> dict[str, str]:
        return self.payload.data

    @property
    def form(self) -> dict[str, str]:
        return self.payload.data


class CodeRecord:
    """An authorization code row as Authlib's grant and PKCE check read it."""

    def __init__(self, row: AuthorizationCode) -> None:
        self.row = row
        self.code_challenge = row.code_challenge
        self.code_challenge_method = row.code_challenge_method

    def get_redirect_uri(self) -> str:
        return self.row.redirect_uri

    def get_scope(self) -> str:
        return self.row.scope

    def get_nonce(self) -> str | None:
        return self.row.nonce

    def get_auth_time(self) -> int:
        return self.row.auth_time

    def get_acr(self) -> str | None:
        return None

    def get_amr(self) -> list[str]:
        return list(self.row.amr)


class RefreshRecord:
    def __init__(self, row: RefreshToken) -> None:
        self.row = row

    def check_client(self, client: Client) -> bool:
        return self.row.client_id == client.get_client_id()

    def get_scope(self) -> str:
        return self.row.scope


class S256Only(CodeChallenge):
    """PKCE, required on every authorization request, with S256 only: ``plain``
    would hand the verifier to anyone who sees the authorization request."""

    SUPPORTED_CODE_CHALLENGE_METHOD = ["S256"]
    DEFAULT_CODE_CHALLENGE_METHOD = "S256"
    CODE_CHALLENGE_METHODS = {"S256": compare_s256_code_challenge}

    def validate_code_challenge(self, grant, redirect_uri):
        data = grant.request.payload.data
        if not data.get("code_challenge"):
            raise InvalidRequestError("PKCE is required: send a code_challenge")
        if data.get("code_challenge_method") != "S256":
            raise InvalidRequestError("Only code_challenge_method=S256 is accepted")
        super().validate_code_challenge(grant, redirect_uri)


class CodeGrant(grants.AuthorizationCodeGrant):
    TOKEN_ENDPOINT_AUTH_METHODS = ["none", "client_secret_basic", "client_secret_post"]

    def save_authorization_code(self, code: str, request: OAuthRequest) -> None:
        user: Principal = request.user
        data = request.payload.data
        saving = tokens.save_code(
            code,
            client_id=request.client.get_client_id(),
            staff_id=user.staff.id,
            redirect_uri=request.payload.redirect_uri,
            scope=request.scope or "",
            nonce=data.get("nonce"),
            code_challenge=data["code_challenge"],
            code_challenge_method="S256",
            auth_time=user.auth_time,
            amr=user.amr,
            session_key=user.session_key,
        )
        self.server.run(saving)

    def query_authorization_code(self, code: str, client: Client) -> CodeRecord | None:
        row = self.server.run(tokens.consume_code(code, client.get_client_id()))
        return CodeRecord(row) if row else None

    def delete_authorization_code(self, authorization_code: CodeRecord) -> None:
        """Nothing to do: the code was marked used when it was looked up."""

    def authenticate_user(self, authorization_code: CodeRecord) -> Principal:
        row = authorization_code.row
        return self.server.principal(
            row.staff_id, row.auth_time, row.amr, row.session_key
        )


class RefreshGrant(grants.RefreshTokenGrant):
    TOKEN_ENDPOINT_AUTH_METHODS = ["none", "client_secret_basic", "client_secret_post"]
    INCLUDE_NEW_REFRESH_TOKEN = True

    def authenticate_refresh_token(self, refresh_token: str) -> RefreshRecord | None:
        row = self.server.run(tokens.consume_refresh(refresh_token))
        return RefreshRecord(row) if row else None

    def authenticate_user(self, refresh_token: RefreshRecord) -> Principal:
        row = refresh_token.row
        return self.server.principal(
            row.staff_id, row.auth_time, row.amr, row.session_key
        )

    def revoke_old_credential(self, refresh_token: RefreshRecord) -> None:
        """Nothing to do: the token was marked used when it was authenticated."""


class ServiceGrant(grants.ClientCredentialsGrant):
    TOKEN_ENDPOINT_AUTH_METHODS = ["client_secret_basic", "client_secret_post"]


class IdTokens(OpenIDCode):
    DEFAULT_EXPIRES_IN = ID_TOKEN_TTL

    def __init__(self, server: Server) -> None:
        super().__init__(require_nonce=False)
        self.server = server

    def exists_nonce(self, nonce: str, request: OAuthRequest) -> bool:
        client_id = request.payload.client_id
        query = AuthorizationCode.filter(client_id=client_id, nonce=nonce).exists()
        return self.server.run(query)

    def resolve_client_private_key(self, client):
        return self.server.store.signing_key()

    def get_client_algorithm(self, client) -> str:
        return self.server.store.signing_alg()

    def get_encode_header(self, client) -> dict:
        key = self.server.store.signing_key()
        return {"alg": self.get_client_algorithm(client), "kid": key.kid}

    def get_client_claims(self, client) -> dict:
        return {"iss": self.server.settings.issuer, "aud": client.get_client_id()}

    def generate_user_info(self, user: Principal, scope: str) -> UserInfo:
        return user_info(user.staff, scope)


def user_info(staff: StaffMember, scope: str) -> UserInfo:
    """Claims about a staff member: the standard ones the scope allows, plus roles."""
    claims = UserInfo(
        sub=staff.subject, name=staff.display_name, preferred_username=staff.username
    ).filter(scope)
    claims["roles"] = sorted(staff.roles)
    if staff.branch:
        claims["branch"] = staff.branch.code
    return claims


class AccessTokens(JWTBearerTokenGenerator):
    """RFC 9068 access tokens: ``typ: at+jwt``, audience the API, roles and branch."""

    def __init__(self, server: Server) -> None:
        self.server = server
        settings = server.settings
        super().__init__(
            issuer=settings.issuer,
            alg=server.store.alg,
            refresh_token_generator=lambda **_: generate_token(48),
            expires_generator=lambda client, grant_type: settings.access_token_ttl,
        )

    @property
    def alg(self) -> str:
        return self.server.store.signing_alg()

    @alg.setter
    def alg(self, value: str) -> None:
        """The key file decides the algorithm; the constructor's value is ignored."""

    def get_jwks(self) -> KeySet:
        return KeySet([self.server.store.signing_key()])

    def get_audiences(self, client, user, scope) -> str:
        return self.server.settings.audience

    def get_auth_time(self, user: Principal | None) -> int | None:
        return user.auth_time if user else None

    def get_amr(self, user: Principal | None) -> list[str] | None:
        return user.amr if user else None

    def get_extra_claims(self, client: Client, grant_type, user, scope) -> dict:
        roles = user.staff.roles if user else client.roles
        branch = user.branch_code if user else client.branch_code
        claims = {"roles": sorted(roles), "nbf": int(time.time())}
        if branch:
            claims["branch"] = branch
        return claims


class Revocation(RevocationEndpoint):
    """RFC 7009 for refresh tokens; access tokens are short-lived JWTs and are left
    to expire, since the API checks them without asking the provider."""

    CLIENT_AUTH_METHODS = ["none", "client_secret_basic", "client_secret_post"]

    def query_token(self, token_string: str, token_type_hint: str | None):
        if token_type_hint == "access_token":
            return None
        row = self.server.run(tokens.find_refresh(token_string))
        return RefreshRecord(row) if row else None

    def revoke_token(self, token: RefreshRecord, request) -> None:
        self.server.run(tokens.revoke_family(token.row.family))


class EndSession(EndSessionEndpoint):
    def get_server_jwks(self) -> KeySet:
        return self.server.store.public_key_set()

    def get_algorithms(self) -> list[str]:
        return sorted({key.alg for key in self.get_server_jwks().keys if key.alg})

    def end_session(self, end_session_request) -> None:
        self.server.run(sessions.end(end_session_request.request.session_key))

    # Authlib compares post-logout URIs exactly; the SPA's development URIs allow
    # any loopback port, so the client decides as it does for redirect URIs.
    def _is_valid_post_logout_redirect_uri(self, client: Client, uri: str) -> bool:
        return client.check_post_logout_redirect_uri(uri)


async def _wait(awaitable):
    # Tortoise queries are awaitable without being coroutines.
    return await awaitable


# The one description of a refused client authentication, whatever the reason.
CLIENT_AUTH_FAILED = "Client authentication failed"


class Server(AuthorizationServer):
    def __init__(self, settings: AuthSettings, store: KeyStore) -> None:
        super().__init__(scopes_supported=SCOPES)
        self.settings = settings
        self.store = store
        self.loop: asyncio.AbstractEventLoop | None = None
        self.register_token_generator("default", AccessTokens(self))
        self.register_grant(CodeGrant, [S256Only(required=True), IdTokens(self)])
        self.register_grant(RefreshGrant)
        self.register_grant(ServiceGrant)
        self.register_endpoint(Revocation)
        self.register_endpoint(EndSession)

    async def call(self, func, *args, **kwargs):
        """Run one of Authlib's synchronous entry points in a worker thread."""
        self.loop = asyncio.get_running_loop()
        return await anyio.to_thread.run_sync(lambda: func(*args, **kwargs))

    def run(self, awaitable):
        """From a worker thread: await ``awaitable`` on the event loop, and wait."""
        future = asyncio.run_coroutine_threadsafe(_wait(awaitable), self.loop)
        return future.result(timeout=DB_TIMEOUT)

    def principal(self, staff_id: int, auth_time: int, amr, session_key) -> Principal:
        staff = self.run(usable_staff(staff_id))
        if staff is None:
            raise InvalidGrantError("The staff account is no longer active")
        return Principal(staff, auth_time, list(amr), session_key)

    def query_client(self, client_id: str) -> Client | None:
        return self.run(load_client(client_id))

    def authenticate_client(self, request, methods, endpoint="token"):
        """Authlib's client authentication, with one answer to every failure.

        Authlib says "The client does not exist on this server." (400 over
        POST) to an unknown or revoked client ID and "The client cannot
        authenticate with methods: [...]" (401) to a wrong secret: the difference
        tells a caller which client IDs exist. Each is refused alike: 401
        ``invalid_client`` with ``CLIENT_AUTH_FAILED`` (RFC 6749 section 5.2)."""
        try:
            return super().authenticate_client(request, methods, endpoint)
        except InvalidClientError as error:
            raise InvalidClientError(
                status_code=401, description=CLIENT_AUTH_FAILED
            ) from error

    def save_token(self, token: dict, request: OAuthRequest) -> None:
        if token.get("refresh_token"):
            self.run(self._save_refresh(token, request))

    async def _save_refresh(self, token: dict, request: OAuthRequest) -> None:
        parent: RefreshRecord | None = request.refresh_token
        if parent is not None:
            family, family_expires = parent.row.family, parent.row.family_expires_at
        else:
            family = tokens.new_family()
            family_expires = datetime.now(UTC) + timedelta(
                seconds=self.settings.session_ttl
            )
        user: Principal = request.user
        async with tokens.family_lock(family):
            await tokens.save_refresh(
                token["refresh_token"],
                ttl=self.settings.refresh_token_ttl,
                family_expires_at=family_expires,
                family=family,
                client_id=request.client.get_client_id(),
                staff_id=user.staff.id,
                scope=token.get("scope", ""),
                auth_time=user.auth_time,
                amr=user.amr,
                session_key=user.session_key,
            )
            if request.authorization_code is not None:
                await tokens.link_code_family(request.authorization_code.row.id, family)
            # A reuse detected while this token was being made revoked the family
            # before the new row existed: revoke it too, and answer as for the reuse.
            reused = parent is not None and await tokens.family_revoked(family)
        if reused:
            await tokens.revoke_family(family)
            raise InvalidGrantError("The refresh token was used twice")

    def create_oauth2_request(self, request: OAuthRequest) -> OAuthRequest:
        return request

    def create_json_request(self, request: OAuthRequest) -> OAuthRequest:
        return request

    def handle_response(self, status: int, body, headers) -> Response:
        if isinstance(body, dict):
            body = json.dumps(body)
        return Response(body, status_code=status, headers=dict(headers))

    def send_signal(self, name: str, *args, **kwargs) -> None:
        """Authlib's signals are not used here."""
