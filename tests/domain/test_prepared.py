"""Reads built once per shape (cims.domain.prepared) answer what the queryset itself
answers, for every value and shape, and refuse builds that bake a value in."""

from __future__ import annotations

import pytest
from tortoise.transactions import in_transaction

from cims.domain import prepared
from cims.models import Customer
from tests.factories import branch, customer_from_german


def by_branch(pk, branch_id):
    qs = Customer.filter(id=pk) if pk is not None else Customer.all()
    if branch_id is not None:
        qs = qs.filter(branch_id=branch_id)
    return qs.select_related("branch").order_by("id")


def fields(row) -> tuple:
    """What a read must bring: the row's columns and its joined branch's."""
    return (row.id, row.customer_no, row.full_name, row.branch.id, row.branch.code)


@pytest.fixture
async def two_branches(database):
    home, other = await branch("BJ01"), await branch("SH01")
    rows = [await customer_from_german(n, home if n < 2 else other) for n in range(3)]
    return home, other, rows


async def test_same_rows_as_the_queryset_for_every_value(two_branches):
    home, other, rows = two_branches
    for pk in (rows[0].id, rows[2].id, None):
        for branch_id in (home.id, other.id, None):
            ours = await prepared.select(
                "test.by_branch", Customer, by_branch, pk, branch_id
            )
            theirs = await by_branch(pk, branch_id)
            assert [fields(r) for r in ours] == [fields(r) for r in theirs]
    ours = await prepared.select(
        "test.by_branch", Customer, by_branch, rows[2].id, None
    )
    assert fields(ours[0])[3:] == (other.id, "SH01")


async def test_one_statement_per_shape_serves_other_values(two_branches):
    _, _, rows = two_branches

    def in_list(ids):
        return Customer.filter(id__in=ids).order_by("id")

    before = len(prepared._SHAPES)
    for ids in ([rows[0].id], [rows[1].id], [rows[2].id, rows[0].id], [rows[1].id, -5]):
        found = await prepared.select("test.in_list", Customer, in_list, ids)
        assert [r.id for r in found] == sorted(i for i in ids if i > 0)
    assert len(prepared._SHAPES) == before + 2  # lists of one and of two


async def test_runs_in_the_callers_transaction(two_branches):
    home, _, _ = two_branches
    async with in_transaction() as conn:
        await Customer.filter(branch_id=home.id).using_db(conn).update(full_name="改名")
        inside = await prepared.select(
            "test.by_branch", Customer, by_branch, None, home.id, using=conn
        )
        assert {r.full_name for r in inside} == {"改名"}


async def test_a_value_not_passed_as_a_parameter_is_refused(database):
    """A build that drops a value (or bakes it into the text) would answer the
    first caller's read to everyone after: it is refused when first built."""
    with pytest.raises(ValueError, match="every value must be a parameter"):
        await prepared.select("test.drops", Customer, lambda pk: Customer.all(), 5)
    with pytest.raises(ValueError, match="every value must be a parameter"):
        await prepared.select(
            "test.text", Customer, lambda pk: Customer.filter(full_name=str(pk)), 5
        )
