"""Who handled an interaction: the actor by default, else an active staff member
who may work on the customer's branch; any other text is refused."""

from datetime import datetime
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
