"""Demo staff for ``make run``."""

from cims.auth import accounts
from cims.auth.demo import create_demo_staff
from cims.auth.policy import BRANCH_ROLES, ROLES, SERVICE_ROLES
from cims.models import StaffMember

PERSON_ROLES = [role for role in ROLES if role not in SERVICE_ROLES]


async def test_one_demo_account_per_role_with_a_password_shown_once(
    settings, auth_settings, branch
):
    first = await create_demo_staff()
    second = await create_demo_staff()

    assert [entry["role"] for entry in first] == PERSON_ROLES
    assert all(entry["created"] and entry["password"] for entry in first)
    assert not any(entry["created"] or entry["password"] for entry in second)
    assert await StaffMember.all().count() == len(PERSON_ROLES)
    teller = next(e for e in first if e["role"] == "teller")
    assert await accounts.check_password(
        auth_settings, "demo.teller", teller["password"]
    )


async def test_branch_roles_are_bound_to_the_first_branch(settings, branch):
    entries = await create_demo_staff()

    for entry in entries:
        expected = "BJ001" if entry["role"] in BRANCH_ROLES else None
        assert entry["branch"] == expected


async def test_without_a_branch_the_branch_roles_wait(settings):
    entries = await create_demo_staff()

    skipped = {e["role"] for e in entries if not e["created"]}
    assert skipped == BRANCH_ROLES
    assert await StaffMember.all().count() == len(PERSON_ROLES) - len(BRANCH_ROLES)


async def test_service_roles_get_no_demo_account_and_an_old_one_is_deactivated(
    settings, branch, make_staff
):
    # As an older demo wrote it, before people were refused service roles.
    old = await make_staff("demo.core_banking", roles=["analyst"])
    await StaffMember.filter(id=old.id).update(roles=["core_banking"])

    entries = await create_demo_staff()

    assert "core_banking" in SERVICE_ROLES
    assert "core_banking" not in {entry["role"] for entry in entries}
    await old.refresh_from_db()
    assert not old.active
