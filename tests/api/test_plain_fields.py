"""Plain fields answered without the per-field machinery (cims.api.execution):
the same values and errors as graphql-core's own executor, and the permission
directives still enforced on the fields that carry them."""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal

import pytest
import strawberry
from strawberry.extensions import FieldExtension
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext

from cims.api.execution import PlainField, PlainFieldExecutor, mark_plain_fields
from cims.api.ids import to_global_id
from cims.api.schema import schema as cims_schema
from cims.domain.actor import Actor
from cims.models import AuditEvent
from tests.api.test_customers import gql
from tests.factories import branch, customer_from_german


@strawberry.enum
class Colour(enum.Enum):
    RED = "red"
    BLUE = "blue"


class Shout(FieldExtension):
    calls = 0

    def resolve(self, next_, source, info, **kwargs):
        Shout.calls += 1
        return next_(source, info, **kwargs).upper()


@strawberry.type
class Thing:
    name: str
    nickname: str | None
    colour: Colour
    made_on: dt.date
    stamped: dt.datetime
    price: Decimal
    count: int
    id: strawberry.ID
    loud: str = strawberry.field(extensions=[Shout()])

    @strawberry.field
    def computed(self) -> str:
        return f"{self.name}!"


class Broken:
    """Looks like a Thing; some attributes fail or hold what their type refuses."""

    name = None  # non-null in the schema
    nickname = "n"
    colour = "not a colour"
    made_on = dt.date(2026, 1, 2)
    stamped = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    count = 7
    id = "x"
    loud = "quiet"

    @property
    def price(self):
        raise RuntimeError("no price")


def thing() -> Thing:
    return Thing(
        name="widget",
        nickname=None,
        colour=Colour.BLUE,
        made_on=dt.date(2026, 12, 4),
        stamped=dt.datetime(2026, 12, 4, 21, 0, tzinfo=dt.UTC),
        price=Decimal("12.50"),
        count=3,
        id="VGhpbmc6MQ",
        loud="hello",
    )


@strawberry.type
class Query:
    @strawberry.field
    def thing(self) -> Thing:
        return thing()

    @strawberry.field
    def broken(self) -> Thing | None:
        return Broken()  # type: ignore[return-value]


def build(fast: bool) -> strawberry.Schema:
    executor = PlainFieldExecutor if fast else StrawberryGraphQLCoreExecutionContext
    built = strawberry.Schema(query=Query, execution_context_class=executor)
    if fast:
        mark_plain_fields(built)
    return built


ALL = "name nickname colour madeOn stamped price count id loud computed"


def test_only_fields_without_resolver_extension_or_argument_are_marked():
    built = build(fast=True)
    fields = built._schema.type_map["Thing"].fields
    marked = {name for name, f in fields.items() if isinstance(f.resolve, PlainField)}
    assert marked == {
        "name", "nickname", "colour", "madeOn", "stamped", "price", "count", "id"
    }  # fmt: skip
    assert not isinstance(
        built._schema.type_map["Query"].fields["thing"].resolve, PlainField
    )


async def test_plain_fields_answer_what_the_ordinary_executor_answers():
    Shout.calls = 0
    fast = await build(fast=True).execute(f"{{ thing {{ {ALL} }} }}")
    slow = await build(fast=False).execute(f"{{ thing {{ {ALL} }} }}")
    assert fast.errors is None and slow.errors is None
    assert fast.data == slow.data
    assert fast.data["thing"]["colour"] == "BLUE"
    assert fast.data["thing"]["price"] == "12.50"
    assert fast.data["thing"]["loud"] == "HELLO"  # the extension still ran
    assert Shout.calls == 2


async def test_plain_fields_fail_as_the_ordinary_executor_fails():
    for query in (
        "{ broken { name } }",
        "{ broken { colour } }",
        "{ broken { price } }",
    ):
        fast = await build(fast=True).execute(query)
        slow = await build(fast=False).execute(query)
        assert fast.data == slow.data, query
        assert [e.formatted for e in fast.errors] == [e.formatted for e in slow.errors]
        assert fast.errors, query
    mixed = await build(fast=True).execute("{ broken { nickname count madeOn } }")
    assert mixed.errors is None
    assert mixed.data == {
        "broken": {"nickname": "n", "count": 7, "madeOn": "2026-01-02"}
    }


def test_directive_protected_fields_keep_their_resolvers():
    customer = cims_schema._schema.type_map["Customer"].fields
    guarded = ("idNumber", "mobilePhone", "email", "address", "annualIncome", "assets",
               "liabilities", "accounts", "transactions", "birthDate",
               "customAttributes")  # fmt: skip
    for name in guarded:
        assert not isinstance(customer[name].resolve, PlainField), name
    for name in ("id", "customerNo", "kind", "createdAt", "version"):
        assert isinstance(customer[name].resolve, PlainField), name
    for type_ in cims_schema._schema.type_map.values():
        for name, field in getattr(type_, "fields", {}).items():
            if isinstance(getattr(field, "resolve", None), PlainField):
                source = field.extensions["strawberry-definition"]
                assert not source.extensions and not source.directives, name


QUERY = """
query($id: ID!) { node(id: $id) { ... on Customer {
  id customerNo kind fullName gender birthDate nationality idType maritalStatus status
  kycStatus customAttributes source createdAt updatedAt version archivedAt
  idNumber mobilePhone annualIncome { amount currency }
} } }
"""


@pytest.fixture
def stock_executor(monkeypatch):
    def use() -> None:
        monkeypatch.setattr(
            cims_schema,
            "execution_context_class",
            StrawberryGraphQLCoreExecutionContext,
        )

    return use


async def test_customer_fields_same_with_either_executor(
    client, caller, stock_executor
):
    row = await customer_from_german(1, await branch())
    cid = to_global_id("Customer", row.id)
    caller.actor = Actor(
        subject="reader",
        permissions=frozenset(
            {"customer.read", "customer.pii.read", "customer.financial.read"}
        ),
    )
    fast = await gql(client, QUERY, id=cid)
    stock_executor()
    slow = await gql(client, QUERY, id=cid)
    assert "errors" not in fast and fast == slow
    assert fast["data"]["node"]["customerNo"] == row.customer_no
    assert fast["data"]["node"]["kind"] == "INDIVIDUAL"


async def test_masked_and_required_fields_still_enforced(client, caller):
    row = await customer_from_german(2, await branch())
    cid = to_global_id("Customer", row.id)
    caller.actor = Actor(subject="teller", permissions=frozenset({"customer.read"}))

    body = await gql(client, QUERY, id=cid)

    node = body["data"]["node"]
    assert node["customerNo"] == row.customer_no
    assert "*" in node["idNumber"] and node["idNumber"] != row.id_number
    assert node["annualIncome"] is None
    assert node["birthDate"] is None and node["customAttributes"] is None
    refused = {(e["path"][-1], e["extensions"]["code"]) for e in body["errors"]}
    assert refused == {
        ("annualIncome", "FORBIDDEN"),
        ("birthDate", "FORBIDDEN"),
        ("customAttributes", "FORBIDDEN"),
    }
    assert await AuditEvent.filter(action="pii.read").count() == 0

    caller.actor = Actor(
        subject="officer",
        permissions=frozenset(
            {"customer.read", "customer.pii.read", "customer.financial.read"}
        ),
    )
    body = await gql(client, QUERY, id=cid)
    assert "errors" not in body
    assert "*" not in body["data"]["node"]["idNumber"]
    assert body["data"]["node"]["annualIncome"]["currency"] == "CNY"
    reveals = await AuditEvent.filter(action="pii.read")
    assert len(reveals) == 1 and reveals[0].actor == "officer"
