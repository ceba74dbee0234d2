"""Service and support: interactions, complaints, teams, surveys, triage corrections.

Staff members and service accounts are referred to by their subject (the ``sub`` of
their token), as ``Customer.relationship_manager`` is: the staff directory lives with
the identity provider, not here.

Nothing here is deleted by a staff action, so every foreign key restricts deletion.
"""

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model

from cims.models.core import money
from cims.models.enums import Source


class ServiceChannel(StrEnum):
    """Where a customer reached the bank, or the bank reached the customer."""

    BRANCH = "branch"  # branch counter
    PHONE = "phone"
    ONLINE = "online"  # online banking
    MOBILE = "mobile"  # mobile app
    SELF_SERVICE = "self_service"  # self-service terminal
    EMAIL = "email"
    WECHAT = "wechat"
    LETTER = "letter"


class InteractionDirection(StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"


class ComplaintSeverity(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


class ComplaintStatus(StrEnum):
    RECEIVED = "received"
    ACKNOWLEDGED = "acknowledged"
    INVESTIGATING = "investigating"
    ESCALATED = "escalated"
    RESOLVED = "resolved"
    CLOSED = "closed"
    REOPENED = "reopened"


class ComplaintOutcome(StrEnum):
    """How a complaint was resolved (the outcomes the CFPB data records)."""

    MONETARY_RELIEF = "monetary_relief"
    NON_MONETARY_RELIEF = "non_monetary_relief"
    EXPLANATION = "explanation"
    NO_RELIEF = "no_relief"


class ComplaintEventKind(StrEnum):
    FILED = "filed"
    TRANSITION = "transition"
    ASSIGNMENT = "assignment"
    RECATEGORISED = "recategorised"
    COMMENT = "comment"  # a note in the history; no field changes


class CategoryOrigin(StrEnum):
    CFPB = "cfpb"  # seeded from the public complaint data
    BANK = "bank"  # added by the bank


class SurveyKind(StrEnum):
    CSAT = "csat"  # 1 to 5
    NPS = "nps"  # 0 to 10


class Team(Model):
    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=32, unique=True)
    name = fields.CharField(max_length=100)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "team"


class TeamMember(Model):
    id = fields.IntField(primary_key=True)
    team = fields.ForeignKeyField(
        "models.Team", related_name="members", on_delete=fields.RESTRICT
    )
    staff = fields.CharField(max_length=64, db_index=True)

    class Meta:
        table = "team_member"
        unique_together = (("team", "staff"),)


class Interaction(Model):
    id = fields.BigIntField(primary_key=True)
    customer = fields.ForeignKeyField(
        "models.Customer", related_name="interactions", on_delete=fields.RESTRICT
    )
    channel = fields.CharEnumField(ServiceChannel, max_length=16)
    direction = fields.CharEnumField(InteractionDirection, max_length=8)
    purpose = fields.CharField(max_length=100)
    summary = fields.TextField()
    staff = fields.CharField(max_length=64, null=True, db_index=True)
    branch = fields.ForeignKeyField(
        "models.Branch",
        related_name="interactions",
        null=True,
        on_delete=fields.RESTRICT,
    )
    account = fields.ForeignKeyField(
        "models.Account",
        related_name="interactions",
        null=True,
        on_delete=fields.RESTRICT,
    )
    product = fields.ForeignKeyField(
        "models.Product",
        related_name="interactions",
        null=True,
        on_delete=fields.RESTRICT,
    )
    occurred_at = fields.DatetimeField()
    source = fields.CharEnumField(Source, max_length=16, default=Source.MANUAL)
    recorded_by = fields.CharField(max_length=64)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "interaction"
        indexes = (("customer_id", "occurred_at", "id"),)


class ComplaintCategory(Model):
    """A two-level taxonomy, product then issue, one row per pair.

    ``product`` and ``issue`` are the English labels (the CFPB's, for its categories);
    ``product_zh`` and ``issue_zh`` the Chinese ones. ``code`` stays the same when a
    label is reworded, so reports and other systems can refer to a category by it.
    """

    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=100, unique=True)
    product = fields.CharField(max_length=120)
    issue = fields.CharField(max_length=200)
    product_zh = fields.CharField(max_length=120)
    issue_zh = fields.CharField(max_length=200)
    origin = fields.CharEnumField(
        CategoryOrigin, max_length=8, default=CategoryOrigin.BANK
    )
    active = fields.BooleanField(default=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "complaint_category"
        unique_together = (("product", "issue"),)


class Complaint(Model):
    id = fields.IntField(primary_key=True)
    customer = fields.ForeignKeyField(
        "models.Customer", related_name="complaints", on_delete=fields.RESTRICT
    )
    category = fields.ForeignKeyField(
        "models.ComplaintCategory", related_name="complaints", on_delete=fields.RESTRICT
    )
    product = fields.ForeignKeyField(
        "models.Product",
        related_name="complaints",
        null=True,
        on_delete=fields.RESTRICT,
    )
    account = fields.ForeignKeyField(
        "models.Account",
        related_name="complaints",
        null=True,
        on_delete=fields.RESTRICT,
    )
    channel = fields.CharEnumField(ServiceChannel, max_length=16)
    severity = fields.CharEnumField(ComplaintSeverity, max_length=8)
    description = fields.TextField()
    status = fields.CharEnumField(
        ComplaintStatus, max_length=16, default=ComplaintStatus.RECEIVED
    )
    assignee = fields.CharField(max_length=64, null=True)
    team = fields.ForeignKeyField(
        "models.Team", related_name="complaints", null=True, on_delete=fields.RESTRICT
    )
    received_at = fields.DatetimeField()
    acknowledged_at = fields.DatetimeField(null=True)
    resolved_at = fields.DatetimeField(null=True)
    closed_at = fields.DatetimeField(null=True)
    escalated_at = fields.DatetimeField(null=True)
    reopened_at = fields.DatetimeField(null=True)
    ack_due_at = fields.DatetimeField()
    resolve_due_at = fields.DatetimeField()
    # The next deadline still pending and when it turns at risk; null once resolved.
    # Stored so that the at-risk and breached queues are plain range scans.
    due_at = fields.DatetimeField(null=True)
    at_risk_at = fields.DatetimeField(null=True)
    breached_at = fields.DatetimeField(null=True)
    outcome = fields.CharEnumField(ComplaintOutcome, max_length=24, null=True)
    root_cause = fields.TextField(null=True)
    redress_amount = money(null=True)
    redress_currency = fields.CharField(max_length=3, default="CNY")
    reopen_count = fields.IntField(default=0)
    source = fields.CharEnumField(Source, max_length=16, default=Source.MANUAL)
    # The identifier in the system the complaint came from (for the demo, the CFPB's).
    external_ref = fields.CharField(max_length=32, null=True, unique=True)
    created_by = fields.CharField(max_length=64)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)
    version = fields.IntField(default=1)

    class Meta:
        table = "complaint"
        indexes = (
            ("status", "due_at"),
            ("assignee", "status"),
            ("team_id", "status"),
            ("customer_id", "received_at"),
        )


class ComplaintEvent(Model):
    """One change in a complaint's history: who, when, what and why."""

    id = fields.BigIntField(primary_key=True)
    complaint = fields.ForeignKeyField(
        "models.Complaint", related_name="events", on_delete=fields.RESTRICT
    )
    # Denormalised so that a customer's timeline is one indexed range scan.
    customer = fields.ForeignKeyField(
        "models.Customer", related_name="complaint_events", on_delete=fields.RESTRICT
    )
    kind = fields.CharEnumField(ComplaintEventKind, max_length=16)
    from_status = fields.CharEnumField(ComplaintStatus, max_length=16, null=True)
    to_status = fields.CharEnumField(ComplaintStatus, max_length=16, null=True)
    actor = fields.CharField(max_length=64)
    at = fields.DatetimeField()
    reason = fields.TextField(null=True)
    changes = fields.JSONField(default=dict)
    version = fields.IntField()

    class Meta:
        table = "complaint_event"
        indexes = (("complaint_id", "at"), ("customer_id", "at", "id"))


class SurveyInvitation(Model):
    """A single-use link; only a hash of its token is kept."""

    id = fields.IntField(primary_key=True)
    kind = fields.CharEnumField(SurveyKind, max_length=8)
    token_hash = fields.CharField(max_length=64, unique=True)
    customer = fields.ForeignKeyField(
        "models.Customer", related_name="survey_invitations", on_delete=fields.RESTRICT
    )
    interaction = fields.ForeignKeyField(
        "models.Interaction",
        related_name="survey_invitations",
        null=True,
        on_delete=fields.RESTRICT,
    )
    complaint = fields.ForeignKeyField(
        "models.Complaint",
        related_name="survey_invitations",
        null=True,
        on_delete=fields.RESTRICT,
    )
    created_by = fields.CharField(max_length=64)
    created_at = fields.DatetimeField()
    expires_at = fields.DatetimeField()
    used_at = fields.DatetimeField(null=True)

    class Meta:
        table = "survey_invitation"


class SurveyResponse(Model):
    """An answer, with what it is about copied in for reporting by group."""

    id = fields.IntField(primary_key=True)
    invitation = fields.OneToOneField(
        "models.SurveyInvitation", related_name="response", on_delete=fields.RESTRICT
    )
    kind = fields.CharEnumField(SurveyKind, max_length=8)
    score = fields.SmallIntField()
    comment = fields.TextField(null=True)
    customer = fields.ForeignKeyField(
        "models.Customer", related_name="survey_responses", on_delete=fields.RESTRICT
    )
    interaction = fields.ForeignKeyField(
        "models.Interaction",
        related_name="survey_responses",
        null=True,
        on_delete=fields.RESTRICT,
    )
    complaint = fields.ForeignKeyField(
        "models.Complaint",
        related_name="survey_responses",
        null=True,
        on_delete=fields.RESTRICT,
    )
    branch = fields.ForeignKeyField(
        "models.Branch",
        related_name="survey_responses",
        null=True,
        on_delete=fields.RESTRICT,
    )
    channel = fields.CharEnumField(ServiceChannel, max_length=16)
    staff = fields.CharField(max_length=64, null=True)
    answered_at = fields.DatetimeField(db_index=True)

    class Meta:
        table = "survey_response"
        indexes = (("customer_id", "answered_at", "id"),)


class TriageCorrection(Model):
    """Staff confirmed or corrected a suggested category: training data."""

    id = fields.IntField(primary_key=True)
    complaint = fields.ForeignKeyField(
        "models.Complaint", related_name="triage_corrections", on_delete=fields.RESTRICT
    )
    suggested_product = fields.CharField(max_length=120, null=True)
    suggested_issue = fields.CharField(max_length=200, null=True)
    confidence = fields.FloatField(null=True)
    model_version = fields.CharField(max_length=64, null=True)
    category = fields.ForeignKeyField(
        "models.ComplaintCategory",
        related_name="triage_corrections",
        on_delete=fields.RESTRICT,
    )
    corrected = fields.BooleanField()
    actor = fields.CharField(max_length=64)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "triage_correction"
