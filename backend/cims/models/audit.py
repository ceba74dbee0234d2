"""The append-only audit trail."""

from tortoise import fields as f
from tortoise.models import Model


class AuditEvent(Model):
    id = f.BigIntField(primary_key=True)
    occurred_at = f.DatetimeField(db_index=True)
    actor = f.CharField(max_length=128, db_index=True)
    action = f.CharField(max_length=64, db_index=True)
    entity = f.CharField(max_length=64)
    entity_id = f.CharField(max_length=64, null=True, db_index=True)
    # Names of the fields touched or revealed, never their values.
    field_names = f.JSONField(default=list)
    # What an action did beyond the field names (a merge's moved row IDs per
    # table); identifiers and field names only, never personal values.
    details = f.JSONField(null=True)
    # The customer the event is about, whichever entity it touched (a KYC document,
    # an assessment): a plain ID, not a relation, as the trail outlives any row.
    customer_id = f.IntField(null=True, db_index=True)
    request_id = f.CharField(max_length=64, null=True)
    client_address = f.CharField(max_length=64, null=True)
    prev_hash = f.CharField(max_length=64)
    hash = f.CharField(max_length=64, unique=True)

    class Meta:
        table = "audit_event"
