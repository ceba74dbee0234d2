"""One place that turns a user's mistake at the shell into one line on stderr.

Every ``cims`` sub-command, whichever ``*_commands`` module defines it, runs
through :func:`run`: a refused input (a duplicate username, an unknown role, a
branch role without a branch, a missing file or data folder, an unreachable
database) prints ``cims: <what is wrong>`` and exits with status 2, without a
traceback. Anything else is a bug, and keeps its traceback.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from tortoise.exceptions import (
    ConfigurationError,
    DoesNotExist,
    IntegrityError,
    OperationalError,
)

from cims.domain.errors import DomainError, ValidationFailed

USER_ERROR = 2


def explain(error: BaseException) -> str | None:
    """The one line a user needs, or None when ``error`` is not their mistake."""
    if isinstance(error, ValidationFailed):
        return "; ".join(f"{p.field}: {p.message}" for p in error.problems)
    if isinstance(error, DomainError):
        return error.message
    if isinstance(error, IntegrityError):
        # A unique value taken between our check and the insert, or never checked.
        return "that already exists (a unique value is taken)"
    if isinstance(error, DoesNotExist):
        return "not found"
    if isinstance(error, (ConfigurationError, OperationalError)):
        return f"the database cannot be used: {_first_line(error)}"
    if isinstance(error, ConnectionError):
        return "the database cannot be reached (CIMS_DATABASE_URL)"
    if isinstance(error, OSError) and error.filename is not None:
        return f"{error.strerror or 'cannot use'}: {error.filename}"
    return None


def run(command: Callable[[], int | None], stderr=None) -> int:
    """Run ``command``; a user's mistake becomes one line and status 2."""
    try:
        return command() or 0
    except Exception as error:  # noqa: BLE001 - re-raised unless it is explained
        line = explain(error)
        if line is None:
            raise
        print(f"cims: {line}", file=stderr or sys.stderr)
        return USER_ERROR


def _first_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return text[0][:200] if text else type(error).__name__
