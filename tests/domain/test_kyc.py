"""KYC documents: sealed numbers, verification, retirement and expiry."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

from cims.domain import crypto, kyc
from cims.domain.actor import Actor
from cims.domain.errors import (
    Conflict,
    InvalidTransition,
    NotFound,
    PermissionDenied,
    Refused,
    ValidationFailed,
)
from cims.models import AuditEvent, KycDocument
from cims.models.records import DocumentStatus
from tests.factories import company_from_german, customer_from_german, resident_id

TODAY = dt.date.today()
CLERK = frozenset({"customer.read", "kyc.manage"})
OFFICER = frozenset({"customer.read", "kyc.manage", "kyc.verify"})


def staff(permissions=OFFICER, branch_id=None, subject="officer-1") -> Actor:
    return Actor(subject=subject, permissions=permissions, branch_id=branch_id)


def checker(permissions=OFFICER) -> Actor:
    """A second person: who added a document may not verify it."""
    return staff(permissions, subject="officer-2")


def resident_card(customer_birth: dt.date, row: int, **dates) -> kyc.NewDocument:
    return kyc.NewDocument(
        doc_type="resident_id",
        number=resident_id(customer_birth, row, male=True).lower(),
        issuing_country="cn",
        issued_on=dates.get("issued_on", dt.date(2016, 5, 1)),
        expires_on=dates.get("expires_on", dt.date(2036, 5, 1)),
    )


@pytest.fixture
async def person(branches):
    return await customer_from_german(0, branches["BJ01"])


async def test_a_document_number_is_normalised_sealed_and_indexed(person):
    new = resident_card(person.birth_date, 0)

    document = await kyc.add_document(staff(CLERK), person.id, new)

    stored = await KycDocument.get(id=document.id)
    expected = resident_id(person.birth_date, 0, male=True)
    assert expected not in stored.number
    assert kyc.open_number(stored) == expected.upper()
    assert stored.issuing_country == "CN"
    assert (stored.status, stored.created_by) == (DocumentStatus.PENDING, "officer-1")
    with pytest.raises(crypto.SealError):
        crypto.unseal(stored.number, "KycDocument:another")
    [event] = await AuditEvent.filter(action="kyc.add")
    assert (event.entity, event.entity_id) == ("KycDocument", str(document.id))
    assert "number" in event.field_names


async def test_every_bad_field_is_reported_and_nothing_is_stored(person):
    new = kyc.NewDocument(
        doc_type="resident_id",
        number="110101199003071234",  # wrong check digit
        issuing_country="XX",
        issued_on="2024-02-30",
    )

    with pytest.raises(ValidationFailed) as failed:
        await kyc.add_document(staff(), person.id, new)

    assert sorted((p.field, p.code) for p in failed.value.problems) == [
        ("issued_on", "INVALID_DATE"),
        ("issuing_country", "INVALID_COUNTRY"),
        ("number", "INVALID_ID_NUMBER"),
    ]
    assert await KycDocument.all().count() == 0


async def test_an_expiry_before_the_issue_date_is_refused(person):
    new = resident_card(
        person.birth_date,
        0,
        issued_on=dt.date(2020, 1, 1),
        expires_on=dt.date(2019, 1, 1),
    )

    with pytest.raises(ValidationFailed) as failed:
        await kyc.add_document(staff(), person.id, new)

    assert [p.code for p in failed.value.problems] == ["BEFORE_ISSUE"]


async def test_a_business_licence_number_is_a_social_credit_code(branches):
    company = await company_from_german(1, branches["BJ01"])
    code = crypto.open_fields(company)["id_number"]
    licence = kyc.NewDocument("business_licence", code, "CN")
    wrong = kyc.NewDocument("business_licence", code[:-1] + "0", "CN")

    document = await kyc.add_document(staff(), company.id, licence)
    with pytest.raises(ValidationFailed):
        await kyc.add_document(staff(), company.id, wrong)

    assert kyc.open_number(document) == code


async def test_verification_records_who_and_when_and_happens_once(person):
    document = await kyc.add_document(
        staff(), person.id, resident_card(person.birth_date, 0)
    )

    verified = await kyc.verify_document(checker(), document.id, version=1)

    assert (verified.status, verified.verified_by, verified.version) == (
        DocumentStatus.VERIFIED,
        "officer-2",
        2,
    )
    assert verified.verified_at is not None
    with pytest.raises(InvalidTransition) as again:
        await kyc.verify_document(checker(), document.id, version=2)
    assert again.value.allowed == [DocumentStatus.RETIRED]


async def test_verifying_needs_its_own_permission_and_a_current_version(person):
    document = await kyc.add_document(
        staff(), person.id, resident_card(person.birth_date, 0)
    )

    with pytest.raises(PermissionDenied):
        await kyc.verify_document(checker(CLERK), document.id, version=1)
    with pytest.raises(Conflict):
        await kyc.verify_document(checker(), document.id, version=7)

    stored = await KycDocument.get(id=document.id)
    assert (stored.status, stored.version, stored.verified_by) == (
        DocumentStatus.PENDING,
        1,
        None,
    )


async def test_an_expired_document_cannot_be_verified(person):
    old = resident_card(
        person.birth_date,
        0,
        issued_on=dt.date(2005, 1, 1),
        expires_on=dt.date(2025, 1, 1),
    )
    document = await kyc.add_document(staff(), person.id, old)

    with pytest.raises(ValidationFailed) as failed:
        await kyc.verify_document(checker(), document.id, version=1)

    assert [p.code for p in failed.value.problems] == ["EXPIRED"]


async def test_retiring_keeps_the_document_with_the_reason(person):
    document = await kyc.add_document(
        staff(), person.id, resident_card(person.birth_date, 0)
    )

    with pytest.raises(ValidationFailed):
        await kyc.retire_document(staff(), document.id, 1, " ")
    retired = await kyc.retire_document(staff(), document.id, 1, "  换领新证 ")

    assert (retired.status, retired.retired_reason, retired.retired_by) == (
        DocumentStatus.RETIRED,
        "换领新证",
        "officer-1",
    )
    with pytest.raises(InvalidTransition):
        await kyc.retire_document(staff(), document.id, 2, "again")
    assert [
        e.action for e in await AuditEvent.filter(entity="KycDocument").order_by("id")
    ] == [
        "kyc.add",
        "kyc.retire",
    ]


def test_expiry_state_by_date():
    document = KycDocument(expires_on=dt.date(2026, 3, 1))

    states = [
        kyc.expiry_state(document, today)
        for today in (dt.date(2026, 1, 1), dt.date(2026, 2, 1), dt.date(2026, 3, 2))
    ]

    assert states == [
        kyc.ExpiryState.VALID,
        kyc.ExpiryState.EXPIRING_SOON,
        kyc.ExpiryState.EXPIRED,
    ]
    assert kyc.expiry_state(KycDocument(expires_on=None)) is kyc.ExpiryState.NO_EXPIRY


async def test_expiring_documents_leave_out_retired_far_off_and_other_branches(
    branches,
):
    bj = await customer_from_german(2, branches["BJ01"])
    sh = await customer_from_german(3, branches["SH01"])
    soon = TODAY + dt.timedelta(days=10)
    late = TODAY + dt.timedelta(days=400)
    past = TODAY - dt.timedelta(days=3)
    issued = dt.date(2016, 1, 1)
    made = {}
    for name, owner, expires in (
        ("soon", bj, soon),
        ("late", bj, late),
        ("past", bj, past),
        ("retired", bj, soon),
        ("other branch", sh, soon),
    ):
        card = resident_card(owner.birth_date, 2, issued_on=issued, expires_on=expires)
        card = kyc.NewDocument("passport", f"E{owner.id:02d}{len(made):06d}", "CN",
                               card.issued_on, card.expires_on)  # fmt: skip
        made[name] = await kyc.add_document(staff(), owner.id, card)
    await kyc.retire_document(staff(), made["retired"].id, 1, "lost")

    in_branch = await kyc.expiring_documents(staff(branch_id=branches["BJ01"].id))
    everywhere = await kyc.expiring_documents(staff())

    assert [d.id for d in in_branch] == [made["past"].id, made["soon"].id]
    assert {d.id for d in everywhere} == {
        made["past"].id,
        made["soon"].id,
        made["other branch"].id,
    }


async def test_a_customer_outside_the_branch_is_not_found(branches):
    sh = await customer_from_german(4, branches["SH01"])
    bj_clerk = staff(branch_id=branches["BJ01"].id)

    with pytest.raises(NotFound):
        await kyc.add_document(bj_clerk, sh.id, resident_card(sh.birth_date, 4))

    assert await KycDocument.all().count() == 0


async def test_a_key_rotation_reseals_document_numbers(person):
    document = await kyc.add_document(
        staff(), person.id, kyc.NewDocument("passport", "E12345678", "CN")
    )
    old_key = crypto.key_id_of(document.number)

    new_key = crypto.rotate()
    changed = await kyc.reseal_documents(batch=1)
    again = await kyc.reseal_documents()

    stored = await KycDocument.get(id=document.id)
    assert new_key != old_key
    assert (changed, again) == (1, 0)
    assert crypto.key_id_of(stored.number) == new_key
    assert kyc.open_number(stored) == "E12345678"


async def test_the_same_document_in_force_is_refused_once_retired_it_may_return(person):
    passport = kyc.NewDocument("passport", "E12345678", "CN")
    first = await kyc.add_document(staff(), person.id, passport)

    with pytest.raises(ValidationFailed) as again:
        await kyc.add_document(
            staff(), person.id, kyc.NewDocument("passport", " e12345678", "CN")
        )
    other_type = kyc.NewDocument("other", "E12345678", "CN")
    await kyc.add_document(staff(), person.id, other_type)  # another type: not the same
    await kyc.retire_document(staff(), first.id, first.version, "recorded in error")
    await kyc.add_document(staff(), person.id, passport)

    assert [(p.field, p.code) for p in again.value.problems] == [
        ("number", "DUPLICATE")
    ]
    assert await KycDocument.filter(customer_id=person.id).count() == 3
    assert await AuditEvent.filter(action="kyc.add").count() == 3


async def test_four_adds_of_one_document_at_once_make_one(person):
    passport = kyc.NewDocument("passport", "E12345678", "CN")

    outcomes = await asyncio.gather(
        *(kyc.add_document(staff(), person.id, passport) for _ in range(4)),
        return_exceptions=True,
    )

    made = [o for o in outcomes if isinstance(o, KycDocument)]
    refused = [o for o in outcomes if isinstance(o, ValidationFailed)]
    assert (len(made), len(refused)) == (1, 3), outcomes
    assert await KycDocument.filter(customer_id=person.id).count() == 1


async def test_who_added_a_document_cannot_verify_it(person):
    document = await kyc.add_document(
        staff(), person.id, resident_card(person.birth_date, 0)
    )

    with pytest.raises(Refused) as refused:
        await kyc.verify_document(staff(), document.id, version=1)

    assert refused.value.code == "SAME_APPROVER"
    stored = await KycDocument.get(id=document.id)
    assert (stored.status, stored.verified_by) == (DocumentStatus.PENDING, None)
    assert not await AuditEvent.filter(action="kyc.verify").exists()
