"""The audit append writes its rows without building a model per event: the rows,
the chain and the refusals must be those of ``AuditEvent(...)`` and
``bulk_create``, which these tests run side by side with it."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest
from tortoise import Tortoise
from tortoise.exceptions import ValidationError
from tortoise.transactions import in_transaction

from cims.domain import audit
from cims.domain.actor import Actor
from cims.models import AuditEvent

NOW = datetime(2026, 12, 5, 6, 30, 15, 123456, tzinfo=UTC)
OFFICER = Actor(
    subject="rm-7",
    permissions=frozenset({"customer.read"}),
    request_id="request-0007",
    client_address="10.1.2.3",
)
ANONYMOUS_CALLER = Actor(subject="system")  # no request ID, no address
ENTRIES = [
    audit.Entry("Customer", 41, ["mobile_phone", "id_number", "id_number"]),
    audit.Entry("Account", "A-17", (), {"moved": [3, 4], "from": None}, 41),
    audit.Entry("Customer", None, []),
    audit.Entry("KycDocument", 9, ["number"], None, 41),
]


class _Clock:
    @staticmethod
    def now(tz=None):
        return NOW


async def _bulk_create_append(events, conn) -> None:
    """The append as it was: a model per event, then ``bulk_create``."""
    prev, rows = await audit._last_hash(conn), []
    for actor, action, entry in events:
        event = audit._event(actor, action, audit.Entry(*entry), NOW)
        current = audit.digest(prev, audit._content(event))
        rows.append(AuditEvent(prev_hash=prev, hash=current, **event))
        prev = current
    await AuditEvent.bulk_create(rows, using_db=conn)


async def _stored_rows() -> list[dict]:
    conn = Tortoise.get_connection("default")
    rows = await conn.execute_query_dict('SELECT * FROM "audit_event" ORDER BY "id"')
    return [{k: v for k, v in row.items() if k != "id"} for row in rows]


async def _wipe() -> None:
    conn = Tortoise.get_connection("default")
    await conn.execute_query('DELETE FROM "audit_event"')


def _events() -> list[audit.Event]:
    return [
        (OFFICER, "pii.read", ENTRIES[0]),
        (OFFICER, "pii.read", ENTRIES[1]),
        (ANONYMOUS_CALLER, "customer.archive", ENTRIES[2]),
        (OFFICER, "kyc.update", ENTRIES[3]),
    ]


async def test_rows_are_those_bulk_create_wrote(database, monkeypatch):
    monkeypatch.setattr(audit, "datetime", _Clock)
    await audit._append(_events(), None)
    written = await _stored_rows()
    await _wipe()
    async with in_transaction() as conn:
        await _bulk_create_append(_events(), conn)
    expected = await _stored_rows()

    assert len(written) == 4
    assert written == expected
    assert written[0]["prev_hash"] == audit.GENESIS
    assert [row["prev_hash"] for row in written[1:]] == [
        row["hash"] for row in written[:-1]
    ]


async def test_events_read_back_as_given_and_the_chain_verifies(database):
    await audit._append(_events(), None)
    await audit.record(OFFICER, "pii.read", "Customer", 5, ["email"])

    events = await AuditEvent.all().order_by("id")
    assert [(e.actor, e.action, e.entity, e.entity_id) for e in events] == [
        ("rm-7", "pii.read", "Customer", "41"),
        ("rm-7", "pii.read", "Account", "A-17"),
        ("system", "customer.archive", "Customer", None),
        ("rm-7", "kyc.update", "KycDocument", "9"),
        ("rm-7", "pii.read", "Customer", "5"),
    ]
    assert events[0].field_names == ["id_number", "mobile_phone"]
    assert events[1].details == {"moved": [3, 4], "from": None}
    assert [e.customer_id for e in events] == [41, 41, None, 41, 5]
    assert (events[2].request_id, events[2].client_address) == (None, None)
    assert events[0].occurred_at.tzinfo is not None
    verdict = await audit.verify()
    assert verdict.ok and verdict.events == 5


@pytest.mark.parametrize(
    ("actor", "error"),
    [
        (Actor(subject=None), ValueError),  # type: ignore[arg-type]
        (Actor(subject="x" * 129), ValidationError),
    ],
    ids=["null actor", "actor too long"],
)
async def test_a_refused_event_writes_nothing_of_its_append(database, actor, error):
    await audit.record(OFFICER, "pii.read", "Customer", 1, ["email"])
    events = [(OFFICER, "pii.read", ENTRIES[0]), (actor, "pii.read", ENTRIES[0])]

    with pytest.raises(error):
        await audit._append(events, None)
    async with in_transaction() as conn:
        with pytest.raises(error):
            await _bulk_create_append(events, conn)

    assert await AuditEvent.all().count() == 1
    assert (await audit.verify()).ok


async def test_a_column_the_append_does_not_write_is_refused(database, monkeypatch):
    monkeypatch.setattr(audit, "_INSERTS", {})
    monkeypatch.setattr(audit, "EVENT_COLUMNS", audit.EVENT_COLUMNS - {"details"})

    with pytest.raises(RuntimeError, match="columns differ"):
        await audit.record(OFFICER, "pii.read", "Customer", 1, ["email"])
    assert await AuditEvent.all().count() == 0


async def test_text_beyond_ascii_hashes_alike_in_python_and_in_the_database(
    database, monkeypatch
):
    # On PostgreSQL the routine hashes the canonical text the database received:
    # the chain holds only if those are the bytes Python's digest hashed.
    monkeypatch.setattr(audit, "datetime", _Clock)
    entry = audit.Entry("ComplaintCategory", "信用卡", (), {"label": "年费 – ü"}, None)
    events = [(OFFICER, "complaint_category.update", entry)] * 2
    await audit._append(events, None)
    written = await _stored_rows()
    await _wipe()
    async with in_transaction() as conn:
        await _bulk_create_append(events, conn)

    assert written == await _stored_rows()
    assert (await audit.verify()).ok


async def test_concurrent_appends_on_several_connections_keep_one_chain(database):
    # Not through the batcher: each append takes its own connection (PostgreSQL)
    # as appends of several server processes do, and the lock orders them.
    async def append(n: int) -> None:
        entry = audit.Entry("Customer", n, ["email"])
        await audit._append([(OFFICER, "pii.read", entry)] * 3, None)

    await asyncio.gather(*(append(n) for n in range(12)))

    events = await AuditEvent.all().order_by("id")
    assert len(events) == 36
    assert len({e.prev_hash for e in events}) == 36  # no two share a predecessor
    verdict = await audit.verify()
    assert verdict.ok and verdict.events == 36
