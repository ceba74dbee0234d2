"""Erasure of a customer's personal data on request (the right to be forgotten).

Erasure is irreversible, so it takes four eyes: one person requests it
(``request_erasure``: the ground and the reference of the data subject's request),
a different person approves it (``approve``) and only then, in the approval's own
transaction, is the data erased. The requester may not approve their own request
(``Refused("SAME_APPROVER")``); anyone holding ``customer.erase`` may reject a
request with a reason (``reject``; the requester's own rejection is a withdrawal).
A customer has at most one pending request. Every step is audited on the customer.

A bank may not forget everything at once: anti-money-laundering law keeps a
customer's identification and transaction records for five years after the
relationship ends (PRC Anti-Money Laundering Law art. 19; EU Directive 2015/849
art. 40), and an open account or complaint is a relationship still running. So a
request, and again its approval, first look for holds and refuse with all of them
(``ErasureHeld``); a refused approval leaves the request pending:

    OPEN_ACCOUNTS      an account that is not closed
    OPEN_COMPLAINTS    a complaint neither resolved nor closed
    OPEN_ALERTS        an abnormal-transaction alert still open or escalated
    RETENTION_PERIOD   the relationship ended less than ``CIMS_ERASURE_RETENTION_YEARS``
                       (default 5) years ago; it ended at the latest account
                       closing, transaction or complaint resolution

On approval, in one transaction: the personal fields of the customer row are
overwritten (names, birth date, gender, documents, contacts, address, occupation,
income, tags and custom attributes; sealed values and their blind indexes removed;
the name replaced by a random pseudonym), the row is closed and archived and keeps
its number, branch, kind, nationality and KYC state; free text about the person on
the timeline (interaction summaries, complaint descriptions, root causes and event
reasons, survey comments) is overwritten; derived profiling (features, value,
recommendations) is deleted and segment memberships end; unused survey links
expire; the import fingerprints of the rows that created the customer are deleted,
so importing the same file again creates a new customer instead of finding the
pseudonymised one. KYC documents lose their numbers, blind indexes and dates (type,
issuing country and verification state stay: ``kyc.erase_documents``); every
consent whose newest record is a grant is withdrawn by the erasure
(``consent.withdraw_all``); the customer's active relationships end in both
directions, each other side's history saying so (``relationships.end_all``).
Accounts, transactions, dates, amounts, categories and channels stay for the
bank's books. The act is audited with the names of what was erased and the
ground, never the values.

Afterwards nothing personal is added to the pseudonymised row: editing and
restoring it, adding, verifying or retiring KYC documents, recording consent,
relating it to another customer, logging an interaction, filing a complaint, and
reopening or adding a comment or note to a complaint finished before the erasure
(``cims.domain.complaints``) are refused (``ALREADY_ERASED``). The former customer
who comes back is a new customer; the retained books stay where they are.
"""

from __future__ import annotations

import os
import secrets
from datetime import UTC, date, datetime

from tortoise.exceptions import IntegrityError
from tortoise.expressions import F
from tortoise.functions import Max
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from cims.domain import audit, consent, customers, kyc, relationships
from cims.domain.actor import Actor
from cims.domain.errors import (
    Conflict,
    ErasureHeld,
    Hold,
    NotFound,
    Refused,
    ValidationFailed,
)
from cims.domain.validation import search_keys
from cims.models import (
    Account,
    Alert,
    AlertStatus,
    Complaint,
    ComplaintEvent,
    ComplaintStatus,
    Customer,
    CustomerFeatures,
    CustomerValue,
    ErasureGround,
    ErasureRequest,
    ErasureRequestStatus,
    ImportRecord,
    Interaction,
    Recommendation,
    SegmentMembership,
    SurveyInvitation,
    SurveyResponse,
    Transaction,
)
from cims.models.enums import AccountStatus, CustomerStatus, Gender, MaritalStatus

ERASE = "customer.erase"
DEFAULT_RETENTION_YEARS = 5
REDACTED = "[erased]"
PSEUDONYM_PREFIX = "ERASED-"
# Attributes that point at other rows and say nothing about the person.
KEPT_ATTRIBUTES = ("merged_into",)
ERASED_FIELDS = (
    "full_name", "family_name", "given_name", "name_latin", "gender", "birth_date",
    "id_type", "id_number", "occupation", "employer", "education", "marital_status",
    "mobile_phone", "email", "address", "annual_income", "assets", "liabilities",
    "tags", "custom_attributes",
)  # fmt: skip
REFERENCE_MAX = ErasureRequest._meta.fields_map["reference"].max_length
REASON_MAX = 2000
PENDING = ErasureRequestStatus.PENDING
FINISHED_COMPLAINTS = (ComplaintStatus.RESOLVED, ComplaintStatus.CLOSED)
OPEN_ALERTS = (AlertStatus.OPEN, AlertStatus.ESCALATED)


def retention_years() -> int:
    """Years personal data is kept after the relationship ends (configurable)."""
    return int(os.environ.get("CIMS_ERASURE_RETENTION_YEARS", DEFAULT_RETENTION_YEARS))


def _years_after(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year without one
        return day.replace(year=day.year + years, day=28)


async def holds(customer_id: int, today: date | None = None) -> list[Hold]:
    """Everything that keeps the customer's personal data from being erased now."""
    today = today or datetime.now(UTC).date()
    found = []
    open_accounts = (
        await Account.filter(customer_id=customer_id)
        .exclude(status=AccountStatus.CLOSED)
        .count()
    )
    if open_accounts:
        found.append(Hold("OPEN_ACCOUNTS", "Accounts are still open", open_accounts))
    open_complaints = (
        await Complaint.filter(customer_id=customer_id)
        .exclude(status__in=FINISHED_COMPLAINTS)
        .count()
    )
    if open_complaints:
        message = "Complaints are still open"
        found.append(Hold("OPEN_COMPLAINTS", message, open_complaints))
    alerts = await Alert.filter(customer_id=customer_id, status__in=OPEN_ALERTS).count()
    if alerts:
        found.append(Hold("OPEN_ALERTS", "Transaction alerts are under review", alerts))
    years = retention_years()
    ended = await relationship_ended(customer_id)
    if ended is not None and (until := _years_after(ended, years)) > today:
        message = f"Records are kept for {years} years after the last activity"
        found.append(Hold("RETENTION_PERIOD", message, None, until))
    return found


async def relationship_ended(customer_id: int) -> date | None:
    """The day of the latest account closing, transaction or complaint resolution."""
    days = [
        await _latest(Account.filter(customer_id=customer_id), "closed_on"),
        await _latest(Transaction.filter(customer_id=customer_id), "booked_at"),
        await _latest(Complaint.filter(customer_id=customer_id), "resolved_at"),
        await _latest(Complaint.filter(customer_id=customer_id), "closed_at"),
    ]
    days = [d.astimezone(UTC).date() if isinstance(d, datetime) else d for d in days]
    return max((d for d in days if d is not None), default=None)


async def _latest(qs, column: str):
    row = await qs.annotate(latest=Max(column)).first().values("latest")
    return row["latest"] if row else None


def erased_values(customer: Customer) -> dict:
    """The customer row's columns after erasure."""
    pseudonym = PSEUDONYM_PREFIX + secrets.token_hex(4).upper()
    kept = {k: v for k, v in (customer.custom_attributes or {}).items()
            if k in KEPT_ATTRIBUTES}  # fmt: skip
    now = datetime.now(UTC)
    values = {name: None for name in ERASED_FIELDS}
    values.update(
        full_name=pseudonym,
        gender=Gender.UNKNOWN,
        marital_status=MaritalStatus.UNKNOWN,
        tags=[],
        custom_attributes=kept,
        status=CustomerStatus.CLOSED,
        archived_at=customer.archived_at or now,
        erased_at=now,
        updated_at=now,
    )
    values.update(search_keys({"full_name": pseudonym}))
    return values


# ---------------------------------------------------------------- four eyes


async def request_erasure(
    actor: Actor, customer_id: int, ground: ErasureGround | str, reference: str
) -> ErasureRequest:
    """Ask for the customer's personal data to be erased; a second person approves.

    Refused while a hold applies (``ErasureHeld``), when the data is erased
    already, or when a request for the customer is pending (``ERASURE_REQUESTED``).
    """
    customers.require(actor, ERASE)
    ground = _ground(ground)
    reference = _text("reference", reference, REFERENCE_MAX)
    current = await customers.get(actor, customer_id)
    _not_erased(current)
    if found := await holds(customer_id):
        await _record_held(actor, customer_id, found, [f"ground:{ground.value}"])
        raise ErasureHeld(found)
    async with in_transaction() as conn:
        try:
            row = await ErasureRequest.create(
                customer_id=customer_id,
                ground=ground,
                reference=reference,
                pending_customer_id=customer_id,
                requested_by=actor.subject,
                using_db=conn,
            )
        except IntegrityError:
            raise Refused(
                "ERASURE_REQUESTED", "An erasure request for this customer is pending"
            ) from None
        fields = [f"request:{row.id}", f"ground:{ground.value}", "reference"]
        await audit.record(
            actor, "customer.erase.request", "Customer", customer_id, fields, conn=conn
        )
    return row


async def approve(actor: Actor, request_id: int) -> ErasureRequest:
    """Approve a colleague's request and erase the customer's personal data now.

    The holds are checked again in the approval's transaction; while one applies the
    approval is refused (``ErasureHeld``) and the request stays pending.
    """
    customers.require(actor, ERASE)
    row = await get_request(actor, request_id)
    _pending(row)
    if row.requested_by == actor.subject:
        raise Refused(
            "SAME_APPROVER", "A second, different person must approve this erasure"
        )
    try:
        return await _approve(actor, row)
    except ErasureHeld as held:
        # The approval's transaction is rolled back: the refusal is recorded apart.
        fields = [f"request:{row.id}"]
        await _record_held(actor, row.customer_id, held.holds, fields)
        raise


async def _record_held(
    actor: Actor, customer_id: int, found: list, fields: list[str]
) -> None:
    """A request or approval refused by retention holds: who tried, and which
    holds (their codes, never their figures)."""
    details = {"holds": sorted({hold.code for hold in found})}
    await audit.record(
        actor, "customer.erase.held", "Customer", customer_id, fields, details=details
    )


async def _approve(actor: Actor, row: ErasureRequest) -> ErasureRequest:
    async with in_transaction() as conn:
        # Claiming the request first serialises two approvals of it on PostgreSQL;
        # the claim is undone with everything else if a hold or a conflict refuses.
        claimed = await (
            ErasureRequest.filter(id=row.id, status=PENDING)
            .using_db(conn)
            .update(
                status=ErasureRequestStatus.APPROVED,
                pending_customer_id=None,
                decided_by=actor.subject,
                decided_at=datetime.now(UTC),
            )
        )
        if not claimed:
            raise _decided()
        # Holds are read in the transaction, without a lock on accounts or
        # complaints: an account opened in the same instant would be missed.
        # Erasure is a rare, manual step taken after the customer has left, so no
        # such race is expected.
        if found := await holds(row.customer_id):
            raise ErasureHeld(found)
        # Locked until the commit on PostgreSQL: an edit racing the approval either
        # committed before (and is erased with the rest) or waits and then finds a
        # new version; without the lock the approval was refused for the edit. SQLite
        # writes one transaction at a time; _erase's version check holds on both.
        customer = await (
            Customer.filter(id=row.customer_id).using_db(conn).select_for_update().get()
        )
        _not_erased(customer)
        await _erase(actor, customer, row, conn)
    return await ErasureRequest.get(id=row.id)


async def reject(actor: Actor, request_id: int, reason: str) -> ErasureRequest:
    """Turn a pending request down with a reason; the requester's own is withdrawn."""
    customers.require(actor, ERASE)
    reason = _text("reason", reason, REASON_MAX)
    row = await get_request(actor, request_id)
    _pending(row)
    mine = row.requested_by == actor.subject
    status = ErasureRequestStatus.WITHDRAWN if mine else ErasureRequestStatus.REJECTED
    async with in_transaction() as conn:
        changed = await (
            ErasureRequest.filter(id=row.id, status=PENDING)
            .using_db(conn)
            .update(
                status=status,
                pending_customer_id=None,
                decided_by=actor.subject,
                decided_at=datetime.now(UTC),
                decision_reason=reason,
            )
        )
        if not changed:
            raise _decided()
        action = "customer.erase.withdraw" if mine else "customer.erase.reject"
        fields = [f"request:{row.id}", "decision_reason"]
        await audit.record(
            actor, action, "Customer", row.customer_id, fields, conn=conn
        )
    return await ErasureRequest.get(id=row.id)


def requests(
    actor: Actor, statuses: list[ErasureRequestStatus | str] | None = None
) -> QuerySet[ErasureRequest]:
    """Erasure requests of the customers the actor may see (all statuses if none)."""
    customers.require(actor, ERASE)
    qs = ErasureRequest.all()
    if actor.branch_id is not None:
        qs = qs.filter(customer__branch_id=actor.branch_id)
    if statuses:
        qs = qs.filter(status__in=[ErasureRequestStatus(s) for s in statuses])
    return qs


async def get_request(actor: Actor, request_id: int) -> ErasureRequest:
    row = await requests(actor).filter(id=request_id).first()
    if row is None:
        raise NotFound("ErasureRequest")
    return row


async def pending_request(actor: Actor, customer_id: int) -> ErasureRequest | None:
    return await requests(actor, [PENDING]).filter(customer_id=customer_id).first()


def _pending(row: ErasureRequest) -> None:
    if row.status != PENDING:
        raise _decided()


def _decided() -> Refused:
    return Refused("ALREADY_DECIDED", "This erasure request is decided already")


def _not_erased(customer: Customer) -> None:
    if customer.erased_at is not None:
        message = "The customer's personal data is erased already"
        raise Refused("ALREADY_ERASED", message)


def _text(field: str, value: str | None, limit: int) -> str:
    text = (value or "").strip()
    if not text:
        raise ValidationFailed.one(field, "REQUIRED", "A value is required")
    if len(text) > limit:
        raise ValidationFailed.one(field, "TOO_LONG", f"At most {limit} characters")
    return text


async def _erase(actor: Actor, customer: Customer, request: ErasureRequest, conn):
    changed = await (
        Customer.filter(id=customer.id, version=customer.version)
        .using_db(conn)
        .update(version=F("version") + 1, **erased_values(customer))
    )
    if not changed:
        latest = await Customer.get(id=customer.id).using_db(conn)
        raise Conflict("Customer", latest.version)
    redacted = await _redact_history(customer.id, conn)
    now = datetime.now(UTC)
    if await kyc.erase_documents(customer.id, conn):
        redacted += [
            "KycDocument.number",
            "KycDocument.issued_on",
            "KycDocument.expires_on",
        ]
    withdrawn = await consent.withdraw_all(actor, customer.id, now, conn)
    redacted += [f"consent:{purpose.value}:withdrawn" for purpose in withdrawn]
    if others := await relationships.end_all(actor, customer.id, now, conn):
        redacted.append("CustomerRelation.ended_at")
        await audit.record_many(
            actor,
            "relation.end",
            [("Customer", other, ["relations", "erasure"]) for other in others],
            conn=conn,
        )
    # The fingerprints of the imported rows are keyed hashes of the person's data:
    # kept, a re-import of the same file would match the pseudonymised row.
    prints = ImportRecord.filter(customer_no=customer.customer_no).using_db(conn)
    if await prints.delete():
        redacted.append("ImportRecord")
    fields = [
        *ERASED_FIELDS,
        *redacted,
        f"ground:{ErasureGround(request.ground).value}",
        f"request:{request.id}",
    ]
    await audit.record(
        actor, "customer.erase", "Customer", customer.id, fields, conn=conn
    )


def _ground(value: ErasureGround | str) -> ErasureGround:
    try:
        return ErasureGround(value)
    except ValueError:
        choices = ", ".join(g.value for g in ErasureGround)
        message = f"Choose one of: {choices}"
        raise ValidationFailed.one("ground", "INVALID_CHOICE", message) from None


async def _redact_history(customer_id: int, conn) -> list[str]:
    """Free text and profiling about the person; returns what was touched."""
    mine = {"customer_id": customer_id}
    now = datetime.now(UTC)
    await Interaction.filter(**mine).using_db(conn).update(summary=REDACTED)
    await (
        Complaint.filter(**mine)
        .using_db(conn)
        .update(description=REDACTED, root_cause=None)
    )
    await (
        ComplaintEvent.filter(**mine, reason__not_isnull=True)
        .using_db(conn)
        .update(reason=REDACTED)
    )
    await SurveyResponse.filter(**mine).using_db(conn).update(comment=None)
    await (
        SurveyInvitation.filter(**mine, used_at__isnull=True, expires_at__gt=now)
        .using_db(conn)
        .update(expires_at=now)
    )
    for derived in (CustomerFeatures, CustomerValue, Recommendation):
        await derived.filter(**mine).using_db(conn).delete()
    await (
        SegmentMembership.filter(**mine, until__isnull=True)
        .using_db(conn)
        .update(until=now)
    )
    return [
        "Interaction.summary", "Complaint.description", "Complaint.root_cause",
        "ComplaintEvent.reason", "SurveyResponse.comment",
        "SurveyInvitation.expires_at", "CustomerFeatures", "CustomerValue",
        "Recommendation", "SegmentMembership.until",
    ]  # fmt: skip
