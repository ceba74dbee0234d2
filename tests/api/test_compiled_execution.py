"""Subtrees completed from compiled plans (cims.api.execution.CompiledExecutor)
answer exactly what Strawberry's own executor answers: the same data, keys in
the same order, and the same errors (message, path, locations, extensions), for
plain and unusual values alike, and on CIMS's own schema for callers with and
without the permissions its gated and masked fields ask for."""

from __future__ import annotations

import asyncio
import enum
import json
import sys
from decimal import Decimal
from typing import Any

import pytest
import strawberry
from graphql import Undefined
from strawberry.extensions import FieldExtension, ParserCache
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext

from cims.api.execution import (
    SHARED_PLANS,
    CompiledExecutor,
    Guard,
    Later,
    PlainField,
    PlainLink,
    mark_plain_fields,
)
from cims.api.ids import to_global_id
from cims.api.schema import schema as cims_schema
from cims.domain.actor import Actor
from tests.api.test_customers import gql
from tests.conftest import ROOT
from tests.factories import accounts_with_history, branch, customer_from_german

sys.path.insert(0, str(ROOT / "bench" / "api"))

from queries import cims_variables, documents  # noqa: E402

# --- a small schema with every shape a plan meets -------------------------------


class Gate(FieldExtension):
    """A permission check that depends on who asks, like ``@requires``."""

    def resolve(self, next_, source, info, **kwargs):
        if not info.context["can_read_secrets"]:
            raise PermissionError("Permission secret.read is required")
        return next_(source, info, **kwargs)


class Lock(Guard):
    """Like ``@requires``: refused without the permission; a value read in clear
    is noted (as CIMS notes personal data for the audit)."""

    def permits(self, context):
        return context["can_read_secrets"]

    def refusal(self):
        return PermissionError("Permission secret.read is required")

    def shown(self, context, source, value):
        if value is not None:
            context["seen"].add(("lock", source.name))
        return value

    def resolve(self, next_, source, info, **kwargs):
        if not self.permits(info.context):
            raise self.refusal()
        return self.shown(info.context, source, next_(source, info, **kwargs))


class Veil(Guard):
    """Like ``@masked``: masked without the permission, noted when clear."""

    def permits(self, context):
        return True

    def shown(self, context, source, value):
        if value is None:
            return None
        if not context["can_read_secrets"]:
            return "*" * len(value)
        context["seen"].add(("veil", source.name))
        return value

    def resolve(self, next_, source, info, **kwargs):
        return self.shown(info.context, source, next_(source, info, **kwargs))


@strawberry.enum
class Grade(enum.Enum):
    A = "a"
    B = "b"
    ALSO_A = "a"  # an alias: serialized under the first name


@strawberry.interface
class Named:
    name: str


@strawberry.type
class Money:
    amount: Decimal
    currency: str


@strawberry.type
class Item(Named):
    code: str | None
    size: int
    price: Money
    discount: Money | None
    tags: list[str]
    notes: list[str | None] | None
    secret: str | None = strawberry.field(extensions=[Gate()])
    flavour: str = "plain"
    veiled: str | None = strawberry.field(default=None, extensions=[Veil()])
    vault: Money | None = strawberry.field(default=None, extensions=[Lock()])
    grade: Grade = Grade.A

    @strawberry.field
    def shout(self) -> str | None:
        if self.flavour == "boom":
            raise ValueError(f"cannot shout {self.name}")
        return self.name.upper()

    @strawberry.field
    def must(self) -> str:
        if self.flavour == "boom":
            raise ValueError(f"{self.name} has nothing to say")
        return self.name

    @strawberry.field
    async def later(self) -> Money:
        await asyncio.sleep(0)
        if self.flavour == "boom":
            raise ValueError(f"no money later for {self.name}")
        return Money(amount=Decimal(self.size), currency="EUR")

    @strawberry.field
    def label(self, prefix: str = "#") -> str:
        return f"{prefix}{self.size}"

    @strawberry.field(extensions=[Lock()])
    async def dues(self, info: strawberry.Info, times: int = 1) -> Money | None:
        await asyncio.sleep(0)
        if self.flavour == "boom":
            raise ValueError(f"no dues for {self.name}")
        info.context["seen"].add(("dues", self.name, times))
        return Money(amount=Decimal(self.size * times), currency="EUR")


@strawberry.type
class Other(Named):
    colour: str


@strawberry.type
class Edge:
    cursor: str
    node: Item


@strawberry.type
class PageInfo:
    has_next_page: bool
    end_cursor: str | None


@strawberry.type
class Page:
    edges: list[Edge]
    loose: list[Edge | None] | None
    info: PageInfo
    first: Item | None
    strict: Item
    named: list[Named]
    total: int


def item(n: int, flavour: str = "plain", **overrides: Any) -> Item:
    values = {
        "name": f"item{n}",
        "code": None if n % 2 else f"C{n}",
        "size": n,
        "price": Money(amount=Decimal(f"{n}.50"), currency="CNY"),
        "discount": None if n % 3 else Money(amount=Decimal("1.00"), currency="CNY"),
        "tags": [f"t{n}", "all"],
        "notes": None if n % 2 else ["a", None],
        "secret": f"s{n}",
        "flavour": flavour,
        "veiled": None if n % 4 == 3 else f"v{n}",
        "vault": None if n % 2 else Money(amount=Decimal(n), currency="USD"),
        "grade": Grade.B if n % 2 else Grade.ALSO_A,
    }
    values.update(overrides)
    return Item(**values)


class Awaitable:
    """An awaitable value that, unlike a coroutine, nobody has to await."""

    def __init__(self, value: Any) -> None:
        self.value = value

    def __await__(self):
        return self.settle().__await__()

    async def settle(self) -> Any:
        await asyncio.sleep(0)
        return self.value


def boom() -> None:
    raise RuntimeError("attribute exploded")


class Exploding(Item):
    """An Item whose ``price`` raises when read."""

    @property
    def price(self):
        boom()

    @price.setter
    def price(self, value):
        pass


def page(kind: str) -> Page:
    """A page, with what ``kind`` names done wrong somewhere in it."""
    items = [item(n) for n in range(1, 5)]
    edges = [Edge(cursor=f"c{i}", node=node) for i, node in enumerate(items)]
    loose: list[Any] = [*edges, None]
    strict: Any = item(7)
    first: Any = item(8)
    named: list[Any] = [item(10), Other(name="other", colour="red")]
    if kind == "null-in-non-null":
        edges[1].node = None  # type: ignore[assignment]
        items[2].price = None  # type: ignore[assignment]
        items[3].tags = ["ok", None]  # type: ignore[list-item]
    elif kind == "null-strict":
        strict = None
    elif kind == "errors":
        edges[0].node = item(1, "boom")
        strict = item(7, "boom")
        first = item(8, "boom")
        loose[0] = Edge(cursor="b", node=item(11, "boom"))
    elif kind == "wrong-types":
        edges[1].node = Money(amount=Decimal(1), currency="CNY")  # type: ignore
        items[2].grade = "b"  # type: ignore[assignment]
        items[3].veiled = 42  # type: ignore[assignment]
        items[3].vault = "not money"  # type: ignore[assignment]
        first = Other(name="not an item", colour="blue")
        items[0].size = "many"  # type: ignore[assignment]
        items[1].tags = "not a list"  # type: ignore[assignment]
        named.append(Money(amount=Decimal(2), currency="CNY"))
    elif kind == "cast":  # Items that say they are Others, where nulls may stand
        loose[2] = Edge(cursor="cast", node=strawberry.cast(Other, item(13)))
        first = strawberry.cast(Other, item(8))
    elif kind == "exceptions":
        edges[0].node = ValueError("node as a value")  # type: ignore[assignment]
        items[2].vault = ValueError("vault as a value")  # type: ignore
        items[1].discount = KeyError("discount as a value")  # type: ignore
        loose[1] = RuntimeError("edge as a value")
    elif kind == "undefined":
        items[0].code = Undefined
        items[1].discount = Undefined
        items[2].notes = ["a", Undefined]
        first = Undefined
        loose = Undefined
    elif kind == "exploding":
        first = Exploding(**vars(item(8)))
    elif kind == "awaitables":
        edges[0].node = Awaitable(item(9))  # type: ignore[assignment]
        items[1].veiled = Awaitable("late")  # type: ignore[assignment]
        loose[1] = Awaitable(Edge(cursor="late", node=item(12)))
    elif kind == "generators":
        edges = (edge for edge in edges)  # type: ignore[assignment]
        items[0].tags = (f"g{n}" for n in range(3))  # type: ignore[assignment]
    elif kind != "plain":
        raise AssertionError(kind)
    return Page(
        edges=edges,
        loose=loose,
        info=PageInfo(has_next_page=True, end_cursor="c3"),
        first=first,
        strict=strict,
        named=named,
        total=len(items),
    )


@strawberry.type
class Query:
    @strawberry.field
    def page(self, kind: str = "plain") -> Page | None:
        return page(kind)

    @strawberry.field
    def pages(self, kinds: list[str]) -> list[Page]:
        return [page(kind) for kind in kinds]


class QuietSchema(strawberry.Schema):
    def process_errors(self, errors, execution_context=None) -> None:
        return None  # the errors are the subject here, not news for the log


async def soon(value: Any) -> Any:
    await asyncio.sleep(0)
    return value


def loaded_later(value: Any, how: str) -> Later:
    """``value`` not at hand: loaded when asked, at once, by a coroutine, or failing
    (``how``); the loader checks it is handed the field's resolve info."""

    def load(info):
        assert info.field_name
        if how == "fails":
            raise RuntimeError("could not load it")
        return soon(value) if how == "coroutine" else value

    return Later(load)


def later_page(how: str, make: Any = page) -> Page:
    """The plain page with links, lists and leaves held as ``Later``s (``make``:
    the page builder itself, which the tests below replace with this one)."""
    built = make("plain")
    items = [edge.node for edge in built.edges]
    items[0].price = loaded_later(items[0].price, how)
    items[1].notes = loaded_later(items[1].notes, how)
    items[2].tags = loaded_later(items[2].tags, how)
    items[3].code = loaded_later(items[3].code, how)
    built.info = loaded_later(built.info, how)
    built.edges = loaded_later(built.edges, how)
    built.total = loaded_later(built.total, how)
    built.first.discount = loaded_later(built.first.discount, how)
    return built


def build(compiled: bool, marked: bool | None = None) -> strawberry.Schema:
    """The test schema, with the compiled executor or Strawberry's own; ``marked``
    (the default: as ``compiled``) gives plain fields their plain resolvers."""
    executor = CompiledExecutor if compiled else StrawberryGraphQLCoreExecutionContext
    built = QuietSchema(
        query=Query,
        types=[Item, Other],
        # As CIMS's schema: a repeated document is the same parsed nodes, so
        # plans compiled for one request serve the next.
        extensions=[lambda: ParserCache(maxsize=64)],
        execution_context_class=executor,
    )
    if compiled if marked is None else marked:
        mark_plain_fields(built)
    return built


COMPILED, STOCK = build(compiled=True), build(compiled=False)
# graphql-core's own executor over the plain resolvers, which answer a ``Later``.
MARKED_STOCK = build(compiled=False, marked=True)

ITEM = """
  __typename name code size price { amount currency } discount { amount }
  tags notes secret shout later { amount currency } label(prefix: "n")
"""
QUERIES = {
    "everything": f"""
query($kind: String!) {{ page(kind: $kind) {{
  __typename total
  info {{ hasNextPage endCursor }}
  edges {{ cursor node {{ {ITEM} }} }}
  loose {{ cursor node {{ name must later {{ amount }} }} }}
  first {{ {ITEM} }}
  named {{ __typename name ... on Item {{ size price {{ amount }} }} }}
}} }}""",
    "non-null propagation": """
query($kind: String!) { page(kind: $kind) {
  strict { name must price { amount } }
  edges { node { must size } }
} }""",
    "aliases and fragments": """
query($kind: String!) { page(kind: $kind) {
  all: edges { ...edge again: cursor }
  edges { c: cursor node { n: name, ...sizes } }
  loose { node { ... on Item { name } ... on Named { __typename name } } }
  first { ...sizes cost: price { a: amount amount } }
  info { ...on PageInfo { endCursor } hasNextPage }
} }
fragment edge on Edge { cursor node { ...sizes } }
fragment sizes on Item { size s: size name price { amount } }""",
    "include and skip": """
query($kind: String!, $yes: Boolean!, $no: Boolean!) { page(kind: $kind) {
  edges {
    cursor @include(if: $no)
    node {
      name @skip(if: $yes)
      size @include(if: $yes)
      price @include(if: $yes) { amount @skip(if: $no) currency @skip(if: $yes) }
      ... @include(if: $no) { code }
      ... on Item @skip(if: $no) { tags }
    }
  }
  first @skip(if: $yes) { name }
  info @include(if: $yes) { hasNextPage endCursor @include(if: $no) }
} }""",
    "guards": """
query($kind: String!, $times: Int!) { page(kind: $kind) {
  edges { node {
    name veiled vault { amount currency } grade
    dues(times: 2) { amount } d1: dues { amount } dv: dues(times: $times) { amount }
  } }
  loose { node { veiled dues(times: 3) { currency } } }
  first { veiled vault { amount } dues(times: 3) { currency } grade }
  strict { veiled grade vault { currency } }
} }""",
    "lists of pages": """
query($kinds: [String!]!) { pages(kinds: $kinds) {
  total edges { node { name tags price { amount } } } strict { name }
} }""",
}
KINDS = (
    "plain",
    "null-in-non-null",
    "null-strict",
    "errors",
    "wrong-types",
    "cast",
    "exceptions",
    "exploding",
    "undefined",
    "awaitables",
    "generators",
)


def outcome(result) -> tuple[str, list[dict]]:
    """Data as JSON text (so that key order counts) and the formatted errors."""
    errors = [error.formatted for error in result.errors or ()]
    return json.dumps(result.data), errors


async def run_both(query: str, variables: dict, can_read_secrets: bool) -> tuple:
    """Both executors' outcomes, each with what its guards noted."""
    contexts = [{"can_read_secrets": can_read_secrets, "seen": set()} for _ in "ab"]
    compiled = await COMPILED.execute(query, variables, context_value=contexts[0])
    stock = await STOCK.execute(query, variables, context_value=contexts[1])
    return (
        (*outcome(compiled), sorted(contexts[0]["seen"])),
        (*outcome(stock), sorted(contexts[1]["seen"])),
    )


def test_plain_object_and_list_fields_get_plain_resolvers():
    types = COMPILED._schema.type_map
    links = {
        (type_name, name)
        for type_name in ("Item", "Edge", "Page")
        for name, field in types[type_name].fields.items()
        if isinstance(field.resolve, PlainLink)
    }
    assert links == {
        ("Item", "price"), ("Item", "discount"), ("Item", "tags"), ("Item", "notes"),
        ("Edge", "node"), ("Page", "edges"), ("Page", "loose"), ("Page", "info"),
        ("Page", "first"), ("Page", "strict"), ("Page", "named"),
    }  # fmt: skip
    item_fields = types["Item"].fields
    for gated_or_resolved in ("secret", "shout", "must", "later", "label"):
        resolve = item_fields[gated_or_resolved].resolve
        assert not isinstance(resolve, PlainField | PlainLink), gated_or_resolved


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("name", list(QUERIES))
async def test_compiled_answers_what_strawberry_answers(name, kind, monkeypatch):
    completed: list[str] = []
    ordinary: set[str] = set()
    complete, execute = CompiledExecutor.complete, CompiledExecutor.ordinary

    def spy(self, plan, source, path):
        completed.append(plan.type_name)
        return complete(self, plan, source, path)

    def spy_ordinary(self, parent_type, source, fdl, path, key):
        ordinary.add(key)
        return execute(self, parent_type, source, fdl, path, key)

    monkeypatch.setattr(CompiledExecutor, "complete", spy)
    monkeypatch.setattr(CompiledExecutor, "ordinary", spy_ordinary)
    variables: dict[str, Any] = {"kind": kind, "yes": True, "no": False, "times": 4}
    if name == "lists of pages":
        variables = {"kinds": ["plain", kind, "plain"]}
    for can_read_secrets in (True, False):
        compiled, stock = await run_both(QUERIES[name], variables, can_read_secrets)
        assert compiled == stock, (name, kind, can_read_secrets)
    assert "Page" in completed
    if kind == "plain":
        assert "Item" in completed
        # plain fields, objects and lists inline; resolvers and gated fields not
        assert not ordinary & {"name", "price", "tags", "notes", "edges", "node"}
        if name == "everything":
            # an async resolver is called by the plan itself; sync resolvers and
            # extensions other than a Guard go graphql-core's way
            assert {"secret", "shout", "label"} <= ordinary
            assert "later" not in ordinary
    if kind == "plain" and name == "everything":
        data = json.loads(compiled[0])["page"]
        assert data["edges"][0]["node"]["price"] == {
            "amount": "1.50",
            "currency": "CNY",
        }
        assert data["named"][1] == {"__typename": "Other", "name": "other"}
        refused = {tuple(error["path"]) for error in compiled[1]}
        assert ("page", "edges", 0, "node", "secret") in refused


async def test_plans_apply_guards_and_call_async_resolvers(monkeypatch):
    """A guarded plain field and an async resolver behind a guard are completed
    by the plan when the guard lets them through (a resolver only with its
    arguments written in the document), and go graphql-core's way when refused:
    the same answers, errors and notes either way."""
    ordinary: set[str] = set()
    execute = CompiledExecutor.ordinary
    base = sys.modules[CompiledExecutor.__module__].base_execute_field

    def spy_ordinary(self, parent_type, source, fdl, path, key):
        ordinary.add(key)
        return execute(self, parent_type, source, fdl, path, key)

    def spy_base(self, parent_type, source, fdl, path, position_context):
        ordinary.add(path.key)
        return base(self, parent_type, source, fdl, path, position_context)

    monkeypatch.setattr(CompiledExecutor, "ordinary", spy_ordinary)
    monkeypatch.setattr(
        sys.modules[CompiledExecutor.__module__], "base_execute_field", spy_base
    )
    variables = {"kind": "plain", "times": 5}
    compiled, stock = await run_both(QUERIES["guards"], variables, True)
    assert compiled == stock
    assert not ordinary & {"veiled", "vault", "grade", "dues", "d1"}
    assert "dv" in ordinary  # an argument from a variable: the ordinary way
    data, errors, seen = compiled
    assert errors == []
    node = json.loads(data)["page"]["edges"][1]["node"]
    assert node["veiled"] == "v2"
    assert node["vault"] == {"amount": "2", "currency": "USD"}
    assert node["grade"] == "A"  # Grade.ALSO_A is an alias of A
    assert (node["dues"], node["d1"], node["dv"]) == (
        {"amount": "4"},
        {"amount": "2"},
        {"amount": "10"},
    )
    assert ("veil", "item2") in seen and ("lock", "item2") in seen
    assert ("dues", "item2", 2) in seen

    ordinary.clear()
    compiled, stock = await run_both(QUERIES["guards"], variables, False)
    assert compiled == stock
    assert {"vault", "dues", "d1"} <= ordinary
    assert "veiled" not in ordinary
    data, errors, seen = compiled
    assert json.loads(data)["page"]["edges"][1]["node"]["veiled"] == "**"
    refused = {tuple(error["path"]) for error in errors}
    assert ("page", "edges", 1, "node", "vault") in refused
    assert ("page", "edges", 1, "node", "dues") in refused
    assert seen == []


async def test_a_guard_that_fails_fails_at_its_field_either_way():
    """A guard that raises (here: the context lacks what it reads) gives the same
    errors at the guarded fields' paths, compiled or not."""
    variables = {"kind": "plain", "times": 2}
    answers = []
    for schema in (COMPILED, STOCK):
        result = await schema.execute(
            QUERIES["guards"], variables, context_value={"seen": set()}
        )
        answers.append(outcome(result))
    assert answers[0] == answers[1]
    paths = {tuple(error["path"]) for error in answers[0][1]}
    assert ("page", "edges", 1, "node", "vault") in paths
    assert ("page", "edges", 1, "node", "dues") in paths
    assert ("page", "edges", 1, "node", "veiled") in paths


async def test_unusual_values_give_errors_at_their_paths():
    """The corpus above is not vacuous: its unusual values do produce errors."""
    for kind, path, message in (
        ("null-in-non-null", ["page", "edges", 1, "node"], "Cannot return null"),
        ("errors", ["page", "edges", 0, "node", "shout"], "cannot shout"),
        ("wrong-types", ["page", "edges", 0, "node", "size"], "Int cannot represent"),
        ("exceptions", ["page", "edges", 0, "node"], "node as a value"),
        ("exploding", ["page", "first", "price"], "attribute exploded"),
    ):
        compiled, stock = await run_both(QUERIES["everything"], {"kind": kind}, True)
        assert compiled == stock
        errors = {tuple(error["path"]): error["message"] for error in compiled[1]}
        assert message in errors[tuple(path)], (kind, errors)
    compiled, _ = await run_both(
        QUERIES["non-null propagation"], {"kind": "null-strict"}, True
    )
    assert json.loads(compiled[0]) == {"page": None}


async def test_plans_serve_later_requests_only_with_the_same_switches():
    query = QUERIES["include and skip"]
    answers, plans = [], []
    for yes, no in ((True, False), (False, True), (True, False), (True, True)):
        variables = {"kind": "plain", "yes": yes, "no": no}
        compiled, stock = await run_both(query, variables, True)
        assert compiled == stock, (yes, no)
        answers.append(compiled[0])
        plans.append(len(SHARED_PLANS))
    assert answers[0] == answers[2] and len(set(answers)) == 3
    assert plans[2] == plans[1] > plans[0]  # the first request's plans, reused
    assert plans[3] > plans[2]  # other switches, other plans


@pytest.mark.parametrize("how", ["at once", "coroutine"])
async def test_a_later_answers_what_the_value_at_hand_answers(how, monkeypatch):
    """A plain field holding a ``Later`` answers what it would holding the value,
    through the compiled executor and graphql-core's own alike."""
    query = QUERIES["everything"].replace("$kind: String!", "$kind: String")
    at_hand = await COMPILED.execute(query, {"kind": "plain"}, {"can_read_secrets": 1})
    monkeypatch.setattr(sys.modules[__name__], "page", lambda kind: later_page(how))
    for schema in (COMPILED, MARKED_STOCK):
        later = await schema.execute(query, {"kind": "x"}, {"can_read_secrets": 1})
        assert outcome(later) == outcome(at_hand), schema
    data = json.loads(outcome(at_hand)[0])["page"]
    assert data["total"] == 4 and data["edges"][1]["node"]["notes"] == ["a", None]
    assert data["edges"][0]["node"]["price"] == {"amount": "1.50", "currency": "CNY"}


async def test_a_later_that_fails_gives_the_same_errors_either_way(monkeypatch):
    monkeypatch.setattr(sys.modules[__name__], "page", lambda kind: later_page("fails"))
    query = QUERIES["everything"]
    compiled = await COMPILED.execute(query, {"kind": "x"}, {"can_read_secrets": 1})
    stock = await MARKED_STOCK.execute(query, {"kind": "x"}, {"can_read_secrets": 1})
    assert outcome(compiled) == outcome(stock)
    errors = {tuple(error["path"]): error["message"] for error in outcome(compiled)[1]}
    # total is non-null and comes first: the page goes null, as graphql-core has it
    assert errors[("page", "total")] == "could not load it"
    assert json.loads(outcome(compiled)[0]) == {"page": None}


def test_cims_fields_that_may_hold_a_later_have_plain_resolvers():
    """A ``Later`` is answered by the plain resolvers only: a field holding one must
    keep being plain (no resolver, extension or permission of its own)."""
    types = cims_schema._schema.type_map
    for type_name, field_name in (
        ("Customer", "branch"),
        ("Account", "product"),
        ("Transaction", "account"),
        ("CustomerConnection", "totalCount"),
        ("TransactionConnection", "totalCount"),
        ("AccountConnection", "totalCount"),
    ):
        resolve = types[type_name].fields[field_name].resolve
        assert type(resolve) in (PlainField, PlainLink), (type_name, field_name)


async def test_introspection_and_root_typename_take_the_ordinary_path():
    query = "{ __typename page { __typename info { __typename hasNextPage } } }"
    compiled, stock = await run_both(query, {}, True)
    assert compiled == stock
    assert json.loads(compiled[0])["page"]["info"] == {
        "__typename": "PageInfo",
        "hasNextPage": True,
    }


# --- CIMS's own schema ------------------------------------------------------------

READ_ALL = frozenset(
    {
        "customer.read",
        "customer.pii.read",
        "customer.financial.read",
        "account.read",
        "transaction.read",
    }
)
ACTORS = {
    "officer": READ_ALL,
    "teller": frozenset({"customer.read", "account.read"}),
    "reader": frozenset({"customer.read"}),
}

LIST = """
query($after: String, $withTx: Boolean!) { customers(first: 3) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { cursor node {
    __typename id customerNo fullName tags idNumber
    income: annualIncome { amount currency }
    branch { __typename code city }
    accounts(first: 5) { edges { node {
      number balance { amount currency } creditLimit { amount } product { code }
    } } }
    transactions(first: 3, after: $after) @include(if: $withTx) {
      totalCount
      pageInfo { hasNextPage }
      edges { node { ...tx } }
    }
  } }
} }
fragment tx on Transaction {
  id bookedAt amount { amount currency } direction account { number }
}
"""

# Relations and counts not at hand (a ``Later``): a transaction by its ID has no
# account with it, a customers page counts with a statement, and so does a page of
# transactions after a cursor.
LATER = """
query($tx: ID!, $after: String) {
  customers(first: 2) { totalCount edges { node { branch { code } } } }
  node(id: $tx) { ... on Transaction { id account { number product { code } } } }
  customer: node(id: $tx) { ... on Transaction { account { id } } }
  more: customers(first: 1) { edges { node {
    transactions(first: 2, after: $after) { totalCount edges { node { id } } }
  } } }
}
"""

NODE = """
query($id: ID!, $after: String) { node(id: $id) { __typename id ... on Customer {
  fullName mobilePhone
  balanceSummary { currency balance { amount currency } accounts }
  accounts(first: 10, after: $after) { totalCount edges { node { number } } }
} } }
"""


# The customer's other relations: resolvers the plans call themselves (literal
# arguments, a guard at most) and ones they leave to graphql-core (a Boolean or a
# variable argument), behind permissions each role has or lacks.
WIDE = """
query($id: ID!, $n: Int) { customer(id: $id) {
  id birthDate birthYear mobilePhone
  segments { id name } value { tier rfm }
  recommendations { id rank product { code } }
  timeline(first: 3) { totalCount edges { node { kind at } } }
  complaints(first: 2) { totalCount edges { node { id status } } }
  creditAssessments(first: $n) { totalCount edges { node { id grade } } }
  latestCreditAssessment { id grade probability }
  kycDocuments { id number status }
  consents { purpose granted latest { recordedAt recordedByName } }
  consentHistory { purpose granted }
  relationships(includeEnded: false) { id role }
  pendingErasureRequest { id }
  accounts(first: 2) { edges { node { number } } }
} }
"""


@pytest.fixture
async def customers_with_history():
    home = await branch()
    rows = []
    for n in range(3):
        row = await customer_from_german(n, home)
        await accounts_with_history(row, transactions=4)
        rows.append(row)
    return rows


def without_request_ids(body: dict) -> str:
    """The answer as JSON text, each error's request ID (new per request) left out."""
    for error in body.get("errors", ()):
        assert error["extensions"].pop("requestId")
    return json.dumps(body)


async def both_ways(client, monkeypatch, query: str, **variables) -> tuple[str, str]:
    compiled = await gql(client, query, **variables)
    with monkeypatch.context() as patch:
        patch.setattr(
            cims_schema,
            "execution_context_class",
            StrawberryGraphQLCoreExecutionContext,
        )
        stock = await gql(client, query, **variables)
    assert compiled.get("data") is not None, compiled
    return without_request_ids(compiled), without_request_ids(stock)


@pytest.mark.parametrize("role", list(ACTORS))
async def test_cims_queries_same_either_way(
    client, caller, monkeypatch, customers_with_history, role
):
    caller.actor = Actor(subject=role, permissions=ACTORS[role])
    pk = customers_with_history[0].id
    cases = [
        (documents(personal=True)[0], cims_variables(pk)),
        (documents(personal=False)[0], cims_variables(pk)),
        (LIST, {"withTx": True}),
        (LIST, {"after": "not a cursor", "withTx": True}),
        (LIST, {"withTx": False}),
        (NODE, {"id": to_global_id("Customer", pk)}),
        (NODE, {"id": to_global_id("Customer", pk), "after": "not a cursor"}),
        (WIDE, {"id": to_global_id("Customer", pk), "n": 2}),
    ]
    answers = []
    for query, variables in cases:
        compiled, stock = await both_ways(client, monkeypatch, query, **variables)
        assert compiled == stock, (role, variables)
        answers.append(compiled)
    first_tx = await gql(
        client,
        "query($id: ID!) { customer(id: $id) { transactions(first: 1) { "
        "pageInfo { endCursor } edges { node { id } } } } }",
        id=cims_variables(pk)["id"],
    )
    if role == "officer":
        tx = first_tx["data"]["customer"]["transactions"]
        after, tx_id = tx["pageInfo"]["endCursor"], tx["edges"][0]["node"]["id"]
        compiled, stock = await both_ways(
            client, monkeypatch, LATER, tx=tx_id, after=after
        )
        assert compiled == stock
        data = json.loads(compiled)["data"]
        assert data["customers"]["totalCount"] == 3
        assert data["node"]["account"]["product"]["code"]
        assert data["more"]["edges"][0]["node"]["transactions"]["totalCount"] == 8
    if role == "officer":  # errors inside subtrees, not only at their roots
        assert "The cursor is not valid" in answers[3]
        assert "The cursor is not valid" in answers[6]
    body = await gql(client, cases[0][0], **cases[0][1])
    if role == "officer":
        assert "errors" not in body
        transactions = body["data"]["customer"]["transactions"]["edges"]
        assert len(transactions) == 8
        assert transactions[0]["node"]["amount"]["currency"] == "CNY"
    else:
        assert {error["extensions"]["code"] for error in body["errors"]} == {
            "FORBIDDEN"
        }
