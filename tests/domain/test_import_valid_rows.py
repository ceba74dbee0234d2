"""The commit mode of an import: all or nothing, or the valid rows only.

Customers (``cims.domain.importing``) and accounts (``cims.domain.account_import``):
a valid-rows-only commit writes the good rows in one transaction and reports the
rows it left out; likely duplicates wait for review unless confirmed.
"""

from __future__ import annotations

import pytest

from cims.demo.history import PRODUCTS
from cims.domain import account_import, audit, importing
from cims.domain.account_import import import_accounts
from cims.domain.importing import (
    NEEDS_REVIEW,
    CommitMode,
    ImportMode,
    ImportOptions,
    Mapping,
    SkippedRow,
    check_customers,
    import_customers,
)
from cims.models import (
    Account,
    AuditEvent,
    Customer,
    ImportJob,
    ImportRecord,
    ImportStatus,
    Product,
)
from tests.factories import customer_from_german

MAPPING = Mapping(
    columns={
        "客户姓名": "full_name",
        "证件号码": "id_number",
        "手机号": "mobile_phone",
        "出生日期": "birth_date",
        "网点": "branch_code",
    }
)
HEADER = "客户姓名,证件号码,手机号,出生日期,网点\n"
VALID_ONLY = ImportOptions(chunk_size=2, commit=CommitMode.VALID_ROWS_ONLY)
GOOD = [
    "王芳,110105199003071239,13800138000,1990-03-07,BJ01",
    "无证件客户,,13900139000,,BJ01",
    "李娜,11010519491231002X,,1949-12-31,SH01",
]
BAD = [
    "坏网点,,13700137000,,NOPE",  # row 5
    "坏手机,,12345,,BJ01",  # row 6
]
FIXED = [
    "坏网点,,13700137000,,SH01",
    "坏手机,,13600136000,,BJ01",
]


def csv_bytes(*lines: str) -> bytes:
    return (HEADER + "\n".join(lines) + "\n").encode()


async def names() -> list[str]:
    return await Customer.all().order_by("id").values_list("full_name", flat=True)


# ---------------------------------------------------------------- customers


async def test_valid_rows_only_writes_exactly_the_good_rows(branches, clerk):
    data = csv_bytes(*GOOD, *BAD)

    report = await import_customers(clerk, data, "c.csv", MAPPING, VALID_ONLY)

    assert report.status is ImportStatus.COMMITTED
    assert report.commit_mode is CommitMode.VALID_ROWS_ONLY
    assert (report.created_rows, report.written_rows, report.skipped_rows) == (3, 3, 2)
    assert report.skipped == [
        SkippedRow(5, ["UNKNOWN_BRANCH"]),
        SkippedRow(6, ["INVALID_PHONE"]),
    ]
    assert [(p.row, p.column, p.value) for p in report.problems] == [
        (5, "网点", "****"),
        (6, "手机号", "1***5"),
    ]
    assert await names() == ["王芳", "无证件客户", "李娜"]
    assert [o.row for o in report.outcomes] == [2, 3, 4]
    job = await ImportJob.get(id=report.job_id)
    assert (job.status, job.created_rows, job.problem_count) == (
        ImportStatus.COMMITTED,
        3,
        2,
    )
    assert (job.report["commit_mode"], job.report["skipped_rows"]) == (
        "valid_rows_only",
        2,
    )
    assert [s["row"] for s in job.report["skipped"]] == [5, 6]


async def test_all_or_nothing_still_writes_nothing(branches, clerk):
    data = csv_bytes(*GOOD, *BAD)

    report = await import_customers(
        clerk, data, "c.csv", MAPPING, ImportOptions(chunk_size=2)
    )

    assert report.status is ImportStatus.REFUSED
    assert report.commit_mode is CommitMode.ALL_OR_NOTHING
    assert (report.created_rows, report.written_rows, report.skipped_rows) == (0, 0, 2)
    assert await Customer.all().count() == 0
    assert await ImportRecord.all().count() == 0
    assert await AuditEvent.filter(action="customer.import").count() == 0


async def test_reimport_after_fixing_writes_only_the_fixed_rows(branches, clerk):
    await import_customers(clerk, csv_bytes(*GOOD, *BAD), "c.csv", MAPPING, VALID_ONLY)
    before = await Customer.all().order_by("id").values_list("id", "version")

    report = await import_customers(
        clerk, csv_bytes(*GOOD, *FIXED), "c.csv", MAPPING, VALID_ONLY
    )

    assert report.status is ImportStatus.COMMITTED
    assert (report.created_rows, report.existing_rows, report.skipped_rows) == (
        2,
        3,
        0,
    )
    assert await names() == ["王芳", "无证件客户", "李娜", "坏网点", "坏手机"]
    after = await Customer.all().order_by("id").values_list("id", "version")
    assert after[:3] == before
    assert await ImportRecord.all().count() == 3  # the rows without an ID number


async def test_a_killed_valid_rows_import_leaves_nothing(branches, clerk, monkeypatch):
    real_write = importing.write_customers
    calls = []

    async def write_then_die(conn, records):
        calls.append(len(records))
        await real_write(conn, records)
        if len(calls) == 2:
            raise RuntimeError("killed")

    monkeypatch.setattr(importing, "write_customers", write_then_die)
    rows = [f"客户{i},,1380013{i:04d},,BJ01" for i in range(5)]
    data = csv_bytes(*rows[:2], BAD[0], *rows[2:])

    with pytest.raises(RuntimeError):
        await import_customers(clerk, data, "c.csv", MAPPING, VALID_ONLY)

    assert calls == [2, 1]
    assert await Customer.all().count() == 0
    assert await ImportRecord.all().count() == 0
    assert await AuditEvent.filter(action="customer.import").count() == 0
    assert (await ImportJob.get()).status is ImportStatus.FAILED


async def test_nothing_left_to_write_refuses_the_commit(branches, clerk):
    report = await import_customers(
        clerk, csv_bytes(*BAD), "c.csv", MAPPING, VALID_ONLY
    )

    assert report.status is ImportStatus.REFUSED
    assert (report.written_rows, report.skipped_rows) == (0, 2)
    assert await AuditEvent.filter(action="customer.import").count() == 0


async def test_the_audit_event_records_the_mode_and_the_counts(branches, clerk):
    report = await import_customers(
        clerk, csv_bytes(*GOOD, *BAD), "c.csv", MAPPING, VALID_ONLY
    )

    event = await AuditEvent.get(action="customer.import")
    assert (event.entity, event.entity_id) == ("ImportJob", str(report.job_id))
    assert event.details == {
        "commit_mode": "valid_rows_only",
        "created_rows": 3,
        "updated_rows": 0,
        "written_rows": 3,
        "skipped_rows": 2,
    }
    assert (await audit.verify()).broken_at is None


# ---------------------------------------------------------------- likely duplicates


DUPLICATES = [
    "王芳,,,1990-03-07,BJ01",  # row 2
    "王芳\u3000,,13800138001,1990-03-07,BJ01",  # row 3: a similar name, found last
    "赵敏敏,,136 0013 6000,,BJ01",  # row 4: the phone of a customer in the base
    "周杰,,13500135000,,BJ01",  # row 5
]


async def _base_customer(clerk) -> int:
    base = csv_bytes("赵敏,,13600136000,,BJ01")
    await import_customers(clerk, base, "base.csv", MAPPING)
    return (await Customer.get()).id


async def test_likely_duplicates_wait_for_review(branches, clerk):
    await _base_customer(clerk)

    report = await import_customers(
        clerk, csv_bytes(*DUPLICATES), "d.csv", MAPPING, VALID_ONLY
    )

    assert report.status is ImportStatus.COMMITTED
    assert report.skipped == [
        SkippedRow(3, [NEEDS_REVIEW]),
        SkippedRow(4, [NEEDS_REVIEW]),
    ]
    assert (report.created_rows, report.written_rows) == (2, 2)
    assert {d.row for d in report.duplicates} == {3, 4}
    assert await names() == ["赵敏", "王芳", "周杰"]
    assert await ImportRecord.filter(job_id=report.job_id).count() == 2
    assert [o.row for o in report.outcomes] == [2, 5]


async def test_a_dry_run_counts_the_rows_held_for_review(branches, clerk):
    await _base_customer(clerk)

    report = await check_customers(clerk, csv_bytes(*DUPLICATES, BAD[1]), "d.csv",
                                   MAPPING)  # fmt: skip

    assert [(s.row, s.reasons) for s in report.skipped] == [
        (3, [NEEDS_REVIEW]),
        (4, [NEEDS_REVIEW]),
        (6, ["INVALID_PHONE"]),
    ]
    assert (report.skipped_rows, report.written_rows) == (3, 0)


async def test_confirmed_duplicates_are_written(branches, clerk):
    await _base_customer(clerk)
    confirmed = ImportOptions(
        chunk_size=2, commit=CommitMode.VALID_ROWS_ONLY, confirm_duplicates=True
    )

    report = await import_customers(
        clerk, csv_bytes(*DUPLICATES, BAD[1]), "d.csv", MAPPING, confirmed
    )

    assert report.skipped == [SkippedRow(6, ["INVALID_PHONE"])]
    assert (report.created_rows, report.written_rows) == (4, 4)
    assert len(report.duplicates) == 2
    assert await Customer.all().count() == 5


async def test_all_or_nothing_writes_likely_duplicates_as_before(branches, clerk):
    await _base_customer(clerk)

    report = await import_customers(
        clerk, csv_bytes(*DUPLICATES), "d.csv", MAPPING, ImportOptions(chunk_size=2)
    )

    assert (report.status, report.created_rows, report.skipped) == (
        ImportStatus.COMMITTED,
        4,
        [],
    )
    assert await Customer.all().count() == 5


async def test_a_reviewed_reimport_writes_only_the_held_rows(branches, clerk):
    await _base_customer(clerk)
    await import_customers(clerk, csv_bytes(*DUPLICATES), "d.csv", MAPPING, VALID_ONLY)
    confirmed = ImportOptions(
        commit=CommitMode.VALID_ROWS_ONLY, confirm_duplicates=True
    )

    report = await import_customers(
        clerk, csv_bytes(*DUPLICATES), "d.csv", MAPPING, confirmed
    )

    assert (report.created_rows, report.existing_rows) == (2, 2)
    assert await names() == ["赵敏", "王芳", "周杰", "王芳", "赵敏敏"]


# ---------------------------------------------------------------- accounts


ACCOUNT_HEADER = "客户号,账号,产品代码,币种,开户日期,余额,授信额度,账户状态"


def account_csv(*lines: str) -> bytes:
    return ("\n".join([ACCOUNT_HEADER, *lines]) + "\n").encode()


@pytest.fixture
async def owners(branches) -> list[str]:
    for spec in PRODUCTS:
        await Product.create(
            code=spec.code, name=spec.name, name_en=spec.name_en, category=spec.category
        )
    customers = [await customer_from_german(n, branches["BJ01"]) for n in (0, 1)]
    return [c.customer_no for c in customers]


def account_rows(owners: list[str], fixed: bool = False) -> list[str]:
    first, second = owners
    opened = "2026-03-01" if fixed else "2099-01-01"
    return [
        f"{first},6210000000000017,DEP-CUR,CNY,2026-01-05,100,,",
        f"{second},6210000000000025,{'DEP-SAV' if fixed else 'NOPE'},,2026-01-05,,,",
        f"{second},6220000000000018,CARD-STD,,2026-02-01,-320.1,5951,active",
        f"{first},6210000000000033,DEP-CUR,,{opened},,,",
    ]


def account_mapping() -> Mapping:
    return account_import.suggest_mapping(ACCOUNT_HEADER.split(","))


async def test_accounts_valid_rows_only_writes_the_good_rows(owners, clerk):
    report = await import_accounts(
        clerk, account_csv(*account_rows(owners)), "a.csv", account_mapping(),
        VALID_ONLY,
    )  # fmt: skip

    assert report.status is ImportStatus.COMMITTED
    assert (report.created_rows, report.written_rows, report.skipped_rows) == (2, 2, 2)
    assert report.skipped == [
        SkippedRow(3, ["UNKNOWN_PRODUCT"]),
        SkippedRow(5, ["INVALID_DATE"]),
    ]
    numbers = await Account.all().order_by("number").values_list("number", flat=True)
    assert numbers == ["6210000000000017", "6220000000000018"]
    event = await AuditEvent.get(action="account.import")
    assert event.details == {
        "commit_mode": "valid_rows_only",
        "created_rows": 2,
        "updated_rows": 0,
        "written_rows": 2,
        "skipped_rows": 2,
    }


async def test_accounts_all_or_nothing_still_writes_nothing(owners, clerk):
    report = await import_accounts(
        clerk, account_csv(*account_rows(owners)), "a.csv", account_mapping()
    )

    assert report.status is ImportStatus.REFUSED
    assert (report.written_rows, report.skipped_rows) == (0, 2)
    assert await Account.all().count() == 0


async def test_accounts_reimport_after_fixing_writes_only_the_fixed_rows(owners, clerk):
    await import_accounts(
        clerk, account_csv(*account_rows(owners)), "a.csv", account_mapping(),
        VALID_ONLY,
    )  # fmt: skip

    report = await import_accounts(
        clerk, account_csv(*account_rows(owners, fixed=True)), "a.csv",
        account_mapping(), VALID_ONLY,
    )  # fmt: skip

    assert (report.created_rows, report.existing_rows, report.skipped_rows) == (
        2,
        2,
        0,
    )
    assert await Account.all().count() == 4


async def test_a_killed_valid_rows_account_import_leaves_nothing(
    owners, clerk, monkeypatch
):
    real_create = Account.bulk_create
    calls = []

    async def create_then_die(objects, *args, **kwargs):
        calls.append(len(objects))
        await real_create(objects, *args, **kwargs)
        raise RuntimeError("killed")

    monkeypatch.setattr(Account, "bulk_create", create_then_die)

    with pytest.raises(RuntimeError):
        await import_accounts(
            clerk, account_csv(*account_rows(owners)), "a.csv", account_mapping(),
            VALID_ONLY,
        )  # fmt: skip

    assert calls == [2]
    assert await Account.all().count() == 0
    assert await AuditEvent.filter(action="account.import").count() == 0
    assert (await ImportJob.get(entity="account")).status is ImportStatus.FAILED


# ---------------------------------------------------------------- update mode


UPDATE_MAPPING = Mapping(
    columns={
        "客户号": "customer_no",
        "客户姓名": "full_name",
        "手机号": "mobile_phone",
        "版本": "version",
        "网点": "branch_code",
    }
)


def update_csv(*rows: tuple) -> bytes:
    """One line per (customer, phone, version) in the file."""
    lines = [f"{c.customer_no},{c.full_name},{phone},{version},BJ01"
             for c, phone, version in rows]  # fmt: skip
    return ("客户号,客户姓名,手机号,版本,网点\n" + "\n".join(lines) + "\n").encode()


UPDATE_VALID_ONLY = ImportOptions(
    mode=ImportMode.UPDATE, commit=CommitMode.VALID_ROWS_ONLY
)


async def test_update_mode_skips_a_stale_row_and_updates_the_others(branches, clerk):
    first, second = [await customer_from_german(n, branches["BJ01"]) for n in (0, 1)]
    await Customer.filter(id=first.id).update(version=3)
    data = update_csv((first, "13800138000", 2), (second, "13900139000", 1))

    report = await import_customers(
        clerk, data, "u.csv", UPDATE_MAPPING, UPDATE_VALID_ONLY
    )

    assert report.status is ImportStatus.COMMITTED
    assert (report.updated_rows, report.written_rows) == (1, 1)
    assert report.skipped == [SkippedRow(2, ["STALE_VERSION"])]
    versions = await Customer.all().order_by("id").values_list("version", flat=True)
    assert versions == [3, 2]
    assert [o.row for o in report.outcomes] == [3]


async def test_a_conflict_during_a_valid_rows_import_skips_that_row_only(
    branches, clerk, monkeypatch
):
    first, second = [await customer_from_german(n, branches["BJ01"]) for n in (0, 1)]
    planned = importing._plan_updates

    async def plan_then_someone_edits(work, conn, rows, outcomes):
        updates = await planned(work, conn, rows, outcomes)
        await Customer.filter(id=first.id).using_db(conn).update(version=5)
        return updates

    monkeypatch.setattr(importing, "_plan_updates", plan_then_someone_edits)
    data = update_csv((first, "13800138000", ""), (second, "13900139000", ""))

    report = await import_customers(
        clerk, data, "u.csv", UPDATE_MAPPING, UPDATE_VALID_ONLY
    )

    assert report.status is ImportStatus.COMMITTED
    assert (report.updated_rows, report.skipped) == (1, [SkippedRow(2, ["CONFLICT"])])
    updated = await AuditEvent.filter(action="customer.update").values_list(
        "entity_id", flat=True
    )
    assert updated == [str(second.id)]
    assert (await AuditEvent.get(action="customer.import")).details["updated_rows"] == 1
