"""Validation and normalisation of customer fields, shared by the form, API and import.

``validate_customer_fields`` turns what staff typed into the values stored, or raises
``ValidationFailed`` with one ``FieldProblem`` per bad field, all at once. It touches
no database, so create, update and a million-row import can all afford it.

Problem codes are stable and documented in ``CODES``; messages are safe to show and
never repeat the value they refuse.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from functools import lru_cache
from typing import Any

import pycountry
from email_validator import EmailNotValidError, validate_email
from stdnum.cn import ric, uscc
from stdnum.exceptions import ValidationError as StdnumError

from cims.domain.errors import FieldProblem, ValidationFailed
from cims.domain.keys import index_key
from cims.domain.name_search import name_sound
from cims.domain.normalize import (
    blind_index,
    clean_text,
    has_forbidden_characters,
    name_key,
    normalize_email,
    normalize_id_number,
    normalize_phone,
)
from cims.models.enums import (
    CustomerKind,
    CustomerStatus,
    Gender,
    IdType,
    KycStatus,
    MaritalStatus,
)

CODES = {
    "REQUIRED": "a value is required",
    "UNKNOWN_FIELD": "the field does not exist",
    "NOT_APPLICABLE": "the field does not apply to this kind of customer",
    "INVALID_TYPE": "the value has the wrong type",
    "INVALID_CHOICE": "the value is not one of the allowed choices",
    "INVALID_FORMAT": "the value is not in a recognised form",
    "FORBIDDEN_CHARACTERS": "control or bidirectional-override characters",
    "INVALID_CHARACTERS": "a NUL or an unpaired surrogate, which no text may hold",
    "NUMBER_OUT_OF_RANGE": "a number beyond ±2^53, which not every reader holds exactly",
    "DATE_OUT_OF_RANGE": "a year outside 1900 to 2200",
    "DATE_IN_FUTURE": "a date that has not come yet",
    "TOO_LONG": "longer than the column allows",
    "INVALID_ID_TYPE": "document type does not fit the kind of customer",
    "INVALID_ID_NUMBER": "document number fails its format or check digit",
    "ID_BIRTH_DATE_MISMATCH": "birth date differs from the one in the ID number",
    "ID_GENDER_MISMATCH": "gender differs from the one in the ID number",
    "INVALID_PHONE": "not a valid phone number",
    "INVALID_EMAIL": "not a valid e-mail address",
    "INVALID_DATE": "not a date, or an impossible one",
    "AMBIGUOUS_DATE": "the date can be read in more than one way",
    "INVALID_AMOUNT": "not an amount, negative or too large",
    "TOO_MANY_DECIMALS": "more decimals than the currency's minor unit",
    "INVALID_CURRENCY": "not an ISO 4217 currency code",
    "INVALID_COUNTRY": "not an ISO 3166 two-letter country code",
}

# ISO 4217 minor units that differ from two; every other currency has two.
_ZERO_DECIMALS = "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF"
_THREE_DECIMALS = "BHD IQD JOD KWD LYD OMR TND"
MINOR_UNITS = {
    **{code: 0 for code in _ZERO_DECIMALS.split()},
    **{code: 3 for code in _THREE_DECIMALS.split()},
    "CLF": 4,
    "UYW": 4,
}
# ISO 3166-1 and ISO 4217 as pycountry ships them (it follows the Debian iso-codes
# data, updated with each maintenance agency notice). XTS (testing) and XXX (no
# currency) are ISO codes but never the currency of a customer's money.
COUNTRIES = frozenset(country.alpha_2 for country in pycountry.countries)
CURRENCIES = frozenset(c.alpha_3 for c in pycountry.currencies) - {"XTS", "XXX"}
MAX_INTEGER_DIGITS = 18  # money columns are DECIMAL(20, 2)
STORED_DECIMALS = 2
EARLIEST_BIRTH_DATE = dt.date(1900, 1, 1)
LATIN_NAME_PUNCTUATION = frozenset(" -'.,·")
MAX_TAGS = 50
MAX_CUSTOM_ATTRIBUTES_CHARS = 8000


@dataclass(frozen=True)
class Rules:
    """Site conventions: default phone region and how to read ``05.01.2024``.

    ``day_first`` True reads it as 5 January, False as 1 May; None refuses every
    date whose day and month could be swapped.
    """

    phone_region: str = "CN"
    day_first: bool | None = True


DEFAULT_RULES = Rules()


class Skip(Exception):
    """The value depends on another field that was itself refused."""


class Bad(Exception):
    """One refused value: a stable code and a message that does not echo it."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


# ---------------------------------------------------------------- scalar parsers


def _text(value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise Bad("INVALID_TYPE", "Expected text")
    return str(value)


_LINE_BREAKS_AND_TABS = re.compile(r"[\t\n\r]")


def clean(value: Any, max_length: int) -> str:
    """Cleaned text: refused if it hides control characters or is too long."""
    text = clean_text(check_characters(_text(value)))
    if len(text) > max_length:
        raise Bad("TOO_LONG", f"At most {max_length} characters")
    return text


def check_characters(text: str) -> str:
    """``text`` as it is, or ``Bad`` if it hides control or direction characters.

    The rule of every free text a person types (names, addresses, comments): line
    breaks and tabs are allowed, NUL and other controls never (PostgreSQL refuses
    NUL in text, and the others hide what a reader sees).
    """
    # Printable text has no control or format characters (Cc, Cf) at all.
    if not text.isprintable() and has_forbidden_characters(
        _LINE_BREAKS_AND_TABS.sub(" ", text)
    ):
        raise Bad("FORBIDDEN_CHARACTERS", "Contains control or direction characters")
    if unencodable(text):  # a lone surrogate is printable to Python, storable nowhere
        raise Bad("INVALID_CHARACTERS", "Contains a NUL or an unpaired surrogate")
    return text


# NUL and the halves of a surrogate pair standing alone: no text may hold them
# (PostgreSQL refuses NUL in text; UTF-8 cannot encode a lone surrogate).
_UNENCODABLE = re.compile("[\x00\ud800-\udfff]")


def unencodable(text: str) -> bool:
    """Whether ``text`` holds a NUL or a lone surrogate, which nothing can store."""
    return _UNENCODABLE.search(text) is not None


# The dates and times any input may name: wide enough for every birth, booking and
# contract, narrow enough that a UTC offset never carries a value out of Python's
# calendar (year 1 at +14:00 is before year 1 in UTC).
MIN_YEAR, MAX_YEAR = 1900, 2200


def check_year(value: dt.date) -> dt.date:
    """``value`` as it is, or ``Bad`` if its year lies outside MIN_YEAR..MAX_YEAR."""
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise Bad("DATE_OUT_OF_RANGE", f"Use a year from {MIN_YEAR} to {MAX_YEAR}")
    return value


# Today's date (local), and the clock's readings (time.time) at its start and end.
_day: tuple[dt.date, float, float] = (dt.date.min, 0.0, 0.0)


def today() -> dt.date:
    """``dt.date.today()``, asked of the calendar only when the clock has left the
    day it last gave: a clock reading costs a tenth of the calendar's answer, and
    an import asks twice a row (birth date, ID number)."""
    global _day
    day, start, end = _day
    now = time.time()
    if not start <= now < end:
        day = dt.date.today()
        start = dt.datetime.combine(day, dt.time()).timestamp()
        end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time()).timestamp()
        _day = (day, start, end)
    return day


# JSON numbers that every reader (JavaScript included) holds exactly.
MAX_JSON_INTEGER = 2**53


def parse_latin_name(value: Any, max_length: int = 200) -> str:
    text = clean(value, max_length)
    if not all(_is_latin(ch) for ch in text):
        raise Bad("INVALID_FORMAT", "Use Latin letters only (for example pinyin)")
    return text


@lru_cache(maxsize=4096)
def _is_latin(ch: str) -> bool:
    if ch in LATIN_NAME_PUNCTUATION:
        return True
    return ch.isalpha() and unicodedata.name(ch, "").startswith("LATIN")


def parse_choice(enum: type[StrEnum], value: Any) -> StrEnum:
    """An enum member from its value or name, in any case."""
    if isinstance(value, enum):
        return value
    text = clean_text(_text(value)).lower()
    for member in enum:
        if text in (member.value, member.name.lower()):
            return member
    raise Bad("INVALID_CHOICE", f"Choose one of: {', '.join(m.value for m in enum)}")


def parse_phone(value: Any, region: str) -> str:
    number = normalize_phone(_text(value), region)
    if number is None:
        raise Bad("INVALID_PHONE", "Not a valid phone number")
    return number


# A plain ASCII local part (a subset of RFC 5322's dot-atom) that email-validator
# always accepts unchanged; anything else goes through the library whole.
_PLAIN_LOCAL_PART = re.compile(r"[A-Za-z0-9_%+-]+(?:\.[A-Za-z0-9_%+-]+)*")


def parse_email(value: Any) -> str:
    text = clean(value, 254)
    local, _, domain = text.rpartition("@")
    if len(local) <= 64 and _PLAIN_LOCAL_PART.fullmatch(local):
        return f"{local}@{_email_domain(domain)}"
    return _validated_email(text)


@lru_cache(maxsize=4096)
def _email_domain(domain: str) -> str:
    # Domains repeat across customers; the library checks each one once.
    return _validated_email(f"x@{domain}").rpartition("@")[2]


def _validated_email(text: str) -> str:
    try:
        return validate_email(text, check_deliverability=False).normalized
    except EmailNotValidError:
        raise Bad("INVALID_EMAIL", "Not a valid e-mail address") from None


def parse_country(value: Any) -> str:
    """An ISO 3166-1 alpha-2 code of a country in force (``CN``; not ``ZZ``)."""
    code = clean_text(_text(value)).upper()
    if code not in COUNTRIES:
        message = "Use a two-letter ISO 3166 country code such as CN"
        raise Bad("INVALID_COUNTRY", message)
    return code


def parse_currency(value: Any) -> str:
    """An ISO 4217 code of a currency in force (``CNY``; not ``XYZ``)."""
    code = clean_text(_text(value)).upper()
    if code not in CURRENCIES:
        raise Bad(
            "INVALID_CURRENCY", "Use a three-letter ISO 4217 currency code such as CNY"
        )
    return code


# ---------------------------------------------------------------- dates

_ZERO_TIME = re.compile(r"(?:[T ]00:00(?::00(?:\.0+)?)?(?:Z|[+-]00:?00)?)$")
_YEAR_FIRST = re.compile(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})")
_YEAR_LAST = re.compile(r"(\d{1,2})([-/.])(\d{1,2})\2(\d{4})")
_SHORT_YEAR = re.compile(r"\d{1,2}([-/.])\d{1,2}\1\d{2}")
_CHINESE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日?")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")


def parse_date(value: Any, day_first: bool | None = True) -> dt.date:
    """A date from the forms staff type; never a guess between day and month."""
    if isinstance(value, dt.datetime):
        return _midnight_date(value)
    if isinstance(value, dt.date):
        return value
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # a spreadsheet number such as 20240105
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    text = clean_text(_text(value))
    if ":" in text:  # a time of day, which may be a zero one (_ZERO_TIME)
        text = _ZERO_TIME.sub("", text)
    return _date_from_text(text, day_first)


def _midnight_date(value: dt.datetime) -> dt.date:
    if value.time() != dt.time(0):
        raise Bad("INVALID_DATE", "Expected a date without a time of day")
    return value.date()


def _date_from_text(text: str, day_first: bool | None) -> dt.date:
    if match := _YEAR_FIRST.fullmatch(text):
        year, _, month, day = match.groups()
        return _make_date(int(year), int(month), int(day))
    for pattern in (_CHINESE, _COMPACT):
        if match := pattern.fullmatch(text):
            year, month, day = match.groups()
            return _make_date(int(year), int(month), int(day))
    if match := _YEAR_LAST.fullmatch(text):
        first, _, second, year = match.groups()
        return _day_month(int(first), int(second), int(year), day_first)
    if _SHORT_YEAR.fullmatch(text):
        raise Bad("AMBIGUOUS_DATE", "Write the year with four digits")
    raise Bad("INVALID_DATE", "Not a date; use a form such as 2024-01-05")


def _day_month(first: int, second: int, year: int, day_first: bool | None) -> dt.date:
    if day_first is None:
        if first != second and first <= 12 and second <= 12:
            raise Bad(
                "AMBIGUOUS_DATE", "Day and month could be swapped; use 2024-01-05"
            )
        day_first = first > 12
    day, month = (first, second) if day_first else (second, first)
    return _make_date(year, month, day)


def _make_date(year: int, month: int, day: int) -> dt.date:
    if not 1 <= month <= 12:
        raise Bad("INVALID_DATE", "The month must be between 1 and 12")
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise Bad("INVALID_DATE", "No such day in that month") from None


def parse_birth_date(value: Any, day_first: bool | None = True) -> dt.date:
    date = parse_date(value, day_first)
    if date > today():
        raise Bad("DATE_IN_FUTURE", "The birth date is in the future")
    if date < EARLIEST_BIRTH_DATE:
        raise Bad("INVALID_DATE", "The birth date is before 1900")
    return date


# ---------------------------------------------------------------- money

_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_PLAIN = re.compile(r"-?\d+(?:\.\d+)?")


def parse_amount(value: Any, currency: str = "CNY") -> Decimal:
    """A non-negative Decimal with at most the currency's minor unit of decimals."""
    amount = parse_decimal(value)
    if amount < 0:
        raise Bad("INVALID_AMOUNT", "The amount must not be negative")
    places = decimal_places(currency)
    if -amount.as_tuple().exponent > places:
        raise Bad("TOO_MANY_DECIMALS", f"At most {places} decimals for {currency}")
    if amount.adjusted() >= MAX_INTEGER_DIGITS:
        raise Bad("INVALID_AMOUNT", "The amount is too large")
    return amount


def decimal_places(currency: str) -> int:
    """Decimals allowed: the currency's minor unit, within the columns' two."""
    return min(MINOR_UNITS.get(currency, 2), STORED_DECIMALS)


def parse_decimal(value: Any, *, grouped: bool = True) -> Decimal:
    """The one reading of money, wherever it comes from (a form, the graph, a file).

    Text is digits with an optional minus sign and decimal point, thousands grouped
    by commas when ``grouped`` (what people type; a machine interface says False);
    an exponent (``1e10``), NaN and infinity are refused: nobody writes money that
    way, and ``1e3`` taken for one is a thousandfold error. Numbers that a
    spreadsheet or JSON already parsed are taken as they are.
    """
    if isinstance(value, bool):
        raise Bad("INVALID_TYPE", "Expected an amount")
    if isinstance(value, Decimal | int):
        return _finite(Decimal(value))
    if isinstance(value, float):
        # repr is the shortest text that reads back as the same float: what was typed.
        return _finite(Decimal(repr(value)))
    text = clean_text(_text(value)).replace(" ", "")
    if grouped and _GROUPED.fullmatch(text):
        text = text.replace(",", "")
    if not _PLAIN.fullmatch(text):
        raise Bad("INVALID_AMOUNT", "Not an amount; use digits and a decimal point")
    return Decimal(text)


def _finite(amount: Decimal) -> Decimal:
    if not amount.is_finite():
        raise Bad("INVALID_AMOUNT", "Not an amount")
    return amount


# ---------------------------------------------------------------- identity documents

_RESIDENT_ID = re.compile(r"\d{17}[\dX]")
_PASSPORT = re.compile(r"[A-Z0-9]{5,20}")
_HK_MACAO = re.compile(r"[CHMW][A-Z]?\d{7,10}")
_TAIWAN = re.compile(r"(?:[LT]\d{8}|\d{8}|\d{10})")
_OTHER = re.compile(r"[A-Z0-9()\-/]{2,64}")


def parse_id_number(value: Any, id_type: IdType) -> str:
    number = normalize_id_number(_text(value))
    if len(number) > 64:
        raise Bad("TOO_LONG", "At most 64 characters")
    return _ID_PARSERS[id_type](number)


def _resident_id(number: str) -> str:
    if len(number) == 15 and number.isdigit():
        number = upgrade_resident_id(number)
    if not _RESIDENT_ID.fullmatch(number) or ric.calc_check_digit(number) != number[17]:
        raise Bad("INVALID_ID_NUMBER", "Not a valid resident ID number")
    born = resident_birth_date(number)
    if born is None or born > today():
        raise Bad(
            "ID_BIRTH_DATE_INVALID",
            "Digits 7 to 14 of the ID number are not a possible birth date",
        )
    if not _region_known(number[:6], born.year):
        raise Bad(
            "ID_REGION_UNKNOWN",
            "The first six digits of the ID number are not a region code in use "
            "in its birth year",
        )
    return number


def resident_birth_date(number: str) -> dt.date | None:
    try:
        return dt.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return None


@lru_cache(maxsize=16384)
def _region_known(region: str, year: int) -> bool:
    """The region code existed in that year (python-stdnum's list), cached."""
    try:
        ric.get_birth_place(f"{region}{year:04d}0101")
    except StdnumError:
        return False
    return True


def upgrade_resident_id(number: str) -> str:
    """The 18-digit form of a 15-digit resident ID (issued before 1999, born 19xx)."""
    body = number[:6] + "19" + number[6:]
    return body + ric.calc_check_digit(body + "0")


def _social_credit_code(number: str) -> str:
    try:
        return uscc.validate(number)
    except StdnumError:
        raise Bad(
            "INVALID_ID_NUMBER", "Not a valid unified social credit code"
        ) from None


def _pattern(regex: re.Pattern, label: str) -> Callable[[str], str]:
    def check(number: str) -> str:
        if not regex.fullmatch(number):
            raise Bad("INVALID_ID_NUMBER", f"Not a valid {label} number")
        return number

    return check


_ID_PARSERS = {
    IdType.RESIDENT_ID: _resident_id,
    IdType.SOCIAL_CREDIT_CODE: _social_credit_code,
    IdType.PASSPORT: _pattern(_PASSPORT, "passport"),
    IdType.HK_MACAO_PERMIT: _pattern(_HK_MACAO, "Hong Kong/Macao permit"),
    IdType.TAIWAN_PERMIT: _pattern(_TAIWAN, "Taiwan permit"),
    IdType.OTHER: _pattern(_OTHER, "document"),
}
INDIVIDUAL_ID_TYPES = frozenset(IdType) - {IdType.SOCIAL_CREDIT_CODE}
CORPORATE_ID_TYPES = frozenset({IdType.SOCIAL_CREDIT_CODE, IdType.OTHER})


# ---------------------------------------------------------------- collections


def parse_tags(value: Any) -> list[str]:
    """A list of short labels; text is split on commas and semicolons."""
    if isinstance(value, str):
        value = re.split(r"[,;，；、]", value)
    if not isinstance(value, list | tuple):
        raise Bad("INVALID_TYPE", "Expected a list of tags")
    tags = [clean(tag, 50) for tag in value]
    tags = list(dict.fromkeys(tag for tag in tags if tag))
    if len(tags) > MAX_TAGS:
        raise Bad("TOO_LONG", f"At most {MAX_TAGS} tags")
    return tags


def parse_attributes(value: Any) -> dict:
    if not isinstance(value, dict):
        raise Bad("INVALID_TYPE", "Expected an object of named values")
    attributes = {clean(k, 64): _attribute(v) for k, v in value.items()}
    if len(json.dumps(attributes, ensure_ascii=False)) > MAX_CUSTOM_ATTRIBUTES_CHARS:
        raise Bad("TOO_LONG", f"At most {MAX_CUSTOM_ATTRIBUTES_CHARS} characters")
    return attributes


def merge_attributes(current: dict, patch: dict) -> dict:
    """``current`` with ``patch`` applied: keys set, a None value deletes its key.

    ``patch`` is the output of ``parse_attributes`` (keys already cleaned); the
    result is held to the same size limit as a whole value.
    """
    merged = {**current, **patch}
    merged = {k: v for k, v in merged.items() if k not in patch or v is not None}
    if len(json.dumps(merged, ensure_ascii=False)) > MAX_CUSTOM_ATTRIBUTES_CHARS:
        raise ValidationFailed.one(
            "custom_attributes",
            "TOO_LONG",
            f"At most {MAX_CUSTOM_ATTRIBUTES_CHARS} characters",
        )
    return merged


def _attribute(value: Any) -> Any:
    if isinstance(value, str):
        return clean(value, 1000)
    if isinstance(value, list):
        return [_attribute(item) for item in value]
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        if not math.isfinite(value) or abs(value) > MAX_JSON_INTEGER:
            raise Bad(
                "NUMBER_OUT_OF_RANGE",
                f"Numbers must lie within ±{MAX_JSON_INTEGER:,} (2^53)",
            )
        return value
    raise Bad("INVALID_TYPE", "Values must be text, numbers, true/false or lists")


# ---------------------------------------------------------------- the field table


@dataclass(frozen=True)
class Spec:
    parse: Callable[[Any, dict, Rules], Any]
    default: Any = None  # stored when the value is left blank
    required: bool = False
    individual_only: bool = False
    # The result depends on the value and the rules alone (not on other fields) and
    # is immutable, so a batch may remember it per distinct value (``Memo``).
    pure: bool = True
    # The enum of a coded field (gender, status...), whose values are codes.
    choices: type[StrEnum] | None = None


def _text_field(max_length: int, **kw) -> Spec:
    return Spec(lambda v, _, __: clean(v, max_length), **kw)


def parse_name(value: Any, max_length: int) -> str:
    """A name: free text (``clean``) without invisible format characters either.

    Zero-width spaces and joiners, the word joiner, the byte-order mark and the soft
    hyphen (category Cf) show nothing, yet make ``张\u200b三`` another name than
    ``张三`` to every comparison: refused like control characters.
    """
    text = clean(value, max_length)
    if not text.isprintable() and any(unicodedata.category(c) == "Cf" for c in text):
        raise Bad("FORBIDDEN_CHARACTERS", "Contains invisible format characters")
    return text


def _name_field(max_length: int, **kw) -> Spec:
    return Spec(lambda v, _, __: parse_name(v, max_length), **kw)


def _choice_field(enum: type[StrEnum], default: StrEnum | None, **kw) -> Spec:
    return Spec(
        lambda v, _, __: parse_choice(enum, v), default=default, choices=enum, **kw
    )


def _amount_field() -> Spec:
    return Spec(
        lambda v, seen, _: parse_amount(v, seen.get("currency") or "CNY"), pure=False
    )


SPECS: dict[str, Spec] = {
    "customer_no": Spec(lambda v, _, __: _customer_no(v)),
    "full_name": _name_field(200, required=True),
    "family_name": _name_field(100, individual_only=True),
    "given_name": _name_field(100, individual_only=True),
    "name_latin": Spec(lambda v, _, __: parse_latin_name(v)),
    "gender": _choice_field(Gender, Gender.UNKNOWN, individual_only=True),
    "birth_date": Spec(
        lambda v, _, rules: parse_birth_date(v, rules.day_first), individual_only=True
    ),
    "nationality": Spec(lambda v, _, __: parse_country(v), default="CN"),
    "id_type": _choice_field(IdType, None),
    "id_number": Spec(
        lambda v, seen, _: parse_id_number(v, _needs(seen, "id_type")), pure=False
    ),
    "occupation": _text_field(100, individual_only=True),
    "employer": _text_field(200, individual_only=True),
    "education": _text_field(50, individual_only=True),
    "marital_status": _choice_field(
        MaritalStatus, MaritalStatus.UNKNOWN, individual_only=True
    ),
    "mobile_phone": Spec(lambda v, _, rules: parse_phone(v, rules.phone_region)),
    "email": Spec(lambda v, _, __: parse_email(v)),
    "address": _text_field(500),
    "currency": Spec(lambda v, _, __: parse_currency(v), default="CNY"),
    "annual_income": _amount_field(),
    "assets": _amount_field(),
    "liabilities": _amount_field(),
    "status": _choice_field(CustomerStatus, CustomerStatus.PROSPECT),
    "kyc_status": _choice_field(KycStatus, KycStatus.PENDING),
    "tags": Spec(lambda v, _, __: parse_tags(v), default=[], pure=False),
    "custom_attributes": Spec(
        lambda v, _, __: parse_attributes(v), default={}, pure=False
    ),
    "relationship_manager": _text_field(64),
}


def coded_value(field: str, value: Any) -> StrEnum | None:
    """The member a coded field's value names (``female`` of gender), else None:
    not for free text, which may be personal."""
    spec = SPECS.get(field)
    if spec is None or spec.choices is None:
        return None
    try:
        return parse_choice(spec.choices, value)
    except Bad:
        return None


FIELDS = frozenset(SPECS)
# Input the caller handles itself: accepted here, neither checked nor returned.
NOT_VALIDATED = frozenset({"id", "version", "kind", "branch_id", "confirm_duplicate"})
_ACCEPTED = FIELDS | NOT_VALIDATED
_REQUIRED = tuple(name for name, spec in SPECS.items() if spec.required)


def _needs(seen: dict, name: str) -> Any:
    if seen.get(name) is None:
        raise Skip
    return seen[name]


def _customer_no(value: Any) -> str:
    text = clean_text(_text(value)).upper()
    if not re.fullmatch(r"[A-Z0-9-]{1,20}", text):
        raise Bad("INVALID_FORMAT", "Use up to 20 letters, digits or hyphens")
    return text


# ---------------------------------------------------------------- the entry point


class Memo:
    """Outcomes of pure field parsers per distinct value, for one batch.

    An import of a million rows sees the same names, dates, codes and e-mail
    domains again and again; parsing each distinct value once is most of the
    speed of a large import. The memo belongs to one batch, so a rule that
    depends on the day (a birth date in the future) is never remembered for long,
    and it forgets everything past ``limit`` entries so memory stays bounded: an
    entry takes about 300 bytes (key, value and outcome), so 50,000 of them some
    15 MB.

    A field whose values hardly repeat (phone numbers, e-mail addresses: one per
    customer) is not remembered once ``SAMPLE`` of its values have been looked up
    and fewer than one in ``MIN_HIT_SHARE`` was found: remembering it cost a
    lookup and an entry per row, and its entries filled the memo, which then
    forgot the names and dates that do repeat. The parse of such a value is the
    same either way (the parsers are pure).

    Entries hold only text, numbers and the parsed values, never a class or the
    rules (a memo serves one set of rules and starts afresh for another), so the
    garbage collector does not have to walk them again and again.
    """

    SAMPLE = 2000
    MIN_HIT_SHARE = 8

    def __init__(self, limit: int = 50_000) -> None:
        self.limit = limit
        self.outcomes: dict[tuple, tuple] = {}
        self.rules: Rules | None = None
        # Per field: [lookups, hits] until it is decided; fields not remembered.
        self.counts: dict[str, list[int]] = {}
        self.unremembered: set[str] = set()

    def remembers(self, name: str) -> bool:
        """Whether values of the field ``name`` are still looked up here."""
        return name not in self.unremembered

    def parse(self, name: str, spec: Spec, raw: Any, rules: Rules) -> Any:
        if rules is not self.rules:
            if rules != self.rules:
                self.outcomes.clear()
            self.rules = rules
        if name in self.unremembered:
            return spec.parse(raw, {}, rules)
        # The value's type is part of the key (1, 1.0 and True are equal keys); text,
        # by far the most common, goes without it.
        key = (name, raw) if raw.__class__ is str else (name, id(type(raw)), raw)
        try:
            outcome = self.outcomes.get(key)
        except TypeError:  # an unhashable value (a list typed as a name): no memo
            return spec.parse(raw, {}, rules)
        counts = self.counts.get(name)
        if counts is None:
            counts = self.counts[name] = [0, 0]
        if counts[0] < self.SAMPLE:
            counts[0] += 1
            counts[1] += outcome is not None
            if counts[0] == self.SAMPLE and counts[1] * self.MIN_HIT_SHARE < counts[0]:
                self.unremembered.add(name)
        if outcome is None:
            try:
                outcome = (True, spec.parse(raw, {}, rules))
            except Bad as bad:
                outcome = (False, bad.code, bad.message)
            if len(self.outcomes) >= self.limit:
                self.outcomes.clear()
            self.outcomes[key] = outcome
        if outcome[0]:
            return outcome[1]
        raise Bad(outcome[1], outcome[2])


def validate_customer_fields(
    data: dict,
    *,
    partial: bool,
    kind: CustomerKind | str,
    rules: Rules = DEFAULT_RULES,
    memo: Memo | None = None,
) -> dict:
    """Normalised values of ``data``, or ``ValidationFailed`` listing every bad field.

    ``partial`` (an update) checks only the fields given; otherwise required fields
    must be present and a resident ID fills in a missing birth date and gender.
    Cross-field rules (ID against birth date and gender, document type against kind)
    apply to the fields present, so an update should pass the fields they involve.
    A batch passes one ``memo`` to every call so that repeated values parse once.
    """
    if kind.__class__ is not CustomerKind:
        kind = CustomerKind(kind)
    problems = []
    if not data.keys() <= _ACCEPTED:
        problems = [
            FieldProblem(name, "UNKNOWN_FIELD", "No such field")
            for name in data
            if name not in FIELDS and name not in NOT_VALIDATED
        ]
    data = _with_default_id_type(data, kind)
    values = _parse_fields(data, kind, rules, problems, memo)
    if not partial:
        problems += _missing(data)
    problems += _cross_checks(values, kind, filling=not partial)
    if problems:
        raise ValidationFailed(problems)
    return values


def _with_default_id_type(data: dict, kind: CustomerKind) -> dict:
    # A bare ID number means the national document of the customer's kind.
    if _blank(data.get("id_number")) or not _blank(data.get("id_type")):
        return data
    default = (
        IdType.RESIDENT_ID
        if kind is CustomerKind.INDIVIDUAL
        else (IdType.SOCIAL_CREDIT_CODE)
    )
    return {**data, "id_type": default}


def _parse_fields(
    data: dict,
    kind: CustomerKind,
    rules: Rules,
    problems: list[FieldProblem],
    memo: Memo | None = None,
) -> dict:
    # Called once per row of an import: the steps of each field are inline here.
    values: dict[str, Any] = {}
    corporate = kind is CustomerKind.CORPORATE
    for name, spec in SPECS.items():
        if name not in data:
            continue
        raw = data[name]
        try:
            if raw is None or (isinstance(raw, str) and not raw.strip()):
                if spec.required:
                    raise Bad("REQUIRED", "A value is required")
                values[name] = spec.default
            elif spec.individual_only and corporate:
                raise Bad("NOT_APPLICABLE", "Does not apply to a corporate customer")
            elif memo is not None and spec.pure:
                values[name] = memo.parse(name, spec, raw, rules)
            else:
                values[name] = spec.parse(raw, values, rules)
        except Bad as bad:
            problems.append(FieldProblem(name, bad.code, bad.message))
        except Skip:
            pass
    return values


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _missing(data: dict) -> list[FieldProblem]:
    return [
        FieldProblem(name, "REQUIRED", "A value is required")
        for name in _REQUIRED
        if name not in data
    ]


def _cross_checks(values: dict, kind: CustomerKind, *, filling: bool) -> list:
    problems = []
    id_type = values.get("id_type")
    allowed = (
        INDIVIDUAL_ID_TYPES if kind is CustomerKind.INDIVIDUAL else (CORPORATE_ID_TYPES)
    )
    if id_type is not None and id_type not in allowed:
        message = "This document type does not fit the kind of customer"
        problems.append(FieldProblem("id_type", "INVALID_ID_TYPE", message))
    elif id_type is IdType.RESIDENT_ID and values.get("id_number"):
        problems += _agree_with_resident_id(values, filling)
    return problems


def _agree_with_resident_id(values: dict, filling: bool) -> list[FieldProblem]:
    number = values["id_number"]
    born = resident_birth_date(number)
    gender = Gender.MALE if int(number[16]) % 2 else Gender.FEMALE
    problems = []
    if values.get("birth_date") not in (None, born):
        message = "The birth date differs from the one in the ID number"
        problems.append(FieldProblem("birth_date", "ID_BIRTH_DATE_MISMATCH", message))
    if values.get("gender") not in (None, Gender.UNKNOWN, gender):
        message = "The gender differs from the one in the ID number"
        problems.append(FieldProblem("gender", "ID_GENDER_MISMATCH", message))
    if filling and not problems:
        values["birth_date"] = values.get("birth_date") or born
        if values.get("gender") in (None, Gender.UNKNOWN):
            values["gender"] = gender
    return problems


# ---------------------------------------------------------------- stored keys


def search_keys(values: dict, key: bytes | None = None) -> dict:
    """The derived columns stored beside a customer: name key and blind indexes.

    ``values`` must hold the customer's full current values (after validation);
    the indexes let search and duplicate detection match exactly without the
    clear value.
    """
    key = key or index_key()
    return {
        "name_key": name_key(values.get("full_name"), values.get("name_latin")),
        "name_sound": name_sound(values.get("full_name"), values.get("name_latin")),
        "id_number_index": _index("id_number", values.get("id_number"), key),
        "mobile_phone_index": _index("mobile_phone", values.get("mobile_phone"), key),
        "email_index": _index("email", _email_key(values.get("email")), key),
    }


def _email_key(email: str | None) -> str | None:
    # Compared case-insensitively, local part included: no bank tells two customers
    # apart by the case of their e-mail address.
    return normalize_email(email).casefold() if email else None


def _index(kind: str, value: str | None, key: bytes) -> str | None:
    return blind_index(kind, value, key) if value else None


def index_of(kind: str, value: str, key: bytes | None = None) -> str:
    """The blind index of one normalised value, for an exact-match lookup."""
    if kind == "email":
        value = _email_key(value)
    return blind_index(kind, value, key or index_key())
