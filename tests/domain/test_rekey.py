"""Rotating the data key re-seals every personal value; nothing is lost."""

from __future__ import annotations

from cims.domain import crypto, rekey
from cims.domain.crypto import open_fields
from cims.models import Customer
from tests.factories import branch, customer_from_german


async def test_rotation_reseals_under_the_new_key_and_values_survive(database):
    home = await branch()
    row = await customer_from_german(
        0, home, mobile_phone="13800138000", email="a@b.cn"
    )
    before = open_fields(row)
    old_kid = crypto.key_id_of(row.id_number)

    new_kid = crypto.rotate()
    changed = await rekey.reseal_customers()
    again = await rekey.reseal_customers()

    stored = await Customer.get(id=row.id)
    assert new_kid != old_kid
    assert (changed, again) == (1, 0)
    assert crypto.key_id_of(stored.id_number) == new_kid
    assert crypto.key_id_of(stored.email) == new_kid
    assert open_fields(stored) == before


async def test_a_value_moved_to_another_row_does_not_open(database):
    home = await branch()
    first = await customer_from_german(1, home)
    second = await customer_from_german(2, home)

    try:
        crypto.unseal(first.id_number, second.customer_no)
    except crypto.SealError:
        moved = "refused"
    else:
        moved = "opened"

    assert moved == "refused"


async def test_a_rotation_in_another_process_does_not_break_this_ones_reading(
    database,
):
    """``cims keys rotate --data-only`` in its own process re-seals every value
    while this process, like a running server, holds the ring it loaded first."""
    import asyncio
    import os
    import sys

    home = await branch()
    row = await customer_from_german(3, home, mobile_phone="13800138003")
    before = open_fields(row)
    loaded = set(crypto.keyring().keys)
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "cims", "keys", "rotate", "--data-only",
        env={**os.environ, "CIMS_DATABASE_URL": database, "CIMS_LOG_LEVEL": "WARNING"},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    _, err = await asyncio.wait_for(process.communicate(), timeout=120)
    assert (process.returncode, err) == (0, b"")

    stored = await Customer.get(id=row.id)
    assert crypto.key_id_of(stored.id_number) not in loaded
    assert open_fields(stored) == before
    assert crypto.key_id_of(stored.id_number) in crypto.keyring().keys
    assert crypto.seal("x", row.customer_no).split(".")[1] in crypto.keyring().keys


async def test_a_key_nobody_has_is_looked_for_once_a_second_at_most(
    database, monkeypatch
):
    home = await branch()
    row = await customer_from_german(4, home)
    forged = row.id_number.replace(crypto.key_id_of(row.id_number), "ffffffff", 1)
    reads = []
    real = crypto.KeyRing.from_json
    monkeypatch.setattr(
        crypto.KeyRing, "from_json", lambda text: reads.append(1) or real(text)
    )
    crypto._reloaded_at.clear()
    monkeypatch.setattr(crypto, "_clock", lambda: 1000.0)

    outcomes = []
    for _ in range(3):
        try:
            crypto.unseal(forged, row.customer_no)
        except crypto.SealError:
            outcomes.append("refused")

    monkeypatch.setattr(crypto, "_clock", lambda: 1001.5)
    later = crypto.unseal(row.id_number, row.customer_no)
    try:
        crypto.unseal(forged, row.customer_no)
    except crypto.SealError:
        outcomes.append("refused")

    assert outcomes == ["refused"] * 4
    assert len(reads) == 2
    assert later == open_fields(row)["id_number"]
