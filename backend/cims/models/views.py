"""Saved views: a staff member's named filter and sort of the customer list."""

from tortoise import fields
from tortoise.models import Model


class SavedView(Model):
    id = fields.IntField(primary_key=True)
    # The token subject of the staff member who saved it: views are personal.
    owner = fields.CharField(max_length=255)
    name = fields.CharField(max_length=100)
    # The customer list's filter and sort as the domain reads them (primary keys,
    # enum values), checked when saved; see cims.domain.saved_views.
    criteria = fields.JSONField(default=dict)
    sort = fields.CharField(max_length=32)
    descending = fields.BooleanField(default=False)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "saved_view"
        unique_together = (("owner", "name"),)
