"""Values of a customer that record someone else's decision: a KYC verdict takes
kyc.verify, closing (and reopening) the relationship takes customer.archive, though
both are fields of the customer that customer.write edits."""

from __future__ import annotations

import pytest

from cims.api.ids import to_global_id
from cims.auth.policy import permissions_for
from cims.domain.actor import Actor
from cims.models import Customer
from cims.models.enums import CustomerStatus, KycStatus
from tests.api.test_customers import gql
from tests.factories import branch, customer_from_german

CREATE = """
mutation Create($input: CreateCustomerInput!) {
  createCustomer(input: $input) {
    __typename
    ... on Customer { kycStatus status }
    ... on PermissionDeniedError { code permission field message }
  }
}
"""
UPDATE = """
mutation Update($input: UpdateCustomerInput!) {
  updateCustomer(input: $input) {
    __typename
    ... on Customer { version kycStatus status }
    ... on PermissionDeniedError { code permission field message }
  }
}
"""


def _as(role: str, home) -> Actor:
    return Actor(
        subject=f"demo.{role}",
        roles=frozenset({role}),
        permissions=permissions_for([role]),
        branch_id=home.id,
    )


def _refusal(permission: str, field: str, snake: str) -> dict:
    return {
        "__typename": "PermissionDeniedError",
        "code": "FORBIDDEN",
        "permission": permission,
        "field": field,
        "message": f"Permission {permission} is required to write {snake}",
    }


REFUSED_TO_A_TELLER = [
    # (field, stored value, value given, permission)
    ("kycStatus", KycStatus.PENDING, "VERIFIED", "kyc.verify"),
    ("kycStatus", KycStatus.PENDING, "REJECTED", "kyc.verify"),
    ("kycStatus", KycStatus.REJECTED, "PENDING", "kyc.verify"),
    ("status", CustomerStatus.ACTIVE, "CLOSED", "customer.archive"),
    ("status", CustomerStatus.CLOSED, "ACTIVE", "customer.archive"),
]


@pytest.mark.parametrize(("name", "stored", "given", "permission"), REFUSED_TO_A_TELLER)
async def test_a_teller_may_not_decide_for_the_verifier_or_archiver(
    client, caller, name, stored, given, permission
):
    home = await branch()
    snake = {"kycStatus": "kyc_status", "status": "status"}[name]
    row = await customer_from_german(0, home, **{snake: stored})
    before = await Customer.filter(id=row.id).values()
    caller.actor = _as("teller", home)
    target = {"id": to_global_id("Customer", row.id), "version": row.version}

    body = await gql(client, UPDATE, input={**target, name: given})

    assert body["data"]["updateCustomer"] == _refusal(permission, name, snake)
    assert await Customer.filter(id=row.id).values() == before


@pytest.mark.parametrize(("name", "stored", "given", "permission"), REFUSED_TO_A_TELLER)
async def test_a_relationship_manager_may(
    client, caller, name, stored, given, permission
):
    home = await branch()
    snake = {"kycStatus": "kyc_status", "status": "status"}[name]
    row = await customer_from_german(0, home, **{snake: stored})
    caller.actor = _as("relationship_manager", home)
    assert caller.actor.can(permission)
    target = {"id": to_global_id("Customer", row.id), "version": row.version}

    body = await gql(client, UPDATE, input={**target, name: given})

    assert body["data"]["updateCustomer"]["__typename"] == "Customer"
    assert body["data"]["updateCustomer"][name] == given
    assert getattr(await Customer.get(id=row.id), snake) == given.lower()


@pytest.mark.parametrize(
    ("name", "stored", "given"),
    [
        ("kycStatus", KycStatus.VERIFIED, "EXPIRED"),
        ("kycStatus", KycStatus.VERIFIED, "PENDING"),
        ("status", CustomerStatus.ACTIVE, "DORMANT"),
    ],
)
async def test_a_teller_records_what_decides_nothing(
    client, caller, name, stored, given
):
    home = await branch()
    snake = {"kycStatus": "kyc_status", "status": "status"}[name]
    row = await customer_from_german(0, home, **{snake: stored})
    caller.actor = _as("teller", home)
    target = {"id": to_global_id("Customer", row.id), "version": row.version}

    body = await gql(client, UPDATE, input={**target, name: given})

    assert body["data"]["updateCustomer"][name] == given


async def test_a_teller_resends_a_verdict_already_given(client, caller):
    """The edit form sends every field back: an unchanged verdict is no decision."""
    home = await branch()
    row = await customer_from_german(0, home, kyc_status=KycStatus.VERIFIED)
    caller.actor = _as("teller", home)
    target = {"id": to_global_id("Customer", row.id), "version": row.version}

    body = await gql(
        client, UPDATE, input={**target, "kycStatus": "VERIFIED", "occupation": "教师"}
    )

    assert body["data"]["updateCustomer"]["version"] == row.version + 1


@pytest.mark.parametrize(
    ("name", "given", "permission"),
    [
        ("kycStatus", "VERIFIED", "kyc.verify"),
        ("kycStatus", "REJECTED", "kyc.verify"),
        ("status", "CLOSED", "customer.archive"),
    ],
)
async def test_a_teller_may_not_create_a_decided_customer(
    client, caller, name, given, permission
):
    home = await branch()
    caller.actor = _as("teller", home)
    snake = {"kycStatus": "kyc_status", "status": "status"}[name]
    fields = {"fullName": "王芳", "branchId": to_global_id("Branch", home.id)}

    body = await gql(client, CREATE, input={**fields, name: given})

    assert body["data"]["createCustomer"] == _refusal(permission, name, snake)
    assert await Customer.all().count() == 0
