"""The customer graph through the real schema and a real database."""

from __future__ import annotations

from datetime import date

from cims.api.ids import to_global_id
from cims.auth.policy import permissions_for
from cims.domain.actor import Actor
from cims.domain.crypto import open_fields
from cims.models import Customer
from tests.factories import branch, customer_from_german, resident_id

CREATE = """
mutation Create($input: CreateCustomerInput!) {
  createCustomer(input: $input) {
    __typename
    ... on Customer { id customerNo fullName version mobilePhone email idNumber
                      annualIncome { amount currency } }
    ... on ValidationError { code fields { field code message } }
    ... on DuplicateCustomerError { code candidates { score reasons customer { id } } }
  }
}
"""

UPDATE = """
mutation Update($input: UpdateCustomerInput!) {
  updateCustomer(input: $input) {
    __typename
    ... on Customer { id version occupation }
    ... on ConflictError { code currentVersion }
    ... on NotFoundError { code }
    ... on ValidationError { code fields { field code } }
  }
}
"""

ARCHIVE = """
mutation Archive($input: ArchiveCustomerInput!) {
  archiveCustomer(input: $input) {
    __typename
    ... on Customer { version archivedAt }
    ... on ConflictError { currentVersion }
  }
}
"""

RESTORE = """
mutation Restore($input: RestoreCustomerInput!) {
  restoreCustomer(input: $input) { __typename ... on Customer { version archivedAt } }
}
"""

SEARCH = """
query Search($filter: CustomerFilter, $first: Int, $after: String, $order: CustomerOrder) {
  customers(filter: $filter, first: $first, after: $after, orderBy: $order) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id fullName customerNo } }
  }
}
"""


async def gql(client, query: str, **variables) -> dict:
    response = await client.post(
        "/graphql", json={"query": query, "variables": variables}
    )
    assert response.status_code == 200
    return response.json()


async def test_create_customer_normalises_and_returns_it(client):
    home = await branch()
    birth = date(1980, 5, 17)

    body = await gql(
        client,
        CREATE,
        input={
            "fullName": "  王\u3000芳 ",
            "branchId": to_global_id("Branch", home.id),
            "birthDate": birth.isoformat(),
            "idNumber": resident_id(birth, 3, male=False).lower(),
            "mobilePhone": "+86 138-0013-8000",
            "email": "Wang.Fang@Example.COM",
            "annualIncome": "125000.50",
        },
    )

    created = body["data"]["createCustomer"]
    assert created["__typename"] == "Customer"
    assert created["fullName"] == "王 芳"
    assert created["mobilePhone"] == "+8613800138000"
    # The domain is lower-cased; the local part keeps its case (RFC 5321) and is
    # compared without it by the blind index.
    assert created["email"] == "Wang.Fang@example.com"
    assert created["annualIncome"] == {"amount": "125000.50", "currency": "CNY"}
    assert created["version"] == 1
    assert created["customerNo"].startswith("C") and len(created["customerNo"]) == 11


async def test_create_reports_every_bad_field_and_stores_nothing(client):
    home = await branch()

    body = await gql(
        client,
        CREATE,
        input={
            "fullName": "李\u202e雷",
            "branchId": to_global_id("Branch", home.id),
            "mobilePhone": "123",
            "email": "not-an-email",
            "idNumber": "110101198001010000",
            "annualIncome": "10.123",
        },
    )

    error = body["data"]["createCustomer"]
    assert error["__typename"] == "ValidationError"
    assert error["code"] == "VALIDATION_FAILED"
    codes = {f["field"]: f["code"] for f in error["fields"]}
    assert codes == {
        "fullName": "FORBIDDEN_CHARACTERS",
        "mobilePhone": "INVALID_PHONE",
        "email": "INVALID_EMAIL",
        "idNumber": "INVALID_ID_NUMBER",
        "annualIncome": "TOO_MANY_DECIMALS",
    }
    assert await Customer.all().count() == 0


async def test_unknown_branch_is_a_field_error(client):
    body = await gql(
        client,
        CREATE,
        input={"fullName": "张伟", "branchId": to_global_id("Branch", 999)},
    )

    error = body["data"]["createCustomer"]
    assert error["fields"] == [
        {"field": "branchId", "code": "UNKNOWN_BRANCH", "message": "No such branch"}
    ]


async def test_same_id_number_is_a_duplicate_unless_confirmed(client):
    home = await branch()
    existing = await customer_from_german(0, home)
    given = {
        "fullName": "另一个人",
        "branchId": to_global_id("Branch", home.id),
        "idNumber": open_fields(existing)["id_number"],
    }

    refused = await gql(client, CREATE, input=given)
    confirmed = await gql(client, CREATE, input={**given, "confirmDuplicate": True})

    error = refused["data"]["createCustomer"]
    assert error["__typename"] == "DuplicateCustomerError"
    assert error["candidates"] == [
        {
            "score": 0.95,
            "reasons": ["SAME_ID_NUMBER"],
            "customer": {"id": to_global_id("Customer", existing.id)},
        }
    ]
    assert confirmed["data"]["createCustomer"]["__typename"] == "Customer"
    assert await Customer.all().count() == 2


async def test_update_with_stale_version_conflicts_and_changes_nothing(client):
    home = await branch()
    row = await customer_from_german(1, home, occupation="教师")
    cid = to_global_id("Customer", row.id)

    first = await gql(
        client, UPDATE, input={"id": cid, "version": 1, "occupation": "工程师"}
    )
    stale = await gql(
        client, UPDATE, input={"id": cid, "version": 1, "occupation": "医生"}
    )

    assert first["data"]["updateCustomer"] == {
        "__typename": "Customer",
        "id": cid,
        "version": 2,
        "occupation": "工程师",
    }
    assert stale["data"]["updateCustomer"] == {
        "__typename": "ConflictError",
        "code": "CONFLICT",
        "currentVersion": 2,
    }
    stored = await Customer.get(id=row.id)
    assert (stored.occupation, stored.version) == ("工程师", 2)


async def test_update_of_missing_customer_is_not_found(client):
    body = await gql(
        client,
        UPDATE,
        input={"id": to_global_id("Customer", 4242), "version": 1, "occupation": "x"},
    )

    assert body["data"]["updateCustomer"] == {
        "__typename": "NotFoundError",
        "code": "NOT_FOUND",
    }


async def test_clearing_the_name_is_refused(client):
    home = await branch()
    row = await customer_from_german(2, home)

    body = await gql(
        client,
        UPDATE,
        input={"id": to_global_id("Customer", row.id), "version": 1, "fullName": None},
    )

    assert body["data"]["updateCustomer"]["fields"] == [
        {"field": "fullName", "code": "REQUIRED"}
    ]
    assert (await Customer.get(id=row.id)).full_name == row.full_name


async def test_archive_hides_from_list_and_restore_brings_back(client):
    home = await branch()
    row = await customer_from_german(3, home)
    cid = to_global_id("Customer", row.id)

    archived = await gql(client, ARCHIVE, input={"id": cid, "version": 1})
    listed = await gql(client, SEARCH, filter={})
    in_archive = await gql(client, SEARCH, filter={"archived": True})
    restored = await gql(client, RESTORE, input={"id": cid, "version": 2})

    assert archived["data"]["archiveCustomer"]["version"] == 2
    assert archived["data"]["archiveCustomer"]["archivedAt"] is not None
    assert listed["data"]["customers"]["totalCount"] == 0
    assert in_archive["data"]["customers"]["totalCount"] == 1
    assert restored["data"]["restoreCustomer"] == {
        "__typename": "Customer",
        "version": 3,
        "archivedAt": None,
    }


async def test_search_by_name_is_width_case_and_script_tolerant(client):
    home = await branch()
    await customer_from_german(4, home, full_name="陳國強", name_latin="Chen Guoqiang")
    await customer_from_german(5, home, full_name="李娜", name_latin="Li Na")

    for text in ("陈国强", "國強", "ＣＨＥＮ", "chen guo", "CHEN"):
        body = await gql(client, SEARCH, filter={"text": text})
        names = [e["node"]["fullName"] for e in body["data"]["customers"]["edges"]]
        assert names == ["陳國強"], text


async def test_search_by_phone_id_number_and_customer_number(client):
    home = await branch()
    row = await customer_from_german(6, home, mobile_phone="13912345678")
    await customer_from_german(7, home)
    id_number = open_fields(row)["id_number"]

    for text in (
        "+86 139 1234 5678",
        "８６１３９１２３４５６７８",
        id_number.lower(),
        row.customer_no.lower(),
    ):
        body = await gql(client, SEARCH, filter={"text": text})
        ids = [e["node"]["id"] for e in body["data"]["customers"]["edges"]]
        assert ids == [to_global_id("Customer", row.id)], text


async def test_search_by_email_in_any_letter_case(client, caller):
    home = await branch()
    row = await customer_from_german(6, home, email="Wang.Fang@Example.com")
    await customer_from_german(7, home, email="li.lei@example.com")
    texts = (
        "wang.fang@example.com",
        " WANG.FANG@EXAMPLE.COM ",
        "Wang.Fang@exAMPLE.com",
    )

    for roles in ({"administrator"}, {"teller"}, {"relationship_manager"}):
        caller.actor = Actor(
            subject="staff-1",
            roles=frozenset(roles),
            permissions=permissions_for(roles),
            branch_id=None if "administrator" in roles else home.id,
        )
        for text in texts:
            body = await gql(client, SEARCH, filter={"text": text})
            ids = [e["node"]["id"] for e in body["data"]["customers"]["edges"]]
            assert ids == [to_global_id("Customer", row.id)], (roles, text)


async def test_email_search_is_no_oracle_without_pii_permission(client, caller):
    home = await branch()
    await customer_from_german(6, home, email="wang.fang@example.com")
    caller.actor = Actor(
        subject="agent-1",
        roles=frozenset({"service_agent"}),
        permissions=permissions_for({"service_agent"}),
    )

    body = await gql(client, SEARCH, filter={"text": "wang.fang@example.com"})

    assert body["data"]["customers"]["totalCount"] == 0


async def test_money_in_exponent_notation_is_refused_and_nothing_stored(client):
    home = await branch()
    values = {"fullName": "王芳", "branchId": to_global_id("Branch", home.id)}

    for amount in ("1e6", "1E+6", "NaN", "Infinity", "1,000,000"):
        body = await gql(client, CREATE, input=values | {"annualIncome": amount})
        assert body.get("data") is None, amount
        assert [
            (e["extensions"]["code"], e["extensions"]["field"]) for e in body["errors"]
        ] == [("BAD_USER_INPUT", "annualIncome")], amount
    plain = await gql(client, CREATE, input=values | {"annualIncome": "1000000.50"})

    assert plain["data"]["createCustomer"]["annualIncome"]["amount"] == "1000000.50"
    assert await Customer.all().count() == 1


async def test_like_wildcards_in_search_match_literally(client):
    home = await branch()
    await customer_from_german(8, home, full_name="王芳")

    for text in ("%", "_", "' OR 1=1 --"):
        body = await gql(client, SEARCH, filter={"text": text})
        assert body["data"]["customers"]["totalCount"] == 0, text


async def test_an_archived_customer_cannot_be_edited(client):
    home = await branch()
    row = await customer_from_german(9, home, occupation="教师")
    cid = to_global_id("Customer", row.id)
    await gql(client, ARCHIVE, input={"id": cid, "version": 1})

    body = await gql(client, UPDATE, input={"id": cid, "version": 2, "occupation": "x"})

    assert body["data"]["updateCustomer"]["fields"] == [
        {"field": "id", "code": "ARCHIVED"}
    ]
    stored = await Customer.get(id=row.id)
    assert (stored.occupation, stored.version) == ("教师", 2)


PATCH_ATTRIBUTES = """
mutation Patch($input: UpdateCustomerInput!) {
  updateCustomer(input: $input) {
    __typename
    ... on Customer { version customAttributes }
    ... on ValidationError { fields { field code } }
  }
}
"""


async def test_update_patches_custom_attributes_key_by_key(client):
    row = await customer_from_german(0, await branch())
    cid = to_global_id("Customer", row.id)
    patch = {"label": None, "segment": "私行", "dataset": "german_credit"}

    body = await gql(
        client,
        PATCH_ATTRIBUTES,
        input={"id": cid, "version": row.version, "customAttributes": patch},
    )

    assert body["data"]["updateCustomer"] == {
        "__typename": "Customer",
        "version": row.version + 1,
        "customAttributes": {"dataset": "german_credit", "segment": "私行"},
    }
    stored = await Customer.get(id=row.id)
    assert stored.custom_attributes == {"dataset": "german_credit", "segment": "私行"}


async def test_an_update_without_custom_attributes_keeps_them(client):
    row = await customer_from_german(1, await branch())
    cid = to_global_id("Customer", row.id)

    await gql(
        client, UPDATE, input={"id": cid, "version": row.version, "occupation": "教师"}
    )
    nothing = await gql(
        client,
        PATCH_ATTRIBUTES,
        input={"id": cid, "version": row.version + 1, "customAttributes": None},
    )

    assert nothing["data"]["updateCustomer"]["customAttributes"] == {
        "dataset": "german_credit",
        "label": row.custom_attributes["label"],
    }


async def test_a_patch_that_grows_past_the_limit_changes_nothing(client):
    row = await customer_from_german(2, await branch())
    cid = to_global_id("Customer", row.id)
    patch = {f"note{n}": "备注" * 400 for n in range(12)}

    body = await gql(
        client,
        PATCH_ATTRIBUTES,
        input={"id": cid, "version": row.version, "customAttributes": patch},
    )

    assert body["data"]["updateCustomer"]["fields"] == [
        {"field": "customAttributes", "code": "TOO_LONG"}
    ]
    stored = await Customer.get(id=row.id)
    assert (stored.version, stored.custom_attributes) == (
        row.version,
        row.custom_attributes,
    )


async def test_create_refuses_codes_outside_iso_3166_and_4217(client):
    home = await branch()
    given = {
        "fullName": "王芳",
        "nationality": "ZZ",
        "currency": "XYZ",
        "branchId": to_global_id("Branch", home.id),
    }

    body = await gql(client, CREATE, input=given)

    problems = body["data"]["createCustomer"]["fields"]
    assert {(p["field"], p["code"]) for p in problems} == {
        ("nationality", "INVALID_COUNTRY"),
        ("currency", "INVALID_CURRENCY"),
    }
    assert await Customer.all().count() == 0
