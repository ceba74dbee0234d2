"""How complete a customer's record is, by the fields its kind needs.

Required fields count twice, recommended ones once; the score is the share of
that weight filled, in whole percent. ``complete`` means every required field is
filled. Filled-ness is read from stored columns without opening sealed values (a
sealed value is filled exactly when its column is not null), so scoring a list
costs no decryption. The rules can be replaced with ``configure`` (a bank's own
list per kind); the defaults follow what account opening asks for.
"""

from __future__ import annotations

from dataclasses import dataclass

from tortoise.expressions import Q

from cims.models import Customer
from cims.models.enums import CustomerKind, Gender, MaritalStatus

REQUIRED_WEIGHT = 2
RECOMMENDED_WEIGHT = 1


@dataclass(frozen=True)
class Rules:
    required: tuple[str, ...]
    recommended: tuple[str, ...]


DEFAULT_RULES: dict[CustomerKind, Rules] = {
    CustomerKind.INDIVIDUAL: Rules(
        required=(
            "full_name",
            "gender",
            "birth_date",
            "nationality",
            "id_type",
            "id_number",
            "mobile_phone",
            "address",
        ),
        recommended=(
            "name_latin",
            "email",
            "occupation",
            "employer",
            "education",
            "marital_status",
            "annual_income",
        ),
    ),  # fmt: skip
    CustomerKind.CORPORATE: Rules(
        required=(
            "full_name",
            "nationality",
            "id_type",
            "id_number",
            "mobile_phone",
            "address",
        ),
        recommended=(
            "name_latin",
            "email",
            "relationship_manager",
            "annual_income",
            "assets",
            "liabilities",
        ),
    ),  # fmt: skip
}
# Values that mean "not given" although the column holds something.
UNKNOWN = {"gender": Gender.UNKNOWN, "marital_status": MaritalStatus.UNKNOWN}

_rules = DEFAULT_RULES


def configure(rules: dict[CustomerKind, Rules] | None) -> None:
    """Use ``rules`` from now on; ``None`` goes back to the defaults."""
    global _rules
    _rules = rules or DEFAULT_RULES


@dataclass(frozen=True)
class Completeness:
    score: int  # 0-100
    complete: bool
    missing_required: tuple[str, ...]
    missing_recommended: tuple[str, ...]


def is_filled(customer: Customer, name: str) -> bool:
    value = getattr(customer, name)
    if value is None or value == "" or value == [] or value == {}:
        return False
    return UNKNOWN.get(name) != value


def assess(customer: Customer) -> Completeness:
    rules = _rules[CustomerKind(customer.kind)]
    missing_required = tuple(n for n in rules.required if not is_filled(customer, n))
    missing_recommended = tuple(
        n for n in rules.recommended if not is_filled(customer, n)
    )
    total = REQUIRED_WEIGHT * len(rules.required) + RECOMMENDED_WEIGHT * len(
        rules.recommended
    )
    missing = REQUIRED_WEIGHT * len(missing_required) + RECOMMENDED_WEIGHT * len(
        missing_recommended
    )
    score = round(100 * (total - missing) / total) if total else 100
    return Completeness(
        score, not missing_required, missing_required, missing_recommended
    )


def complete_condition(kind: CustomerKind) -> Q:
    """Customers of ``kind`` with every required field filled, as a condition."""
    parts = [Q(kind=kind)]
    for name in _rules[kind].required:
        parts.append(Q(**{f"{name}__isnull": False}))
        if name in UNKNOWN:
            parts.append(~Q(**{name: UNKNOWN[name]}))
        elif _is_text(name):
            parts.append(~Q(**{name: ""}))
    return Q(*parts)


def _is_text(name: str) -> bool:
    return type(Customer._meta.fields_map[name]).__name__ in ("CharField", "TextField")


def condition(complete: bool) -> Q:
    """Customers whose record is (or is not) complete, whatever their kind."""
    either = Q(*(complete_condition(kind) for kind in CustomerKind), join_type="OR")
    return either if complete else ~either
