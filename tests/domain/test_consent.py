"""Consent: an append-only history and the state it adds up to."""

from __future__ import annotations

import datetime as dt

import pytest

from cims.domain import consent
from cims.domain.actor import Actor
from cims.domain.errors import NotFound, PermissionDenied, ValidationFailed
from cims.models import AuditEvent, ConsentRecord
from cims.models.records import ConsentPurpose
from tests.factories import customer_from_german

TELLER = Actor(
    subject="teller-1", permissions=frozenset({"customer.read", "consent.record"})
)


@pytest.fixture
async def person(branches):
    return await customer_from_german(0, branches["BJ01"])


async def test_a_withdrawal_is_appended_and_wins_over_the_earlier_grant(person):
    await consent.record_consent(TELLER, person.id, "marketing", True, "branch")
    await consent.record_consent(TELLER, person.id, "marketing", False, "phone")

    states = {s.purpose: s for s in await consent.current(TELLER, person.id)}
    history = await consent.history(TELLER, person.id)

    assert states[ConsentPurpose.MARKETING].granted is False
    assert states[ConsentPurpose.MARKETING].record.channel == "phone"
    assert [(r.granted, r.channel) for r in history] == [
        (False, "phone"),
        (True, "branch"),
    ]
    assert states[ConsentPurpose.DATA_SHARING].record is None
    assert states[ConsentPurpose.DATA_SHARING].granted is False
    assert [
        e.action for e in await AuditEvent.filter(actor="teller-1").order_by("id")
    ] == [
        "consent.grant",
        "consent.withdraw",
    ]


async def test_a_grant_past_its_expiry_is_not_in_force(person):
    expires = dt.date.today() + dt.timedelta(days=30)
    record = await consent.record_consent(
        TELLER, person.id, "profiling", True, "online", expires.isoformat()
    )

    now = consent.current_states([record])
    later = consent.current_states([record], today=expires)

    assert [s.granted for s in now if s.purpose == "profiling"] == [True]
    assert [s.granted for s in later if s.purpose == "profiling"] == [False]


async def test_bad_input_is_refused_and_nothing_recorded(person):
    cases = [
        (("advertising", True, "branch", None), "INVALID_CHOICE"),
        (("marketing", True, "fax", None), "INVALID_CHOICE"),
        (("marketing", False, "branch", "2099-01-01"), "NOT_FOR_WITHDRAWAL"),
        (("marketing", True, "branch", "2001-01-01"), "IN_THE_PAST"),
    ]

    for args, code in cases:
        with pytest.raises(ValidationFailed) as failed:
            await consent.record_consent(TELLER, person.id, *args)
        assert [p.code for p in failed.value.problems] == [code]

    assert await ConsentRecord.all().count() == 0


async def test_recording_needs_the_permission_and_the_customer_in_scope(
    branches, person
):
    reader = Actor(subject="r", permissions=frozenset({"customer.read"}))
    elsewhere = Actor(
        subject="t",
        permissions=TELLER.permissions,
        branch_id=branches["SH01"].id,
    )

    with pytest.raises(PermissionDenied):
        await consent.record_consent(reader, person.id, "marketing", True, "branch")
    with pytest.raises(NotFound):
        await consent.record_consent(elsewhere, person.id, "marketing", True, "branch")

    assert await ConsentRecord.all().count() == 0


async def test_granted_customers_leaves_out_withdrawn_and_never_asked(branches):
    asked, withdrew, never = [
        await customer_from_german(n, branches["BJ01"]) for n in (1, 2, 3)
    ]
    await consent.record_consent(TELLER, asked.id, "marketing", True, "mobile")
    await consent.record_consent(TELLER, withdrew.id, "marketing", True, "mobile")
    await consent.record_consent(TELLER, withdrew.id, "marketing", False, "wechat")
    await consent.record_consent(TELLER, never.id, "credit_check", True, "branch")

    allowed = await consent.granted_customers(
        ConsentPurpose.MARKETING, [asked.id, withdrew.id, never.id]
    )

    assert allowed == {asked.id}
    assert await consent.may_contact(asked.id) is True
    assert await consent.may_contact(withdrew.id) is False


async def test_withheld_customers_are_the_withdrawn_and_the_expired(branches):
    expired, withdrew, granted, never = [
        await customer_from_german(n, branches["BJ01"]) for n in (4, 5, 6, 7)
    ]
    in_a_month = dt.date.today() + dt.timedelta(days=30)
    await consent.record_consent(
        TELLER, expired.id, "marketing", True, "branch", in_a_month.isoformat()
    )
    await consent.record_consent(TELLER, withdrew.id, "marketing", False, "phone")
    await consent.record_consent(TELLER, granted.id, "marketing", True, "mobile")
    await consent.record_consent(TELLER, never.id, "data_sharing", False, "branch")
    ids = [expired.id, withdrew.id, granted.id, never.id]

    today = await consent.withheld_customers(ConsentPurpose.MARKETING, ids)
    later = await consent.withheld_customers(ConsentPurpose.MARKETING, ids, in_a_month)

    assert today == {withdrew.id}
    assert later == {expired.id, withdrew.id}


async def test_staff_cannot_record_on_the_erasure_channel(person):
    with pytest.raises(ValidationFailed) as refused:
        await consent.record_consent(TELLER, person.id, "marketing", False, "erasure")

    assert [(p.field, p.code) for p in refused.value.problems] == [
        ("channel", "INVALID_CHOICE")
    ]
    assert await ConsentRecord.all().count() == 0
