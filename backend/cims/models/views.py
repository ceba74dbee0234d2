"""Saved views: a staff member's named filter, sort and columns of the customer list."""

from tortoise import fields
from tortoise.models import Model

from cims.models.enums import ViewVisibility


class SavedView(Model):
    id = fields.IntField(primary_key=True)
    # The token subject of the staff member who saved it; only they change it.
    owner = fields.CharField(max_length=255)
    name = fields.CharField(max_length=100)
    # The customer list's filter and sort as the domain reads them (primary keys,
    # enum values), checked when saved; see cims.domain.saved_views.
    criteria = fields.JSONField(default=dict)
    sort = fields.CharField(max_length=32)
    descending = fields.BooleanField(default=False)
    # The list's visible columns in order; empty: the list's default columns.
    columns = fields.JSONField(default=list)
    # TEAM: listed, read-only, for every staff member of the owner's team.
    visibility = fields.CharEnumField(
        ViewVisibility, max_length=16, default=ViewVisibility.PRIVATE
    )
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "saved_view"
        unique_together = (("owner", "name"),)
