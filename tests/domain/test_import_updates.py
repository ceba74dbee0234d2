"""Import in update mode: matched rows update their customer, versioned and audited.

The customers already in the base are german_credit.csv rows (tests.factories);
the files carry their customer numbers or ID numbers with new values.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from cims.domain import importing
from cims.domain.actor import Actor
from cims.domain.crypto import open_fields
from cims.domain.errors import PermissionDenied
from cims.domain.importing import (
    ImportMode,
    ImportOptions,
    Mapping,
    RowAction,
    check_customers,
    import_customers,
)
from cims.domain.validation import index_of
from cims.models import AuditEvent, Customer, ImportStatus
from tests.factories import IMPORTER, customer_from_german

UPDATE = ImportOptions(mode=ImportMode.UPDATE)
MAPPING = Mapping(
    columns={
        "客户号": "customer_no",
        "客户姓名": "full_name",
        "证件号码": "id_number",
        "手机号": "mobile_phone",
        "出生日期": "birth_date",
        "年收入": "annual_income",
        "客户状态": "status",
        "版本": "version",
        "网点": "branch_code",
    }
)
HEADER = "客户号,客户姓名,证件号码,手机号,出生日期,年收入,客户状态,版本,网点\n"


def csv_bytes(*lines: str) -> bytes:
    return (HEADER + "\n".join(lines) + "\n").encode()


@pytest.fixture
async def german(branches) -> list[Customer]:
    """Rows 0 and 1 of german_credit.csv as customers of BJ01."""
    return [await customer_from_german(n, branches["BJ01"]) for n in (0, 1)]


def line(customer: Customer, **cells) -> str:
    opened = open_fields(customer)
    values = {
        "customer_no": customer.customer_no,
        "full_name": customer.full_name,
        "id_number": opened["id_number"],
        "mobile_phone": "",
        "birth_date": "",
        "annual_income": "",
        "status": "",
        "version": "",
        "branch_code": "BJ01",
        **cells,
    }
    return ",".join(str(v) for v in values.values())


async def audit_fields(customer_id: int) -> list[list[str]]:
    events = AuditEvent.filter(
        action="customer.update", entity="Customer", entity_id=str(customer_id)
    )
    return [e.field_names for e in await events.order_by("id")]


async def test_dry_run_shows_per_row_create_update_and_unchanged(german, clerk):
    first, second = german
    data = csv_bytes(
        line(first, mobile_phone="13800138000", annual_income="1234.50"),
        line(second),
        "C9000000001,新客户,,13900139000,,,,,BJ01",
    )

    report = await check_customers(clerk, data, "u.csv", MAPPING, UPDATE)

    assert report.problems == []
    assert [(o.row, o.action, o.customer_id) for o in report.outcomes] == [
        (2, RowAction.UPDATE, first.id),
        (3, RowAction.UNCHANGED, second.id),
        (4, RowAction.CREATE, None),
    ]
    changes = {c.field: (c.old, c.new) for c in report.outcomes[0].changes}
    assert changes == {
        "mobile_phone": ("", "+8**********00"),
        "annual_income": ("1*****0", "1*****0"),  # 1169.00 -> 1234.50, masked
    }
    assert (report.updated_rows, report.unchanged_rows) == (1, 1)
    assert "13800138000" not in repr(report)
    assert (await Customer.get(id=first.id)).version == 1


async def test_commit_updates_by_customer_number_bumps_version_and_audits(
    german, clerk
):
    first, _ = german
    data = csv_bytes(line(first, mobile_phone="13800138000", status="active"))

    report = await import_customers(clerk, data, "u.csv", MAPPING, UPDATE)

    assert (report.status, report.updated_rows, report.created_rows) == (
        ImportStatus.COMMITTED,
        1,
        0,
    )
    after = await Customer.get(id=first.id)
    assert after.version == 2
    assert after.status == "active"
    assert open_fields(after)["mobile_phone"] == "+8613800138000"
    assert after.mobile_phone.startswith("v1.")
    assert after.mobile_phone_index == index_of("mobile_phone", "+8613800138000")
    assert await audit_fields(first.id) == [["mobile_phone", "status"]]


async def test_rows_match_by_id_number_without_a_customer_number(german, clerk):
    first, _ = german
    data = csv_bytes(line(first, customer_no="", annual_income="99.95"))

    report = await import_customers(clerk, data, "u.csv", MAPPING, UPDATE)

    assert (report.updated_rows, report.created_rows, report.problems) == (1, 0, [])
    assert (await Customer.get(id=first.id)).annual_income == Decimal("99.95")


async def test_unchanged_rows_write_nothing(german, clerk):
    first, second = german
    before = [(c.id, c.version, c.updated_at) for c in await Customer.all()]

    report = await import_customers(
        clerk, csv_bytes(line(first), line(second)), "u.csv", MAPPING, UPDATE
    )

    assert (report.updated_rows, report.unchanged_rows) == (0, 2)
    after = [(c.id, c.version, c.updated_at) for c in await Customer.all()]
    assert after == before
    assert await audit_fields(first.id) == []


async def test_create_mode_leaves_matched_customers_alone(german, clerk):
    first, _ = german
    data = csv_bytes(line(first, mobile_phone="13800138000"))

    report = await import_customers(clerk, data, "u.csv", MAPPING)

    assert [(o.action, o.changes) for o in report.outcomes] == [(RowAction.SKIP, [])]
    after = await Customer.get(id=first.id)
    assert (after.version, open_fields(after)["mobile_phone"]) == (1, None)


async def test_stale_version_in_the_file_refuses_the_import(german, clerk):
    first, second = german
    await Customer.filter(id=first.id).update(version=3)
    data = csv_bytes(
        line(first, mobile_phone="13800138000", version="2"),
        line(second, mobile_phone="13900139000", version="1"),
    )

    report = await import_customers(clerk, data, "u.csv", MAPPING, UPDATE)

    assert report.status is ImportStatus.REFUSED
    assert [(p.row, p.column, p.code) for p in report.problems] == [
        (2, "版本", "STALE_VERSION")
    ]
    assert [
        (c.version, c.mobile_phone) for c in await Customer.all().order_by("id")
    ] == [
        (3, None),
        (1, None),
    ]


async def test_a_change_during_the_import_is_a_conflict_and_writes_nothing(
    german, clerk, monkeypatch
):
    first, _ = german
    planned = importing._plan_updates

    async def plan_then_someone_edits(work, conn, rows, outcomes):
        updates = await planned(work, conn, rows, outcomes)
        await Customer.filter(id=first.id).using_db(conn).update(version=5)
        return updates

    monkeypatch.setattr(importing, "_plan_updates", plan_then_someone_edits)
    data = csv_bytes(line(first, mobile_phone="13800138000"))

    report = await import_customers(clerk, data, "u.csv", MAPPING, UPDATE)

    assert report.status is ImportStatus.REFUSED
    assert [(p.row, p.code) for p in report.problems] == [(2, "CONFLICT")]
    after = await Customer.get(id=first.id)
    assert (after.version, after.mobile_phone) == (1, None)
    assert await audit_fields(first.id) == []


async def test_birth_date_against_the_stored_id_number_is_checked(german, clerk):
    first, _ = german
    data = csv_bytes(line(first, id_number="", birth_date="1950-01-01"))

    report = await check_customers(clerk, data, "u.csv", MAPPING, UPDATE)

    assert [(p.row, p.field, p.code) for p in report.problems] == [
        (2, "birth_date", "ID_BIRTH_DATE_MISMATCH")
    ]
    assert report.outcomes == []


async def test_number_and_id_of_two_customers_is_ambiguous(german, clerk):
    first, second = german
    number = open_fields(second)["id_number"]
    data = csv_bytes(line(first, id_number=number, mobile_phone="13800138000"))

    report = await check_customers(clerk, data, "u.csv", MAPPING, UPDATE)

    assert [(p.row, p.code) for p in report.problems] == [(2, "AMBIGUOUS_MATCH")]


async def test_customers_of_another_branch_are_not_updated(german, branches):
    first, _ = german
    teller = Actor(
        subject="sh-clerk", permissions=IMPORTER, branch_id=branches["SH01"].id
    )
    data = csv_bytes(line(first, mobile_phone="13800138000", branch_code="SH01"))

    report = await import_customers(teller, data, "u.csv", MAPPING, UPDATE)

    assert [(p.row, p.code) for p in report.problems] == [(2, "BRANCH_OUT_OF_SCOPE")]
    assert (await Customer.get(id=first.id)).version == 1


async def test_archived_customers_are_not_updated(german, clerk):
    first, _ = german
    await Customer.filter(id=first.id).update(archived_at=first.created_at)
    data = csv_bytes(line(first, mobile_phone="13800138000"))

    report = await check_customers(clerk, data, "u.csv", MAPPING, UPDATE)

    assert [(p.row, p.code) for p in report.problems] == [(2, "ARCHIVED")]


async def test_a_bad_version_cell_is_reported(german, clerk):
    first, _ = german

    report = await check_customers(
        clerk, csv_bytes(line(first, version="v2")), "u.csv", MAPPING, UPDATE
    )

    assert [(p.row, p.field, p.code) for p in report.problems] == [
        (2, "version", "INVALID_FORMAT")
    ]


async def test_update_mode_needs_the_write_permission_too(german):
    first, _ = german
    importer = Actor(subject="batch", permissions=frozenset({"customer.import"}))
    data = csv_bytes(line(first, mobile_phone="13800138000"))

    with pytest.raises(PermissionDenied) as caught:
        await import_customers(importer, data, "u.csv", MAPPING, UPDATE)

    assert caught.value.permission == "customer.write"
    assert (await Customer.get(id=first.id)).version == 1


async def test_outcomes_stop_at_the_limit_and_the_counts_go_on(
    german, clerk, monkeypatch
):
    first, second = german
    monkeypatch.setattr(importing, "OUTCOME_LIMIT", 2)
    data = csv_bytes(
        "C9000000001,新客户甲,,,,,,,BJ01",
        "C9000000002,新客户乙,,,,,,,BJ01",
        line(first, mobile_phone="13800138000"),
        line(second),
    )

    report = await check_customers(
        clerk,
        data,
        "u.csv",
        MAPPING,
        ImportOptions(mode=ImportMode.UPDATE, chunk_size=2),
    )

    assert [(o.row, o.action) for o in report.outcomes] == [
        (2, RowAction.CREATE),
        (3, RowAction.CREATE),
    ]
    assert (report.valid_rows, report.updated_rows, report.unchanged_rows) == (4, 1, 1)
