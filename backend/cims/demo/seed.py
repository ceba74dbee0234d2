"""Seed the demo bank: branches, products, one customer per data-set row, a year of
transactions.

``seed_demo`` runs once: if any customer exists it changes nothing and says so.
Otherwise it writes everything in one database transaction, in chunks of rows, so
that an interrupted run leaves no half-seeded bank behind. Identities come from
:mod:`cims.demo.identities`, attributes from :mod:`cims.demo.datasets`, accounts and
transactions from :mod:`cims.demo.history`; all of it depends on the seed alone.

Two runs started at the same moment both find no customer; the later one then fails
on the unique customer numbers and rolls back. Nothing guards against that, as
seeding is a command run by hand on an empty database.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from itertools import islice

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from cims.demo.datasets import Dataset, SourceRow, read_all
from cims.demo.history import PRODUCTS, PlannedAccount, plan_accounts
from cims.demo.identities import BRANCHES, Identity, IdentityBook, row_random
from cims.domain import crypto
from cims.domain.keys import index_key
from cims.domain.name_search import name_sound
from cims.domain.normalize import (
    blind_index,
    name_key,
    normalize_email,
    normalize_id_number,
)
from cims.models import Account, Branch, Customer, Product, Transaction
from cims.models.enums import (
    CustomerKind,
    CustomerStatus,
    IdType,
    KycStatus,
    Source,
)

log = logging.getLogger(__name__)

CHUNK_ROWS = 1000
# Transactions skip the ORM (COPY on PostgreSQL, one prepared INSERT on SQLite):
# building 300,000 model instances costs more than writing the rows. The bench
# (bench/bench_seed.py --orm) turns this off to compare.
RAW_TRANSACTION_INSERTS = True
DORMANT_SHARE = 0.05  # of the customers who hold a card and nothing else
KYC_EXPIRED_SHARE = 0.03
TRANSACTION_COLUMNS = (
    "account_id",
    "customer_id",
    "booked_at",
    "amount",
    "currency",
    "direction",
    "channel",
    "category",
    "counterparty",
    "description",
)

# Values bound as sqlite3 adapts them for Tortoise too: Decimal as text, datetime in
# ISO form with its UTC offset.
_INSERT_TRANSACTION = 'INSERT INTO "transaction" ({}) VALUES ({})'.format(
    ", ".join(f'"{c}"' for c in TRANSACTION_COLUMNS),
    ", ".join("?" for _ in TRANSACTION_COLUMNS),
)


@dataclass(frozen=True)
class SeedReport:
    created: bool
    branches: int = 0
    products: int = 0
    customers: int = 0
    accounts: int = 0
    transactions: int = 0
    seconds: float = 0.0

    def __str__(self) -> str:
        if not self.created:
            return (
                f"demo data not seeded: the database already holds {self.customers} "
                "customers"
            )
        return (
            f"demo data seeded in {self.seconds:.1f} s: {self.branches} branches, "
            f"{self.products} products, {self.customers} customers, "
            f"{self.accounts} accounts, {self.transactions} transactions"
        )


@dataclass
class PlannedCustomer:
    values: dict
    accounts: list[PlannedAccount]


async def seed_demo(seed: int, *, limit: int | None = None) -> SeedReport:
    """Create the demo bank unless customers exist already; report what was done.

    ``limit`` takes only the first rows of each data set (for tests and quick demos).
    """
    existing = await Customer.all().count()
    if existing:
        log.info("demo seeding skipped: %d customers exist", existing)
        return SeedReport(created=False, customers=existing)
    started = time.perf_counter()
    async with in_transaction() as conn:
        report = await _seed(conn, seed, limit)
    report = replace(report, seconds=time.perf_counter() - started)
    log.info("demo data seeded: %s", report)
    return report


async def _seed(conn: BaseDBAsyncClient, seed: int, limit: int | None) -> SeedReport:
    branch_ids = await _ensure_branches(conn)
    product_ids = await _ensure_products(conn)
    writer = _Writer(conn, product_ids)
    book, key = IdentityBook(seed), index_key()
    for chunk in _chunks(read_all(limit=limit), CHUNK_ROWS):
        planned = [_plan(seed, book, key, branch_ids, ds, row) for ds, row in chunk]
        await writer.write(planned)
    return SeedReport(
        created=True,
        branches=len(branch_ids),
        products=len(product_ids),
        customers=writer.customers,
        accounts=writer.accounts,
        transactions=writer.transactions,
    )


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


async def _ensure_branches(conn: BaseDBAsyncClient) -> dict[str, int]:
    ids = {}
    for spec in BRANCHES:
        defaults = {"name": spec.name, "name_en": spec.name_en, "city": spec.city}
        branch, _ = await Branch.get_or_create(
            code=spec.code, defaults=defaults, using_db=conn
        )
        ids[spec.code] = branch.id
    return ids


async def _ensure_products(conn: BaseDBAsyncClient) -> dict[str, int]:
    ids = {}
    for spec in PRODUCTS:
        defaults = {
            "name": spec.name,
            "name_en": spec.name_en,
            "category": spec.category,
            "currency": "CNY",
        }
        product, _ = await Product.get_or_create(
            code=spec.code, defaults=defaults, using_db=conn
        )
        ids[spec.code] = product.id
    return ids


def customer_number(dataset: Dataset, row: int) -> str:
    """``C`` and ten digits: the data set's digit, then the row number."""
    return f"C{dataset.code}{row:09d}"


def _plan(
    seed: int,
    book: IdentityBook,
    key: bytes,
    branch_ids: dict[str, int],
    dataset: Dataset,
    row: SourceRow,
) -> PlannedCustomer:
    who = book.identity(
        dataset.name,
        row.row,
        age=row.age,
        gender=row.gender,
        reference_date=dataset.reference_date,
    )
    number = customer_number(dataset, row.row)
    dormant, standing = _standing(seed, dataset, row)
    values = {
        "customer_no": number,
        **crypto.seal_fields(_identity_columns(who, key), number),
        **_row_columns(row),
        **standing,
        "branch_id": branch_ids[who.branch.code],
    }
    branch_no = BRANCHES.index(who.branch) + 1
    accounts = plan_accounts(seed, row, number, branch_no, dormant=dormant)
    return PlannedCustomer(values, accounts)


def _standing(seed: int, dataset: Dataset, row: SourceRow) -> tuple[bool, dict]:
    """Whether the customer is dormant, and the status columns that follow."""
    rng = row_random(seed, dataset.name, row.row, "status")
    card_only = row.credit_limit is not None and row.loan_amount is None
    dormant = card_only and rng.random() < DORMANT_SHARE
    expired = rng.random() < KYC_EXPIRED_SHARE
    return dormant, {
        "status": CustomerStatus.DORMANT if dormant else CustomerStatus.ACTIVE,
        "kyc_status": KycStatus.EXPIRED if expired else KycStatus.VERIFIED,
    }


def _identity_columns(who: Identity, key: bytes) -> dict:
    """Personal columns with their search key and blind indexes."""
    return {
        "kind": CustomerKind.INDIVIDUAL,
        "full_name": who.full_name,
        "family_name": who.family_name,
        "given_name": who.given_name,
        "name_latin": who.name_latin,
        "name_key": name_key(who.full_name, who.name_latin),
        "name_sound": name_sound(who.full_name, who.name_latin),
        "gender": who.gender,
        "birth_date": who.birth_date,
        "nationality": "CN",
        "id_type": IdType.RESIDENT_ID,
        "id_number": who.id_number,
        "id_number_index": blind_index(
            "id_number", normalize_id_number(who.id_number), key
        ),
        # Already E.164, the normal form of normalize_phone.
        "mobile_phone": who.mobile_phone,
        "mobile_phone_index": blind_index("mobile_phone", who.mobile_phone, key),
        "email": who.email,
        "email_index": blind_index("email", normalize_email(who.email), key),
        "address": who.address,
    }


def _row_columns(row: SourceRow) -> dict:
    return {
        "occupation": row.occupation,
        "education": row.education,
        "marital_status": row.marital_status,
        "currency": "CNY",
        "annual_income": row.annual_income,
        "assets": row.assets,
        "liabilities": row.liabilities,
        "tags": [],
        "custom_attributes": row.custom_attributes,
        "source": Source.IMPORT,
    }


class _Writer:
    """Writes planned customers chunk by chunk; see RAW_TRANSACTION_INSERTS."""

    def __init__(self, conn: BaseDBAsyncClient, product_ids: dict[str, int]) -> None:
        self.conn, self.product_ids = conn, product_ids
        self.dialect = conn.capabilities.dialect
        self.customers = self.accounts = self.transactions = 0

    async def write(self, planned: list[PlannedCustomer]) -> None:
        customer_ids = await self._customers(planned)
        pairs = [
            (customer_ids[p.values["customer_no"]], a)
            for p in planned
            for a in p.accounts
        ]
        account_ids = await self._accounts(pairs)
        await self._transactions(pairs, account_ids)

    async def _customers(self, planned: list[PlannedCustomer]) -> dict[str, int]:
        rows = [Customer(**p.values) for p in planned]
        await Customer.bulk_create(rows, batch_size=500, using_db=self.conn)
        self.customers += len(rows)
        numbers = [p.values["customer_no"] for p in planned]
        found = Customer.filter(customer_no__in=numbers).using_db(self.conn)
        return dict(await found.values_list("customer_no", "id"))

    async def _accounts(
        self, pairs: list[tuple[int, PlannedAccount]]
    ) -> dict[str, int]:
        rows = [self._account(customer_id, a) for customer_id, a in pairs]
        await Account.bulk_create(rows, batch_size=1000, using_db=self.conn)
        self.accounts += len(rows)
        numbers = [a.number for _, a in pairs]
        found = Account.filter(number__in=numbers).using_db(self.conn)
        return dict(await found.values_list("number", "id"))

    def _account(self, customer_id: int, planned: PlannedAccount) -> Account:
        return Account(
            customer_id=customer_id,
            product_id=self.product_ids[planned.product.code],
            number=planned.number,
            currency="CNY",
            balance=planned.balance,
            credit_limit=planned.credit_limit,
            opened_on=planned.opened_on,
            closed_on=planned.closed_on,
            status=planned.status,
        )

    async def _transactions(
        self, pairs: list[tuple[int, PlannedAccount]], account_ids: dict[str, int]
    ) -> None:
        records = [
            (
                account_ids[a.number],
                customer_id,
                e.booked_at,
                e.amount,
                "CNY",
                e.direction.value,
                e.channel.value,
                e.category,
                e.counterparty,
                e.description,
            )
            for customer_id, a in pairs
            for e in a.entries
        ]
        if not RAW_TRANSACTION_INSERTS:
            await self._bulk_create(records)
        elif self.dialect == "postgres":
            await self._copy(records)
        else:
            await self.conn.execute_many(_INSERT_TRANSACTION, records)
        self.transactions += len(records)

    async def _bulk_create(self, records: list[tuple]) -> None:
        rows = [
            Transaction(**dict(zip(TRANSACTION_COLUMNS, r, strict=True)))
            for r in records
        ]
        await Transaction.bulk_create(rows, batch_size=2000, using_db=self.conn)

    async def _copy(self, records: list[tuple]) -> None:
        async with self.conn.acquire_connection() as raw:
            await raw.copy_records_to_table(
                "transaction", records=records, columns=TRANSACTION_COLUMNS
            )
