"""KYC documents: add, verify and retire a customer's identity documents.

A document number is sealed like a customer's ID number (AES-GCM, the document's
``ref`` as associated data) with a blind index beside it. Verification records who
checked the document and when; a retired document stays on file. Every change is
audited with field names only, never the number.

Expiry is a date question answered on read: ``expiry_state`` says EXPIRED or
EXPIRING_SOON (within ``EXPIRING_DAYS``) for documents still in force.

A customer holds a document once: adding the same type and number again while one
is in force (pending or verified) is refused (``number``: ``DUPLICATE``), found by
the blind index under a lock on the customer row. Verification takes a second
person: whoever added the document may not verify it (``SAME_APPROVER``). Nothing
is added to, verified or retired on an erased customer (``ALREADY_ERASED``).

Erasure (``erase_documents``) overwrites what a document says about the person:
its number and blind index become empty (``open_number`` then answers None), its
issue and expiry dates go, a retirement reason is overwritten. Its type, issuing
country, status, and who verified or retired it and when stay, as on the customer
row.
"""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from tortoise.expressions import F
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from cims.domain import audit, crypto
from cims.domain.access import (
    one_in_scope,
    refuse_erased,
    require,
    scoped,
    writable_customer,
)
from cims.domain.actor import Actor
from cims.domain.errors import (
    Conflict,
    FieldProblem,
    InvalidTransition,
    Refused,
    ValidationFailed,
)
from cims.domain.keys import index_key
from cims.domain.normalize import blind_index
from cims.domain.validation import (
    Bad,
    clean,
    parse_country,
    parse_date,
    parse_id_number,
)
from cims.models import Customer, KycDocument
from cims.models.enums import IdType
from cims.models.records import DocumentStatus, DocumentType

READ = "customer.read"
WRITE = "kyc.manage"
VERIFY = "kyc.verify"
EXPIRING_DAYS = 30
MAX_EXPIRING = 500
IN_FORCE = (DocumentStatus.PENDING, DocumentStatus.VERIFIED)
REDACTED = "[erased]"

# Document types whose number follows an identity-number rule already checked for
# customers; the rest only need to look like a document number.
_NUMBER_RULES = {
    DocumentType.RESIDENT_ID: IdType.RESIDENT_ID,
    DocumentType.PASSPORT: IdType.PASSPORT,
    DocumentType.HK_MACAO_PERMIT: IdType.HK_MACAO_PERMIT,
    DocumentType.TAIWAN_PERMIT: IdType.TAIWAN_PERMIT,
    DocumentType.BUSINESS_LICENCE: IdType.SOCIAL_CREDIT_CODE,
}


class ExpiryState(StrEnum):
    VALID = "valid"
    EXPIRING_SOON = "expiring_soon"
    EXPIRED = "expired"
    NO_EXPIRY = "no_expiry"


def expiry_state(document: KycDocument, today: dt.date | None = None) -> ExpiryState:
    if document.expires_on is None:
        return ExpiryState.NO_EXPIRY
    today = today or dt.date.today()
    if document.expires_on < today:
        return ExpiryState.EXPIRED
    if document.expires_on <= today + dt.timedelta(days=EXPIRING_DAYS):
        return ExpiryState.EXPIRING_SOON
    return ExpiryState.VALID


def identity(document: KycDocument) -> str:
    return f"KycDocument:{document.ref}"


def open_number(document: KycDocument) -> str | None:
    """The number in clear; None once erased."""
    if not document.number:
        return None
    return crypto.unseal(document.number, identity(document))


@dataclass(frozen=True)
class NewDocument:
    doc_type: str
    number: str
    issuing_country: str
    issued_on: Any = None
    expires_on: Any = None


def _checked(new: NewDocument) -> dict:
    problems: list[FieldProblem] = []
    values: dict = {}

    def take(name: str, parse) -> None:
        try:
            values[name] = parse()
        except Bad as bad:
            problems.append(FieldProblem(name, bad.code, bad.message))

    take("doc_type", lambda: _doc_type(new.doc_type))
    take("issuing_country", lambda: parse_country(new.issuing_country))
    take("issued_on", lambda: _optional_date(new.issued_on))
    take("expires_on", lambda: _optional_date(new.expires_on))
    if "doc_type" in values:
        take("number", lambda: _number(values["doc_type"], new.number))
    if problems:
        raise ValidationFailed(problems)
    return _dates_agree(values)


def _doc_type(value: Any) -> DocumentType:
    try:
        return DocumentType(value)
    except ValueError:
        raise Bad("INVALID_CHOICE", "Not a document type") from None


def _optional_date(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    return parse_date(value)


def _number(doc_type: DocumentType, value: Any) -> str:
    rule = _NUMBER_RULES.get(doc_type, IdType.OTHER)
    return parse_id_number(clean(value, 64), rule)


def _dates_agree(values: dict) -> dict:
    issued, expires = values["issued_on"], values["expires_on"]
    if issued and issued > dt.date.today():
        raise ValidationFailed.one(
            "issued_on", "IN_THE_FUTURE", "A document cannot be issued in the future"
        )
    if issued and expires and expires <= issued:
        raise ValidationFailed.one(
            "expires_on", "BEFORE_ISSUE", "The expiry date must follow the issue date"
        )
    return values


async def add_document(actor: Actor, customer_id: int, new: NewDocument) -> KycDocument:
    require(actor, WRITE)
    await writable_customer(actor, customer_id)
    values = _checked(new)
    ref = secrets.token_hex(16)
    number = values.pop("number")
    index = blind_index("id_number", number, index_key())
    async with in_transaction() as conn:
        # The lock on the customer row serialises adds for one customer (and an
        # erasure approved at the same instant) on PostgreSQL; SQLite writes one
        # transaction at a time. So the duplicate check below sees every add
        # committed before this one.
        customer = await writable_customer(actor, customer_id, conn)
        duplicate = KycDocument.filter(
            customer_id=customer.id,
            doc_type=values["doc_type"],
            number_index=index,
            status__in=IN_FORCE,
        )
        if await duplicate.using_db(conn).exists():
            raise ValidationFailed.one(
                "number", "DUPLICATE", "This document is already on file in force"
            )
        document = await KycDocument.create(
            using_db=conn,
            ref=ref,
            customer_id=customer.id,
            number=crypto.seal(number, f"KycDocument:{ref}"),
            number_index=index,
            created_by=actor.subject,
            **values,
        )
        await audit.record(
            actor,
            "kyc.add",
            "KycDocument",
            document.id,
            ["customer_id", "number", *values],
            customer_id=customer.id,
            conn=conn,
        )
    return document


async def get_document(actor: Actor, document_id: int) -> KycDocument:
    require(actor, READ)
    return await one_in_scope(actor, KycDocument, document_id)


async def verify_document(actor: Actor, document_id: int, version: int) -> KycDocument:
    """Mark a pending document as checked by ``actor`` now; not by who added it."""
    require(actor, VERIFY)
    document = await get_document(actor, document_id)
    await _refuse_erased(document)
    if document.created_by == actor.subject:
        raise Refused(
            "SAME_APPROVER", "A second, different person must verify this document"
        )
    if document.status is not DocumentStatus.PENDING:
        raise InvalidTransition(
            "KycDocument", document.status, DocumentStatus.VERIFIED, _steps(document)
        )
    if expiry_state(document) is ExpiryState.EXPIRED:
        raise ValidationFailed.one(
            "expires_on", "EXPIRED", "An expired document cannot be verified"
        )
    changes = {
        "status": DocumentStatus.VERIFIED,
        "verified_by": actor.subject,
        "verified_at": dt.datetime.now(dt.UTC),
    }
    return await _write(actor, document, version, changes, "kyc.verify")


async def retire_document(
    actor: Actor, document_id: int, version: int, reason: str
) -> KycDocument:
    require(actor, WRITE)
    document = await get_document(actor, document_id)
    await _refuse_erased(document)
    if document.status is DocumentStatus.RETIRED:
        raise InvalidTransition(
            "KycDocument", document.status, DocumentStatus.RETIRED, []
        )
    try:
        reason = clean(reason, 200)
    except Bad as bad:
        raise ValidationFailed.one("reason", bad.code, bad.message) from None
    if not reason:
        raise ValidationFailed.one("reason", "REQUIRED", "Say why it is retired")
    changes = {
        "status": DocumentStatus.RETIRED,
        "retired_by": actor.subject,
        "retired_at": dt.datetime.now(dt.UTC),
        "retired_reason": reason,
    }
    return await _write(actor, document, version, changes, "kyc.retire")


async def _refuse_erased(document: KycDocument) -> None:
    refuse_erased(await Customer.get(id=document.customer_id))


def _steps(document: KycDocument) -> list[str]:
    if document.status is DocumentStatus.PENDING:
        return [DocumentStatus.VERIFIED, DocumentStatus.RETIRED]
    if document.status is DocumentStatus.VERIFIED:
        return [DocumentStatus.RETIRED]
    return []


async def _write(
    actor: Actor, document: KycDocument, version: int, changes: dict, action: str
) -> KycDocument:
    async with in_transaction() as conn:
        changed = await (
            KycDocument.filter(id=document.id, version=version)
            .using_db(conn)
            .update(version=F("version") + 1, **changes)
        )
        if not changed:
            raise Conflict("KycDocument", document.version)
        await audit.record(
            actor,
            action,
            "KycDocument",
            document.id,
            list(changes),
            customer_id=document.customer_id,
            conn=conn,
        )
    return await KycDocument.get(id=document.id)


async def documents_of(actor: Actor, customer_id: int) -> list[KycDocument]:
    """A customer's documents, in force first, newest first."""
    require(actor, READ)
    rows = await scoped(actor, KycDocument.filter(customer_id=customer_id)).order_by(
        "-created_at", "-id"
    )
    return sorted(rows, key=lambda d: d.status is DocumentStatus.RETIRED)


async def expiring_documents(
    actor: Actor, within_days: int = EXPIRING_DAYS, today: dt.date | None = None
) -> list[KycDocument]:
    """Documents in force that expire within ``within_days`` or already have."""
    require(actor, READ)
    if not 0 <= within_days <= 366:
        raise ValidationFailed.one(
            "within_days", "OUT_OF_RANGE", "Between 0 and 366 days"
        )
    horizon = (today or dt.date.today()) + dt.timedelta(days=within_days)
    query = KycDocument.filter(
        expires_on__lte=horizon,
        status__in=[DocumentStatus.PENDING, DocumentStatus.VERIFIED],
        customer__archived_at__isnull=True,
    )
    return await scoped(actor, query).order_by("expires_on", "id").limit(MAX_EXPIRING)


async def reseal_documents(batch: int = 500) -> int:
    """Re-seal document numbers not under the active key (after a rotation)."""
    active, changed, last_id = crypto.keyring().active, 0, 0
    query = KycDocument.filter(id__gt=last_id).order_by("id").limit(batch)
    while rows := await query:
        for document in rows:
            if document.number and crypto.key_id_of(document.number) != active:
                number = crypto.seal(open_number(document), identity(document))
                await KycDocument.filter(id=document.id).update(number=number)
                changed += 1
        last_id = rows[-1].id
        query = KycDocument.filter(id__gt=last_id).order_by("id").limit(batch)
    return changed


async def move_to(other_id: int, survivor_id: int, conn) -> int:
    """A merge: the other's documents now belong to the survivor, still sealed."""
    return (
        await KycDocument.filter(customer_id=other_id)
        .using_db(conn)
        .update(customer_id=survivor_id)
    )


async def combine_on_merge(
    actor: Actor, other_id: int, survivor_id: int, conn, at: dt.datetime
) -> list[tuple[int, int]]:
    """Before a merge moves the other's documents: of the two customers' documents
    in force, those of one type and number (by the blind index) are one document
    held twice. The best is kept (verified before pending, then the survivor's,
    then the oldest); the others are retired, their reason naming the kept one by
    ID. Returns (kept, retired) document IDs."""
    rows = await (
        KycDocument.filter(customer_id__in=[survivor_id, other_id], status__in=IN_FORCE)
        .exclude(number_index="")
        .using_db(conn)
    )
    groups: dict[tuple[str, str], list[KycDocument]] = {}
    for document in rows:
        key = (str(document.doc_type), document.number_index)
        groups.setdefault(key, []).append(document)
    pairs = []
    for documents in groups.values():
        kept, *others = sorted(
            documents,
            key=lambda d: (
                d.status is not DocumentStatus.VERIFIED,
                d.customer_id != survivor_id,
                d.id,
            ),
        )
        pairs += [(kept.id, retired.id) for retired in others]
    for kept, retired in sorted(pairs):
        await (
            KycDocument.filter(id=retired)
            .using_db(conn)
            .update(
                status=DocumentStatus.RETIRED,
                retired_by=actor.subject,
                retired_at=at,
                retired_reason=f"Held twice after a merge; kept as document {kept}",
                version=F("version") + 1,
            )
        )
    return sorted(pairs)


async def erase_documents(customer_id: int, conn) -> int:
    """Erasure: overwrite the personal facts of the customer's documents (see the
    module's docstring); returns how many documents there were."""
    mine = KycDocument.filter(customer_id=customer_id).using_db(conn)
    count = await mine.update(
        number="",
        number_index="",
        issued_on=None,
        expires_on=None,
        version=F("version") + 1,
    )
    await (
        KycDocument.filter(customer_id=customer_id, retired_reason__not_isnull=True)
        .using_db(conn)
        .update(retired_reason=REDACTED)
    )
    return count


# ---------------------------------------------------------------- follow-up list
# The compliance follow-up screen's read: one window at a time, paged by the API.


def documents_due(
    actor: Actor,
    within_days: int = EXPIRING_DAYS,
    *,
    expired: bool = False,
    today: dt.date | None = None,
) -> QuerySet[KycDocument]:
    """Documents in force of the actor's customers (not archived) that have expired
    (``expired``) or else expire from today to ``within_days`` days on; unordered."""
    require(actor, READ)
    if not 0 <= within_days <= 366:
        raise ValidationFailed.one(
            "within_days", "OUT_OF_RANGE", "Between 0 and 366 days"
        )
    today = today or dt.date.today()
    window = (
        {"expires_on__lt": today}
        if expired
        else {
            "expires_on__gte": today,
            "expires_on__lte": today + dt.timedelta(days=within_days),
        }
    )
    query = KycDocument.filter(
        status__in=[DocumentStatus.PENDING, DocumentStatus.VERIFIED],
        customer__archived_at__isnull=True,
        **window,
    )
    return scoped(actor, query)
