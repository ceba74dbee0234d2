"""Normal forms of what staff type: names, phone numbers, ID numbers, e-mail.

The same customer typed in different widths, cases, scripts or spellings must land
on the same key, so that search and duplicate detection agree on every engine:
keys are computed here in Python and stored, never computed by the database.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import unicodedata
from functools import lru_cache

import phonenumbers

# Bidirectional overrides and isolates can make a name display as something else.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def has_forbidden_characters(text: str) -> bool:
    """Control characters and bidirectional overrides are never part of a name."""
    return any(ch in BIDI_CONTROLS or unicodedata.category(ch) == "Cc" for ch in text)


def clean_text(text: str) -> str:
    """NFKC, trimmed, inner white space (U+3000 included) folded to one space."""
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", text)).strip()


def fold(text: str) -> str:
    """A matching key: ignores case, width, accents, spaces, traditional vs simplified."""
    text = unicodedata.normalize("NFKD", clean_text(text))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _t2s().convert(text).casefold()
    return "".join(ch for ch in text if not ch.isspace() and ch not in "·.-'")


def name_key(*names: str | None) -> str:
    """The stored search key of a customer's names, one folded spelling per name."""
    return "|".join(fold(n) for n in names if n)


def normalize_phone(text: str, region: str = "CN") -> str | None:
    """E.164 form of a phone number, or None when it is not a valid number."""
    try:
        number = phonenumbers.parse(unicodedata.normalize("NFKC", text), region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def normalize_id_number(text: str) -> str:
    return re.sub(r"[\s-]", "", unicodedata.normalize("NFKC", text)).upper()


def normalize_email(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip().lower()


def blind_index(kind: str, value: str, key: bytes) -> str:
    """A keyed hash for exact-match search without storing the value in clear."""
    message = f"{kind}:{value}".encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()
