"""Masked forms of personal data, for staff without ``customer.pii.read``."""

from __future__ import annotations

import phonenumbers


def id_number(value: str) -> str:
    """``110101********123X``: region and the last four kept."""
    if len(value) <= 10:
        return "*" * len(value)
    return value[:6] + "*" * (len(value) - 10) + value[-4:]


def mobile_phone(value: str) -> str:
    """``138****8000``: the national number's first three and last four kept."""
    try:
        national = str(phonenumbers.parse(value, None).national_number)
    except phonenumbers.NumberParseException:
        national = "".join(ch for ch in value if ch.isdigit())
    if len(national) < 8:
        return "*" * len(national)
    return national[:3] + "*" * (len(national) - 7) + national[-4:]


def email(value: str) -> str:
    """``w***@example.com``: the first character and the domain kept."""
    local, _, domain = value.partition("@")
    return f"{local[:1]}***@{domain}" if domain else "***"


def address(value: str) -> str:
    """The first six characters (city and district, as a rule) kept."""
    return value[:6] + "****" if len(value) > 6 else "****"


def birth_date(value) -> str:
    """``1985-**-**``: the year kept (a ``date`` or ISO text)."""
    return str(value)[:4] + "-**-**"


MASKS = {
    "id_number": id_number,
    "mobile_phone": mobile_phone,
    "email": email,
    "address": address,
    "birth_date": birth_date,
}


def mask(field: str, value) -> str | None:
    return None if value is None else MASKS[field](value)
