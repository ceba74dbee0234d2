"""The audit trail in the graph, for compliance auditors (``audit.read``)."""

from __future__ import annotations

import datetime as dt

import strawberry
from strawberry.scalars import JSON

from cims.api.ids import pk_of, to_global_id
from cims.api.pagination import Connection, Order, paginate
from cims.api.permissions import requires
from cims.api.types import Node, actor_name_field
from cims.domain import audit as domain
from cims.domain import principals

ORDER = Order((("occurred_at", True), ("id", True)))


@strawberry.type
class AuditEvent(Node):
    occurred_at: dt.datetime
    actor: str
    action: str
    entity: str
    entity_id: str | None
    fields: list[str]
    request_id: str | None
    client_address: str | None
    hash: str
    details: JSON | None = strawberry.field(
        description="What the action did beyond the field names, as identifiers and "
        "field names (never personal values); for customer.merge on the survivor: "
        "merged_from, moved (per table: count and row IDs), deleted_to_rebuild, "
        "relations_ended, segment_stays_closed, taken_from_merged and replaced "
        "(field names), each ID list cut at its first 100 with the rest counted "
        "(left_out in a table's entry, relations_ended_left_out, "
        "segment_stays_closed_left_out); for an import's commit: its commit mode "
        "and row counts. "
        "Null for most actions."
    )

    customer_pk: strawberry.Private[int | None]

    @strawberry.field(description="The customer's global ID, when about one.")
    def customer_id(self) -> strawberry.ID | None:
        if self.customer_pk is None:
            return None
        return strawberry.ID(to_global_id("Customer", self.customer_pk))

    actor_name: str | None = actor_name_field()

    @strawberry.field(
        description="The customer's number, when about a customer you may see."
    )
    async def customer_no(self, info: strawberry.Info) -> str | None:
        if self.customer_pk is None:
            return None
        row = await info.context.loaders.customer.load(self.customer_pk)
        return row.customer_no if row else None

    @classmethod
    def from_row(cls, row) -> AuditEvent:
        return cls(
            id=to_global_id("AuditEvent", row.id),
            occurred_at=row.occurred_at,
            actor=row.actor,
            action=row.action,
            entity=row.entity,
            entity_id=row.entity_id,
            fields=list(row.field_names or []),
            request_id=row.request_id,
            client_address=row.client_address,
            hash=row.hash,
            details=row.details,
            customer_pk=_customer_of(row),
        )


def _customer_of(row) -> int | None:
    """The customer an event is about; events written before events kept it name
    the customer only as their entity."""
    if row.customer_id is not None:
        return row.customer_id
    if row.entity == "Customer" and (row.entity_id or "").isdigit():
        return int(row.entity_id)
    return None


@strawberry.input
class AuditFilter:
    # A staff username or an actor's subject.
    actor: str | None = None
    action: str | None = None
    customer_id: strawberry.ID | None = None
    since: dt.datetime | None = None
    until: dt.datetime | None = None


@strawberry.type
class AuditVerdict:
    events: int
    intact: bool
    broken_at: str | None
    reason: str | None


@strawberry.type
class AuditQueries:
    @requires("audit.read", description="The audit trail, newest first.")
    async def audit_events(
        self,
        info: strawberry.Info,
        filter: AuditFilter | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[AuditEvent] | None:
        f = filter or AuditFilter()
        qs = domain.search(
            actor=await principals.subject_for(f.actor) if f.actor else None,
            action=f.action,
            customer_id=pk_of(f.customer_id, "Customer") if f.customer_id else None,
            since=f.since,
            until=f.until,
        )
        return await paginate(qs, ORDER, AuditEvent.from_row, first=first, after=after)

    @requires("audit.read", description="Checks the hash chain of the whole trail.")
    async def audit_verification(self) -> AuditVerdict | None:
        verdict = await domain.verify()
        broken = (
            to_global_id("AuditEvent", verdict.broken_at) if verdict.broken_at else None
        )
        return AuditVerdict(
            events=verdict.events,
            intact=verdict.ok,
            broken_at=broken,
            reason=verdict.reason,
        )
