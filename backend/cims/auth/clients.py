"""OAuth clients: the SPA, mobile apps (public, PKCE) and service accounts.

A service account is a confidential client that signs in with its secret
(client credentials) and acts with the roles and branch recorded here. Its
secret is shown once, at creation; only its SHA-256 digest is kept, which is
enough for a 256-bit random value.
"""

from __future__ import annotations

import hmac
import logging
import secrets
from dataclasses import dataclass
from urllib.parse import urlsplit

from authlib.oauth2.rfc6749 import ClientMixin, scope_to_list

from cims.auth.accounts import known_branch, require
from cims.auth.held import held_clients
from cims.auth.policy import ROLES, is_branch_bound
from cims.auth.settings import AuthSettings
from cims.auth.tokens import digest
from cims.domain.actor import Actor
from cims.domain.errors import NotFound, ValidationFailed
from cims.models import Branch, OAuthClient

log = logging.getLogger(__name__)

SPA_SCOPE = "openid profile"
PUBLIC_GRANTS = ["authorization_code", "refresh_token"]
SERVICE_GRANTS = ["client_credentials"]
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "[::1]")


@dataclass(frozen=True)
class NewClient:
    client: OAuthClient
    secret: str | None


async def create_service_client(
    actor: Actor,
    *,
    name: str,
    roles: list[str],
    branch_code: str | None = None,
    trusted_documents_only: bool = False,
) -> NewClient:
    require(actor, "staff.manage")
    _check_roles(roles)
    branch = await _branch(branch_code, roles)
    secret = secrets.token_urlsafe(32)
    client = await OAuthClient.create(
        client_id=f"svc-{secrets.token_hex(8)}",
        name=name,
        secret_hash=digest(secret),
        grant_types=SERVICE_GRANTS,
        roles=sorted(set(roles)),
        branch=branch,
        trusted_documents_only=trusted_documents_only,
    )
    log.info("service client created", extra={"client_id": client.client_id})
    if trusted_documents_only:
        await held_clients.refresh()
    return NewClient(client, secret)


async def create_public_client(
    actor: Actor,
    *,
    name: str,
    redirect_uris: list[str],
    client_id: str | None = None,
    trusted_documents_only: bool = False,
) -> NewClient:
    """A mobile or desktop app: no secret, authorization code with PKCE only."""
    require(actor, "staff.manage")
    for uri in redirect_uris:
        _check_redirect_uri(uri)
    client = await OAuthClient.create(
        client_id=client_id or f"app-{secrets.token_hex(8)}",
        name=name,
        redirect_uris=redirect_uris,
        grant_types=PUBLIC_GRANTS,
        scope=SPA_SCOPE,
        trusted_documents_only=trusted_documents_only,
    )
    log.info("public client created", extra={"client_id": client.client_id})
    if trusted_documents_only:
        await held_clients.refresh()
    return NewClient(client, None)


def _check_roles(roles: list[str]) -> None:
    unknown = sorted(set(roles) - set(ROLES))
    if not roles or unknown:
        message = f"unknown roles: {', '.join(unknown)}" if unknown else "no role"
        raise ValidationFailed.one("roles", "INVALID", message)


def _check_redirect_uri(uri: str) -> None:
    parts = urlsplit(uri)
    if (
        parts.fragment
        or not parts.scheme
        or (parts.scheme == "http" and not _loopback(uri))
    ):
        raise ValidationFailed.one(
            "redirect_uri",
            "INVALID",
            "https, loopback http or an app scheme, no fragment",
        )


async def _branch(branch_code: str | None, roles: list[str]) -> Branch | None:
    if branch_code is None:
        if is_branch_bound(roles):
            # A branch role without a branch would see no customer, or, were the
            # scope ever read as "no branch, no limit", every one.
            raise ValidationFailed.one(
                "branch", "REQUIRED", "A branch-bound role needs --branch"
            )
        return None
    return await known_branch(branch_code)


async def revoke_client(actor: Actor, client_id: str) -> None:
    require(actor, "staff.manage")
    if not await OAuthClient.filter(client_id=client_id).update(active=False):
        raise NotFound("Client")
    log.info("client revoked", extra={"client_id": client_id})


async def hold_to_trusted_documents(
    actor: Actor, client_id: str, held: bool, *, spa_client_id: str
) -> None:
    """Hold a client's tokens to trusted documents (or let them go). The web
    app's client is never held: the SPA sends its operations as text."""
    require(actor, "staff.manage")
    if held and client_id == spa_client_id:
        raise ValidationFailed.one(
            "client_id", "INVALID", "The web app's client sends its operations as text"
        )
    changed = await OAuthClient.filter(client_id=client_id).update(
        trusted_documents_only=held
    )
    if not changed:
        raise NotFound("Client")
    log.info(
        "client hold on trusted documents changed",
        extra={"client_id": client_id, "trusted_documents_only": held},
    )
    await held_clients.refresh()


async def ensure_spa_client(settings: AuthSettings) -> OAuthClient:
    """Register (or bring up to date) the SPA's public client."""
    redirects = [f"{settings.issuer}/auth/callback"]
    logouts = [f"{settings.issuer}/"]
    if settings.is_development:
        redirects += [f"http://{h}:*/auth/callback" for h in LOOPBACK_HOSTS]
        logouts += [f"http://{h}:*/" for h in LOOPBACK_HOSTS]
    client, _ = await OAuthClient.update_or_create(
        defaults={
            "name": "CIMS web app",
            "redirect_uris": redirects,
            "post_logout_redirect_uris": logouts,
            "grant_types": PUBLIC_GRANTS,
            "scope": SPA_SCOPE,
            "secret_hash": None,
            "active": True,
            "trusted_documents_only": False,
        },
        client_id=settings.spa_client_id,
    )
    return client


def redirect_uri_matches(registered: str, requested: str) -> bool:
    """Exact match, except that a registered loopback URI with port ``*`` accepts
    any port (RFC 8252, section 7.3: native apps and dev servers pick their own)."""
    if registered == requested:
        return True
    if ":*/" not in registered or not _loopback(requested):
        return False
    prefix, _, path = registered.partition(":*/")
    req = urlsplit(requested)
    try:
        port = req.port
    except ValueError:
        return False
    host = f"{req.scheme}://{req.netloc.rsplit(':', 1)[0]}"
    same_place = prefix == host and req.path == "/" + path
    return same_place and port is not None and not req.query and not req.fragment


def _loopback(uri: str) -> bool:
    parts = urlsplit(uri)
    return parts.scheme == "http" and parts.hostname in {
        "127.0.0.1",
        "localhost",
        "::1",
    }


class Client(ClientMixin):
    """An ``OAuthClient`` row as Authlib expects a client to behave."""

    def __init__(self, row: OAuthClient, branch_code: str | None = None) -> None:
        self.row = row
        self.client_id = row.client_id
        self.branch_code = branch_code
        self.client_metadata = {
            "post_logout_redirect_uris": row.post_logout_redirect_uris
        }

    @property
    def is_public(self) -> bool:
        return self.row.secret_hash is None

    @property
    def roles(self) -> list[str]:
        return list(self.row.roles)

    def get_client_id(self) -> str:
        return self.row.client_id

    def get_default_redirect_uri(self) -> str | None:
        # No default: every authorization request names its redirect URI.
        return None

    def get_allowed_scope(self, scope: str | None) -> str:
        allowed = scope_to_list(self.row.scope) or []
        if not scope:
            return " ".join(allowed)
        return " ".join(s for s in scope_to_list(scope) if s in allowed)

    def check_redirect_uri(self, redirect_uri: str) -> bool:
        return any(
            redirect_uri_matches(r, redirect_uri) for r in self.row.redirect_uris
        )

    def check_post_logout_redirect_uri(self, uri: str) -> bool:
        return any(
            redirect_uri_matches(r, uri) for r in self.row.post_logout_redirect_uris
        )

    def check_client_secret(self, client_secret: str) -> bool:
        if self.row.secret_hash is None:
            return False
        return hmac.compare_digest(self.row.secret_hash, digest(client_secret))

    def check_endpoint_auth_method(self, method: str, endpoint: str) -> bool:
        if self.is_public:
            return method == "none"
        return method in {"client_secret_basic", "client_secret_post"}

    def check_response_type(self, response_type: str) -> bool:
        return response_type == "code" and "authorization_code" in self.row.grant_types

    def check_grant_type(self, grant_type: str) -> bool:
        return grant_type in self.row.grant_types


async def load_client(client_id: str) -> Client | None:
    row = await OAuthClient.get_or_none(
        client_id=client_id, active=True
    ).select_related("branch")
    if row is None:
        return None
    return Client(row, row.branch.code if row.branch else None)
