"""Import of accounts: linked by customer number, every bad cell, all or nothing.

Customers are german_credit.csv rows (tests.factories); the products are the demo
bank's own (cims.demo.history.PRODUCTS).
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import openpyxl
import pytest

from cims.demo.history import PRODUCTS
from cims.domain.account_import import (
    check_accounts,
    import_accounts,
    suggest_mapping,
)
from cims.domain.actor import Actor
from cims.domain.errors import PermissionDenied, ValidationFailed
from cims.domain.importing import Mapping, RowAction
from cims.models import Account, ImportJob, ImportStatus, Product
from tests.factories import customer_from_german

HEADER = "客户号,账号,产品代码,币种,开户日期,余额,授信额度,账户状态"


def csv_bytes(*lines: str) -> bytes:
    return ("\n".join([HEADER, *lines]) + "\n").encode()


@pytest.fixture
async def bank(branches) -> dict:
    for spec in PRODUCTS:
        await Product.create(
            code=spec.code, name=spec.name, name_en=spec.name_en, category=spec.category
        )
    customers = [await customer_from_german(n, branches["BJ01"]) for n in (0, 1)]
    return {"customers": customers}


def mapping() -> Mapping:
    return suggest_mapping(HEADER.split(","))


def test_mapping_is_suggested_from_chinese_and_english_headers():
    english = suggest_mapping(["Customer No", "Account Number", "Product", "Balance"])

    assert mapping().columns == {
        "客户号": "customer_no",
        "账号": "number",
        "产品代码": "product_code",
        "币种": "currency",
        "开户日期": "opened_on",
        "余额": "balance",
        "授信额度": "credit_limit",
        "账户状态": "status",
    }
    assert english.columns == {
        "Customer No": "customer_no",
        "Account Number": "number",
        "Product": "product_code",
        "Balance": "balance",
    }


async def test_commit_writes_every_account_as_decimal(bank, clerk):
    first, second = bank["customers"]
    data = csv_bytes(
        f"{first.customer_no},6210000000000017,DEP-CUR,CNY,2026-01-05,1169.50,,",
        f"{second.customer_no},6220000000000018,CARD-STD,,2026/2/1,-320.1,5951,active",
    )

    report = await import_accounts(clerk, data, "a.csv", mapping())

    assert (report.status, report.created_rows, report.problems) == (
        ImportStatus.COMMITTED,
        2,
        [],
    )
    rows = (
        await Account.all()
        .order_by("number")
        .values_list(
            "customer_id", "number", "currency", "balance", "credit_limit", "opened_on"
        )
    )
    assert rows == [
        (first.id, "6210000000000017", "CNY", Decimal("1169.50"), None,
         dt.date(2026, 1, 5)),
        (second.id, "6220000000000018", "CNY", Decimal("-320.10"), Decimal("5951.00"),
         dt.date(2026, 2, 1)),
    ]  # fmt: skip


async def test_dry_run_reports_every_bad_cell_and_writes_nothing(bank, clerk):
    first, _ = bank["customers"]
    data = csv_bytes(
        f"{first.customer_no},6210000000000017,DEP-CUR,CNY,2026-01-05,1169.50,,",
        f"{first.customer_no},62100,NOPE,CNYY,2026-02-30,12.345,-5,asleep",
        "C0000000000,6210000000000025,DEP-SAV,,2026-01-05,,,",
        f"{first.customer_no},6210000000000017,DEP-CUR,,2026-01-05,,,",
        f"{first.customer_no},,DEP-CUR,,,,,",
    )

    report = await check_accounts(clerk, data, "a.csv", mapping())

    assert [(p.row, p.column, p.code) for p in report.problems] == [
        (3, "账号", "INVALID_FORMAT"),
        (3, "产品代码", "UNKNOWN_PRODUCT"),
        (3, "币种", "INVALID_CURRENCY"),
        (3, "开户日期", "INVALID_DATE"),
        (3, "余额", "TOO_MANY_DECIMALS"),
        (3, "授信额度", "INVALID_AMOUNT"),
        (3, "账户状态", "INVALID_CHOICE"),
        (5, "账号", "DUPLICATE_IN_FILE"),
        (6, "账号", "REQUIRED"),
        (6, "开户日期", "REQUIRED"),
        (4, "客户号", "UNKNOWN_CUSTOMER"),
    ]
    assert report.status is ImportStatus.CHECKED
    assert await Account.all().count() == 0


async def test_too_many_decimals_for_the_currency_is_a_bad_cell(bank, clerk):
    first, _ = bank["customers"]
    data = csv_bytes(
        f"{first.customer_no},6210000000000017,DEP-CUR,JPY,2026-01-05,10.5,,"
    )

    report = await check_accounts(clerk, data, "a.csv", mapping())

    assert [(p.field, p.code) for p in report.problems] == [
        ("balance", "TOO_MANY_DECIMALS")
    ]


async def test_commit_with_one_bad_cell_writes_nothing(bank, clerk):
    first, _ = bank["customers"]
    data = csv_bytes(
        f"{first.customer_no},6210000000000017,DEP-CUR,CNY,2026-01-05,1,,",
        f"{first.customer_no},6210000000000025,DEP-SAV,CNY,2099-01-05,1,,",
    )

    report = await import_accounts(clerk, data, "a.csv", mapping())

    assert report.status is ImportStatus.REFUSED
    assert [(p.row, p.code) for p in report.problems] == [(3, "INVALID_DATE")]
    assert await Account.all().count() == 0
    assert (await ImportJob.get()).entity == "account"


async def test_reimport_changes_nothing_and_another_owner_is_refused(bank, clerk):
    first, second = bank["customers"]
    line = f"{first.customer_no},6210000000000017,DEP-CUR,CNY,2026-01-05,1,,"
    await import_accounts(clerk, csv_bytes(line), "a.csv", mapping())

    again = await import_accounts(clerk, csv_bytes(line), "a.csv", mapping())
    stolen = await check_accounts(
        clerk,
        csv_bytes(line.replace(first.customer_no, second.customer_no)),
        "a.csv",
        mapping(),
    )

    assert (again.created_rows, again.existing_rows) == (0, 1)
    assert [o.action for o in again.outcomes] == [RowAction.SKIP]
    assert [p.code for p in stolen.problems] == ["ACCOUNT_OF_ANOTHER_CUSTOMER"]
    assert await Account.all().count() == 1


async def test_account_number_stored_as_a_spreadsheet_number_keeps_its_digits(
    bank, clerk
):
    first, _ = bank["customers"]
    book = openpyxl.Workbook()
    book.active.append(HEADER.split(","))
    book.active.append([first.customer_no, 80517577551, "DEP-CUR", "CNY",
                        dt.datetime(2026, 1, 5), 100, None, None])  # fmt: skip
    out = io.BytesIO()
    book.save(out)

    report = await import_accounts(clerk, out.getvalue(), "a.xlsx", mapping())

    assert report.problems == []
    assert await Account.all().values_list("number", flat=True) == ["80517577551"]


async def test_a_formula_without_a_stored_value_is_a_bad_cell(bank, clerk):
    first, _ = bank["customers"]
    book = openpyxl.Workbook()  # writes a formula without the value Excel would store
    book.active.append(HEADER.split(","))
    book.active.append([first.customer_no, "6210000000000017", "DEP-CUR", "CNY",
                        "=DATE(2026,1,5)", "=1000+169.5", None, None])  # fmt: skip
    out = io.BytesIO()
    book.save(out)

    for run in (check_accounts, import_accounts):
        report = await run(clerk, out.getvalue(), "a.xlsx", mapping())

        assert [(p.row, p.column, p.code) for p in report.problems] == [
            (2, "开户日期", "FORMULA_WITHOUT_VALUE"),
            (2, "余额", "FORMULA_WITHOUT_VALUE"),
        ]
    assert "=1000+169.5" not in repr(report.problems)  # masked, like every bad cell
    assert await Account.all().count() == 0


async def test_branch_staff_link_only_to_their_branchs_customers(bank, branches):
    first, _ = bank["customers"]
    teller = Actor(
        subject="sh-clerk",
        permissions=frozenset({"customer.import"}),
        branch_id=branches["SH01"].id,
    )
    data = csv_bytes(f"{first.customer_no},6210000000000017,DEP-CUR,,2026-01-05,,,")

    report = await import_accounts(teller, data, "a.csv", mapping())

    assert [p.code for p in report.problems] == ["UNKNOWN_CUSTOMER"]
    assert await Account.all().count() == 0


async def test_mapping_must_name_the_required_columns(bank, clerk):
    with pytest.raises(ValidationFailed) as caught:
        await check_accounts(
            clerk, csv_bytes(), "a.csv", Mapping(columns={"账号": "number"})
        )

    assert [p.message for p in caught.value.problems] == [
        "Map a column to customer_no",
        "Map a column to product_code",
        "Map a column to opened_on",
    ]


async def test_account_import_needs_the_import_permission(bank):
    reader = Actor(subject="rm", permissions=frozenset({"customer.read"}))

    with pytest.raises(PermissionDenied):
        await import_accounts(reader, csv_bytes(), "a.csv", mapping())

    assert await ImportJob.all().count() == 0
