"""Batch import: reusable column mappings, import jobs and the rows they brought in."""

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model


class ImportStatus(StrEnum):
    RUNNING = "running"
    CHECKED = "checked"  # a dry run finished
    COMMITTED = "committed"
    REFUSED = "refused"  # bad cells found; nothing written
    FAILED = "failed"  # stopped by an error; nothing written


class ImportTemplate(Model):
    """A saved column mapping: file header -> field, code lists, defaults, options."""

    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=100, unique=True)
    entity = fields.CharField(max_length=32, default="customer")
    columns = fields.JSONField(default=dict)
    code_lists = fields.JSONField(default=dict)
    defaults = fields.JSONField(default=dict)
    options = fields.JSONField(default=dict)
    created_by = fields.CharField(max_length=128)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "import_template"


class ImportJob(Model):
    """One dry run or commit of a file; its report holds masked values only."""

    id = fields.IntField(primary_key=True)
    entity = fields.CharField(max_length=32, default="customer")
    file_name = fields.CharField(max_length=255)
    file_sha256 = fields.CharField(max_length=64, db_index=True)
    dry_run = fields.BooleanField()
    status = fields.CharEnumField(ImportStatus, max_length=16)
    total_rows = fields.IntField(default=0)
    created_rows = fields.IntField(default=0)
    existing_rows = fields.IntField(default=0)
    problem_count = fields.IntField(default=0)
    duplicate_count = fields.IntField(default=0)
    report = fields.JSONField(default=dict)
    template = fields.ForeignKeyField(
        "models.ImportTemplate",
        related_name="jobs",
        null=True,
        on_delete=fields.SET_NULL,
    )
    created_by = fields.CharField(max_length=128)
    created_at = fields.DatetimeField(auto_now_add=True)
    finished_at = fields.DatetimeField(null=True)

    class Meta:
        table = "import_job"


class ImportRecord(Model):
    """The source reference of an imported row that has no ID number of its own.

    A re-import finds the row's fingerprint here and leaves the customer alone.
    """

    id = fields.BigIntField(primary_key=True)
    fingerprint = fields.CharField(max_length=64, unique=True)
    customer_no = fields.CharField(max_length=20)
    job = fields.ForeignKeyField(
        "models.ImportJob", related_name="records", on_delete=fields.RESTRICT
    )

    class Meta:
        table = "import_record"
