"""The audit trail: every change and every read of personal data, chained by hash.

Each event's hash covers its content and the previous event's hash, so removing or
altering an event breaks the chain from there on; ``verify`` finds where.
Appends are serialised (an advisory lock on PostgreSQL; SQLite has one writer), so
the chain never forks under concurrent requests. On PostgreSQL an append is one
statement, a routine of the schema (``cims.models.routines``) that takes the lock,
reads the head and inserts: one round trip, and the lock held only while it runs.

Reads of personal data are many and the lock is one for the whole database, so
``record_batched`` appends the events of the requests of one process that arrive
while an append is under way together, in the next append: one transaction, one
lock, one insert. Each request still waits until its events are committed.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import NamedTuple

from tortoise import Tortoise
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from cims.domain.actor import Actor
from cims.domain.calendar import utc
from cims.domain.errors import NotFound, PermissionDenied
from cims.domain.inputs import raise_problems, zone_problem
from cims.models import AuditEvent
from cims.models.routines import AUDIT_APPEND, CHAIN_LOCK

GENESIS = "0" * 64
READ = "audit.read"


def canonical(event: dict) -> str:
    """The text an event's hash covers after the previous hash (ASCII only)."""
    return json.dumps(event, sort_keys=True, separators=(",", ":"), default=str)


def digest(prev_hash: str, event: dict) -> str:
    return hashlib.sha256((prev_hash + canonical(event)).encode()).hexdigest()


def _content(row: AuditEvent | dict) -> dict:
    get = row.get if isinstance(row, dict) else lambda k: getattr(row, k)
    occurred = get("occurred_at")
    content = {
        "occurred_at": occurred.astimezone(UTC).isoformat(timespec="microseconds"),
        "actor": get("actor"),
        "action": get("action"),
        "entity": get("entity"),
        "entity_id": get("entity_id"),
        "field_names": list(get("field_names") or []),
        "request_id": get("request_id"),
        "client_address": get("client_address"),
    }
    # Only events with details hash them, so events written before details
    # existed keep their hashes.
    if get("details") is not None:
        content["details"] = get("details")
    # Likewise the customer, which events written before it was kept lack.
    if get("customer_id") is not None:
        content["customer_id"] = get("customer_id")
    return content


class Entry(NamedTuple):
    """One event of an append: the entity, the field names, and the customer the
    event is about when the entity is not the customer itself (a KYC document, an
    assessment, an alert), so that the customer's trail finds it."""

    entity: str
    entity_id: int | str | None
    fields: Iterable[str] = ()
    details: dict | None = None
    customer_id: int | None = None


# What _event gives, with the chain's two hashes: every column but the key.
EVENT_COLUMNS = frozenset(
    {
        "occurred_at", "actor", "action", "entity", "entity_id", "field_names",
        "request_id", "client_address", "details", "customer_id", "prev_hash", "hash",
    }
)  # fmt: skip


def _event(actor: Actor, action: str, entry: Entry, now) -> dict:
    entity, entity_id, fields, details, customer_id = entry
    if customer_id is None and entity == "Customer" and entity_id is not None:
        customer_id = int(entity_id)
    return {
        "occurred_at": now,
        "actor": actor.subject,
        "action": action,
        "entity": entity,
        "entity_id": None if entity_id is None else str(entity_id),
        "field_names": sorted(set(fields)),
        "request_id": actor.request_id,
        "client_address": actor.client_address,
        "details": details,
        "customer_id": customer_id,
    }


# The chain's head: only its hash is read, so no model is built for it. The log of
# Tortoise's client shows this statement once per append (tests count it).
LAST_HASH_SQL = (
    f'SELECT "hash" FROM "{AuditEvent._meta.db_table}" ORDER BY "id" DESC LIMIT 1'
)


async def _last_hash(conn: BaseDBAsyncClient) -> str:
    if conn.capabilities.dialect == "postgres":
        await conn.execute_query("SELECT pg_advisory_xact_lock($1)", [CHAIN_LOCK])
    _, rows = await conn.execute_query(LAST_HASH_SQL)
    return rows[0][0] if rows else GENESIS


class _Insert(NamedTuple):
    """The INSERT ``bulk_create`` sends for audit events, and per column what it
    does to a value on the way: the model's ``to_python_value`` (on creating the
    model) and then ``to_db_value`` (on inserting it)."""

    sql: str
    columns: tuple[tuple[str, bool, Callable, Callable], ...]


_INSERTS: dict[str, _Insert] = {}


def _insert_for(conn: BaseDBAsyncClient) -> _Insert:
    dialect = conn.capabilities.dialect
    found = _INSERTS.get(dialect)
    if found is None:
        # Tortoise's executor makes (and caches) the statement bulk_create runs.
        executor = conn.executor_class(model=AuditEvent, db=conn)
        fields = AuditEvent._meta.fields_map
        columns = tuple(
            (name, field.null, field.to_python_value, field.to_db_value)
            for name, field in ((n, fields[n]) for n in executor.regular_columns)
        )
        if {name for name, *_ in columns} != EVENT_COLUMNS:
            raise RuntimeError("AuditEvent's columns differ from what _append writes")
        found = _INSERTS[dialect] = _Insert(executor.insert_query, columns)
    return found


def _db_values(insert: _Insert, row: dict) -> list:
    """A row's values as ``AuditEvent(**row)`` and then ``bulk_create`` pass them,
    with the same refusals (None in a non-null column, a value too long)."""
    values = []
    for name, nullable, to_python, to_db in insert.columns:
        value = row[name]
        if value is None and not nullable:
            raise ValueError(f"{name} is non nullable field, but null was passed")
        values.append(to_db(to_python(value), AuditEvent))
    return values


async def record(
    actor: Actor,
    action: str,
    entity: str,
    entity_id: int | str | None,
    fields: Iterable[str] = (),
    *,
    details: dict | None = None,
    customer_id: int | None = None,
    conn: BaseDBAsyncClient | None = None,
) -> None:
    """Append one event; inside ``conn``'s transaction when given. ``details``
    (JSON: identifiers and field names, never personal values) say what the
    action did beyond the field names; ``customer_id`` names the customer an event
    on another entity is about (an event on a Customer names it by itself)."""
    entry = Entry(entity, entity_id, fields, details, customer_id)
    await record_many(actor, action, [entry], conn=conn)


async def record_many(
    actor: Actor,
    action: str,
    entries: list[Entry | tuple],
    *,
    conn: BaseDBAsyncClient | None = None,
) -> int:
    """Append one chained event per ``Entry`` (or a tuple of its leading fields),
    in one transaction."""
    return await _append([(actor, action, entry) for entry in entries], conn)


Event = tuple[Actor, str, Entry | tuple]


async def _append(events: list[Event], conn: BaseDBAsyncClient | None) -> int:
    if not events:
        return 0
    if conn is None:
        conn = Tortoise.get_connection("default")
        if conn.capabilities.dialect != "postgres":
            async with in_transaction() as own:
                return await _append(events, own)
    insert, now = _insert_for(conn), datetime.now(UTC)
    if conn.capabilities.dialect == "postgres":
        return await _append_in_database(conn, insert, events, now)
    prev, rows = await _last_hash(conn), []
    for actor, action, entry in events:
        event = _event(actor, action, Entry(*entry), now)
        current = digest(prev, _content(event))
        event["prev_hash"], event["hash"] = prev, current
        rows.append(_db_values(insert, event))
        prev = current
    # The statement and values AuditEvent.bulk_create would send, without building
    # a model per event: one executemany, in this transaction, rows in chain order.
    await conn.execute_many(insert.sql, rows)
    return len(rows)


# The columns cims_audit_append takes, in its order; it computes the two hashes.
APPEND_COLUMNS = (
    "occurred_at", "actor", "action", "entity", "entity_id", "field_names", "details",
    "customer_id", "request_id", "client_address",
)  # fmt: skip
APPEND_SQL = (
    f'SELECT "{AUDIT_APPEND}"('
    + ", ".join(f"${n}" for n in range(1, len(APPEND_COLUMNS) + 2))
    + ")"
)


async def _append_in_database(
    conn: BaseDBAsyncClient, insert: _Insert, events: list[Event], now: datetime
) -> int:
    """PostgreSQL: lock, head, hashes and inserts in one statement, so one round
    trip (``cims.models.routines``); alone, it is its own transaction. The values
    are converted and refused as on the other path; the hashes are the database's
    ``sha256`` of the same text ``digest`` hashes."""
    columns: list[list] = [[] for _ in APPEND_COLUMNS]
    texts = []
    names = [name for name, *_ in insert.columns]
    for actor, action, entry in events:
        event = _event(actor, action, Entry(*entry), now)
        texts.append(canonical(_content(event)))
        event["prev_hash"] = event["hash"] = GENESIS  # stand-ins: not sent
        values = dict(zip(names, _db_values(insert, event), strict=True))
        for column, name in zip(columns, APPEND_COLUMNS, strict=True):
            column.append(values[name])
    await conn.execute_query(APPEND_SQL, [*columns, texts])
    return len(texts)


async def record_batched(
    actor: Actor,
    action: str,
    entries: list[Entry | tuple],
) -> None:
    """Like ``record_many`` in a transaction of its own, shared with the events
    other requests of this process record meanwhile; returns once they are
    committed, and raises if the append failed.

    Not for events that must commit or roll back with a change: those go in the
    change's transaction (``record``/``record_many`` with ``conn``).
    """
    if entries:
        await _batcher().submit([(actor, action, entry) for entry in entries])


class _Batcher:
    """Appends what was submitted while the previous append ran, in one append."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self.pending: list[tuple[list[Event], asyncio.Future]] = []
        self.task: asyncio.Task | None = None  # held, or it may be collected

    async def submit(self, events: list[Event]) -> None:
        done = self.loop.create_future()
        self.pending.append((events, done))
        if self.task is None:
            self.task = self.loop.create_task(self._drain())
        await done

    async def _drain(self) -> None:
        batch: list[tuple[list[Event], asyncio.Future]] = []
        try:
            while self.pending:
                batch, self.pending = self.pending, []
                try:
                    await _append([e for events, _ in batch for e in events], None)
                except Exception as error:  # noqa: BLE001 - handed to every waiter
                    _settle(batch, error)
                else:
                    _settle(batch, None)
                batch = []
        except BaseException:  # cancelled: no request may wait for ever
            for _, done in batch + self.pending:
                done.cancel()
            self.pending = []
            raise
        finally:
            self.task = None


def _settle(batch: list[tuple[list[Event], asyncio.Future]], error) -> None:
    for _, done in batch:
        if done.done():  # the waiting request was cancelled
            continue
        if error is None:
            done.set_result(None)
        else:
            done.set_exception(error)


_current: _Batcher | None = None


def _batcher() -> _Batcher:
    """This event loop's batcher (tests and commands may run several loops)."""
    global _current
    loop = asyncio.get_running_loop()
    if _current is None or _current.loop is not loop:
        _current = _Batcher(loop)
    return _current


@dataclass
class Verdict:
    events: int
    broken_at: int | None = None
    reason: str | None = None

    @property
    def ok(self) -> bool:
        return self.broken_at is None


async def verify(batch: int = 5000) -> Verdict:
    """Walk the chain in order; report the first event that does not fit."""
    prev, count, last_id = GENESIS, 0, 0
    while True:
        rows = await AuditEvent.filter(id__gt=last_id).order_by("id").limit(batch)
        if not rows:
            return Verdict(events=count)
        for row in rows:
            if row.prev_hash != prev:
                return Verdict(count, row.id, "an event before this one was removed")
            if digest(prev, _content(row)) != row.hash:
                return Verdict(count, row.id, "this event was altered")
            prev, count, last_id = row.hash, count + 1, row.id


async def get_event(actor: Actor, event_id: int) -> AuditEvent:
    """One event, for those who read the trail."""
    if not actor.can(READ):
        raise PermissionDenied(READ)
    event = await AuditEvent.get_or_none(id=event_id)
    if event is None:
        raise NotFound("AuditEvent")
    return event


def search(
    *,
    actor: str | None = None,
    action: str | None = None,
    customer_id: int | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
):
    """Events matching every condition given (permission checked by the caller)."""
    raise_problems([zone_problem(since, "since"), zone_problem(until, "until")])
    qs = AuditEvent.all()
    if actor:
        qs = qs.filter(actor=actor)
    if action:
        qs = qs.filter(action=action)
    if customer_id is not None:
        # Events written before they carried their customer name it as the entity.
        as_entity = Q(entity="Customer", entity_id=str(customer_id))
        qs = qs.filter(Q(customer_id=customer_id) | as_entity)
    # In UTC, as stored: SQLite compares times as text.
    if since:
        qs = qs.filter(occurred_at__gte=utc(since))
    if until:
        qs = qs.filter(occurred_at__lt=utc(until))
    return qs
