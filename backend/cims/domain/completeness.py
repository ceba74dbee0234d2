"""How complete a customer's record is, by the fields its kind and status need.

Required fields count twice, recommended ones once; the score is the share of
that weight filled, in whole percent. ``complete`` means every required field is
filled. Filled-ness is read from stored columns without opening sealed values (a
sealed value is filled exactly when its column is not null), so scoring a list
costs no decryption.

The rules differ by kind and status: a prospect is a name and a way to reach
them, an active or dormant customer needs what account opening asks for, and a
closed one needs the identity the bank must keep. A bank sets its own list in a
JSON file named by ``CIMS_COMPLETENESS_RULES``; a kind and status it leaves out
keep the defaults. Tests and tools may ``configure`` rules directly.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from tortoise.expressions import Q

from cims.domain.errors import ValidationFailed
from cims.models import Customer
from cims.models.enums import CustomerKind, CustomerStatus, Gender, MaritalStatus

REQUIRED_WEIGHT = 2
RECOMMENDED_WEIGHT = 1
SETTING = "CIMS_COMPLETENESS_RULES"


@dataclass(frozen=True)
class Rules:
    required: tuple[str, ...]
    recommended: tuple[str, ...]


Key = tuple[CustomerKind, CustomerStatus]

_INDIVIDUAL_OPENING = Rules(
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
)  # fmt: skip
_CORPORATE_OPENING = Rules(
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
)  # fmt: skip
_I, _C = CustomerKind.INDIVIDUAL, CustomerKind.CORPORATE
_S = CustomerStatus
DEFAULT_RULES: dict[Key, Rules] = {
    # A prospect: whom to call; the rest is welcome before the account opens.
    (_I, _S.PROSPECT): Rules(
        required=("full_name", "mobile_phone"),
        recommended=("gender", "birth_date", "email", "address", "occupation"),
    ),
    (_C, _S.PROSPECT): Rules(
        required=("full_name", "mobile_phone"),
        recommended=("email", "address", "relationship_manager"),
    ),
    # Active and dormant customers: what account opening asks for.
    (_I, _S.ACTIVE): _INDIVIDUAL_OPENING,
    (_I, _S.DORMANT): _INDIVIDUAL_OPENING,
    (_C, _S.ACTIVE): _CORPORATE_OPENING,
    (_C, _S.DORMANT): _CORPORATE_OPENING,
    # Closed: the identity the bank keeps after the relationship ends.
    (_I, _S.CLOSED): Rules(
        required=("full_name", "birth_date", "nationality", "id_type", "id_number"),
        recommended=("address",),
    ),
    (_C, _S.CLOSED): Rules(
        required=("full_name", "nationality", "id_type", "id_number"),
        recommended=("address",),
    ),
}
# Values that mean "not given" although the column holds something.
UNKNOWN = {"gender": Gender.UNKNOWN, "marital_status": MaritalStatus.UNKNOWN}
# Columns that are bookkeeping, not something a person fills in.
NOT_RULES = {"id", "kind", "status", "version", "created_at", "updated_at"}

_rules: dict[Key, Rules] | None = None


def configure(rules: Mapping[Key | CustomerKind, Rules] | None) -> None:
    """Use ``rules`` from now on, over the defaults; ``None`` goes back to the
    rules of ``CIMS_COMPLETENESS_RULES``. A key may be a kind alone (every
    status of that kind) or a (kind, status) pair."""
    global _rules
    if rules is None:
        _rules = None
        return
    merged = dict(DEFAULT_RULES)
    for key, value in rules.items():
        statuses = list(CustomerStatus) if isinstance(key, CustomerKind) else []
        for status in statuses:
            merged[(key, status)] = value
        if not statuses:
            merged[key] = value
    _rules = merged


def rules_in_force() -> dict[Key, Rules]:
    """The rules used now: configured ones, else the setting's file, else defaults.

    Raises ``ValidationFailed`` when the setting's file cannot be used, so the
    app refuses to start with a one-line reason instead of scoring wrongly.
    """
    global _rules
    if _rules is None:
        _rules = {**DEFAULT_RULES, **load(os.environ.get(SETTING, ""))}
    return _rules


def rules_for(kind: CustomerKind | str, status: CustomerStatus | str) -> Rules:
    return rules_in_force()[(CustomerKind(kind), CustomerStatus(status))]


def load(path: str) -> dict[Key, Rules]:
    """Rules from a JSON file: ``{"individual": {"prospect": {"required": [...],
    "recommended": [...]}}}``; field names as the model spells them."""
    if not path:
        return {}
    try:
        document = json.loads(Path(path).read_text(encoding="utf-8"))
        return {
            (CustomerKind(kind), CustomerStatus(status)): _rules_of(entry)
            for kind, by_status in document.items()
            for status, entry in by_status.items()
        }
    except (OSError, ValueError, TypeError, AttributeError, KeyError) as error:
        raise ValidationFailed.one(
            SETTING, "INVALID", f"{path} cannot be used: {_reason(error)}"
        ) from None


def _rules_of(entry: dict) -> Rules:
    required = tuple(entry["required"])
    recommended = tuple(entry.get("recommended", ()))
    unknown = [n for n in required + recommended if not _is_rule_field(n)]
    if unknown:
        raise ValueError(f"not a customer field: {', '.join(map(str, unknown))}")
    return Rules(required, recommended)


def _is_rule_field(name: object) -> bool:
    fields = Customer._meta.fields_map
    return isinstance(name, str) and name in fields and name not in NOT_RULES


def _reason(error: Exception) -> str:
    if isinstance(error, OSError):
        return error.strerror or "cannot read it"
    if isinstance(error, KeyError):
        return f"missing {error}"
    return str(error).splitlines()[0] if str(error) else type(error).__name__


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
    rules = rules_for(customer.kind, customer.status)
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


def complete_condition(kind: CustomerKind, status: CustomerStatus) -> Q:
    """Customers of ``kind`` and ``status`` with every required field filled."""
    parts = [Q(kind=kind), Q(status=status)]
    for name in rules_for(kind, status).required:
        parts.append(Q(**{f"{name}__isnull": False}))
        if name in UNKNOWN:
            parts.append(~Q(**{name: UNKNOWN[name]}))
        elif _is_text(name):
            parts.append(~Q(**{name: ""}))
    return Q(*parts)


def _is_text(name: str) -> bool:
    return type(Customer._meta.fields_map[name]).__name__ in ("CharField", "TextField")


def condition(complete: bool) -> Q:
    """Customers whose record is (or is not) complete, whatever their kind and
    status: one condition, so the list stays one statement."""
    either = Q(
        *(
            complete_condition(kind, status)
            for kind in CustomerKind
            for status in CustomerStatus
        ),
        join_type="OR",
    )
    return either if complete else ~either
