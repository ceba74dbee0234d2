"""Staff named by username, not by opaque subject, wherever the graph shows who
did something: credit decisions, consent records, KYC documents, complaints,
interactions."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from decimal import Decimal

from cims.api.ids import to_global_id
from cims.auth import accounts
from cims.auth.policy import permissions_for
from cims.domain import complaints, consent, interactions, kyc
from cims.domain.actor import Actor
from cims.models import CreditAssessment, CreditDecision, Interaction
from tests.api.test_customers import gql
from tests.factories import branch, complaint_category, customer_from_german

WHO = """
query Who($id: ID!) {
  customer(id: $id) {
    kycDocuments { verifiedBy verifiedByName retiredByName }
    consents { purpose latest { recordedBy recordedByName } }
    complaints(first: 5) { edges { node { assignee assigneeName } } }
    creditAssessments(first: 5) {
      edges { node { decision { decidedBy decidedByName
                                secondApprover secondApproverName } } }
    }
  }
}
"""


def actor_of(staff) -> Actor:
    roles = frozenset(staff.roles)
    return Actor(subject=staff.subject, roles=roles, permissions=permissions_for(roles))


async def test_who_did_it_is_named_by_username(client, caller):
    home = await branch()
    person = await customer_from_german(0, home)
    made = await accounts.create_staff(
        Actor.system(), username="wang.admin", roles=["administrator"]
    )
    admin = made.staff
    agent = (
        await accounts.create_staff(
            Actor.system(), username="zhao.agent", roles=["service_agent"]
        )
    ).staff
    actor = actor_of(admin)
    clerk = dataclasses.replace(actor, subject="clerk-subject")  # a second person
    document = await kyc.add_document(
        clerk, person.id, kyc.NewDocument("passport", "E12345678", "CN")
    )
    await kyc.verify_document(actor, document.id, document.version)
    await consent.record_consent(actor, person.id, "marketing", True, "branch")
    category = await complaint_category("Credit card", "Fees")
    await complaints.file_complaint(
        actor,
        person.id,
        category_id=category.id,
        description="Charged twice",
        severity="low",
        channel="branch",
        assignee=agent.subject,
    )
    assessment = await CreditAssessment.create(
        customer=person, model_kind="credit", model_version="1", algorithm="lr",
        probability=0.1, grade="A", points=700, recommended_limit=Decimal("5000"),
        created_by=admin.subject,
    )  # fmt: skip
    await CreditDecision.create(
        assessment=assessment, decision="approve", approved_limit=Decimal("5000"),
        reason="ok", decided_by=admin.subject, second_approver="external-subject",
    )  # fmt: skip
    caller.actor = actor

    body = await gql(client, WHO, id=to_global_id("Customer", person.id))

    assert "errors" not in body
    customer = body["data"]["customer"]
    assert customer["kycDocuments"] == [
        {
            "verifiedBy": admin.subject,
            "verifiedByName": "wang.admin",
            "retiredByName": None,
        }
    ]
    [marketing] = [c for c in customer["consents"] if c["purpose"] == "MARKETING"]
    assert marketing["latest"] == {
        "recordedBy": admin.subject,
        "recordedByName": "wang.admin",
    }
    [complaint] = customer["complaints"]["edges"]
    assert complaint["node"] == {
        "assignee": agent.subject,
        "assigneeName": "zhao.agent",
    }
    [assessed] = customer["creditAssessments"]["edges"]
    assert assessed["node"]["decision"] == {
        "decidedBy": admin.subject,
        "decidedByName": "wang.admin",
        # A subject no account here holds (an external provider's) has no name.
        "secondApprover": "external-subject",
        "secondApproverName": None,
    }


TIMELINE = """
query Timeline($id: ID!) {
  customer(id: $id) {
    timeline(first: 10) {
      edges { node { item { ... on Interaction { purpose staff staffName } } } }
    }
  }
}
"""


async def test_who_handled_an_interaction_is_named_by_username(client, caller):
    home = await branch()
    person = await customer_from_german(0, home)
    agent = (
        await accounts.create_staff(
            Actor.system(), username="zhao.agent", roles=["service_agent"]
        )
    ).staff
    await interactions.log_interaction(
        actor_of(agent), person.id, channel="phone", direction="inbound",
        purpose="Handled", summary="Asked about fees",
    )  # fmt: skip
    # A subject no account here holds (an external provider's) has no name.
    await Interaction.create(
        customer=person, channel="phone", direction="inbound", purpose="Imported",
        summary="From the old system", staff="external-subject",
        occurred_at=datetime.now(UTC), recorded_by="system",
    )  # fmt: skip
    caller.actor = actor_of(agent)

    body = await gql(client, TIMELINE, id=to_global_id("Customer", person.id))

    assert "errors" not in body
    items = [e["node"]["item"] for e in body["data"]["customer"]["timeline"]["edges"]]
    assert sorted(items, key=lambda i: i["purpose"]) == [
        {"purpose": "Handled", "staff": agent.subject, "staffName": "zhao.agent"},
        {"purpose": "Imported", "staff": "external-subject", "staffName": None},
    ]
