"""Who a token subject is, in words staff recognise.

Subjects are opaque (a staff member's UUID, a service account's client ID), so
tokens, logs and the audit trail name nobody. Those allowed to read the trail
see the staff username beside each subject; a service account shows its client
name, the shell operator and the system show as they are recorded.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from cims.auth.policy import is_branch_bound, permissions_for
from cims.domain.errors import FieldProblem, ValidationFailed
from cims.domain.inputs import staff_problem
from cims.models import AuditEvent, OAuthClient, StaffMember

USERNAME_MAX = StaffMember._meta.fields_map["username"].max_length
SUBJECT_MAX = AuditEvent._meta.fields_map["actor"].max_length


@dataclass(frozen=True)
class Principal:
    subject: str
    kind: str  # "staff", "service" or "system"
    username: str | None
    display_name: str | None
    branch_id: int | None = None
    team: str | None = None


async def resolve(subjects: Iterable[str]) -> dict[str, Principal]:
    """The principals behind ``subjects``, in two queries whatever their number;
    a subject nobody here holds (an external provider's) is left out."""
    wanted = set(subjects)
    if not wanted:
        return {}
    found: dict[str, Principal] = {}
    for staff in await StaffMember.filter(subject__in=wanted):
        found[staff.subject] = Principal(
            staff.subject,
            "staff",
            staff.username,
            staff.display_name,
            staff.branch_id,
            staff.team,
        )
    rest = wanted - found.keys()
    for client in await OAuthClient.filter(client_id__in=rest) if rest else []:
        found[client.client_id] = Principal(
            client.client_id, "service", client.name, client.name, client.branch_id
        )
    for subject in rest - found.keys():
        if subject == "system" or subject.startswith("cli:"):
            found[subject] = Principal(subject, "system", subject, subject)
    return found


async def subject_for(name: str) -> str:
    """The subject a staff username names; any other text is taken as a subject,
    so auditors filter by what they know (``li.na``) or by what a log shows."""
    text = name.strip()
    if len(text) > SUBJECT_MAX:
        raise ValidationFailed.one(
            "actor", "TOO_LONG", f"At most {SUBJECT_MAX} characters"
        )
    if len(text) > USERNAME_MAX:  # no username is this long: a subject, or nothing
        return text
    staff = await StaffMember.get_or_none(username=text.casefold())
    return staff.subject if staff else text


async def staff_named(name: str) -> StaffMember | None:
    """The staff account ``name`` names: by its username, as people type it, or by
    its subject, as a record keeps it (a form showing the stored assignee)."""
    text = name.strip()
    by_name = len(text) <= USERNAME_MAX  # a longer text can only be a subject
    if by_name and (staff := await StaffMember.get_or_none(username=text.casefold())):
        return staff
    return await StaffMember.get_or_none(subject=text)


async def active_staff() -> list[StaffMember]:
    """Every active staff account, for lists to pick someone from."""
    return await StaffMember.filter(active=True).order_by("username")


async def team_of(subject: str) -> str | None:
    """The team of the active staff account behind ``subject``; service accounts,
    external providers' users and the system belong to none."""
    teams = await StaffMember.filter(subject=subject, active=True).values_list(
        "team", flat=True
    )
    return teams[0] if teams else None


# The work a permission allows, in the words of a refusal.
WORK = {
    "complaint.handle": "handle complaints (complaint.handle)",
    "interaction.write": "record interactions (interaction.write)",
}


async def staff_on_duty(
    value: str | None, field: str, branch_id: int | None, permission: str | None = None
) -> str | FieldProblem | None:
    """The subject of the staff member ``value`` names (a username, or the subject a
    record shows), who must be active, hold ``permission`` when one is named and,
    if their roles bind them to a branch, work at ``branch_id``; else the problem
    (``UNKNOWN_STAFF``, ``NOT_A_HANDLER``, ``OUT_OF_SCOPE``). None stays None."""
    if value is None:
        return None
    if problem := staff_problem(value, field):
        return problem
    staff = await staff_named(value)
    if staff is None or not staff.active:
        message = "No active staff member has this username"
        return FieldProblem(field, "UNKNOWN_STAFF", message)
    roles = staff.roles or []
    if permission is not None and permission not in permissions_for(roles):
        message = f"{staff.username} may not {WORK.get(permission, permission)}"
        return FieldProblem(field, "NOT_A_HANDLER", message)
    if is_branch_bound(roles) and staff.branch_id != branch_id:
        message = f"{staff.username} works at another branch than the customer's"
        return FieldProblem(field, "OUT_OF_SCOPE", message)
    return staff.subject
