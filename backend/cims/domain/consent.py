"""Consent records: what a customer allowed, for which purpose, and since when.

The history is append-only: granting or withdrawing adds a record and never
changes one, so the record of what a customer said on a given day survives. The
current state of a purpose is its newest record; a purpose never recorded, or a
grant past its expiry date, counts as not granted.

``granted_customers`` answers the question features that market to customers
must ask before they do: which of these customers may be contacted for a
purpose; ``may_contact`` is the same for one customer, and ``granted_condition``
narrows a customer query (the list's and the export's ``consentGranted``
filter) to them.

Offers follow a softer rule: a customer never asked keeps them, one who said no
does not. ``withheld_customers`` and ``withheld_condition`` name the customers
whose newest record for a purpose is a withdrawal or an expired grant; the
graph's ``Customer.recommendations`` and the analytics overview's offer figures
leave them out for MARKETING.

Erasing a customer's personal data withdraws every purpose whose newest record is
a grant (``withdraw_all``: a withdrawal on the ERASURE channel, by the approver, at
the erasure's time); afterwards no consent is recorded for the customer
(``ALREADY_ERASED``). Staff cannot choose the ERASURE channel.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from tortoise.expressions import Q, Subquery
from tortoise.transactions import in_transaction

from cims.domain import audit
from cims.domain.access import customer_in_scope, require, writable_customer
from cims.domain.actor import Actor
from cims.domain.errors import ConsentWithdrawn, ValidationFailed
from cims.domain.validation import Bad, parse_date
from cims.models import ConsentRecord
from cims.models.records import ConsentChannel, ConsentPurpose

READ = "customer.read"
WRITE = "consent.record"


@dataclass(frozen=True)
class ConsentState:
    purpose: ConsentPurpose
    granted: bool
    record: ConsentRecord | None  # the newest one; None when never recorded


def _choice(enum, name: str, value: Any):
    try:
        return enum(value)
    except ValueError:
        raise ValidationFailed.one(name, "INVALID_CHOICE", f"Not a {name}") from None


def _expiry(value: Any, granted: bool) -> dt.date | None:
    if value is None or value == "":
        return None
    if not granted:
        raise ValidationFailed.one(
            "expires_on", "NOT_FOR_WITHDRAWAL", "Only a grant can have an expiry date"
        )
    try:
        expires = parse_date(value)
    except Bad as bad:
        raise ValidationFailed.one("expires_on", bad.code, bad.message) from None
    if expires <= dt.date.today():
        raise ValidationFailed.one(
            "expires_on", "IN_THE_PAST", "The expiry date must be in the future"
        )
    return expires


async def record_consent(
    actor: Actor,
    customer_id: int,
    purpose: Any,
    granted: bool,
    channel: Any,
    expires_on: Any = None,
) -> ConsentRecord:
    """Append a grant or a withdrawal, audited in the same transaction."""
    require(actor, WRITE)
    await writable_customer(actor, customer_id)
    values = {
        "purpose": _choice(ConsentPurpose, "purpose", purpose),
        "channel": _choice(ConsentChannel, "channel", channel),
        "expires_on": _expiry(expires_on, granted),
    }
    if values["channel"] is ConsentChannel.ERASURE:
        raise ValidationFailed.one(
            "channel", "INVALID_CHOICE", "Only an erasure records this channel"
        )
    async with in_transaction() as conn:
        customer = await writable_customer(actor, customer_id, conn)
        # Two grants for one purpose at the same instant could both stay
        # current; the state shown is read from the newest record regardless.
        await (
            ConsentRecord.filter(
                customer_id=customer.id, purpose=values["purpose"], current=True
            )
            .using_db(conn)
            .update(current=False)
        )
        record = await ConsentRecord.create(
            using_db=conn,
            customer_id=customer.id,
            granted=granted,
            recorded_at=dt.datetime.now(dt.UTC),
            recorded_by=actor.subject,
            **values,
        )
        action = "consent.grant" if granted else "consent.withdraw"
        await audit.record(
            actor, action, "Customer", customer.id, ["consent"], conn=conn
        )
    return record


async def history(actor: Actor, customer_id: int) -> list[ConsentRecord]:
    """Every record of the customer, newest first."""
    require(actor, READ)
    await customer_in_scope(actor, customer_id)
    return await ConsentRecord.filter(customer_id=customer_id).order_by(
        "-recorded_at", "-id"
    )


def current_states(
    records: Iterable[ConsentRecord], today: dt.date | None = None
) -> list[ConsentState]:
    """One state per purpose, from records in any order."""
    newest: dict[ConsentPurpose, ConsentRecord] = {}
    for record in records:
        seen = newest.get(record.purpose)
        if seen is None or (record.recorded_at, record.id) > (
            seen.recorded_at,
            seen.id,
        ):
            newest[record.purpose] = record
    today = today or dt.date.today()
    return [
        ConsentState(
            purpose, _in_force(newest.get(purpose), today), newest.get(purpose)
        )
        for purpose in ConsentPurpose
    ]


def _in_force(record: ConsentRecord | None, today: dt.date) -> bool:
    if record is None or not record.granted:
        return False
    return record.expires_on is None or record.expires_on > today


async def current(actor: Actor, customer_id: int) -> list[ConsentState]:
    return current_states(await history(actor, customer_id))


async def granted_customers(
    purpose: ConsentPurpose, customer_ids: Iterable[int], today: dt.date | None = None
) -> set[int]:
    """Those of ``customer_ids`` whose consent to ``purpose`` is in force now.

    No permission check: callers (exports, campaigns, recommendations) have made
    their own, and this returns IDs they already hold.
    """
    ids = list(set(customer_ids))
    rows = await ConsentRecord.filter(customer_id__in=ids, purpose=purpose)
    by_customer: dict[int, list[ConsentRecord]] = {}
    for row in rows:
        by_customer.setdefault(row.customer_id, []).append(row)
    return {
        customer_id
        for customer_id, records in by_customer.items()
        if any(
            s.granted for s in current_states(records, today) if s.purpose == purpose
        )
    }


async def may_contact(
    customer_id: int, purpose: ConsentPurpose = ConsentPurpose.MARKETING
) -> bool:
    return customer_id in await granted_customers(purpose, [customer_id])


def granted_condition(purpose: ConsentPurpose, today: dt.date | None = None) -> Q:
    """Customers whose consent to ``purpose`` is in force, as a query condition."""
    today = today or dt.date.today()
    in_force = ConsentRecord.filter(
        Q(expires_on__isnull=True) | Q(expires_on__gt=today),
        purpose=purpose,
        current=True,
        granted=True,
    )
    return Q(id__in=Subquery(in_force.values("customer_id")))


def _withheld(purpose: ConsentPurpose, today: dt.date | None):
    today = today or dt.date.today()
    return ConsentRecord.filter(
        Q(granted=False) | Q(expires_on__lte=today), purpose=purpose, current=True
    )


def withheld_condition(
    purpose: ConsentPurpose, path: str = "", today: dt.date | None = None
) -> Q:
    """Rows whose customer (``path`` leads to its id, e.g. ``customer_``) withdrew
    ``purpose`` or let its grant expire, as a condition to exclude."""
    subquery = Subquery(_withheld(purpose, today).values("customer_id"))
    return Q(**{f"{path}id__in": subquery})


async def withheld_customers(
    purpose: ConsentPurpose, customer_ids: Iterable[int], today: dt.date | None = None
) -> set[int]:
    """Those of ``customer_ids`` who withdrew ``purpose`` or whose grant expired;
    a customer never asked is not among them. No permission check (see
    ``granted_customers``)."""
    rows = (
        await _withheld(purpose, today)
        .filter(customer_id__in=list(set(customer_ids)))
        .values_list("customer_id", flat=True)
    )
    return set(rows)


async def move_to(other_id: int, survivor_id: int, conn) -> int:
    """A merge: the other's history joins the survivor's, records unchanged;
    per purpose only the newest of both stays current."""
    moved = (
        await ConsentRecord.filter(customer_id=other_id)
        .using_db(conn)
        .update(customer_id=survivor_id)
    )
    records = await ConsentRecord.filter(customer_id=survivor_id).using_db(conn)
    newest = {s.record.id for s in current_states(records) if s.record}
    await (
        ConsentRecord.filter(customer_id=survivor_id, current=True)
        .exclude(id__in=list(newest))
        .using_db(conn)
        .update(current=False)
    )
    return moved


async def refuse_if_withheld(
    customer_id: int,
    purpose: ConsentPurpose = ConsentPurpose.MARKETING,
    today: dt.date | None = None,
) -> None:
    """Raise ``ConsentWithdrawn`` when the customer's newest record for ``purpose``
    is a withdrawal or an expired grant (a customer never asked passes, as for
    offers). No permission check (see ``granted_customers``)."""
    today = today or dt.date.today()
    record = (
        await _withheld(purpose, today)
        .filter(customer_id=customer_id)
        .order_by("-recorded_at", "-id")
        .first()
    )
    if record is None:
        return
    if record.granted:  # a grant past its expiry date
        raise ConsentWithdrawn(purpose.value, record.expires_on, expired=True)
    raise ConsentWithdrawn(purpose.value, record.recorded_at.date(), expired=False)


async def withdraw_all(
    actor: Actor, customer_id: int, at: dt.datetime, conn
) -> list[ConsentPurpose]:
    """Erasure: a withdrawal for every purpose whose newest record is a grant
    (in force or expired); returns those purposes. No permission check: the
    erasure's approval made it."""
    records = await ConsentRecord.filter(customer_id=customer_id).using_db(conn)
    granted = [
        s.purpose for s in current_states(records) if s.record and s.record.granted
    ]
    if not granted:
        return []
    await (
        ConsentRecord.filter(customer_id=customer_id, purpose__in=granted, current=True)
        .using_db(conn)
        .update(current=False)
    )
    await ConsentRecord.bulk_create(
        [
            ConsentRecord(
                customer_id=customer_id,
                purpose=purpose,
                granted=False,
                channel=ConsentChannel.ERASURE,
                recorded_at=at,
                recorded_by=actor.subject,
            )
            for purpose in granted
        ],
        using_db=conn,
    )
    return granted
