"""Reads of personal data recorded together: still chained, still committed before
the request goes on, and a failure reaches every request of the batch."""

from __future__ import annotations

import asyncio
import logging

import pytest

from cims.api.ids import to_global_id
from cims.domain import audit
from cims.domain.actor import Actor
from cims.models import AuditEvent
from tests.api.test_customers import gql
from tests.factories import branch, customer_from_german

VIEW = "query($id: ID!) { customer(id: $id) { customerNo idNumber } }"
OFFICER = Actor(
    subject="rm-3", permissions=frozenset({"customer.read", "customer.pii.read"})
)


def _officer(n: int) -> Actor:
    return Actor(
        subject=f"rm-{n}",
        permissions=OFFICER.permissions,
        request_id=f"request-{n:04d}",
        client_address="127.0.0.1",
    )


class _Appends(logging.Handler):
    """Counts appends: each reads the chain's last hash once (SQLite) or calls
    the append routine once (PostgreSQL)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if 'FROM "audit_event" ORDER BY "id" DESC' in message or (
            message.startswith(audit.APPEND_SQL)
        ):
            self.count += 1


@pytest.fixture
def appends():
    logger = logging.getLogger("tortoise.db_client")
    counter, level = _Appends(), logger.level
    logger.addHandler(counter)
    logger.setLevel(logging.DEBUG)
    yield counter
    logger.removeHandler(counter)
    logger.setLevel(level)


@pytest.fixture
async def customers(database):
    home = await branch()
    return [await customer_from_german(n, home) for n in range(3)]


async def test_concurrent_reads_share_one_append_and_keep_the_chain(customers, appends):
    officers = [_officer(n) for n in range(6)]

    await asyncio.gather(
        *(
            audit.record_batched(
                officer, "pii.read", [("Customer", row.id, ["id_number"])]
            )
            for officer, row in zip(officers, customers * 2, strict=True)
        )
    )

    events = await AuditEvent.filter(action="pii.read").order_by("id")
    assert appends.count == 1
    assert [(e.actor, e.request_id) for e in events] == [
        (o.subject, o.request_id) for o in officers
    ]
    assert [e.entity_id for e in events] == [str(r.id) for r in customers * 2]
    verdict = await audit.verify()
    assert verdict.ok and verdict.events == await AuditEvent.all().count()


async def test_a_failed_append_fails_every_request_of_its_batch(customers, monkeypatch):
    real = audit._append

    async def broken(events, conn):
        raise ConnectionError("the database went away")

    monkeypatch.setattr(audit, "_append", broken)
    entries = [("Customer", customers[0].id, ["id_number"])]
    failed = await asyncio.gather(
        *(audit.record_batched(_officer(n), "pii.read", entries) for n in range(3)),
        return_exceptions=True,
    )
    monkeypatch.setattr(audit, "_append", real)
    await audit.record_batched(_officer(9), "pii.read", entries)

    assert [type(e) for e in failed] == [ConnectionError] * 3
    events = await AuditEvent.filter(action="pii.read")
    assert [e.actor for e in events] == ["rm-9"]
    assert (await audit.verify()).ok


async def test_concurrent_responses_each_leave_their_own_event(
    client, caller, customers
):
    caller.actor = OFFICER
    ids = [to_global_id("Customer", row.id) for row in customers]

    bodies = await asyncio.gather(*(gql(client, VIEW, id=cid) for cid in ids * 3))

    assert all("errors" not in body for body in bodies)
    events = await AuditEvent.filter(action="pii.read")
    assert len(events) == 9
    assert len({e.request_id for e in events}) == 9
    assert sorted(e.entity_id for e in events) == sorted(
        str(row.id) for row in customers * 3
    )
    assert (await audit.verify()).ok
