from datetime import UTC, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from cims.domain import complaints, interactions, surveys
from cims.domain.actor import Actor
from cims.domain.errors import NotFound, PermissionDenied, ValidationFailed
from cims.domain.interactions import TimelineKind
from cims.models import Branch, Customer, Interaction, Transaction
from cims.models.enums import Source

SHANGHAI = ZoneInfo("Asia/Shanghai")
NOON = datetime(2026, 12, 4, 12, 0, tzinfo=SHANGHAI)
NOW = datetime(2026, 12, 10, 9, 0, tzinfo=SHANGHAI)


async def log(actor, customer, at=NOON, **overrides) -> Interaction:
    values = {
        "channel": "phone",
        "direction": "inbound",
        "purpose": "balance enquiry",
        "summary": "Asked about the card balance",
        "occurred_at": at,
        "now": NOW,
    }
    return await interactions.log_interaction(
        actor, customer.id, **(values | overrides)
    )


async def book(account, at: datetime, amount: str) -> Transaction:
    return await Transaction.create(
        account=account,
        customer_id=account.customer_id,
        booked_at=at,
        amount=Decimal(amount),
        direction="debit",
        channel="online",
        category="transfer",
    )


async def whole_timeline(actor, customer_id, first):
    """Every entry, page by page, and the number of pages."""
    entries, after, pages = [], None, 0
    while True:
        page = await interactions.timeline(actor, customer_id, first=first, after=after)
        entries += page.nodes
        pages += 1
        if not page.has_next_page:
            return entries, pages
        after = page.end_cursor


# --- logging --------------------------------------------------------------------------


async def test_staff_log_an_interaction_as_themselves_at_their_customers_branch(
    agent, customer, account
):
    interaction = await log(agent, customer, account_id=account.id)

    stored = await Interaction.get(id=interaction.id)
    assert (stored.staff, stored.recorded_by, stored.source) == (
        "agent01",
        "agent01",
        Source.MANUAL,
    )
    assert stored.branch_id == customer.branch_id
    assert stored.occurred_at == NOON
    assert (stored.channel.value, stored.direction.value) == ("phone", "inbound")


async def test_another_system_logs_through_a_service_account(customer):
    crm = Actor(subject="svc-wechat", permissions=frozenset({"interaction.write"}))

    interaction = await log(
        crm, customer, channel="wechat", source=Source.API, purpose="card activation"
    )

    assert (interaction.staff, interaction.recorded_by) == (None, "svc-wechat")
    assert interaction.source is Source.API


async def test_a_bad_interaction_is_refused_field_by_field_and_not_stored(
    agent, customer, account
):
    other = await Customer.create(
        customer_no="C000002",
        kind="individual",
        full_name="乙",
        name_key="乙",
        branch_id=customer.branch_id,
    )

    with pytest.raises(ValidationFailed) as caught:
        await log(
            agent,
            other,
            channel="fax",
            summary=" ",
            at=NOW + timedelta(hours=1),
            account_id=account.id,
        )

    assert {(p.field, p.code) for p in caught.value.problems} == {
        ("channel", "INVALID"),
        ("summary", "REQUIRED"),
        ("occurredAt", "INVALID"),
        ("accountId", "NOT_FOUND"),
    }
    assert await Interaction.all().count() == 0


async def test_logging_needs_interaction_write(customer):
    reader = Actor(subject="rm01", permissions=frozenset({"customer.read"}))

    with pytest.raises(PermissionDenied) as caught:
        await log(reader, customer)

    assert caught.value.permission == "interaction.write"
    assert await Interaction.all().count() == 0


async def test_a_customer_of_another_branch_is_not_found(agent, customer):
    other = await Branch.create(
        code="BJ01", name="北京分行", name_en="Beijing", city="北京"
    )
    outsider = Actor(subject="t9", permissions=agent.permissions, branch_id=other.id)

    with pytest.raises(NotFound):
        await log(outsider, customer)
    with pytest.raises(NotFound):
        await interactions.timeline(outsider, customer.id)
    assert await Interaction.all().count() == 0


# --- the timeline ---------------------------------------------------------------------


async def test_the_timeline_puts_every_kind_together_newest_first(
    agent, customer, account, category
):
    call = await log(agent, customer, at=NOON)
    complaint = await complaints.file_complaint(
        agent,
        customer.id,
        category_id=category.id,
        description="Fee charged twice",
        severity="low",
        channel="branch",
        received_at=NOON + timedelta(hours=1),
        now=NOW,
    )
    big = await book(account, NOON + timedelta(hours=2), "80000.00")
    await book(account, NOON + timedelta(hours=3), "120.00")  # too small to show
    refund = await book(account, NOON + timedelta(hours=4), "-50000.00")
    sent = await surveys.invite(agent, "nps", interaction_id=call.id, now=NOW)
    answer = await surveys.answer(sent.token, score=9, now=NOW + timedelta(minutes=5))

    page = await interactions.timeline(agent, customer.id)

    assert [(e.kind, e.id) for e in page.nodes] == [
        (TimelineKind.SURVEY_RESPONSE, answer.id),
        (TimelineKind.LARGE_TRANSACTION, refund.id),
        (TimelineKind.LARGE_TRANSACTION, big.id),
        (TimelineKind.COMPLAINT_EVENT, (await complaint.events.all())[0].id),
        (TimelineKind.INTERACTION, call.id),
        (TimelineKind.ACCOUNT_OPENED, account.id),
    ]
    # Accounts carry a date only: they open at midnight in the bank's time zone.
    assert page.nodes[-1].at == datetime(2026, 1, 5, tzinfo=SHANGHAI)
    assert (page.total_count, page.has_next_page) == (6, False)


async def test_timeline_pages_break_ties_without_skipping_or_repeating(
    agent, customer, account, category
):
    same_time = NOON
    logged = [await log(agent, customer, at=same_time) for _ in range(3)]
    filed = await complaints.file_complaint(
        agent,
        customer.id,
        category_id=category.id,
        description="Queue too long",
        severity="low",
        channel="branch",
        received_at=same_time,
        now=NOW,
    )
    await complaints.acknowledge(agent, filed.id, 1, now=same_time + timedelta(hours=1))
    await log(agent, customer, at=same_time - timedelta(days=1))
    await book(account, same_time, "99999.99")

    one_by_one, pages = await whole_timeline(agent, customer.id, first=1)
    all_at_once = (await interactions.timeline(agent, customer.id, first=100)).nodes

    keys = [(e.kind, e.id) for e in one_by_one]
    assert keys == [(e.kind, e.id) for e in all_at_once]
    assert len(keys) == len(set(keys)) == 8
    assert pages == 8
    assert [e.key for e in one_by_one] == sorted(
        (e.key for e in one_by_one), reverse=True
    )
    at_noon = [(e.kind, e.id) for e in one_by_one if e.at == same_time]
    assert at_noon[:2] == [
        (TimelineKind.LARGE_TRANSACTION, at_noon[0][1]),
        (TimelineKind.COMPLAINT_EVENT, at_noon[1][1]),
    ]
    assert at_noon[2:] == [(TimelineKind.INTERACTION, i.id) for i in reversed(logged)]


async def test_the_timeline_leaves_out_what_the_actor_may_not_read(
    agent, customer, category
):
    await log(agent, customer)
    await complaints.file_complaint(
        agent,
        customer.id,
        category_id=category.id,
        description="Rude staff",
        severity="low",
        channel="branch",
        received_at=NOON,
        now=NOW,
    )
    teller = Actor(subject="t1", permissions=frozenset({"customer.read"}))

    page = await interactions.timeline(teller, customer.id)

    assert [e.kind for e in page.nodes] == [TimelineKind.INTERACTION]
    assert page.total_count == 1


async def test_timelines_of_several_customers_leave_out_other_branches(
    agent, customer, branch
):
    other = await Branch.create(
        code="BJ01", name="北京分行", name_en="Beijing", city="北京"
    )
    neighbour = await Customer.create(
        customer_no="C000002",
        kind="individual",
        full_name="邻居",
        name_key="邻居",
        branch=branch,
    )
    stranger = await Customer.create(
        customer_no="C000003",
        kind="individual",
        full_name="外人",
        name_key="外人",
        branch=other,
    )
    for someone in (customer, customer, neighbour, stranger):
        await log(agent, someone)
    local = Actor(subject="t2", permissions=agent.permissions, branch_id=branch.id)

    pages = await interactions.timelines(
        local, [customer.id, neighbour.id, stranger.id], first=1
    )

    assert set(pages) == {customer.id, neighbour.id}
    assert (pages[customer.id].total_count, pages[customer.id].has_next_page) == (
        2,
        True,
    )
    assert [e.item.customer_id for e in pages[neighbour.id].nodes] == [neighbour.id]


async def test_the_timeline_needs_customer_read(agent, customer):
    writer = Actor(subject="svc", permissions=frozenset({"interaction.write"}))

    with pytest.raises(PermissionDenied) as caught:
        await interactions.timeline(writer, customer.id)

    assert caught.value.permission == "customer.read"


@pytest.mark.parametrize("cursor", ["garbage", "WzEsIngiLDEsMV0", "WzEsMSwyXQ"])
async def test_a_cursor_that_is_not_ours_is_refused(agent, customer, cursor):
    with pytest.raises(ValidationFailed) as caught:
        await interactions.timeline(agent, customer.id, after=cursor)

    assert [(p.field, p.code) for p in caught.value.problems] == [
        ("after", "INVALID_CURSOR")
    ]


async def test_the_page_size_is_capped_and_never_negative(agent, customer):
    for hour in range(3):
        await log(agent, customer, at=NOON + timedelta(hours=hour))

    capped = await interactions.timeline(agent, customer.id, first=1000)

    assert len(capped.nodes) == 3
    with pytest.raises(ValidationFailed):
        await interactions.timeline(agent, customer.id, first=-1)


async def test_a_large_transaction_threshold_from_the_environment(
    agent, customer, account, monkeypatch
):
    monkeypatch.setenv("CIMS_LARGE_TRANSACTION", "100")
    await book(account, datetime(2026, 12, 1, tzinfo=UTC), "150.00")

    page = await interactions.timeline(agent, customer.id)

    assert [e.kind for e in page.nodes] == [
        TimelineKind.LARGE_TRANSACTION,
        TimelineKind.ACCOUNT_OPENED,
    ]
