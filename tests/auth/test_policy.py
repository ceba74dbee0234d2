"""The role -> permission table."""

from cims.auth.policy import (
    BRANCH_ROLES,
    PERMISSIONS,
    ROLE_LABELS,
    ROLES,
    markdown_table,
    permissions_for,
)

REQUIRED = {
    "customer.read",
    "customer.pii.read",
    "customer.write",
    "customer.archive",
    "customer.export",
    "customer.import",
    "account.read",
    "transaction.read",
    "interaction.write",
    "complaint.read",
    "complaint.file",
    "complaint.handle",
    "survey.read",
    "segment.read",
    "segment.manage",
    "analytics.read",
    "risk.read",
    "risk.assess",
    "risk.decide",
    "alert.review",
    "audit.read",
    "staff.manage",
    "schema.introspect",
}


def test_every_required_permission_is_defined():
    assert set(PERMISSIONS) >= REQUIRED


def test_the_eight_roles_exist_with_labels_in_both_languages():
    assert set(ROLES) == {
        "teller",
        "relationship_manager",
        "service_agent",
        "risk_officer",
        "compliance_auditor",
        "analyst",
        "core_banking",
        "administrator",
    }
    assert set(ROLE_LABELS) == set(ROLES)


def test_roles_grant_only_defined_permissions():
    for granted in ROLES.values():
        assert granted <= set(PERMISSIONS)


def test_administrator_holds_every_permission():
    assert ROLES["administrator"] == frozenset(PERMISSIONS)


def test_permissions_of_several_roles_are_their_union():
    combined = permissions_for(["teller", "analyst"])

    assert combined == ROLES["teller"] | ROLES["analyst"]


def test_unknown_roles_grant_nothing():
    assert permissions_for(["janitor", "root"]) == frozenset()


def test_separation_of_duties_in_the_table():
    assert "risk.decide" not in ROLES["relationship_manager"]
    assert "customer.pii.read" not in ROLES["analyst"]
    assert "customer.pii.read" not in ROLES["service_agent"]
    assert "customer.write" not in ROLES["compliance_auditor"]
    assert "audit.read" not in ROLES["teller"]
    assert ROLES["core_banking"] == {
        "account.read",
        "transaction.read",
        "transaction.write",
    }


def test_tellers_and_relationship_managers_are_branch_bound():
    assert {"teller", "relationship_manager"} == BRANCH_ROLES


def test_markdown_table_has_a_row_per_permission_and_a_column_per_role():
    table = markdown_table()
    rows = [line for line in table.splitlines() if line.startswith("| `")]

    assert len(rows) == len(PERMISSIONS)
    header = table.splitlines()[0]
    for english in (label for _, label in ROLE_LABELS.values()):
        assert english in header
    staff_row = next(row for row in rows if row.startswith("| `staff.manage`"))
    assert staff_row.count("✓") == 1
