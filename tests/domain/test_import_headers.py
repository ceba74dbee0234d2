"""A file's header row: a header naming two columns is refused (one would be dropped
without a word), a blank header gets a positional name (so it can be mapped, ignored
and listed), and a dry run shows no customer number it cannot promise."""

from __future__ import annotations

import io

import openpyxl
import pytest

from cims.domain import transactions
from cims.domain.account_import import check_accounts, import_accounts
from cims.domain.crypto import open_fields
from cims.domain.errors import ValidationFailed
from cims.domain.importing import (
    Mapping,
    RowAction,
    check_customers,
    import_customers,
    preview,
    read_table,
)
from cims.models import Account, Customer, ImportJob, Transaction
from tests.domain.test_transactions import CORE

COLUMNS = {"客户姓名": "full_name", "手机号": "mobile_phone", "网点": "branch_code"}
TWO_PHONES = "客户姓名,手机号,网点,手机号\n王芳,13800138000,BJ01,13900139000\n"
TWO_PHONES_ROWS = [line.split(",") for line in TWO_PHONES.splitlines()]


def xlsx_bytes(rows: list[list]) -> bytes:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def refusal(caught: pytest.ExceptionInfo) -> tuple:
    [problem] = caught.value.problems
    return problem.field, problem.code, problem.column, problem.message


# ---------------------------------------------------------------- duplicate headers


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (TWO_PHONES.encode(), "c.csv"),
        (
            xlsx_bytes([TWO_PHONES_ROWS[0], TWO_PHONES_ROWS[1]]),
            "c.xlsx",
        ),
    ],
)
async def test_a_header_naming_two_columns_refuses_dry_run_and_commit(
    branches, clerk, data, name
):
    for run in (check_customers, import_customers):
        with pytest.raises(ValidationFailed) as caught:
            await run(clerk, data, name, Mapping(COLUMNS))
        field, code, column, message = refusal(caught)
        assert (field, code, column) == ("file", "DUPLICATE_HEADER", "手机号")
        assert "B and D" in message and "columns 2 and 4" in message

    assert await Customer.all().count() == 0
    assert await ImportJob.all().count() == 0


def test_the_preview_refuses_a_duplicate_header_too():
    with pytest.raises(ValidationFailed) as caught:
        preview(TWO_PHONES.encode(), "c.csv")

    assert refusal(caught)[1:3] == ("DUPLICATE_HEADER", "手机号")


def test_headers_equal_once_cleaned_are_one_header_twice():
    data = "客户姓名, 手机号 ,手机号\n王芳,1,2\n".encode()

    with pytest.raises(ValidationFailed) as caught:
        read_table(data, "c.csv")

    assert "B and C" in refusal(caught)[3]


async def test_an_account_file_with_a_duplicate_header_is_refused(branches, clerk):
    data = (
        b"customer_no,number,product_code,opened_on,number\n"
        b"C1,6222000011,X,2020-01-01,6222000012\n"
    )
    mapping = Mapping(
        {"customer_no": "customer_no", "number": "number",
         "product_code": "product_code", "opened_on": "opened_on"}
    )  # fmt: skip

    for run in (check_accounts, import_accounts):
        with pytest.raises(ValidationFailed) as caught:
            await run(clerk, data, "a.csv", mapping)
        assert refusal(caught)[1:3] == ("DUPLICATE_HEADER", "number")
    assert await Account.all().count() == 0


@pytest.mark.parametrize("dry_run", [True, False])
async def test_a_transaction_file_with_a_duplicate_header_is_refused(database, dry_run):
    data = xlsx_bytes(
        [["account_number", "booked_at", "amount", "amount"], ["6200", "x", "1", "2"]]
    )

    with pytest.raises(ValidationFailed) as caught:
        await transactions.import_transactions(CORE, data, "t.xlsx", dry_run=dry_run)

    assert refusal(caught)[1:3] == ("DUPLICATE_HEADER", "amount")
    assert await Transaction.all().count() == 0


# ---------------------------------------------------------------- blank headers


def test_blank_headers_are_named_by_their_position_with_their_own_samples():
    # A merged group title above the real headers leaves blanks beside it.
    data = xlsx_bytes([["客户信息", None, "", "联系方式"], ["王芳", "a", "b", "c"]])

    shown = preview(data, "c.xlsx")

    assert shown.headers == ["客户信息", "Column B", "Column C", "联系方式"]
    assert shown.sample_rows == [("王芳", "a", "b", "c")]


async def test_a_blank_header_column_is_listed_and_can_be_ignored(branches, clerk):
    data = "客户姓名,,手机号,网点\n王芳,老客户,13800138000,BJ01\n".encode()

    checked = await check_customers(clerk, data, "c.csv", Mapping(COLUMNS))
    with pytest.raises(ValidationFailed) as caught:
        await import_customers(clerk, data, "c.csv", Mapping(COLUMNS))
    ignored = Mapping(COLUMNS, ignored=["Column B"])
    written = await import_customers(clerk, data, "c.csv", ignored)

    assert checked.unmapped_columns == ["Column B"]
    assert [(p.code, p.column) for p in caught.value.problems] == [
        ("UNMAPPED_COLUMN", "Column B")
    ]
    assert (written.created_rows, written.ignored_columns) == (1, ["Column B"])


async def test_a_blank_header_column_can_be_mapped(branches, clerk):
    data = "客户姓名,,网点\n王芳,13800138000,BJ01\n".encode()
    mapping = Mapping({**COLUMNS, "Column B": "mobile_phone"})
    del mapping.columns["手机号"]

    report = await import_customers(clerk, data, "c.csv", mapping)

    assert report.created_rows == 1
    assert open_fields(await Customer.get())["mobile_phone"] == "+8613800138000"


# ---------------------------------------------------------------- customer numbers


async def test_a_dry_run_shows_no_drawn_customer_number(branches, clerk):
    data = (
        "客户号,客户姓名,手机号,网点\n"
        ",王芳,13800138000,BJ01\n"
        "C1234567890,李强,13900139000,BJ01\n"
    ).encode()
    mapping = Mapping({**COLUMNS, "客户号": "customer_no"})

    checked = await check_customers(clerk, data, "c.csv", mapping)
    written = await import_customers(clerk, data, "c.csv", mapping)

    assert [(o.action, o.customer_no) for o in checked.outcomes] == [
        (RowAction.CREATE, None),
        (RowAction.CREATE, "C1234567890"),
    ]
    numbers = sorted(await Customer.all().values_list("customer_no", flat=True))
    assert sorted(o.customer_no for o in written.outcomes) == numbers
    assert "C1234567890" in numbers and None not in numbers
