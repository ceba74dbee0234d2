"""Branch-bound staff reach only their branch's customers, by every path."""

from __future__ import annotations

import pytest

from cims.api.ids import to_global_id
from cims.domain.actor import Actor
from cims.domain.crypto import open_fields
from cims.models import Account, Customer, Transaction
from tests.api.test_customers import gql
from tests.factories import accounts_with_history, branch, customer_from_german

PERMISSIONS = frozenset(
    {
        "customer.read",
        "customer.write",
        "customer.archive",
        "customer.pii.read",
        "account.read",
        "transaction.read",
    }
)


@pytest.fixture
async def two_branches(caller):
    home, other = await branch("BJ01"), await branch("SH01")
    mine = await customer_from_german(0, home)
    theirs = await customer_from_german(1, other)
    await accounts_with_history(mine, transactions=2)
    await accounts_with_history(theirs, transactions=2)
    caller.actor = Actor(subject="teller-1", permissions=PERMISSIONS, branch_id=home.id)
    return mine, theirs


async def test_lists_and_search_show_only_the_own_branch(client, two_branches):
    mine, theirs = two_branches

    listed = await gql(client, "{ customers { edges { node { customerNo } } } }")
    searched = await gql(
        client,
        "query($t: String) { customers(filter: {text: $t}) { totalCount } }",
        t=theirs.customer_no,
    )

    assert [e["node"]["customerNo"] for e in listed["data"]["customers"]["edges"]] == [
        mine.customer_no
    ]
    assert searched["data"]["customers"]["totalCount"] == 0


async def test_other_branch_ids_answer_as_missing_ones(client, two_branches):
    _, theirs = two_branches
    account = await Account.filter(customer=theirs).first()
    transaction = await Transaction.filter(customer=theirs).first()
    ids = [
        to_global_id("Customer", theirs.id),
        to_global_id("Account", account.id),
        to_global_id("Transaction", transaction.id),
    ]
    missing = [
        to_global_id("Customer", 999),
        to_global_id("Account", 999),
        to_global_id("Transaction", 999),
    ]

    for found, absent in zip(ids, missing, strict=True):
        seen = await gql(client, "query($id: ID!) { node(id: $id) { id } }", id=found)
        gone = await gql(client, "query($id: ID!) { node(id: $id) { id } }", id=absent)
        assert seen == gone == {"data": {"node": None}}

    aliased = await gql(
        client,
        "query($id: ID!) { a: customer(id: $id) { id } b: node(id: $id) { id } }",
        id=ids[0],
    )
    assert aliased == {"data": {"a": None, "b": None}}


async def test_changes_to_other_branch_customers_are_not_found(client, two_branches):
    _, theirs = two_branches
    update = """mutation($input: UpdateCustomerInput!) { updateCustomer(input: $input) {
      __typename } }"""
    archive = """mutation($input: ArchiveCustomerInput!) { archiveCustomer(input: $input) {
      __typename } }"""
    cid = to_global_id("Customer", theirs.id)

    updated = await gql(
        client, update, input={"id": cid, "version": 1, "occupation": "x"}
    )
    archived = await gql(client, archive, input={"id": cid, "version": 1})

    assert updated["data"]["updateCustomer"] == {"__typename": "NotFoundError"}
    assert archived["data"]["archiveCustomer"] == {"__typename": "NotFoundError"}
    stored = await Customer.get(id=theirs.id)
    assert (stored.version, stored.occupation, stored.archived_at) == (1, None, None)


async def test_duplicate_candidates_from_other_branches_stay_hidden(
    client, two_branches
):
    mine, theirs = two_branches
    create = """mutation($input: CreateCustomerInput!) { createCustomer(input: $input) {
      ... on DuplicateCustomerError { candidates { reasons customer { id } } } } }"""

    body = await gql(
        client,
        create,
        input={
            "fullName": "重复",
            "branchId": to_global_id("Branch", mine.branch_id),
            "idNumber": open_fields(theirs)["id_number"],
        },
    )

    assert body["data"]["createCustomer"]["candidates"] == [
        {"reasons": ["SAME_ID_NUMBER"], "customer": None}
    ]


async def test_creating_in_another_branch_is_refused(client, two_branches):
    _, theirs = two_branches
    create = """mutation($input: CreateCustomerInput!) { createCustomer(input: $input) {
      ... on ValidationError { fields { field code } } } }"""

    body = await gql(
        client,
        create,
        input={
            "fullName": "越权",
            "branchId": to_global_id("Branch", theirs.branch_id),
        },
    )

    assert body["data"]["createCustomer"]["fields"] == [
        {"field": "branchId", "code": "OUT_OF_SCOPE"}
    ]
