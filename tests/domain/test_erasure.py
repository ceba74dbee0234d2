"""Erasure on request: holds refuse it, otherwise personal data goes, the books stay."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from cims.domain import complaints, customers, erasure, interactions
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
    Complaint,
    ComplaintCategory,
    ComplaintStatus,
    Customer,
    Interaction,
    Transaction,
)
from tests.factories import DATA, accounts_with_history, branch, customer_from_german

OFFICER = Actor(
    subject="dpo-1",
    permissions=frozenset(
        {"customer.read", "customer.erase", "complaint.handle", "interaction.write"}
    ),
)
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


async def file_complaint(customer: Customer) -> Complaint:
    category, _ = await ComplaintCategory.get_or_create(
        product="Checking or savings account", issue="Managing an account"
    )
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
        await erasure.erase(OFFICER, person.id, person.version, "withdrawn_consent")

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
    assert not await AuditEvent.filter(action="customer.erase").exists()


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
    )
    balances = [a.balance for a in accounts]

    erased = await erasure.erase(OFFICER, person.id, person.version, "objection")

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
    await erasure.erase(OFFICER, person.id, person.version, "no_longer_needed")

    assert not await Customer.filter(
        mobile_phone_index=index_of("mobile_phone", PHONE)
    ).exists()
    assert not await Customer.filter(email_index=index_of("email", EMAIL)).exists()


async def test_erasure_is_audited_without_personal_values(person):
    await erasure.erase(OFFICER, person.id, person.version, "withdrawn_consent")

    event = await AuditEvent.get(action="customer.erase")
    assert (event.actor, event.entity, event.entity_id) == (
        "dpo-1",
        "Customer",
        str(person.id),
    )
    assert "ground:withdrawn_consent" in event.field_names
    assert {"full_name", "id_number", "mobile_phone"} <= set(event.field_names)
    stored = " ".join(event.field_names)
    for value in (person.full_name, PHONE, EMAIL, "教师"):
        assert value not in stored


async def test_erasure_needs_its_own_permission(person):
    writer = Actor(
        subject="rm-1", permissions=frozenset({"customer.read", "customer.write"})
    )

    with pytest.raises(PermissionDenied) as denied:
        await erasure.erase(writer, person.id, person.version, "objection")

    assert denied.value.permission == "customer.erase"
    assert (await Customer.get(id=person.id)).erased_at is None


async def test_a_customer_outside_the_branch_is_not_found(person):
    other = await branch("SH01")
    branch_officer = Actor(
        subject="dpo-2", permissions=OFFICER.permissions, branch_id=other.id
    )

    with pytest.raises(NotFound):
        await erasure.erase(branch_officer, person.id, person.version, "objection")


async def test_a_stale_version_is_a_conflict(person):
    with pytest.raises(Conflict) as conflict:
        await erasure.erase(OFFICER, person.id, person.version - 1, "objection")

    assert conflict.value.current_version == person.version
    assert (await Customer.get(id=person.id)).erased_at is None


async def test_erasing_twice_is_refused(person):
    erased = await erasure.erase(OFFICER, person.id, person.version, "objection")

    with pytest.raises(Refused) as refused:
        await erasure.erase(OFFICER, person.id, erased.version, "objection")

    assert refused.value.code == "ALREADY_ERASED"
    assert await AuditEvent.filter(action="customer.erase").count() == 1


async def test_editing_an_erased_customer_is_refused_as_already_erased(person):
    erased = await erasure.erase(OFFICER, person.id, person.version, "objection")
    editor = Actor.system()

    with pytest.raises(Refused) as refused:
        await customers.update(editor, person.id, erased.version, {"occupation": "x"})

    assert refused.value.code == "ALREADY_ERASED"
    assert (await Customer.get(id=person.id)).version == erased.version


async def test_an_unknown_ground_is_refused(person):
    with pytest.raises(ValidationFailed) as failed:
        await erasure.erase(OFFICER, person.id, person.version, "because")

    assert [(p.field, p.code) for p in failed.value.problems] == [
        ("ground", "INVALID_CHOICE")
    ]
