"""DataLoaders of a customer's KYC documents, consents and relationships.

The customers were loaded within the actor's scope before these run, so rows are
fetched by customer ID; a related customer's branch decides whether it shows.
"""

from __future__ import annotations

from strawberry.dataloader import DataLoader
from tortoise.expressions import Q

from cims.domain import relationships
from cims.domain.actor import Actor
from cims.models import ConsentRecord, Customer, CustomerRelation, KycDocument


def _groups(rows, attr: str, keys: list[int]) -> list[list]:
    found: dict[int, list] = {}
    for row in rows:
        found.setdefault(getattr(row, attr), []).append(row)
    return [found.get(key, []) for key in keys]


class RecordLoaders:
    def __init__(self, actor: Actor) -> None:
        self.actor = actor
        self.documents_of = DataLoader(load_fn=self._documents_of)
        self.consents_of = DataLoader(load_fn=self._consents_of)
        self.relations_of = DataLoader(load_fn=self._relations_of)

    async def _documents_of(self, customer_ids: list[int]) -> list[list[KycDocument]]:
        rows = await KycDocument.filter(customer_id__in=list(set(customer_ids)))
        rows.sort(
            key=lambda d: (d.status == "retired", -d.created_at.timestamp(), -d.id)
        )
        return _groups(rows, "customer_id", customer_ids)

    async def _consents_of(self, customer_ids: list[int]) -> list[list[ConsentRecord]]:
        rows = await ConsentRecord.filter(
            customer_id__in=list(set(customer_ids))
        ).order_by("-recorded_at", "-id")
        return _groups(rows, "customer_id", customer_ids)

    async def _relations_of(
        self, keys: list[tuple[int, bool]]
    ) -> list[list[relationships.RelationView]]:
        ids = list({customer_id for customer_id, _ in keys})
        rows = await CustomerRelation.filter(
            Q(source_id__in=ids) | Q(target_id__in=ids)
        ).order_by("-created_at", "-id")
        others = {r.source_id for r in rows} | {r.target_id for r in rows}
        branches = dict(
            await Customer.filter(id__in=list(others)).values_list("id", "branch_id")
        )
        return [
            self._views(rows, customer_id, include_ended, branches)
            for customer_id, include_ended in keys
        ]

    def _views(self, rows, customer_id: int, include_ended: bool, branches) -> list:
        views = []
        for row in rows:
            if customer_id not in (row.source_id, row.target_id):
                continue
            if row.ended_at is not None and not include_ended:
                continue
            role, other_id = relationships.other_side(row, customer_id)
            visible = self.actor.branch_id in (None, branches.get(other_id))
            views.append(relationships.RelationView(row, role, other_id, visible))
        return views
