"""Import in the graph: unmapped columns are listed, and a commit needs each one
mapped or ignored."""

from __future__ import annotations

from cims.models import Customer, ImportTemplate
from tests.api.test_capture import gql, upload
from tests.factories import branch

PREVIEW = """
mutation Preview($input: PreviewImportInput!) {
  previewImport(input: $input) {
    __typename
    ... on ImportPreview {
      unmappedColumns ignoredColumns
      report { status unmappedColumns ignoredColumns problems { row code } }
    }
  }
}
"""
COMMIT = """
mutation Commit($input: CommitImportInput!) {
  commitImport(input: $input) {
    __typename
    ... on ImportReport { status createdRows unmappedColumns ignoredColumns }
    ... on ValidationError { fields { field code message column } }
  }
}
"""
SAVE = """
mutation Save($input: SaveImportTemplateInput!) {
  saveImportTemplate(input: $input) {
    __typename
    ... on ImportTemplate { mapping { column target } ignoredColumns }
    ... on ValidationError { fields { field code column } }
  }
}
"""
DATA = "客户姓名,手机号,备注,网点\n王芳,13800138000,老客户,BJ01\n".encode()


async def test_a_preview_lists_the_unmapped_columns(client):
    await branch()

    body = await upload(client, PREVIEW, DATA)

    preview = body["data"]["previewImport"]
    assert (preview["unmappedColumns"], preview["ignoredColumns"]) == (["备注"], [])
    assert preview["report"]["unmappedColumns"] == ["备注"]
    assert preview["report"]["status"] == "CHECKED"


async def test_a_commit_names_the_unmapped_column_until_it_is_ignored(client):
    await branch()

    refused = await upload(client, COMMIT, DATA)
    ignored = await upload(client, COMMIT, DATA, ignoredColumns=["备注"])

    assert refused["data"]["commitImport"]["fields"] == [
        {
            "field": "mapping",
            "code": "UNMAPPED_COLUMN",
            "message": "Column '备注' is not mapped: map it to a field or ignore it",
            "column": "备注",
        }
    ]
    assert ignored["data"]["commitImport"] == {
        "__typename": "ImportReport",
        "status": "COMMITTED",
        "createdRows": 1,
        "unmappedColumns": [],
        "ignoredColumns": ["备注"],
    }
    assert await Customer.all().count() == 1


async def test_a_given_mapping_replaces_the_templates_ignored_columns(client):
    await branch()
    mapping = [
        {"column": "客户姓名", "target": "full_name"},
        {"column": "手机号", "target": "mobile_phone"},
        {"column": "网点", "target": "branch_code"},
    ]
    saved = await gql(
        client,
        SAVE,
        input={"name": "备注不导", "mapping": mapping, "ignoredColumns": ["备注"]},
    )
    both = await gql(
        client,
        SAVE,
        input={"name": "冲突", "mapping": mapping, "ignoredColumns": ["手机号"]},
    )

    by_template = await upload(client, PREVIEW, DATA, template="备注不导")
    overridden = await upload(
        client, COMMIT, DATA, template="备注不导", mapping=mapping
    )

    assert saved["data"]["saveImportTemplate"]["ignoredColumns"] == ["备注"]
    assert both["data"]["saveImportTemplate"]["fields"] == [
        {"field": "mapping", "code": "COLUMN_MAPPED_AND_IGNORED", "column": "手机号"}
    ]
    assert await ImportTemplate.all().count() == 1
    assert by_template["data"]["previewImport"]["ignoredColumns"] == ["备注"]
    assert by_template["data"]["previewImport"]["unmappedColumns"] == []
    assert overridden["data"]["commitImport"]["fields"][0]["column"] == "备注"


PREVIEW_HEADERS = """
mutation Preview($input: PreviewImportInput!) {
  previewImport(input: $input) {
    __typename
    ... on ImportPreview {
      headers sampleRows unmappedColumns report { outcomes { action customerNo } }
    }
    ... on ValidationError { fields { field code message column } }
  }
}
"""


async def test_a_duplicate_header_refuses_the_preview_and_the_commit(client):
    await branch()
    data = "客户姓名,手机号,网点,手机号\n王芳,13800138000,BJ01,13900139000\n".encode()

    shown = await upload(client, PREVIEW_HEADERS, data)
    committed = await upload(client, COMMIT, data)

    for answer in (shown["data"]["previewImport"], committed["data"]["commitImport"]):
        [problem] = answer["fields"]
        assert (problem["field"], problem["code"], problem["column"]) == (
            "file",
            "DUPLICATE_HEADER",
            "手机号",
        )
        assert "B and D" in problem["message"]
    assert await Customer.all().count() == 0


async def test_a_blank_header_is_named_listed_and_the_number_not_promised(client):
    await branch()
    data = "客户姓名,,手机号,,网点\n王芳,老客户,13800138000,X,BJ01\n".encode()

    body = await upload(client, PREVIEW_HEADERS, data)

    preview = body["data"]["previewImport"]
    assert preview["headers"] == ["客户姓名", "Column B", "手机号", "Column D", "网点"]
    assert preview["unmappedColumns"] == ["Column B", "Column D"]
    assert [row[1] != row[3] for row in preview["sampleRows"]] == [True]
    assert preview["report"]["outcomes"] == [{"action": "CREATE", "customerNo": None}]
