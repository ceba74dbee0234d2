"""A CSV file's encoding: detected when it is clear, named by the user otherwise,
never guessed into garbage (Windows-1252 read as GB18030 was)."""

import io

import pytest

from cims.domain import importing
from cims.domain.errors import ValidationFailed
from cims.domain.importing import (
    ImportOptions,
    Mapping,
    check_customers,
    detect_encoding,
    import_customers,
    preview,
    read_table,
)
from cims.models import Customer

GERMAN = (
    'full_name,address\nJürgen Müller,"Hauptstraße 0, Köln"\nRené Ångström,Zürich\n'
)
TAIWAN = "姓名,地址\n陳大文,台北市信義路五段7號\n林美玲,高雄市苓雅區四維三路2號\n"
SHORT_GBK = "full_name,mobile_phone\n王五,13800000000\n"  # two characters: unclear


def rows(data: bytes, encoding: str | None = None) -> list[tuple]:
    with read_table(data, "f.csv", encoding=encoding) as table:
        return [tuple(table.headers), *table.rows]


def refusal(data: bytes, encoding: str | None = None):
    with pytest.raises(ValidationFailed) as caught:
        rows(data, encoding)
    return caught.value.problems[0]


def test_a_windows_1252_file_is_read_as_windows_1252():
    data = GERMAN.encode("cp1252")

    assert detect_encoding(data) == "cp1252"
    assert rows(data) == [
        ("full_name", "address"),
        ("Jürgen Müller", "Hauptstraße 0, Köln"),
        ("René Ångström", "Zürich"),
    ]


def test_a_big5_file_is_read_as_big5():
    data = TAIWAN.encode("big5")

    assert detect_encoding(data) == "big5"
    assert rows(data)[1] == ("陳大文", "台北市信義路五段7號")


def test_a_utf16_file_with_its_byte_order_mark_is_read_tab_separated():
    data = "姓名\t地址\n陳大文\t深圳市南山区\n".encode("utf-16")

    assert detect_encoding(data) == "utf-16"
    assert rows(data) == [("姓名", "地址"), ("陳大文", "深圳市南山区")]


def test_a_short_gbk_file_big5_reads_as_well_is_refused_naming_both():
    data = SHORT_GBK.encode("gbk")

    problem = refusal(data)

    assert (problem.field, problem.code) == ("file", "AMBIGUOUS_ENCODING")
    assert "big5 or gb18030" in problem.message


def test_a_short_gbk_file_is_read_in_the_encoding_the_user_names():
    data = SHORT_GBK.encode("gbk")

    assert rows(data, "GBK") == [("full_name", "mobile_phone"), ("王五", "13800000000")]
    assert rows(data, "gb18030")[1] == ("王五", "13800000000")


def test_a_few_gbk_characters_big5_reads_as_nonsense_are_read_as_gbk():
    data = "full_name,city\n张伟,深圳市\n".encode("gbk")

    assert detect_encoding(data) == "gb18030"
    assert rows(data)[1] == ("张伟", "深圳市")


def test_the_named_encoding_must_read_the_whole_file():
    data = ("full_name\n" + "a\n" * 50 + "Jürgen\n").encode("cp1252")

    problem = refusal(data, "utf-8")

    assert problem.code == "UNREADABLE_ENCODING"
    assert "utf-8" in problem.message


@pytest.mark.parametrize("name", ["rot13", "hex", "no-such-codec", "utf-32"])
def test_an_encoding_not_in_the_list_is_refused(name):
    problem = refusal(b"full_name\nx\n", name)

    assert problem.code == "UNKNOWN_ENCODING"
    assert "cp1252" in problem.message


def test_naming_utf8_still_drops_a_byte_order_mark():
    data = "\ufefffull_name\n王芳\n".encode()

    assert rows(data, "utf-8") == [("full_name",), ("王芳",)]


def test_lines_of_windows_1252_after_many_ascii_ones_are_found_at_any_step(monkeypatch):
    monkeypatch.setattr(importing, "READ_STEP", 7)
    text = "full_name,city\n" + "".join(f"name{i},Berlin\n" for i in range(40))
    data = (text + "Jürgen Müller,Köln\n").encode("cp1252")

    assert rows(data)[-1] == ("Jürgen Müller", "Köln")


def test_a_file_no_listed_encoding_reads_is_unreadable():
    problem = refusal(b"name\n\x81\x20\xff\n")

    assert problem.code == "UNREADABLE_ENCODING"


def test_the_preview_reads_the_named_encoding():
    shown = preview(SHORT_GBK.encode("gbk"), "f.csv", encoding="gbk")

    assert shown.sample_rows == [("王五", "13800000000")]
    assert shown.mapping.columns == {
        "full_name": "full_name",
        "mobile_phone": "mobile_phone",
    }


async def test_a_windows_1252_file_imports_its_names_unchanged(branches, clerk):
    data = GERMAN.encode("cp1252")
    mapping = Mapping(
        columns={"full_name": "full_name"},
        defaults={"branch_code": "BJ01"},
        ignored=["address"],
    )

    report = await import_customers(clerk, data, "de.csv", mapping)

    assert (report.created_rows, report.problems) == (2, [])
    names = sorted(c.full_name for c in await Customer.all())
    assert names == ["Jürgen Müller", "René Ångström"]


async def test_an_ambiguous_file_imports_once_its_encoding_is_named(branches, clerk):
    data = SHORT_GBK.encode("gbk")
    mapping = Mapping(
        columns={"full_name": "full_name"},
        defaults={"branch_code": "BJ01"},
        ignored=["mobile_phone"],
    )

    with pytest.raises(ValidationFailed) as caught:
        await check_customers(clerk, io.BytesIO(data), "g.csv", mapping)
    report = await import_customers(
        clerk, data, "g.csv", mapping, ImportOptions(encoding="gbk")
    )

    assert caught.value.problems[0].code == "AMBIGUOUS_ENCODING"
    assert report.created_rows == 1
    assert [c.full_name for c in await Customer.all()] == ["王五"]
