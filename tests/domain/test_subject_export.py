"""The data-subject export holds every record about the customer, and only theirs."""

from __future__ import annotations

import dataclasses
import json

import pytest

from cims.auth import accounts
from cims.domain import (
    audit,
    complaints,
    consent,
    interactions,
    kyc,
    subject_export,
    surveys,
)
from cims.domain.actor import Actor
from cims.domain.crypto import open_fields
from cims.domain.errors import PermissionDenied
from cims.models import AuditEvent, Complaint, ComplaintStatus, KycDocument
from tests.domain.test_erasure import cfpb_narrative, erase, file_complaint
from tests.factories import accounts_with_history, branch, customer_from_german

CLERK = Actor(
    subject="dpo-3",
    permissions=frozenset(
        {
            "customer.read",
            "customer.export",
            "customer.pii.read",
            "customer.financial.read",
            "complaint.file",
            "complaint.handle",
            "interaction.write",
            "survey.read",
            "customer.erase",
        }
    ),
)


ADDER = Actor(
    subject="adder",
    permissions=frozenset(
        {"customer.read", "kyc.manage", "kyc.verify", "consent.record"}
    ),
)


@pytest.fixture
async def two_customers(database):
    home = await branch()
    mine = await customer_from_german(7, home, email="li.na@example.com")
    other = await customer_from_german(8, home)
    for row in (mine, other):
        await accounts_with_history(row, transactions=2)
    return mine, other


async def service_history(customer) -> str:
    """An interaction with a survey answer and a complaint; returns its narrative."""
    await file_complaint(customer)
    contact = await interactions.log_interaction(
        CLERK,
        customer.id,
        channel="branch",
        direction="inbound",
        purpose="card limit",
        summary="客户询问信用卡额度",
    )
    sent = await surveys.invite(CLERK, "csat", interaction_id=contact.id)
    await surveys.answer(sent.token, score=4, comment="办理很快")
    return cfpb_narrative()


def document(file) -> dict:
    return json.loads(file.content)


async def test_every_section_holds_the_customers_records_only(two_customers):
    mine, other = two_customers
    narrative = await service_history(mine)
    await service_history(other)

    file = await subject_export.export_subject(CLERK, mine.id)

    data = document(file)
    assert data["format"] == "cims.subject-export/1"
    assert data["customer"]["email"] == "li.na@example.com"
    assert data["customer"]["id_number"] == open_fields(mine)["id_number"]
    assert [c["description"] for c in data["complaints"]] == [narrative]
    assert [i["summary"] for i in data["interactions"]] == ["客户询问信用卡额度"]
    assert [(r["score"], r["comment"]) for r in data["survey_responses"]] == [
        (4, "办理很快")
    ]
    assert len(data["transactions"]) == 4
    for name in ("accounts", "transactions", "complaints", "interactions"):
        assert {row["customer_id"] for row in data[name]} == {mine.id}, name
    assert all("token_hash" not in row for row in data["survey_invitations"])
    assert len(data["survey_invitations"]) == 1
    assert file.rows == 1 + sum(len(v) for k, v in data.items() if isinstance(v, list))


async def test_amounts_stay_exact_decimal_strings(two_customers):
    mine, _ = two_customers

    data = document(await subject_export.export_subject(CLERK, mine.id))

    assert {t["amount"] for t in data["transactions"]} == {"100.00"}
    assert data["customer"]["annual_income"] == str(mine.annual_income)


async def test_export_needs_financial_rights_as_well(two_customers):
    mine, _ = two_customers
    no_money = Actor(
        subject="rm-2",
        permissions=frozenset(
            {"customer.read", "customer.export", "customer.pii.read"}
        ),
    )

    with pytest.raises(PermissionDenied) as denied:
        await subject_export.export_subject(no_money, mine.id)

    assert denied.value.permission == "customer.financial.read"
    assert not await AuditEvent.filter(action="customer.subject_export").exists()


async def test_after_erasure_the_export_holds_no_free_text(database):
    person = await customer_from_german(9, await branch())
    await service_history(person)
    await file_complaint_closed(person)

    await erase(person)
    data = document(await subject_export.export_subject(CLERK, person.id))

    text = json.dumps(data, ensure_ascii=False)
    assert "客户询问信用卡额度" not in text and "办理很快" not in text
    assert cfpb_narrative() not in text
    assert data["features"] == [] and data["recommendations"] == []


async def file_complaint_closed(person) -> None:
    """Close every complaint of the person so that no hold remains."""
    await Complaint.filter(customer_id=person.id).update(status=ComplaintStatus.CLOSED)


async def test_a_table_without_its_own_section_is_found_by_its_customer_column(
    two_customers, monkeypatch
):
    mine, other = two_customers
    await service_history(mine)
    await service_history(other)
    listed = subject_export._sections

    def without_interactions(customer_id):
        sections = listed(customer_id)
        del sections["interactions"]
        return sections

    monkeypatch.setattr(subject_export, "_sections", without_interactions)

    data = document(await subject_export.export_subject(CLERK, mine.id))

    assert "interactions" not in data
    assert [(i["customer_id"], i["summary"]) for i in data["interaction"]] == [
        (mine.id, "客户询问信用卡额度")
    ]


async def test_kyc_and_processing_history_are_readable_and_reveal_no_internals(
    database,
):
    home = await branch()
    person = await customer_from_german(9, home)
    rm = await accounts.create_staff(
        Actor.system(),
        username="li.rm",
        roles=["relationship_manager"],
        branch_code=home.code,
    )
    checker = await accounts.create_staff(
        Actor.system(), username="zhou.compliance", roles=["compliance_auditor"]
    )
    rm_actor = dataclasses.replace(
        ADDER,
        subject=rm.staff.subject,
        request_id="req-4711",
        client_address="10.9.8.7",
    )
    document = await kyc.add_document(
        rm_actor, person.id, kyc.NewDocument("passport", "E12345678", "CN")
    )
    await kyc.verify_document(
        dataclasses.replace(ADDER, subject=checker.staff.subject),
        document.id,
        document.version,
    )
    await audit.record(
        rm_actor,
        "pii.read",
        "KycDocument",
        document.id,
        ["number"],
        customer_id=person.id,
    )
    await consent.record_consent(rm_actor, person.id, "marketing", True, "branch")
    agent = await accounts.create_staff(
        Actor.system(), username="zhao.agent", roles=["service_agent"]
    )
    complaint = await file_complaint(person)
    await complaints.assign(
        CLERK, complaint.id, complaint.version, assignee="zhao.agent", team_id=None
    )

    made = await subject_export.export_subject(CLERK, person.id)

    text = made.content.decode()
    data = json.loads(text)
    listed = await audit.search(customer_id=person.id).count()
    # Everything the audit list finds for the customer, less this export's own event.
    assert len(data["audit_events"]) == listed - 1
    actions = [e["action"] for e in data["audit_events"]]
    assert {"kyc.add", "kyc.verify", "pii.read", "consent.grant"} <= set(actions)
    [stored] = await KycDocument.filter(id=document.id)
    [doc] = data["kyc_document"]
    assert doc["number"] == "E12345678"
    assert "number_index" not in doc and "ref" not in doc
    assert doc["created_by"] == {
        "roles": ["relationship_manager"],
        "organisation": f"{home.name_en} ({home.code})",
    }
    assert doc["verified_by"] == {
        "roles": ["compliance_auditor"],
        "organisation": "head office",
    }
    [added] = [e for e in data["audit_events"] if e["action"] == "kyc.add"]
    assert set(added) == {"at", "action", "record", "fields", "by"}
    assert added["by"]["roles"] == ["relationship_manager"]
    [assigned] = [e for e in data["complaint_events"] if e["changes"]]
    assert assigned["changes"]["assignee"] == [
        None,
        {"roles": ["service_agent"], "organisation": "head office"},
    ]
    assert data["complaints"][0]["assignee"]["roles"] == ["service_agent"]
    secrets = [
        agent.staff.subject,
        stored.number,
        stored.number_index,
        stored.ref,
        rm.staff.subject,
        checker.staff.subject,
        "10.9.8.7",
        "req-4711",
        *await AuditEvent.all().values_list("hash", flat=True),
    ]
    assert [s for s in secrets if s in text] == []
