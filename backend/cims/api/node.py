"""``node(id:)``: any object by its global ID, within the caller's scope."""

from __future__ import annotations

import strawberry

from cims.api import risk
from cims.api.analytics import segment_node
from cims.api.ids import from_global_id
from cims.api.saved_views import saved_view_node
from cims.api.subject import erasure_request_node
from cims.api.types import Account, Branch, Customer, Node, Product, Transaction
from cims.domain import customers
from cims.domain.errors import NotFound, PermissionDenied
from cims.models import Transaction as TransactionRow


async def _account(info, pk: int):
    row = await info.context.loaders.account.load(pk)
    if row is None or await info.context.loaders.customer.load(row.customer_id) is None:
        return None
    return Account.from_row(row)


async def _transaction(info, pk: int):
    row = await TransactionRow.get_or_none(id=pk)
    if row is None or await info.context.loaders.customer.load(row.customer_id) is None:
        return None
    return Transaction.from_row(row)


async def _simple(info, loader_name: str, build, pk: int):
    row = await getattr(info.context.loaders, loader_name).load(pk)
    return build(row) if row else None


async def _service(info, type_name: str, pk: int):
    # Imported here: cims.api.service imports this module's neighbours.
    from cims.api import service
    from cims.domain import complaints, interactions

    fetch, build = {
        "Complaint": (complaints.get_complaint, service.Complaint.from_row),
        "Interaction": (interactions.get_interaction, service.Interaction.from_row),
    }[type_name]
    try:
        return build(await fetch(info.context.actor, pk))
    except (NotFound, PermissionDenied):
        return None


RESOLVERS = {
    "Customer": lambda info, pk: _simple(info, "customer", Customer.from_row, pk),
    "Branch": lambda info, pk: _simple(info, "branch", Branch.from_row, pk),
    "Product": lambda info, pk: _simple(info, "product", Product.from_row, pk),
    "Account": _account,
    "Transaction": _transaction,
    "Complaint": lambda info, pk: _service(info, "Complaint", pk),
    "Interaction": lambda info, pk: _service(info, "Interaction", pk),
    "CreditAssessment": lambda info, pk: risk.resolve_assessment(info, pk),
    "Alert": lambda info, pk: risk.resolve_alert(info, pk),
    "Segment": segment_node,
    "SavedView": saved_view_node,
    "ErasureRequest": erasure_request_node,
}


@strawberry.type
class NodeQueries:
    @strawberry.field(description="Any object by its global ID; null when not visible.")
    async def node(self, info: strawberry.Info, id: strawberry.ID) -> Node | None:
        customers.require(info.context.actor, customers.READ)
        try:
            type_name, pk = from_global_id(id)
        except NotFound:
            return None
        resolver = RESOLVERS.get(type_name)
        return await resolver(info, pk) if resolver else None
