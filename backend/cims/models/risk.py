"""Risk management: credit assessments, the human decisions on them, and alerts.

An assessment is what the model said at one moment, with the inputs it saw (model
inputs only: no name, ID number or contact detail). A decision is what a person did
with it; above a configured limit a second, different officer confirms it.
Alerts are abnormal transactions found by the detector, reviewed by staff.

Nothing here is deleted by a staff action, so every foreign key restricts deletion.
"""

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model

from cims.models.core import money


class AssessmentStatus(StrEnum):
    PENDING = "pending"  # no decision yet, or one awaiting its second approver
    DECIDED = "decided"


class CreditDecisionKind(StrEnum):
    APPROVE = "approve"
    REDUCE = "reduce"  # approve a lower limit than recommended
    DECLINE = "decline"


class AlertStatus(StrEnum):
    OPEN = "open"
    ESCALATED = "escalated"
    DISMISSED = "dismissed"  # kept with its reason: the material for tuning rules
    CONFIRMED = "confirmed"


class CreditAssessment(Model):
    id = fields.IntField(primary_key=True)
    customer = fields.ForeignKeyField(
        "models.Customer", related_name="credit_assessments", on_delete=fields.RESTRICT
    )
    inputs = fields.JSONField(default=dict)
    model_kind = fields.CharField(max_length=64)
    model_version = fields.CharField(max_length=16)
    algorithm = fields.CharField(max_length=32)
    probability = fields.FloatField()
    grade = fields.CharField(max_length=2)
    points = fields.IntField()
    # Each factor holds its input, effect and one sentence in English and Chinese.
    factors = fields.JSONField(default=list)
    recommended_limit = money()
    currency = fields.CharField(max_length=3, default="CNY")
    status = fields.CharEnumField(
        AssessmentStatus, max_length=16, default=AssessmentStatus.PENDING
    )
    created_by = fields.CharField(max_length=64)
    created_at = fields.DatetimeField(auto_now_add=True, db_index=True)

    class Meta:
        table = "credit_assessment"
        indexes = (("customer_id", "created_at"),)


class CreditDecision(Model):
    id = fields.IntField(primary_key=True)
    assessment = fields.OneToOneField(
        "models.CreditAssessment", related_name="decision", on_delete=fields.RESTRICT
    )
    decision = fields.CharEnumField(CreditDecisionKind, max_length=16)
    approved_limit = money()
    reason = fields.TextField()
    decided_by = fields.CharField(max_length=64)
    decided_at = fields.DatetimeField(auto_now_add=True)
    second_approver = fields.CharField(max_length=64, null=True)
    second_approved_at = fields.DatetimeField(null=True)
    # Whether the limit was above the four-eyes amount when the decision was made.
    needs_second = fields.BooleanField(default=False)

    class Meta:
        table = "credit_decision"


class Alert(Model):
    id = fields.IntField(primary_key=True)
    transaction = fields.OneToOneField(
        "models.Transaction", related_name="alert", on_delete=fields.RESTRICT
    )
    customer = fields.ForeignKeyField(
        "models.Customer", related_name="alerts", on_delete=fields.RESTRICT
    )
    score = fields.FloatField()
    # Each reason holds its code, weight and one sentence in English and Chinese.
    reasons = fields.JSONField(default=list)
    status = fields.CharEnumField(
        AlertStatus, max_length=16, default=AlertStatus.OPEN, db_index=True
    )
    reviewer = fields.CharField(max_length=64, null=True)
    review_reason = fields.TextField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True, db_index=True)
    reviewed_at = fields.DatetimeField(null=True)
    closed_at = fields.DatetimeField(null=True)

    class Meta:
        table = "alert"
