import csv
import datetime as dt
import io
from decimal import Decimal

import openpyxl
import pytest

from cims.domain.exporting import export_csv, export_xlsx, neutralise
from cims.models.enums import Gender

COLUMNS = ["customer_no", "full_name", "id_number", "mobile_phone", "gender", "assets"]
ROW = {
    "customer_no": "C0000000001",
    "full_name": "王芳",
    "id_number": "080517577551",
    "mobile_phone": "+8613800138000",
    "gender": Gender.FEMALE,
    "assets": Decimal("1234.50"),
    "email": "never-exported@example.com",
}


def read_xlsx(data: bytes) -> list[list]:
    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    return [[cell for cell in row] for row in sheet.iter_rows()]


def read_csv(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1+2", "'+1+2"),
        ("-1+2", "'-1+2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("王芳", "王芳"),
        ("a=b", "a=b"),
    ],
)
def test_formula_like_text_gets_a_leading_apostrophe(text, expected):
    assert neutralise(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("+8613800138000", "+8613800138000"),
        ("+1", "+1"),
        ("+86 138 0013 8000", "'+86 138 0013 8000"),
        ("+86138001380００", "'+86138001380００"),
        ("+1+2", "'+1+2"),
        ("+", "'+"),
        ("+8613800138000\n=1", "'+8613800138000\n=1"),
    ],
)
def test_only_plus_and_ascii_digits_escape_the_formula_guard(text, expected):
    assert neutralise(text) == expected


def test_a_naive_time_is_written_as_utc_to_the_second():
    row = {"created_at": dt.datetime(2026, 12, 5, 1, 2, 3, 999999)}

    [_, [cell]] = read_csv(export_csv([row], ["created_at"]))

    assert cell == "2026-12-05T01:02:03+00:00"


def test_id_number_keeps_its_leading_zero_after_an_xlsx_round_trip():
    data = export_xlsx([ROW], COLUMNS)

    header, row = read_xlsx(data)

    assert [c.value for c in header] == COLUMNS
    assert row[2].value == "080517577551"
    assert (row[2].data_type, row[2].number_format) == ("s", "@")
    assert row[3].value == "+8613800138000"
    assert row[5].value == 1234.5


def test_formula_injection_is_neutralised_in_xlsx_without_changing_the_value():
    data = export_xlsx([{**ROW, "full_name": "=1+2"}], COLUMNS)

    cell = read_xlsx(data)[1][1]

    assert cell.value == "=1+2"
    assert cell.data_type == "s"
    assert cell.quotePrefix is True


def test_formula_injection_is_neutralised_in_csv():
    data = export_csv([{**ROW, "full_name": "=cmd|' /C calc'!A0"}], COLUMNS)

    rows = read_csv(data)

    assert data.startswith(b"\xef\xbb\xbf")
    assert rows[1] == [
        "C0000000001",
        "'=cmd|' /C calc'!A0",
        "080517577551",
        "+8613800138000",
        "female",
        "1234.50",
    ]


def test_mask_is_applied_to_every_cell_before_writing():
    def mask(field, value):
        return "0805****7551" if field == "id_number" else value

    csv_rows = read_csv(export_csv([ROW], COLUMNS, mask=mask))
    xlsx_rows = read_xlsx(export_xlsx([ROW], COLUMNS, mask=mask))

    assert csv_rows[1][2] == "0805****7551"
    assert xlsx_rows[1][2].value == "0805****7551"
    assert "never-exported" not in export_csv([ROW], COLUMNS).decode("utf-8-sig")


def test_labels_lists_dates_and_times_are_written_as_cells():
    row = {
        "tags": ["VIP", "私行"],
        "birth_date": dt.date(1990, 3, 7),
        "updated_at": dt.datetime(
            2026, 1, 2, 11, 30, 5, 123456, tzinfo=dt.timezone(dt.timedelta(hours=8))
        ),
    }
    columns = ["tags", "birth_date", "updated_at"]
    labels = {"tags": "标签", "birth_date": "出生日期", "updated_at": "更新时间"}

    csv_rows = read_csv(export_csv([row], columns, labels=labels))
    header, cells = read_xlsx(export_xlsx([row], columns, labels=labels))

    assert csv_rows == [
        ["标签", "出生日期", "更新时间"],
        ["VIP, 私行", "1990-03-07", "2026-01-02T03:30:05+00:00"],
    ]
    assert [c.value for c in header] == ["标签", "出生日期", "更新时间"]
    assert [c.value for c in cells] == [
        "VIP, 私行",
        dt.datetime(1990, 3, 7),
        dt.datetime(2026, 1, 2, 3, 30, 5),
    ]


def test_empty_export_still_has_a_header():
    assert read_csv(export_csv([], COLUMNS)) == [COLUMNS]
    assert [c.value for c in read_xlsx(export_xlsx([], COLUMNS))[0]] == COLUMNS
