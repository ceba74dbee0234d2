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
