"""A merge leaves nothing behind: every table with a foreign key to Customer.

The tables are found from Tortoise's model metadata, not listed here, so a table
added later is covered without touching this test. Each gets one row for the
survivor and one for the merged-away customer, its other required columns
filled from the column types (parents reused, one-to-one parents made anew).
"""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal

from tortoise import Tortoise, fields

from cims.domain.actor import Actor
from cims.domain.audit import verify
from cims.domain.duplicates import DROPPED_ON_MERGE, merge_customers
from cims.models import (
    AuditEvent,
    Customer,
    CustomerRelation,
    Recommendation,
    SegmentMembership,
)
from tests.factories import accounts_with_history, customer_from_german

STAFF = Actor(
    subject="clerk-1", permissions=frozenset({"customer.read", "customer.write"})
)
_serial = itertools.count(1)


def references() -> list[tuple[type, str]]:
    """(model, column) for every foreign key or one-to-one field to Customer."""
    found = []
    for model in Tortoise.apps["models"].values():
        for name in (*model._meta.fk_fields, *model._meta.o2o_fields):
            field = model._meta.fields_map[name]
            if field.related_model is Customer:
                found.append((model, field.source_field))
    return found


def _value(field):
    n = next(_serial)
    if isinstance(field, fields.data.CharEnumFieldInstance):
        return next(iter(field.enum_type))
    if isinstance(field, fields.data.IntEnumFieldInstance):
        return next(iter(field.enum_type))
    if isinstance(field, fields.BooleanField):
        return False
    if isinstance(field, fields.DatetimeField):
        return dt.datetime.now(dt.UTC)
    if isinstance(field, fields.DateField):
        return dt.date.today()
    if isinstance(field, fields.DecimalField):
        return Decimal(0)
    if isinstance(field, fields.FloatField):
        return 0.0
    if isinstance(field, fields.IntField | fields.SmallIntField | fields.BigIntField):
        return 1
    if isinstance(field, fields.JSONField):
        return {}
    if isinstance(field, fields.CharField):
        return f"m{n}"[: field.max_length]
    if isinstance(field, fields.TextField):
        return f"merge test {n}"
    raise AssertionError(f"no test value for {type(field).__name__}")


async def _row(model, customers: dict[str, int], bystander: int):
    """A row of ``model``: the named Customer columns as given, others filled."""
    values = dict(customers)
    meta = model._meta
    sources = set()
    for name in (*meta.fk_fields, *meta.o2o_fields):
        field = meta.fields_map[name]
        sources.add(field.source_field)
        if field.source_field in values:
            continue
        if field.related_model is Customer:
            values[field.source_field] = bystander
        elif not field.null:
            parent = None
            if name in meta.fk_fields:
                parent = await field.related_model.first()
            if parent is None:
                parent = await _row(field.related_model, {}, bystander)
            values[field.source_field] = parent.pk
    for name, field in meta.fields_map.items():
        if (
            name in values
            or name in sources
            or name in meta.fetch_fields
            or field.pk
            or field.null
            or field.default is not None
            or getattr(field, "auto_now", False)
            or getattr(field, "auto_now_add", False)
        ):
            continue
        values[name] = _value(field)
    return await model.create(**values)


async def _dropped(model, customer_id: int) -> list[int]:
    dropped = DROPPED_ON_MERGE[model]
    return await model.filter(customer_id=customer_id, **dropped).values_list(
        "id", flat=True
    )


async def test_a_merge_moves_every_row_that_refers_to_the_other_customer(branches):
    bj = branches["BJ01"]
    survivor = await customer_from_german(10, bj)
    other = await customer_from_german(11, bj)
    bystander = await customer_from_german(12, bj)
    await accounts_with_history(bystander, transactions=1)  # real products
    found = references()
    assert len(found) >= 15  # the registry is loaded: accounts ... recommendations
    for model, column in found:
        for owner in (survivor, other):
            await _row(model, {column: owner.id}, bystander.id)
    # An offer the customer decided on is a record, unlike an undecided one.
    await _row(
        Recommendation, {"customer_id": other.id, "status": "accepted"}, bystander.id
    )
    expected, theirs_by_table, dropped_by_table = {}, {}, {}
    for model, column in found:
        theirs = model.filter(**{column: other.id})
        ids = await theirs.values_list(model._meta.pk_attr, flat=True)
        if model in DROPPED_ON_MERGE:
            gone = await _dropped(model, other.id)
            dropped_by_table[model._meta.db_table] = sorted(gone)
            ids = [i for i in ids if i not in gone]
        if ids:
            theirs_by_table.setdefault(model._meta.db_table, set()).update(ids)
    for model, column in found:
        mine = await model.filter(**{column: survivor.id}).count()
        theirs = model.filter(**{column: other.id})
        if model in DROPPED_ON_MERGE:
            theirs = theirs.exclude(id__in=await _dropped(model, other.id))
        expected[model, column] = mine + await theirs.count()
    assert expected[Recommendation, "customer_id"] == 2  # one each: offered ones go

    await merge_customers(
        STAFF, survivor.id, other.id, survivor_version=1, other_version=1
    )

    for model, column in found:
        left = await model.filter(**{column: other.id}).count()
        assert left == 0, f"{model.__name__}.{column}"
        now = await model.filter(**{column: survivor.id}).count()
        assert now == expected[model, column], f"{model.__name__}.{column}"
    # The other's open segment stay moved closed: only the survivor's own is open.
    assert (
        await SegmentMembership.filter(customer_id=survivor.id, until=None).count() == 1
    )
    assert (await Customer.get(id=other.id)).archived_at is not None

    # The survivor's audit event names every table a row moved from, with the
    # moved row IDs, and what was deleted to be rebuilt; the chain still holds.
    event = await AuditEvent.get(
        action="customer.merge", entity="Customer", entity_id=str(survivor.id)
    )
    details = event.details
    assert details["merged_from"] == other.id
    assert set(details["moved"]) == set(theirs_by_table)
    for table, ids in theirs_by_table.items():
        assert details["moved"][table] == {"count": len(ids), "ids": sorted(ids)}
    assert {t: d["ids"] for t, d in details["deleted_to_rebuild"].items()} == {
        t: ids for t, ids in dropped_by_table.items() if ids
    }
    assert CustomerRelation._meta.db_table in details["moved"]
    assert (await verify()).ok
