"""The commit mode of commitImport: all or nothing (the default) or valid rows only."""

from __future__ import annotations

from cims.models import Account, AuditEvent, Customer, Product
from tests.api.test_capture import upload
from tests.factories import branch, customer_from_german

REPORT = """
    status commitMode createdRows writtenRows skippedRows
    skipped { row reasons }
    problems { row column value code }
"""
PREVIEW = f"""
mutation Preview($input: PreviewImportInput!) {{
  previewImport(input: $input) {{
    __typename
    ... on ImportPreview {{ report {{ {REPORT} }} }}
  }}
}}
"""
COMMIT = f"""
mutation Commit($input: CommitImportInput!) {{
  commitImport(input: $input) {{
    __typename
    ... on ImportReport {{ {REPORT} }}
  }}
}}
"""
HEADER = "客户号,客户姓名,手机号,网点"
MIXED = [
    "C9000000001,新客户,13900139000,BJ01",
    "C9000000002,坏手机,12345,BJ01",
    "C9000000003,坏网点,,NOPE",
    "C9000000004,另一位,13900139001,BJ01",
]


def csv_file(*lines: str) -> bytes:
    return ("\n".join([HEADER, *lines]) + "\n").encode()


SKIPPED = [
    {"row": 3, "reasons": ["INVALID_PHONE"]},
    {"row": 4, "reasons": ["UNKNOWN_BRANCH"]},
]


async def test_valid_rows_only_commits_the_good_rows_and_reports_the_rest(client):
    await branch()

    body = await upload(client, COMMIT, csv_file(*MIXED), commitMode="VALID_ROWS_ONLY")

    report = body["data"]["commitImport"]
    assert {k: v for k, v in report.items() if k != "problems"} == {
        "__typename": "ImportReport",
        "status": "COMMITTED",
        "commitMode": "VALID_ROWS_ONLY",
        "createdRows": 2,
        "writtenRows": 2,
        "skippedRows": 2,
        "skipped": SKIPPED,
    }
    assert report["problems"] == [
        {"row": 3, "column": "手机号", "value": "1***5", "code": "INVALID_PHONE"},
        {"row": 4, "column": "网点", "value": "****", "code": "UNKNOWN_BRANCH"},
    ]
    numbers = await Customer.all().order_by("id").values_list("customer_no", flat=True)
    assert numbers == ["C9000000001", "C9000000004"]
    event = await AuditEvent.get(action="customer.import")
    assert (event.details["commit_mode"], event.details["skipped_rows"]) == (
        "valid_rows_only",
        2,
    )


async def test_the_default_commit_is_still_all_or_nothing(client):
    await branch()

    body = await upload(client, COMMIT, csv_file(*MIXED))

    report = body["data"]["commitImport"]
    assert (report["status"], report["commitMode"], report["writtenRows"]) == (
        "REFUSED",
        "ALL_OR_NOTHING",
        0,
    )
    assert report["skipped"] == SKIPPED
    assert await Customer.all().count() == 0


async def test_a_dry_run_counts_what_valid_rows_only_would_skip(client):
    home = await branch()
    known = await customer_from_german(0, home, mobile_phone="+8613700137000")
    data = csv_file(*MIXED, f"C9000000005,{known.full_name}二,13700137000,BJ01")

    body = await upload(client, PREVIEW, data)

    report = body["data"]["previewImport"]["report"]
    assert (report["status"], report["writtenRows"], report["skippedRows"]) == (
        "CHECKED",
        0,
        3,
    )
    assert report["skipped"] == [*SKIPPED, {"row": 6, "reasons": ["NEEDS_REVIEW"]}]
    assert await Customer.all().count() == 1


async def test_confirmed_duplicates_are_committed(client):
    home = await branch()
    known = await customer_from_german(0, home, mobile_phone="+8613700137000")
    data = csv_file(*MIXED, f"C9000000005,{known.full_name}二,13700137000,BJ01")

    held = await upload(client, COMMIT, data, commitMode="VALID_ROWS_ONLY")
    confirmed = await upload(
        client, COMMIT, data, commitMode="VALID_ROWS_ONLY", confirmDuplicates=True
    )

    assert held["data"]["commitImport"]["writtenRows"] == 2
    assert confirmed["data"]["commitImport"]["writtenRows"] == 1
    assert await Customer.filter(customer_no="C9000000005").count() == 1


async def test_accounts_commit_their_valid_rows_only(client):
    home = await branch()
    owner = await customer_from_german(0, home)
    await Product.create(
        code="DEP-CUR", name="活期储蓄账户", name_en="Current account",
        category="deposit",
    )  # fmt: skip
    data = (
        "客户号,账号,产品代码,开户日期\n"
        f"{owner.customer_no},6210000000000017,DEP-CUR,2026-01-05\n"
        f"{owner.customer_no},6210000000000025,NOPE,2026-01-05\n"
    ).encode()

    body = await upload(
        client, COMMIT, data, entity="ACCOUNT", commitMode="VALID_ROWS_ONLY"
    )

    report = body["data"]["commitImport"]
    assert (report["status"], report["writtenRows"], report["skipped"]) == (
        "COMMITTED",
        1,
        [{"row": 3, "reasons": ["UNKNOWN_PRODUCT"]}],
    )
    assert await Account.all().values_list("number", flat=True) == ["6210000000000017"]
