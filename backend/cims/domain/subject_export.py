"""Everything the bank holds on one customer, for a data-subject access request.

One JSON document (GDPR art. 15 and 20; PIPL art. 45): the profile with personal
fields in clear, then one section per kind of record, each row with every stored
column, so that what the bank keeps and what it hands over cannot drift apart when
a column is added. Left out are only keys that are no data about the person:
blind indexes and search keys (derived from values given in clear), survey link
token hashes (a credential) and KYC documents' sealing references. Sealed values
are opened (the profile's personal fields, KYC document numbers).

Staff are named by what they are, not who: every column that holds a staff
subject (``STAFF_COLUMNS``) says the role(s) and organisation (branch or head
office) of the account behind it, as does the processing history. That history
(``audit_events``) is every event about the customer or one of their records, as
``auditEvents(filter: {customerId})`` finds them, each as what was done (action,
the kind of record, the field names), when, and by which role and organisation;
never the staff member's subject, the client address, the request ID, the
event's row IDs or its hash chain (PIPL art. 45, GDPR art. 15).

Taking it away needs the rights to read personal and financial data in clear and
to export (``REQUIRED``); the customer must be in the actor's scope; the export is
audited with the sections it held, never their content.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from typing import Any

from tortoise import Tortoise
from tortoise.expressions import Q
from tortoise.queryset import QuerySet

from cims.domain import audit, customers
from cims.domain.actor import Actor
from cims.domain.crypto import open_fields, unseal
from cims.domain.errors import PermissionDenied
from cims.models import (
    Account,
    Alert,
    Complaint,
    ComplaintEvent,
    CreditAssessment,
    CreditDecision,
    Customer,
    CustomerFeatures,
    CustomerValue,
    Interaction,
    KycDocument,
    OAuthClient,
    Recommendation,
    SegmentMembership,
    StaffMember,
    SurveyInvitation,
    SurveyResponse,
    Transaction,
)

REQUIRED = ("customer.export", "customer.pii.read", "customer.financial.read")
FORMAT = "cims.subject-export/1"
CONTENT_TYPE = "application/json"
NOT_PERSONAL = frozenset(
    {
        "name_key",
        "name_sound",
        "id_number_index",
        "mobile_phone_index",
        "email_index",
        "token_hash",
        "number_index",
        "ref",
    }
)
# Columns that hold the subject of the staff member (or client) who acted.
STAFF_COLUMNS = frozenset(
    {
        "actor",
        "assignee",
        "created_by",
        "decided_by",
        "ended_by",
        "recorded_by",
        "requested_by",
        "retired_by",
        "second_approver",
        "staff",
        "verified_by",
    }
)
HEAD_OFFICE = "head office"


@dataclass(frozen=True)
class SubjectExport:
    file_name: str
    content_type: str
    content: bytes
    rows: int  # records over every section, the profile included


def _sections(customer_id: int) -> dict[str, Callable[[], QuerySet]]:
    """Each kind of record about the customer, oldest first."""
    mine = {"customer_id": customer_id}
    return {
        "accounts": lambda: Account.filter(**mine).order_by("opened_on", "id"),
        "transactions": lambda: Transaction.filter(**mine).order_by("booked_at", "id"),
        "interactions": lambda: Interaction.filter(**mine).order_by(
            "occurred_at", "id"
        ),
        "complaints": lambda: Complaint.filter(**mine).order_by("received_at", "id"),
        "complaint_events": lambda: ComplaintEvent.filter(**mine).order_by("at", "id"),
        "survey_invitations": lambda: SurveyInvitation.filter(**mine).order_by("id"),
        "survey_responses": lambda: SurveyResponse.filter(**mine).order_by("id"),
        "credit_assessments": lambda: CreditAssessment.filter(**mine).order_by("id"),
        "credit_decisions": lambda: CreditDecision.filter(
            assessment__customer_id=customer_id
        ).order_by("id"),
        "alerts": lambda: Alert.filter(**mine).order_by("id"),
        "features": lambda: CustomerFeatures.filter(**mine),
        "value": lambda: CustomerValue.filter(**mine),
        "segment_memberships": lambda: SegmentMembership.filter(**mine).order_by("id"),
        "recommendations": lambda: Recommendation.filter(**mine).order_by("id"),
        # As the audit list finds them (auditEvents(filter: {customerId})).
        "audit_events": lambda: audit.search(customer_id=customer_id).order_by("id"),
    }


def _customer_links(model) -> list[str]:
    """The names of ``model``'s relations to a customer (one or more)."""
    meta = model._meta
    return [
        name
        for name in (*meta.fk_fields, *meta.o2o_fields)
        if meta.fields_map[name].related_model is Customer
    ]


def all_sections(customer_id: int) -> dict[str, Callable[[], QuerySet]]:
    """``_sections`` plus every other table that refers to a customer.

    A model added later (consents, KYC documents, relationships) is exported
    under its table name without a change here; a row that names the customer
    in any of its customer columns counts.
    """
    sections = _sections(customer_id)
    known = {query().model for query in sections.values()}
    for model in Tortoise.apps["models"].values():
        links = _customer_links(model)
        if model in known or not links:
            continue
        about = Q(*(Q(**{f"{name}_id": customer_id}) for name in links), join_type="OR")
        sections[model._meta.db_table] = lambda model=model, about=about: model.filter(
            about
        ).order_by(model._meta.pk_attr)
    return sections


def require_export(actor: Actor) -> None:
    for permission in REQUIRED:
        if not actor.can(permission):
            raise PermissionDenied(permission)


async def export_subject(actor: Actor, customer_id: int) -> SubjectExport:
    """The customer's data as one JSON file; audited."""
    require_export(actor)
    customer = await customers.get(actor, customer_id)
    document: dict[str, Any] = {
        "format": FORMAT,
        "generated_at": dt.datetime.now(dt.UTC),
        "customer": await _profile(customer),
    }
    count = 1
    sections = all_sections(customer_id)
    raw = {name: await rows().values() for name, rows in sections.items()}
    who = await _processors(raw)
    for name, rows in raw.items():
        if name == "audit_events":
            document[name] = [_event(row, who) for row in rows]
        else:
            document[name] = [_plain(_opened(name, row), who) for row in rows]
        count += len(document[name])
    content = json.dumps(
        document, ensure_ascii=False, indent=2, default=_json_value
    ).encode()
    await audit.record(
        actor,
        "customer.subject_export",
        "Customer",
        customer_id,
        ["customer", *sections],
    )
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
    name = f"subject-{customer.customer_no}-{stamp}.json"
    return SubjectExport(name, CONTENT_TYPE, content, count)


async def _profile(customer: Customer) -> dict:
    row = await Customer.filter(id=customer.id).values()
    profile = _plain(row[0], {})
    profile.update(open_fields(customer))
    await customer.fetch_related("branch")
    profile["branch_code"] = customer.branch.code
    return profile


def _opened(section: str, row: dict) -> dict:
    """``row`` with its sealed values in clear."""
    if section == KycDocument._meta.db_table and row.get("number"):
        identity = f"KycDocument:{row['ref']}"
        return {**row, "number": unseal(row["number"], identity)}
    return row


def _plain(row: dict, who: dict[str, dict]) -> dict:
    plain = {}
    for key, value in row.items():
        if key in NOT_PERSONAL:
            continue
        if key in STAFF_COLUMNS:
            value = _named(value, who)
        elif key == "changes" and isinstance(value, dict):
            # A complaint event's changes: {"assignee": [before, after], ...}
            value = {
                name: [_named(v, who) for v in pair] if name in STAFF_COLUMNS else pair
                for name, pair in value.items()
            }
        plain[key] = value
    return plain


def _named(subject: str | None, who: dict[str, dict]) -> dict | None:
    return None if subject is None else who.get(subject) or _unknown()


def _subjects(row: dict):
    """The staff subjects ``row`` names, in its columns and a complaint event's
    changes."""
    for key, value in row.items():
        if key in STAFF_COLUMNS and isinstance(value, str):
            yield value
        elif key == "changes" and isinstance(value, dict):
            for name in STAFF_COLUMNS & set(value):
                yield from (v for v in value[name] if isinstance(v, str))


def _event(row: dict, who: dict[str, dict]) -> dict:
    """One step of the processing history, as the data subject gets it."""
    return {
        "at": row["occurred_at"],
        "action": row["action"],
        "record": row["entity"],
        "fields": row["field_names"],
        "by": who.get(row["actor"]) or _unknown(),
    }


def _unknown() -> dict:
    return {"roles": [], "organisation": "the bank"}


async def _processors(sections: dict[str, list[dict]]) -> dict[str, dict]:
    """Subject -> the role(s) and organisation of the account behind it."""
    subjects = {
        subject
        for rows in sections.values()
        for row in rows
        for subject in _subjects(row)
    }
    if not subjects:
        return {}
    who: dict[str, dict] = {}
    staff = await StaffMember.filter(subject__in=list(subjects)).prefetch_related(
        "branch"
    )
    for member in staff:
        who[member.subject] = _org(member.roles, member.branch)
    clients = await OAuthClient.filter(
        client_id__in=list(subjects - set(who))
    ).prefetch_related("branch")
    for client in clients:
        who[client.client_id] = _org(client.roles, client.branch)
    for subject in subjects - set(who):
        if subject in ("system", "merge", "import"):
            who[subject] = {"roles": ["system"], "organisation": "the bank"}
    return who


def _org(roles, branch) -> dict:
    organisation = (
        f"{branch.name_en or branch.name} ({branch.code})" if branch else HEAD_OFFICE
    )
    return {"roles": sorted(roles or []), "organisation": organisation}


def _json_value(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)  # exact, never through float
    if isinstance(value, Enum):
        return value.value
    raise TypeError(f"not JSON: {type(value).__name__}")
