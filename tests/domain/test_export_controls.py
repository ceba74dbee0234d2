"""Bulk export controls: a purpose on every export, its scope in the audit trail,
a row limit on personal data in clear, and marketing consent under a campaign."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace

import pytest

from cims.domain import consent, exporting
from cims.domain.actor import Actor
from cims.domain.crypto import open_fields
from cims.domain.customers import CustomerQuery
from cims.domain.errors import ExportTooLarge, PermissionDenied, ValidationFailed
from cims.models import AuditEvent
from cims.models.enums import CustomerStatus
from tests.factories import customer_from_german

CLEAR = Actor(
    subject="rm-1",
    permissions=frozenset(
        {"customer.read", "customer.export", "customer.pii.read", "consent.record"}
    ),
)
MASKED = Actor(
    subject="analyst-1", permissions=frozenset({"customer.read", "customer.export"})
)
QUALITY = exporting.ExportPurpose.DATA_QUALITY_REVIEW
ALL = CustomerQuery()


@pytest.fixture
async def people(branches):
    home = branches["BJ01"]
    return [
        await customer_from_german(
            n, home, mobile_phone=f"1380013800{n}", email=f"person{n}@example.cn"
        )
        for n in range(3)
    ]


@pytest.fixture
def limit(monkeypatch):
    """The clear-row limit, set through the configuration."""

    def set_to(rows: int) -> None:
        monkeypatch.setenv("CIMS_EXPORT_CLEAR_MAX_ROWS", str(rows))

    return set_to


def problems(failed: ValidationFailed) -> list[tuple[str, str]]:
    return [(p.field, p.code) for p in failed.problems]


def rows_of(file) -> list[dict]:
    return list(csv.DictReader(io.StringIO(file.content.decode("utf-8-sig"))))


async def exports() -> list[AuditEvent]:
    return await AuditEvent.filter(action__startswith="customer.export").order_by("id")


# ---------------------------------------------------------------- purpose


async def test_an_export_without_a_purpose_is_refused_and_not_audited(people):
    with pytest.raises(ValidationFailed) as refused:
        await exporting.export_customers(CLEAR, ALL, "csv")

    assert problems(refused.value) == [("purpose", "REQUIRED")]
    assert await exports() == []


async def test_an_unknown_purpose_and_format_are_refused_together(people):
    with pytest.raises(ValidationFailed) as refused:
        await exporting.export_customers(CLEAR, ALL, "pdf", purpose="curiosity")

    assert problems(refused.value) == [
        ("format", "INVALID_CHOICE"),
        ("purpose", "INVALID_CHOICE"),
    ]
    assert "MARKETING_CAMPAIGN" in refused.value.problems[1].message


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (None, "REQUIRED"),
        ("   ", "REQUIRED"),
        ("audit sample\x07", "FORBIDDEN_CHARACTERS"),
        ("audit \u202esample", "FORBIDDEN_CHARACTERS"),
        ("audit\x00sample", "FORBIDDEN_CHARACTERS"),
        ("audit \ud800sample", "INVALID_CHARACTERS"),
        ("x" * (exporting.PURPOSE_TEXT_MAX + 1), "TOO_LONG"),
    ],
)
async def test_other_takes_a_short_clean_text(people, text, code):
    with pytest.raises(ValidationFailed) as refused:
        await exporting.export_customers(
            CLEAR, ALL, "csv", purpose="other", purpose_text=text
        )

    assert problems(refused.value) == [("purpose_text", code)]
    assert await exports() == []


async def test_a_text_beside_another_purpose_is_checked_too(people):
    with pytest.raises(ValidationFailed) as refused:
        await exporting.export_customers(
            CLEAR, ALL, "csv", purpose=QUALITY, purpose_text="ok\x1b[2J"
        )

    assert problems(refused.value) == [("purpose_text", "FORBIDDEN_CHARACTERS")]


async def test_the_permission_is_checked_before_anything_else(people):
    teller = Actor(subject="teller-1", permissions=frozenset({"customer.read"}))

    with pytest.raises(PermissionDenied):
        await exporting.export_customers(teller, ALL, "csv")
    with pytest.raises(PermissionDenied):
        await exporting.plan_export(teller, ALL)


# ---------------------------------------------------------------- audit


async def test_the_audit_event_carries_the_scope_and_no_personal_data(people):
    person = people[0]
    clear = open_fields(person)
    query = CustomerQuery(
        text=clear["mobile_phone"],
        statuses=(CustomerStatus.ACTIVE, CustomerStatus.PROSPECT),
        kind="individual",
        branch_id=person.branch_id,
    )

    file = await exporting.export_customers(
        CLEAR, query, "xlsx", purpose="other", purpose_text="  Branch audit sample  "
    )

    [event] = await exports()
    assert event.action == "customer.export"
    assert event.details == {
        "purpose": "other",
        "purpose_text": "Branch audit sample",
        "format": "xlsx",
        "rows": file.rows,
        "personal": "clear",
        "clear_row_limit": 1000,
        "filter": {
            "archived": False,
            "text": exporting.WITHHELD,
            "statuses": ["active", "prospect"],
            "kind": "individual",
            "branch_id": person.branch_id,
        },
    }
    assert file.rows == 1  # the phone number found the person
    assert "mobile_phone" in event.field_names
    stored = json.dumps(
        {"details": event.details, "fields": event.field_names}, ensure_ascii=False
    )
    for value in (
        person.full_name,
        person.name_latin,
        clear["mobile_phone"],
        clear["mobile_phone"][-8:],
        clear["id_number"],
        clear["email"],
        person.customer_no,
    ):
        assert value not in stored


async def test_a_masked_export_is_audited_as_masked(people):
    in_branch = replace(MASKED, branch_id=people[0].branch_id)

    file = await exporting.export_customers(in_branch, ALL, "csv", purpose=QUALITY)

    [event] = await exports()
    assert (event.details["personal"], event.details["rows"]) == ("masked", 3)
    assert event.details["scope_branch_id"] == people[0].branch_id
    assert event.details["filter"] == {"archived": False}
    assert "purpose_text" not in event.details
    assert "mobile_phone:masked" in event.field_names
    assert "*" in rows_of(file)[0]["mobile_phone"]


# ---------------------------------------------------------------- clear-row limit


async def test_a_clear_export_above_the_limit_is_refused_and_audited(people, limit):
    limit(2)

    with pytest.raises(ExportTooLarge) as refused:
        await exporting.export_customers(CLEAR, ALL, "csv", purpose=QUALITY)

    assert (refused.value.code, refused.value.rows, refused.value.limit) == (
        "EXPORT_TOO_LARGE",
        3,
        2,
    )
    assert "limited to 2 rows" in refused.value.message
    [event] = await exports()
    assert event.action == "customer.export.refused"
    assert (event.details["rows"], event.details["clear_row_limit"]) == (3, 2)
    assert event.details["personal"] == "clear"


async def test_rows_added_after_the_count_are_refused_too(
    people, limit, monkeypatch, branches
):
    limit(3)
    load = exporting._customers

    async def grown(found):
        await customer_from_german(4, branches["BJ01"])
        return await load(found)

    monkeypatch.setattr(exporting, "_customers", grown)

    with pytest.raises(ExportTooLarge) as refused:
        await exporting.export_customers(CLEAR, ALL, "csv", purpose=QUALITY)

    assert refused.value.rows == 4
    assert [e.action for e in await exports()] == ["customer.export.refused"]


async def test_at_the_limit_a_clear_export_is_made(people, limit):
    limit(3)

    file = await exporting.export_customers(CLEAR, ALL, "csv", purpose=QUALITY)

    assert file.rows == 3
    assert "*" not in rows_of(file)[0]["mobile_phone"]


async def test_above_the_limit_masked_exports_keep_working(people, limit):
    limit(1)

    asked = await exporting.export_customers(
        CLEAR, ALL, "csv", purpose=QUALITY, masked=True
    )
    unpermitted = await exporting.export_customers(MASKED, ALL, "csv", purpose=QUALITY)

    for file in (asked, unpermitted):
        assert file.rows == 3
        assert all("*" in row["mobile_phone"] for row in rows_of(file))
    assert [e.details["personal"] for e in await exports()] == ["masked", "masked"]


async def test_the_plan_counts_rows_and_says_what_would_be_refused(people, limit):
    limit(2)

    clear = await exporting.plan_export(CLEAR, ALL)
    masked = await exporting.plan_export(CLEAR, ALL, masked=True)
    narrow = await exporting.plan_export(
        CLEAR, CustomerQuery(text=people[0].customer_no)
    )

    assert (clear.rows, clear.personal_in_clear, clear.allowed) == (3, True, False)
    assert clear.clear_row_limit == 2
    assert (masked.rows, masked.personal_in_clear, masked.allowed) == (3, False, True)
    assert (narrow.rows, narrow.allowed) == (1, True)
    assert await exports() == []


# ---------------------------------------------------------------- marketing consent


async def _consents(people) -> None:
    agreed, withdrew, _never = people
    for person, answers in ((agreed, (True,)), (withdrew, (True, False))):
        for granted in answers:
            await consent.record_consent(
                CLEAR, person.id, "marketing", granted, "branch"
            )


async def test_a_marketing_campaign_takes_only_who_consented(people):
    await _consents(people)
    campaign = exporting.ExportPurpose.MARKETING_CAMPAIGN

    file = await exporting.export_customers(CLEAR, ALL, "csv", purpose=campaign)
    plan = await exporting.plan_export(CLEAR, ALL, purpose=campaign)
    other = await exporting.export_customers(CLEAR, ALL, "csv", purpose=QUALITY)

    assert [row["customer_no"] for row in rows_of(file)] == [people[0].customer_no]
    assert (plan.rows, other.rows) == (1, 3)
    event = (await exports())[0]
    assert event.details["filter"]["consent_granted"] == ["marketing"]


async def test_a_campaign_adds_marketing_consent_to_another_consent_filter(people):
    await _consents(people)
    for person in people[1:]:
        await consent.record_consent(CLEAR, person.id, "data_sharing", True, "branch")
    query = CustomerQuery(consent_granted="data_sharing")

    campaign = await exporting.export_customers(
        CLEAR, query, "csv", purpose="marketing_campaign"
    )
    service = await exporting.export_customers(
        CLEAR, query, "csv", purpose="customer_service"
    )

    # Data sharing: the second and third; marketing as well: neither of them.
    assert (campaign.rows, service.rows) == (0, 2)
    event = (await exports())[0]
    assert event.details["filter"]["consent_granted"] == ["data_sharing", "marketing"]
