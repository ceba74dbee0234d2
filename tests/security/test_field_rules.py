"""Every field carrying personal or financial data, for every role.

The fields are found by walking the schema for @masked and @requires directives, so
a new sensitive field is covered without touching this test.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from cims.api.ids import to_global_id
from cims.api.permissions import Masked, Requires
from cims.api.schema import schema
from cims.auth.policy import ROLES, permissions_for
from cims.domain.actor import Actor
from cims.domain.crypto import open_fields
from cims.models import CreditAssessment, Customer, CustomerValue, ErasureRequest
from tests.api.test_customers import gql
from tests.factories import accounts_with_history, branch, customer_from_german

CLEAR = {
    "mobile_phone": "+8613800138000",
    "email": "wang.fang@example.com",
    "address": "北京市东城区东长安街1号",
}


def _rules(type_name: str) -> dict[str, tuple[str, str]]:
    """GraphQL field name -> ("masked" | "requires", permission)."""
    definition = schema.get_type_by_name(type_name)
    rules = {}
    for field in definition.fields:
        for directive in field.directives:
            kind = {Masked: "masked", Requires: "requires"}.get(type(directive))
            if kind:
                rules[schema.config.name_converter.get_graphql_name(field)] = (
                    kind,
                    directive.permission,
                )
    return rules


CUSTOMER_RULES = _rules("Customer")
SELECTIONS = {
    "annualIncome": "annualIncome { amount }",
    "assets": "assets { amount }",
    "liabilities": "liabilities { amount }",
    "accounts": "accounts(first: 5) { totalCount }",
    "transactions": "transactions(first: 5) { totalCount }",
    "balanceSummary": "balanceSummary { currency }",
    "segments": "segments { name }",
    "value": "value { rfm }",
    "recommendations": "recommendations { rank }",
    "pendingErasureRequest": "pendingErasureRequest { id }",
    "complaints": "complaints(first: 1) { totalCount }",
    "creditAssessments": "creditAssessments(first: 1) { totalCount }",
    "latestCreditAssessment": "latestCreditAssessment { grade }",
}


async def _value_of(customer) -> None:
    """The value analytics would have stored: null until a refresh has run."""
    await CustomerValue.create(
        customer=customer,
        as_of=date(2026, 1, 1),
        recency_score=3,
        frequency_score=3,
        monetary_score=3,
        rfm="333",
        annual_margin=100.0,
        lifetime_value=500.0,
        tier="silver",
        model_version="v0001",
        computed_at=datetime.now(UTC),
    )


async def _assessment_of(customer) -> None:
    """A stored credit assessment, so that the latest one is not null."""
    await CreditAssessment.create(
        customer=customer,
        model_kind="credit-german_credit",
        model_version="v0001",
        algorithm="logistic",
        probability=0.02,
        grade="A",
        points=700,
        recommended_limit=Decimal("50000.00"),
        created_by="risk-1",
    )


async def _erasure_request_of(customer) -> None:
    """A pending erasure request, so that the field has something to answer."""
    await ErasureRequest.create(
        customer=customer,
        ground="objection",
        reference="DSR-1",
        pending_customer_id=customer.id,
        requested_by="dpo-1",
    )


def test_the_walk_finds_the_sensitive_fields():
    assert {
        "idNumber",
        "mobilePhone",
        "email",
        "address",
        "annualIncome",
        "accounts",
        "transactions",
        "birthDate",
        "customAttributes",
        "creditAssessments",
        "latestCreditAssessment",
    } <= set(CUSTOMER_RULES)


# Roles that see customers at all; the others (a core banking service account)
# get none of a customer's fields, checked below.
READERS = sorted(r for r in ROLES if "customer.read" in ROLES[r])
NON_READERS = sorted(set(ROLES) - set(READERS))


@pytest.mark.parametrize("role", READERS)
async def test_each_sensitive_customer_field_for_each_role(client, caller, role):
    home = await branch()
    row = await customer_from_german(
        0, home, assets=Decimal("52000.00"), liabilities=Decimal("1169.00"), **CLEAR
    )
    await accounts_with_history(row, transactions=2)
    await _value_of(row)
    await _assessment_of(row)
    await _erasure_request_of(row)
    clear = open_fields(row)
    permissions = permissions_for([role])
    caller.actor = Actor(
        subject=f"demo.{role}", roles=frozenset({role}), permissions=permissions
    )
    selection = " ".join(SELECTIONS.get(name, name) for name in CUSTOMER_RULES)

    body = await gql(
        client,
        f"query($id: ID!) {{ customer(id: $id) {{ {selection} }} }}",
        id=to_global_id("Customer", row.id),
    )

    data = body["data"]["customer"]
    forbidden = {
        tuple(e["path"])
        for e in body.get("errors", [])
        if e["extensions"]["code"] == "FORBIDDEN"
    }
    for name, (kind, permission) in CUSTOMER_RULES.items():
        allowed = permission in permissions
        if kind == "requires":
            assert (data[name] is not None) == allowed, (role, name)
            assert (("customer", name) in forbidden) == (not allowed), (role, name)
        else:
            snake = "".join("_" + c.lower() if c.isupper() else c for c in name)
            assert (data[name] == clear[snake]) == allowed, (role, name)
            assert data[name] is not None, (role, name)
    assert len(forbidden) == len(body.get("errors", []))


@pytest.mark.parametrize("role", NON_READERS)
async def test_roles_without_customer_read_get_no_customer(client, caller, role):
    row = await customer_from_german(0, await branch(), **CLEAR)
    caller.actor = Actor(
        subject=f"demo.{role}", roles=frozenset({role}), permissions=ROLES[role]
    )
    selection = " ".join(SELECTIONS.get(name, name) for name in CUSTOMER_RULES)

    body = await gql(
        client,
        f"query($id: ID!) {{ customer(id: $id) {{ fullName {selection} }} }}",
        id=to_global_id("Customer", row.id),
    )

    assert body["data"]["customer"] is None
    assert [e["extensions"]["code"] for e in body["errors"]] == ["FORBIDDEN"]


FINANCIAL_ATTRIBUTES = {"Income": 129.0, "Debt": 0.0, "Amount": 800, "label": "good"}


@pytest.mark.parametrize("role", READERS)
async def test_custom_attributes_and_birth_date_follow_the_role(client, caller, role):
    row = await customer_from_german(
        0, await branch(), custom_attributes=FINANCIAL_ATTRIBUTES, **CLEAR
    )
    permissions = permissions_for([role])
    caller.actor = Actor(
        subject=f"demo.{role}", roles=frozenset({role}), permissions=permissions
    )

    body = await gql(
        client,
        "query { customers(first: 5) { edges { node { "
        "customAttributes birthDate birthYear } } } }",
    )

    [edge] = body["data"]["customers"]["edges"]
    node = edge["node"]
    financial = "customer.financial.read" in permissions
    personal = "customer.pii.read" in permissions
    assert (node["customAttributes"] == FINANCIAL_ATTRIBUTES) == financial, role
    assert (node["customAttributes"] is None) == (not financial), role
    assert node["birthDate"] == (row.birth_date.isoformat() if personal else None)
    assert node["birthYear"] == row.birth_date.year
    codes = [e["extensions"]["code"] for e in body.get("errors", [])]
    assert codes == ["FORBIDDEN"] * ((not financial) + (not personal))


def test_every_permission_gated_field_is_nullable():
    """A refused field answers null: were it non-null, the null would spread up
    and wipe its parent (a whole customer list for want of complaint.read)."""
    from graphql import is_non_null_type

    gated = []
    for name, graphql_type in schema._schema.type_map.items():
        definition = schema.get_type_by_name(name)
        for field in getattr(definition, "fields", None) or []:
            if any(isinstance(d, Requires) for d in field.directives or ()):
                field_name = schema.config.name_converter.get_graphql_name(field)
                gated.append((name, field_name))
                assert not is_non_null_type(graphql_type.fields[field_name].type), (
                    name,
                    field_name,
                )
    assert ("Customer", "complaints") in gated
    assert ("Customer", "customAttributes") in gated


async def test_an_analyst_lists_customers_though_complaints_are_refused(client, caller):
    await customer_from_german(0, await branch())
    caller.actor = Actor(
        subject="demo.analyst",
        roles=frozenset({"analyst"}),
        permissions=permissions_for(["analyst"]),
    )

    body = await gql(
        client,
        "query { customers(first: 5) { edges { node { customerNo "
        "complaints(first: 1) { totalCount } } } } }",
    )

    [edge] = body["data"]["customers"]["edges"]
    assert edge["node"]["customerNo"] and edge["node"]["complaints"] is None
    assert [e["extensions"]["code"] for e in body["errors"]] == ["FORBIDDEN"]


# ---------------------------------------------------------------- writing gated fields

WRITE_CREATE = """
mutation Create($input: CreateCustomerInput!) {
  createCustomer(input: $input) {
    __typename
    ... on Customer { fullName }
    ... on PermissionDeniedError { code permission field message }
  }
}
"""
WRITE_UPDATE = """
mutation Update($input: UpdateCustomerInput!) {
  updateCustomer(input: $input) {
    __typename
    ... on Customer { version }
    ... on PermissionDeniedError { code permission field }
  }
}
"""
# A value of each input field that answers only to a permission on read.
GATED_VALUES = {
    "birthDate": "1990-03-07",
    "annualIncome": "120000",
    "assets": "52000",
    "liabilities": "1169",
    "customAttributes": {"Income": 129.0},
}


def _gated_inputs() -> dict[str, str]:
    """Input field -> the permission its read needs, from the schema's directives."""
    inputs = schema.get_type_by_name("CreateCustomerInput").fields
    names = {schema.config.name_converter.get_graphql_name(f) for f in inputs}
    return {
        name: permission
        for name, (kind, permission) in CUSTOMER_RULES.items()
        if kind == "requires" and name in names
    }


def test_the_domain_gates_the_fields_the_schema_gates():
    from cims.api.errors import camel
    from cims.domain.customers import GATED_FIELDS

    assert {camel(n): p for n, p in GATED_FIELDS.items()} == _gated_inputs()
    assert set(GATED_VALUES) == set(_gated_inputs())


def _without(permission: str) -> Actor:
    """A teller (who writes customers) without ``permission``."""
    permissions = permissions_for(["teller"]) - {permission}
    return Actor(
        subject="demo.teller", roles=frozenset({"teller"}), permissions=permissions
    )


@pytest.mark.parametrize("name", sorted(GATED_VALUES))
async def test_creating_with_a_field_one_may_not_read_is_refused(client, caller, name):
    home = await branch()
    permission = _gated_inputs()[name]
    caller.actor = _without(permission)
    given = {"fullName": "王芳", "branchId": to_global_id("Branch", home.id)}

    body = await gql(client, WRITE_CREATE, input={**given, name: GATED_VALUES[name]})

    assert body["data"]["createCustomer"] == {
        "__typename": "PermissionDeniedError",
        "code": "FORBIDDEN",
        "permission": permission,
        "field": name,
        "message": f"Permission {permission} is required to write {_snake(name)}",
    }
    assert await Customer.all().count() == 0


@pytest.mark.parametrize("name", sorted(GATED_VALUES))
async def test_updating_a_field_one_may_not_read_is_refused(client, caller, name):
    row = await customer_from_german(0, await branch(), custom_attributes={"a": 1})
    before = await Customer.filter(id=row.id).values()
    permission = _gated_inputs()[name]
    caller.actor = _without(permission)
    given = {"id": to_global_id("Customer", row.id), "version": row.version}

    body = await gql(client, WRITE_UPDATE, input={**given, name: GATED_VALUES[name]})

    assert body["data"]["updateCustomer"] == {
        "__typename": "PermissionDeniedError",
        "code": "FORBIDDEN",
        "permission": permission,
        "field": name,
    }
    assert await Customer.filter(id=row.id).values() == before


async def test_holding_the_read_permission_one_writes_the_field(client, caller):
    row = await customer_from_german(0, await branch())
    caller.actor = Actor(
        subject="demo.rm",
        roles=frozenset({"relationship_manager"}),
        permissions=permissions_for(["relationship_manager"]),
    )
    given = {"id": to_global_id("Customer", row.id), "version": row.version}
    # The birth date stays: the stored ID number carries it.
    financial = {k: v for k, v in GATED_VALUES.items() if k != "birthDate"}

    body = await gql(client, WRITE_UPDATE, input={**given, **financial})

    assert body["data"]["updateCustomer"] == {
        "__typename": "Customer",
        "version": row.version + 1,
    }
    assert (await Customer.get(id=row.id)).custom_attributes["Income"] == 129.0


def _snake(name: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in name)
