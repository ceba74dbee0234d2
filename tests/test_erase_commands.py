"""``cims erase request|approve|reject|list``: the real command in a process of its
own, on the test database of either engine; four eyes hold at the shell too, each
pair of eyes a staff account proven by password (and TOTP code), never the shell's
login name or ``$SUDO_USER``."""

from __future__ import annotations

import asyncio
import os
import sys
import time

import pytest

from cims.auth import accounts, totp
from cims.auth.settings import resolve
from cims.config import get_settings
from cims.domain import erasure
from cims.domain.actor import Actor
from cims.domain.crypto import open_fields
from cims.models import AuditEvent, Customer, ErasureRequest
from tests.factories import accounts_with_history, branch, customer_from_german

OFFICER = Actor(
    subject="dpo-1", permissions=frozenset({"customer.read", "customer.erase"})
)
PHONE = "+8613700137000"
PASSWORDS = {"dpo.wang": "Erase-Wang-2026!", "dpo.li": "Erase-Li-2026!!"}


@pytest.fixture
def cims(database):
    """Runs ``cims`` in a subprocess on the session's database and data folder."""

    async def run(*argv: str, stdin: str = "", **env: str):
        merged = {
            **os.environ,
            "CIMS_DATABASE_URL": database,
            "CIMS_LOG_LEVEL": "WARNING",
            **env,
        }
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "cims", *argv,
            env=merged,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        out, err = await asyncio.wait_for(
            process.communicate(stdin.encode()), timeout=120
        )
        return process.returncode, out.decode(), err.decode()

    return run


async def person() -> Customer:
    return await customer_from_german(8, await branch("BJ01"), mobile_phone=PHONE)


async def officer(username: str, role: str = "administrator") -> str:
    """A staff account that may erase; returns its subject."""
    new = await accounts.create_staff(
        Actor.system(),
        username=username,
        roles=[role],
        display_name=username,
        password=PASSWORDS[username],
    )
    return new.staff.subject


def signed(username: str) -> str:
    return PASSWORDS[username] + "\n"


async def test_a_colleague_at_the_shell_approves_and_the_data_goes(cims):
    row = await person()
    wang = await officer("dpo.wang")
    asked = await erasure.request_erasure(OFFICER, row.id, "objection", "DSR-77")

    code, out, err = await cims(
        "erase", "approve", str(asked.id), "--as", "dpo.wang", stdin=signed("dpo.wang")
    )

    assert (code, err) == (0, "")
    assert out == (
        f"request {asked.id} approved: personal data of {row.customer_no} erased\n"
    )
    stored = await Customer.get(id=row.id)
    assert stored.erased_at is not None and stored.full_name.startswith("ERASED-")
    assert open_fields(stored)["mobile_phone"] is None
    event = await AuditEvent.get(action="customer.erase")
    assert event.actor == wang
    assert f"request:{asked.id}" in event.field_names
    decided = await ErasureRequest.get(id=asked.id)
    assert (decided.status, decided.decided_by) == ("approved", wang)


async def test_one_person_cannot_approve_under_another_login_or_sudo_name(cims):
    row = await person()
    wang = await officer("dpo.wang")

    code, out, _ = await cims(
        "erase", "request", row.customer_no.lower(), "--ground", "withdrawn_consent",
        "--reference", "DSR-78", "--as", "dpo.wang", stdin=signed("dpo.wang"),
    )  # fmt: skip
    asked = await ErasureRequest.get(customer_id=row.id)
    spoofed = {"LOGNAME": "alice", "USER": "alice", "SUDO_USER": "alice"}
    same = await cims(
        "erase", "approve", str(asked.id), "--as", "dpo.wang",
        stdin=signed("dpo.wang"), **spoofed,
    )  # fmt: skip
    unproven = await cims("erase", "approve", str(asked.id), **spoofed)
    listed = await cims("erase", "list", "--as", "dpo.wang", stdin=signed("dpo.wang"))

    assert code == 0
    assert out.startswith(f"erasure request {asked.id} for {row.customer_no} is ")
    assert asked.requested_by == wang
    assert same == (
        2,
        "",
        "cims: refused: A second, different person must approve this erasure\n",
    )
    assert unproven[0] == 2 and "--as" in unproven[2]
    assert "Traceback" not in unproven[2]
    assert (await ErasureRequest.get(id=asked.id)).status == "pending"
    assert (await Customer.get(id=row.id)).erased_at is None
    assert not await AuditEvent.filter(actor__startswith="cli:").exists()
    assert listed[0] == 0
    fields = listed[1].splitlines()[0].split("\t")
    assert fields[:5] == [
        str(asked.id), row.customer_no, "pending", "withdrawn_consent", "DSR-78"
    ]  # fmt: skip


async def test_a_wrong_password_or_unknown_account_is_refused_and_counted(cims):
    row = await person()
    await officer("dpo.wang")
    asked = await erasure.request_erasure(OFFICER, row.id, "objection", "DSR-81")

    wrong = await cims(
        "erase", "approve", str(asked.id), "--as", "dpo.wang", stdin="guess\n"
    )
    nobody = await cims(
        "erase", "approve", str(asked.id), "--as", "alice", stdin="guess\n"
    )

    message = (
        "sign-in as {} failed: wrong username or password, or the account is "
        "locked or inactive\n"
    )
    assert wrong == (2, "", "cims: refused: " + message.format("dpo.wang"))
    assert nobody == (2, "", "cims: refused: " + message.format("alice"))
    assert (await accounts.find_staff("dpo.wang")).failed_logins == 1
    assert (await ErasureRequest.get(id=asked.id)).status == "pending"
    assert (await Customer.get(id=row.id)).erased_at is None


async def test_a_signed_in_person_acts_with_their_own_permissions(cims):
    row = await person()
    await officer("dpo.li", role="compliance_auditor")
    asked = await erasure.request_erasure(OFFICER, row.id, "objection", "DSR-82")

    code, out, err = await cims(
        "erase", "approve", str(asked.id), "--as", "dpo.li", stdin=signed("dpo.li")
    )

    assert (code, out) == (2, "")
    assert err.startswith("cims: refused: ") and "customer.erase" in err
    assert (await Customer.get(id=row.id)).erased_at is None


async def test_an_account_with_an_authenticator_gives_its_code_too(cims):
    row = await person()
    wang = await officer("dpo.wang")
    staff = await accounts.find_staff("dpo.wang")
    settings = resolve(get_settings())
    secret = totp.new_secret()
    past = totp.code_at(secret, time.time() - 30)  # the step before now
    assert await accounts.enroll_totp(settings, staff, secret, past)
    asked = await erasure.request_erasure(OFFICER, row.id, "objection", "DSR-83")

    without = await cims(
        "erase", "reject", str(asked.id), "--reason", "Loan in dispute",
        "--as", "dpo.wang", stdin=signed("dpo.wang"),
    )  # fmt: skip
    code, out, err = await cims(
        "erase", "reject", str(asked.id), "--reason", "Loan in dispute",
        "--as", "dpo.wang",
        stdin=signed("dpo.wang") + totp.code_at(secret, time.time()) + "\n",
    )  # fmt: skip

    assert without == (2, "", "cims: refused: sign-in as dpo.wang failed: wrong code\n")
    assert (code, out, err) == (0, f"request {asked.id} rejected\n", "")
    assert (await ErasureRequest.get(id=asked.id)).decided_by == wang


async def test_a_required_second_factor_not_enrolled_is_refused(cims):
    row = await person()
    await officer("dpo.wang")
    await accounts.require_totp(Actor.system(), "administrator")
    asked = await erasure.request_erasure(OFFICER, row.id, "objection", "DSR-84")

    refused = await cims(
        "erase", "approve", str(asked.id), "--as", "dpo.wang", stdin=signed("dpo.wang")
    )

    assert refused[:2] == (2, "")
    assert "needs a second factor but has none yet" in refused[2]
    assert (await ErasureRequest.get(id=asked.id)).status == "pending"


async def test_a_request_with_a_hold_is_refused_in_one_line(cims):
    row = await person()
    await accounts_with_history(row)
    await officer("dpo.wang")

    code, out, err = await cims(
        "erase", "request", row.customer_no, "--ground", "objection",
        "--reference", "DSR-79", "--as", "dpo.wang", stdin=signed("dpo.wang"),
    )  # fmt: skip

    assert (code, out) == (2, "")
    assert err.startswith("cims: refused: OPEN_ACCOUNTS (Accounts are still open, 2)")
    assert "RETENTION_PERIOD" in err and "until 2030-01-05" in err
    assert "\n" not in err.rstrip("\n")
    assert not await ErasureRequest.exists()


async def test_a_rejection_at_the_shell_needs_a_reason_and_is_final(cims):
    row = await person()
    li = await officer("dpo.li")
    asked = await erasure.request_erasure(OFFICER, row.id, "objection", "DSR-80")

    without = await cims("erase", "reject", str(asked.id), "--as", "dpo.li")
    code, out, err = await cims(
        "erase", "reject", str(asked.id), "--reason", "Loan in dispute",
        "--as", "dpo.li", stdin=signed("dpo.li"),
    )  # fmt: skip
    again = await cims(
        "erase", "approve", str(asked.id), "--as", "dpo.li", stdin=signed("dpo.li")
    )
    listed = await cims(
        "erase", "list", "--all", "--as", "dpo.li", stdin=signed("dpo.li")
    )

    assert without[0] == 2 and "--reason" in without[2]
    assert "Traceback" not in without[2]
    assert (code, out, err) == (0, f"request {asked.id} rejected\n", "")
    stored = await ErasureRequest.get(id=asked.id)
    assert (stored.status, stored.decision_reason) == ("rejected", "Loan in dispute")
    assert again == (2, "", "cims: refused: This erasure request is decided already\n")
    assert f"\trejected by {li}\t" in listed[1]
    assert (await Customer.get(id=row.id)).erased_at is None


async def test_an_unknown_request_is_one_line(cims):
    await officer("dpo.wang")
    assert await cims(
        "erase", "approve", "999", "--as", "dpo.wang", stdin=signed("dpo.wang")
    ) == (
        2,
        "",
        "cims: refused: ErasureRequest not found\n",
    )
    assert await cims(
        "erase", "list", "--as", "dpo.wang", stdin=signed("dpo.wang")
    ) == (0, "no pending erasure requests\n", "")


async def test_the_list_needs_a_signed_in_account_and_shows_only_its_scope(cims):
    beijing = await person()
    shanghai = await customer_from_german(9, await branch("SH01"))
    near = await erasure.request_erasure(OFFICER, beijing.id, "objection", "DSR-85")
    far = await erasure.request_erasure(OFFICER, shanghai.id, "objection", "DSR-86")
    await officer("dpo.wang")
    await officer("dpo.li", role="compliance_auditor")
    bound = await accounts.create_staff(
        Actor.system(),
        username="bj.admin",
        roles=["administrator", "teller"],
        display_name="bj.admin",
        password=PASSWORDS["dpo.wang"],
        branch_code="BJ01",
    )
    assert bound.staff.branch_id == beijing.branch_id

    unproven = await cims("erase", "list", LOGNAME="dpo.wang", USER="dpo.wang")
    wrong = await cims("erase", "list", "--as", "dpo.wang", stdin="guess\n")
    refused = await cims("erase", "list", "--as", "dpo.li", stdin=signed("dpo.li"))
    everything = await cims(
        "erase", "list", "--as", "dpo.wang", stdin=signed("dpo.wang")
    )
    branch_only = await cims(
        "erase", "list", "--as", "bj.admin", stdin=signed("dpo.wang")
    )

    assert unproven[:2] == (2, "") and "--as" in unproven[2]
    assert "Traceback" not in unproven[2]
    assert wrong[:2] == (2, "") and "sign-in as dpo.wang failed" in wrong[2]
    assert refused[:2] == (2, "") and "customer.erase" in refused[2]
    assert [line.split("\t")[:2] for line in everything[1].splitlines()] == [
        [str(near.id), beijing.customer_no],
        [str(far.id), shanghai.customer_no],
    ]
    assert branch_only[0] == 0
    assert [line.split("\t")[:2] for line in branch_only[1].splitlines()] == [
        [str(near.id), beijing.customer_no]
    ]
