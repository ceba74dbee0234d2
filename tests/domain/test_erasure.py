"""Erasure on request: four eyes; holds refuse it; personal data goes, books stay."""

from __future__ import annotations

import asyncio
import csv
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from cims.domain import (
    complaints,
    consent,
    customers,
    erasure,
    importing,
    interactions,
    kyc,
    relationships,
)
from cims.domain.actor import Actor
from cims.domain.crypto import open_fields
from cims.domain.errors import (
    Conflict,
    ErasureHeld,
    NotFound,
    PermissionDenied,
    Refused,
    ValidationFailed,
)
from cims.domain.normalize import name_key
from cims.domain.validation import index_of
from cims.models import (
    Account,
    AuditEvent,
    Branch,
    Complaint,
    ComplaintCategory,
    ComplaintEvent,
    ComplaintStatus,
    ConsentRecord,
    Customer,
    ErasureRequest,
    ImportRecord,
    Interaction,
    KycDocument,
    Transaction,
)
from tests.factories import (
    DATA,
    accounts_with_history,
    branch,
    complaint_category,
    customer_from_german,
)

OFFICER = Actor(
    subject="dpo-1",
    permissions=frozenset(
        {
            "customer.read",
            "customer.erase",
            "complaint.file",
            "complaint.handle",
            "interaction.write",
        }
    ),
)
SECOND = Actor(subject="dpo-2", permissions=OFFICER.permissions)
PHONE = "+8613800138000"
EMAIL = "wang.fang@example.com"


def cfpb_narrative() -> str:
    """The first consumer narrative of the real CFPB complaint sample."""
    with (DATA / "cfpb_complaints.csv").open(newline="") as handle:
        for row in csv.DictReader(handle):
            if row["Consumer complaint narrative"]:
                return row["Consumer complaint narrative"][:2000]
    raise AssertionError("the CFPB sample has no narrative")


@pytest.fixture(autouse=True)
def _retention(monkeypatch):
    monkeypatch.delenv("CIMS_ERASURE_RETENTION_YEARS", raising=False)


@pytest.fixture
async def person(database):
    home = await branch()
    return await customer_from_german(
        3,
        home,
        mobile_phone=PHONE,
        email=EMAIL,
        address="北京市东城区东四十条 1 号",
        occupation="教师",
        tags=["VIP"],
    )


async def close_accounts(customer: Customer, closed_on: date) -> None:
    await Account.filter(customer_id=customer.id).update(
        status="closed", closed_on=closed_on
    )


async def age_history(customer: Customer, years: int) -> None:
    """Move every booking ``years`` back, as if the relationship ended long ago."""
    for row in await Transaction.filter(customer_id=customer.id):
        row.booked_at = row.booked_at - timedelta(days=366 * years)
        await row.save(update_fields=["booked_at"])


async def erase(person: Customer, ground: str = "objection") -> Customer:
    """Request as OFFICER, approve as SECOND: the erased customer row."""
    asked = await erasure.request_erasure(OFFICER, person.id, ground, "DSR-2026-001")
    await erasure.approve(SECOND, asked.id)
    return await Customer.get(id=person.id)


async def file_complaint(customer: Customer) -> Complaint:
    category = await ComplaintCategory.get_or_none(
        product="Checking or savings account", issue="Managing an account"
    ) or await complaint_category("Checking or savings account", "Managing an account")
    return await complaints.file_complaint(
        OFFICER,
        customer.id,
        category_id=category.id,
        description=cfpb_narrative(),
        severity="medium",
        channel="phone",
    )


async def test_open_accounts_and_complaints_hold_the_data_and_nothing_changes(person):
    await accounts_with_history(person)
    await file_complaint(person)

    with pytest.raises(ErasureHeld) as held:
        await erasure.request_erasure(OFFICER, person.id, "withdrawn_consent", "DSR-1")

    codes = {hold.code: hold for hold in held.value.holds}
    assert set(codes) == {"OPEN_ACCOUNTS", "OPEN_COMPLAINTS", "RETENTION_PERIOD"}
    assert codes["OPEN_ACCOUNTS"].count == 2
    assert codes["OPEN_COMPLAINTS"].count == 1
    stored = await Customer.get(id=person.id)
    assert (stored.full_name, stored.version, stored.erased_at) == (
        person.full_name,
        person.version,
        None,
    )
    assert open_fields(stored)["mobile_phone"] == PHONE
    # The refusal alone is audited: who asked, on what ground, which holds.
    [held_event] = await AuditEvent.filter(action__startswith="customer.erase")
    assert (held_event.action, held_event.actor) == ("customer.erase.held", "dpo-1")
    assert (held_event.entity, held_event.entity_id) == ("Customer", str(person.id))
    assert held_event.field_names == ["ground:withdrawn_consent"]
    assert held_event.details == {
        "holds": ["OPEN_ACCOUNTS", "OPEN_COMPLAINTS", "RETENTION_PERIOD"]
    }
    assert "DSR-1" not in str(held_event.details)
    assert not await ErasureRequest.exists()


async def test_retention_runs_from_the_last_activity(person):
    await accounts_with_history(person)
    last_booking = date(2025, 1, 5)  # the factory books from 1 January 2025
    await close_accounts(person, date(2025, 1, 3))

    held = await erasure.holds(person.id, today=date(2029, 12, 31))
    lapsed = await erasure.holds(person.id, today=date(2030, 1, 6))

    assert [(h.code, h.until) for h in held] == [
        ("RETENTION_PERIOD", date(last_booking.year + 5, 1, 5))
    ]
    assert lapsed == []


async def test_the_retention_period_is_configurable(person, monkeypatch):
    await accounts_with_history(person)
    await close_accounts(person, date(2025, 1, 3))
    monkeypatch.setenv("CIMS_ERASURE_RETENTION_YEARS", "10")

    held = await erasure.holds(person.id, today=date(2030, 1, 6))

    assert [(h.code, h.until) for h in held] == [("RETENTION_PERIOD", date(2035, 1, 5))]


async def test_erasure_removes_personal_data_and_keeps_the_books(person):
    accounts = await accounts_with_history(person)
    await close_accounts(person, date(2020, 6, 30))
    await age_history(person, 6)
    complaint = await file_complaint(person)
    await Complaint.filter(id=complaint.id).update(
        status=ComplaintStatus.CLOSED,
        closed_at=datetime(2020, 7, 1, tzinfo=UTC),
        resolved_at=datetime(2020, 6, 30, tzinfo=UTC),
    )
    await interactions.log_interaction(
        OFFICER,
        person.id,
        channel="phone",
        direction="inbound",
        purpose="address change",
        summary="客户来电更新地址",
        occurred_at=datetime(2020, 6, 1, tzinfo=UTC),
        now=datetime(2020, 6, 1, 1, tzinfo=UTC),  # logged then, not back-dated now
    )
    balances = [a.balance for a in accounts]

    erased = await erase(person)

    assert erased.full_name.startswith("ERASED-")
    personal = open_fields(erased)
    assert personal == {
        "id_number": None,
        "mobile_phone": None,
        "email": None,
        "address": None,
    }
    assert (erased.id_number_index, erased.mobile_phone_index, erased.email_index) == (
        None,
        None,
        None,
    )
    assert (erased.birth_date, erased.family_name, erased.name_latin) == (
        None,
        None,
        None,
    )
    assert (erased.annual_income, erased.occupation, erased.tags) == (None, None, [])
    assert erased.custom_attributes == {}
    assert erased.name_key == name_key(erased.full_name, None)
    assert person.name_key != erased.name_key
    assert erased.status == "closed"
    assert erased.archived_at is not None and erased.erased_at is not None
    assert erased.version == person.version + 1
    assert erased.customer_no == person.customer_no
    # The books: accounts and every booking unchanged.
    kept = await Account.filter(customer_id=person.id).order_by("id")
    assert [a.balance for a in kept] == balances
    assert await Transaction.filter(customer_id=person.id).count() == 10
    assert (
        await Transaction.filter(
            customer_id=person.id, amount=Decimal("100.00")
        ).count()
        == 10
    )
    # Free text about the person is gone, the structure stays.
    stored_complaint = await Complaint.get(id=complaint.id)
    assert stored_complaint.description == erasure.REDACTED
    assert stored_complaint.severity == "medium"
    interaction = await Interaction.get(customer_id=person.id)
    assert (interaction.summary, interaction.purpose) == (
        erasure.REDACTED,
        "address change",
    )


async def test_the_erased_row_is_found_by_no_personal_key(person):
    await erase(person, "no_longer_needed")

    assert not await Customer.filter(
        mobile_phone_index=index_of("mobile_phone", PHONE)
    ).exists()
    assert not await Customer.filter(email_index=index_of("email", EMAIL)).exists()


async def test_every_step_is_audited_on_the_customer_without_values(person):
    asked = await erasure.request_erasure(
        OFFICER, person.id, "withdrawn_consent", "DSR-2026-007"
    )
    await erasure.approve(SECOND, asked.id)

    events = await AuditEvent.filter(entity="Customer", entity_id=str(person.id))
    steps = {e.action: e for e in events}
    assert set(steps) == {"customer.create", "customer.erase.request", "customer.erase"}
    request = steps["customer.erase.request"]
    assert request.actor == "dpo-1"
    assert set(request.field_names) == {
        f"request:{asked.id}",
        "ground:withdrawn_consent",
        "reference",
    }
    erased = steps["customer.erase"]
    assert erased.actor == "dpo-2"
    assert {"full_name", "id_number", "mobile_phone", f"request:{asked.id}"} <= set(
        erased.field_names
    )
    assert "ground:withdrawn_consent" in erased.field_names
    stored = " ".join(name for e in events for name in e.field_names)
    for value in (person.full_name, PHONE, EMAIL, "教师", "DSR-2026-007"):
        assert value not in stored


async def test_a_request_waits_for_a_second_person(person):
    asked = await erasure.request_erasure(OFFICER, person.id, "objection", " DSR-9 ")

    stored = await Customer.get(id=person.id)
    assert stored.erased_at is None and stored.version == person.version
    assert open_fields(stored)["mobile_phone"] == PHONE
    assert (asked.status, asked.reference, asked.requested_by) == (
        "pending",
        "DSR-9",
        "dpo-1",
    )
    assert (await erasure.pending_request(SECOND, person.id)).id == asked.id

    approved = await erasure.approve(SECOND, asked.id)

    assert (approved.status, approved.decided_by) == ("approved", "dpo-2")
    assert approved.decided_at is not None
    assert (await Customer.get(id=person.id)).erased_at is not None
    assert await erasure.pending_request(SECOND, person.id) is None


async def test_the_requester_cannot_approve_their_own_request(person):
    asked = await erasure.request_erasure(OFFICER, person.id, "objection", "DSR-1")

    with pytest.raises(Refused) as refused:
        await erasure.approve(OFFICER, asked.id)

    assert refused.value.code == "SAME_APPROVER"
    assert (await ErasureRequest.get(id=asked.id)).status == "pending"
    assert (await Customer.get(id=person.id)).erased_at is None
    assert not await AuditEvent.filter(action="customer.erase").exists()


async def test_a_hold_arising_after_the_request_refuses_approval_and_waits(person):
    asked = await erasure.request_erasure(OFFICER, person.id, "objection", "DSR-1")
    complaint = await file_complaint(person)

    with pytest.raises(ErasureHeld) as held:
        await erasure.approve(SECOND, asked.id)

    assert [h.code for h in held.value.holds] == ["OPEN_COMPLAINTS"]
    still = await ErasureRequest.get(id=asked.id)
    assert (still.status, still.decided_by, still.pending_customer_id) == (
        "pending",
        None,
        person.id,
    )
    assert (await Customer.get(id=person.id)).erased_at is None
    assert not await AuditEvent.filter(action="customer.erase").exists()
    # The refused approval is audited although its transaction was rolled back.
    [refused] = await AuditEvent.filter(action="customer.erase.held")
    assert (refused.actor, refused.field_names) == ("dpo-2", [f"request:{asked.id}"])
    assert refused.details == {"holds": ["OPEN_COMPLAINTS"]}
    # Once the complaint is closed (and long ago), the same request goes through.
    await Complaint.filter(id=complaint.id).update(
        status=ComplaintStatus.CLOSED,
        closed_at=datetime(2019, 1, 1, tzinfo=UTC),
        resolved_at=datetime(2019, 1, 1, tzinfo=UTC),
    )
    assert (await erasure.approve(SECOND, asked.id)).status == "approved"


async def test_a_rejected_request_is_final_and_another_may_follow(person):
    asked = await erasure.request_erasure(OFFICER, person.id, "objection", "DSR-1")

    rejected = await erasure.reject(SECOND, asked.id, "  Loan still under dispute ")

    assert (rejected.status, rejected.decided_by, rejected.decision_reason) == (
        "rejected",
        "dpo-2",
        "Loan still under dispute",
    )
    assert rejected.pending_customer_id is None
    with pytest.raises(Refused) as refused:
        await erasure.approve(SECOND, asked.id)
    assert refused.value.code == "ALREADY_DECIDED"
    assert (await Customer.get(id=person.id)).erased_at is None
    event = await AuditEvent.get(action="customer.erase.reject")
    assert (event.actor, event.entity_id) == ("dpo-2", str(person.id))
    assert "Loan" not in " ".join(event.field_names)
    again = await erasure.request_erasure(SECOND, person.id, "objection", "DSR-2")
    assert again.status == "pending"


async def test_the_requester_withdraws_their_own_request(person):
    asked = await erasure.request_erasure(OFFICER, person.id, "objection", "DSR-1")

    withdrawn = await erasure.reject(OFFICER, asked.id, "Customer changed their mind")

    assert withdrawn.status == "withdrawn"
    assert await AuditEvent.filter(action="customer.erase.withdraw").count() == 1
    with pytest.raises(Refused) as refused:
        await erasure.reject(SECOND, asked.id, "too late")
    assert refused.value.code == "ALREADY_DECIDED"


async def test_one_pending_request_per_customer(person):
    await erasure.request_erasure(OFFICER, person.id, "objection", "DSR-1")

    with pytest.raises(Refused) as refused:
        await erasure.request_erasure(SECOND, person.id, "objection", "DSR-2")

    assert refused.value.code == "ERASURE_REQUESTED"
    assert await ErasureRequest.filter(customer_id=person.id).count() == 1
    assert await AuditEvent.filter(action="customer.erase.request").count() == 1


async def test_reference_and_reason_are_required(person):
    with pytest.raises(ValidationFailed) as no_reference:
        await erasure.request_erasure(OFFICER, person.id, "objection", "  ")
    asked = await erasure.request_erasure(OFFICER, person.id, "objection", "DSR-1")
    with pytest.raises(ValidationFailed) as no_reason:
        await erasure.reject(SECOND, asked.id, "")

    assert [(p.field, p.code) for p in no_reference.value.problems] == [
        ("reference", "REQUIRED")
    ]
    assert [(p.field, p.code) for p in no_reason.value.problems] == [
        ("reason", "REQUIRED")
    ]
    assert (await ErasureRequest.get(id=asked.id)).status == "pending"


async def test_every_step_needs_the_erase_permission(person):
    writer = Actor(
        subject="rm-1", permissions=frozenset({"customer.read", "customer.write"})
    )
    asked = await erasure.request_erasure(OFFICER, person.id, "objection", "DSR-1")

    for step in (
        erasure.request_erasure(writer, person.id, "objection", "DSR-2"),
        erasure.approve(writer, asked.id),
        erasure.reject(writer, asked.id, "no"),
    ):
        with pytest.raises(PermissionDenied) as denied:
            await step
        assert denied.value.permission == "customer.erase"
    with pytest.raises(PermissionDenied):
        erasure.requests(writer)
    assert (await Customer.get(id=person.id)).erased_at is None


async def test_a_customer_outside_the_branch_is_not_found(person):
    other = await branch("SH01")
    branch_officer = Actor(
        subject="dpo-3", permissions=OFFICER.permissions, branch_id=other.id
    )
    asked = await erasure.request_erasure(OFFICER, person.id, "objection", "DSR-1")

    with pytest.raises(NotFound):
        await erasure.request_erasure(branch_officer, person.id, "objection", "X")
    with pytest.raises(NotFound):
        await erasure.approve(branch_officer, asked.id)
    assert await erasure.requests(branch_officer).count() == 0
    assert await erasure.requests(SECOND, ["pending"]).count() == 1


async def test_erasing_twice_is_refused(person):
    await erase(person)

    with pytest.raises(Refused) as refused:
        await erasure.request_erasure(OFFICER, person.id, "objection", "DSR-2")

    assert refused.value.code == "ALREADY_ERASED"
    assert await AuditEvent.filter(action="customer.erase").count() == 1


async def test_editing_an_erased_customer_is_refused_as_already_erased(person):
    erased = await erase(person)
    editor = Actor.system()

    with pytest.raises(Refused) as refused:
        await customers.update(editor, person.id, erased.version, {"occupation": "x"})

    assert refused.value.code == "ALREADY_ERASED"
    assert (await Customer.get(id=person.id)).version == erased.version


async def test_an_unknown_ground_is_refused(person):
    with pytest.raises(ValidationFailed) as failed:
        await erasure.request_erasure(OFFICER, person.id, "because", "DSR-1")

    assert [(p.field, p.code) for p in failed.value.problems] == [
        ("ground", "INVALID_CHOICE")
    ]
    assert not await ErasureRequest.exists()


# ---------------------------------------------------------------- import fingerprints

IMPORT_HEADER = "客户姓名,手机号,网点\n"
IMPORTER = Actor(
    subject="clerk-1",
    permissions=frozenset({"customer.read", "customer.write", "customer.import"}),
)


async def test_erasure_deletes_the_import_fingerprints_so_a_reimport_is_new(database):
    home = await branch("BJ01")
    data = (IMPORT_HEADER + f"无证件客户,13900139000,{home.code}\n").encode()
    mapping = importing.Mapping(
        columns={
            "客户姓名": "full_name",
            "手机号": "mobile_phone",
            "网点": "branch_code",
        }
    )
    first = await importing.import_customers(IMPORTER, data, "c.csv", mapping)
    assert first.created_rows == 1
    imported = await Customer.get()
    assert await ImportRecord.filter(customer_no=imported.customer_no).count() == 1

    erased = await erase(imported)

    assert not await ImportRecord.filter(customer_no=imported.customer_no).exists()
    event = await AuditEvent.get(action="customer.erase")
    assert "ImportRecord" in event.field_names
    again = await importing.import_customers(IMPORTER, data, "c.csv", mapping)
    assert (again.created_rows, again.existing_rows) == (1, 0)
    rows = await Customer.all().order_by("id")
    assert [r.id for r in rows] == [imported.id, rows[1].id] and len(rows) == 2
    fresh = rows[1]
    assert fresh.customer_no != imported.customer_no
    assert (fresh.full_name, fresh.erased_at) == ("无证件客户", None)
    assert open_fields(fresh)["mobile_phone"] == "+8613900139000"
    kept = await Customer.get(id=imported.id)
    assert (kept.full_name, kept.erased_at, kept.version) == (
        erased.full_name,
        erased.erased_at,
        erased.version,
    )
    assert open_fields(kept)["mobile_phone"] is None


# ---------------------------------------------------------------- races

THIRD = Actor(subject="dpo-3", permissions=OFFICER.permissions)


async def test_two_approvals_at_once_erase_once(person):
    asked = await erasure.request_erasure(OFFICER, person.id, "objection", "DSR-9")

    outcomes = await asyncio.gather(
        erasure.approve(SECOND, asked.id),
        erasure.approve(THIRD, asked.id),
        return_exceptions=True,
    )

    refused = [o for o in outcomes if isinstance(o, Refused)]
    approved = [o for o in outcomes if isinstance(o, ErasureRequest)]
    assert [r.code for r in refused] == ["ALREADY_DECIDED"]
    assert [a.status for a in approved] == ["approved"]
    assert await AuditEvent.filter(action="customer.erase").count() == 1


async def test_an_update_racing_the_approval_leaves_the_data_erased(person):
    asked = await erasure.request_erasure(OFFICER, person.id, "objection", "DSR-9")
    editor = Actor.system()

    outcomes = await asyncio.gather(
        erasure.approve(SECOND, asked.id),
        customers.update(editor, person.id, person.version, {"occupation": "医生"}),
        return_exceptions=True,
    )

    approval, edit = outcomes
    assert isinstance(approval, ErasureRequest), approval
    stored = await Customer.get(id=person.id)
    assert stored.erased_at is not None
    assert (stored.occupation, open_fields(stored)["mobile_phone"]) == (None, None)
    # The edit went first and was erased with the rest, or it came too late.
    if isinstance(edit, Exception):
        assert isinstance(edit, Conflict | Refused), edit
    else:
        assert edit.occupation == "医生" and edit.version < stored.version


async def test_an_approval_whose_customer_changed_meanwhile_erases_nothing(
    person, monkeypatch
):
    """The customer changed between the approval's read and its write (an edit
    committed in between): the write finds another version and the approval is
    undone whole, the request still pending."""
    asked = await erasure.request_erasure(OFFICER, person.id, "objection", "DSR-9")
    erase_row = erasure._erase

    async def edited_meanwhile(actor, customer, request, conn):
        await (
            Customer.filter(id=customer.id)
            .using_db(conn)
            .update(version=customer.version + 1)
        )
        await erase_row(actor, customer, request, conn)

    monkeypatch.setattr(erasure, "_erase", edited_meanwhile)

    with pytest.raises(Conflict):
        await erasure.approve(SECOND, asked.id)

    stored = await Customer.get(id=person.id)
    assert (stored.erased_at, stored.version) == (None, person.version)
    assert open_fields(stored)["mobile_phone"] == PHONE
    assert (await ErasureRequest.get(id=asked.id)).status == "pending"
    assert await AuditEvent.filter(action="customer.erase").count() == 0


CLERK = Actor(
    subject="clerk-1",
    permissions=frozenset(
        {
            "customer.read",
            "customer.write",
            "kyc.manage",
            "kyc.verify",
            "consent.record",
            "interaction.write",
            "complaint.file",
        }
    ),
)
CHECKER = Actor(subject="clerk-2", permissions=CLERK.permissions)


async def test_erasure_overwrites_documents_withdraws_consents_and_ends_relations(
    person,
):
    passport = kyc.NewDocument("passport", "E12345678", "CN", date(2019, 1, 1))
    verified = await kyc.add_document(CLERK, person.id, passport)
    verified = await kyc.verify_document(CHECKER, verified.id, verified.version)
    card = kyc.NewDocument("other", "X-778899", "CN", None, date(2040, 1, 1))
    retired = await kyc.add_document(CLERK, person.id, card)
    await kyc.retire_document(CLERK, retired.id, retired.version, "王芳 换新证件")
    await consent.record_consent(CLERK, person.id, "marketing", True, "branch")
    await consent.record_consent(CLERK, person.id, "profiling", True, "online")
    await consent.record_consent(CLERK, person.id, "profiling", False, "online")
    home = await Branch.get(id=person.branch_id)
    spouse = await customer_from_german(4, home)
    child = await customer_from_german(5, home)
    await relationships.add_relation(CLERK, spouse.id, "spouse", person.id)
    await relationships.add_relation(CLERK, person.id, "parent", child.id)

    await erase(person, "withdrawn_consent")

    documents = await KycDocument.filter(customer_id=person.id).order_by("id")
    assert [(d.number, d.number_index) for d in documents] == [("", "")] * 2
    assert [kyc.open_number(d) for d in documents] == [None, None]
    assert [(d.issued_on, d.expires_on) for d in documents] == [(None, None)] * 2
    assert [(d.doc_type, d.issuing_country, d.status) for d in documents] == [
        ("passport", "CN", "verified"),
        ("other", "CN", "retired"),
    ]
    assert (documents[0].verified_by, documents[0].verified_at) == (
        "clerk-2",
        verified.verified_at,
    )
    assert documents[1].retired_reason == erasure.REDACTED
    states = {s.purpose: s for s in await consent.current(CLERK, person.id)}
    assert not any(s.granted for s in states.values())
    marketing = states["marketing"].record
    assert (marketing.granted, marketing.channel) == (False, "erasure")
    assert marketing.recorded_by == SECOND.subject
    # Profiling was withdrawn already: no second withdrawal is recorded for it.
    assert states["profiling"].record.channel == "online"
    history = await ConsentRecord.filter(customer_id=person.id)
    assert [r.purpose for r in history if r.current] == ["marketing", "profiling"] or [
        r.purpose for r in history if r.current
    ] == ["profiling", "marketing"]
    assert await consent.may_contact(person.id) is False
    for other in (spouse, child):
        assert await relationships.relations_of(CLERK, other.id) == []
        ended = await AuditEvent.filter(
            action="relation.end", entity_id=str(other.id)
        ).count()
        assert ended == 1
    [event] = await AuditEvent.filter(action="customer.erase")
    assert "KycDocument.number" in event.field_names
    assert "consent:marketing:withdrawn" in event.field_names
    assert "E12345678" not in str(event.field_names)


async def test_nothing_personal_is_added_to_an_erased_customer(person):
    document = await kyc.add_document(
        CLERK, person.id, kyc.NewDocument("passport", "E12345678", "CN")
    )
    other = await customer_from_german(6, await Branch.get(id=person.branch_id))
    await erase(person)
    category = await complaint_category(
        "Checking or savings account", "Managing an account"
    )
    document = await KycDocument.get(id=document.id)

    attempts = {
        "kyc.add": kyc.add_document(
            CLERK, person.id, kyc.NewDocument("passport", "E99999999", "CN")
        ),
        "kyc.verify": kyc.verify_document(CHECKER, document.id, document.version),
        "kyc.retire": kyc.retire_document(CLERK, document.id, document.version, "x"),
        "consent": consent.record_consent(
            CLERK, person.id, "marketing", True, "branch"
        ),
        "relation": relationships.add_relation(CLERK, other.id, "guarantor", person.id),
        "interaction": interactions.log_interaction(
            CLERK,
            person.id,
            channel="phone",
            direction="inbound",
            purpose="address change",
            summary="客户来电",
        ),
        "complaint": complaints.file_complaint(
            CLERK,
            person.id,
            category_id=category.id,
            description="charged twice",
            severity="medium",
            channel="phone",
        ),
    }
    for name, attempt in attempts.items():
        with pytest.raises(Refused) as refused:
            await attempt
        assert refused.value.code == "ALREADY_ERASED", name

    assert await KycDocument.filter(customer_id=person.id).count() == 1
    assert await ConsentRecord.filter(customer_id=person.id).count() == 0
    assert await Interaction.filter(customer_id=person.id).count() == 0
    assert await Complaint.filter(customer_id=person.id).count() == 0


async def test_a_document_added_while_the_erasure_is_approved_is_erased_or_refused(
    person,
):
    asked = await erasure.request_erasure(OFFICER, person.id, "objection", "DSR-7")
    passport = kyc.NewDocument("passport", "E12345678", "CN")

    approval, added = await asyncio.gather(
        erasure.approve(SECOND, asked.id),
        kyc.add_document(CLERK, person.id, passport),
        return_exceptions=True,
    )

    assert isinstance(approval, ErasureRequest), approval
    if isinstance(added, Exception):
        assert isinstance(added, Refused) and added.code == "ALREADY_ERASED", added
    assert not await KycDocument.filter(
        customer_id=person.id, number_index__gt=""
    ).exists()


async def test_the_aml_holds_still_keep_documents_and_consents(person):
    await accounts_with_history(person)
    await kyc.add_document(
        CLERK, person.id, kyc.NewDocument("passport", "E12345678", "CN")
    )
    await consent.record_consent(CLERK, person.id, "marketing", True, "branch")

    with pytest.raises(ErasureHeld):
        await erasure.request_erasure(OFFICER, person.id, "objection", "DSR-8")

    [document] = await KycDocument.filter(customer_id=person.id)
    assert kyc.open_number(document) == "E12345678"
    assert await consent.may_contact(person.id) is True


async def finished(customer: Customer, *, closed: bool) -> Complaint:
    """A complaint of the customer taken through the workflow to resolved (closed)."""
    row = await file_complaint(customer)
    row = await complaints.acknowledge(OFFICER, row.id, row.version)
    row = await complaints.start_investigation(OFFICER, row.id, row.version)
    row = await complaints.resolve(
        OFFICER, row.id, row.version, outcome="explanation", root_cause="fee rule"
    )
    if closed:
        row = await complaints.close(OFFICER, row.id, row.version)
    return row


async def test_an_erased_customers_finished_complaints_take_no_text_nor_reopening(
    person, monkeypatch
):
    # No retention: the complaints were finished today and the erasure goes ahead.
    monkeypatch.setenv("CIMS_ERASURE_RETENTION_YEARS", "0")
    resolved = await finished(person, closed=False)
    closed = await finished(person, closed=True)
    await erase(person)
    events_before = await ComplaintEvent.filter(customer_id=person.id).count()

    attempts = {
        "comment": complaints.comment(
            OFFICER, resolved.id, resolved.version, text="客户来电补充说明"
        ),
        "reopen resolved": complaints.reopen(
            OFFICER, resolved.id, resolved.version, reason="customer called back"
        ),
        "reopen closed": complaints.reopen(
            OFFICER, closed.id, closed.version, reason="customer called back"
        ),
        "transition": complaints.transition(
            OFFICER, closed.id, closed.version, "reopened", reason="again"
        ),
        "close with a note": complaints.close(
            OFFICER, resolved.id, resolved.version, reason="客户满意"
        ),
    }
    for name, attempt in attempts.items():
        with pytest.raises(Refused) as refused:
            await attempt
        assert refused.value.code == "ALREADY_ERASED", name
        assert "erased" in refused.value.message, name

    assert await ComplaintEvent.filter(customer_id=person.id).count() == events_before
    stored = {c.id: c for c in await Complaint.filter(customer_id=person.id)}
    assert stored[resolved.id].status == ComplaintStatus.RESOLVED
    assert stored[closed.id].status == ComplaintStatus.CLOSED
    assert stored[closed.id].reopen_count == 0
    # Finishing the books stays possible: closing without a note.
    done = await complaints.close(OFFICER, resolved.id, resolved.version)
    assert done.status == ComplaintStatus.CLOSED
    last = await ComplaintEvent.filter(complaint_id=resolved.id).order_by("-id").first()
    assert last.reason is None


async def test_a_living_customers_finished_complaint_still_reopens(person):
    resolved = await finished(person, closed=False)
    noted = await complaints.comment(
        OFFICER, resolved.id, resolved.version, text="called back"
    )
    reopened = await complaints.reopen(
        OFFICER, resolved.id, noted.version, reason="customer called back"
    )
    assert reopened.status == ComplaintStatus.REOPENED
