"""Normal forms of what staff type: names, phone numbers, ID numbers, e-mail.

The same customer typed in different widths, cases, scripts or spellings must land
on the same key, so that search and duplicate detection agree on every engine:
keys are computed here in Python and stored, never computed by the database.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

import phonenumbers

# Bidirectional embeddings, overrides and isolates can make text display as something
# else (reordering strong characters too). The left-to-right and right-to-left marks
# (U+200E, U+200F) are not here: they only steer neutral characters, and phone
# keyboards for Arabic or Hebrew type them into ordinary text. Names refuse them with
# every other invisible format character (``validation``).
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Category Cc is exactly U+0000-U+001F and U+007F-U+009F.
_FORBIDDEN = re.compile("[\x00-\x1f\x7f-\x9f" + "".join(sorted(BIDI_CONTROLS)) + "]")
_SPACES = re.compile(r"\s+")
_ASCII_DROP = re.compile(r"[\s·.\-']+")
# A Chinese mobile number typed as its bare 11 digits, the most common spelling.
_CN_MOBILE = re.compile(r"1\d{10}")


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1)
def _cn_mobile() -> re.Pattern:
    """phonenumbers' pattern of Chinese mobile numbers; a number matching it is
    valid (is_valid_number checks the same metadata, more slowly)."""
    mobile = phonenumbers.PhoneMetadata.metadata_for_region("CN").mobile
    return re.compile(mobile.national_number_pattern)


def has_forbidden_characters(text: str) -> bool:
    """Control characters and bidirectional overrides are never part of a name."""
    return _FORBIDDEN.search(text) is not None


def clean_text(text: str) -> str:
    """NFKC, trimmed, inner white space (U+3000 included) folded to one space."""
    if text.isascii() and text.isprintable() and "  " not in text:
        # NFKC leaves ASCII alone, and its only printable white space is one space.
        return text.strip()
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", text)).strip()


@lru_cache(maxsize=65536)  # names repeat: the same few thousand cover most people
def fold(text: str) -> str:
    """A matching key: ignores case, width, accents, spaces, traditional vs simplified."""
    if text.isascii():
        # The same key as below, without the Unicode work ASCII never needs.
        return _ASCII_DROP.sub("", text.lower())
    text = unicodedata.normalize("NFKD", clean_text(text))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _t2s().convert(text).casefold()
    # Invisible format characters (Cf: zero-width space, joiners, BOM) match nothing.
    return "".join(
        ch
        for ch in text
        if not ch.isspace() and ch not in "·.-'" and unicodedata.category(ch) != "Cf"
    )


def name_key(*names: str | None) -> str:
    """The stored search key of a customer's names, one folded spelling per name."""
    return "|".join(fold(n) for n in names if n)


def normalize_phone(text: str, region: str = "CN") -> str | None:
    """E.164 form of a phone number, or None when it is not a valid number."""
    text = unicodedata.normalize("NFKC", text)
    if region == "CN" and _CN_MOBILE.fullmatch(text):
        if _cn_mobile().fullmatch(text):
            # Inside the library's own mobile ranges: valid, and E.164 is +86 text.
            return "+86" + text
        # What parse() would build, without its cost; validity is still checked.
        number = phonenumbers.PhoneNumber(country_code=86, national_number=int(text))
        return "+86" + text if phonenumbers.is_valid_number(number) else None
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


_ID_NUMBER_DROP = re.compile(r"[\s-]")


def normalize_id_number(text: str) -> str:
    if text.isascii() and text.isalnum():
        # NFKC leaves ASCII alone, and letters and digits hold nothing to drop.
        return text.upper()
    return _ID_NUMBER_DROP.sub("", unicodedata.normalize("NFKC", text)).upper()


def normalize_email(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip().lower()


def blind_index(kind: str, value: str, key: bytes) -> str:
    """A keyed hash for exact-match search without storing the value in clear.

    HMAC-SHA256 (RFC 2104) of ``kind:value``, computed from the two padded key
    states made once per key: the same digest as ``hmac.digest``, at half its cost
    (an import computes three per row).
    """
    inner, outer = _hmac_states(key)
    digest = inner.copy()
    digest.update(f"{kind}:{value}".encode())
    result = outer.copy()
    result.update(digest.digest())
    return result.hexdigest()


_INNER_PAD = bytes(x ^ 0x36 for x in range(256))
_OUTER_PAD = bytes(x ^ 0x5C for x in range(256))


@lru_cache(maxsize=8)
def _hmac_states(key: bytes) -> tuple:
    block = hashlib.sha256().block_size
    if len(key) > block:
        key = hashlib.sha256(key).digest()
    key = key.ljust(block, b"\0")
    return (
        hashlib.sha256(key.translate(_INNER_PAD)),
        hashlib.sha256(key.translate(_OUTER_PAD)),
    )
