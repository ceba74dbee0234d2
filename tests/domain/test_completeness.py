"""Completeness: the share of required and recommended fields filled."""

from __future__ import annotations

from cims.domain import completeness
from cims.models.enums import CustomerKind
from tests.factories import company_from_german, customer_from_german


async def test_a_person_without_contact_details_misses_phone_and_address(branches):
    person = await customer_from_german(0, branches["BJ01"])

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
        mobile_phone="13800138000",
        address="北京市东城区东长安街1号",
        email="ceshi@example.com",
        occupation="工程师",
        employer="北京测试科技有限公司",
        education="本科",
        marital_status="married",
    )

    found = completeness.assess(person)

    assert (found.score, found.complete, found.missing_recommended) == (100, True, ())


async def test_a_company_is_scored_by_the_corporate_rules(branches):
    company = await company_from_german(2, branches["BJ01"])

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


async def test_the_rules_can_be_replaced(branches):
    person = await customer_from_german(3, branches["BJ01"])
    rules = dict(completeness.DEFAULT_RULES)
    rules[CustomerKind.INDIVIDUAL] = completeness.Rules(
        required=("full_name", "id_number"), recommended=("email",)
    )

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
