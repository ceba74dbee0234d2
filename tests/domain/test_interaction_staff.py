"""Who handled an interaction: the actor by default, else an active staff member
who records interactions and may work on the customer's branch; any other text is
refused. When it happened: in the past, and within the back-dating window."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from cims.domain.errors import ValidationFailed
from cims.models import Branch, Interaction
from cims.models.enums import Source
from tests.factories import logged_interaction, staff_member

AT = datetime(2026, 12, 4, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


async def log(actor, customer, **extra) -> Interaction:
    return await logged_interaction(actor, customer, AT, **extra)


def codes(caught) -> list[tuple[str, str]]:
    return [(p.field, p.code) for p in caught.value.problems]


async def test_the_actor_handled_it_unless_told_otherwise(agent, customer):
    assert (await log(agent, customer)).staff == "agent01"


async def test_a_named_staff_member_is_stored_by_subject(agent, customer):
    await staff_member("wang.fang", subject="6f1c-subject")
    interaction = await log(agent, customer, staff="Wang.Fang")
    assert interaction.staff == "6f1c-subject"


async def test_a_service_account_records_nobody_unless_told(agent, customer):
    interaction = await log(agent, customer, source=Source.API)
    assert interaction.staff is None


@pytest.mark.parametrize("name", ["nobody.here", "left.bank", "x" * 65])
async def test_unknown_or_inactive_staff_are_refused(agent, customer, name):
    await staff_member("left.bank", active=False)
    with pytest.raises(ValidationFailed) as caught:
        await log(agent, customer, staff=name)
    code = "INVALID" if len(name) > 64 else "UNKNOWN_STAFF"
    assert codes(caught) == [("staff", code)]
    assert await Interaction.all().count() == 0


async def test_branch_staff_of_another_branch_are_out_of_scope(agent, customer):
    elsewhere = await Branch.create(
        code="BJ01", name="北京分行", name_en="Beijing", city="北京"
    )
    await staff_member("li.teller", ("teller",), branch_=elsewhere)
    await staff_member("zhao.teller", ("teller",), branch_=await customer.branch)
    with pytest.raises(ValidationFailed) as caught:
        await log(agent, customer, staff="li.teller")
    assert codes(caught) == [("staff", "OUT_OF_SCOPE")]
    assert (await log(agent, customer, staff="zhao.teller")).staff == "zhao.teller"


async def test_staff_who_do_not_record_interactions_are_not_handlers(agent, customer):
    await staff_member("demo.risk_officer", ("risk_officer",))
    await staff_member("chen.analyst", ("analyst",))
    for name in ("demo.risk_officer", "chen.analyst"):
        with pytest.raises(ValidationFailed) as caught:
            await log(agent, customer, staff=name)
        assert codes(caught) == [("staff", "NOT_A_HANDLER")]
        assert "interaction.write" in caught.value.problems[0].message
    assert await Interaction.all().count() == 0


async def test_an_interaction_older_than_a_year_is_too_old(agent, customer):
    with pytest.raises(ValidationFailed) as caught:
        await log(
            agent, customer, occurred_at=datetime(1900, 1, 1, tzinfo=ZoneInfo("UTC"))
        )
    assert codes(caught) == [("occurredAt", "TOO_OLD")]
    assert "365 days" in caught.value.problems[0].message
    with pytest.raises(ValidationFailed) as caught:
        await log(agent, customer, occurred_at=AT - timedelta(days=366))
    assert codes(caught) == [("occurredAt", "TOO_OLD")]
    assert await Interaction.all().count() == 0
    kept = await log(agent, customer, occurred_at=AT - timedelta(days=364))
    assert kept.occurred_at == AT - timedelta(days=364)


async def test_the_back_dating_window_is_configurable(agent, customer, monkeypatch):
    monkeypatch.setenv("CIMS_INTERACTION_BACKDATE_DAYS", "30")
    with pytest.raises(ValidationFailed) as caught:
        await log(agent, customer, occurred_at=AT - timedelta(days=31))
    assert codes(caught) == [("occurredAt", "TOO_OLD")]
    assert (await log(agent, customer, occurred_at=AT - timedelta(days=29))).id
