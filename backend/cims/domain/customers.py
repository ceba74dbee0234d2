"""Customers: find, create, update, archive and restore.

Every function takes the ``Actor`` who asks. Branch-bound actors see only their
branch; a customer outside their scope is reported exactly like a missing one.
Updates are optimistic: the caller names the version it read, and a stale version
raises ``Conflict`` without writing anything. An update's ``custom_attributes`` is a
patch: the keys it names are set, a key given None is removed, every other key kept.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

from tortoise.expressions import Case, F, Q, RawSQL, Subquery, When
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from cims.domain import audit, completeness, consent, crypto, name_search, prepared
from cims.domain.actor import Actor
from cims.domain.duplicates import find_candidates
from cims.domain.errors import (
    Conflict,
    DuplicateCustomer,
    FieldProblem,
    NotFound,
    PermissionDenied,
    Refused,
    ValidationFailed,
)
from cims.domain.keys import index_key
from cims.domain.normalize import (
    blind_index,
    fold,
    has_forbidden_characters,
    normalize_id_number,
    normalize_phone,
)
from cims.domain.validation import (
    FIELDS,
    Bad,
    index_of,
    merge_attributes,
    parse_email,
    search_keys,
    validate_customer_fields,
)
from cims.models import Branch, Customer, SegmentMembership
from cims.models.enums import CustomerKind, CustomerStatus, KycStatus, Source

READ = "customer.read"
WRITE = "customer.write"
ARCHIVE = "customer.archive"
KYC_VERIFY = "kyc.verify"
PII_READ = "customer.pii.read"
FINANCIAL_READ = "customer.financial.read"
SEGMENT_READ = "segment.read"
MAX_SEARCH = 200

# Fields that identify a person: changing one re-runs duplicate detection.
IDENTIFYING = frozenset(
    {"full_name", "name_latin", "birth_date", "id_number", "mobile_phone", "email"}
)
# Fields checked against each other: an update of one re-checks the others.
RELATED = (
    frozenset({"id_type", "id_number", "birth_date", "gender"}),
    frozenset({"currency", "annual_income", "assets", "liabilities"}),
)

# Fields the graph answers only to holders of a permission (``@requires`` in
# schema.graphql). Writing one takes the same permission: a caller could otherwise
# set a value it may not read, or overwrite one it was never shown.
GATED_FIELDS = {
    "birth_date": PII_READ,
    "annual_income": FINANCIAL_READ,
    "assets": FINANCIAL_READ,
    "liabilities": FINANCIAL_READ,
    "custom_attributes": FINANCIAL_READ,
}

# Values of a field that record a decision some other permission than
# customer.write grants: a KYC verdict is the verifier's (kyc.verify), ending the
# relationship is the archiver's (customer.archive). Setting such a value takes the
# permission, and so does moving away from it, where that would undo the decision
# (lifting a rejection, reopening a closed customer); an expiry or a fresh pending
# check after a verdict takes nothing more, as they grant nothing.
# field: (permission, values that take it, values leaving which takes it)
DECISIONS = {
    "kyc_status": (
        KYC_VERIFY,
        {KycStatus.VERIFIED, KycStatus.REJECTED},
        {KycStatus.REJECTED},
    ),
    "status": (ARCHIVE, {CustomerStatus.CLOSED}, {CustomerStatus.CLOSED}),
}

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
    # KYC states, any of them; readable with customer.read like the list itself.
    kyc_statuses: tuple[KycStatus, ...] = ()
    kind: CustomerKind | None = None
    branch_id: int | None = None
    archived: bool = False
    # Members of this segment now (cims.domain.segments keeps the memberships).
    segment_id: int | None = None
    # Every required field filled (True) or not (False); None: either.
    complete: bool | None = None
    # Only customers whose consent to this purpose is in force.
    consent_granted: str | None = None
    extra: dict = field(default_factory=dict)


def require(actor: Actor, permission: str) -> None:
    if not actor.can(permission):
        raise PermissionDenied(permission)


def require_writable(actor: Actor, names: Iterable[str]) -> None:
    """Refuse writing a field the actor may not read (``GATED_FIELDS``), naming it."""
    given = set(names)
    for name, permission in GATED_FIELDS.items():
        if name in given and not actor.can(permission):
            raise PermissionDenied(permission, field=name)


def require_decision_rights(
    actor: Actor, values: dict, current: Customer | None = None
) -> None:
    """Refuse a validated write of a decision's value (``DECISIONS``) by an actor
    without the permission that decision takes, naming the field."""
    for name, (permission, given, undone) in DECISIONS.items():
        if name not in values or actor.can(permission):
            continue
        before = getattr(current, name, None)
        if values[name] == before:
            continue  # unchanged: an edit of other fields resends it
        if values[name] in given or before in undone:
            raise PermissionDenied(permission, field=name)


def require_decision_fields(actor: Actor, names: Iterable[str]) -> None:
    """Refuse a bulk write (an import's mapping) that sets a decision's field
    (``DECISIONS``) for an actor without the permission that decision takes,
    naming the field: its rows are not judged one by one."""
    given = set(names)
    for name, (permission, _given, _undone) in DECISIONS.items():
        if name in given and not actor.can(permission):
            raise PermissionDenied(permission, field=name)


def scoped(actor: Actor) -> QuerySet[Customer]:
    """Every customer the actor may see."""
    require(actor, READ)
    return _in_branch(actor.branch_id)


def _in_branch(branch_id: int | None) -> QuerySet[Customer]:
    """Every customer of the branch; every customer when ``branch_id`` is None."""
    qs = Customer.all()
    if branch_id is not None:
        qs = qs.filter(branch_id=branch_id)
    return qs


def text_condition(text: str, actor: Actor) -> Q | None:
    """Name (tolerant of width, case and script), customer number, phone, ID, e-mail.

    Phone and ID numbers and e-mail addresses match only for actors who may read
    them, so that the search box is no oracle for data the actor cannot see. None:
    no condition.
    """
    text = text.strip()
    if not text:
        return None
    if len(text) > MAX_SEARCH or has_forbidden_characters(text):
        raise ValidationFailed.one(
            "text",
            "INVALID_SEARCH",
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
        Q(mobile_phone_index=blind_index("mobile_phone", phone, key))
        if phone
        else None,
        Q(id_number_index=blind_index("id_number", id_number, key))
        if len(id_number) >= 6
        else None,
        _email_condition(text, key),
    ]


def _email_condition(text: str, key: bytes) -> Q | None:
    # The index is kept on the address as validation stores it, so the text goes
    # through the same parser; a text that is no address cannot match one.
    if "@" not in text:
        return None
    try:
        email = parse_email(text)
    except Bad:
        return None
    return Q(email_index=index_of("email", email, key))


def search(actor: Actor, query: CustomerQuery) -> QuerySet[Customer]:
    qs = scoped(actor)
    qs = (
        qs.filter(archived_at__not_isnull=True)
        if query.archived
        else qs.filter(archived_at__isnull=True)
    )
    if query.text and (condition := text_condition(query.text, actor)) is not None:
        qs = qs.filter(condition)
    if query.statuses:
        qs = qs.filter(status__in=list(query.statuses))
    if query.kyc_statuses:
        qs = qs.filter(kyc_status__in=list(query.kyc_statuses))
    if query.kind:
        qs = qs.filter(kind=query.kind)
    if query.branch_id is not None:
        qs = qs.filter(branch_id=query.branch_id)
    if query.complete is not None:
        qs = qs.filter(completeness.condition(query.complete))
    if query.consent_granted is not None:
        qs = qs.filter(consent.granted_condition(query.consent_granted))
    if query.segment_id is not None:
        require(actor, SEGMENT_READ)  # membership says what analytics found
        qs = qs.filter(
            id__in=Subquery(
                SegmentMembership.filter(
                    segment_id=query.segment_id, until=None
                ).values("customer_id")
            )
        )
    return qs


async def find(actor: Actor, query: CustomerQuery) -> tuple[QuerySet[Customer], bool]:
    """``search`` plus the customers whose names are only like the text
    (``name_search``): typos, swapped name order, Chinese homophones.

    With a text, each row carries ``match_rank``: 0 for an exact hit, 1 + its
    typos for a similar name (a homophone or swapped names: 1), so that a list
    puts the exact hits first and the nearest names next; the second value says
    whether the rows are ranked so. The similar names are looked for within the
    same scope and filters as the exact ones (at most ``name_search.SIMILAR_MAX``).
    """
    exact = search(actor, query)
    text = (query.text or "").strip()
    condition = text_condition(text, actor) if text else None
    if condition is None:
        return exact, False
    probe = name_search.Probe(text)
    similar: dict[int, list[int]] = {}
    if probe:
        unfiltered = search(actor, replace(query, text=None))
        candidates: list[tuple[int, str]] = []
        for band in probe.bands:  # nearest lengths first, while under the bound
            left = name_search.CANDIDATES - len(candidates)
            if left <= 0:
                break
            candidates += (
                await unfiltered.filter(name_sound__in=band)
                .order_by("id")
                .limit(left)
                .values_list("id", "name_key")
            )
        scored = sorted(
            (typos, pk)
            for pk, key in candidates
            if (typos := probe.distance(key)) is not None
        )
        for typos, pk in scored[: name_search.SIMILAR_MAX]:
            similar.setdefault(typos, []).append(pk)
    # 0: an exact hit; then 1 + the typos of a similar name (a homophone or the
    # names swapped: 1). Literal numbers: PostgreSQL takes a CASE's parameters
    # for text.
    whens = [When(condition, then=RawSQL("0"))]
    whens += [When(id__in=ids, then=RawSQL(str(1 + n))) for n, ids in similar.items()]
    rank = Case(*whens, default=RawSQL(str(2 + name_search.MAX_EDITS)))
    if not similar:
        return exact.annotate(match_rank=rank), True
    ids = [pk for group in similar.values() for pk in group]
    either = Q(condition, Q(id__in=ids), join_type="OR")
    return unfiltered.filter(either).annotate(match_rank=rank), True


def scoped_with_branch(actor: Actor, ids: list[int]) -> QuerySet[Customer]:
    """The customers of ``ids`` the actor may see, each with its branch (a join)."""
    return scoped(actor).filter(id__in=ids).select_related("branch")


async def get(actor: Actor, customer_id: int) -> Customer:
    """A customer the actor may see, with its branch in the same statement (built
    once: this read serves every customer-360)."""
    require(actor, READ)
    found = await prepared.select(
        "customers.get",
        Customer,
        lambda pk, branch_id: (
            _in_branch(branch_id).filter(id=pk).select_related("branch").limit(1)
        ),
        int(customer_id),
        actor.branch_id,
    )
    if not found:
        raise NotFound("Customer")
    return found[0]


async def _branch_problem(actor: Actor, branch_id: int | None) -> FieldProblem | None:
    if branch_id is None:
        return FieldProblem("branch_id", "REQUIRED", "A value is required")
    if actor.branch_id is not None and branch_id != actor.branch_id:
        return FieldProblem(
            "branch_id", "OUT_OF_SCOPE", "You may only use your own branch"
        )
    if not await Branch.exists(id=branch_id):
        return FieldProblem("branch_id", "UNKNOWN_BRANCH", "No such branch")
    return None


async def _checked(
    actor: Actor, data: dict, *, partial: bool, kind: CustomerKind
) -> dict:
    """Validated values (the rules every way in shares), branch included.

    Every bad field is reported at once, the branch among them.
    """
    problems: list[FieldProblem] = []
    values: dict = {}
    try:
        values = validate_customer_fields(data, partial=partial, kind=kind)
    except ValidationFailed as failed:
        problems = list(failed.problems)
    if not partial or "branch_id" in data:
        if problem := await _branch_problem(actor, data.get("branch_id")):
            problems.append(problem)
        values["branch_id"] = data.get("branch_id")
    if problems:
        raise ValidationFailed(problems)
    return values


def _kind(value) -> CustomerKind:
    try:
        return CustomerKind(value or CustomerKind.INDIVIDUAL)
    except ValueError:
        raise ValidationFailed.one("kind", "INVALID_CHOICE", "Not a kind") from None


async def _duplicates(actor: Actor, values: dict, exclude_id: int | None = None):
    # Every branch counts: one person at two branches is still one customer. The
    # graph shows a candidate outside the actor's scope without its details.
    found = await find_candidates(actor, values, exclude_id, every_branch=True)
    if found:
        raise DuplicateCustomer(found)


async def _next_customer_no() -> str:
    # Random, not sequential: a number says nothing about how many customers exist.
    while True:
        number = "C" + "".join(secrets.choice("0123456789") for _ in range(10))
        if not await Customer.exists(customer_no=number):
            return number


async def create(
    actor: Actor,
    data: dict,
    *,
    confirm_duplicate: bool = False,
    source: Source = Source.MANUAL,
) -> Customer:
    require(actor, WRITE)
    require_writable(actor, data)
    kind = _kind(data.get("kind"))
    values = await _checked(actor, data, partial=False, kind=kind)
    require_decision_rights(actor, values)
    if not confirm_duplicate:
        await _duplicates(actor, values)
    values.update(kind=kind, **search_keys(values))
    customer_no = await _next_customer_no()
    async with in_transaction() as conn:
        customer = await Customer.create(
            using_db=conn,
            customer_no=customer_no,
            source=source,
            **crypto.seal_fields(values, customer_no),
        )
        await audit.record(
            actor, "customer.create", "Customer", customer.id, data, conn=conn
        )
    return customer


def stored_values(row: Customer) -> dict:
    """A customer's validated fields as stored, personal ones opened."""
    values = {name: getattr(row, name) for name in FIELDS}
    return {**values, **crypto.open_fields(row)}


def with_related(stored: dict, data: dict) -> dict:
    """``data`` plus the stored fields its cross-field rules need."""
    given = dict(data)
    for group in RELATED:
        if given.keys() & group:
            for name in group:
                given.setdefault(name, stored[name])
    return given


async def update(
    actor: Actor,
    customer_id: int,
    version: int,
    data: dict,
    *,
    confirm_duplicate: bool = False,
) -> Customer:
    require(actor, WRITE)
    require_writable(actor, data)
    current = await get(actor, customer_id)
    if current.erased_at is not None:  # archived too, and restore refuses it
        raise Refused("ALREADY_ERASED", "The customer's personal data is erased")
    if current.archived_at is not None:
        raise ValidationFailed.one(
            "id", "ARCHIVED", "The customer is archived: restore it to edit it"
        )
    kind = _kind(data.get("kind") or current.kind)
    stored = stored_values(current)
    checked = await _checked(actor, with_related(stored, data), partial=True, kind=kind)
    values = {name: checked[name] for name in data if name in checked}
    require_decision_rights(actor, values, current)
    if "custom_attributes" in values:  # a patch, not a replacement
        values["custom_attributes"] = merge_attributes(
            stored["custom_attributes"] or {}, values["custom_attributes"]
        )
    merged = {**stored, **values}
    if not confirm_duplicate and data.keys() & IDENTIFYING:
        await _duplicates(actor, merged, exclude_id=customer_id)
    if "kind" in data:
        values["kind"] = kind
    values.update(search_keys(merged))
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
    if current.erased_at is not None:
        # An erased customer stays archived: its record is kept for the books only.
        raise Refused("ALREADY_ERASED", "The customer's personal data is erased")
    if current.archived_at is None:
        if current.version != version:
            raise Conflict("Customer", current.version)
        return current
    values = {"archived_at": None}
    return await _write(actor, current, version, values, "customer.restore", values)
