"""Data-subject rights through the real schema: erasure and the per-customer export."""

from __future__ import annotations

import base64
import json
from datetime import UTC, date, datetime

from cims.api.ids import to_global_id
from cims.domain import complaints, consent, kyc, relationships
from cims.domain.actor import Actor
from cims.domain.crypto import open_fields
from cims.models import (
    Account,
    AuditEvent,
    Branch,
    Complaint,
    ComplaintStatus,
    Customer,
    ErasureRequest,
    KycDocument,
    Transaction,
)
from tests.factories import (
    accounts_with_history,
    branch,
    complaint_category,
    customer_from_german,
)

REQUEST = """
mutation Request($input: RequestErasureInput!) {
  requestErasure(input: $input) {
    __typename
    ... on ErasureRequest { id status ground reference requestedBy requestedByYou
                            customer { customerNo erasedAt } }
    ... on ErasureHeldError { code message holds { code message count until } }
    ... on RefusedError { code }
    ... on ValidationError { code fields { field code } }
    ... on NotFoundError { code }
    ... on PermissionDeniedError { code permission }
  }
}
"""

APPROVE = """
mutation Approve($input: ApproveErasureRequestInput!) {
  approveErasureRequest(input: $input) {
    __typename
    ... on ErasureRequest { id status decidedBy requestedByYou
      customer { customerNo fullName mobilePhone idNumber erasedAt archivedAt
                 status version pendingErasureRequest { id } } }
    ... on ErasureHeldError { code message holds { code message count until } }
    ... on RefusedError { code message }
    ... on ConflictError { code currentVersion }
    ... on NotFoundError { code }
    ... on PermissionDeniedError { code permission }
  }
}
"""

REJECT = """
mutation Reject($input: RejectErasureRequestInput!) {
  rejectErasureRequest(input: $input) {
    __typename
    ... on ErasureRequest { id status decidedBy decisionReason }
    ... on RefusedError { code }
    ... on ValidationError { code fields { field code } }
    ... on NotFoundError { code }
    ... on PermissionDeniedError { code permission }
  }
}
"""

PENDING = """
query Pending($first: Int, $after: String, $status: [ErasureRequestStatus!]) {
  erasureRequests(first: $first, after: $after, status: $status) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id status reference customer { customerNo } } }
  }
}
"""

NODE = """
query Node($id: ID!) {
  node(id: $id) { __typename ... on ErasureRequest { id status reference } }
}
"""

CUSTOMER = """
query Customer($id: ID!) {
  customer(id: $id) {
    customerNo
    pendingErasureRequest { id status requestedByYou }
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


def as_actor(
    caller, *permissions: str, branch_id: int | None = None, subject="staff-7"
) -> None:
    caller.actor = Actor(
        subject=subject, permissions=frozenset(permissions), branch_id=branch_id
    )


async def person():
    return await customer_from_german(5, await branch(), mobile_phone=PHONE)


def request_input(row, ground="WITHDRAWN_CONSENT", reference="DSR-2026-042") -> dict:
    return {
        "customerId": to_global_id("Customer", row.id),
        "ground": ground,
        "reference": reference,
    }


async def requested(client, caller, row) -> str:
    """A pending request made by staff-7; answers its global ID."""
    as_actor(caller, *DPO)
    body = await gql(client, REQUEST, input=request_input(row))
    return body["data"]["requestErasure"]["id"]


async def erase_by_two(client, caller, row) -> dict:
    request_id = await requested(client, caller, row)
    as_actor(caller, *DPO, "customer.pii.read", subject="staff-8")
    body = await gql(client, APPROVE, input={"id": request_id})
    return body["data"]["approveErasureRequest"]


# ---------------------------------------------------------------- erasure


async def test_a_request_waits_and_a_second_person_erases(client, caller):
    row = await person()
    as_actor(caller, *DPO)

    asked = (await gql(client, REQUEST, input=request_input(row)))["data"][
        "requestErasure"
    ]

    assert asked["__typename"] == "ErasureRequest"
    assert (asked["status"], asked["ground"], asked["reference"]) == (
        "PENDING",
        "WITHDRAWN_CONSENT",
        "DSR-2026-042",
    )
    assert (asked["requestedBy"], asked["requestedByYou"]) == ("staff-7", True)
    assert asked["customer"] == {"customerNo": row.customer_no, "erasedAt": None}
    assert (await Customer.get(id=row.id)).erased_at is None

    as_actor(caller, *DPO, "customer.pii.read", subject="staff-8")
    body = await gql(client, APPROVE, input={"id": asked["id"]})

    approved = body["data"]["approveErasureRequest"]
    assert approved["__typename"] == "ErasureRequest"
    assert (approved["status"], approved["decidedBy"]) == ("APPROVED", "staff-8")
    assert approved["requestedByYou"] is False
    erased = approved["customer"]
    assert erased["fullName"].startswith("ERASED-")
    assert (erased["mobilePhone"], erased["idNumber"]) == (None, None)
    assert erased["erasedAt"] and erased["archivedAt"]
    assert (erased["customerNo"], erased["status"], erased["version"]) == (
        row.customer_no,
        "CLOSED",
        row.version + 1,
    )
    assert erased["pendingErasureRequest"] is None


async def test_the_requester_cannot_approve(client, caller):
    row = await person()
    request_id = await requested(client, caller, row)

    body = await gql(client, APPROVE, input={"id": request_id})

    refused = body["data"]["approveErasureRequest"]
    assert (refused["__typename"], refused["code"]) == ("RefusedError", "SAME_APPROVER")
    assert (await Customer.get(id=row.id)).erased_at is None
    pending = await gql(client, CUSTOMER, id=to_global_id("Customer", row.id))
    assert pending["data"]["customer"]["pendingErasureRequest"] == {
        "id": request_id,
        "status": "PENDING",
        "requestedByYou": True,
    }


async def test_a_request_lists_every_hold_and_stores_nothing(client, caller):
    row = await person()
    await accounts_with_history(row)
    as_actor(caller, *DPO)

    body = await gql(client, REQUEST, input=request_input(row))

    refused = body["data"]["requestErasure"]
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
    assert not await ErasureRequest.exists()


async def test_a_hold_at_approval_refuses_and_the_request_stays(client, caller):
    row = await person()
    request_id = await requested(client, caller, row)
    await accounts_with_history(row)
    as_actor(caller, *DPO, subject="staff-8")

    body = await gql(client, APPROVE, input={"id": request_id})

    refused = body["data"]["approveErasureRequest"]
    assert refused["__typename"] == "ErasureHeldError"
    assert {h["code"] for h in refused["holds"]} == {
        "OPEN_ACCOUNTS",
        "RETENTION_PERIOD",
    }
    listed = await gql(client, PENDING)
    assert listed["data"]["erasureRequests"]["totalCount"] == 1
    assert (await Customer.get(id=row.id)).erased_at is None


async def test_a_colleague_rejects_with_a_reason(client, caller):
    row = await person()
    request_id = await requested(client, caller, row)
    as_actor(caller, *DPO, subject="staff-8")

    empty = await gql(client, REJECT, input={"id": request_id, "reason": " "})
    body = await gql(
        client, REJECT, input={"id": request_id, "reason": "Litigation pending"}
    )

    assert empty["data"]["rejectErasureRequest"] == {
        "__typename": "ValidationError",
        "code": "VALIDATION_FAILED",
        "fields": [{"field": "reason", "code": "REQUIRED"}],
    }
    assert body["data"]["rejectErasureRequest"] == {
        "__typename": "ErasureRequest",
        "id": request_id,
        "status": "REJECTED",
        "decidedBy": "staff-8",
        "decisionReason": "Litigation pending",
    }
    again = await gql(client, APPROVE, input={"id": request_id})
    assert again["data"]["approveErasureRequest"]["code"] == "ALREADY_DECIDED"
    listed = await gql(client, PENDING, status=["REJECTED"])
    assert listed["data"]["erasureRequests"]["totalCount"] == 1
    assert (await gql(client, PENDING))["data"]["erasureRequests"]["totalCount"] == 0


async def test_a_second_pending_request_is_refused(client, caller):
    row = await person()
    await requested(client, caller, row)
    as_actor(caller, *DPO, subject="staff-8")

    body = await gql(client, REQUEST, input=request_input(row, reference="DSR-2"))

    assert body["data"]["requestErasure"] == {
        "__typename": "RefusedError",
        "code": "ERASURE_REQUESTED",
    }


async def test_pending_requests_page_oldest_first(client, caller):
    home = await branch()
    rows = [await customer_from_german(i, home) for i in (5, 6, 7)]
    for row in rows:
        await requested(client, caller, row)

    first = (await gql(client, PENDING, first=2))["data"]["erasureRequests"]
    after = first["pageInfo"]["endCursor"]
    rest = (await gql(client, PENDING, first=2, after=after))["data"]["erasureRequests"]

    numbers = [e["node"]["customer"]["customerNo"] for e in first["edges"]]
    numbers += [e["node"]["customer"]["customerNo"] for e in rest["edges"]]
    assert numbers == [row.customer_no for row in rows]
    assert (first["totalCount"], first["pageInfo"]["hasNextPage"]) == (3, True)
    assert rest["pageInfo"]["hasNextPage"] is False


async def test_a_request_is_a_node_for_those_who_may_erase(client, caller):
    row = await person()
    request_id = await requested(client, caller, row)

    found = await gql(client, NODE, id=request_id)
    as_actor(caller, "customer.read")
    hidden = await gql(client, NODE, id=request_id)
    other = await branch("SH01")
    as_actor(caller, *DPO, branch_id=other.id)
    elsewhere = await gql(client, NODE, id=request_id)

    assert found["data"]["node"] == {
        "__typename": "ErasureRequest",
        "id": request_id,
        "status": "PENDING",
        "reference": "DSR-2026-042",
    }
    assert hidden["data"]["node"] is None
    assert elsewhere["data"]["node"] is None


async def test_every_step_needs_the_erase_permission(client, caller):
    row = await person()
    request_id = await requested(client, caller, row)
    as_actor(caller, "customer.read", "customer.write", "customer.archive")

    asked = await gql(client, REQUEST, input=request_input(row))
    approved = await gql(client, APPROVE, input={"id": request_id})
    listed = await gql(client, PENDING)
    shown = await gql(client, CUSTOMER, id=to_global_id("Customer", row.id))

    denied = {
        "__typename": "PermissionDeniedError",
        "code": "FORBIDDEN",
        "permission": "customer.erase",
    }
    assert asked["data"]["requestErasure"] == denied
    assert approved["data"]["approveErasureRequest"] == denied
    assert listed["data"]["erasureRequests"] is None
    assert listed["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert shown["data"]["customer"]["pendingErasureRequest"] is None
    assert (await Customer.get(id=row.id)).erased_at is None


async def test_an_erased_customer_refuses_another_request(client, caller):
    row = await person()
    await erase_by_two(client, caller, row)

    body = await gql(client, REQUEST, input=request_input(row))

    assert body["data"]["requestErasure"] == {
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
    erased = (await erase_by_two(client, caller, row))["customer"]
    assert erased["archivedAt"] is not None
    as_actor(caller, *DPO, "customer.archive")

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

    body = await gql(client, REQUEST, input=request_input(row, ground="BECAUSE"))

    assert body["data"] is None
    assert not await ErasureRequest.exists()


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
    await erase_by_two(client, caller, row)
    as_actor(caller, *DSAR)

    body = await gql(client, EXPORT, input={"id": to_global_id("Customer", row.id)})

    data = content_of(body)
    assert data["customer"]["mobile_phone"] is None
    assert data["customer"]["full_name"].startswith("ERASED-")
    assert PHONE not in json.dumps(data, ensure_ascii=False)
    assert [e["action"] for e in data["audit_events"]] == [
        "customer.create",
        "customer.erase.request",
        "customer.erase",
    ]
    assert (
        date.fromisoformat(data["customer"]["erased_at"][:10])
        == datetime.now(UTC).date()
    )


DOCUMENTS = """
query Documents($id: ID!) {
  customer(id: $id) {
    kycDocuments { docType number status issuedOn }
    consents { purpose granted latest { channel } }
    relationships { role }
  }
}
"""
ADD_DOCUMENT = """
mutation Add($input: AddKycDocumentInput!) {
  addKycDocument(input: $input) { __typename ... on RefusedError { code message } }
}
"""
CONSENT = """
mutation Consent($input: RecordConsentInput!) {
  recordConsent(input: $input) { __typename ... on RefusedError { code } }
}
"""


async def test_after_erasure_documents_show_no_number_and_nothing_is_added(
    client, caller
):
    row = await person()
    other = await customer_from_german(6, await Branch.get(id=row.branch_id))
    actor = Actor.system()
    await kyc.add_document(
        actor, row.id, kyc.NewDocument("passport", "E12345678", "CN")
    )
    await consent.record_consent(actor, row.id, "marketing", True, "branch")
    await relationships.add_relation(actor, other.id, "spouse", row.id)
    await erase_by_two(client, caller, row)
    as_actor(
        caller, "customer.read", "customer.pii.read", "kyc.manage", "consent.record"
    )
    reads = await AuditEvent.filter(action="pii.read").count()
    gid = to_global_id("Customer", row.id)

    seen = (await gql(client, DOCUMENTS, id=gid))["data"]["customer"]
    added = await gql(
        client,
        ADD_DOCUMENT,
        input={"customerId": gid, "docType": "PASSPORT", "number": "E12345678"},
    )
    granted = await gql(
        client,
        CONSENT,
        input={
            "customerId": gid,
            "purpose": "MARKETING",
            "granted": True,
            "channel": "BRANCH",
        },
    )

    assert seen["kycDocuments"] == [
        {"docType": "PASSPORT", "number": None, "status": "PENDING", "issuedOn": None}
    ]
    [marketing] = [c for c in seen["consents"] if c["purpose"] == "MARKETING"]
    assert marketing == {
        "purpose": "MARKETING",
        "granted": False,
        "latest": {"channel": "ERASURE"},
    }
    assert seen["relationships"] == []
    assert await AuditEvent.filter(action="pii.read").count() == reads
    assert added["data"]["addKycDocument"]["__typename"] == "RefusedError"
    assert added["data"]["addKycDocument"]["code"] == "ALREADY_ERASED"
    assert granted["data"]["recordConsent"] == {
        "__typename": "RefusedError",
        "code": "ALREADY_ERASED",
    }


async def test_the_export_holds_kyc_events_and_no_staff_identities_or_internals(
    client, caller
):
    row = await person()
    gid = to_global_id("Customer", row.id)
    as_actor(caller, "customer.read", "customer.pii.read", "kyc.manage", subject="rm-1")
    added = await gql(
        client,
        ADD_DOCUMENT,
        input={"customerId": gid, "docType": "PASSPORT", "number": "E12345678"},
    )
    await gql(client, DOCUMENTS, id=gid)  # a clear read of the number: audited
    # A relationship manager's rights: no audit.read.
    as_actor(caller, *DSAR, subject="rm-2")

    body = await gql(client, EXPORT, input={"id": gid})

    assert added["data"]["addKycDocument"]["__typename"] == "KycDocument"
    text = base64.b64decode(
        body["data"]["exportCustomerData"]["contentBase64"]
    ).decode()
    data = json.loads(text)
    actions = [e["action"] for e in data["audit_events"]]
    assert actions.count("kyc.add") == 1 and "pii.read" in actions
    assert data["kyc_document"][0]["number"] == "E12345678"
    [stored] = await KycDocument.all()
    events = await AuditEvent.all()
    internals = {stored.number, stored.number_index, "rm-1", "rm-2", "127.0.0.1"}
    internals |= {e.request_id for e in events if e.request_id}
    internals |= {e.hash for e in events}
    assert sorted(s for s in internals if s in text) == []


COMPLAINT_STEP = """
mutation Step($reopen: ReopenComplaintInput!, $comment: CommentOnComplaintInput!) {
  reopenComplaint(input: $reopen) {
    __typename
    ... on Complaint { status }
    ... on RefusedError { code message }
  }
  commentOnComplaint(input: $comment) {
    __typename
    ... on Complaint { status }
    ... on RefusedError { code message }
  }
}
"""


async def test_an_erased_customers_resolved_complaint_is_not_reopened(
    client, caller, monkeypatch
):
    monkeypatch.setenv("CIMS_ERASURE_RETENTION_YEARS", "0")
    row = await person()
    category = await complaint_category("Checking or savings account", "Managing")
    filer = Actor(subject="agent-1", permissions=frozenset({"complaint.file"}))
    filed = await complaints.file_complaint(
        filer, row.id, category_id=category.id, description="charged twice",
        severity="medium", channel="phone",
    )  # fmt: skip
    await Complaint.filter(id=filed.id).update(
        status=ComplaintStatus.RESOLVED, resolved_at=datetime.now(UTC)
    )
    assert (await erase_by_two(client, caller, row))["__typename"] == "ErasureRequest"
    as_actor(caller, "complaint.read", "complaint.handle")
    step = {"id": to_global_id("Complaint", filed.id), "version": filed.version}

    body = await gql(
        client,
        COMPLAINT_STEP,
        reopen={**step, "reason": "customer called back"},
        comment={**step, "text": "客户来电补充说明"},
    )

    assert "errors" not in body
    for field in ("reopenComplaint", "commentOnComplaint"):
        answer = body["data"][field]
        assert (answer["__typename"], answer["code"]) == (
            "RefusedError",
            "ALREADY_ERASED",
        ), field
    assert (await Complaint.get(id=filed.id)).status == ComplaintStatus.RESOLVED
