"""Subscriptions over graphql-transport-ws: complaint changes, live.

``complaintChanged(queue:)`` pushes every change published on
``cims.domain.complaints.TOPIC`` that the subscriber may see: the complaint is read
again with the subscriber's own actor, so branch scope, permissions and masking are
those of a query. With a queue, a change is pushed when the complaint is in that
queue or has just left it (``inQueue`` false), so a client can drop it from the list.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncGenerator

import strawberry

from cims.api.connection import guard
from cims.api.loaders import Loaders
from cims.api.service import Complaint, ComplaintEventKind, ComplaintQueue
from cims.domain import complaints, events
from cims.domain.access import require
from cims.domain.actor import Actor
from cims.domain.calendar import utc
from cims.domain.errors import NotFound
from cims.models import ComplaintEventKind as EventKind

log = logging.getLogger(__name__)


@strawberry.type(description="A complaint as it is after a change.")
class ComplaintChange:
    kind: ComplaintEventKind
    complaint: Complaint
    in_queue: bool = strawberry.field(
        description="Whether the complaint is in the queue subscribed to (true "
        "without one); false when the change took it out."
    )


async def _change(
    actor: Actor, payload: dict, queue: complaints.Queue | None, seen: set[int]
) -> ComplaintChange | None:
    """The change as this actor may see it, or None when it concerns them not."""
    complaint_id = payload["complaint_id"]
    try:
        row = await complaints.get_complaint(actor, complaint_id)
    except NotFound:
        return None
    member = queue is None or await complaints.in_queue(actor, complaint_id, queue)
    if not member and complaint_id not in seen:
        return None
    if member:
        seen.add(complaint_id)
    else:
        seen.discard(complaint_id)
    return ComplaintChange(
        kind=EventKind(payload["kind"]),
        complaint=Complaint.from_row(row),
        in_queue=member,
    )


async def _queue_members(actor: Actor, queue: complaints.Queue | None) -> set[int]:
    """The complaints in the queue now, so that one leaving it is still reported."""
    if queue is None:
        return set()
    query = await complaints.queue_query(actor, queue, utc(None))
    return set(await query.values_list("id", flat=True))


async def _safely(work, info: strawberry.Info) -> ComplaintChange | None:
    """One push's work; a failure skips that push and is logged once, because
    errors on a socket bypass the HTTP path that masks them."""
    try:
        return await work
    except Exception:
        log.exception(
            "complaint push failed", extra={"request_id": info.context.request_id}
        )
        return None


@strawberry.type
class ServiceSubscriptions:
    @strawberry.subscription(
        description="Complaint changes you may see, as they happen; with a queue, "
        "those of complaints in it or just leaving it."
    )
    async def complaint_changed(
        self, info: strawberry.Info, queue: ComplaintQueue | None = None
    ) -> AsyncGenerator[ComplaintChange, None]:
        actor = info.context.actor
        require(actor, "complaint.read")
        async with events.subscribe(complaints.TOPIC) as feed:
            seen = await _queue_members(actor, queue)
            async for payload in feed:
                change = await _safely(_change(actor, payload, queue, seen), info)
                if change is None:
                    continue
                await guard(info)
                # Fresh loaders per push: a connection lives for hours, and a cached
                # customer or category would go stale.
                info.context.loaders = Loaders(actor)
                yield change
