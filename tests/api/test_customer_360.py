"""A customer with accounts, transactions and balances; SQL per page size."""

from __future__ import annotations

import logging

import pytest

from cims.api.ids import from_global_id, to_global_id
from cims.models import Customer, Transaction
from tests.api.test_customers import gql
from tests.factories import accounts_with_history, branch, customer_from_german

VIEW = """
query View($id: ID!, $after: String) {
  node(id: $id) {
    ... on Customer {
      fullName
      branch { code }
      balanceSummary { currency balance { amount currency } accounts }
      accounts(first: 10) { totalCount edges { node { number product { code } } } }
      transactions(first: 4, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { bookedAt amount { amount } account { number } } }
      }
    }
  }
}
"""

PAGE_360 = """
query Page($first: Int!) {
  customers(first: $first) {
    edges { node {
      fullName branch { code }
      accounts(first: 5) { edges { node { number balance { amount } product { code } } } }
      transactions(first: 20) {
        totalCount edges { node { amount { amount } account { number } } }
      }
    } }
  }
}
"""


async def test_customer_view_with_accounts_and_newest_transactions(client):
    home = await branch()
    row = await customer_from_german(0, home)
    await accounts_with_history(row, transactions=3)
    cid = to_global_id("Customer", row.id)

    first = (await gql(client, VIEW, id=cid))["data"]["node"]
    cursor = first["transactions"]["pageInfo"]["endCursor"]
    second = (await gql(client, VIEW, id=cid, after=cursor))["data"]["node"]

    assert first["branch"] == {"code": "BJ01"}
    assert first["balanceSummary"] == [
        {
            "currency": "CNY",
            "balance": {"amount": "600.00", "currency": "CNY"},
            "accounts": 2,
        }
    ]
    assert [e["node"]["product"]["code"] for e in first["accounts"]["edges"]] == [
        "CARD",
        "CUR",
    ]
    stamps = [e["node"]["bookedAt"] for e in first["transactions"]["edges"]]
    assert stamps == sorted(stamps, reverse=True) and len(stamps) == 4
    assert first["transactions"]["totalCount"] == 6
    assert first["transactions"]["pageInfo"]["hasNextPage"] is True
    rest = [e["node"]["bookedAt"] for e in second["transactions"]["edges"]]
    assert len(rest) == 2 and set(rest).isdisjoint(stamps) and max(rest) < min(stamps)


async def test_node_with_foreign_or_garbage_id_is_null(client):
    for bad in ("garbage", to_global_id("Customer", 99), to_global_id("Nope", 1)):
        body = await gql(client, "query($id: ID!) { node(id: $id) { id } }", id=bad)
        assert body == {"data": {"node": None}}, bad


class _Counter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


@pytest.fixture
def sql_counter():
    logger = logging.getLogger("tortoise.db_client")
    counter, level = _Counter(), logger.level
    logger.addHandler(counter)
    logger.setLevel(logging.DEBUG)
    yield counter
    logger.removeHandler(counter)
    logger.setLevel(level)


async def _statements_for(client, counter, first: int) -> int:
    counter.count = 0
    body = await gql(client, PAGE_360, first=first)
    assert "errors" not in body
    assert len(body["data"]["customers"]["edges"]) == first
    return counter.count


async def test_sql_statements_do_not_grow_with_page_size(client, sql_counter):
    home = await branch()
    for i in range(100):
        row = await customer_from_german(i, home)
        if i % 10 == 0:
            await accounts_with_history(row, transactions=25)

    await _statements_for(
        client, sql_counter, 10
    )  # warm: pools open connections lazily
    small = await _statements_for(client, sql_counter, 10)
    large = await _statements_for(client, sql_counter, 100)

    assert small == large
    # The page with each customer's branch (a join) and its count, the accounts
    # with their products, the transactions with their counts; the rest is the
    # audit of the mobile numbers read in clear.
    assert 0 < small <= 7


async def _view_statements(client, counter, cid: str, after=None) -> tuple[int, dict]:
    counter.count = 0
    body = await gql(client, VIEW, id=cid, after=after)
    assert "errors" not in body
    return counter.count, body["data"]["node"]


async def test_customer_view_costs_the_same_statements_every_time(client, sql_counter):
    home = await branch()
    row = await customer_from_german(0, home)
    await accounts_with_history(row, transactions=3)
    cid = to_global_id("Customer", row.id)
    await _view_statements(client, sql_counter, cid)  # warm: the pool opens lazily

    counts = [(await _view_statements(client, sql_counter, cid))[0] for _ in range(5)]

    # The customer with its branch, its accounts with their products, its newest
    # transactions with their count; each transaction's account from the accounts.
    assert counts == [3] * 5


async def test_after_a_cursor_the_count_is_still_of_every_transaction(
    client, sql_counter
):
    home = await branch()
    row = await customer_from_german(0, home)
    await accounts_with_history(row, transactions=3)
    cid = to_global_id("Customer", row.id)
    _, first = await _view_statements(client, sql_counter, cid)
    cursor = first["transactions"]["pageInfo"]["endCursor"]

    statements, second = await _view_statements(client, sql_counter, cid, cursor)

    assert first["transactions"]["totalCount"] == 6
    assert second["transactions"]["totalCount"] == 6
    assert len(second["transactions"]["edges"]) == 2
    assert statements == 4  # the count after a cursor takes its own statement


async def test_each_transaction_names_its_own_account(client):
    home = await branch()
    row = await customer_from_german(0, home)
    await accounts_with_history(row, transactions=3)
    numbers = {
        tx.id: (await tx.account).number
        for tx in await Transaction.filter(customer_id=row.id)
    }
    query = """
    query($id: ID!) { node(id: $id) { ... on Customer {
      transactions(first: 10) { edges { node { id account { number } } } }
    } } }
    """

    body = await gql(client, query, id=to_global_id("Customer", row.id))

    edges = body["data"]["node"]["transactions"]["edges"]
    assert len(edges) == 6 and len({e["node"]["account"]["number"] for e in edges}) == 2
    for edge in edges:
        pk = from_global_id(edge["node"]["id"], "Transaction")[1]
        assert edge["node"]["account"]["number"] == numbers[pk]


ACCOUNT_OF_TRANSACTIONS = """
query($id: ID!) { node(id: $id) { ... on Customer {
  transactions(first: 10) { edges { node { id ...Booked } } }
} } }
fragment Booked on Transaction { account { number product { code } } }
"""


async def test_each_transaction_names_its_account_through_a_fragment(
    client, sql_counter
):
    home = await branch()
    row = await customer_from_german(0, home)
    accounts = await accounts_with_history(row, transactions=3)
    owner = {
        tx.id: (account.number, code)
        for account, code in zip(accounts, ("CUR", "CARD"), strict=True)
        for tx in await Transaction.filter(account_id=account.id)
    }
    cid = to_global_id("Customer", row.id)
    await gql(client, ACCOUNT_OF_TRANSACTIONS, id=cid)  # warm: the pool opens lazily

    sql_counter.count = 0
    body = await gql(client, ACCOUNT_OF_TRANSACTIONS, id=cid)

    edges = body["data"]["node"]["transactions"]["edges"]
    assert len(edges) == 6
    for edge in edges:
        pk = from_global_id(edge["node"]["id"], "Transaction")[1]
        account = edge["node"]["account"]
        assert (account["number"], account["product"]["code"]) == owner[pk]
    # The customer, its transactions, its accounts with their products: the
    # fragment's account is seen, loaded with the page, and no product by ID.
    assert sql_counter.count == 3


async def test_transactions_without_their_accounts_do_not_load_them(
    client, sql_counter
):
    home = await branch()
    row = await customer_from_german(0, home)
    await accounts_with_history(row, transactions=3)
    query = """
    query($id: ID!) { node(id: $id) { ... on Customer {
      transactions(first: 10) { totalCount edges { node { amount { amount } } } }
    } } }
    """
    cid = to_global_id("Customer", row.id)
    await gql(client, query, id=cid)

    sql_counter.count = 0
    body = await gql(client, query, id=cid)

    assert body["data"]["node"]["transactions"]["totalCount"] == 6
    assert sql_counter.count == 2  # the customer, its transactions with their count


async def test_a_transaction_reached_by_id_names_its_account_and_product(
    client, sql_counter
):
    home = await branch()
    row = await customer_from_german(0, home)
    accounts = await accounts_with_history(row, transactions=2)
    card = accounts[1]
    tx = await Transaction.filter(account_id=card.id).first()
    query = """
    query($id: ID!) { node(id: $id) { ... on Transaction {
      account { id number product { code } }
    } } }
    """
    await gql(client, query, id=to_global_id("Transaction", tx.id))

    sql_counter.count = 0
    body = await gql(client, query, id=to_global_id("Transaction", tx.id))

    assert body["data"]["node"]["account"] == {
        "id": to_global_id("Account", card.id),
        "number": card.number,
        "product": {"code": "CARD"},
    }
    # The transaction, its customer (the scope check), the customer's accounts
    # with their products.
    assert sql_counter.count == 3


async def test_an_account_reached_by_id_comes_with_its_product(client, sql_counter):
    home = await branch()
    row = await customer_from_german(0, home)
    current, _ = await accounts_with_history(row, transactions=1)
    query = """
    query($id: ID!) { node(id: $id) { ... on Account { number product { code } } } }
    """
    await gql(client, query, id=to_global_id("Account", current.id))

    sql_counter.count = 0
    body = await gql(client, query, id=to_global_id("Account", current.id))

    assert body["data"]["node"] == {
        "number": current.number,
        "product": {"code": "CUR"},
    }
    assert sql_counter.count == 2  # the account with its product, the scope check


async def test_each_customer_of_a_page_names_its_own_branch(client):
    north, south = await branch("BJ01"), await branch("SH01")
    for i in range(6):
        await customer_from_german(i, north if i % 2 else south)
    query = """
    query { customers(first: 10) { edges { node { customerNo branch { code } } } } }
    """
    by_number = {
        c.customer_no: "BJ01" if c.branch_id == north.id else "SH01"
        for c in await Customer.all()
    }

    edges = (await gql(client, query))["data"]["customers"]["edges"]

    assert len(edges) == 6
    assert {e["node"]["customerNo"]: e["node"]["branch"]["code"] for e in edges} == (
        by_number
    )
    assert {e["node"]["branch"]["code"] for e in edges} == {"BJ01", "SH01"}


async def test_a_customer_by_id_and_by_node_names_its_branch(client):
    await branch("BJ01")
    south = await branch("SH01")
    row = await customer_from_german(0, south)
    cid = to_global_id("Customer", row.id)

    by_id = await gql(
        client, "query($id: ID!) { customer(id: $id) { branch { id code } } }", id=cid
    )
    by_node = await gql(
        client,
        "query($id: ID!) { node(id: $id) { ... on Customer { branch { code } } } }",
        id=cid,
    )

    assert by_id["data"]["customer"]["branch"] == {
        "id": to_global_id("Branch", south.id),
        "code": "SH01",
    }
    assert by_node["data"]["node"]["branch"] == {"code": "SH01"}
