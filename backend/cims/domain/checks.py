"""Field rules for customers, shared by every way in (form, API, import).

``customer_fields`` returns normalised values or raises ``ValidationFailed`` naming
every bad field at once. Messages never repeat the value that was refused.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal, InvalidOperation

from email_validator import EmailNotValidError, validate_email
from stdnum.cn import ric

from cims.domain.errors import FieldProblem, ValidationFailed
from cims.domain.normalize import (
    clean_text,
    has_forbidden_characters,
    normalize_id_number,
    normalize_phone,
)
from cims.models.enums import IdType

TEXT_LIMITS = {
    "full_name": 200,
    "family_name": 100,
    "given_name": 100,
    "name_latin": 200,
    "occupation": 100,
    "employer": 200,
    "education": 50,
    "address": 500,
    "relationship_manager": 64,
}
MONEY_FIELDS = ("annual_income", "assets", "liabilities")
PASSTHROUGH = (
    "kind",
    "gender",
    "id_type",
    "marital_status",
    "status",
    "kyc_status",
    "branch_id",
)
REQUIRED = ("full_name", "branch_id")
# Columns that are never empty: a null from the client means "back to the default".
DEFAULTS = {
    "kind": "individual",
    "gender": "unknown",
    "marital_status": "unknown",
    "status": "prospect",
    "kyc_status": "pending",
    "nationality": "CN",
    "currency": "CNY",
    "tags": [],
    "custom_attributes": {},
}
MAX_ATTRIBUTES_BYTES = 16_384


def invalid(field: str, code: str, message: str) -> ValidationFailed:
    return ValidationFailed.one(field, code, message)


def _text(value: str, limit: int) -> tuple[str | None, tuple[str, str] | None]:
    if has_forbidden_characters(value):
        return None, (
            "FORBIDDEN_CHARACTERS",
            "Contains control or direction characters",
        )
    cleaned = clean_text(value)
    if len(cleaned) > limit:
        return None, ("TOO_LONG", f"At most {limit} characters")
    return cleaned or None, None


def _money(value) -> tuple[Decimal | None, tuple[str, str] | None]:
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        return None, ("INVALID_AMOUNT", "Not an amount")
    if not amount.is_finite():
        return None, ("INVALID_AMOUNT", "Not an amount")
    if amount < 0:
        return None, ("NEGATIVE_AMOUNT", "Must not be negative")
    if amount.as_tuple().exponent < -2:
        return None, ("TOO_MANY_DECIMALS", "At most 2 decimal places")
    if abs(amount) >= Decimal("1e17"):
        return None, ("INVALID_AMOUNT", "Amount too large")
    return amount, None


def _id_number(value: str, id_type) -> tuple[str | None, tuple[str, str] | None]:
    number = normalize_id_number(value)
    if not number:
        return None, None
    if id_type in (None, IdType.RESIDENT_ID) and not ric.is_valid(number):
        return None, ("INVALID_ID_NUMBER", "Not a valid resident ID number")
    if len(number) > 64:
        return None, ("TOO_LONG", "At most 64 characters")
    return number, None


def _email(value: str) -> tuple[str | None, tuple[str, str] | None]:
    if not value.strip():
        return None, None
    try:
        checked = validate_email(value.strip(), check_deliverability=False)
    except EmailNotValidError:
        return None, ("INVALID_EMAIL", "Not a valid e-mail address")
    return checked.normalized.lower(), None


def _phone(value: str) -> tuple[str | None, tuple[str, str] | None]:
    if not value.strip():
        return None, None
    phone = normalize_phone(value)
    if phone is None:
        return None, ("INVALID_PHONE", "Not a valid phone number")
    return phone, None


def _birth_date(value: date) -> tuple[date | None, tuple[str, str] | None]:
    if value > date.today():
        return None, ("DATE_IN_FUTURE", "Must not be in the future")
    if value.year < 1900:
        return None, ("INVALID_DATE", "Must be after 1900")
    return value, None


def _tags(value) -> tuple[list[str] | None, tuple[str, str] | None]:
    tags = []
    for tag in value or []:
        cleaned, problem = _text(str(tag), 40)
        if problem:
            return None, problem
        if cleaned and cleaned not in tags:
            tags.append(cleaned)
    if len(tags) > 30:
        return None, ("TOO_MANY", "At most 30 tags")
    return tags, None


def _attributes(value) -> tuple[dict | None, tuple[str, str] | None]:
    if not isinstance(value, dict):
        return None, ("INVALID_ATTRIBUTES", "Must be an object of names and values")
    if len(json.dumps(value, ensure_ascii=False)) > MAX_ATTRIBUTES_BYTES:
        return None, ("TOO_LONG", f"At most {MAX_ATTRIBUTES_BYTES} bytes")
    return value, None


def _check_one(name: str, value, data: dict):
    if name in TEXT_LIMITS:
        return _text(value, TEXT_LIMITS[name])
    if name in MONEY_FIELDS:
        return _money(value)
    checkers = {
        "id_number": lambda v: _id_number(v, data.get("id_type")),
        "email": _email,
        "mobile_phone": _phone,
        "birth_date": _birth_date,
        "tags": _tags,
        "custom_attributes": _attributes,
        "currency": lambda v: _code(v, 3),
        "nationality": lambda v: _code(v, 2),
    }
    return checkers[name](value)


def _code(value: str, length: int) -> tuple[str | None, tuple[str, str] | None]:
    code = value.strip().upper()
    if len(code) != length or not code.isascii() or not code.isalpha():
        return None, ("INVALID_CODE", f"Must be {length} letters")
    return code, None


def customer_fields(data: dict, *, partial: bool) -> dict:
    """Normalised customer values, or ValidationFailed naming every bad field."""
    values: dict = {}
    problems: list[FieldProblem] = []
    for name in REQUIRED:
        if not partial and data.get(name) in (None, ""):
            problems.append(FieldProblem(name, "REQUIRED", "Required"))
    for name, value in data.items():
        if value is None and name in REQUIRED:
            if partial:
                problems.append(FieldProblem(name, "REQUIRED", "Required"))
            continue
        if value is None and name in DEFAULTS:
            values[name] = DEFAULTS[name]
            continue
        if name in PASSTHROUGH or value is None:
            values[name] = value
            continue
        cleaned, problem = _check_one(name, value, data)
        if problem:
            problems.append(FieldProblem(name, *problem))
        elif name == "full_name" and cleaned is None:
            problems.append(FieldProblem(name, "REQUIRED", "Required"))
        else:
            values[name] = cleaned
    if problems:
        raise ValidationFailed(problems)
    if not partial:
        values.setdefault("kind", DEFAULTS["kind"])
    return values
