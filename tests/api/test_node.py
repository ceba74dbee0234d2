"""``node(id:)`` reaches every type that implements ``Node``, within the rules.

The types are read from the schema the code builds, so a type added later
without a resolver in ``cims.api.node`` (or without a case here) fails
``test_every_node_type_has_a_case``. Each case makes one row of its type in the
caller's branch; the caller with every permission gets it back, and each
refusal (the permission the type's other ways in need, or a branch scope that
leaves it out) gets null, or FORBIDDEN where ``node`` itself is refused.
"""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from graphql import GraphQLInterfaceType

from cims.api.ids import to_global_id
from cims.api.schema import schema
from cims.auth.policy import PERMISSIONS
from cims.domain import audit, kyc, relationships
from cims.domain.actor import Actor
from cims.models import (
    Account,
    Alert,
    AuditEvent,
    Complaint,
    ComplaintCategory,
    ComplaintEvent,
    ConsentRecord,
    CreditAssessment,
    ErasureRequest,
    ImportTemplate,
    Interaction,
    Recommendation,
    SavedView,
    Segment,
    SurveyInvitation,
    SurveyResponse,
    Team,
    Transaction,
)
from tests.api.test_capture import gql
from tests.domain.test_merge_every_relation import _row
from tests.factories import accounts_with_history, branch, customer_from_german

NODE = "query($id: ID!) { node(id: $id) { __typename id } }"
EVERYTHING = frozenset(PERMISSIONS)
SUBJECT = "staff-1"
_serial = itertools.count(1)


def node_types() -> set[str]:
    built = schema._schema
    node = built.get_type("Node")
    assert isinstance(node, GraphQLInterfaceType)
    return {t.name for t in built.get_possible_types(node)}


def _gid(type_name: str, row) -> str:
    return to_global_id(type_name, row.pk)


async def _generic(model, type_name: str, world, **values) -> str:
    """A row of ``model`` whose customer columns all name the world's customer."""
    return _gid(type_name, await _row(model, values, world["customer"].id))


async def _customer(world):
    return _gid("Customer", world["customer"])


async def _branch(world):
    return _gid("Branch", world["home"])


async def _account(world):
    return _gid("Account", world["accounts"][0])


async def _product(world):
    return _gid("Product", await world["accounts"][0].product)


async def _transaction(world):
    row = await Transaction.filter(customer_id=world["customer"].id).first()
    return _gid("Transaction", row)


async def _kyc_document(world):
    new = kyc.NewDocument("passport", f"E{next(_serial):08d}", "CN")
    document = await kyc.add_document(world["actor"], world["customer"].id, new)
    return _gid("KycDocument", document)


async def _relationship(world):
    other = await customer_from_german(13, world["home"])
    relation = await relationships.add_relation(
        world["actor"], world["customer"].id, "spouse", other.id
    )
    return to_global_id("CustomerRelation", relation.id)


async def _audit_event(world):
    customer_id = world["customer"].id
    await audit.record(world["actor"], "customer.read", "Customer", customer_id)
    return _gid("AuditEvent", await AuditEvent.all().order_by("-id").first())


async def _saved_view(world):
    return await _generic(
        SavedView, "SavedView", world, owner=SUBJECT, sort="name", criteria={}
    )


async def _erasure_request(world):
    return await _generic(
        ErasureRequest,
        "ErasureRequest",
        world,
        ground="no_longer_needed",
        reference="DSR-1",
        requested_by=SUBJECT,
    )


async def _segment(world):
    return await _generic(Segment, "Segment", world, active=True)


def _plain(model, type_name: str):
    async def make(world):
        return await _generic(model, type_name, world)

    return make


# type -> (make a row and return its global ID, the refusals to try). A refusal
# is a permission the caller lacks, "scope" (the caller is bound to another
# branch) or "owner" (another staff member asks).
CASES = {
    "Customer": (_customer, ("scope",)),
    "Branch": (_branch, ("customer.read",)),
    "Product": (_product, ("customer.read",)),
    "Account": (_account, ("scope",)),
    "Transaction": (_transaction, ("scope",)),
    "Complaint": (_plain(Complaint, "Complaint"), ("complaint.read", "scope")),
    "ComplaintEvent": (
        _plain(ComplaintEvent, "ComplaintEvent"),
        ("complaint.read", "scope"),
    ),
    "ComplaintCategory": (
        _plain(ComplaintCategory, "ComplaintCategory"),
        ("complaint.read",),
    ),
    "Team": (_plain(Team, "Team"), ("complaint.read",)),
    "Interaction": (_plain(Interaction, "Interaction"), ("scope",)),
    "SurveyInvitation": (
        _plain(SurveyInvitation, "SurveyInvitation"),
        ("survey.read", "scope"),
    ),
    "SurveyResponse": (
        _plain(SurveyResponse, "SurveyResponse"),
        ("survey.read", "scope"),
    ),
    "CreditAssessment": (_plain(CreditAssessment, "CreditAssessment"), ("scope",)),
    "Alert": (_plain(Alert, "Alert"), ("risk.read", "scope")),
    "Segment": (_segment, ("segment.read",)),
    "Recommendation": (
        _plain(Recommendation, "Recommendation"),
        ("segment.read", "scope"),
    ),
    "SavedView": (_saved_view, ("owner",)),
    "KycDocument": (_kyc_document, ("scope",)),
    "CustomerRelationship": (_relationship, ("scope",)),
    "ImportTemplate": (_plain(ImportTemplate, "ImportTemplate"), ("customer.import",)),
    "AuditEvent": (_audit_event, ("audit.read",)),
    "ErasureRequest": (_erasure_request, ("customer.erase", "scope")),
}


def test_every_node_type_has_a_case():
    assert node_types() == set(CASES)


async def _world(caller) -> dict:
    home, away = await branch("BJ01"), await branch("SH01")
    customer = await customer_from_german(10, home)
    accounts = await accounts_with_history(customer, transactions=2)
    actor = Actor(subject=SUBJECT, permissions=EVERYTHING, branch_id=home.id)
    caller.actor = actor
    return {
        "home": home,
        "away": away,
        "customer": customer,
        "accounts": accounts or list(await Account.filter(customer_id=customer.id)),
        "actor": actor,
    }


def _refused(world, refusal: str) -> Actor:
    if refusal == "scope":
        return Actor(SUBJECT, permissions=EVERYTHING, branch_id=world["away"].id)
    if refusal == "owner":
        return Actor("staff-2", permissions=EVERYTHING, branch_id=world["home"].id)
    lacking = EVERYTHING - {refusal}
    return Actor(SUBJECT, permissions=lacking, branch_id=world["home"].id)


@pytest.mark.parametrize("type_name", sorted(CASES))
async def test_node_returns_a_row_of_each_type_and_refuses_as_elsewhere(
    client, caller, type_name
):
    world = await _world(caller)
    make, refusals = CASES[type_name]
    global_id = await make(world)

    found = await gql(client, NODE, id=global_id)
    assert found.get("errors") is None, found
    assert found["data"]["node"] == {"__typename": type_name, "id": global_id}

    for refusal in refusals:
        caller.actor = _refused(world, refusal)
        answer = await gql(client, NODE, id=global_id)
        assert answer["data"]["node"] is None, (type_name, refusal)
        if refusal == "customer.read":  # node itself needs it
            assert answer["errors"][0]["extensions"]["code"] == "FORBIDDEN"
        else:
            assert answer.get("errors") is None, (type_name, refusal, answer)


async def test_an_offer_is_not_reachable_while_marketing_consent_is_withdrawn(
    client, caller
):
    world = await _world(caller)
    global_id = await _generic(Recommendation, "Recommendation", world)
    await ConsentRecord.create(
        customer_id=world["customer"].id,
        purpose="marketing",
        granted=False,
        channel="branch",
        recorded_at=dt.datetime.now(dt.UTC),
        recorded_by=SUBJECT,
    )
    answer = await gql(client, NODE, id=global_id)
    assert answer["data"]["node"] is None
