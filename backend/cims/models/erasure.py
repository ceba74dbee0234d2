"""Erasure requests: the four-eyes record of a data subject's request to be forgotten.

One person requests erasure (ground and the reference of the data-subject request),
a different person approves or rejects it; the requester may withdraw it. While a
request is pending, ``pending_customer_id`` holds its customer's id: the column is
unique and null otherwise, so a customer has at most one pending request on every
engine. References and reasons are the bank's record of the request, not the
person's data.
"""

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class ErasureGround(StrEnum):
    """Why the customer asked (GDPR art. 17(1); PIPL art. 47)."""

    WITHDRAWN_CONSENT = "withdrawn_consent"
    NO_LONGER_NEEDED = "no_longer_needed"
    OBJECTION = "objection"
    UNLAWFUL_PROCESSING = "unlawful_processing"
    LEGAL_OBLIGATION = "legal_obligation"


class ErasureRequestStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"  # and the personal data erased, in the same transaction
    REJECTED = "rejected"  # by another person with the permission
    WITHDRAWN = "withdrawn"  # by the requester


class ErasureRequest(Model):
    id = fields.IntField(primary_key=True)
    customer = fields.ForeignKeyField(
        "models.Customer", related_name="erasure_requests", on_delete=fields.RESTRICT
    )
    ground = fields.CharEnumField(ErasureGround, max_length=32)
    reference = fields.CharField(max_length=100)
    status = fields.CharEnumField(
        ErasureRequestStatus,
        max_length=16,
        default=ErasureRequestStatus.PENDING,
        db_index=True,
    )
    pending_customer_id = fields.IntField(null=True, unique=True)
    requested_by = fields.CharField(max_length=128)
    requested_at = fields.DatetimeField(auto_now_add=True, db_index=True)
    decided_by = fields.CharField(max_length=128, null=True)
    decided_at = fields.DatetimeField(null=True)
    decision_reason = fields.TextField(null=True)

    class Meta:
        table = "erasure_request"
