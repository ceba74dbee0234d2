"""Branches, customers, products, accounts and transactions.

Money columns are DECIMAL(20, 2) on PostgreSQL. On SQLite they are NUMERIC(20, 2),
not Tortoise's default VARCHAR, so that amounts sort as numbers there too; SQLite
keeps them exact to 15 significant digits (up to 9,999,999,999,999.99), which covers
every amount a customer record of a bank holds.
"""

from pypika_tortoise.terms import Term
from tortoise import fields
from tortoise.models import Model

from cims.models.enums import (
    AccountStatus,
    Channel,
    CustomerKind,
    CustomerStatus,
    Direction,
    Gender,
    IdType,
    KycStatus,
    MaritalStatus,
    ProductCategory,
    Source,
)


class MoneyField(fields.DecimalField):
    class _db_sqlite:
        SQL_TYPE = "NUMERIC(20,2)"

        def function_cast(self, term: Term) -> Term:
            return term


def money(**kwargs) -> MoneyField:
    return MoneyField(max_digits=20, decimal_places=2, **kwargs)


class Branch(Model):
    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=16, unique=True)
    name = fields.CharField(max_length=100)
    name_en = fields.CharField(max_length=100)
    city = fields.CharField(max_length=50)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "branch"


class Customer(Model):
    id = fields.IntField(primary_key=True)
    customer_no = fields.CharField(max_length=20, unique=True)
    kind = fields.CharEnumField(CustomerKind, max_length=16)
    full_name = fields.CharField(max_length=200)
    family_name = fields.CharField(max_length=100, null=True)
    given_name = fields.CharField(max_length=100, null=True)
    name_latin = fields.CharField(max_length=200, null=True)
    # Case-, width-, accent- and script-folded names, for tolerant search.
    name_key = fields.CharField(max_length=400, db_index=True)
    # Sorted initials and length of the Latin name (cims.domain.name_search), so
    # that a search finds names with typos by index lookups: "dd10" for Ding Danyan.
    name_sound = fields.CharField(max_length=24, default="", db_index=True)
    gender = fields.CharEnumField(Gender, max_length=16, default=Gender.UNKNOWN)
    birth_date = fields.DateField(null=True)
    nationality = fields.CharField(max_length=2, default="CN")
    id_type = fields.CharEnumField(IdType, max_length=24, null=True)
    # Personal fields hold AES-GCM sealed values (cims.domain.crypto), never clear text.
    id_number = fields.CharField(max_length=255, null=True)
    id_number_index = fields.CharField(max_length=64, null=True, db_index=True)
    occupation = fields.CharField(max_length=100, null=True)
    employer = fields.CharField(max_length=200, null=True)
    education = fields.CharField(max_length=50, null=True)
    marital_status = fields.CharEnumField(
        MaritalStatus, max_length=16, default=MaritalStatus.UNKNOWN
    )
    mobile_phone = fields.CharField(max_length=255, null=True)
    mobile_phone_index = fields.CharField(max_length=64, null=True, db_index=True)
    email = fields.CharField(max_length=512, null=True)
    email_index = fields.CharField(max_length=64, null=True, db_index=True)
    address = fields.TextField(null=True)
    currency = fields.CharField(max_length=3, default="CNY")
    annual_income = money(null=True)
    assets = money(null=True)
    liabilities = money(null=True)
    status = fields.CharEnumField(
        CustomerStatus, max_length=16, default=CustomerStatus.PROSPECT
    )
    kyc_status = fields.CharEnumField(
        KycStatus, max_length=16, default=KycStatus.PENDING
    )
    tags = fields.JSONField(default=list)
    custom_attributes = fields.JSONField(default=dict)
    branch = fields.ForeignKeyField(
        "models.Branch", related_name="customers", on_delete=fields.RESTRICT
    )
    relationship_manager = fields.CharField(max_length=64, null=True)
    source = fields.CharEnumField(Source, max_length=16, default=Source.MANUAL)
    created_at = fields.DatetimeField(auto_now_add=True, db_index=True)
    updated_at = fields.DatetimeField(auto_now=True, db_index=True)
    version = fields.IntField(default=1)
    archived_at = fields.DatetimeField(null=True)
    # Set when the personal data was erased on request (cims.domain.erasure).
    erased_at = fields.DatetimeField(null=True)

    class Meta:
        table = "customer"


class Product(Model):
    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=32, unique=True)
    name = fields.CharField(max_length=100)
    name_en = fields.CharField(max_length=100)
    category = fields.CharEnumField(ProductCategory, max_length=16)
    currency = fields.CharField(max_length=3, default="CNY")
    active = fields.BooleanField(default=True)

    class Meta:
        table = "product"


class Account(Model):
    id = fields.IntField(primary_key=True)
    customer = fields.ForeignKeyField(
        "models.Customer", related_name="accounts", on_delete=fields.RESTRICT
    )
    product = fields.ForeignKeyField(
        "models.Product", related_name="accounts", on_delete=fields.RESTRICT
    )
    number = fields.CharField(max_length=34, unique=True)
    currency = fields.CharField(max_length=3, default="CNY")
    balance = money(default=0)
    credit_limit = money(null=True)
    opened_on = fields.DateField()
    closed_on = fields.DateField(null=True)
    status = fields.CharEnumField(
        AccountStatus, max_length=16, default=AccountStatus.ACTIVE
    )

    class Meta:
        table = "account"


class Transaction(Model):
    id = fields.BigIntField(primary_key=True)
    account = fields.ForeignKeyField(
        "models.Account", related_name="transactions", on_delete=fields.RESTRICT
    )
    # Denormalised from the account so that "a customer's latest transactions" is one
    # indexed range scan; kept in step by the domain (accounts never change owner
    # except through a merge, which moves both).
    customer = fields.ForeignKeyField(
        "models.Customer", related_name="transactions", on_delete=fields.RESTRICT
    )
    booked_at = fields.DatetimeField()
    amount = money()
    currency = fields.CharField(max_length=3, default="CNY")
    direction = fields.CharEnumField(Direction, max_length=8)
    channel = fields.CharEnumField(Channel, max_length=16)
    category = fields.CharField(max_length=50)
    counterparty = fields.CharField(max_length=200, null=True)
    description = fields.CharField(max_length=500, null=True)
    # The sending system's own ID of the booking, unique per account, so that a
    # resent entry is recognised instead of booked twice. Null where none was sent.
    reference = fields.CharField(max_length=64, null=True)

    class Meta:
        table = "transaction"
        indexes = (("customer_id", "booked_at"), ("account_id", "booked_at"))
        unique_together = (("account", "reference"),)
