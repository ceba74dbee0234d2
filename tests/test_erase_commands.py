"""``cims erase request|approve|reject|list``: the real command in a process of its
own, on the test database of either engine; four eyes hold at the shell too."""

from __future__ import annotations

import asyncio
import os
import sys

import pytest

from cims.capture_commands import shell_user
from cims.domain import erasure
from cims.domain.actor import Actor
from cims.domain.crypto import open_fields
from cims.models import AuditEvent, Customer, ErasureRequest
from tests.factories import accounts_with_history, branch, customer_from_german

OFFICER = Actor(
    subject="dpo-1", permissions=frozenset({"customer.read", "customer.erase"})
)
PHONE = "+8613700137000"


@pytest.fixture
def cims(database):
    """Runs ``cims`` in a subprocess on the session's database and data folder."""

    async def run(*argv: str, **env: str):
        merged = {
            **os.environ,
            "CIMS_DATABASE_URL": database,
            "CIMS_LOG_LEVEL": "WARNING",
            **env,
        }
        merged.pop("SUDO_USER", None)
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "cims", *argv,
            env=merged,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        out, err = await asyncio.wait_for(process.communicate(), timeout=120)
        return process.returncode, out.decode(), err.decode()

    return run


async def person() -> Customer:
    return await customer_from_german(8, await branch("BJ01"), mobile_phone=PHONE)


async def test_a_colleague_at_the_shell_approves_and_the_data_goes(cims):
    row = await person()
    asked = await erasure.request_erasure(OFFICER, row.id, "objection", "DSR-77")

    code, out, err = await cims("erase", "approve", str(asked.id))

    assert (code, err) == (0, "")
    assert out == (
        f"request {asked.id} approved: personal data of {row.customer_no} erased\n"
    )
    stored = await Customer.get(id=row.id)
    assert stored.erased_at is not None and stored.full_name.startswith("ERASED-")
    assert open_fields(stored)["mobile_phone"] is None
    event = await AuditEvent.get(action="customer.erase")
    assert event.actor == f"cli:{shell_user()}"
    assert f"request:{asked.id}" in event.field_names
    decided = await ErasureRequest.get(id=asked.id)
    assert (decided.status, decided.decided_by) == ("approved", event.actor)


async def test_the_requester_cannot_approve_even_under_another_login_name(cims):
    row = await person()

    code, out, _ = await cims(
        "erase", "request", row.customer_no.lower(), "--ground", "withdrawn_consent",
        "--reference", "DSR-78",
    )  # fmt: skip
    asked = await ErasureRequest.get(customer_id=row.id)
    spoofed = {"LOGNAME": "someone-else", "USER": "someone-else"}
    refused = await cims("erase", "approve", str(asked.id), **spoofed)
    listed = await cims("erase", "list")

    assert code == 0
    assert out.startswith(f"erasure request {asked.id} for {row.customer_no} is ")
    assert asked.requested_by == f"cli:{shell_user()}"
    assert refused == (
        2,
        "",
        "cims: refused: A second, different person must approve this erasure\n",
    )
    assert (await ErasureRequest.get(id=asked.id)).status == "pending"
    assert (await Customer.get(id=row.id)).erased_at is None
    assert listed[0] == 0
    fields = listed[1].splitlines()[0].split("\t")
    assert fields[:5] == [
        str(asked.id), row.customer_no, "pending", "withdrawn_consent", "DSR-78"
    ]  # fmt: skip


async def test_a_request_with_a_hold_is_refused_in_one_line(cims):
    row = await person()
    await accounts_with_history(row)

    code, out, err = await cims(
        "erase", "request", row.customer_no, "--ground", "objection",
        "--reference", "DSR-79",
    )  # fmt: skip

    assert (code, out) == (2, "")
    assert err.startswith("cims: refused: OPEN_ACCOUNTS (Accounts are still open, 2)")
    assert "RETENTION_PERIOD" in err and "until 2030-01-05" in err
    assert "\n" not in err.rstrip("\n")
    assert not await ErasureRequest.exists()


async def test_a_rejection_at_the_shell_needs_a_reason_and_is_final(cims):
    row = await person()
    asked = await erasure.request_erasure(OFFICER, row.id, "objection", "DSR-80")

    without = await cims("erase", "reject", str(asked.id))
    code, out, err = await cims(
        "erase", "reject", str(asked.id), "--reason", "Loan in dispute"
    )
    again = await cims("erase", "approve", str(asked.id))
    listed = await cims("erase", "list", "--all")

    assert without[0] == 2 and "--reason" in without[2]
    assert "Traceback" not in without[2]
    assert (code, out, err) == (0, f"request {asked.id} rejected\n", "")
    stored = await ErasureRequest.get(id=asked.id)
    assert (stored.status, stored.decision_reason) == ("rejected", "Loan in dispute")
    assert again == (2, "", "cims: refused: This erasure request is decided already\n")
    assert f"\trejected by cli:{shell_user()}\t" in listed[1]
    assert (await Customer.get(id=row.id)).erased_at is None


async def test_an_unknown_request_is_one_line(cims):
    assert await cims("erase", "approve", "999") == (
        2,
        "",
        "cims: refused: ErasureRequest not found\n",
    )
    assert await cims("erase", "list") == (0, "no pending erasure requests\n", "")
