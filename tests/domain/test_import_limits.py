"""Import gaps (issue 4): XLSX bombs refused before parsing, files parsed off the
event loop, and the row-shape check for account and transaction files."""

from __future__ import annotations

import io
import threading
import zipfile
from datetime import timedelta

import openpyxl
import pytest

from cims.domain import transactions, xlsx_guard
from cims.domain.account_import import check_accounts
from cims.domain.errors import ValidationFailed
from cims.domain.importing import Mapping, check_customers, preview, read_table
from cims.models import ImportJob, Transaction
from tests.domain.test_risk import history, make_customer
from tests.domain.test_transactions import CORE, HEADER, START


@pytest.fixture
async def account(branch):
    return await history(await make_customer(branch))


MAPPING = Mapping({"full_name": "full_name"}, defaults={"branch_code": "BJ01"})
# The parts of a minimal workbook other than its shared strings and its sheet.
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    "</Types>"
)
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns='
    '"http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{RELS}/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
WORKBOOK = (
    f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" '
    f'xmlns:r="{RELS}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets>'
    "</workbook>"
)
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns='
    '"http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{RELS}/worksheet" Target="worksheets/sheet1.xml"/>'
    f'<Relationship Id="rId2" Type="{RELS}/sharedStrings" Target="sharedStrings.xml"/>'
    "</Relationships>"
)


def workbook(sheet: str, shared: str = "", dimension: str | None = "A1:A2") -> bytes:
    """A deflated workbook of one sheet (``sheet``: the XML of its rows) and the
    shared strings ``shared`` (the XML of their <si> elements)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", PACKAGE_RELS)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        archive.writestr(
            "xl/sharedStrings.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}">{shared}</sst>',
        )
        archive.writestr(
            "xl/worksheets/sheet1.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}">'
            + (f'<dimension ref="{dimension}"/>' if dimension else "")
            + f"<sheetData>{sheet}</sheetData></worksheet>",
        )
    return out.getvalue()


HEAD_ROW = '<row r="1"><c r="A1" t="inlineStr"><is><t>full_name</t></is></c></row>'
NAME_ROW = '<row r="2"><c r="A2" t="s"><v>0</v></c></row>'


def refusal(data: bytes) -> tuple[str, str]:
    """The code and message that reading ``data`` is refused with."""
    with pytest.raises(ValidationFailed) as caught:
        read_table(data, "bomb.xlsx")
    return caught.value.problems[0].code, caught.value.problems[0].message


def test_the_generated_workbook_reads():
    data = workbook(HEAD_ROW + NAME_ROW, "<si><t>王芳</t></si>")

    with read_table(data, "ok.xlsx") as table:
        assert (table.headers, list(table.rows)) == (["full_name"], [("王芳",)])


def test_two_million_shared_strings_are_refused_before_parsing(monkeypatch):
    shared = "<si><t>a</t></si>" * 2_000_000  # 34 MB of XML
    data = workbook(HEAD_ROW + NAME_ROW, shared)
    parsed = []
    monkeypatch.setattr(openpyxl, "load_workbook", lambda *a, **k: parsed.append(1))

    code, message = refusal(data)

    assert len(data) < 200_000
    assert "1,000,000 shared strings" in message
    assert code == "TOO_MANY_SHARED_STRINGS"
    assert parsed == []


def test_a_member_over_its_uncompressed_limit_is_refused(monkeypatch):
    monkeypatch.setattr(xlsx_guard, "MAX_SHEET_BYTES", 1 << 20)
    padding = " " * (2 << 20)  # white space: nothing to count, much to inflate
    data = workbook(HEAD_ROW + padding + NAME_ROW, "<si><t>王芳</t></si>")

    code, _ = refusal(data)

    assert code == "FILE_TOO_LARGE_UNCOMPRESSED"


def test_all_members_over_the_total_limit_are_refused(monkeypatch):
    monkeypatch.setattr(xlsx_guard, "MAX_TOTAL_BYTES", 1 << 20)
    data = workbook(HEAD_ROW + " " * (1 << 20) + NAME_ROW, "<si><t>王芳</t></si>")

    assert refusal(data)[0] == "FILE_TOO_LARGE_UNCOMPRESSED"


def test_a_small_xml_part_may_not_be_large(monkeypatch):
    monkeypatch.setattr(xlsx_guard, "MAX_PART_BYTES", 1000)
    out = io.BytesIO(workbook(HEAD_ROW + NAME_ROW, "<si><t>王芳</t></si>"))
    with zipfile.ZipFile(out, "a") as archive:
        archive.writestr("xl/styles.xml", "<styleSheet>" + " " * 2000 + "</styleSheet>")

    assert refusal(out.getvalue())[0] == "FILE_TOO_LARGE_UNCOMPRESSED"


def test_too_many_cells_are_refused_before_parsing(monkeypatch):
    monkeypatch.setattr(xlsx_guard, "MAX_CELLS", 1000)
    cells = "".join(f'<row r="{n}"><c r="A{n}"/></row>' for n in range(2, 1100))

    assert refusal(workbook(HEAD_ROW + cells))[0] == "TOO_MANY_SHEET_CELLS"


def test_a_declared_area_past_the_limit_is_refused():
    # Two cells, and a dimension openpyxl would pad every row of a million to.
    data = workbook(HEAD_ROW + NAME_ROW, "<si><t>王芳</t></si>", "A1:XFD1048576")

    assert refusal(data)[0] == "TOO_MANY_SHEET_CELLS"


def test_rows_far_past_the_last_are_refused_as_they_are_read(monkeypatch):
    monkeypatch.setattr(xlsx_guard, "MAX_ROWS", 100)
    far = '<row r="1000"><c r="A1000" t="inlineStr"><is><t>x</t></is></c></row>'
    data = workbook(HEAD_ROW + NAME_ROW + far, "<si><t>王芳</t></si>", None)

    with (
        read_table(data, "far.xlsx") as table,
        pytest.raises(ValidationFailed) as caught,
    ):
        list(table.rows)

    assert caught.value.problems[0].code == "TOO_MANY_SHEET_CELLS"


async def test_an_import_of_a_bomb_is_refused_with_its_code(branches, clerk):
    data = workbook(HEAD_ROW + NAME_ROW, "<si><t>a</t></si>" * 2_000_000)

    for run in (check_customers, check_accounts):
        with pytest.raises(ValidationFailed) as caught:
            await run(clerk, data, "bomb.xlsx", MAPPING)
        assert caught.value.problems[0].code == "TOO_MANY_SHARED_STRINGS"
    with pytest.raises(ValidationFailed):
        preview(data, "bomb.xlsx")
    assert await ImportJob.all().count() == 0


async def test_files_are_opened_and_read_off_the_event_loop(
    branches, clerk, monkeypatch
):
    loop_thread = threading.current_thread()
    seen = []
    inspect = xlsx_guard.inspect

    def watched(stream):
        seen.append(threading.current_thread())
        return inspect(stream)

    monkeypatch.setattr(xlsx_guard, "inspect", watched)
    data = workbook(HEAD_ROW + NAME_ROW, "<si><t>王芳</t></si>")

    await check_customers(clerk, data, "c.xlsx", MAPPING)
    with pytest.raises(ValidationFailed):  # no mapping, once the file is read
        await check_accounts(clerk, data, "a.xlsx", Mapping({}))
    await transactions.import_transactions(CORE, data, "t.xlsx", dry_run=True)

    assert len(seen) == 3
    assert loop_thread not in seen


# ---------------------------------------------------------------- row shape


async def test_an_account_row_of_too_many_or_few_cells_is_bad(branches, clerk):
    data = (
        b"customer_no,number,product_code,opened_on\n"
        b"C1,6222000011,DEP,2020-01-01,extra\n"
        b"C2,6222000012\n"
        b'C3,"6222000013\n,",DEP,2020-01-01\n'
    )
    mapping = Mapping({name: name for name in
                       ("customer_no", "number", "product_code", "opened_on")})  # fmt: skip

    report = await check_accounts(clerk, data, "a.csv", mapping)

    shapes = [
        (p.row, p.field, p.code)
        for p in report.problems
        if p.code in ("TOO_MANY_CELLS", "TOO_FEW_CELLS", "UNBALANCED_QUOTE")
    ]
    assert shapes == [
        (2, "row", "TOO_MANY_CELLS"),
        (3, "row", "TOO_FEW_CELLS"),
        (4, "number", "UNBALANCED_QUOTE"),
    ]
    assert report.valid_rows == 0


async def test_a_transaction_row_of_too_many_cells_is_bad(account):
    booked = (START + timedelta(days=30)).isoformat()
    data = (
        HEADER
        + f"{account.number},{booked},98.00,debit,mobile,groceries,连锁超市\n"
        + f"{account.number},{booked},1,234.00,debit,mobile,groceries,商场\n"
        + f"{account.number},{booked},12.00,debit\n"
        + f'{account.number},{booked},12.00,debit,mobile,"groceries\n",x\n'
    ).encode()
    count = await Transaction.all().count()

    result = await transactions.import_transactions(CORE, data, "t.csv")

    assert [(p.line, p.field, p.code) for p in result.problems] == [
        (3, "row", "TOO_MANY_CELLS"),
        (4, "row", "TOO_FEW_CELLS"),
        (5, "category", "UNBALANCED_QUOTE"),
    ]
    assert await Transaction.all().count() == count


async def test_a_transaction_description_may_span_lines(account):
    booked = (START + timedelta(days=30)).isoformat()
    data = (
        "account_number,booked_at,amount,direction,channel,category,description\n"
        f'{account.number},{booked},98.00,debit,mobile,groceries,"两行\n备注"\n'
    ).encode()

    result = await transactions.import_transactions(CORE, data, "t.csv", dry_run=True)

    assert result.ok and result.rows == 1


async def test_a_transaction_column_no_field_reads_must_be_ignored(account):
    booked = (START + timedelta(days=30)).isoformat()
    data = (
        HEADER.strip()
        + ",柜员\n"
        + f"{account.number},{booked},98.00,debit,mobile,groceries,超市,T01\n"
    ).encode()
    count = await Transaction.all().count()

    dry = await transactions.import_transactions(CORE, data, "t.csv", dry_run=True)
    refused = await transactions.import_transactions(CORE, data, "t.csv")
    stored = await transactions.import_transactions(
        CORE, data, "t.csv", ignore=["柜员"]
    )

    assert (dry.ok, dry.unmapped_columns) == (True, ["柜员"])
    assert [(p.line, p.field, p.code) for p in refused.problems] == [
        (1, "柜员", "UNMAPPED_COLUMN")
    ]
    assert (stored.ok, stored.stored, stored.unmapped_columns) == (True, 1, [])
    assert await Transaction.all().count() == count + 1
