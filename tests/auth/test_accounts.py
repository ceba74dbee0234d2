"""Staff accounts: creation rules, lock-out counting, second factor."""

import time

import pytest

from cims.auth import accounts, totp
from cims.domain.actor import Actor
from cims.domain.errors import NotFound, PermissionDenied, ValidationFailed
from cims.models import Branch, RoleSecurity, StaffMember

PASSWORD = "correct horse battery staple"


async def test_created_staff_has_a_hashed_password_and_normal_username(settings):
    new = await accounts.create_staff(
        Actor.system(), username="  Li.Teller ", roles=["analyst"], password=PASSWORD
    )

    assert new.staff.username == "li.teller"
    assert new.staff.password_hash.startswith("$argon2id$")
    assert PASSWORD not in new.staff.password_hash
    assert new.password is None
    assert len(new.staff.subject) == 36


async def test_a_password_is_generated_when_none_is_given(settings, auth_settings):
    new = await accounts.create_staff(
        Actor.system(), username="wu.fang", roles=["analyst"]
    )

    found = await accounts.check_password(auth_settings, "wu.fang", new.password)

    assert found.id == new.staff.id


async def test_branch_roles_need_a_branch(settings):
    with pytest.raises(ValidationFailed) as caught:
        await accounts.create_staff(Actor.system(), username="li.na", roles=["teller"])

    assert caught.value.problems[0].field == "branch"
    assert await StaffMember.all().count() == 0


async def test_unknown_branch_is_refused_naming_the_branches(settings):
    await Branch.create(code="SH01", name="上海分行", name_en="Shanghai", city="上海")
    await Branch.create(code="BJ01", name="北京分行", name_en="Beijing", city="北京")

    with pytest.raises(ValidationFailed) as caught:
        await accounts.create_staff(
            Actor.system(), username="li.na", roles=["teller"], branch_code="XX999"
        )

    problem = caught.value.problems[0]
    assert problem.code == "NOT_FOUND"
    assert problem.message == "No such branch; the branches are: BJ01, SH01"


async def test_unknown_roles_are_refused(settings):
    with pytest.raises(ValidationFailed) as caught:
        await accounts.create_staff(Actor.system(), username="li.na", roles=["root"])

    assert caught.value.problems[0].field == "roles"
    assert await StaffMember.all().count() == 0


async def test_a_service_role_is_refused_for_a_person(settings):
    with pytest.raises(ValidationFailed) as caught:
        await accounts.create_staff(
            Actor.system(), username="li.na", roles=["teller", "core_banking"]
        )

    problem = caught.value.problems[0]
    assert (problem.field, problem.code) == ("roles", "SERVICE_ROLE")
    assert "cims client create" in problem.message
    assert await StaffMember.all().count() == 0


async def test_weak_passwords_are_refused(settings):
    with pytest.raises(ValidationFailed) as caught:
        await accounts.create_staff(
            Actor.system(), username="li.na", roles=["analyst"], password="short"
        )

    assert caught.value.problems[0].code == "WEAK"


async def test_bad_usernames_are_refused(settings):
    for username in ("x", "has space", "名字", "a" * 65):
        with pytest.raises(ValidationFailed):
            await accounts.create_staff(
                Actor.system(), username=username, roles=["analyst"]
            )
    assert await StaffMember.all().count() == 0


async def test_creating_staff_needs_staff_manage(settings):
    teller = Actor(subject="s-1", roles=frozenset({"teller"}), permissions=frozenset())

    with pytest.raises(PermissionDenied) as caught:
        await accounts.create_staff(teller, username="li.na", roles=["administrator"])

    assert caught.value.code == "FORBIDDEN"
    assert await StaffMember.all().count() == 0


async def test_failures_lock_at_the_threshold(settings, auth_settings, make_staff):
    staff = await make_staff("li.na", ["analyst"])

    for _ in range(auth_settings.lockout_threshold):
        assert (
            await accounts.check_password(auth_settings, "li.na", "nope nope") is None
        )
    locked = await StaffMember.get(id=staff.id)

    assert accounts.is_locked(locked)
    assert locked.failed_logins == 0
    assert await accounts.check_password(auth_settings, "li.na", PASSWORD) is None


async def test_attempts_on_a_locked_account_do_not_extend_the_lock(
    settings, auth_settings, make_staff
):
    staff = await make_staff("li.na", ["analyst"])
    for _ in range(auth_settings.lockout_threshold):
        await accounts.check_password(auth_settings, "li.na", "nope nope")
    until = (await StaffMember.get(id=staff.id)).locked_until

    for _ in range(auth_settings.lockout_threshold):
        await accounts.check_password(auth_settings, "li.na", "nope nope")

    assert (await StaffMember.get(id=staff.id)).locked_until == until


async def test_deactivated_staff_cannot_sign_in(settings, auth_settings, make_staff):
    await make_staff("li.na", ["analyst"])
    await accounts.set_active(Actor.system(), "li.na", False)

    assert await accounts.check_password(auth_settings, "li.na", PASSWORD) is None


async def test_reset_password_replaces_the_old_one(settings, auth_settings, make_staff):
    await make_staff("li.na", ["analyst"])

    new = await accounts.reset_password(Actor.system(), "li.na")

    assert await accounts.check_password(auth_settings, "li.na", PASSWORD) is None
    assert await accounts.check_password(auth_settings, "li.na", new) is not None


async def test_unknown_staff_is_not_found(settings):
    with pytest.raises(NotFound):
        await accounts.unlock(Actor.system(), "nobody")


async def test_totp_requirement_is_per_role(settings, make_staff):
    risk = await make_staff("sun", ["risk_officer"])
    analyst = await make_staff("wang", ["analyst"])

    await accounts.require_totp(Actor.system(), "risk_officer")

    assert await accounts.totp_required(risk)
    assert not await accounts.totp_required(analyst)
    assert await accounts.roles_requiring_totp() == ["risk_officer"]
    await accounts.require_totp(Actor.system(), "risk_officer", required=False)
    assert await RoleSecurity.filter(totp_required=True).count() == 0


async def test_a_totp_code_is_accepted_once(settings, auth_settings, make_staff):
    staff = await make_staff("sun", ["risk_officer"])
    secret = totp.new_secret()
    code = totp.code_at(secret, time.time())
    assert await accounts.enroll_totp(auth_settings, staff, secret, code)
    staff = await StaffMember.get(id=staff.id)
    later = totp.code_at(secret, time.time() + totp.STEP)

    first = await accounts.check_totp(auth_settings, staff, later)
    staff = await StaffMember.get(id=staff.id)
    second = await accounts.check_totp(auth_settings, staff, later)

    assert first is True
    assert second is False
    assert (await StaffMember.get(id=staff.id)).failed_logins == 1


async def test_reset_totp_forgets_the_authenticator(
    settings, auth_settings, make_staff
):
    staff = await make_staff("sun", ["risk_officer"])
    secret = totp.new_secret()
    await accounts.enroll_totp(
        auth_settings, staff, secret, totp.code_at(secret, time.time())
    )

    await accounts.reset_totp(Actor.system(), "sun")
    staff = await StaffMember.get(id=staff.id)

    assert staff.totp_secret is None
    assert not await accounts.totp_required(staff)
