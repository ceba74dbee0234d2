"""``node(id:)``: any object by its global ID, within the caller's scope.

Every type that implements ``Node`` has a resolver here (a test enumerates them
from the schema). Each reads through the same domain rule as the type's other
ways in, so a caller who may not read the object, or whose branch scope leaves
it out, gets null.
"""

from __future__ import annotations

import strawberry

from cims.api import risk
from cims.api.analytics import Recommendation, segment_node
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


async def _fetched(info, fetch, build, pk: int):
    """``build(fetch(actor, pk))``; null where the domain refuses or finds nothing."""
    try:
        return build(await fetch(info.context.actor, pk))
    except (NotFound, PermissionDenied):
        return None


def _service(name: str):
    async def resolve(info, pk: int):
        # Imported here: cims.api.service imports this module's neighbours.
        from cims.api import service
        from cims.domain import complaints, interactions, surveys

        fetch, build = {
            "Complaint": (complaints.get_complaint, service.Complaint.from_row),
            "ComplaintEvent": (complaints.get_event, service.ComplaintEvent.from_row),
            "ComplaintCategory": (
                complaints.get_category,
                service.ComplaintCategory.from_row,
            ),
            "Team": (complaints.get_team, service.Team.from_row),
            "Interaction": (interactions.get_interaction, service.Interaction.from_row),
            "SurveyResponse": (surveys.get_response, service.SurveyResponse.from_row),
            "SurveyInvitation": (
                surveys.get_invitation,
                service.SurveyInvitation.from_row,
            ),
        }[name]
        return await _fetched(info, fetch, build, pk)

    return resolve


async def _kyc_document(info, pk: int):
    from cims.api.records import KycDocument
    from cims.domain import kyc

    return await _fetched(info, kyc.get_document, KycDocument.from_row, pk)


async def _relationship(info, pk: int):
    from cims.api.records import CustomerRelationship
    from cims.domain import relationships

    return await _fetched(info, relationships.get_relation, CustomerRelationship.of, pk)


async def _import_template(info, pk: int):
    from cims.api.capture import ImportTemplate
    from cims.domain import importing

    return await _fetched(info, importing.get_template, ImportTemplate.from_row, pk)


async def _recommendation(info, pk: int):
    from cims.domain import segments

    return await _fetched(
        info, segments.get_recommendation, Recommendation.from_row, pk
    )


async def _audit_event(info, pk: int):
    from cims.api.audit import AuditEvent
    from cims.domain import audit

    return await _fetched(info, audit.get_event, AuditEvent.from_row, pk)


# By the type name a global ID carries (a relationship's says CustomerRelation,
# the stored row it reads from either side).
RESOLVERS = {
    "Customer": lambda info, pk: _simple(info, "customer", Customer.from_row, pk),
    "Branch": lambda info, pk: _simple(info, "branch", Branch.from_row, pk),
    "Product": lambda info, pk: _simple(info, "product", Product.from_row, pk),
    "Account": _account,
    "Transaction": _transaction,
    "Complaint": _service("Complaint"),
    "ComplaintEvent": _service("ComplaintEvent"),
    "ComplaintCategory": _service("ComplaintCategory"),
    "Team": _service("Team"),
    "Interaction": _service("Interaction"),
    "SurveyResponse": _service("SurveyResponse"),
    "SurveyInvitation": _service("SurveyInvitation"),
    "CreditAssessment": lambda info, pk: risk.resolve_assessment(info, pk),
    "Alert": lambda info, pk: risk.resolve_alert(info, pk),
    "Segment": segment_node,
    "Recommendation": _recommendation,
    "SavedView": saved_view_node,
    "KycDocument": _kyc_document,
    "CustomerRelation": _relationship,
    "ImportTemplate": _import_template,
    "AuditEvent": _audit_event,
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
