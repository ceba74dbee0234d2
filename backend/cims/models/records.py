"""Customer records beside the profile: KYC documents, consents, relationships.

Document numbers are personal data: sealed like a customer's ID number, with the
document's own ``ref`` as the associated data, so a merge can move a document to
another customer without re-sealing it. Consent records are append-only: the
current state of a purpose is its newest record.
"""

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class DocumentType(StrEnum):
    RESIDENT_ID = "resident_id"
    PASSPORT = "passport"
    HK_MACAO_PERMIT = "hk_macao_permit"
    TAIWAN_PERMIT = "taiwan_permit"
    FOREIGN_RESIDENT_PERMIT = "foreign_resident_permit"
    BUSINESS_LICENCE = "business_licence"
    OTHER = "other"


class DocumentStatus(StrEnum):
    PENDING = "pending"  # recorded, not yet checked by staff
    VERIFIED = "verified"
    RETIRED = "retired"  # replaced, withdrawn or recorded in error


class ConsentPurpose(StrEnum):
    MARKETING = "marketing"
    DATA_SHARING = "data_sharing"
    CREDIT_CHECK = "credit_check"
    PROFILING = "profiling"


class ConsentChannel(StrEnum):
    BRANCH = "branch"
    PHONE = "phone"
    ONLINE = "online"
    MOBILE = "mobile"
    EMAIL = "email"
    PAPER = "paper"
    WECHAT = "wechat"
    # Withdrawn by the bank when the customer's personal data was erased; never
    # chosen by staff.
    ERASURE = "erasure"


class RelationKind(StrEnum):
    """What the ``source`` customer is to the ``target`` one."""

    SPOUSE = "spouse"
    PARENT = "parent"
    HOUSEHOLD_MEMBER = "household_member"
    GUARANTOR = "guarantor"
    EMPLOYER = "employer"
    DIRECTOR = "director"
    SHAREHOLDER = "shareholder"
    BENEFICIAL_OWNER = "beneficial_owner"


class KycDocument(Model):
    id = fields.IntField(primary_key=True)
    ref = fields.CharField(max_length=32, unique=True)  # sealing identity
    customer = fields.ForeignKeyField(
        "models.Customer", related_name="kyc_documents", on_delete=fields.RESTRICT
    )
    doc_type = fields.CharEnumField(DocumentType, max_length=32)
    number = fields.CharField(max_length=255)  # sealed
    number_index = fields.CharField(max_length=64, db_index=True)
    issuing_country = fields.CharField(max_length=2)
    issued_on = fields.DateField(null=True)
    expires_on = fields.DateField(null=True, db_index=True)
    status = fields.CharEnumField(
        DocumentStatus, max_length=16, default=DocumentStatus.PENDING
    )
    verified_by = fields.CharField(max_length=128, null=True)
    verified_at = fields.DatetimeField(null=True)
    retired_by = fields.CharField(max_length=128, null=True)
    retired_at = fields.DatetimeField(null=True)
    retired_reason = fields.CharField(max_length=200, null=True)
    created_by = fields.CharField(max_length=128)
    created_at = fields.DatetimeField(auto_now_add=True)
    version = fields.IntField(default=1)

    class Meta:
        table = "kyc_document"
        indexes = (("customer_id", "status"),)


class ConsentRecord(Model):
    id = fields.IntField(primary_key=True)
    customer = fields.ForeignKeyField(
        "models.Customer", related_name="consents", on_delete=fields.RESTRICT
    )
    purpose = fields.CharEnumField(ConsentPurpose, max_length=32)
    granted = fields.BooleanField()
    channel = fields.CharEnumField(ConsentChannel, max_length=16)
    recorded_at = fields.DatetimeField(db_index=True)
    recorded_by = fields.CharField(max_length=128)
    expires_on = fields.DateField(null=True)
    # True on the newest record of its customer and purpose: what list filters
    # read. The records' content never changes; only this flag moves on.
    current = fields.BooleanField(default=True)

    class Meta:
        table = "consent_record"
        indexes = (
            ("customer_id", "purpose", "recorded_at"),
            ("purpose", "current", "granted"),
        )


class CustomerRelation(Model):
    id = fields.IntField(primary_key=True)
    source = fields.ForeignKeyField(
        "models.Customer", related_name="relations_out", on_delete=fields.RESTRICT
    )
    target = fields.ForeignKeyField(
        "models.Customer", related_name="relations_in", on_delete=fields.RESTRICT
    )
    kind = fields.CharEnumField(RelationKind, max_length=32)
    started_on = fields.DateField(null=True)
    created_by = fields.CharField(max_length=128)
    created_at = fields.DatetimeField(auto_now_add=True)
    ended_at = fields.DatetimeField(null=True)
    ended_by = fields.CharField(max_length=128, null=True)

    class Meta:
        table = "customer_relation"
