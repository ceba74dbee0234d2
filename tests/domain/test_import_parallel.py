"""Chunks checked by worker processes give what checking in the process gives.

Every test runs the same file through both paths (``ImportOptions.workers`` 0 and 2,
five rows a chunk so that the file spans several chunks) and compares reports,
progress and stored rows. Customer numbers are drawn at random, so they are left
out of the comparison.
"""

import datetime as dt
import io
import multiprocessing
from dataclasses import asdict

import openpyxl
import pytest
from stdnum.cn import ric

from cims.domain import importing
from cims.domain.crypto import open_fields
from cims.domain.errors import ValidationFailed
from cims.domain.importing import (
    CommitMode,
    ImportOptions,
    Mapping,
    check_customers,
    import_customers,
)
from cims.models import Customer, ImportJob, ImportRecord, ImportStatus

MAPPING = Mapping(
    columns={
        "客户姓名": "full_name",
        "证件号码": "id_number",
        "手机号": "mobile_phone",
        "出生日期": "birth_date",
        "电子邮箱": "email",
        "年收入": "annual_income",
        "网点": "branch_code",
    }
)
HEADER = "客户姓名,证件号码,手机号,出生日期,电子邮箱,年收入,网点"
CHUNK = 5
STORED = (
    "full_name", "id_number", "mobile_phone", "email", "birth_date", "gender",
    "annual_income", "branch_id", "name_key", "id_number_index",
    "mobile_phone_index", "email_index", "source", "version",
)  # fmt: skip


def resident_id(i: int) -> str:
    born = dt.date(1980, 1, 1) + dt.timedelta(days=i)  # a birth date of its own
    body = f"110105{born:%Y%m%d}{i:03d}"
    return body + ric.calc_check_digit(body + "0")


def line(i: int) -> str:
    cells = [f"客户{i}", resident_id(i), f"1380013{i:04d}", "", f"user{i}@example.com"]
    return ",".join([*cells, f"{i}000.50", "BJ01"])


def rows(bad: bool = True) -> list[str]:
    """40 lines (file rows 2 to 41, one blank): likely duplicates of rows in other
    chunks, and with ``bad`` a bad cell in four chunks and an ID number repeated."""
    lines = [line(i) for i in range(40)]
    lines[5] = "王芳,,13900000005,1990-03-07,,,BJ01"
    lines[20] = ",,,,,,"  # blank: not a row
    lines[25] = "王芳\u3000,,13900000025,1990-03-07,,,SH01"  # row 7's name and date
    lines[33] = line(33).replace("13800130033", "138 0013 0008")  # row 10's phone
    lines[34] = line(34).replace("user34", "USER9")  # row 11's e-mail
    if bad:
        lines[12] = line(12).replace(",,", ",2024-13-45,")
        lines[18] = line(18).replace("BJ01", "XX99")
        lines[27] = line(27).replace("user27@example.com", "not-an-email")
        lines[30] = line(3).replace("客户3", "客户30")  # row 5's ID number
        wrong = resident_id(36)[:-1] + ("1" if resident_id(36)[-1] == "0" else "0")
        lines[36] = line(36).replace(resident_id(36), wrong)
    return lines


def csv_data(lines: list[str]) -> bytes:
    return ("\n".join([HEADER, *lines]) + "\n").encode()


def options(workers: int, **more) -> ImportOptions:
    return ImportOptions(chunk_size=CHUNK, workers=workers, **more)


@pytest.fixture
def pools(monkeypatch) -> list[int]:
    """The worker counts of the pools started, so a test knows which path ran."""
    started = []
    real_pool = importing._pool

    def pool(reader, workers):
        started.append(workers)
        return real_pool(reader, workers)

    monkeypatch.setattr(importing, "_pool", pool)
    return started


def comparable(report) -> dict:
    """A report without its job and the customer numbers drawn for new rows."""
    seen = asdict(report)
    del seen["job_id"]
    for outcome in seen["outcomes"]:
        outcome["customer_no"] = None
    return seen


async def stored() -> list[tuple]:
    customers = await Customer.all().order_by("full_name", "id")
    return [
        tuple({**vars(c), **open_fields(c)}[name] for name in STORED) for c in customers
    ]


async def forget_customers() -> None:
    await ImportRecord.all().delete()
    await Customer.all().delete()


async def test_a_dry_run_reports_the_same_in_workers(branches, clerk, pools):
    data = csv_data(rows())

    here = await check_customers(clerk, data, "c.csv", MAPPING, options(0))
    there = await check_customers(clerk, data, "c.csv", MAPPING, options(2))

    assert pools == [2]
    assert importing.worker_cpu() > 0
    assert comparable(there) == comparable(here)
    assert [(p.row, p.field, p.code) for p in here.problems] == [
        (14, "birth_date", "INVALID_DATE"),
        (20, "branch_code", "UNKNOWN_BRANCH"),
        (29, "email", "INVALID_EMAIL"),
        (32, "id_number", "DUPLICATE_IN_FILE"),
        (38, "id_number", "INVALID_ID_NUMBER"),
    ]
    assert {(d.row, d.other_row, tuple(d.reasons)) for d in here.duplicates} == {
        (27, 7, ("SIMILAR_NAME_SAME_BIRTH_DATE",)),
        (35, 10, ("SAME_MOBILE_PHONE",)),
        (36, 11, ("SAME_EMAIL",)),
    }
    assert (here.total_rows, here.valid_rows) == (39, 34)


@pytest.mark.parametrize(
    ("commit", "bad"),
    [
        (CommitMode.VALID_ROWS_ONLY, True),
        (CommitMode.ALL_OR_NOTHING, False),
        (CommitMode.ALL_OR_NOTHING, True),
    ],
)
async def test_a_commit_stores_the_same_in_workers(branches, clerk, pools, commit, bad):
    data = csv_data(rows(bad))
    results = []
    for workers in (0, 2):
        events = []
        report = await import_customers(
            clerk,
            data,
            "c.csv",
            MAPPING,
            options(workers, commit=commit),
            events.append,
        )
        results.append((comparable(report), events, await stored()))
        await forget_customers()

    assert pools == [2]
    assert results[1] == results[0]
    report, events, customers = results[0]
    written = {
        (CommitMode.VALID_ROWS_ONLY, True): 31,  # less the problems and held rows
        (CommitMode.ALL_OR_NOTHING, False): 39,  # likely duplicates too
        (CommitMode.ALL_OR_NOTHING, True): 0,
    }[commit, bad]
    assert (report["written_rows"], len(customers)) == (written, written)
    assert [(e.phase, e.done) for e in events][-2:] == [("write", 39), ("done", 39)]


async def test_a_killed_import_in_workers_leaves_nothing(
    branches, clerk, pools, monkeypatch
):
    real_write = importing.write_customers
    calls = []

    async def write_then_die(conn, records):
        calls.append(len(records))
        await real_write(conn, records)
        if len(calls) == 2:
            raise RuntimeError("killed")

    monkeypatch.setattr(importing, "write_customers", write_then_die)

    with pytest.raises(RuntimeError, match="killed"):
        await import_customers(
            clerk, csv_data(rows(bad=False)), "c.csv", MAPPING, options(2)
        )

    assert pools == [2]
    assert calls == [5, 5]
    assert await Customer.all().count() == 0
    assert await ImportRecord.all().count() == 0
    assert (await ImportJob.get()).status is ImportStatus.FAILED
    assert multiprocessing.active_children() == []  # the workers were stopped


async def test_a_file_unreadable_part_way_fails_alike_in_workers(
    branches, clerk, pools
):
    lines = rows(bad=False)
    lines[30] = '"' + "y" * 200_000 + '",,,,,,BJ01'  # over the CSV reader's limit
    data = csv_data(lines)
    failures = []
    for workers in (0, 2):
        with pytest.raises(ValidationFailed) as failed:
            await import_customers(clerk, data, "c.csv", MAPPING, options(workers))
        failures.append([(p.field, p.code) for p in failed.value.problems])

    assert pools == [2]
    assert failures == [[("file", "UNREADABLE_FILE")]] * 2
    assert await Customer.all().count() == 0


@pytest.mark.parametrize(("workers", "lines"), [(2, 19), (1, 40), (0, 40)])
async def test_a_small_file_or_one_worker_is_checked_in_process(
    branches, clerk, pools, workers, lines
):
    data = csv_data(rows(bad=False)[:lines])  # 19 lines: under four chunks

    report = await check_customers(clerk, data, "c.csv", MAPPING, options(workers))

    assert pools == []
    assert report.total_rows == {19: 19, 40: 39}[lines]  # the blank line left out


async def test_spreadsheet_cells_are_checked_alike_in_workers(branches, clerk, pools):
    """Numbers, dates and formulas without a stored value cross to the workers."""
    sheet = [HEADER.split(",")]
    for i in range(24):
        sheet.append(
            [f"客户{i}", resident_id(i), f"1380013{i:04d}", None, None, i, "BJ01"]
        )
    sheet[3][1] = float(resident_id(2)[:17] + "0")  # an ID stored as a number
    sheet[8][3] = dt.datetime(1980, 1, 8)  # an Excel date: row 9's birth date
    sheet[14][0] = "=A2&A3"  # a formula the file holds no value for
    sheet[20][5] = 1234.567  # too many decimals
    book = openpyxl.Workbook()
    for values in sheet:
        book.active.append(values)
    out = io.BytesIO()
    book.save(out)

    here, there = [
        await check_customers(clerk, out.getvalue(), "c.xlsx", MAPPING, options(w))
        for w in (0, 2)
    ]

    assert pools == [2]
    assert comparable(there) == comparable(here)
    assert [(p.row, p.code) for p in here.problems] == [
        (4, "PRECISION_LOST"),
        (15, "FORMULA_WITHOUT_VALUE"),
        (15, "REQUIRED"),  # the name the formula would have given
        (21, "TOO_MANY_DECIMALS"),
    ]


async def test_a_pool_that_cannot_start_leaves_the_check_in_process(
    branches, clerk, monkeypatch
):
    def no_pool(reader, workers):
        raise NotImplementedError("no semaphores here")

    data = csv_data(rows())
    here = await check_customers(clerk, data, "c.csv", MAPPING, options(0))
    monkeypatch.setattr(importing, "_pool", no_pool)

    fallen_back = await check_customers(clerk, data, "c.csv", MAPPING, options(2))

    assert comparable(fallen_back) == comparable(here)


def similar_rows() -> list[str]:
    """40 lines whose names pair up on 8 birth dates: 王芳 and 王芳\u3000 (the same
    name), 李娜 and 李 娜, and a name that pairs with the customer in the base."""
    lines = []
    for i in range(40):
        born = f"1990-03-{1 + i % 8:02d}"
        name = ["王芳", "王芳\u3000", "李娜", "李 娜", "张伟"][i // 8]
        lines.append(f"{name},,1390000{i:04d},{born},,,BJ01")
    return lines


async def test_similar_names_are_scored_alike_in_workers(
    branches, clerk, pools, monkeypatch
):
    """The similar-name pass after the last chunk runs in the worker pool, a batch
    (here: two birth dates) at a time, and finds the pairs the process finds,
    with rows of the file and with customers of the base, in the same order."""
    base = csv_data(["张伟,,13800000001,1990-03-02,,,BJ01"])
    await import_customers(clerk, base, "base.csv", MAPPING, options(0))
    monkeypatch.setattr(importing.NameSpill, "BATCH_DATES", 2)
    submitted = []
    real_pool = importing._pool

    def pool(reader, workers):
        started = real_pool(reader, workers)
        real_submit = started.submit

        def submit(function, *args):
            submitted.append(function.__name__)
            return real_submit(function, *args)

        started.submit = submit
        return started

    monkeypatch.setattr(importing, "_pool", pool)
    data = csv_data(similar_rows())
    cpu = importing.worker_cpu()

    here = await check_customers(clerk, data, "c.csv", MAPPING, options(0))
    there = await check_customers(clerk, data, "c.csv", MAPPING, options(2))

    assert submitted.count("_pairs_in_worker") == 4  # 8 dates, 2 a batch
    assert importing.worker_cpu() > cpu
    assert comparable(there) == comparable(here)
    found = [(d.row, d.other_row, d.customer_id is not None) for d in here.duplicates]
    # On each date, 王芳\u3000 with 王芳 and 李 娜 with 李娜; 张伟 of 1990-03-02
    # (row 35) with the customer in the base.
    assert len(found) == 17
    assert found[:2] == [(10, 2, False), (11, 3, False)]
    assert [row for row, _, in_base in found if in_base] == [35]
