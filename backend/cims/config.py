"""Settings, read once from ``CIMS_*`` environment variables.

Every setting has a default that runs the embedded product (SQLite in ``./var``).
Outside development the app refuses to start while a secret still has its default.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

DEV_SECRET = "dev-only-secret-change-me"


def _env(name: str, default: str) -> str:
    return os.environ.get(f"CIMS_{name}", default)


def _cpu_count() -> int:
    """The CPUs this process may run on (its affinity), where the system says."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


@dataclass(frozen=True)
class Settings:
    env: str = field(default_factory=lambda: _env("ENV", "development"))
    data_dir: Path = field(default_factory=lambda: Path(_env("DATA_DIR", "var")))
    host: str = field(default_factory=lambda: _env("HOST", "127.0.0.1"))
    port: int = field(default_factory=lambda: int(_env("PORT", "8000")))
    database_url: str = field(default_factory=lambda: _env("DATABASE_URL", ""))
    workers: int = field(default_factory=lambda: int(_env("WORKERS", "1")))
    db_pool_max: int = field(default_factory=lambda: int(_env("DB_POOL_MAX", "20")))
    # Processes that check the rows of a large import; 0 or 1 checks in the process.
    import_workers: int = field(
        default_factory=lambda: int(_env("IMPORT_WORKERS", str(_cpu_count())))
    )
    # Rows an export may carry with personal data in clear; a larger one is refused
    # (cims.domain.exporting): it is exported masked or the filter narrowed.
    export_clear_max_rows: int = field(
        default_factory=lambda: int(_env("EXPORT_CLEAR_MAX_ROWS", "1000"))
    )
    # The manifest of trusted documents (cims.api.documents); none when empty.
    trusted_documents: str = field(
        default_factory=lambda: _env("TRUSTED_DOCUMENTS", "")
    )
    secret_key: str = field(default_factory=lambda: _env("SECRET_KEY", DEV_SECRET))
    demo_seed: int = field(default_factory=lambda: int(_env("DEMO_SEED", "20261204")))
    log_format: str = field(default_factory=lambda: _env("LOG_FORMAT", ""))
    log_level: str = field(default_factory=lambda: _env("LOG_LEVEL", "INFO"))
    public_url: str = field(default_factory=lambda: _env("PUBLIC_URL", "").rstrip("/"))
    static_dir: Path = field(
        default_factory=lambda: Path(
            _env(
                "STATIC_DIR", str(Path(__file__).resolve().parents[2] / "frontend/dist")
            )
        )
    )

    @property
    def is_development(self) -> bool:
        return self.env in {"development", "test"}

    @property
    def db_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite://{self.sqlite_path}"

    @property
    def sqlite_path(self) -> Path | None:
        """The embedded database's file; None when CIMS_DATABASE_URL names one."""
        if self.database_url:
            return None
        return self.data_dir.resolve() / "cims.sqlite3"

    @property
    def listen_origin(self) -> str:
        """``http://host:port`` of ``cims serve``; a wildcard address is loopback."""
        host = "127.0.0.1" if self.host in {"0.0.0.0", "::", ""} else self.host
        if ":" in host:
            host = f"[{host}]"
        return f"http://{host}:{self.port}"

    def public_origin(self, request_origin: str | None = None) -> str:
        """Where people outside reach this product, for links sent to customers:
        ``CIMS_PUBLIC_URL`` when set, else the origin the request came to, else the
        listening address."""
        from_request = (request_origin or "").rstrip("/")
        return self.public_url or from_request or self.listen_origin

    def check(self) -> None:
        """Refuse to run outside development with a default secret."""
        if not self.is_development and self.secret_key == DEV_SECRET:
            raise SystemExit(
                "CIMS_SECRET_KEY still has its development default; "
                "set a secret of your own outside development"
            )


def get_settings() -> Settings:
    return Settings()
