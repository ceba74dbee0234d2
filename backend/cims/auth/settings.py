"""Sign-in settings, read from ``CIMS_OIDC_*`` and ``CIMS_AUTH_*`` variables.

They sit beside :mod:`cims.config` because only the auth package reads them. The
embedded provider is on unless an external issuer is configured
(``CIMS_OIDC_ISSUER``); ``CIMS_OIDC_EMBEDDED=true`` keeps both.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from cims.config import DEV_SECRET, Settings

# HMAC algorithms would let anyone holding a public key forge tokens, and "none"
# needs no key at all: neither may ever be configured.
FORBIDDEN_ALGORITHMS = frozenset({"none", "HS256", "HS384", "HS512"})
SIGNING_ALGORITHMS = ("ES256", "RS256")


def _env(name: str, default: str) -> str:
    return os.environ.get(name, default)


def _list(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(",") if part.strip())


def _role_map(value: str) -> dict[str, str]:
    """``bank-teller:teller,bank-rm:relationship_manager`` -> a dict."""
    pairs = (item.split(":", 1) for item in _list(value) if ":" in item)
    return {external.strip(): internal.strip() for external, internal in pairs}


def _flag(value: str) -> bool:
    return value.strip().lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class AuthSettings:
    public_url: str
    data_dir: Path
    secret_key: str = DEV_SECRET
    is_development: bool = True
    embedded: bool = True
    external_issuer: str = ""
    audience: str = "cims-api"
    algorithms: tuple[str, ...] = ("RS256", "PS256", "ES256")
    leeway: int = 60
    roles_claims: tuple[str, ...] = ("roles", "realm_access.roles")
    role_map: dict[str, str] = field(default_factory=dict)
    branch_claim: str = "branch"
    jwks_min_interval: float = 60.0
    jwks_max_age: float = 3600.0
    # RS256 because OpenID discovery requires it; ES256 gives smaller, faster tokens.
    signing_alg: str = "RS256"
    access_token_ttl: int = 300
    refresh_token_ttl: int = 8 * 3600
    session_ttl: int = 12 * 3600
    lockout_threshold: int = 5
    lockout_seconds: int = 900
    spa_client_id: str = "cims-spa"

    def __post_init__(self) -> None:
        bad = FORBIDDEN_ALGORITHMS.intersection(self.algorithms)
        if bad:
            raise SystemExit(f"CIMS_OIDC_ALGORITHMS may not contain {sorted(bad)}")
        if self.signing_alg not in SIGNING_ALGORITHMS:
            raise SystemExit(
                f"CIMS_OIDC_SIGNING_ALG must be one of {SIGNING_ALGORITHMS}"
            )
        if not self.is_development and not _is_https(self.public_url):
            raise SystemExit("CIMS_PUBLIC_URL must be https outside development")
        if not (_is_https(self.public_url) or is_loopback_http(self.public_url)):
            raise SystemExit("CIMS_PUBLIC_URL must be https, or http on loopback")

    @property
    def issuer(self) -> str:
        """The embedded provider's issuer: the public origin, no trailing slash."""
        return self.public_url.rstrip("/")

    @property
    def key_dir(self) -> Path:
        return self.data_dir / "oidc"

    @property
    def secure_cookies(self) -> bool:
        return self.public_url.startswith("https://")

    @classmethod
    def from_settings(cls, settings: Settings) -> AuthSettings:
        external = _env("CIMS_OIDC_ISSUER", "").rstrip("/")
        embedded_default = "false" if external else "true"
        return cls(
            public_url=settings.public_url or settings.listen_origin,
            data_dir=settings.data_dir,
            secret_key=settings.secret_key,
            is_development=settings.is_development,
            embedded=_flag(_env("CIMS_OIDC_EMBEDDED", embedded_default)),
            external_issuer=external,
            audience=_env("CIMS_OIDC_AUDIENCE", "cims-api"),
            algorithms=_list(_env("CIMS_OIDC_ALGORITHMS", "RS256,PS256,ES256")),
            leeway=int(_env("CIMS_OIDC_LEEWAY", "60")),
            roles_claims=_list(
                _env("CIMS_OIDC_ROLES_CLAIM", "roles,realm_access.roles")
            ),
            role_map=_role_map(_env("CIMS_OIDC_ROLE_MAP", "")),
            branch_claim=_env("CIMS_OIDC_BRANCH_CLAIM", "branch"),
            jwks_min_interval=float(_env("CIMS_OIDC_JWKS_MIN_INTERVAL", "60")),
            signing_alg=_env("CIMS_OIDC_SIGNING_ALG", "RS256"),
            access_token_ttl=int(_env("CIMS_OIDC_ACCESS_TOKEN_TTL", "300")),
            lockout_threshold=int(_env("CIMS_AUTH_LOCKOUT_THRESHOLD", "5")),
            lockout_seconds=int(_env("CIMS_AUTH_LOCKOUT_SECONDS", "900")),
            spa_client_id=_env("CIMS_OIDC_SPA_CLIENT_ID", "cims-spa"),
        )


def resolve(settings: Settings | AuthSettings) -> AuthSettings:
    if isinstance(settings, AuthSettings):
        return settings
    return AuthSettings.from_settings(settings)


def _is_https(url: str) -> bool:
    return urlsplit(url).scheme == "https"


def is_loopback_http(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme == "http" and parts.hostname in {
        "127.0.0.1",
        "localhost",
        "::1",
    }
