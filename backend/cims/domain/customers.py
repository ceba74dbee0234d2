"""Customers: find, create, update, archive and restore.

Every function takes the ``Actor`` who asks. Branch-bound actors see only their
branch; a customer outside their scope is reported exactly like a missing one.
Updates are optimistic: the caller names the version it read, and a stale version
raises ``Conflict`` without writing anything.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime

from tortoise.expressions import F, Q, Subquery
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from cims.domain import audit, checks, crypto
from cims.domain.actor import Actor
from cims.domain.errors import (
    Candidate,
    Conflict,
    DuplicateCustomer,
    NotFound,
    PermissionDenied,
)
from cims.domain.keys import index_key
from cims.domain.normalize import (
    blind_index,
    fold,
    has_forbidden_characters,
    name_key,
    normalize_email,
    normalize_id_number,
    normalize_phone,
)
from cims.models import Branch, Customer, SegmentMembership
from cims.models.enums import CustomerKind, CustomerStatus, Source

READ = "customer.read"
WRITE = "customer.write"
ARCHIVE = "customer.archive"
PII_READ = "customer.pii.read"
SEGMENT_READ = "segment.read"
MAX_SEARCH = 200

SORT_FIELDS = {
    "customer_no": "customer_no",
    "name": "name_key",
    "created_at": "created_at",
    "updated_at": "updated_at",
}


@dataclass(frozen=True)
class CustomerQuery:
    text: str | None = None
    statuses: tuple[CustomerStatus, ...] = ()
    kind: CustomerKind | None = None
    branch_id: int | None = None
    archived: bool = False
    # Members of this segment now (cims.domain.segments keeps the memberships).
    segment_id: int | None = None
    extra: dict = field(default_factory=dict)


def require(actor: Actor, permission: str) -> None:
    if not actor.can(permission):
        raise PermissionDenied(permission)


def scoped(actor: Actor) -> QuerySet[Customer]:
    """Every customer the actor may see."""
    require(actor, READ)
    qs = Customer.all()
    if actor.branch_id is not None:
        qs = qs.filter(branch_id=actor.branch_id)
    return qs


def text_condition(text: str, actor: Actor) -> Q | None:
    """Name (tolerant of width, case and script), customer number, phone or ID.

    Phone and ID numbers match only for actors who may read them, so that the
    search box is no oracle for data the actor cannot see. None: no condition.
    """
    text = text.strip()
    if not text:
        return None
    if len(text) > MAX_SEARCH or has_forbidden_characters(text):
        raise checks.invalid(
            "text", "INVALID_SEARCH",
            f"Search text is at most {MAX_SEARCH} printable characters",
        )
    parts = [Q(name_key__contains=fold(text)) if fold(text) else None]
    # A customer number is at most 20 characters; a longer text cannot be one.
    parts.append(Q(customer_no=text.upper()) if len(text) <= 20 else None)
    if actor.can(PII_READ):
        parts += _personal_conditions(text)
    present = [p for p in parts if p is not None]
    return Q(*present, join_type="OR") if present else Q(id__in=[])


def _personal_conditions(text: str) -> list[Q | None]:
    key = index_key()
    phone = normalize_phone(text)
    id_number = normalize_id_number(text)
    return [
        Q(mobile_phone_index=blind_index("mobile_phone", phone, key)) if phone else None,
        Q(id_number_index=blind_index("id_number", id_number, key))
        if len(id_number) >= 6
        else None,
    ]


def search(actor: Actor, query: CustomerQuery) -> QuerySet[Customer]:
    qs = scoped(actor)
    qs = qs.filter(archived_at__not_isnull=True) if query.archived else qs.filter(
        archived_at__isnull=True
    )
    if query.text and (condition := text_condition(query.text, actor)) is not None:
        qs = qs.filter(condition)
    if query.statuses:
        qs = qs.filter(status__in=list(query.statuses))
    if query.kind:
        qs = qs.filter(kind=query.kind)
    if query.branch_id is not None:
        qs = qs.filter(branch_id=query.branch_id)
    if query.segment_id is not None:
        require(actor, SEGMENT_READ)  # membership says what analytics found
        qs = qs.filter(id__in=Subquery(
            SegmentMembership.filter(segment_id=query.segment_id, until=None)
            .values("customer_id")
        ))
    return qs


async def get(actor: Actor, customer_id: int) -> Customer:
    customer = await scoped(actor).get_or_none(id=customer_id)
    if customer is None:
        raise NotFound("Customer")
    return customer


def derived_columns(values: dict) -> dict:
    """Search keys and blind indexes that follow from the personal values."""
    key = index_key()
    derived = {}
    if "full_name" in values or "name_latin" in values:
        derived["name_key"] = name_key(values.get("full_name"), values.get("name_latin"))
    for column, normal in (
        ("id_number", normalize_id_number),
        ("mobile_phone", lambda v: v),
        ("email", normalize_email),
    ):
        if column in values:
            value = values[column]
            derived[f"{column}_index"] = (
                blind_index(column, normal(value), key) if value else None
            )
    return derived


async def find_exact_duplicates(
    actor: Actor, values: dict, exclude_id: int | None = None
) -> list[Candidate]:
    """Customers sharing an ID number, mobile phone or e-mail (through blind indexes)."""
    derived = derived_columns(values)
    reasons_by_column = {
        "id_number_index": "same ID number",
        "mobile_phone_index": "same mobile phone",
        "email_index": "same e-mail",
    }
    condition = None
    for column in reasons_by_column:
        if derived.get(column):
            part = Q(**{column: derived[column]})
            condition = part if condition is None else condition | part
    if condition is None:
        return []
    qs = Customer.filter(condition)
    if exclude_id is not None:
        qs = qs.exclude(id=exclude_id)
    found = await qs.limit(10)
    return [
        Candidate(
            customer_id=c.id,
            score=1.0,
            reasons=[
                reason
                for col, reason in reasons_by_column.items()
                if derived.get(col) and getattr(c, col) == derived[col]
            ],
        )
        for c in found
    ]


async def _check_branch(actor: Actor, branch_id: int) -> None:
    if actor.branch_id is not None and branch_id != actor.branch_id:
        raise checks.invalid("branch_id", "OUT_OF_SCOPE", "You may only use your own branch")
    if not await Branch.exists(id=branch_id):
        raise checks.invalid("branch_id", "UNKNOWN_BRANCH", "No such branch")


async def _next_customer_no() -> str:
    # Random, not sequential: a number says nothing about how many customers exist.
    while True:
        number = "C" + "".join(secrets.choice("0123456789") for _ in range(10))
        if not await Customer.exists(customer_no=number):
            return number


async def create(
    actor: Actor, data: dict, *, confirm_duplicate: bool = False, source: Source = Source.MANUAL
) -> Customer:
    require(actor, WRITE)
    values = checks.customer_fields(data, partial=False)
    await _check_branch(actor, values["branch_id"])
    if not confirm_duplicate and (dups := await find_exact_duplicates(actor, values)):
        raise DuplicateCustomer(dups)
    values.update(derived_columns(values))
    customer_no = await _next_customer_no()
    async with in_transaction() as conn:
        customer = await Customer.create(
            using_db=conn,
            customer_no=customer_no,
            source=source,
            **crypto.seal_fields(values, customer_no),
        )
        await audit.record(actor, "customer.create", "Customer", customer.id, data, conn=conn)
    return customer


async def update(
    actor: Actor,
    customer_id: int,
    version: int,
    data: dict,
    *,
    confirm_duplicate: bool = False,
) -> Customer:
    require(actor, WRITE)
    current = await get(actor, customer_id)
    values = checks.customer_fields(data, partial=True)
    if "branch_id" in values:
        await _check_branch(actor, values["branch_id"])
    if "full_name" in values or "name_latin" in values:
        values.setdefault("full_name", current.full_name)
        values.setdefault("name_latin", current.name_latin)
    if not confirm_duplicate and (
        dups := await find_exact_duplicates(actor, values, exclude_id=customer_id)
    ):
        raise DuplicateCustomer(dups)
    values.update(derived_columns(values))
    sealed = crypto.seal_fields(values, current.customer_no)
    return await _write(actor, current, version, sealed, "customer.update", data)


async def _write(
    actor: Actor, current: Customer, version: int, values: dict, action: str, fields
) -> Customer:
    """Apply ``values`` only if the row still has ``version``; else Conflict."""
    values["updated_at"] = datetime.now(UTC)
    async with in_transaction() as conn:
        changed = await (
            scoped(actor)
            .using_db(conn)
            .filter(id=current.id, version=version)
            .update(version=F("version") + 1, **values)
        )
        if not changed:
            latest = await Customer.get(id=current.id).using_db(conn)
            raise Conflict("Customer", latest.version)
        await audit.record(actor, action, "Customer", current.id, fields, conn=conn)
    return await Customer.get(id=current.id)


async def archive(actor: Actor, customer_id: int, version: int) -> Customer:
    require(actor, ARCHIVE)
    current = await get(actor, customer_id)
    if current.archived_at is not None:
        if current.version != version:
            raise Conflict("Customer", current.version)
        return current
    values = {"archived_at": datetime.now(UTC)}
    return await _write(actor, current, version, values, "customer.archive", values)


async def restore(actor: Actor, customer_id: int, version: int) -> Customer:
    require(actor, ARCHIVE)
    current = await get(actor, customer_id)
    if current.archived_at is None:
        if current.version != version:
            raise Conflict("Customer", current.version)
        return current
    values = {"archived_at": None}
    return await _write(actor, current, version, values, "customer.restore", values)
