"""Data-subject rights through the real schema: erasure and the per-customer export."""

from __future__ import annotations

import base64
import json
from datetime import UTC, date, datetime

from cims.api.ids import to_global_id
from cims.domain.actor import Actor
from cims.domain.crypto import open_fields
from cims.models import Account, AuditEvent, Customer, Transaction
from tests.factories import accounts_with_history, branch, customer_from_german

ERASE = """
mutation Erase($input: EraseCustomerInput!) {
  eraseCustomer(input: $input) {
    __typename
    ... on Customer { customerNo fullName mobilePhone idNumber erasedAt archivedAt
                      status version }
    ... on ErasureHeldError { code message holds { code message count until } }
    ... on RefusedError { code }
    ... on ConflictError { code currentVersion }
    ... on NotFoundError { code }
    ... on PermissionDeniedError { code permission }
  }
}
"""

EXPORT = """
mutation Export($input: ExportCustomerDataInput!) {
  exportCustomerData(input: $input) {
    __typename
    ... on ExportFile { fileName contentType contentBase64 rowCount }
    ... on NotFoundError { code }
    ... on PermissionDeniedError { code permission }
  }
}
"""

PHONE = "+8613900139000"
DPO = ("customer.read", "customer.erase")
DSAR = (
    "customer.read",
    "customer.export",
    "customer.pii.read",
    "customer.financial.read",
)


async def gql(client, query: str, **variables) -> dict:
    response = await client.post(
        "/graphql", json={"query": query, "variables": variables}
    )
    assert response.status_code == 200
    return response.json()


def as_actor(caller, *permissions: str, branch_id: int | None = None) -> None:
    caller.actor = Actor(
        subject="staff-7", permissions=frozenset(permissions), branch_id=branch_id
    )


async def person():
    return await customer_from_german(5, await branch(), mobile_phone=PHONE)


def erase_input(row, version=None, ground="WITHDRAWN_CONSENT") -> dict:
    return {
        "id": to_global_id("Customer", row.id),
        "version": row.version if version is None else version,
        "ground": ground,
    }


# ---------------------------------------------------------------- erasure


async def test_erase_customer_answers_the_pseudonymised_row(client, caller):
    row = await person()
    as_actor(caller, *DPO, "customer.pii.read")

    body = await gql(client, ERASE, input=erase_input(row))

    erased = body["data"]["eraseCustomer"]
    assert erased["__typename"] == "Customer"
    assert erased["fullName"].startswith("ERASED-")
    assert (erased["mobilePhone"], erased["idNumber"]) == (None, None)
    assert erased["erasedAt"] and erased["archivedAt"]
    assert (erased["customerNo"], erased["status"], erased["version"]) == (
        row.customer_no,
        "CLOSED",
        row.version + 1,
    )


async def test_erase_customer_lists_every_hold_and_changes_nothing(client, caller):
    row = await person()
    await accounts_with_history(row)
    as_actor(caller, *DPO)

    body = await gql(client, ERASE, input=erase_input(row))

    refused = body["data"]["eraseCustomer"]
    assert (refused["__typename"], refused["code"]) == (
        "ErasureHeldError",
        "ERASURE_HELD",
    )
    holds = {h["code"]: h for h in refused["holds"]}
    assert set(holds) == {"OPEN_ACCOUNTS", "RETENTION_PERIOD"}
    assert holds["OPEN_ACCOUNTS"]["count"] == 2
    assert holds["RETENTION_PERIOD"]["until"] == "2030-01-05"
    stored = await Customer.get(id=row.id)
    assert (stored.version, stored.erased_at) == (row.version, None)
    assert open_fields(stored)["mobile_phone"] == PHONE


async def test_erase_customer_needs_the_erase_permission(client, caller):
    row = await person()
    as_actor(caller, "customer.read", "customer.write", "customer.archive")

    body = await gql(client, ERASE, input=erase_input(row))

    assert body["data"]["eraseCustomer"] == {
        "__typename": "PermissionDeniedError",
        "code": "FORBIDDEN",
        "permission": "customer.erase",
    }
    assert (await Customer.get(id=row.id)).erased_at is None


async def test_erase_customer_with_a_stale_version_is_a_conflict(client, caller):
    row = await person()
    as_actor(caller, *DPO)

    body = await gql(client, ERASE, input=erase_input(row, version=row.version + 3))

    assert body["data"]["eraseCustomer"] == {
        "__typename": "ConflictError",
        "code": "CONFLICT",
        "currentVersion": row.version,
    }


async def test_erasing_an_erased_customer_is_refused(client, caller):
    row = await person()
    as_actor(caller, *DPO)
    first = await gql(client, ERASE, input=erase_input(row))

    again = await gql(
        client,
        ERASE,
        input=erase_input(row, version=first["data"]["eraseCustomer"]["version"]),
    )

    assert again["data"]["eraseCustomer"] == {
        "__typename": "RefusedError",
        "code": "ALREADY_ERASED",
    }


RESTORE = """
mutation Restore($input: RestoreCustomerInput!) {
  restoreCustomer(input: $input) {
    __typename
    ... on Customer { archivedAt }
    ... on RefusedError { code }
  }
}
"""


async def test_an_erased_customer_cannot_be_restored(client, caller):
    row = await person()
    as_actor(caller, *DPO, "customer.archive")
    erased = (await gql(client, ERASE, input=erase_input(row)))["data"]["eraseCustomer"]
    assert erased["archivedAt"] is not None

    restored = await gql(
        client,
        RESTORE,
        input={"id": to_global_id("Customer", row.id), "version": erased["version"]},
    )

    assert restored["data"]["restoreCustomer"] == {
        "__typename": "RefusedError",
        "code": "ALREADY_ERASED",
    }
    assert (await Customer.get(id=row.id)).archived_at is not None


async def test_an_unknown_ground_is_refused_by_the_schema(client, caller):
    row = await person()
    as_actor(caller, *DPO)

    body = await gql(client, ERASE, input=erase_input(row, ground="BECAUSE"))

    assert body["data"] is None
    assert (await Customer.get(id=row.id)).erased_at is None


# ---------------------------------------------------------------- export


def content_of(body) -> dict:
    file = body["data"]["exportCustomerData"]
    return json.loads(base64.b64decode(file["contentBase64"]))


async def test_export_customer_data_holds_everything_in_clear(client, caller):
    row = await person()
    await accounts_with_history(row, transactions=3)
    as_actor(caller, *DSAR)

    body = await gql(client, EXPORT, input={"id": to_global_id("Customer", row.id)})

    file = body["data"]["exportCustomerData"]
    assert file["__typename"] == "ExportFile"
    assert file["fileName"].startswith(f"subject-{row.customer_no}-")
    assert file["contentType"] == "application/json"
    data = content_of(body)
    clear = open_fields(row)
    assert data["customer"]["mobile_phone"] == PHONE
    assert data["customer"]["id_number"] == clear["id_number"]
    assert data["customer"]["annual_income"] == str(row.annual_income)
    assert "mobile_phone_index" not in data["customer"]
    numbers = await Account.filter(customer_id=row.id).values_list("number", flat=True)
    assert sorted(a["number"] for a in data["accounts"]) == sorted(numbers)
    assert (
        len(data["transactions"])
        == await Transaction.filter(customer_id=row.id).count()
    )
    assert [e["action"] for e in data["audit_events"]] == ["customer.create"]
    assert file["rowCount"] == 1 + 2 + 6 + 1


async def test_export_customer_data_is_audited_without_values(client, caller):
    row = await person()
    as_actor(caller, *DSAR)

    await gql(client, EXPORT, input={"id": to_global_id("Customer", row.id)})

    event = await AuditEvent.get(action="customer.subject_export")
    assert (event.actor, event.entity_id) == ("staff-7", str(row.id))
    assert {"customer", "transactions", "audit_events"} <= set(event.field_names)
    assert PHONE not in json.dumps(event.field_names)


async def test_export_customer_data_needs_clear_personal_data(client, caller):
    row = await person()
    as_actor(caller, "customer.read", "customer.export")

    body = await gql(client, EXPORT, input={"id": to_global_id("Customer", row.id)})

    assert body["data"]["exportCustomerData"] == {
        "__typename": "PermissionDeniedError",
        "code": "FORBIDDEN",
        "permission": "customer.pii.read",
    }
    assert not await AuditEvent.filter(action="customer.subject_export").exists()


async def test_export_of_another_branch_customer_is_not_found(client, caller):
    row = await person()
    other = await branch("SH01")
    as_actor(caller, *DSAR, branch_id=other.id)

    body = await gql(client, EXPORT, input={"id": to_global_id("Customer", row.id)})

    assert body["data"]["exportCustomerData"] == {
        "__typename": "NotFoundError",
        "code": "NOT_FOUND",
    }


async def test_export_after_erasure_holds_no_personal_data(client, caller):
    row = await person()
    as_actor(caller, *DSAR, *DPO)
    await gql(client, ERASE, input=erase_input(row))

    body = await gql(client, EXPORT, input={"id": to_global_id("Customer", row.id)})

    data = content_of(body)
    assert data["customer"]["mobile_phone"] is None
    assert data["customer"]["full_name"].startswith("ERASED-")
    assert PHONE not in json.dumps(data, ensure_ascii=False)
    assert [e["action"] for e in data["audit_events"]] == [
        "customer.create",
        "customer.erase",
    ]
    assert (
        date.fromisoformat(data["customer"]["erased_at"][:10])
        == datetime.now(UTC).date()
    )
