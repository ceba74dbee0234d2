"""Interactions with customers, and each customer's timeline.

An interaction is logged by staff, or through the API by another system under a
service account (``source=Source.API``). The timeline puts a customer's interactions,
complaint events, survey answers, account openings and large transactions in one
list, newest first, paged by keyset on (time, kind, id).
"""

from __future__ import annotations

import logging
import os
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Any

from tortoise import Tortoise
from tortoise.expressions import Q
from tortoise.functions import Count
from tortoise.models import Model
from tortoise.transactions import in_transaction

from cims.domain import audit, principals
from cims.domain.access import (
    one_in_scope,
    require,
    scoped,
    writable_customer,
)
from cims.domain.actor import Actor
from cims.domain.calendar import bank_calendar, utc
from cims.domain.errors import FieldProblem, NotFound, ValidationFailed
from cims.domain.inputs import (
    enum_value,
    raise_problems,
    text_problem,
    time_problem,
)
from cims.domain.paging import Edge, Page, decode_cursor, encode_cursor, page_size
from cims.models import (
    Account,
    Branch,
    ComplaintEvent,
    Customer,
    Interaction,
    InteractionDirection,
    Product,
    ServiceChannel,
    SurveyResponse,
    Transaction,
)
from cims.models.enums import Source

log = logging.getLogger(__name__)

PURPOSE_MAX = 100
SUMMARY_MAX = 4000
WRITE = "interaction.write"


def backdate_window() -> timedelta:
    """How long before it is logged an interaction may have happened
    (``CIMS_INTERACTION_BACKDATE_DAYS``, 365 like complaints): one from long ago would
    reorder the timeline and the service statistics behind everyone's back."""
    return timedelta(days=int(os.environ.get("CIMS_INTERACTION_BACKDATE_DAYS", "365")))


def _backdate_problem(occurred_at: datetime, now: datetime) -> FieldProblem | None:
    window = backdate_window()
    if occurred_at >= now - window:
        return None
    days = window.days
    return FieldProblem(
        "occurredAt",
        "TOO_OLD",
        f"Happened more than {days} days ago; log interactions within {days} days",
    )


async def log_interaction(
    actor: Actor,
    customer_id: int,
    *,
    channel: ServiceChannel | str,
    direction: InteractionDirection | str,
    purpose: str,
    summary: str,
    occurred_at: datetime | None = None,
    staff: str | None = None,
    branch_id: int | None = None,
    account_id: int | None = None,
    product_id: int | None = None,
    source: Source = Source.MANUAL,
    now: datetime | None = None,
) -> Interaction:
    """Record one interaction. ``staff`` names who handled it: an active staff
    member (by username or subject) who holds ``interaction.write`` and may work on
    the customer's branch (else ``NOT_A_HANDLER``, ``OUT_OF_SCOPE``); it defaults to
    the actor when staff log it. ``occurred_at`` lies in the past, within
    :func:`backdate_window` (else ``TOO_OLD``)."""
    require(actor, WRITE)
    customer = await writable_customer(actor, customer_id)  # erased: refused
    now = utc(now)
    occurred_at = occurred_at or now
    channel = enum_value(ServiceChannel, channel, "channel")
    direction = enum_value(InteractionDirection, direction, "direction")
    problems = [
        text_problem(purpose, "purpose", PURPOSE_MAX),
        text_problem(summary, "summary", SUMMARY_MAX),
        time_problem(occurred_at, "occurredAt", now)
        or _backdate_problem(occurred_at, now),
        staff := await principals.staff_on_duty(
            staff, "staff", customer.branch_id, WRITE
        ),
        channel,
        direction,
        *await link_problems(customer, account_id, product_id, branch_id),
    ]
    raise_problems(problems)
    if staff is None and source is Source.MANUAL:
        staff = actor.subject
    async with in_transaction() as conn:
        interaction = await Interaction.create(
            using_db=conn,
            customer=customer,
            staff=staff,
            branch_id=branch_id or actor.branch_id or customer.branch_id,
            account_id=account_id,
            product_id=product_id,
            source=source,
            recorded_by=actor.subject,
            channel=channel,
            direction=direction,
            purpose=purpose.strip(),
            summary=summary.strip(),
            occurred_at=occurred_at.astimezone(UTC),
        )
        fields = ["customer_id", "channel", "direction", "purpose", "summary"]
        fields += [
            name
            for name in ("staff", "account_id", "product_id")
            if getattr(interaction, name) is not None
        ]
        await audit.record(
            actor,
            "interaction.log",
            "Interaction",
            interaction.id,
            ["occurred_at", *fields],
            customer_id=customer.id,
            conn=conn,
        )
    log.info("interaction logged", extra={"interaction_id": interaction.id})
    return interaction


async def get_interaction(actor: Actor, interaction_id: int) -> Interaction:
    require(actor, "customer.read")
    return await one_in_scope(actor, Interaction, interaction_id)


async def link_problems(
    customer: Customer,
    account_id: int | None,
    product_id: int | None,
    branch_id: int | None = None,
) -> list[FieldProblem]:
    """The related account must be the customer's; product and branch must exist."""
    problems = []
    if account_id is not None and not await Account.exists(
        id=account_id, customer_id=customer.id
    ):
        problems.append(FieldProblem("accountId", "NOT_FOUND", "No such account"))
    if product_id is not None and not await Product.exists(id=product_id):
        problems.append(FieldProblem("productId", "NOT_FOUND", "No such product"))
    if branch_id is not None and not await Branch.exists(id=branch_id):
        problems.append(FieldProblem("branchId", "NOT_FOUND", "No such branch"))
    return problems


# --- the timeline ---------------------------------------------------------------------


class TimelineKind(StrEnum):
    INTERACTION = "interaction"
    COMPLAINT_EVENT = "complaint_event"
    SURVEY_RESPONSE = "survey_response"
    ACCOUNT_OPENED = "account_opened"
    LARGE_TRANSACTION = "large_transaction"


# Among entries at the same instant, the later kind in this list comes first.
RANK = {kind: rank for rank, kind in enumerate(TimelineKind)}


@dataclass(frozen=True)
class TimelineEntry:
    kind: TimelineKind
    at: datetime
    id: int
    item: Any  # the row: Interaction, ComplaintEvent, SurveyResponse, Account, ...

    @property
    def key(self) -> tuple[datetime, int, int]:
        return (self.at, RANK[self.kind], self.id)

    @property
    def cursor(self) -> str:
        return encode_cursor(self.at.isoformat(), RANK[self.kind], self.id)


@dataclass(frozen=True)
class _Source:
    kind: TimelineKind
    model: type[Model]
    time_field: str
    permission: str | None = None


_SOURCES = (
    _Source(TimelineKind.INTERACTION, Interaction, "occurred_at"),
    _Source(TimelineKind.COMPLAINT_EVENT, ComplaintEvent, "at", "complaint.read"),
    _Source(TimelineKind.SURVEY_RESPONSE, SurveyResponse, "answered_at", "survey.read"),
    _Source(TimelineKind.LARGE_TRANSACTION, Transaction, "booked_at"),
)


def large_transaction_threshold() -> Decimal:
    """From ``CIMS_LARGE_TRANSACTION``; 50,000 by default, in the account's currency."""
    return Decimal(os.environ.get("CIMS_LARGE_TRANSACTION", "50000"))


async def timeline(
    actor: Actor, customer_id: int, first: int | None = 20, after: str | None = None
) -> Page[TimelineEntry]:
    """The customer's history, newest first; entries the actor may not read left out."""
    pages = await timelines(actor, [customer_id], first, after)
    if customer_id not in pages:
        raise NotFound("Customer")
    return pages[customer_id]


async def timelines(
    actor: Actor,
    customer_ids: Iterable[int],
    first: int | None = 20,
    after: str | None = None,
) -> dict[int, Page[TimelineEntry]]:
    """The same page of several customers' timelines, by customer ID, in a fixed
    number of SQL statements however many customers are asked for: the scope, the
    accounts, then each kind's newest rows (numbered per customer by a window
    function), those rows, and each kind's counts. Customers outside the actor's
    scope are left out of the result."""
    require(actor, "customer.read")
    limit = page_size(first)
    cursor = _decode(after) if after else None
    ids = await _in_scope(actor, customer_ids)
    if not ids:
        return {}
    sources = [s for s in _SOURCES if s.permission is None or actor.can(s.permission)]
    entries = await _accounts_opened(ids)
    totals = defaultdict(int, Counter(entry.item.customer_id for entry in entries))
    entries = [entry for entry in entries if cursor is None or entry.key < cursor]
    for source in sources:
        entries += await _fetch(source, ids, cursor, limit + 1)
        for customer_id, n in (await _counts(source, ids)).items():
            totals[customer_id] += n
    by_customer: dict[int, list[TimelineEntry]] = defaultdict(list)
    for entry in entries:
        by_customer[entry.item.customer_id].append(entry)
    return {cid: _page(by_customer[cid], limit, totals[cid]) for cid in ids}


def _page(entries: list[TimelineEntry], limit: int, total: int) -> Page:
    entries.sort(key=lambda entry: entry.key, reverse=True)
    edges = [Edge(entry.cursor, entry) for entry in entries[:limit]]
    return Page(edges, has_next_page=len(entries) > limit, total_count=total)


async def _in_scope(actor: Actor, customer_ids: Iterable[int]) -> list[int]:
    wanted = sorted(set(customer_ids))
    one = len(wanted) == 1  # the common case of one customer's page: no IN list
    query = Customer.filter(id=wanted[0]) if one else Customer.filter(id__in=wanted)
    return list(await scoped(actor, query, "").values_list("id", flat=True))


def _decode(after: str) -> tuple[datetime, int, int]:
    at, rank, id_ = decode_cursor(after, 3)
    try:
        moment = datetime.fromisoformat(at)
    except (TypeError, ValueError):
        moment = None
    valid = isinstance(rank, int) and isinstance(id_, int)
    if moment is None or moment.tzinfo is None or not valid:
        raise ValidationFailed.one("after", "INVALID_CURSOR", "Not a valid cursor")
    return utc(moment), rank, id_


def _query(source: _Source, customer_ids: list[int]):
    query = source.model.filter(customer_id__in=customer_ids)
    if source.kind is TimelineKind.LARGE_TRANSACTION:
        threshold = large_transaction_threshold()
        query = query.filter(Q(amount__gte=threshold) | Q(amount__lte=-threshold))
    return query


async def _counts(source: _Source, customer_ids: list[int]) -> dict[int, int]:
    rows = (
        await _query(source, customer_ids)
        .group_by("customer_id")
        .annotate(n=Count("id"))
        .values("customer_id", "n")
    )
    return {row["customer_id"]: row["n"] for row in rows}


async def _fetch(source: _Source, customer_ids: list[int], cursor, limit: int) -> list:
    """Each customer's newest ``limit`` rows of one kind, after the cursor."""
    conn = Tortoise.get_connection("default")
    sql, params = _newest_ids_sql(source, customer_ids, cursor, limit, conn)
    ids = [row["id"] for row in await conn.execute_query_dict(sql, params)]
    if not ids:
        return []
    field = source.time_field
    rows = await source.model.filter(id__in=ids)
    return [
        TimelineEntry(source.kind, getattr(row, field), row.id, row) for row in rows
    ]


def _newest_ids_sql(source: _Source, customer_ids, cursor, limit: int, conn):
    """SQL for the IDs of each customer's newest ``limit`` rows of one kind.

    Written out because the ORM has no window functions; every value is a bound
    parameter. SQLite keeps times as ISO text with their offset (all UTC here),
    so a time is compared as the same text; it has no DECIMAL type to bind.
    """
    postgres = conn.capabilities.dialect == "postgres"
    params: list[Any] = []

    def mark(value: Any) -> str:
        if not postgres and isinstance(value, datetime):
            value = value.isoformat(" ")
        elif not postgres and isinstance(value, Decimal):
            value = str(value)
        params.append(value)
        return f"${len(params)}" if postgres else "?"

    time = f'"{source.time_field}"'
    conditions = [f"customer_id IN ({', '.join(mark(c) for c in customer_ids)})"]
    if source.kind is TimelineKind.LARGE_TRANSACTION:
        threshold = large_transaction_threshold()
        # Marks are made in the order they appear: SQLite's "?" are positional.
        high = mark(threshold)
        conditions.append(f"(amount >= {high} OR amount <= {mark(-threshold)})")
    if cursor is not None:
        conditions.append(_after_sql(source, cursor, time, mark))
    table = source.model._meta.db_table
    sql = (
        "SELECT id FROM (SELECT id, ROW_NUMBER() OVER (PARTITION BY customer_id"
        f' ORDER BY {time} DESC, id DESC) AS rn FROM "{table}"'
        f" WHERE {' AND '.join(conditions)}) ranked WHERE rn <= {mark(limit)}"
    )
    return sql, params


def _after_sql(source: _Source, cursor, time: str, mark) -> str:
    """Rows whose key (time, rank, id) sorts below the cursor's."""
    at, rank, id_ = cursor
    own_rank = RANK[source.kind]
    if own_rank < rank:
        return f"{time} <= {mark(at)}"
    if own_rank > rank:
        return f"{time} < {mark(at)}"
    return f"({time} < {mark(at)} OR ({time} = {mark(at)} AND id < {mark(id_)}))"


async def _accounts_opened(customer_ids: list[int]) -> list[TimelineEntry]:
    """Account openings, dated midnight bank time (accounts carry a date only).

    A customer holds a handful of accounts, so they are paged here, not in SQL.
    """
    calendar = bank_calendar()
    return [
        TimelineEntry(
            TimelineKind.ACCOUNT_OPENED, calendar.start_of(a.opened_on), a.id, a
        )
        for a in await Account.filter(customer_id__in=customer_ids)
    ]
