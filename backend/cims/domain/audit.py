"""The audit trail: every change and every read of personal data, chained by hash.

Each event's hash covers its content and the previous event's hash, so removing or
altering an event breaks the chain from there on; ``verify`` finds where.
Appends are serialised (an advisory lock on PostgreSQL; SQLite has one writer), so
the chain never forks under concurrent requests.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from cims.domain.actor import Actor
from cims.models import AuditEvent

GENESIS = "0" * 64
CHAIN_LOCK = 7_340_021  # an arbitrary, fixed advisory-lock key for the chain


def digest(prev_hash: str, event: dict) -> str:
    canonical = json.dumps(event, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256((prev_hash + canonical).encode()).hexdigest()


def _content(row: AuditEvent | dict) -> dict:
    get = row.get if isinstance(row, dict) else lambda k: getattr(row, k)
    occurred = get("occurred_at")
    return {
        "occurred_at": occurred.astimezone(UTC).isoformat(timespec="microseconds"),
        "actor": get("actor"),
        "action": get("action"),
        "entity": get("entity"),
        "entity_id": get("entity_id"),
        "field_names": list(get("field_names") or []),
        "request_id": get("request_id"),
        "client_address": get("client_address"),
    }


def _event(actor: Actor, action: str, entity: str, entity_id, fields, now) -> dict:
    return {
        "occurred_at": now,
        "actor": actor.subject,
        "action": action,
        "entity": entity,
        "entity_id": None if entity_id is None else str(entity_id),
        "field_names": sorted(set(fields)),
        "request_id": actor.request_id,
        "client_address": actor.client_address,
    }


async def _last_hash(conn: BaseDBAsyncClient) -> str:
    if conn.capabilities.dialect == "postgres":
        await conn.execute_query("SELECT pg_advisory_xact_lock($1)", [CHAIN_LOCK])
    last = await AuditEvent.all().using_db(conn).order_by("-id").first()
    return last.hash if last else GENESIS


async def record(
    actor: Actor,
    action: str,
    entity: str,
    entity_id: int | str | None,
    fields: Iterable[str] = (),
    *,
    conn: BaseDBAsyncClient | None = None,
) -> None:
    """Append one event; inside ``conn``'s transaction when given."""
    await record_many(actor, action, [(entity, entity_id, fields)], conn=conn)


async def record_many(
    actor: Actor,
    action: str,
    entries: list[tuple[str, int | str | None, Iterable[str]]],
    *,
    conn: BaseDBAsyncClient | None = None,
) -> int:
    """Append one chained event per (entity, id, fields) entry, in one transaction."""
    if not entries:
        return 0
    if conn is None:
        async with in_transaction() as own:
            return await record_many(actor, action, entries, conn=own)
    prev, now, rows = await _last_hash(conn), datetime.now(UTC), []
    for entity, entity_id, fields in entries:
        event = _event(actor, action, entity, entity_id, fields, now)
        current = digest(prev, _content(event))
        rows.append(AuditEvent(prev_hash=prev, hash=current, **event))
        prev = current
    await AuditEvent.bulk_create(rows, using_db=conn)
    return len(rows)


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


def search(
    *,
    actor: str | None = None,
    action: str | None = None,
    customer_id: int | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
):
    """Events matching every condition given (permission checked by the caller)."""
    qs = AuditEvent.all()
    if actor:
        qs = qs.filter(actor=actor)
    if action:
        qs = qs.filter(action=action)
    if customer_id is not None:
        qs = qs.filter(entity="Customer", entity_id=str(customer_id))
    if since:
        qs = qs.filter(occurred_at__gte=since)
    if until:
        qs = qs.filter(occurred_at__lt=until)
    return qs
