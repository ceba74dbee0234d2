"""Small checks of input fields shared by the service modules (complaints, surveys,
interactions).

Each returns a ``FieldProblem`` (or, for ``enum_value``, the checked value) so that a
function can gather every problem of its input and refuse them all at once with
``raise_problems``. Field names are the API's, in camelCase.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from cims.domain.errors import FieldProblem, ValidationFailed
from cims.domain.validation import Bad, check_characters

STAFF_MAX = 64
# A clock a few minutes ahead of ours is not a time in the future.
CLOCK_SKEW = timedelta(minutes=5)


def text_problem(value: str | None, field: str, limit: int) -> FieldProblem | None:
    """Why a required free-text value is refused, or None."""
    if value is None or not value.strip():
        return FieldProblem(field, "REQUIRED", "Must not be blank")
    if len(value.strip()) > limit:
        return FieldProblem(field, "TOO_LONG", f"At most {limit} characters")
    return characters_problem(value, field)


def characters_problem(value: str | None, field: str) -> FieldProblem | None:
    """The customer form's rule for free text (``check_characters``): line breaks
    and tabs are kept, NUL, other controls and direction overrides refused."""
    if value is None:
        return None
    try:
        check_characters(value)
    except Bad as bad:
        return FieldProblem(field, bad.code, bad.message)
    return None


# A time without a zone (UTC offset) is a different instant in every zone, so none
# is guessed: the one code for it wherever a time is taken (a mutation's payload,
# a query's top-level error, a row of a file).
NO_OFFSET = "NO_OFFSET"


def time_problem(moment: datetime, field: str, now: datetime) -> FieldProblem | None:
    """Why a reported time is refused (no zone, or in the future), or None."""
    if moment.tzinfo is None:
        return FieldProblem(field, NO_OFFSET, "Must be a time with a zone")
    if moment > now + CLOCK_SKEW:
        return FieldProblem(field, "INVALID", "Must be a past time with a zone")
    return None


def zone_problem(moment: datetime | None, field: str) -> FieldProblem | None:
    """Why a bound of a period is refused: a time without a zone is a different
    instant in every zone, so none is guessed."""
    if moment is not None and moment.tzinfo is None:
        return FieldProblem(field, NO_OFFSET, "Must be a time with a zone")
    return None


def enum_value(kind: type[StrEnum], value: Any, field: str) -> StrEnum | FieldProblem:
    try:
        return kind(value)
    except ValueError:
        return FieldProblem(field, "INVALID", f"Not one of {', '.join(kind)}")


def staff_problem(value: str | None, field: str) -> FieldProblem | None:
    """Staff are named by their subject: 1 to 64 characters."""
    if value is not None and (not value.strip() or len(value.strip()) > STAFF_MAX):
        message = f"A staff ID of 1 to {STAFF_MAX} characters"
        return FieldProblem(field, "INVALID", message)
    return None


def raise_problems(values: list) -> None:
    """Raise the field problems among ``values`` (checked values pass by), if any."""
    problems = [value for value in values if isinstance(value, FieldProblem)]
    if problems:
        raise ValidationFailed(problems)
