"""KYC documents, consents, relationships and completeness through the schema."""

from __future__ import annotations

import dataclasses
import datetime as dt

from cims.api.ids import to_global_id
from cims.models import AuditEvent, ConsentRecord, CustomerRelation, KycDocument
from tests.api.test_capture import as_actor, gql
from tests.api.test_customer_360 import sql_counter  # noqa: F401 - a fixture
from tests.factories import branch, company_from_german, customer_from_german

RECORDS = """
query Records($id: ID!) {
  customer(id: $id) {
    completeness { score complete missingRequired missingRecommended }
    kycDocuments { id docType number status expiryState version }
    consents { purpose granted latest { channel recordedBy } }
    consentHistory { purpose granted }
    relationships { role kind restricted customer { id fullName } }
  }
}
"""

ADD_DOCUMENT = """
mutation Add($input: AddKycDocumentInput!) {
  addKycDocument(input: $input) {
    __typename
    ... on KycDocument { id number status version expiryState }
    ... on ValidationError { fields { field code } }
    ... on PermissionDeniedError { permission }
    ... on NotFoundError { message }
  }
}
"""

VERIFY = """
mutation Verify($input: VerifyKycDocumentInput!) {
  verifyKycDocument(input: $input) {
    __typename
    ... on KycDocument { status verifiedBy version }
    ... on ConflictError { currentVersion }
    ... on InvalidTransitionError { currentState allowedSteps }
  }
}
"""

RETIRE = """
mutation Retire($input: RetireKycDocumentInput!) {
  retireKycDocument(input: $input) {
    __typename
    ... on KycDocument { status retiredReason }
    ... on ValidationError { fields { field code } }
  }
}
"""

EXPIRING = "query($d: Int!) { expiringKycDocuments(withinDays: $d) { id expiresOn } }"

CONSENT = """
mutation Consent($input: RecordConsentInput!) {
  recordConsent(input: $input) {
    __typename
    ... on ConsentState { purpose granted latest { channel recordedBy } }
    ... on ValidationError { fields { field code } }
    ... on PermissionDeniedError { permission }
  }
}
"""

ADD_RELATION = """
mutation Relate($input: AddRelationshipInput!) {
  addRelationship(input: $input) {
    __typename
    ... on CustomerRelationship { id role kind restricted customer { id } }
    ... on ValidationError { fields { field code } }
    ... on NotFoundError { message }
  }
}
"""

END_RELATION = """
mutation End($input: EndRelationshipInput!) {
  endRelationship(input: $input) {
    __typename
    ... on CustomerRelationship { role endedAt }
    ... on NotFoundError { code }
  }
}
"""

MERGE = """
mutation Merge($input: MergeCustomersInput!) {
  mergeCustomers(input: $input) {
    __typename
    ... on Customer { fullName kycDocuments { number } }
    ... on ValidationError { fields { field code } }
  }
}
"""

OFFICER = ("customer.read", "customer.pii.read", "kyc.manage", "kyc.verify")


def gid(row) -> str:
    return to_global_id("Customer", row.id)


async def add_passport(client, customer, number="E12345678", **dates) -> dict:
    body = await gql(
        client,
        ADD_DOCUMENT,
        input={
            "customerId": gid(customer),
            "docType": "PASSPORT",
            "number": number,
            "issuingCountry": "CN",
            **dates,
        },
    )
    return body["data"]["addKycDocument"]


async def test_a_document_number_is_masked_without_the_pii_permission(client, caller):
    person = await customer_from_german(0, await branch())
    as_actor(caller, *OFFICER)
    added = await add_passport(client, person)
    as_actor(caller, "customer.read")

    body = await gql(client, RECORDS, id=gid(person))

    [document] = body["data"]["customer"]["kycDocuments"]
    assert added["number"] == "E12345678"
    # Masked like an ID number; one of nine characters is too short to keep any.
    assert (document["number"], document["status"]) == ("*********", "PENDING")
    reveals = await AuditEvent.filter(action="pii.read", entity="KycDocument")
    assert [e.field_names for e in reveals] == [["id_number"]]  # the officer's add


async def test_bad_document_input_reports_each_field(client, caller):
    person = await customer_from_german(1, await branch())
    as_actor(caller, *OFFICER)

    payload = await add_passport(
        client,
        person,
        number="E1",
        issuedOn="2030-01-01",
        expiresOn="2031-01-01",
    )

    assert payload == {
        "__typename": "ValidationError",
        "fields": [{"field": "number", "code": "INVALID_ID_NUMBER"}],
    }
    assert await KycDocument.all().count() == 0


async def test_document_problems_name_the_input_fields_in_camel_case(client, caller):
    person = await customer_from_german(4, await branch())
    as_actor(caller, *OFFICER)
    query = ADD_DOCUMENT.replace(
        "fields { field code }", "message fields { field code }"
    )
    base = {"customerId": gid(person), "docType": "PASSPORT", "number": "E12345678"}

    wrong_country = await gql(client, query, input={**base, "issuingCountry": "XX"})
    reversed_dates = await gql(
        client,
        query,
        input={**base, "issuedOn": "2020-01-01", "expiresOn": "2019-01-01"},
    )

    country = wrong_country["data"]["addKycDocument"]
    assert [f["field"] for f in country["fields"]] == ["issuingCountry"]
    assert country["message"].startswith("Invalid input: issuingCountry: ")
    dates = reversed_dates["data"]["addKycDocument"]
    assert dates["fields"] == [{"field": "expiresOn", "code": "BEFORE_ISSUE"}]
    assert dates["message"].startswith("Invalid input: expiresOn: ")


async def test_adding_without_the_permission_is_refused(client, caller):
    person = await customer_from_german(2, await branch())
    as_actor(caller, "customer.read", "customer.pii.read")

    payload = await add_passport(client, person)

    assert payload == {
        "__typename": "PermissionDeniedError",
        "permission": "kyc.manage",
    }


async def test_verify_then_retire_with_versions(client, caller):
    person = await customer_from_german(3, await branch())
    as_actor(caller, *OFFICER)
    added = await add_passport(client, person)
    caller.actor = dataclasses.replace(caller.actor, subject="staff-2")

    stale = await gql(client, VERIFY, input={"id": added["id"], "version": 5})
    verified = await gql(client, VERIFY, input={"id": added["id"], "version": 1})
    again = await gql(client, VERIFY, input={"id": added["id"], "version": 2})
    retired = await gql(
        client, RETIRE, input={"id": added["id"], "version": 2, "reason": "换发新护照"}
    )

    assert stale["data"]["verifyKycDocument"] == {
        "__typename": "ConflictError",
        "currentVersion": 1,
    }
    assert verified["data"]["verifyKycDocument"] == {
        "__typename": "KycDocument",
        "status": "VERIFIED",
        "verifiedBy": "staff-2",
        "version": 2,
    }
    assert again["data"]["verifyKycDocument"] == {
        "__typename": "InvalidTransitionError",
        "currentState": "VERIFIED",
        "allowedSteps": ["RETIRED"],
    }
    assert retired["data"]["retireKycDocument"] == {
        "__typename": "KycDocument",
        "status": "RETIRED",
        "retiredReason": "换发新护照",
    }


async def test_expiring_documents_are_listed_soonest_first(client, caller):
    person = await customer_from_german(4, await branch())
    as_actor(caller, *OFFICER)
    today = dt.date.today()
    soon = await add_passport(
        client,
        person,
        number="E00000001",
        issuedOn="2020-01-01",
        expiresOn=(today + dt.timedelta(days=20)).isoformat(),
    )
    await add_passport(
        client,
        person,
        number="E00000002",
        issuedOn="2020-01-01",
        expiresOn=(today + dt.timedelta(days=200)).isoformat(),
    )

    body = await gql(client, EXPIRING, d=30)
    longer = await gql(client, EXPIRING, d=366)
    refused = await gql(client, EXPIRING, d=5000)

    assert [d["id"] for d in body["data"]["expiringKycDocuments"]] == [soon["id"]]
    assert len(longer["data"]["expiringKycDocuments"]) == 2
    assert soon["expiryState"] == "EXPIRING_SOON"
    assert refused["errors"][0]["extensions"]["code"] == "VALIDATION_FAILED"


async def test_consent_history_and_current_state(client, caller):
    person = await customer_from_german(5, await branch())
    as_actor(caller, "customer.read", "consent.record")

    for granted, channel in ((True, "BRANCH"), (False, "MOBILE")):
        body = await gql(
            client,
            CONSENT,
            input={
                "customerId": gid(person),
                "purpose": "MARKETING",
                "granted": granted,
                "channel": channel,
            },
        )
    shown = await gql(client, RECORDS, id=gid(person))

    assert body["data"]["recordConsent"] == {
        "__typename": "ConsentState",
        "purpose": "MARKETING",
        "granted": False,
        "latest": {"channel": "MOBILE", "recordedBy": "staff-1"},
    }
    customer = shown["data"]["customer"]
    assert customer["consentHistory"] == [
        {"purpose": "MARKETING", "granted": False},
        {"purpose": "MARKETING", "granted": True},
    ]
    assert [c["purpose"] for c in customer["consents"]] == [
        "MARKETING",
        "DATA_SHARING",
        "CREDIT_CHECK",
        "PROFILING",
    ]
    assert not any(c["granted"] for c in customer["consents"])
    assert await ConsentRecord.all().count() == 2


async def test_relations_from_both_sides_and_restricted_across_branches(client, caller):
    bj, sh = await branch("BJ01"), await branch("SH01")
    person = await customer_from_german(6, bj)
    company = await company_from_german(7, bj)
    guarantor = await customer_from_german(8, sh)
    as_actor(caller, "customer.read", "customer.write")
    director = await gql(
        client,
        ADD_RELATION,
        input={"customerId": gid(person), "kind": "DIRECTOR", "otherId": gid(company)},
    )
    await gql(
        client,
        ADD_RELATION,
        input={
            "customerId": gid(guarantor),
            "kind": "GUARANTOR",
            "otherId": gid(person),
        },
    )
    as_actor(caller, "customer.read", "customer.write", branch_id=bj.id)

    from_person = await gql(client, RECORDS, id=gid(person))
    from_company = await gql(client, RECORDS, id=gid(company))
    across = await gql(
        client,
        ADD_RELATION,
        input={"customerId": gid(person), "kind": "SPOUSE", "otherId": gid(guarantor)},
    )

    assert director["data"]["addRelationship"]["role"] == "DIRECTED_COMPANY"
    assert from_person["data"]["customer"]["relationships"] == [
        {
            "role": "GUARANTOR",
            "kind": "GUARANTOR",
            "restricted": True,
            "customer": None,
        },
        {
            "role": "DIRECTED_COMPANY",
            "kind": "DIRECTOR",
            "restricted": False,
            "customer": {"id": gid(company), "fullName": company.full_name},
        },
    ]
    assert from_company["data"]["customer"]["relationships"][0]["role"] == "DIRECTOR"
    assert across["data"]["addRelationship"]["__typename"] == "NotFoundError"
    assert await CustomerRelation.all().count() == 2


async def test_ending_a_relation_twice_answers_it_ended(client, caller):
    home = await branch()
    one, two = [await customer_from_german(n, home) for n in (9, 10)]
    as_actor(caller, "customer.read", "customer.write")
    added = await gql(
        client,
        ADD_RELATION,
        input={"customerId": gid(one), "kind": "SPOUSE", "otherId": gid(two)},
    )
    relation = added["data"]["addRelationship"]["id"]

    ended = await gql(client, END_RELATION, input={"id": relation})
    twice = await gql(client, END_RELATION, input={"id": relation})

    assert ended["data"]["endRelationship"]["role"] == "SPOUSE"
    assert ended["data"]["endRelationship"]["endedAt"] is not None
    # A double click is no conflict: the relation comes back, ended once.
    assert twice["data"]["endRelationship"] == ended["data"]["endRelationship"]


async def test_completeness_names_missing_fields_in_camel_case(client, caller):
    person = await customer_from_german(
        11, await branch(), status="active", occupation="工程师"
    )
    as_actor(caller, "customer.read")

    body = await gql(client, RECORDS, id=gid(person))

    completeness = body["data"]["customer"]["completeness"]
    assert completeness["missingRequired"] == ["mobilePhone", "address"]
    assert completeness["missingRecommended"] == [
        "email",
        "employer",
        "education",
        "maritalStatus",
    ]
    assert (completeness["score"], completeness["complete"]) == (65, False)


async def test_merge_takes_the_chosen_values_and_moves_documents(client, caller):
    home = await branch()
    survivor = await customer_from_german(12, home)
    other = await customer_from_german(13, home)
    as_actor(caller, *OFFICER, "customer.write")
    await add_passport(client, other)

    body = await gql(
        client,
        MERGE,
        input={
            "survivorId": gid(survivor),
            "otherId": gid(other),
            "survivorVersion": 1,
            "otherVersion": 1,
            "takeFromOther": ["fullName"],
        },
    )
    unknown = await gql(
        client,
        MERGE,
        input={
            "survivorId": gid(survivor),
            "otherId": gid(other),
            "survivorVersion": 2,
            "otherVersion": 2,
            "takeFromOther": ["customerNo"],
        },
    )

    assert body["data"]["mergeCustomers"] == {
        "__typename": "Customer",
        "fullName": "测试客户13",
        "kycDocuments": [{"number": "E12345678"}],
    }
    assert unknown["data"]["mergeCustomers"] == {
        "__typename": "ValidationError",
        "fields": [{"field": "takeFromOther", "code": "UNKNOWN_FIELD"}],
    }


async def test_a_merge_of_customers_with_different_spouses_is_a_validation_error(
    client, caller
):
    home = await branch()
    survivor, other, first, second = [
        await customer_from_german(n, home) for n in (14, 15, 16, 17)
    ]
    for one, spouse in ((survivor, first), (other, second)):
        await CustomerRelation.create(
            source_id=one.id, target_id=spouse.id, kind="spouse", created_by="t"
        )
    as_actor(caller, *OFFICER, "customer.write")

    body = await gql(
        client,
        MERGE,
        input={
            "survivorId": gid(survivor),
            "otherId": gid(other),
            "survivorVersion": 1,
            "otherVersion": 1,
        },
    )

    assert body["data"]["mergeCustomers"] == {
        "__typename": "ValidationError",
        "fields": [{"field": "otherId", "code": "SPOUSE_CONFLICT"}],
    }
    assert await CustomerRelation.filter(ended_at=None).count() == 2


LIST = """
query List($filter: CustomerFilter) {
  customers(filter: $filter, first: 50) { edges { node { id } } }
}
"""

EXPORT = """
mutation Export($input: ExportCustomersInput!) {
  exportCustomers(input: $input) { __typename ... on ExportFile { rowCount } }
}
"""


async def test_the_list_filters_by_completeness(client, caller):
    home = await branch()
    filled = await customer_from_german(
        14, home, mobile_phone="13800138014", address="北京市东城区东长安街1号"
    )
    lacking = await customer_from_german(15, home)
    company = await company_from_german(16, home)
    as_actor(caller, "customer.read")

    complete = await gql(client, LIST, filter={"complete": True})
    incomplete = await gql(client, LIST, filter={"complete": False})

    ids = [e["node"]["id"] for e in complete["data"]["customers"]["edges"]]
    assert ids == [gid(filled)]
    others = {e["node"]["id"] for e in incomplete["data"]["customers"]["edges"]}
    assert others == {gid(lacking), gid(company)}


async def test_the_completeness_filter_follows_each_status_in_one_statement(
    client,
    caller,
    sql_counter,  # noqa: F811 - the fixture imported above, not a redefinition
):
    home = await branch()
    phone = {"mobile_phone": "13800138020"}
    ready_prospect = await customer_from_german(20, home, status="prospect", **phone)
    bare_active = await customer_from_german(21, home, status="active", **phone)
    closed_company = await company_from_german(22, home, status="closed")
    as_actor(caller, "customer.read")
    await gql(client, LIST)  # warm: pools open connections lazily

    sql_counter.count = 0
    unfiltered = await gql(client, LIST)
    plain = sql_counter.count
    sql_counter.count = 0
    complete = await gql(client, LIST, filter={"complete": True})
    filtered = sql_counter.count
    incomplete = await gql(client, LIST, filter={"complete": False})

    assert len(unfiltered["data"]["customers"]["edges"]) == 3
    ids = {e["node"]["id"] for e in complete["data"]["customers"]["edges"]}
    assert ids == {gid(ready_prospect), gid(closed_company)}
    assert [e["node"]["id"] for e in incomplete["data"]["customers"]["edges"]] == [
        gid(bare_active)
    ]
    assert filtered == plain


async def test_a_marketing_list_and_export_skip_who_withdrew(client, caller):
    home = await branch()
    agreed, withdrew, never = [
        await customer_from_german(n, home) for n in (17, 18, 19)
    ]
    as_actor(caller, "customer.read", "consent.record", "customer.export")
    for person, answers in ((agreed, (True,)), (withdrew, (True, False))):
        for granted in answers:
            await gql(
                client,
                CONSENT,
                input={
                    "customerId": gid(person),
                    "purpose": "MARKETING",
                    "granted": granted,
                    "channel": "ONLINE",
                },
            )
    marketing = {"consentGranted": "MARKETING"}

    listed = await gql(client, LIST, filter=marketing)
    exported = await gql(
        client, EXPORT, input={"filter": marketing, "purpose": "CUSTOMER_SERVICE"}
    )

    ids = [e["node"]["id"] for e in listed["data"]["customers"]["edges"]]
    assert ids == [gid(agreed)]
    assert exported["data"]["exportCustomers"]["rowCount"] == 1
    assert await ConsentRecord.filter(current=True).count() == 2


PAGE_RECORDS = """
query Page($first: Int!) {
  customers(first: $first) { edges { node {
    completeness { score }
    kycDocuments { number expiryState }
    consents { purpose granted }
    relationships { role restricted customer { id } }
  } } }
}
"""


async def test_records_of_a_page_cost_the_same_statements_for_10_or_40(
    client,
    caller,
    sql_counter,  # noqa: F811 - the fixture imported above, not a redefinition
):
    home = await branch()
    people = [await customer_from_german(n, home) for n in range(40)]
    as_actor(caller, "customer.read", "kyc.manage", "consent.record", "customer.write")
    for n, person in enumerate(people[:-1]):
        await add_passport(client, person, number=f"E{n:08d}")
        await gql(
            client,
            CONSENT,
            input={
                "customerId": gid(person),
                "purpose": "PROFILING",
                "granted": True,
                "channel": "BRANCH",
            },
        )
        kind = {"customerId": gid(person), "kind": "HOUSEHOLD_MEMBER"}
        await gql(client, ADD_RELATION, input={**kind, "otherId": gid(people[n + 1])})

    counts = []
    for first in (10, 10, 40):  # the first warms the pool
        sql_counter.count = 0
        body = await gql(client, PAGE_RECORDS, first=first)
        assert "errors" not in body
        counts.append(sql_counter.count)

    assert counts[1] == counts[2]
    assert 0 < counts[2] <= 8


VERIFY_REFUSED = """
mutation Verify($input: VerifyKycDocumentInput!) {
  verifyKycDocument(input: $input) {
    __typename
    ... on RefusedError { code message }
  }
}
"""


async def test_a_duplicate_is_refused_and_the_adder_cannot_verify(client, caller):
    person = await customer_from_german(12, await branch())
    as_actor(caller, *OFFICER)
    added = await add_passport(client, person)

    again = await add_passport(client, person, number="e12345678")
    own = await gql(client, VERIFY_REFUSED, input={"id": added["id"], "version": 1})

    assert again == {
        "__typename": "ValidationError",
        "fields": [{"field": "number", "code": "DUPLICATE"}],
    }
    assert own["data"]["verifyKycDocument"]["__typename"] == "RefusedError"
    assert own["data"]["verifyKycDocument"]["code"] == "SAME_APPROVER"
    [stored] = await KycDocument.all()
    assert (stored.status, stored.verified_by) == ("pending", None)


END_REFUSED = """
mutation End($input: EndRelationshipInput!) {
  endRelationship(input: $input) {
    __typename
    ... on CustomerRelationship { endedAt }
    ... on NotFoundError { code }
  }
}
"""


async def test_branch_staff_cannot_end_a_relation_they_see_restricted(client, caller):
    bj, sh = await branch("BJ01"), await branch("SH01")
    person = await customer_from_german(13, bj)
    guarantor = await customer_from_german(14, sh)
    as_actor(caller, "customer.read", "customer.write")
    added = await gql(
        client,
        ADD_RELATION,
        input={
            "customerId": gid(guarantor),
            "kind": "GUARANTOR",
            "otherId": gid(person),
        },
    )
    as_actor(caller, "customer.read", "customer.write", branch_id=bj.id)

    body = await gql(
        client, END_RELATION, input={"id": added["data"]["addRelationship"]["id"]}
    )
    ended = await gql(
        client, END_REFUSED, input={"id": added["data"]["addRelationship"]["id"]}
    )

    assert ended["data"]["endRelationship"] == {
        "__typename": "NotFoundError",
        "code": "NOT_FOUND",
    }
    assert "errors" not in body
    assert (await CustomerRelation.get()).ended_at is None


async def test_contradicting_relations_are_refused_with_their_codes(client, caller):
    home = await branch()
    a, b, d, e = [await customer_from_german(n, home) for n in (15, 16, 17, 18)]
    as_actor(caller, "customer.read", "customer.write")

    async def relate(one, kind, other) -> dict:
        body = await gql(
            client,
            ADD_RELATION,
            input={"customerId": gid(one), "kind": kind, "otherId": gid(other)},
        )
        return body["data"]["addRelationship"]

    await relate(a, "PARENT", d)
    await relate(a, "SPOUSE", b)
    inverse = await relate(d, "PARENT", a)
    second = await relate(a, "SPOUSE", e)
    itself = await relate(a, "GUARANTOR", a)

    assert inverse["fields"] == [{"field": "otherId", "code": "INVERSE_RELATED"}]
    assert second["fields"] == [{"field": "customerId", "code": "SPOUSE_EXISTS"}]
    assert itself["fields"] == [{"field": "otherId", "code": "SAME_CUSTOMER"}]
    assert await CustomerRelation.all().count() == 2
