"""Personal data: sealed at rest, masked without permission, audited when revealed."""

from __future__ import annotations

from tortoise import Tortoise

from cims.api.ids import to_global_id
from cims.domain import audit
from cims.domain.actor import Actor
from cims.domain.crypto import open_fields
from cims.models import AuditEvent
from tests.api.test_customers import gql
from tests.factories import branch, customer_from_german

CLEAR = {
    "mobile_phone": "+8613800138000",
    "email": "wang.fang@example.com",
    "address": "北京市东城区东长安街1号",
}
VIEW = """query($id: ID!) { customer(id: $id) {
  idNumber mobilePhone email address annualIncome { amount } } }"""
READER = Actor(subject="teller-7", permissions=frozenset({"customer.read"}))
OFFICER = Actor(
    subject="rm-3",
    permissions=frozenset(
        {"customer.read", "customer.pii.read", "customer.financial.read"}
    ),
)


async def _stored() -> tuple:
    row = await customer_from_german(0, await branch(), **CLEAR)
    return row, open_fields(row)


async def test_raw_database_holds_no_personal_value_in_clear(database):
    row, clear = await _stored()
    conn = Tortoise.get_connection("default")

    raw = await conn.execute_query_dict('SELECT * FROM "customer"')
    dump = repr(raw)

    for value in clear.values():
        assert value not in dump
    assert "13800138000" not in dump and "example.com" not in dump
    assert raw[0]["id_number"].startswith("v1.")


async def test_without_permission_values_are_masked(client, caller):
    row, clear = await _stored()
    caller.actor = READER

    body = await gql(client, VIEW, id=to_global_id("Customer", row.id))

    data = body["data"]["customer"]
    assert (
        data["idNumber"]
        == clear["id_number"][:6] + "********" + clear["id_number"][-4:]
    )
    assert data["mobilePhone"] == "138****8000"
    assert data["email"] == "w***@example.com"
    assert data["address"] == "北京市东城区****"
    assert data["annualIncome"] is None
    assert [(e["path"], e["extensions"]["code"]) for e in body["errors"]] == [
        (["customer", "annualIncome"], "FORBIDDEN")
    ]
    assert await AuditEvent.filter(action="pii.read").count() == 0


async def test_revealing_clear_values_is_audited(client, caller):
    row, clear = await _stored()
    caller.actor = OFFICER

    body = await gql(client, VIEW, id=to_global_id("Customer", row.id))

    assert body["data"]["customer"]["idNumber"] == clear["id_number"]
    event = await AuditEvent.get(action="pii.read")
    assert (event.actor, event.entity, event.entity_id) == (
        "rm-3",
        "Customer",
        str(row.id),
    )
    assert event.field_names == ["address", "email", "id_number", "mobile_phone"]


async def test_search_by_phone_is_no_oracle_without_permission(client, caller):
    await _stored()
    search = '{ customers(filter: {text: "13800138000"}) { totalCount } }'

    caller.actor = READER
    hidden = await gql(client, search)
    caller.actor = OFFICER
    found = await gql(client, search)

    assert hidden["data"]["customers"]["totalCount"] == 0
    assert found["data"]["customers"]["totalCount"] == 1


async def test_audit_chain_detects_removed_and_altered_events(database):
    await _stored()
    await audit.record(Actor.system(), "test.one", "Customer", 1, ["status"])
    await audit.record(Actor.system(), "test.two", "Customer", 1, ["status"])
    assert (await audit.verify()).ok

    second = await AuditEvent.get(action="test.one")
    await AuditEvent.filter(id=second.id).update(actor="someone-else")
    altered = await audit.verify()
    await AuditEvent.filter(id=second.id).update(actor="system")
    await AuditEvent.filter(id=second.id).delete()
    removed = await audit.verify()

    assert (altered.broken_at, altered.reason) == (second.id, "this event was altered")
    assert removed.reason == "an event before this one was removed"
    assert removed.broken_at > second.id


async def test_every_mutation_appends_an_audit_event(client):
    home = await branch()
    create = """mutation($input: CreateCustomerInput!) {
      createCustomer(input: $input) { ... on Customer { id } } }"""

    body = await gql(
        client,
        create,
        input={
            "fullName": "赵敏",
            "branchId": to_global_id("Branch", home.id),
            "email": "z@x.cn",
        },
    )

    event = await AuditEvent.get(action="customer.create")
    assert body["data"]["createCustomer"]["id"] == to_global_id(
        "Customer", int(event.entity_id)
    )
    assert event.field_names == ["branch_id", "email", "full_name", "kind"]
    assert "z@x.cn" not in repr(event.__dict__)
