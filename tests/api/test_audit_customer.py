"""Every audit event about a customer carries it, whichever entity it touched, and
every clear read of personal data is audited, the birth date included."""

from __future__ import annotations

import dataclasses

from cims.api.ids import to_global_id
from cims.domain import audit, kyc, risk
from cims.domain.actor import Actor
from cims.models import AuditEvent
from tests.api.test_customers import gql
from tests.domain.test_risk import german_model, make_customer  # noqa: F401
from tests.factories import branch, customer_from_german

EVENTS = """
query Events($filter: AuditFilter) {
  auditEvents(filter: $filter, first: 50) {
    edges { node { action entity customerId customerNo fields } }
  }
}
"""
DOCUMENTS = """
query Documents($id: ID!) { customer(id: $id) { kycDocuments { number } } }
"""
BIRTH_DATE = "query($id: ID!) { customer(id: $id) { birthDate birthYear } }"

OFFICER = Actor(
    subject="officer-1",
    permissions=frozenset(
        {
            "customer.read",
            "customer.pii.read",
            "kyc.manage",
            "kyc.verify",
            "risk.assess",
        }
    ),
)
AUDITOR = Actor(
    subject="auditor-1", permissions=frozenset({"audit.read", "customer.read"})
)


def _reader(*permissions: str) -> Actor:
    return Actor(
        subject="reader-1", permissions=frozenset({"customer.read", *permissions})
    )


async def test_a_clear_birth_date_is_audited_as_personal_data(client, caller):
    row = await customer_from_german(0, await branch())
    caller.actor = _reader("customer.pii.read")

    body = await gql(client, BIRTH_DATE, id=to_global_id("Customer", row.id))

    assert body["data"]["customer"]["birthDate"] == row.birth_date.isoformat()
    [event] = await AuditEvent.filter(action="pii.read")
    assert (event.entity, event.entity_id, event.field_names) == (
        "Customer",
        str(row.id),
        ["birth_date"],
    )
    assert (event.actor, event.customer_id) == ("reader-1", row.id)


async def test_a_refused_or_missing_birth_date_is_no_read(client, caller):
    home = await branch()
    row = await customer_from_german(0, home)
    bare = await customer_from_german(
        1, home, birth_date=None, id_type=None, id_number=None
    )
    caller.actor = _reader()

    refused = await gql(client, BIRTH_DATE, id=to_global_id("Customer", row.id))
    caller.actor = _reader("customer.pii.read")
    missing = await gql(client, BIRTH_DATE, id=to_global_id("Customer", bare.id))

    assert refused["data"]["customer"] == {
        "birthDate": None,
        "birthYear": row.birth_date.year,
    }
    assert missing["data"]["customer"] == {"birthDate": None, "birthYear": None}
    assert await AuditEvent.filter(action="pii.read").count() == 0


async def test_the_customers_trail_finds_events_on_its_documents_and_assessments(
    client,
    caller,
    german_model,  # noqa: F811
):
    home = await branch()
    person = await make_customer(home, 0)
    other = await make_customer(home, 1)
    document = await kyc.add_document(
        OFFICER, person.id, kyc.NewDocument("passport", "E12345678", "CN")
    )
    checker = dataclasses.replace(OFFICER, subject="officer-2")  # a second person
    await kyc.verify_document(checker, document.id, document.version)
    await risk.assess_credit_risk(OFFICER, person.id)
    await risk.assess_credit_risk(OFFICER, other.id)
    caller.actor = OFFICER
    await gql(client, DOCUMENTS, id=to_global_id("Customer", person.id))
    caller.actor = AUDITOR

    body = await gql(
        client, EVENTS, filter={"customerId": to_global_id("Customer", person.id)}
    )

    nodes = [edge["node"] for edge in body["data"]["auditEvents"]["edges"]]
    assert sorted((n["action"], n["entity"]) for n in nodes) == [
        ("kyc.add", "KycDocument"),
        ("kyc.verify", "KycDocument"),
        ("pii.read", "KycDocument"),
        ("risk.assess", "CreditAssessment"),
    ]
    assert {n["customerNo"] for n in nodes} == {person.customer_no}
    assert {n["customerId"] for n in nodes} == {to_global_id("Customer", person.id)}
    assert (await audit.verify()).ok


async def test_events_written_before_they_kept_the_customer_still_match(client, caller):
    """An event of an older version names its customer only as its entity."""
    row = await customer_from_german(0, await branch())
    await AuditEvent.filter(entity="Customer").update(customer_id=None)
    caller.actor = AUDITOR

    body = await gql(
        client, EVENTS, filter={"customerId": to_global_id("Customer", row.id)}
    )

    [edge] = body["data"]["auditEvents"]["edges"]
    assert edge["node"]["action"] == "customer.create"
    assert edge["node"]["customerNo"] == row.customer_no


async def test_events_about_no_customer_name_none(client, caller):
    await audit.record(OFFICER, "segment.create", "Segment", 7, ("name",))
    caller.actor = AUDITOR

    body = await gql(client, EVENTS, filter={"action": "segment.create"})

    [edge] = body["data"]["auditEvents"]["edges"]
    assert (edge["node"]["customerId"], edge["node"]["customerNo"]) == (None, None)
