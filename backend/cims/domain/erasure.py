"""Erasure of a customer's personal data on request (the right to be forgotten).

A bank may not forget everything at once: anti-money-laundering law keeps a
customer's identification and transaction records for five years after the
relationship ends (PRC Anti-Money Laundering Law art. 19; EU Directive 2015/849
art. 40), and an open account or complaint is a relationship still running. So
``erase`` first looks for holds and refuses with all of them (``ErasureHeld``):

    OPEN_ACCOUNTS      an account that is not closed
    OPEN_COMPLAINTS    a complaint neither resolved nor closed
    OPEN_ALERTS        an abnormal-transaction alert still open or escalated
    RETENTION_PERIOD   the relationship ended less than ``CIMS_ERASURE_RETENTION_YEARS``
                       (default 5) years ago; it ended at the latest account
                       closing, transaction or complaint resolution

Without a hold, in one transaction: the personal fields of the customer row are
overwritten (names, birth date, gender, documents, contacts, address, occupation,
income, tags and custom attributes; sealed values and their blind indexes removed;
the name replaced by a random pseudonym), the row is closed and archived and keeps
its number, branch, kind, nationality and KYC state; free text about the person on
the timeline (interaction summaries, complaint descriptions, root causes and event
reasons, survey comments) is overwritten; derived profiling (features, value,
recommendations) is deleted and segment memberships end; unused survey links
expire. Accounts, transactions, dates, amounts, categories and channels stay for
the bank's books. The act is audited with the names of what was erased and the
ground, never the values.
"""

from __future__ import annotations

import os
import secrets
from datetime import UTC, date, datetime
from enum import StrEnum

from tortoise.expressions import F
from tortoise.functions import Max
from tortoise.transactions import in_transaction

from cims.domain import audit, customers
from cims.domain.actor import Actor
from cims.domain.errors import (
    Conflict,
    ErasureHeld,
    Hold,
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
FINISHED_COMPLAINTS = (ComplaintStatus.RESOLVED, ComplaintStatus.CLOSED)
OPEN_ALERTS = (AlertStatus.OPEN, AlertStatus.ESCALATED)


class ErasureGround(StrEnum):
    """Why the customer asked (GDPR art. 17(1); PIPL art. 47)."""

    WITHDRAWN_CONSENT = "withdrawn_consent"
    NO_LONGER_NEEDED = "no_longer_needed"
    OBJECTION = "objection"
    UNLAWFUL_PROCESSING = "unlawful_processing"
    LEGAL_OBLIGATION = "legal_obligation"


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


async def erase(
    actor: Actor, customer_id: int, version: int, ground: ErasureGround | str
) -> Customer:
    """Erase the customer's personal data, or raise ``ErasureHeld`` with every hold."""
    customers.require(actor, ERASE)
    ground = _ground(ground)
    current = await customers.get(actor, customer_id)
    if current.erased_at is not None:
        message = "The customer's personal data is erased already"
        raise Refused("ALREADY_ERASED", message)
    if current.version != version:
        raise Conflict("Customer", current.version)
    # Holds are read before the write, without a lock on accounts or complaints: an
    # account opened in the same instant would be missed. Erasure is a rare, manual
    # step taken after the customer has left, so no such race is expected.
    if found := await holds(customer_id):
        raise ErasureHeld(found)
    async with in_transaction() as conn:
        changed = await (
            Customer.filter(id=customer_id, version=version)
            .using_db(conn)
            .update(version=F("version") + 1, **erased_values(current))
        )
        if not changed:
            latest = await Customer.get(id=customer_id).using_db(conn)
            raise Conflict("Customer", latest.version)
        redacted = await _redact_history(customer_id, conn)
        fields = [*ERASED_FIELDS, *redacted, f"ground:{ground.value}"]
        await audit.record(
            actor, "customer.erase", "Customer", customer_id, fields, conn=conn
        )
    return await Customer.get(id=customer_id)


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
