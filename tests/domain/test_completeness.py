"""Completeness: the share of required and recommended fields filled, by the
rules of the customer's kind and status."""

from __future__ import annotations

import json

import pytest

from cims.domain import completeness
from cims.domain.errors import ValidationFailed
from cims.models import Customer
from cims.models.enums import CustomerKind, CustomerStatus
from tests.factories import company_from_german, customer_from_german

CONTACT = {"mobile_phone": "13800138000", "address": "北京市东城区东长安街1号"}


@pytest.fixture
def rules_file(tmp_path, monkeypatch):
    """Write a rules file and name it in the setting; the cache is reset after."""
    path = tmp_path / "rules.json"

    def write(document) -> str:
        path.write_text(
            document if isinstance(document, str) else json.dumps(document),
            encoding="utf-8",
        )
        monkeypatch.setenv(completeness.SETTING, str(path))
        completeness.configure(None)
        return str(path)

    yield write
    monkeypatch.delenv(completeness.SETTING, raising=False)
    completeness.configure(None)


async def test_a_person_without_contact_details_misses_phone_and_address(branches):
    person = await customer_from_german(0, branches["BJ01"], status="active")

    found = completeness.assess(person)

    # 8 required (weight 2) and 7 recommended (weight 1): phone, address, e-mail,
    # occupation, employer, education and marital status are missing.
    assert found.missing_required == ("mobile_phone", "address")
    assert found.missing_recommended == (
        "email",
        "occupation",
        "employer",
        "education",
        "marital_status",
    )
    assert (found.score, found.complete) == (round(100 * (23 - 9) / 23), False)


async def test_a_filled_person_is_complete(branches):
    person = await customer_from_german(
        1,
        branches["BJ01"],
        status="active",
        email="ceshi@example.com",
        occupation="工程师",
        employer="北京测试科技有限公司",
        education="本科",
        marital_status="married",
        **CONTACT,
    )

    found = completeness.assess(person)

    assert (found.score, found.complete, found.missing_recommended) == (100, True, ())


async def test_a_company_is_scored_by_the_corporate_rules(branches):
    company = await company_from_german(2, branches["BJ01"], status="active")

    found = completeness.assess(company)

    assert found.missing_required == ("mobile_phone", "address")
    assert "gender" not in found.missing_required + found.missing_recommended
    assert found.missing_recommended == (
        "name_latin",
        "email",
        "relationship_manager",
        "assets",
        "liabilities",
    )


# The same record (identity, no contact details) under each status of each kind:
# (missing required, missing recommended, score, complete).
BY_STATUS = {
    (CustomerKind.INDIVIDUAL, CustomerStatus.PROSPECT): (
        ("mobile_phone",),
        ("email", "address", "occupation"),
        round(100 * (2 + 2) / 9),
        False,
    ),
    (CustomerKind.INDIVIDUAL, CustomerStatus.DORMANT): (
        ("mobile_phone", "address"),
        ("email", "occupation", "employer", "education", "marital_status"),
        round(100 * (23 - 9) / 23),
        False,
    ),
    (CustomerKind.INDIVIDUAL, CustomerStatus.CLOSED): (
        (),
        ("address",),
        round(100 * 10 / 11),
        True,
    ),
    (CustomerKind.CORPORATE, CustomerStatus.PROSPECT): (
        ("mobile_phone",),
        ("email", "address", "relationship_manager"),
        round(100 * 2 / 7),
        False,
    ),
    (CustomerKind.CORPORATE, CustomerStatus.CLOSED): (
        (),
        ("address",),
        round(100 * 8 / 9),
        True,
    ),
}


@pytest.mark.parametrize(("kind", "status"), list(BY_STATUS))
async def test_each_status_has_its_own_rules(branches, kind, status):
    make = (
        customer_from_german if kind is CustomerKind.INDIVIDUAL else company_from_german
    )
    customer = await make(4, branches["BJ01"], status=status.value)

    found = completeness.assess(customer)

    assert (
        found.missing_required,
        found.missing_recommended,
        found.score,
        found.complete,
    ) == BY_STATUS[(kind, status)]


async def test_a_prospect_with_a_phone_is_complete_until_it_becomes_active(branches):
    prospect = await customer_from_german(
        5, branches["BJ01"], status="prospect", mobile_phone="13800138005"
    )
    before = completeness.assess(prospect)

    prospect.status = CustomerStatus.ACTIVE
    after = completeness.assess(prospect)

    assert before.complete is True
    assert (after.complete, after.missing_required) == (False, ("address",))


async def test_a_kind_alone_replaces_the_rules_of_every_status(branches):
    person = await customer_from_german(3, branches["BJ01"], status="dormant")
    rules = {
        CustomerKind.INDIVIDUAL: completeness.Rules(
            required=("full_name", "id_number"), recommended=("email",)
        )
    }

    completeness.configure(rules)
    try:
        found = completeness.assess(person)
    finally:
        completeness.configure(None)

    assert (found.score, found.complete, found.missing_recommended) == (
        80,
        True,
        ("email",),
    )


async def test_a_rules_file_replaces_one_kind_and_status(branches, rules_file):
    prospect = await customer_from_german(6, branches["BJ01"], status="prospect")
    active = await customer_from_german(7, branches["BJ01"], status="active")
    rules_file({"individual": {"prospect": {"required": ["full_name", "birth_date"]}}})

    found = completeness.assess(prospect)
    unchanged = completeness.assess(active)

    assert (found.score, found.complete, found.missing_recommended) == (100, True, ())
    assert unchanged.missing_required == ("mobile_phone", "address")


@pytest.mark.parametrize(
    ("document", "reason"),
    [
        ({"individual": {"prospect": {"required": ["nickname"]}}}, "nickname"),
        ({"robot": {"active": {"required": ["full_name"]}}}, "robot"),
        ({"individual": {"prospect": {"recommended": ["email"]}}}, "required"),
        ("{not json", "cannot be used"),
    ],
)
async def test_a_bad_rules_file_is_refused_with_its_reason(
    rules_file, document, reason
):
    path = rules_file(document)

    with pytest.raises(ValidationFailed) as refused:
        completeness.rules_in_force()

    [problem] = refused.value.problems
    assert (problem.field, problem.code) == (completeness.SETTING, "INVALID")
    assert path in problem.message and reason in problem.message


async def test_the_filter_follows_each_status_rules(branches):
    home = branches["BJ01"]
    ready_prospect = await customer_from_german(
        8, home, status="prospect", mobile_phone="13800138008"
    )
    bare_prospect = await customer_from_german(9, home, status="prospect")
    closed = await company_from_german(10, home, status="closed")
    full_active = await customer_from_german(11, home, status="active", **CONTACT)
    bare_active = await customer_from_german(
        12, home, status="active", mobile_phone="13800138012"
    )
    dormant = await company_from_german(13, home, status="dormant")

    complete = await Customer.filter(completeness.condition(True)).values_list(
        "id", flat=True
    )
    incomplete = await Customer.filter(completeness.condition(False)).values_list(
        "id", flat=True
    )

    assert set(complete) == {ready_prospect.id, closed.id, full_active.id}
    assert set(incomplete) == {bare_prospect.id, bare_active.id, dormant.id}


async def test_the_app_does_not_start_with_a_bad_rules_file(
    rules_file, session_settings
):
    from cims.app import create_app

    rules_file({"individual": {"active": {"required": ["nickname"]}}})

    with pytest.raises(ValidationFailed) as refused:
        create_app(session_settings, connect=False)

    assert refused.value.problems[0].field == completeness.SETTING
