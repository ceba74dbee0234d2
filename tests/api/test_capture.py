"""Duplicate review, merge, import and export through the real schema."""

from __future__ import annotations

import asyncio
import base64
import csv
import io
import json
from datetime import date

import openpyxl

from cims.api.ids import to_global_id
from cims.domain import exporting
from cims.domain.actor import Actor
from cims.domain.crypto import open_fields
from cims.models import AuditEvent, Customer, ImportJob
from tests.factories import branch, customer_from_german, resident_id

DUPLICATES = """
query Pairs($first: Int, $after: String) {
  duplicateCandidates(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { score reasons first { id } second { id } } }
  }
}
"""

MERGE = """
mutation Merge($input: MergeCustomersInput!) {
  mergeCustomers(input: $input) {
    __typename
    ... on Customer { id version mobilePhone }
    ... on ConflictError { currentVersion }
    ... on ValidationError { fields { field code } }
    ... on PermissionDeniedError { permission }
  }
}
"""

PREVIEW = """
mutation Preview($input: PreviewImportInput!) {
  previewImport(input: $input) {
    __typename
    ... on ImportPreview {
      headers sampleRows
      suggestedMapping { column target }
      mapping { column target }
      mappingProblems { field code }
      report { status totalRows validRows createdRows
               problems { row column field value code message } }
    }
    ... on ValidationError { fields { field code } }
    ... on PermissionDeniedError { permission }
  }
}
"""

COMMIT = """
mutation Commit($input: CommitImportInput!) {
  commitImport(input: $input) {
    __typename
    ... on ImportReport { status totalRows createdRows existingRows
                          problems { row field code } }
    ... on PermissionDeniedError { permission }
  }
}
"""

EXPORT = """
mutation Export($input: ExportCustomersInput!) {
  exportCustomers(input: $input) {
    __typename
    ... on ExportFile { fileName contentType contentBase64 rowCount }
    ... on PermissionDeniedError { permission }
  }
}
"""

PURPOSE = "DATA_QUALITY_REVIEW"
HEADER = "客户姓名,证件号码,手机号,出生日期,网点"
BORN = date(1990, 3, 7)


async def gql(client, query: str, **variables) -> dict:
    response = await client.post(
        "/graphql", json={"query": query, "variables": variables}
    )
    assert response.status_code == 200
    return response.json()


async def upload(client, query: str, data: bytes, name: str = "c.csv", **fields):
    """A GraphQL multipart request carrying one file as ``input.file``."""
    operations = {"query": query, "variables": {"input": {"file": None, **fields}}}
    response = await client.post(
        "/graphql",
        data={
            "operations": json.dumps(operations),
            "map": json.dumps({"0": ["variables.input.file"]}),
        },
        files={"0": (name, data, "text/csv")},
    )
    assert response.status_code == 200, response.text
    return response.json()


def as_actor(caller, *permissions: str, branch_id: int | None = None) -> None:
    caller.actor = Actor(
        subject="staff-1", permissions=frozenset(permissions), branch_id=branch_id
    )


def csv_file(*lines: str) -> bytes:
    return ("\n".join([HEADER, *lines]) + "\n").encode()


# ---------------------------------------------------------------- create and update


async def test_similar_name_with_same_birth_date_is_a_duplicate_on_create(client):
    home = await branch()
    await customer_from_german(
        0,
        home,
        full_name="王芳",
        name_latin="Wang Fang",
        birth_date=BORN,
        id_number=None,
        id_type=None,
    )
    given = {
        "fullName": "汪芳",
        "nameLatin": "Wang Fang",
        "birthDate": "1990-03-07",
        "branchId": to_global_id("Branch", home.id),
    }
    create = """mutation($input: CreateCustomerInput!) { createCustomer(input: $input) {
      __typename ... on DuplicateCustomerError { candidates { score reasons } } } }"""

    body = await gql(client, create, input=given)

    assert body["data"]["createCustomer"] == {
        "__typename": "DuplicateCustomerError",
        "candidates": [{"score": 0.6, "reasons": ["SIMILAR_NAME_SAME_BIRTH_DATE"]}],
    }
    assert await Customer.all().count() == 1


async def test_update_of_a_phone_to_anothers_is_a_duplicate_and_changes_nothing(
    client,
):
    home = await branch()
    first = await customer_from_german(1, home, mobile_phone="13800138000")
    second = await customer_from_german(2, home)
    update = """mutation($input: UpdateCustomerInput!) { updateCustomer(input: $input) {
      __typename
      ... on DuplicateCustomerError { candidates { reasons customer { id } } } } }"""

    body = await gql(
        client,
        update,
        input={
            "id": to_global_id("Customer", second.id),
            "version": 1,
            "mobilePhone": "138 0013 8000",
        },
    )

    assert body["data"]["updateCustomer"]["candidates"] == [
        {
            "reasons": ["SAME_MOBILE_PHONE"],
            "customer": {"id": to_global_id("Customer", first.id)},
        }
    ]
    stored = await Customer.get(id=second.id)
    assert (stored.version, open_fields(stored)["mobile_phone"]) == (1, None)


async def test_update_of_an_id_number_is_checked_against_the_stored_birth_date(client):
    home = await branch()
    row = await customer_from_german(3, home)
    other_birth = date(1970, 1, 1)
    update = """mutation($input: UpdateCustomerInput!) { updateCustomer(input: $input) {
      __typename ... on ValidationError { fields { field code } } } }"""

    body = await gql(
        client,
        update,
        input={
            "id": to_global_id("Customer", row.id),
            "version": 1,
            "idNumber": resident_id(other_birth, 3, male=True),
        },
    )

    assert body["data"]["updateCustomer"]["fields"] == [
        {"field": "birthDate", "code": "ID_BIRTH_DATE_MISMATCH"}
    ]
    assert (await Customer.get(id=row.id)).version == 1


# ---------------------------------------------------------------- duplicates and merge


async def test_duplicate_candidates_list_pairs_with_scores_and_reasons(client):
    home = await branch()
    a = await customer_from_german(4, home, mobile_phone="13800138000")
    b = await _same_phone(home, 5)

    first = await gql(client, DUPLICATES, first=1)

    page = first["data"]["duplicateCandidates"]
    assert page["totalCount"] == 1
    assert page["edges"] == [
        {
            "node": {
                "score": 0.6,
                "reasons": ["SAME_MOBILE_PHONE"],
                "first": {"id": to_global_id("Customer", a.id)},
                "second": {"id": to_global_id("Customer", b.id)},
            }
        }
    ]
    assert page["pageInfo"]["hasNextPage"] is False


async def _same_phone(home, row_no: int):
    from cims.domain import customers
    from tests.factories import SYSTEM

    row = await customer_from_german(row_no, home)
    return await customers.update(
        SYSTEM, row.id, 1, {"mobile_phone": "13800138000"}, confirm_duplicate=True
    )


async def test_duplicate_candidates_need_the_write_permission(client, caller):
    home = await branch()
    await customer_from_german(4, home, mobile_phone="13800138000")
    as_actor(caller, "customer.read")

    body = await gql(client, DUPLICATES)

    assert body["data"]["duplicateCandidates"] is None
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_merge_moves_the_phone_resealed_and_is_audited(client, caller):
    home = await branch()
    survivor = await customer_from_german(6, home)
    other = await customer_from_german(7, home, mobile_phone="13900139000")
    as_actor(caller, "customer.read", "customer.write", "customer.pii.read")

    body = await gql(
        client,
        MERGE,
        input={
            "survivorId": to_global_id("Customer", survivor.id),
            "otherId": to_global_id("Customer", other.id),
            "survivorVersion": 1,
            "otherVersion": 1,
        },
    )

    assert body["data"]["mergeCustomers"] == {
        "__typename": "Customer",
        "id": to_global_id("Customer", survivor.id),
        "version": 2,
        "mobilePhone": "+8613900139000",
    }
    stored = await Customer.get(id=survivor.id)
    assert open_fields(stored)["mobile_phone"] == "+8613900139000"
    events = await AuditEvent.filter(action="customer.merge").values_list(
        "entity_id", "actor"
    )
    assert sorted(events) == sorted(
        [(str(survivor.id), "staff-1"), (str(other.id), "staff-1")]
    )


async def test_merge_with_a_stale_version_conflicts_and_changes_nothing(client):
    home = await branch()
    survivor = await customer_from_german(6, home)
    other = await customer_from_german(7, home, mobile_phone="13900139000")

    body = await gql(
        client,
        MERGE,
        input={
            "survivorId": to_global_id("Customer", survivor.id),
            "otherId": to_global_id("Customer", other.id),
            "survivorVersion": 1,
            "otherVersion": 5,
        },
    )

    assert body["data"]["mergeCustomers"] == {
        "__typename": "ConflictError",
        "currentVersion": 1,
    }
    versions = await Customer.all().order_by("id").values_list("version", "archived_at")
    assert versions == [(1, None), (1, None)]
    assert await AuditEvent.filter(action="customer.merge").count() == 0


async def test_merge_needs_the_write_permission(client, caller):
    home = await branch()
    survivor = await customer_from_german(6, home)
    other = await customer_from_german(7, home)
    as_actor(caller, "customer.read")

    body = await gql(
        client,
        MERGE,
        input={
            "survivorId": to_global_id("Customer", survivor.id),
            "otherId": to_global_id("Customer", other.id),
            "survivorVersion": 1,
            "otherVersion": 1,
        },
    )

    assert body["data"]["mergeCustomers"] == {
        "__typename": "PermissionDeniedError",
        "permission": "customer.write",
    }
    assert await Customer.filter(archived_at__isnull=False).count() == 0


# ---------------------------------------------------------------- import


async def test_preview_reports_every_bad_cell_masked_and_writes_nothing(client):
    await branch()
    data = csv_file(
        f"王芳,{resident_id(BORN, 1, male=True)},13800138000,1990-03-07,BJ01",
        "李娜,110105199001011234,12345,,BJ01",
        "张伟,,,,NOPE",
    )

    body = await upload(client, PREVIEW, data)

    preview = body["data"]["previewImport"]
    assert preview["headers"] == HEADER.split(",")
    assert (
        preview["mapping"]
        == preview["suggestedMapping"]
        == [
            {"column": "客户姓名", "target": "full_name"},
            {"column": "证件号码", "target": "id_number"},
            {"column": "手机号", "target": "mobile_phone"},
            {"column": "出生日期", "target": "birth_date"},
            {"column": "网点", "target": "branch_code"},
        ]
    )
    assert preview["mappingProblems"] == []
    report = preview["report"]
    assert (report["status"], report["totalRows"], report["validRows"]) == (
        "CHECKED",
        3,
        1,
    )
    assert [
        (p["row"], p["column"], p["code"], p["value"]) for p in report["problems"]
    ] == [
        (3, "证件号码", "INVALID_ID_NUMBER", "110************234"),
        (3, "手机号", "INVALID_PHONE", "1***5"),
        (4, "网点", "UNKNOWN_BRANCH", "****"),
    ]
    assert "110105199001011234" not in json.dumps(body)
    assert await Customer.all().count() == 0


async def test_preview_of_a_corrupt_workbook_is_a_file_error(client):
    body = await upload(client, PREVIEW, b"PK\x03\x04garbage garbage", name="bad.xlsx")

    assert "errors" not in body
    preview = body["data"]["previewImport"]
    assert preview["__typename"] == "ValidationError"
    assert preview["fields"] == [{"field": "file", "code": "UNREADABLE_FILE"}]


async def test_preview_without_a_name_column_reports_the_mapping(client):
    await branch()
    mapping = [
        {"column": "手机号", "target": "mobile_phone"},
        {"column": "网点", "target": "branch_code"},
    ]

    body = await upload(
        client, PREVIEW, csv_file("王芳,,13800138000,,BJ01"), mapping=mapping
    )

    preview = body["data"]["previewImport"]
    assert preview["mappingProblems"] == [{"field": "mapping", "code": "REQUIRED"}]
    assert preview["report"] is None


NAMED_PROBLEMS = """
mutation Preview($input: PreviewImportInput!) {
  previewImport(input: $input) {
    __typename
    ... on ImportPreview { mappingProblems { field code column target } }
    ... on ValidationError { fields { field code column target } }
  }
}
"""


async def test_mapping_problems_name_their_column_and_field(client):
    await branch()
    data = csv_file("王芳,,13800138000,,BJ01")
    mapping = [
        {"column": "手机号", "target": "mobile_phone"},
        {"column": "证件号码", "target": "mobile_phone"},
        {"column": "传真", "target": "fax"},
        {"column": "网点", "target": "branch_code"},
    ]
    twice = [*mapping[:1], {"column": "手机号", "target": "email"}]

    body = await upload(client, NAMED_PROBLEMS, data, mapping=mapping)
    refused = await upload(client, NAMED_PROBLEMS, data, mapping=twice)

    assert body["data"]["previewImport"]["mappingProblems"] == [
        {
            "field": "mapping",
            "code": "TARGET_MAPPED_TWICE",
            "column": "证件号码",
            "target": "mobile_phone",
        },
        {
            "field": "mapping",
            "code": "UNKNOWN_COLUMN",
            "column": "传真",
            "target": None,
        },
        {
            "field": "mapping",
            "code": "UNKNOWN_TARGET",
            "column": "传真",
            "target": "fax",
        },
        {"field": "mapping", "code": "REQUIRED", "column": None, "target": "full_name"},
    ]
    assert refused["data"]["previewImport"]["fields"] == [
        {
            "field": "mapping",
            "code": "COLUMN_MAPPED_TWICE",
            "column": "手机号",
            "target": None,
        }
    ]
    assert await Customer.all().count() == 0


async def test_commit_imports_all_rows_sealed(client):
    await branch()
    data = csv_file("王芳,,13800138000,1990-03-07,BJ01", "李娜,,13900139000,,BJ01")

    body = await upload(client, COMMIT, data)

    assert body["data"]["commitImport"] == {
        "__typename": "ImportReport",
        "status": "COMMITTED",
        "totalRows": 2,
        "createdRows": 2,
        "existingRows": 0,
        "problems": [],
    }
    rows = await Customer.all().order_by("id")
    assert [open_fields(r)["mobile_phone"] for r in rows] == [
        "+8613800138000",
        "+8613900139000",
    ]
    assert all(r.mobile_phone.startswith("v1.") for r in rows)


async def test_commit_with_a_bad_cell_writes_nothing(client):
    await branch()
    data = csv_file("王芳,,13800138000,,BJ01", "李娜,,12345,,BJ01")

    body = await upload(client, COMMIT, data)

    result = body["data"]["commitImport"]
    assert (result["status"], result["createdRows"]) == ("REFUSED", 0)
    assert result["problems"] == [
        {"row": 3, "field": "mobile_phone", "code": "INVALID_PHONE"}
    ]
    assert await Customer.all().count() == 0


async def test_import_needs_the_import_permission(client, caller):
    await branch()
    as_actor(caller, "customer.read", "customer.write")

    body = await upload(client, COMMIT, csv_file("王芳,,,,BJ01"))

    assert body["data"]["commitImport"] == {
        "__typename": "PermissionDeniedError",
        "permission": "customer.import",
    }
    assert (await Customer.all().count(), await ImportJob.all().count()) == (0, 0)


async def test_multipart_import_may_exceed_the_json_body_limit(client):
    await branch()
    lines = [f"客户{i},,,,BJ01" for i in range(60_000)]
    data = csv_file(*lines)

    body = await upload(client, PREVIEW, data)

    report = body["data"]["previewImport"]["report"]
    assert len(data) > 1_000_000
    assert (report["totalRows"], report["problems"]) == (60_000, [])


async def test_json_body_over_the_limit_is_still_refused(client):
    response = await client.post(
        "/graphql",
        content=b"{" + b" " * 1_100_000 + b"}",
        headers={"content-type": "application/json"},
    )

    assert response.status_code == 413


# ---------------------------------------------------------------- export


async def test_export_masks_personal_data_without_the_pii_permission(client, caller):
    home = await branch()
    row = await customer_from_german(8, home, mobile_phone="13800138000")
    as_actor(caller, "customer.read", "customer.export")

    body = await gql(client, EXPORT, input={"format": "CSV", "purpose": PURPOSE})

    file = body["data"]["exportCustomers"]
    assert (file["rowCount"], file["contentType"]) == (1, "text/csv; charset=utf-8")
    text = base64.b64decode(file["contentBase64"]).decode("utf-8-sig")
    [exported] = list(csv.DictReader(io.StringIO(text)))
    assert exported["customer_no"] == row.customer_no
    assert exported["mobile_phone"] == "138****8000"
    assert (
        exported["id_number"] == "110101********" + open_fields(row)["id_number"][-4:]
    )
    assert "annual_income" not in exported
    # The masked ID number hides the birth date; the export hides it too.
    assert row.birth_date is not None
    assert exported["birth_date"] == f"{row.birth_date.year:04d}-**-**"
    [event] = await AuditEvent.filter(action="customer.export")
    assert "mobile_phone:masked" in event.field_names
    assert "birth_date:masked" in event.field_names


async def test_export_xlsx_in_clear_with_the_pii_permission(client, caller):
    home = await branch()
    await customer_from_german(8, home, mobile_phone="13800138000")
    as_actor(
        caller,
        "customer.read",
        "customer.export",
        "customer.pii.read",
        "customer.financial.read",
    )

    body = await gql(client, EXPORT, input={"format": "XLSX", "purpose": PURPOSE})

    content = base64.b64decode(body["data"]["exportCustomers"]["contentBase64"])
    sheet = openpyxl.load_workbook(io.BytesIO(content), read_only=True).active
    header, first = list(sheet.iter_rows(values_only=True))
    values = dict(zip(header, first, strict=True))
    assert values["mobile_phone"] == "+8613800138000"
    assert "annual_income" in values
    assert "*" not in str(values["birth_date"])


async def test_a_long_export_leaves_the_api_serving_other_requests(
    client, caller, monkeypatch
):
    home = await branch()
    await Customer.bulk_create(
        [
            Customer(
                customer_no=f"C9{i:09d}",
                kind="individual",
                full_name=f"客户{i}",
                name_key=f"客户{i}",
                branch=home,
            )
            for i in range(6000)
        ]
    )
    as_actor(caller, "customer.read", "customer.export")
    built = []
    row_of = exporting._row_of

    def counted(*args):
        built.append(1)
        return row_of(*args)

    monkeypatch.setattr(exporting, "_row_of", counted)
    finished = []

    async def run(name: str, query: str, **variables) -> dict:
        body = await gql(client, query, **variables)
        finished.append(name)
        return body

    export = asyncio.create_task(
        run("export", EXPORT, input={"format": "XLSX", "purpose": PURPOSE})
    )
    # Once the file is being written, a small query arrives; written in one go on
    # the event loop, the export would finish before this test even sends it.
    while not built and not export.done():
        await asyncio.sleep(0)
    # A request that needs only the event loop: one that reads the database would
    # also wait for SQLite's one connection, which says nothing about the loop.
    small = await run("small", "{ __typename }")
    exported = await export

    assert finished == ["small", "export"]
    assert small["data"] == {"__typename": "Query"}
    assert exported["data"]["exportCustomers"]["rowCount"] == 6000


async def test_export_needs_the_export_permission(client, caller):
    home = await branch()
    await customer_from_german(8, home)
    as_actor(caller, "customer.read", "customer.pii.read")

    body = await gql(client, EXPORT, input={"format": "CSV", "purpose": PURPOSE})

    assert body["data"]["exportCustomers"] == {
        "__typename": "PermissionDeniedError",
        "permission": "customer.export",
    }
    assert await AuditEvent.filter(action="customer.export").count() == 0


CONTROLLED_EXPORT = """
mutation Export($input: ExportCustomersInput!) {
  exportCustomers(input: $input) {
    __typename
    ... on ExportFile { rowCount }
    ... on ExportTooLargeError { code message rowCount clearRowLimit }
    ... on ValidationError { fields { field code } }
  }
}
"""

EXPORT_PLAN = """
query Plan($input: ExportCustomersPlanInput!) {
  exportCustomersPlan(input: $input) {
    rowCount personalDataInClear clearRowLimit maxRows allowed
  }
}
"""

CLEAR_EXPORTER = ("customer.read", "customer.export", "customer.pii.read")


async def test_an_export_without_a_purpose_is_refused_naming_the_field(client, caller):
    await customer_from_german(8, await branch())
    as_actor(caller, *CLEAR_EXPORTER)

    body = await gql(client, CONTROLLED_EXPORT, input={"format": "CSV"})

    assert body["data"]["exportCustomers"] == {
        "__typename": "ValidationError",
        "fields": [{"field": "purpose", "code": "REQUIRED"}],
    }
    assert await AuditEvent.filter(action="customer.export").count() == 0


async def test_other_without_a_text_is_a_validation_error(client, caller):
    await customer_from_german(8, await branch())
    as_actor(caller, *CLEAR_EXPORTER)

    blank = await gql(client, CONTROLLED_EXPORT, input={"purpose": "OTHER"})
    control = await gql(
        client,
        CONTROLLED_EXPORT,
        input={"purpose": "OTHER", "purposeText": "board pack\u0007"},
    )

    assert blank["data"]["exportCustomers"] == {
        "__typename": "ValidationError",
        "fields": [{"field": "purposeText", "code": "REQUIRED"}],
    }
    assert control["data"]["exportCustomers"]["fields"] == [
        {"field": "purposeText", "code": "FORBIDDEN_CHARACTERS"}
    ]


async def test_a_clear_export_above_the_limit_is_refused_naming_it(
    client, caller, monkeypatch
):
    monkeypatch.setenv("CIMS_EXPORT_CLEAR_MAX_ROWS", "1")
    home = await branch()
    for n in (8, 9):
        await customer_from_german(n, home)
    as_actor(caller, *CLEAR_EXPORTER)

    plan = await gql(client, EXPORT_PLAN, input={"purpose": "REGULATORY_REPORT"})
    refused = await gql(
        client, CONTROLLED_EXPORT, input={"purpose": "REGULATORY_REPORT"}
    )
    masked = await gql(
        client,
        CONTROLLED_EXPORT,
        input={"purpose": "REGULATORY_REPORT", "masked": True},
    )

    assert plan["data"]["exportCustomersPlan"] == {
        "rowCount": 2,
        "personalDataInClear": True,
        "clearRowLimit": 1,
        "maxRows": exporting.MAX_EXPORT_ROWS,
        "allowed": False,
    }
    answer = refused["data"]["exportCustomers"]
    assert answer["__typename"] == "ExportTooLargeError"
    assert (answer["code"], answer["rowCount"], answer["clearRowLimit"]) == (
        "EXPORT_TOO_LARGE",
        2,
        1,
    )
    assert "limited to 1 rows" in answer["message"]
    assert masked["data"]["exportCustomers"] == {
        "__typename": "ExportFile",
        "rowCount": 2,
    }
    events = await AuditEvent.filter(action__startswith="customer.export").order_by(
        "id"
    )
    assert [(e.action, e.details["personal"]) for e in events] == [
        ("customer.export.refused", "clear"),
        ("customer.export", "masked"),
    ]
    assert events[1].details["purpose"] == "regulatory_report"


async def test_the_plan_needs_the_export_permission(client, caller):
    as_actor(caller, "customer.read", "customer.pii.read")

    body = await gql(client, EXPORT_PLAN, input={})

    assert body["data"] == {"exportCustomersPlan": None}
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_preview_refuses_an_unclear_encoding_and_reads_a_named_one(client):
    await branch("BJ01")
    data = "full_name,branch_code\n王五,BJ01\n".encode("gbk")

    unclear = await upload(client, PREVIEW, data)
    named = await upload(client, PREVIEW, data, encoding="gbk")
    committed = await upload(client, COMMIT, data, encoding="gbk")

    assert unclear["data"]["previewImport"]["fields"] == [
        {"field": "file", "code": "AMBIGUOUS_ENCODING"}
    ]
    assert named["data"]["previewImport"]["sampleRows"] == [["**", "****"]]
    assert named["data"]["previewImport"]["report"]["validRows"] == 1
    assert committed["data"]["commitImport"]["createdRows"] == 1
    assert [c.full_name for c in await Customer.all()] == ["王五"]
