"""Import in the graph: update mode, per-row outcomes, templates, live progress."""

from __future__ import annotations

import asyncio

from cims.api.ids import to_global_id
from cims.app import create_app
from cims.domain import events, importing
from cims.domain.actor import Actor
from cims.domain.crypto import open_fields
from cims.models import Account, AuditEvent, Customer, ImportTemplate, Product
from tests.api.test_capture import as_actor, gql, upload
from tests.api.test_subscriptions import WAIT, Socket
from tests.factories import branch, customer_from_german

PREVIEW = """
mutation Preview($input: PreviewImportInput!) {
  previewImport(input: $input) {
    __typename
    ... on ImportPreview {
      report { status updatedRows unchangedRows problems { row code }
               outcomes { row action customerNo version
                          changes { field old new } customer { id } } }
    }
  }
}
"""
COMMIT = """
mutation Commit($input: CommitImportInput!) {
  commitImport(input: $input) {
    __typename
    ... on ImportReport { status createdRows updatedRows unchangedRows
                          problems { row code } }
  }
}
"""
ACCOUNT_PREVIEW = """
mutation Preview($input: PreviewImportInput!) {
  previewImport(input: $input) {
    ... on ImportPreview {
      mapping { column target }
      report { status problems { row code } outcomes { row action } }
    }
  }
}
"""
TEMPLATES = """
query Templates($entity: String) {
  importTemplates(entity: $entity) {
    id name entity mapping { column target } codeLists options createdBy
  }
}
"""
SAVE = """
mutation Save($input: SaveImportTemplateInput!) {
  saveImportTemplate(input: $input) {
    __typename
    ... on ImportTemplate { id name mapping { column target } options }
    ... on ValidationError { fields { field code } }
    ... on PermissionDeniedError { permission }
  }
}
"""
DELETE = """
mutation Delete($input: DeleteImportTemplateInput!) {
  deleteImportTemplate(input: $input) {
    __typename
    ... on DeletedImportTemplate { id }
    ... on NotFoundError { code }
  }
}
"""
PROGRESS = """
subscription Progress($key: String!) {
  importProgress(key: $key) { key phase done total }
}
"""
# Mapping 客户状态 to status takes customer.archive, as a closing does.
IMPORTER = ("customer.read", "customer.write", "customer.import", "customer.archive")
HEADER = "客户号,客户姓名,手机号,客户状态,网点"


def csv_file(*lines: str) -> bytes:
    return ("\n".join([HEADER, *lines]) + "\n").encode()


# ---------------------------------------------------------------- update mode


async def test_preview_in_update_mode_lists_each_rows_outcome(client):
    home = await branch()
    first = await customer_from_german(0, home)
    second = await customer_from_german(1, home)
    data = csv_file(
        f"{first.customer_no},{first.full_name},13800138000,active,BJ01",
        f"{second.customer_no},{second.full_name},,,BJ01",
        "C9000000001,新客户,13900139000,,BJ01",
    )

    body = await upload(client, PREVIEW, data, mode="UPDATE")

    report = body["data"]["previewImport"]["report"]
    assert (report["status"], report["updatedRows"], report["unchangedRows"]) == (
        "CHECKED",
        1,
        1,
    )
    assert report["outcomes"] == [
        {
            "row": 2,
            "action": "UPDATE",
            "customerNo": first.customer_no,
            "version": 1,
            "changes": [
                {"field": "mobile_phone", "old": "", "new": "+8**********00"},
                {"field": "status", "old": "prospect", "new": "active"},
            ],
            "customer": {"id": to_global_id("Customer", first.id)},
        },
        {
            "row": 3,
            "action": "UNCHANGED",
            "customerNo": second.customer_no,
            "version": 1,
            "changes": [],
            "customer": {"id": to_global_id("Customer", second.id)},
        },
        {
            "row": 4,
            "action": "CREATE",
            "customerNo": "C9000000001",
            "version": None,
            "changes": [],
            "customer": None,
        },
    ]
    assert "13800138000" not in str(body)
    assert await Customer.all().count() == 2


async def test_commit_in_update_mode_updates_and_audits(client):
    home = await branch()
    first = await customer_from_german(0, home)
    data = csv_file(f"{first.customer_no},{first.full_name},13800138000,,BJ01")

    body = await upload(client, COMMIT, data, mode="UPDATE")

    assert body["data"]["commitImport"] == {
        "__typename": "ImportReport",
        "status": "COMMITTED",
        "createdRows": 0,
        "updatedRows": 1,
        "unchangedRows": 0,
        "problems": [],
    }
    after = await Customer.get(id=first.id)
    assert (after.version, open_fields(after)["mobile_phone"]) == (2, "+8613800138000")
    event = await AuditEvent.get(action="customer.update", entity_id=str(first.id))
    assert event.field_names == ["mobile_phone"]


async def test_commit_in_create_mode_leaves_the_customer_alone(client):
    home = await branch()
    first = await customer_from_german(0, home)
    data = csv_file(f"{first.customer_no},{first.full_name},13800138000,,BJ01")

    body = await upload(client, COMMIT, data)

    result = body["data"]["commitImport"]
    assert (result["createdRows"], result["updatedRows"]) == (0, 0)
    assert (await Customer.get(id=first.id)).version == 1


# ---------------------------------------------------------------- templates


def template_input(name: str = "柜面模板", **extra) -> dict:
    return {
        "name": name,
        "mapping": [
            {"column": "客户号", "target": "customer_no"},
            {"column": "客户姓名", "target": "full_name"},
            {"column": "网点", "target": "branch_code"},
            {"column": "备注", "target": None},
        ],
        "codeLists": {"gender": {"1": "male", "2": "female"}},
        "mode": "UPDATE",
        **extra,
    }


async def test_template_is_saved_listed_replaced_and_deleted(client):
    saved = await gql(client, SAVE, input=template_input())
    await gql(client, SAVE, input=template_input(mode="CREATE"))
    await gql(client, SAVE, input=template_input("另一个", entity="account"))

    listed = await gql(client, TEMPLATES, entity="customer")

    template = saved["data"]["saveImportTemplate"]
    assert template["mapping"] == [
        {"column": "客户号", "target": "customer_no"},
        {"column": "客户姓名", "target": "full_name"},
        {"column": "网点", "target": "branch_code"},
    ]
    assert listed["data"]["importTemplates"] == [
        {
            "id": template["id"],
            "name": "柜面模板",
            "entity": "customer",
            "mapping": template["mapping"],
            "codeLists": {"gender": {"1": "male", "2": "female"}},
            "options": {"mode": "create"},
            "createdBy": "system",
        }
    ]

    deleted = await gql(client, DELETE, input={"id": template["id"]})
    again = await gql(client, DELETE, input={"id": template["id"]})

    assert deleted["data"]["deleteImportTemplate"] == {
        "__typename": "DeletedImportTemplate",
        "id": template["id"],
    }
    assert again["data"]["deleteImportTemplate"] == {
        "__typename": "NotFoundError",
        "code": "NOT_FOUND",
    }
    assert await ImportTemplate.all().values_list("name", flat=True) == ["另一个"]


async def test_template_without_a_name_or_mapping_is_refused(client):
    body = await gql(client, SAVE, input={"name": " ", "mapping": []})

    assert body["data"]["saveImportTemplate"]["fields"] == [
        {"field": "name", "code": "REQUIRED"},
        {"field": "mapping", "code": "REQUIRED"},
    ]
    assert await ImportTemplate.all().count() == 0


async def test_templates_need_the_import_permission(client, caller):
    await gql(client, SAVE, input=template_input())
    as_actor(caller, "customer.read", "customer.write")

    saved = await gql(client, SAVE, input=template_input("新模板"))
    listed = await gql(client, TEMPLATES)

    assert saved["data"]["saveImportTemplate"] == {
        "__typename": "PermissionDeniedError",
        "permission": "customer.import",
    }
    assert listed["data"]["importTemplates"] is None
    assert listed["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert await ImportTemplate.all().values_list("name", flat=True) == ["柜面模板"]


async def test_a_saved_template_maps_the_next_file(client):
    await branch()
    ignored = ["手机号", "客户状态"]
    await gql(client, SAVE, input=template_input(ignoredColumns=ignored))
    data = csv_file("C9000000002,新客户,13900139000,,BJ01")

    body = await upload(client, COMMIT, data, template="柜面模板")

    assert body["data"]["commitImport"]["createdRows"] == 1
    created = await Customer.get(customer_no="C9000000002")
    assert (created.full_name, created.mobile_phone) == ("新客户", None)


# ---------------------------------------------------------------- progress


async def test_progress_of_a_commit_is_pushed_to_its_key(
    session_settings, database, caller, client
):
    await branch()
    caller.actor = Actor(subject="importer-1", permissions=frozenset(IMPORTER))
    app = create_app(session_settings, connect=False, resolve_actor=caller.resolve)
    lines = [f"C91{i:08d},客户{i},,,BJ01" for i in range(12)]
    async with Socket(app) as socket:
        await socket.init()
        await socket.send(
            {"id": "1", "type": "subscribe",
             "payload": {"query": PROGRESS, "variables": {"key": "run-7f3a"}}}
        )  # fmt: skip
        for _ in range(WAIT * 100):
            if events.subscriber_count(importing.PROGRESS_TOPIC):
                break
            await asyncio.sleep(0.01)
        await events.publish(
            importing.PROGRESS_TOPIC,
            {"key": "run-7f3a", "subject": "someone-else", "phase": "write",
             "done": 1, "total": 1},
        )  # fmt: skip

        await upload(client, COMMIT, csv_file(*lines), progressKey="run-7f3a")
        pushed = [await socket.receive() for _ in range(2)]
        finished = await socket.receive()

    assert [m["payload"]["data"]["importProgress"] for m in pushed] == [
        {"key": "run-7f3a", "phase": "write", "done": 12, "total": 12},
        {"key": "run-7f3a", "phase": "done", "done": 12, "total": 12},
    ]
    assert finished == {"id": "1", "type": "complete"}
    assert events.subscriber_count(importing.PROGRESS_TOPIC) == 0


# ---------------------------------------------------------------- accounts


async def test_accounts_are_previewed_and_committed_through_the_graph(client):
    home = await branch()
    owner = await customer_from_german(0, home)
    await Product.create(
        code="DEP-CUR",
        name="活期储蓄账户",
        name_en="Current account",
        category="deposit",
    )
    data = (
        "客户号,账号,产品代码,开户日期,余额\n"
        f"{owner.customer_no},6210000000000017,DEP-CUR,2026-01-05,1169.00\n"
    ).encode()

    preview = await upload(client, ACCOUNT_PREVIEW, data, entity="ACCOUNT")
    committed = await upload(client, COMMIT, data, entity="ACCOUNT")

    shown = preview["data"]["previewImport"]
    assert [m["target"] for m in shown["mapping"]] == [
        "customer_no",
        "number",
        "product_code",
        "opened_on",
        "balance",
    ]
    assert shown["report"]["outcomes"] == [{"row": 2, "action": "CREATE"}]
    assert committed["data"]["commitImport"]["createdRows"] == 1
    account = await Account.get(number="6210000000000017")
    assert (account.customer_id, str(account.balance)) == (owner.id, "1169.00")


# ---------------------------------------------------------------- scope of a dry run

SCOPED_PREVIEW = """
mutation Preview($input: PreviewImportInput!) {
  previewImport(input: $input) {
    __typename
    ... on ImportPreview {
      report { jobId totalRows
               duplicates { row otherRow score reasons customer { id } } }
    }
  }
}
"""


async def test_a_dry_run_says_only_matches_out_of_scope_of_another_branch(
    client, caller
):
    home, other = await branch(), await branch("SH01")
    mine = await customer_from_german(0, home, mobile_phone="13800138000")
    await customer_from_german(1, other, mobile_phone="13900139000")
    await customer_from_german(2, other, mobile_phone="13700137000")
    data = csv_file(
        ",新客户甲,13800138000,,BJ01",
        ",新客户乙,13900139000,,BJ01",
        ",新客户丙,13700137000,,BJ01",
    )
    as_actor(caller, *IMPORTER, branch_id=home.id)

    body = await upload(client, SCOPED_PREVIEW, data)

    report = body["data"]["previewImport"]["report"]
    assert report["duplicates"] == [
        {
            "row": 2,
            "otherRow": None,
            "score": report["duplicates"][0]["score"],
            "reasons": ["SAME_MOBILE_PHONE"],
            "customer": {"id": to_global_id("Customer", mine.id)},
        },
        *(
            {
                "row": row,
                "otherRow": None,
                "score": 0.0,
                "reasons": ["MATCHES_OUT_OF_SCOPE"],
                "customer": None,
            }
            for row in (3, 4)
        ),
    ]
    assert report["duplicates"][0]["score"] > 0
    events = await AuditEvent.filter(action="customer.import.preview")
    assert [(e.entity, e.details) for e in events] == [("ImportJob", {"total_rows": 3})]
    assert "13800138000" not in str([vars(e) for e in events])


async def test_a_head_office_dry_run_hears_every_match(client, caller):
    home, other = await branch(), await branch("SH01")
    theirs = await customer_from_german(1, other, mobile_phone="13900139000")
    as_actor(caller, *IMPORTER)

    body = await upload(client, SCOPED_PREVIEW, csv_file(",新客户,13900139000,,BJ01"))

    (finding,) = body["data"]["previewImport"]["report"]["duplicates"]
    assert finding["reasons"] == ["SAME_MOBILE_PHONE"]
    assert finding["customer"] == {"id": to_global_id("Customer", theirs.id)}
    assert home.id != other.id
