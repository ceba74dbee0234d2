"""A request refused anything for want of a permission leaves one ``access.denied``
event: the operation, the refused fields by schema path or the refused mutation,
the actor, request ID and client address; never an argument or a value."""

from __future__ import annotations

from cims.api.ids import to_global_id
from cims.auth.policy import permissions_for
from cims.domain.actor import Actor
from cims.models import AuditEvent
from tests.factories import branch, customer_from_german

ANALYST = permissions_for(["analyst"])


def _as(caller, permissions, subject: str = "tester-1") -> None:
    caller.actor = Actor(subject=subject, permissions=frozenset(permissions))


async def _post(client, query: str, request_id: str, **variables) -> dict:
    response = await client.post(
        "/graphql",
        json={"query": query, "variables": variables},
        headers={"x-request-id": request_id},
    )
    assert response.status_code == 200
    return response.json()


async def _denials() -> list[AuditEvent]:
    return await AuditEvent.filter(action="access.denied").order_by("id")


async def test_a_refused_field_is_audited_by_its_schema_path(client, caller):
    home = await branch()
    customer = await customer_from_german(0, home)
    _as(caller, {"customer.read"})
    query = """
    query Profile($id: ID!) {
      secret: customer(id: $id) { fullName born: birthDate ...More }
    }
    fragment More on Customer { customAttributes }
    """

    body = await _post(
        client, query, "req-denied-1", id=to_global_id("Customer", customer.id)
    )

    codes = sorted(e["extensions"]["code"] for e in body["errors"])
    assert codes == ["FORBIDDEN", "FORBIDDEN"]
    [event] = await _denials()
    assert event.actor == "tester-1"
    assert event.entity == "Operation"
    assert event.request_id == "req-denied-1"
    assert event.client_address == "127.0.0.1"
    assert event.details == {
        "operation": "Profile",
        "operation_type": "query",
        "refused_fields": ["customer.birthDate", "customer.customAttributes"],
        "refused_mutations": [],
    }
    # Neither the customer's ID (an argument) nor an alias is recorded.
    assert to_global_id("Customer", customer.id) not in str(event.details)
    assert "secret" not in str(event.details) and "born" not in str(event.details)


async def test_refusals_in_a_list_make_one_event(client, caller):
    home = await branch()
    for row in range(3):
        await customer_from_german(row, home)
    _as(caller, {"customer.read"})

    await _post(
        client,
        "{ customers(first: 3) { edges { node { fullName birthDate } } } }",
        "req-denied-2",
    )

    [event] = await _denials()
    assert event.details["refused_fields"] == ["customers.edges.node.birthDate"]
    assert event.details["operation"] is None


async def test_a_refused_operation_field_is_audited(client, caller):
    _as(caller, ANALYST)

    await _post(client, "query Trail { auditEvents { totalCount } }", "req-denied-3")

    [event] = await _denials()
    assert event.details["refused_fields"] == ["auditEvents"]


async def test_refused_introspection_is_audited(client, caller):
    _as(caller, {"customer.read"})

    body = await _post(client, "{ __schema { queryType { name } } }", "req-denied-4")

    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    [event] = await _denials()
    assert event.details["refused_fields"] == ["__schema"]


async def test_a_mutation_answered_permission_denied_is_audited(client, caller):
    home = await branch()
    _as(caller, {"customer.read"})
    query = """
    mutation Create($input: CreateCustomerInput!) {
      createCustomer(input: $input) { __typename }
    }
    """

    body = await _post(
        client,
        query,
        "req-denied-5",
        input={
            "fullName": "王芳",
            "branchId": to_global_id("Branch", home.id),
            "mobilePhone": "+8613800138000",
        },
    )

    assert body["data"]["createCustomer"]["__typename"] == "PermissionDeniedError"
    [event] = await _denials()
    assert event.details["refused_mutations"] == ["createCustomer"]
    assert event.details["operation_type"] == "mutation"
    assert "王芳" not in str(event.details) and "13800138000" not in str(event.details)


async def test_an_allowed_request_leaves_no_denial(client, caller):
    home = await branch()
    await customer_from_german(0, home)
    _as(caller, {"customer.read", "customer.pii.read"})

    await _post(
        client,
        "{ customers(first: 1) { edges { node { birthDate } } } }",
        "req-denied-6",
    )

    assert await _denials() == []


async def test_each_refused_request_leaves_its_own_event(client, caller):
    _as(caller, ANALYST)

    await _post(client, "{ auditEvents { totalCount } }", "req-denied-7")
    await _post(client, "{ auditEvents { totalCount } }", "req-denied-8")

    assert [e.request_id for e in await _denials()] == ["req-denied-7", "req-denied-8"]
