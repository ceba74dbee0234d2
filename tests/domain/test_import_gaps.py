"""Import gaps (issue 4): unmapped columns, out-of-scope matches, what a likely
duplicate resembles."""

from __future__ import annotations

import pytest

from cims.domain.account_import import check_accounts, import_accounts
from cims.domain.actor import Actor
from cims.domain.crypto import open_fields
from cims.domain.errors import ValidationFailed
from cims.domain.import_findings import finding_text, resembled_numbers
from cims.domain.importing import (
    MATCHES_OUT_OF_SCOPE,
    CommitMode,
    DuplicateFinding,
    ImportMode,
    ImportOptions,
    Mapping,
    RowAction,
    check_customers,
    import_customers,
    load_template,
    save_template,
)
from cims.models import Customer, ImportJob, ImportStatus
from tests.factories import IMPORTER, customer_from_german

HEADER = "客户姓名,手机号,备注,网点,内部代码\n"
COLUMNS = {"客户姓名": "full_name", "手机号": "mobile_phone", "网点": "branch_code"}


def csv_bytes(*lines: str, header: str = HEADER) -> bytes:
    return (header + "\n".join(lines) + "\n").encode()


# ---------------------------------------------------------------- unmapped columns


async def test_a_dry_run_lists_the_columns_no_mapping_uses(branches, clerk):
    data = csv_bytes("王芳,13800138000,老客户,BJ01,X1")

    report = await check_customers(clerk, data, "c.csv", Mapping(COLUMNS))

    assert report.unmapped_columns == ["备注", "内部代码"]
    assert report.ignored_columns == []
    assert report.problems == []
    job = await ImportJob.get()
    assert job.report["unmapped_columns"] == ["备注", "内部代码"]


async def test_a_commit_with_unmapped_columns_is_refused_naming_them(branches, clerk):
    data = csv_bytes("王芳,13800138000,老客户,BJ01,X1")
    one_ignored = Mapping(COLUMNS, ignored=["备注"])

    with pytest.raises(ValidationFailed) as caught:
        await import_customers(clerk, data, "c.csv", one_ignored)

    assert [(p.field, p.code, p.column) for p in caught.value.problems] == [
        ("mapping", "UNMAPPED_COLUMN", "内部代码")
    ]
    assert "内部代码" in caught.value.problems[0].message
    assert await Customer.all().count() == 0
    assert await ImportJob.all().count() == 0


async def test_a_commit_with_every_other_column_ignored_writes(branches, clerk):
    data = csv_bytes("王芳,13800138000,老客户,BJ01,X1")
    mapping = Mapping(COLUMNS, ignored=["备注", "内部代码", "不在文件里"])

    report = await import_customers(clerk, data, "c.csv", mapping)

    assert (report.status, report.created_rows) == (ImportStatus.COMMITTED, 1)
    assert (report.unmapped_columns, report.ignored_columns) == (
        [],
        ["备注", "内部代码"],
    )


async def test_a_column_without_a_header_is_listed_by_its_position(branches, clerk):
    data = csv_bytes("王芳,13800138000,BJ01,", header="客户姓名,手机号,网点,\n")

    checked = await check_customers(clerk, data, "c.csv", Mapping(COLUMNS))
    ignored = Mapping(COLUMNS, ignored=["Column D"])
    report = await import_customers(clerk, data, "c.csv", ignored)

    assert checked.unmapped_columns == ["Column D"]
    assert (report.unmapped_columns, report.created_rows) == ([], 1)


async def test_a_column_both_mapped_and_ignored_is_refused(branches, clerk):
    data = csv_bytes("王芳,13800138000,老客户,BJ01,X1")
    mapping = Mapping(COLUMNS, ignored=["手机号", "备注", "内部代码"])

    for run in (check_customers, import_customers):
        with pytest.raises(ValidationFailed) as caught:
            await run(clerk, data, "c.csv", mapping)
        problem = caught.value.problems[0]
        assert (problem.code, problem.column, problem.target) == (
            "COLUMN_MAPPED_AND_IGNORED",
            "手机号",
            "mobile_phone",
        )


async def test_a_template_keeps_its_ignored_columns(branches, clerk):
    mapping = Mapping(COLUMNS, ignored=["备注", "内部代码"])
    await save_template(clerk, "有备注", mapping)

    loaded, _ = await load_template("有备注")
    report = await import_customers(
        clerk, csv_bytes("王芳,13800138000,老客户,BJ01,X1"), "c.csv", loaded
    )

    assert (loaded.columns, sorted(loaded.ignored)) == (COLUMNS, ["内部代码", "备注"])
    assert report.created_rows == 1


async def test_an_account_commit_with_an_unmapped_column_is_refused(branches, clerk):
    data = (
        b"customer_no,number,product_code,opened_on,note\nC1,6222000011,X,2020-01-01\n"
    )
    mapping = Mapping(
        {"customer_no": "customer_no", "number": "number",
         "product_code": "product_code", "opened_on": "opened_on"}
    )  # fmt: skip

    checked = await check_accounts(clerk, data, "a.csv", mapping)
    with pytest.raises(ValidationFailed) as caught:
        await import_accounts(clerk, data, "a.csv", mapping)

    assert checked.unmapped_columns == ["note"]
    assert [(p.code, p.column) for p in caught.value.problems] == [
        ("UNMAPPED_COLUMN", "note")
    ]


# ---------------------------------------------------------------- out of scope


async def test_a_row_matching_another_branchs_customer_is_not_said_to_be_there(
    branches,
):
    elsewhere = await customer_from_german(0, branches["SH01"])
    mine = await customer_from_german(1, branches["BJ01"])
    teller = Actor("t-1", permissions=IMPORTER, branch_id=branches["BJ01"].id)
    header = "客户号,客户姓名,网点\n"
    data = csv_bytes(
        f"{elsewhere.customer_no},某人,BJ01",
        f"{mine.customer_no},某人,BJ01",
        "C7700000001,新客户,BJ01",
        header=header,
    )
    mapping = Mapping({"客户号": "customer_no", "客户姓名": "full_name",
                       "网点": "branch_code"})  # fmt: skip

    checked = await check_customers(teller, data, "c.csv", mapping)
    refused = await import_customers(teller, data, "c.csv", mapping)
    valid_only = ImportOptions(commit=CommitMode.VALID_ROWS_ONLY)
    written = await import_customers(teller, data, "c.csv", mapping, valid_only)

    for report in (checked, refused, written):
        assert [
            (p.row, p.code, p.column, p.field, p.value) for p in report.problems
        ] == [(2, MATCHES_OUT_OF_SCOPE, None, "row", "")]
        assert report.existing_rows == 1
        assert 2 not in {o.row for o in report.outcomes}
    assert [(o.row, o.action) for o in checked.outcomes] == [
        (3, RowAction.SKIP),
        (4, RowAction.CREATE),
    ]
    assert refused.status is ImportStatus.REFUSED
    assert (written.created_rows, [s.reasons for s in written.skipped]) == (
        1,
        [[MATCHES_OUT_OF_SCOPE]],
    )
    assert await Customer.filter(full_name="某人").count() == 0
    assert await Customer.filter(branch_id=branches["SH01"].id).count() == 1


async def test_a_row_matching_by_id_number_outside_the_branch_is_not_written(
    branches,
):
    elsewhere = await customer_from_german(0, branches["SH01"])
    teller = Actor("t-1", permissions=IMPORTER, branch_id=branches["BJ01"].id)
    data = csv_bytes(
        f"新名字,{open_fields(elsewhere)['id_number']},BJ01",
        header="客户姓名,证件号码,网点\n",
    )
    mapping = Mapping({"客户姓名": "full_name", "证件号码": "id_number",
                       "网点": "branch_code"})  # fmt: skip

    report = await import_customers(teller, data, "c.csv", mapping)

    assert [(p.row, p.code) for p in report.problems] == [(2, MATCHES_OUT_OF_SCOPE)]
    assert report.status is ImportStatus.REFUSED
    assert await Customer.all().count() == 1


async def test_a_row_without_keys_matching_a_moved_customer(branches, clerk):
    # A row without customer or ID number matches what an earlier import of the
    # same content created; that customer has since moved to another branch.
    data = csv_bytes("王芳,13800138000,BJ01", header="客户姓名,手机号,网点\n")
    await import_customers(clerk, data, "c.csv", Mapping(COLUMNS))
    await Customer.all().update(branch_id=branches["SH01"].id)
    permissions = IMPORTER | {"customer.write"}
    teller = Actor("t-1", permissions=permissions, branch_id=branches["BJ01"].id)

    for mode in ImportMode:
        options = ImportOptions(mode=mode)
        report = await check_customers(teller, data, "c.csv", Mapping(COLUMNS), options)

        assert [(p.row, p.code) for p in report.problems] == [(2, MATCHES_OUT_OF_SCOPE)]
        assert (report.outcomes, report.existing_rows) == ([], 0)
    assert await Customer.all().count() == 1


# ---------------------------------------------------------------- what it resembles


async def test_a_finding_names_the_customer_the_caller_may_see(branches):
    near = await customer_from_german(0, branches["BJ01"])
    far = await customer_from_german(1, branches["SH01"])
    findings = [
        DuplicateFinding(2, None, near.id, 0.9, ["SAME_MOBILE_PHONE"]),
        DuplicateFinding(3, None, far.id, 0.9, ["SAME_EMAIL"]),
        DuplicateFinding(4, 2, None, 0.8, ["SIMILAR_NAME_SAME_BIRTH_DATE"]),
        DuplicateFinding(5, None, None, 0.0, [MATCHES_OUT_OF_SCOPE]),
    ]
    teller = Actor("t-1", permissions=IMPORTER, branch_id=branches["BJ01"].id)
    blind = Actor("t-2", permissions=frozenset({"customer.import"}))

    numbers = await resembled_numbers(teller, findings)
    texts = [finding_text(f, numbers) for f in findings]

    assert numbers == {near.id: near.customer_no}
    assert await resembled_numbers(blind, findings) == {}
    assert texts == [
        f"resembles customer {near.customer_no} (score 0.90: SAME_MOBILE_PHONE)",
        "resembles a customer in the base (score 0.90: SAME_EMAIL)",
        "resembles row 2 (score 0.80: SIMILAR_NAME_SAME_BIRTH_DATE)",
        "resembles a customer outside your branch",
    ]
    assert far.customer_no not in " ".join(texts)
