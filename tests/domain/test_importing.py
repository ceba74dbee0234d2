import asyncio
import datetime as dt
import io
import re
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from tortoise import Tortoise

from cims.domain import importing
from cims.domain.actor import Actor
from cims.domain.crypto import PERSONAL_FIELDS, open_fields
from cims.domain.errors import PermissionDenied, ValidationFailed
from cims.domain.exporting import export_csv
from cims.domain.importing import (
    ImportOptions,
    Mapping,
    check_customers,
    detect_encoding,
    import_customers,
    load_template,
    mask_value,
    preview,
    read_table,
    save_template,
    suggest_mapping,
)
from cims.domain.validation import index_of
from cims.models import AuditEvent, Customer, ImportJob, ImportRecord, ImportStatus
from cims.models.enums import Gender, Source
from tests.factories import IMPORTER

FIXTURES = Path(__file__).parent / "fixtures"
MAPPING = Mapping(
    columns={
        "客户姓名": "full_name",
        "证件号码": "id_number",
        "手机号": "mobile_phone",
        "出生日期": "birth_date",
        "性别": "gender",
        "电子邮箱": "email",
        "年收入": "annual_income",
        "网点": "branch_code",
    }
)
HEADER = "客户姓名,证件号码,手机号,出生日期,性别,电子邮箱,年收入,网点\n"


def csv_bytes(*lines: str, encoding: str = "utf-8") -> bytes:
    return (HEADER + "\n".join(lines) + "\n").encode(encoding)


async def snapshot() -> list[tuple]:
    return (
        await Customer.all()
        .order_by("id")
        .values_list(
            "id", "customer_no", "full_name", "id_number", "updated_at", "version"
        )
    )


def xlsx_bytes(rows: list[list]) -> bytes:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


# ---------------------------------------------------------------- reading


def test_utf8_bom_and_gbk_files_read_identically():
    names = ["customers_utf8.csv", "customers_utf8_bom.csv", "customers_gbk.csv"]
    files = [(FIXTURES / name).read_bytes() for name in names]

    tables = [read_table(data, "customers.csv") for data in files]

    assert [detect_encoding(data) for data in files] == [
        "utf-8",
        "utf-8-sig",
        "gb18030",
    ]
    assert tables[0].headers[0] == "客户姓名"
    rows = [list(table.rows) for table in tables]
    assert rows[0] == rows[1] == rows[2]
    assert rows[0][2][0] == "張偉"


async def test_utf8_bom_and_gbk_files_import_identically(branches, clerk):
    names = ["customers_utf8.csv", "customers_utf8_bom.csv", "customers_gbk.csv"]
    files = [(FIXTURES / name).read_bytes() for name in names]

    first = await import_customers(clerk, files[0], "a.csv", MAPPING)
    after_first = await snapshot()
    again = [
        await import_customers(clerk, data, "a.csv", MAPPING) for data in files[1:]
    ]

    assert first.status is ImportStatus.COMMITTED
    assert (first.created_rows, first.problems) == (3, [])
    assert [(r.created_rows, r.existing_rows, r.problems) for r in again] == [
        (0, 3, []),
        (0, 3, []),
    ]
    assert await snapshot() == after_first


@pytest.mark.parametrize("data", [b"\xff\xfe\xfa\x00\x81", b"name\n\x81\x20\xff\n"])
def test_unreadable_encoding_is_refused(data):
    with pytest.raises(ValidationFailed) as caught:
        read_table(data, "x.csv")

    assert caught.value.problems[0].code == "UNREADABLE_ENCODING"


def _half_sheet_xlsx() -> bytes:
    """A workbook whose sheet XML is cut off halfway."""
    import zipfile

    book = openpyxl.Workbook()
    book.active.append(["full_name", "birth_date"])
    for number in range(50):
        book.active.append([f"客户{number}", "1990-01-01"])
    whole, cut = io.BytesIO(), io.BytesIO()
    book.save(whole)
    with zipfile.ZipFile(whole) as source, zipfile.ZipFile(cut, "w") as target:
        for name in source.namelist():
            content = source.read(name)
            if name == "xl/worksheets/sheet1.xml":
                content = content[: len(content) // 2]
            target.writestr(name, content)
    return cut.getvalue()


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (b"PK\x03\x04garbage garbage garbage", "bad.xlsx"),
        (b"not a zip at all", "bad.xlsx"),
        ("half", "half.xlsx"),
        (b'name,phone\n"x\x00' + b"y" * 200_000 + b"\n", "big.csv"),
    ],
)
def test_a_damaged_file_is_a_file_problem(data, name):
    data = _half_sheet_xlsx() if data == "half" else data
    with pytest.raises(ValidationFailed) as caught:
        table = read_table(data, name)
        list(table.rows)

    assert [(p.field, p.code) for p in caught.value.problems] == [
        ("file", "UNREADABLE_FILE")
    ]


def _formula_workbook() -> bytes:
    """Two formula cells with no stored value (as openpyxl writes them) and one
    whose file holds the value Excel computed (``<f>`` with ``<v>``)."""
    import zipfile

    book = openpyxl.Workbook()
    book.active.append(["客户姓名", "手机号", "出生日期"])
    book.active.append(["王芳", '="1380013"&"8111"', "=DATE(1991,1,1)"])
    book.active.append(["李娜", "=1+1", "1990-01-01"])
    written, edited = io.BytesIO(), io.BytesIO()
    book.save(written)
    with zipfile.ZipFile(written) as source, zipfile.ZipFile(edited, "w") as target:
        for name in source.namelist():
            content = source.read(name)
            if name == "xl/worksheets/sheet1.xml":
                content = content.replace(
                    b"<f>1+1</f><v></v>", b"<f>1+1</f><v>13900139000</v>"
                ).replace(b"<f>1+1</f><v />", b"<f>1+1</f><v>13900139000</v>")
                assert b"<v>13900139000</v>" in content
            target.writestr(name, content)
    return edited.getvalue()


def test_a_formula_without_a_stored_value_is_marked_and_one_with_it_is_read():
    table = read_table(_formula_workbook(), "f.xlsx")

    first, second = list(table.rows)

    assert isinstance(first[1], importing.UncachedFormula)
    assert isinstance(first[2], importing.UncachedFormula)
    assert first[2] == "=DATE(1991,1,1)"
    assert second[1] in (13900139000, "13900139000")


def test_unsupported_file_type_is_refused():
    with pytest.raises(ValidationFailed) as caught:
        read_table(b"a,b", "customers.pdf")

    assert caught.value.problems[0].code == "UNSUPPORTED_FILE"


# ---------------------------------------------------------------- mapping


def test_mapping_is_suggested_from_chinese_and_english_headers():
    headers = [
        "客户姓名",
        "身份证号码",
        "手机号码",
        "出生日期",
        "Email",
        "Branch Code",
        "E-Mail Address",
        "Remarks",
    ]

    mapping = suggest_mapping(headers)

    assert mapping.columns == {
        "客户姓名": "full_name",
        "身份证号码": "id_number",
        "手机号码": "mobile_phone",
        "出生日期": "birth_date",
        "Email": "email",
        "Branch Code": "branch_code",
    }


def test_preview_shows_headers_sample_rows_and_a_suggested_mapping():
    data = (FIXTURES / "customers_gbk.csv").read_bytes()

    shown = preview(data, "customers.csv")

    assert shown.headers == list(MAPPING.columns)
    assert [row[0] for row in shown.sample_rows] == ["王芳", "李娜", "張偉"]
    assert shown.mapping.columns == MAPPING.columns
    assert shown.estimated_rows == 3


def test_english_headers_with_typos_and_width_are_suggested():
    mapping = suggest_mapping(["Full  Name", "Date of Brith", "ＭＯＢＩＬＥ"])

    assert mapping.columns == {
        "Full  Name": "full_name",
        "Date of Brith": "birth_date",
        "ＭＯＢＩＬＥ": "mobile_phone",
    }


def test_numeric_gender_codes_one_two_are_suggested_and_zero_one_are_not():
    one_two = suggest_mapping(["姓名", "性别"], [("王芳", "2"), ("李雷", 1)])
    zero_one = suggest_mapping(["姓名", "性别"], [("王芳", "0"), ("李雷", "1")])

    assert one_two.code_lists == {
        "gender": {"0": "unknown", "1": "male", "2": "female", "9": "unknown"}
    }
    assert zero_one.code_lists == {}


async def test_coded_columns_map_through_built_in_and_user_code_lists(branches, clerk):
    data = (
        "name,sex,marital,branch\n王芳,女,已婚,BJ01\n李雷,M,single,BJ01\n"
        "赵敏,0,未婚,BJ01\n张伟,1,离异,BJ01\n"
    ).encode()
    mapping = Mapping(
        columns={
            "name": "full_name",
            "sex": "gender",
            "marital": "marital_status",
            "branch": "branch_code",
        },
        code_lists={"gender": {"0": "female", "1": "male"}},
    )

    report = await import_customers(clerk, data, "c.csv", mapping)

    rows = await Customer.all().order_by("id").values_list("gender", "marital_status")
    assert report.problems == []
    assert [(g.value, m.value) for g, m in rows] == [
        ("female", "married"),
        ("male", "single"),
        ("female", "single"),
        ("male", "divorced"),
    ]


async def test_unknown_code_is_a_bad_cell(branches, clerk):
    data = b"name,sex,branch\n\xe7\x8e\x8b\xe8\x8a\xb3,3,BJ01\n"
    mapping = Mapping({"name": "full_name", "sex": "gender", "branch": "branch_code"})

    report = await check_customers(clerk, data, "c.csv", mapping)

    assert [(p.row, p.column, p.code) for p in report.problems] == [
        (2, "sex", "INVALID_CHOICE")
    ]


async def test_mapping_must_name_a_full_name_and_a_branch(branches, clerk):
    mapping = Mapping({"证件号码": "id_number", "性别": "sex"})

    with pytest.raises(ValidationFailed) as caught:
        await check_customers(clerk, csv_bytes(), "c.csv", mapping)

    assert [(p.code, p.column, p.target) for p in caught.value.problems] == [
        ("UNKNOWN_TARGET", "性别", "sex"),
        ("REQUIRED", None, "full_name"),
        ("REQUIRED", None, "branch_code"),
    ]
    assert await ImportJob.all().count() == 0


async def test_template_is_saved_and_loaded(database, clerk):
    mapping = Mapping(
        columns={"客户姓名": "full_name", "性别": "gender"},
        code_lists={"gender": {"0": "female", "1": "male"}},
        defaults={"nationality": "CN"},
    )

    await save_template(clerk, "柜面模板", mapping, {"day_first": True})
    await save_template(clerk, "柜面模板", mapping, {"day_first": False})
    loaded, options = await load_template("柜面模板")

    assert loaded == mapping
    assert options == {"day_first": False}


# ---------------------------------------------------------------- dry run


async def test_dry_run_reports_every_bad_cell_masked_and_writes_nothing(
    branches, clerk
):
    data = csv_bytes(
        "王芳,110105199003071238,13800138000,1990-03-07,男,,,BJ01",
        "李娜,11010519491231002X,12345,1949-12-31,女,li.na@,12.345,XX99",
        "张\u202e伟,,13700137000,2024-02-30,,,,BJ01",
        ",,,,,,,BJ01",
    )

    report = await check_customers(clerk, data, "c.csv", MAPPING)

    assert report.status is ImportStatus.CHECKED
    assert sorted((p.row, p.column, p.code, p.value) for p in report.problems) == [
        (2, "证件号码", "INVALID_ID_NUMBER", "110************238"),
        (3, "年收入", "TOO_MANY_DECIMALS", "1****5"),
        (3, "手机号", "INVALID_PHONE", "1***5"),
        (3, "电子邮箱", "INVALID_EMAIL", "l****@"),
        (3, "网点", "UNKNOWN_BRANCH", "****"),
        (4, "出生日期", "INVALID_DATE", "20******30"),
        (4, "客户姓名", "FORBIDDEN_CHARACTERS", "***"),
        (5, "客户姓名", "REQUIRED", ""),
    ]
    assert await Customer.all().count() == 0
    job = await ImportJob.get(id=report.job_id)
    assert (job.status, job.problem_count, job.dry_run) == (
        ImportStatus.CHECKED,
        8,
        True,
    )
    assert "110105199003071238" not in str(job.report)


async def test_a_coded_value_is_reported_as_its_code_and_personal_ones_masked(
    branches, clerk
):
    # The ID number says female; the gender column says male.
    data = csv_bytes("李娜,11010519491231002X,12345,1949-12-31,男,,,BJ01")

    report = await check_customers(clerk, data, "c.csv", MAPPING)

    assert sorted(
        (p.column, p.code, p.value, p.value_kind) for p in report.problems
    ) == [
        ("性别", "ID_GENDER_MISMATCH", "MALE", "Gender"),
        ("手机号", "INVALID_PHONE", "1***5", None),
    ]
    job = await ImportJob.get(id=report.job_id)
    assert {p["value_kind"] for p in job.report["problems"]} == {"Gender", None}


def test_mask_value_keeps_only_length_and_ends():
    assert mask_value("11010519491231002X") == "110************02X"
    assert mask_value("王芳") == "**"
    assert mask_value(None) == ""


async def test_dry_run_counts_valid_and_existing_rows(branches, clerk):
    data = (FIXTURES / "customers_utf8.csv").read_bytes()
    await import_customers(clerk, data, "a.csv", MAPPING)

    report = await check_customers(clerk, data, "a.csv", MAPPING)

    assert (report.total_rows, report.valid_rows, report.existing_rows) == (3, 3, 3)
    assert report.created_rows == 0


# ---------------------------------------------------------------- commit


async def test_commit_normalises_every_value(branches, clerk):
    data = (FIXTURES / "customers_utf8.csv").read_bytes()

    report = await import_customers(clerk, data, "a.csv", MAPPING)

    customers = await Customer.all().order_by("id")
    assert report.created_rows == 3
    wang, li, zhang = customers
    assert (open_fields(wang)["mobile_phone"], wang.annual_income) == (
        "+8613800138000",
        Decimal("120000.50"),
    )
    assert (wang.gender, wang.birth_date) == (Gender.MALE, dt.date(1990, 3, 7))
    opened = open_fields(li)
    assert (opened["id_number"], opened["email"], li.branch_id) == (
        "11010519491231002X",
        "LI.NA@example.com",
        branches["SH01"].id,
    )
    assert li.email_index == index_of("email", "li.na@example.com")
    assert (zhang.name_key, zhang.birth_date) == ("张伟", dt.date(1992, 8, 15))
    assert {c.source for c in customers} == {Source.IMPORT}
    assert all(re.fullmatch(r"C\d{10}", c.customer_no) for c in customers)
    assert len({c.customer_no for c in customers}) == 3


async def test_imported_personal_values_are_sealed_in_the_raw_row(branches, clerk):
    data = (FIXTURES / "customers_utf8.csv").read_bytes()

    await import_customers(clerk, data, "a.csv", MAPPING)

    conn = Customer._meta.db
    raw = await conn.execute_query_dict(
        'SELECT customer_no, id_number, mobile_phone, email, address FROM "customer"'
    )
    clear = {"11010519491231002X", "+8613800138000", "LI.NA@example.com"}
    cells = [row[name] for row in raw for name in PERSONAL_FIELDS if row[name]]
    assert len(cells) >= 6
    assert all(cell.startswith("v1.") for cell in cells)
    assert not clear & set(cells)
    assert any(c in clear for c in (await _opened_values()))


async def _opened_values() -> list[str]:
    return [
        value
        for row in await Customer.all()
        for value in open_fields(row).values()
        if value
    ]


async def test_commit_with_one_bad_cell_writes_nothing(branches, clerk):
    good = [f"客户{i},,1380013{i:04d},,,,,BJ01" for i in range(10)]
    data = csv_bytes(*good, "坏,,,,,,,NOPE")

    report = await import_customers(
        clerk, data, "c.csv", MAPPING, ImportOptions(chunk_size=3)
    )

    assert report.status is ImportStatus.REFUSED
    assert [(p.row, p.code) for p in report.problems] == [(12, "UNKNOWN_BRANCH")]
    assert (report.created_rows, await Customer.all().count()) == (0, 0)
    assert await ImportRecord.all().count() == 0


async def test_a_committed_import_is_one_audit_event_and_a_refused_one_none(
    branches, clerk
):
    data = (FIXTURES / "customers_utf8.csv").read_bytes()
    await check_customers(clerk, data, "a.csv", MAPPING)
    refused = await import_customers(
        clerk, csv_bytes("坏,,,,,,,NOPE"), "bad.csv", MAPPING
    )
    assert refused.status is ImportStatus.REFUSED
    assert await AuditEvent.filter(action="customer.import").count() == 0

    report = await import_customers(clerk, data, "a.csv", MAPPING)

    event = await AuditEvent.get(action="customer.import")
    assert (event.entity, event.entity_id) == ("ImportJob", str(report.job_id))
    assert event.actor == clerk.subject
    assert {"full_name", "branch_code"} <= set(event.field_names)


async def test_reimport_of_the_same_file_changes_nothing(branches, clerk):
    data = csv_bytes(
        "王芳,110105199003071239,13800138000,,,,,BJ01",
        "无证件客户,,13900139000,,,,,BJ01",
        "无证件客户,,13900139001,,,,,SH01",
    )
    await import_customers(clerk, data, "c.csv", MAPPING)
    before = await snapshot()

    report = await import_customers(clerk, data, "c.csv", MAPPING)

    assert (report.status, report.created_rows, report.existing_rows) == (
        ImportStatus.COMMITTED,
        0,
        3,
    )
    assert report.duplicates == []
    assert await snapshot() == before
    assert await ImportRecord.all().count() == 2


async def test_killed_import_leaves_nothing(branches, clerk, monkeypatch):
    rows = [f"客户{i},,1380013{i:04d},,,,,BJ01" for i in range(9)]
    real_write = importing.write_customers
    calls = []

    async def write_then_die(conn, records):
        calls.append(len(records))
        await real_write(conn, records)
        if len(calls) == 2:
            raise RuntimeError("killed")

    monkeypatch.setattr(importing, "write_customers", write_then_die)

    with pytest.raises(RuntimeError):
        await import_customers(
            clerk, csv_bytes(*rows), "c.csv", MAPPING, ImportOptions(chunk_size=3)
        )

    assert calls == [3, 3]
    assert await Customer.all().count() == 0
    job = await ImportJob.get()
    assert job.status is ImportStatus.FAILED


@pytest.mark.parametrize("run", [check_customers, import_customers])
async def test_a_cancelled_import_leaves_its_job_failed(branches, clerk, run):
    """A run stopped from outside (the client gone, Ctrl-C at the shell) is a
    failure like any other, not a job left running for ever."""
    rows = [f"客户{i},,1380013{i:04d},,,,,BJ01" for i in range(9)]
    running: asyncio.Task | None = None

    async def cancel_at_first_progress(update):
        running.cancel()

    running = asyncio.create_task(
        run(
            clerk, csv_bytes(*rows), "c.csv", MAPPING, ImportOptions(chunk_size=3),
            cancel_at_first_progress,
        )
    )  # fmt: skip
    with pytest.raises(asyncio.CancelledError):
        await running

    job = await ImportJob.get()
    assert (job.dry_run, job.status) == (run is check_customers, ImportStatus.FAILED)
    assert job.finished_at is not None
    assert await Customer.all().count() == 0


async def test_id_numbers_equal_as_floats_stay_two_customers(branches, clerk):
    first, second = "440305199208150018", "440305199208150026"
    assert float(first) == float(second)
    data = csv_bytes(f"甲,{first},,,,,,BJ01", f"乙,{second},,,,,,BJ01")

    report = await import_customers(clerk, data, "c.csv", MAPPING)

    assert report.created_rows == 2
    rows = await Customer.all().order_by("id")
    assert [open_fields(row)["id_number"] for row in rows] == [first, second]


async def test_same_id_number_twice_in_a_file_is_refused(branches, clerk):
    data = csv_bytes(
        "王芳,110105199003071239,,,,,,BJ01", "王芳,110105 19900307 1239,,,,,,BJ01"
    )

    report = await import_customers(clerk, data, "c.csv", MAPPING)

    assert [(p.row, p.column, p.code) for p in report.problems] == [
        (3, "证件号码", "DUPLICATE_IN_FILE")
    ]
    assert "row 2" in report.problems[0].message
    assert await Customer.all().count() == 0


async def test_duplicates_in_file_and_against_base_are_reported(branches, clerk):
    await import_customers(
        clerk, csv_bytes("赵敏,,13600136000,,,,,BJ01"), "base.csv", MAPPING
    )
    base_id = (await Customer.get()).id
    data = csv_bytes(
        "王芳,,,1990-03-07,,Wang.Fang@Example.com,,BJ01",
        "王芳\u3000,,,1990-03-07,,,,BJ01",
        "王芳,,,1991-03-07,,wang.fang@example.com,,BJ01",
        "赵敏敏,,136 0013 6000,,,,,BJ01",
    )

    report = await check_customers(clerk, data, "c.csv", MAPPING)

    found = {
        (d.row, d.other_row, d.customer_id, tuple(d.reasons)) for d in report.duplicates
    }
    assert found == {
        (3, 2, None, ("SIMILAR_NAME_SAME_BIRTH_DATE",)),
        (4, 2, None, ("SAME_EMAIL",)),
        (5, None, base_id, ("SAME_MOBILE_PHONE",)),
    }
    assert report.problems == []


async def test_similar_name_with_same_birth_date_in_base_is_reported(branches, clerk):
    await import_customers(
        clerk, csv_bytes("王芳,,,1990-03-07,,,,BJ01"), "a.csv", MAPPING
    )
    base_id = (await Customer.get()).id

    report = await check_customers(
        clerk, csv_bytes("王芳\u3000,,13800138000,1990/3/7,,,,BJ01"), "b.csv", MAPPING
    )

    assert [(d.row, d.customer_id, d.score) for d in report.duplicates] == [
        (2, base_id, 0.6)
    ]


async def test_default_branch_and_kind_come_from_the_options(branches, clerk):
    data = (
        "企业名称,统一社会信用代码\n北京某某科技有限公司,91110000802100433B\n".encode()
    )
    mapping = suggest_mapping(["企业名称", "统一社会信用代码"])
    options = ImportOptions(default_branch_id=branches["SH01"].id, kind="corporate")

    report = await import_customers(clerk, data, "c.csv", mapping, options)

    customer = await Customer.get()
    assert report.created_rows == 1
    assert (customer.kind.value, customer.id_type.value) == (
        "corporate",
        "social_credit_code",
    )
    assert customer.branch_id == branches["SH01"].id


async def test_rows_of_another_branch_are_refused_for_branch_staff(branches):
    teller = Actor("t-1", permissions=IMPORTER, branch_id=branches["BJ01"].id)
    data = csv_bytes("王芳,,,,,,,BJ01", "李娜,,,,,,,SH01")

    report = await import_customers(teller, data, "c.csv", MAPPING)

    assert [(p.row, p.code) for p in report.problems] == [(3, "BRANCH_OUT_OF_SCOPE")]
    assert await Customer.all().count() == 0


async def test_import_needs_the_import_permission(branches):
    reader = Actor("r-1", permissions=frozenset({"customer.read", "customer.write"}))

    with pytest.raises(PermissionDenied):
        await import_customers(reader, csv_bytes("王芳,,,,,,,BJ01"), "c.csv", MAPPING)

    assert await Customer.all().count() == 0
    assert await ImportJob.all().count() == 0


@pytest.mark.parametrize(
    ("target", "field"),
    [("annual_income", "annual_income"), ("custom:收入", "custom_attributes")],
)
async def test_mapping_a_field_one_may_not_read_is_refused(branches, target, field):
    importer = Actor("i-1", permissions=IMPORTER - {"customer.financial.read"})
    mapping = Mapping(
        columns={"客户姓名": "full_name", "年收入": target, "网点": "branch_code"}
    )

    for run in (check_customers, import_customers):
        with pytest.raises(PermissionDenied) as caught:
            await run(importer, csv_bytes("王芳,,,,,,120000,BJ01"), "c.csv", mapping)

        assert (caught.value.permission, caught.value.field) == (
            "customer.financial.read",
            field,
        )
    assert await Customer.all().count() == 0
    assert await ImportJob.all().count() == 0


@pytest.mark.parametrize(
    ("target", "value", "permission"),
    [
        ("kyc_status", "verified", "kyc.verify"),
        ("kyc_status", "pending", "kyc.verify"),
        ("status", "closed", "customer.archive"),
    ],
)
async def test_mapping_a_decision_takes_its_right(branches, target, value, permission):
    others = ["证件号码", "手机号", "出生日期", "性别", "电子邮箱"]
    mapping = Mapping(
        columns={"客户姓名": "full_name", "年收入": target, "网点": "branch_code"},
        ignored=others,
    )
    data = csv_bytes(f"王芳,,,,,,{value},BJ01")
    by_default = Mapping(
        columns={"客户姓名": "full_name", "网点": "branch_code"},
        defaults={target: value},
        ignored=[*others, "年收入"],
    )
    lacking = Actor("i-1", permissions=IMPORTER - {permission})

    for run in (check_customers, import_customers):
        for plan in (mapping, by_default):
            with pytest.raises(PermissionDenied) as caught:
                await run(lacking, data, "c.csv", plan)
            assert (caught.value.permission, caught.value.field) == (permission, target)
    assert await Customer.all().count() == 0
    assert await ImportJob.all().count() == 0

    decider = Actor("i-2", permissions=IMPORTER)
    report = await import_customers(decider, data, "c.csv", mapping)
    assert (report.created_rows, report.problems) == (1, [])
    assert getattr(await Customer.get(), target).value == value


async def test_progress_is_reported_per_chunk(branches, clerk):
    rows = [f"客户{i},,,,,,,BJ01" for i in range(5)]
    seen = []

    async def progress(update):
        seen.append((update.phase, update.done, update.total))

    await import_customers(
        clerk,
        csv_bytes(*rows),
        "c.csv",
        MAPPING,
        ImportOptions(chunk_size=2),
        progress,
    )

    assert seen == [
        ("write", 2, 5),
        ("write", 4, 5),
        ("write", 5, 5),
        ("done", 5, 5),
    ]


async def test_an_exported_csv_imports_back_unchanged(branches, clerk):
    await import_customers(
        clerk, (FIXTURES / "customers_utf8.csv").read_bytes(), "a.csv", MAPPING
    )
    columns = ["full_name", "id_number", "mobile_phone", "email", "customer_no"]
    rows = [
        {**r, **open_fields(c)}
        for c, r in zip(
            await Customer.all().order_by("id"),
            await Customer.all().order_by("id").values(*columns),
            strict=True,
        )
    ]
    exported = export_csv(
        [{**r, "full_name": "=" + r["full_name"]} for r in rows], columns
    )
    mapping = Mapping({c: c for c in columns}, defaults={"branch_code": "BJ01"})

    report = await check_customers(clerk, exported, "export.csv", mapping)

    # The names were guarded with an apostrophe; a phone is "+" and digits, no formula.
    assert b"\r\n'=" in exported and b",+8613800138000," in exported
    assert (report.problems, report.existing_rows) == ([], 3)


# ---------------------------------------------------------------- XLSX


async def test_xlsx_reads_text_ids_numbers_and_excel_dates(branches, clerk):
    data = xlsx_bytes(
        [
            ["客户姓名", "证件号码", "手机号", "出生日期", "客户号", "网点"],
            [
                "王芳",
                "110105199003071239",
                13800138000,
                dt.datetime(1990, 3, 7),
                "0012",
                "BJ01",
            ],
            ["李娜", "11010519491231002X", "13900139000", "1949/12/31", None, "BJ01"],
        ]
    )

    report = await import_customers(
        clerk,
        data,
        "c.xlsx",
        suggest_mapping(
            ["客户姓名", "证件号码", "手机号", "出生日期", "客户号", "网点"]
        ),
    )

    rows = await Customer.all().order_by("id")
    assert report.problems == []
    first = (rows[0].customer_no, open_fields(rows[0])["mobile_phone"])
    assert first == ("0012", "+8613800138000")
    assert rows[0].birth_date == dt.date(1990, 3, 7)
    assert rows[1].birth_date == dt.date(1949, 12, 31)


async def test_xlsx_id_number_stored_as_a_number_is_refused(branches, clerk):
    data = xlsx_bytes(
        [["客户姓名", "证件号码", "网点"], ["王芳", 110105199003071239.0, "BJ01"]]
    )

    report = await check_customers(
        clerk, data, "c.xlsx", suggest_mapping(["客户姓名", "证件号码", "网点"])
    )

    assert [(p.row, p.column, p.code) for p in report.problems] == [
        (2, "证件号码", "PRECISION_LOST")
    ]


# ---------------------------------------------------------------- PostgreSQL (COPY)


@pytest.mark.postgres
async def test_postgres_import_uses_copy_and_is_idempotent(postgres_branches, clerk):
    data = (FIXTURES / "customers_gbk.csv").read_bytes()

    first = await import_customers(clerk, data, "a.csv", MAPPING)
    after_first = await snapshot()
    again = await import_customers(clerk, data, "a.csv", MAPPING)

    assert (first.created_rows, again.created_rows, again.existing_rows) == (3, 0, 3)
    assert await snapshot() == after_first
    wang = await Customer.get(full_name="王芳")
    assert (wang.annual_income, wang.tags, wang.birth_date) == (
        Decimal("120000.50"),
        [],
        dt.date(1990, 3, 7),
    )


@pytest.mark.postgres
async def test_postgres_killed_import_leaves_nothing(
    postgres_branches, clerk, monkeypatch
):
    rows = [f"客户{i},,1380013{i:04d},,,,,BJ01" for i in range(9)]
    real_write = importing.write_customers

    async def write_then_die(conn, records):
        await real_write(conn, records)
        raise RuntimeError("killed")

    monkeypatch.setattr(importing, "write_customers", write_then_die)

    with pytest.raises(RuntimeError):
        await import_customers(
            clerk, csv_bytes(*rows), "c.csv", MAPPING, ImportOptions(chunk_size=3)
        )

    assert await Customer.all().count() == 0


async def test_progress_is_told_outside_the_import_transaction(branches, clerk):
    """A callback that publishes (NOTIFY on PostgreSQL) must not wait for the
    commit on the transaction's connection, nor run into a COPY in flight."""
    outside = Tortoise.get_connection("default")
    connections = []

    async def progress(update):
        connections.append(Tortoise.get_connection("default"))

    await import_customers(
        clerk,
        csv_bytes(*[f"客户{i},,,,,,,BJ01" for i in range(3)]),
        "c.csv",
        MAPPING,
        ImportOptions(chunk_size=2),
        progress,
    )

    assert len(connections) == 3
    assert all(connection is outside for connection in connections)
