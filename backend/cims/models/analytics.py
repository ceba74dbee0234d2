"""What the analytics computes per customer: features, segments, value, recommendations.

Every row here is derived from the ledger (customers, accounts, transactions) by
``cims.analytics`` and can be recomputed; amounts are analytical copies held as
floats, while the ledger keeps exact decimals. Time-relative features (age, tenure,
recency) are stored as of ``as_of`` together with the anchor they derive from
(birth date, first account opening, last transaction), so a rule can ask about
"today" exactly even when a row was last refreshed some days ago.
"""

from tortoise import fields
from tortoise.models import Model

from cims.models.enums import IncomeBand, RecommendationStatus, SegmentKind, ValueTier


class CustomerFeatures(Model):
    id = fields.IntField(primary_key=True)
    customer = fields.OneToOneField(
        "models.Customer", related_name="features", on_delete=fields.CASCADE
    )
    as_of = fields.DateField()
    age = fields.IntField(null=True)
    tenure_months = fields.IntField(null=True)
    first_opened_on = fields.DateField(null=True)
    products_held = fields.IntField(default=0)
    has_deposit = fields.BooleanField(default=False)
    has_time_deposit = fields.BooleanField(default=False)
    has_credit_card = fields.BooleanField(default=False)
    has_loan = fields.BooleanField(default=False)
    has_mortgage = fields.BooleanField(default=False)
    has_wealth = fields.BooleanField(default=False)
    has_insurance = fields.BooleanField(default=False)
    deposit_balance = fields.FloatField(default=0)
    wealth_balance = fields.FloatField(default=0)
    credit_balance = fields.FloatField(default=0)
    annual_income = fields.FloatField(null=True)
    income_band = fields.CharEnumField(
        IncomeBand, max_length=16, default=IncomeBand.UNKNOWN
    )
    recency_days = fields.IntField(null=True)
    last_transaction_at = fields.DatetimeField(null=True)
    # Frequency and monetary value cover the window of ``window_days`` before as_of.
    frequency = fields.IntField(default=0)
    monetary = fields.FloatField(default=0)
    window_days = fields.IntField(default=365)
    digital_share = fields.FloatField(default=0)
    branch_share = fields.FloatField(default=0)
    channel_mix = fields.JSONField(default=dict)
    complaints = fields.IntField(default=0)
    computed_at = fields.DatetimeField(db_index=True)
    # The highest account and transaction ids when the row was computed: the next
    # incremental refresh looks at rows above them, whatever dates they carry.
    account_mark = fields.BigIntField(default=0)
    transaction_mark = fields.BigIntField(default=0)

    class Meta:
        table = "customer_features"


class Segment(Model):
    id = fields.IntField(primary_key=True)
    kind = fields.CharEnumField(SegmentKind, max_length=16)
    name = fields.CharField(max_length=100)
    name_en = fields.CharField(max_length=100)
    description = fields.CharField(max_length=500, null=True)
    # Rule segments: the filter (see cims.analytics.segments). Learned segments: the
    # registry version of the clustering and the cluster number within it.
    rule = fields.JSONField(null=True)
    model_version = fields.CharField(max_length=64, null=True)
    cluster = fields.IntField(null=True)
    profile = fields.JSONField(default=dict)
    size = fields.IntField(default=0)
    active = fields.BooleanField(default=True)
    # Raised by each change staff make (a rename); a refresh leaves it alone, since
    # it never touches what staff edit.
    version = fields.IntField(default=1)
    created_by = fields.CharField(max_length=64)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "segment"
        unique_together = (("model_version", "cluster"),)


class SegmentMembership(Model):
    """A customer's stay in a segment: open while ``until`` is null."""

    id = fields.BigIntField(primary_key=True)
    segment = fields.ForeignKeyField(
        "models.Segment", related_name="memberships", on_delete=fields.CASCADE
    )
    customer = fields.ForeignKeyField(
        "models.Customer", related_name="segment_memberships", on_delete=fields.CASCADE
    )
    since = fields.DatetimeField()
    until = fields.DatetimeField(null=True)

    class Meta:
        table = "segment_membership"
        indexes = (("segment_id", "until"), ("customer_id", "until"))


class CustomerValue(Model):
    id = fields.IntField(primary_key=True)
    customer = fields.OneToOneField(
        "models.Customer", related_name="value", on_delete=fields.CASCADE
    )
    as_of = fields.DateField()
    recency_score = fields.SmallIntField()
    frequency_score = fields.SmallIntField()
    monetary_score = fields.SmallIntField()
    rfm = fields.CharField(max_length=3)
    annual_margin = fields.FloatField()
    lifetime_value = fields.FloatField()
    tier = fields.CharEnumField(ValueTier, max_length=16)
    # {"en": [...], "zh": [...]}: the top contributions to the value, in words.
    drivers = fields.JSONField(default=dict)
    model_version = fields.CharField(max_length=64)
    computed_at = fields.DatetimeField()

    class Meta:
        table = "customer_value"


class Recommendation(Model):
    id = fields.BigIntField(primary_key=True)
    customer = fields.ForeignKeyField(
        "models.Customer", related_name="recommendations", on_delete=fields.CASCADE
    )
    product = fields.ForeignKeyField(
        "models.Product", related_name="recommendations", on_delete=fields.RESTRICT
    )
    rank = fields.SmallIntField()
    score = fields.FloatField()
    reason_en = fields.CharField(max_length=300)
    reason_zh = fields.CharField(max_length=300)
    status = fields.CharEnumField(
        RecommendationStatus, max_length=16, default=RecommendationStatus.OFFERED
    )
    model_version = fields.CharField(max_length=64)
    created_at = fields.DatetimeField(auto_now_add=True)
    decided_at = fields.DatetimeField(null=True)
    # Who recorded the outcome: only they may correct it, the same bank day.
    decided_by = fields.CharField(max_length=128, null=True)

    class Meta:
        table = "recommendation"
        indexes = (("customer_id", "status"),)
