"""Demo KYC documents: the customer's own resident ID card, as their KYC status says."""

from collections import Counter
from datetime import UTC, date, datetime, timedelta

import pytest

from cims.demo import documents
from cims.demo.documents import plan_document, seed_documents, validity_years
from cims.demo.identities import age_on
from cims.demo.seed import seed_demo
from cims.domain import kyc
from cims.domain.actor import Actor
from cims.domain.crypto import open_fields
from cims.domain.keys import index_key
from cims.domain.normalize import blind_index
from cims.models import Customer, KycDocument
from cims.models.enums import KycStatus, Source
from cims.models.records import DocumentStatus, DocumentType

SEED = 20261204
TODAY = date(2026, 12, 5)
READER = Actor(subject="officer", permissions=frozenset({"customer.read"}))


@pytest.mark.parametrize(
    ("age", "years"), [(15, 5), (16, 10), (25, 10), (26, 20), (45, 20), (46, None)]
)
def test_validity_follows_the_resident_id_law(age, years):
    assert validity_years(age) == years


def test_a_plan_is_a_function_of_the_seed_and_the_customer():
    born = date(1980, 3, 1)
    first = plan_document(SEED, "C1000000001", "verified", born, TODAY)

    assert first == plan_document(SEED, "C1000000001", "verified", born, TODAY)
    assert first != plan_document(SEED + 1, "C1000000001", "verified", born, TODAY)
    assert plan_document(SEED, "C1000000001", "pending", born, TODAY) is None
    assert plan_document(SEED, "C1000000001", "rejected", born, TODAY) is None


def test_no_card_is_verified_later_than_the_seed_runs():
    # A card in force may be issued and checked on the seeding day itself.
    early = datetime(2026, 12, 5, 0, 30, tzinfo=UTC)  # before any 09:00 check
    plans = [
        plan_document(SEED, f"C1{row:09d}", "verified", date(1990, 1, 1), TODAY, early)
        for row in range(3000)
    ]

    assert max(plan.verified_at for plan in plans) <= early
    # Some cards are checked on the day itself: the bound is met, not vacuous.
    assert any(plan.verified_at == early for plan in plans)


@pytest.mark.parametrize("status", ["expired", "verified"])
def test_planned_dates_agree_with_the_status_and_the_holder(status):
    for row in range(400):
        born = date(1950 + row % 50, 1 + row % 12, 1 + row % 28)
        plan = plan_document(SEED, f"C1{row:09d}", status, born, TODAY)
        assert born < plan.issued_on <= TODAY
        assert plan.issued_on <= plan.verified_at.date() <= TODAY
        if status == "expired":
            assert plan.expires_on < TODAY
        if plan.expires_on is None:
            assert validity_years(age_on(born, plan.issued_on)) is None
            continue
        assert plan.expires_on > plan.verified_at.date()
        years = plan.expires_on.year - plan.issued_on.year
        assert years in (5, 10, 20)
        if status == "verified":
            assert plan.expires_on > TODAY


async def test_seeded_customers_get_their_own_card_as_their_status_says(database):
    await seed_demo(SEED, limit=40)

    counts = await seed_documents(SEED, today=TODAY)

    key = index_key()
    rows = await KycDocument.all().prefetch_related("customer")
    by_status = Counter(KycStatus(d.customer.kyc_status) for d in rows)
    assert counts["documents"] == len(rows) == await Customer.all().count()
    assert by_status == Counter(
        KycStatus(s) for s in await Customer.all().values_list("kyc_status", flat=True)
    )
    for document in rows:
        customer = document.customer
        clear = open_fields(customer)["id_number"]
        assert kyc.open_number(document) == clear
        assert document.number != clear  # sealed, never stored in clear
        assert document.number_index == blind_index("id_number", clear, key)
        assert document.doc_type is DocumentType.RESIDENT_ID
        assert document.status is DocumentStatus.VERIFIED
        state = kyc.expiry_state(document, TODAY)
        if customer.kyc_status == KycStatus.EXPIRED:
            assert state is kyc.ExpiryState.EXPIRED
        else:
            assert state is not kyc.ExpiryState.EXPIRED


async def test_expired_and_soon_expiring_cards_list_for_compliance(
    database, monkeypatch
):
    monkeypatch.setattr(documents, "EXPIRING_SHARE", 0.2)
    await seed_demo(SEED, limit=40)
    counts = await seed_documents(SEED, today=TODAY)

    listed = await kyc.expiring_documents(READER, 90, today=TODAY)

    expired = await Customer.filter(kyc_status=KycStatus.EXPIRED).count()
    assert counts["expiring"] > 0
    assert counts["expired"] == expired
    assert len(listed) == counts["expired"] + counts["expiring"]
    assert all(d.expires_on <= TODAY + timedelta(days=90) for d in listed)


async def test_a_second_run_adds_nothing_and_keeps_what_is_there(database):
    await seed_demo(SEED, limit=20)
    first = await seed_documents(SEED, today=TODAY)
    before = sorted(await KycDocument.all().values_list("id", "ref", "number"))

    again = await seed_demo(SEED, limit=20)
    second = await seed_documents(SEED, today=TODAY)

    assert first["documents"] > 0
    assert again.created is False
    assert second == {"documents": 0, "expired": 0, "expiring": 0}
    assert sorted(await KycDocument.all().values_list("id", "ref", "number")) == before


async def test_customers_outside_the_demo_get_nothing(database):
    await seed_demo(SEED, limit=5)
    await Customer.all().update(source=Source.MANUAL)  # entered by hand: not the demo's

    counts = await seed_documents(SEED, today=TODAY)

    assert counts["documents"] == 0
    assert await KycDocument.all().count() == 0
