"""Logging: one line per record, JSON outside development.

Records carry IDs (request, entity), never personal data: callers pass IDs in
``extra`` and keep names, numbers and addresses out of messages.
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime

from cims.config import Settings

EXTRA_KEYS = ("request_id", "path", "migration", "entity", "entity_id", "actor")


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        line = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        line.update({k: getattr(record, k) for k in EXTRA_KEYS if hasattr(record, k)})
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False, default=str)


class TextFormatter(logging.Formatter):
    """Development's readable lines, with the same IDs as the JSON format
    (``request_id=...``) so an unexpected error can be found from its response."""

    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s %(message)s")

    def formatMessage(self, record: logging.LogRecord) -> str:  # noqa: N802 - logging's name
        line = super().formatMessage(record)
        ids = [f"{k}={getattr(record, k)}" for k in EXTRA_KEYS if hasattr(record, k)]
        return " ".join([line, *ids])


class QuietStrawberry(logging.Filter):
    """Strawberry logs every GraphQL error with the query text and variables;
    our masking extension already logs what is unexpected, with a request ID."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not record.name.startswith("strawberry")


def configure(settings: Settings) -> None:
    handler = logging.StreamHandler(sys.stderr)
    if settings.log_format == "json" or not settings.is_development:
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(TextFormatter())
    handler.addFilter(QuietStrawberry())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(settings.log_level)
    # Tortoise logs every SQL statement with its parameters at DEBUG: never on.
    logging.getLogger("tortoise").setLevel(logging.WARNING)
    logging.getLogger("aiosqlite").setLevel(logging.WARNING)
