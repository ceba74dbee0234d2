"""Roles and the permissions they grant: the one table every check reads.

A role is what an identity provider says about a person (``teller``); a permission
is what the code checks (``customer.pii.read``). Roles never appear in checks, so a
bank can change who may do what here without touching a resolver.

Branch scope: an actor holding any role in ``BRANCH_ROLES`` is held to the branch
named by its token, even when it also holds a head-office role. A combination is
therefore never broader than its narrowest branch role; a bank that wants a
branch manager with head-office reach gives that person a head-office role only.
"""

from __future__ import annotations

from collections.abc import Iterable

PERMISSIONS: dict[str, str] = {
    "customer.read": "Find and view customers, personal data masked",
    "customer.pii.read": (
        "View unmasked personal data (ID numbers, birth dates, phones, e-mail)"
    ),
    "customer.financial.read": (
        "View a customer's income, assets, liabilities and custom attributes"
    ),
    "customer.write": "Create and edit customers",
    "customer.archive": "Archive and restore customers",
    "customer.erase": "Erase a customer's personal data on request",
    "customer.export": "Export customer lists",
    "customer.import": "Import customers in batches",
    "kyc.manage": "Add and retire a customer's KYC documents",
    "kyc.verify": "Verify a customer's KYC documents",
    "consent.record": "Record a customer's consent or its withdrawal",
    "account.read": "View accounts and balances",
    "transaction.read": "View transactions",
    "transaction.write": "Post transactions from other systems and import them",
    "interaction.write": "Record interactions on the customer timeline",
    "complaint.read": "View complaints",
    "complaint.file": "File a complaint for a customer in your scope",
    "complaint.handle": "Assign, escalate and resolve complaints",
    "survey.read": "View satisfaction surveys",
    "segment.read": "View segments and customer value",
    "segment.manage": "Define and change segments",
    "analytics.read": "View dashboards and model figures",
    "risk.read": "View credit assessments and alerts",
    "risk.assess": "Run a credit risk assessment",
    "risk.decide": "Record a credit decision and limit",
    "alert.review": "Review and close abnormal-transaction alerts",
    "audit.read": "Read the audit trail",
    "staff.manage": "Manage staff accounts, clients and sign-in rules",
    "schema.introspect": "Introspect the GraphQL schema",
}

_BASE = {"customer.read", "account.read", "transaction.read"}

ROLES: dict[str, frozenset[str]] = {
    "teller": frozenset(
        _BASE
        | {
            "customer.pii.read",
            "customer.write",
            "kyc.manage",
            "consent.record",
            "interaction.write",
            "complaint.read",
            "complaint.file",
        }
    ),
    "relationship_manager": frozenset(
        _BASE
        | {
            "customer.pii.read",
            "customer.financial.read",
            "customer.write",
            "customer.archive",
            "customer.export",
            "customer.import",
            "kyc.manage",
            "kyc.verify",
            "consent.record",
            "interaction.write",
            "complaint.read",
            "complaint.file",
            "survey.read",
            "segment.read",
            "analytics.read",
            "risk.read",
            "risk.assess",
        }
    ),
    "service_agent": frozenset(
        _BASE
        | {
            "interaction.write",
            "complaint.read",
            "complaint.file",
            "complaint.handle",
            "survey.read",
        }
    ),
    "risk_officer": frozenset(
        _BASE
        | {
            "customer.pii.read",
            "customer.financial.read",
            "segment.read",
            "analytics.read",
            "risk.read",
            "risk.assess",
            "risk.decide",
            "alert.review",
            "kyc.verify",
        }
    ),
    "compliance_auditor": frozenset(
        _BASE
        | {
            "customer.pii.read",
            "customer.financial.read",
            "complaint.read",
            "survey.read",
            "segment.read",
            "risk.read",
            "audit.read",
        }
    ),
    "analyst": frozenset(
        _BASE
        | {
            "customer.financial.read",
            "survey.read",
            "segment.read",
            "segment.manage",
            "analytics.read",
            "risk.read",
            "schema.introspect",
        }
    ),
    # For a service account of the core banking system: it books transactions and
    # reads nothing personal.
    "core_banking": frozenset(
        {"account.read", "transaction.read", "transaction.write"}
    ),
    "administrator": frozenset(PERMISSIONS),
}

ROLE_LABELS: dict[str, tuple[str, str]] = {
    "teller": ("柜员", "Teller"),
    "relationship_manager": ("客户经理", "Relationship manager"),
    "service_agent": ("客服专员", "Service agent"),
    "risk_officer": ("风险经理", "Risk officer"),
    "compliance_auditor": ("合规审计员", "Compliance auditor"),
    "analyst": ("数据分析师", "Analyst"),
    "core_banking": ("核心系统", "Core banking"),
    "administrator": ("系统管理员", "Administrator"),
}

BRANCH_ROLES: frozenset[str] = frozenset({"teller", "relationship_manager"})

# Roles for other systems' service clients (`cims client create`), never for a person:
# a sign-in account would be a password standing in for a system's client secret.
SERVICE_ROLES: frozenset[str] = frozenset({"core_banking"})


def permissions_for(roles: Iterable[str]) -> frozenset[str]:
    """The union of the permissions of ``roles``; unknown roles grant nothing."""
    granted: set[str] = set()
    for role in roles:
        granted |= ROLES.get(role, frozenset())
    return frozenset(granted)


def known_roles(roles: Iterable[str]) -> frozenset[str]:
    return frozenset(role for role in roles if role in ROLES)


def is_branch_bound(roles: Iterable[str]) -> bool:
    return any(role in BRANCH_ROLES for role in roles)


def markdown_table() -> str:
    """The role -> permission table as Markdown, one row per permission."""
    roles = list(ROLES)
    header = ["Permission", "What it allows", *(ROLE_LABELS[r][1] for r in roles)]
    lines = [_row(header), _row(["---"] * len(header))]
    for name, description in PERMISSIONS.items():
        marks = ["✓" if name in ROLES[role] else "" for role in roles]
        lines.append(_row([f"`{name}`", description, *marks]))
    bound = ", ".join(ROLE_LABELS[r][1] for r in roles if r in BRANCH_ROLES)
    lines.append("")
    lines.append(
        f"Branch-scoped roles (see only their own branch's customers): {bound}."
    )
    return "\n".join(lines) + "\n"


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"
