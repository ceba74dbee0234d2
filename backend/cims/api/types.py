"""GraphQL object types, written by hand and built from model rows."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Awaitable
from decimal import Decimal
from typing import TYPE_CHECKING, Annotated, Any

import strawberry
from strawberry.scalars import JSON
from tortoise.models import Model

from cims.api.execution import Later
from cims.api.ids import to_global_id
from cims.api.loaders import ACCOUNT_ORDER, TRANSACTION_ORDER
from cims.api.pagination import (
    Connection,
    EdgesPageInfo,
    KeyedEdge,
    page_size,
    slice_connection,
)
from cims.api.permissions import masked, requires
from cims.api.selection import selects
from cims.domain import crypto
from cims.models import enums

if TYPE_CHECKING:
    from cims.api.analytics import CustomerValue, Recommendation, Segment
    from cims.api.records import (
        Completeness,
        ConsentRecord,
        ConsentState,
        CustomerRelationship,
        KycDocument,
    )
    from cims.api.risk import CreditAssessment
    from cims.api.service import Complaint, TimelineEntry
    from cims.api.subject import ErasureRequest

PII = "customer.pii.read"
FINANCIAL = "customer.financial.read"

CustomerKind = strawberry.enum(enums.CustomerKind)
CustomerStatus = strawberry.enum(enums.CustomerStatus)
KycStatus = strawberry.enum(enums.KycStatus)
Gender = strawberry.enum(enums.Gender)
IdType = strawberry.enum(enums.IdType)
MaritalStatus = strawberry.enum(enums.MaritalStatus)
Source = strawberry.enum(enums.Source)
ProductCategory = strawberry.enum(enums.ProductCategory)
AccountStatus = strawberry.enum(enums.AccountStatus)
Direction = strawberry.enum(enums.Direction)
Channel = strawberry.enum(enums.Channel)


async def _staff_name(root: Any, info: strawberry.Info) -> str | None:
    return await info.context.loaders.staff_name(root.actor)


def actor_name_field() -> Any:
    """``actorName`` of a record whose ``actor`` is an opaque subject."""
    return strawberry.field(
        resolver=_staff_name,
        description="The staff username behind the opaque actor (a service "
        "account's client name); null when no account here holds it.",
    )


@strawberry.interface(description="An object with a global ID, fetchable by node(id:).")
class Node:
    id: strawberry.ID


@strawberry.type(
    description="An amount with its currency; the amount is a decimal string."
)
class Money:
    amount: Decimal
    currency: str


def money(amount: Decimal | None, currency: str) -> Money | None:
    return None if amount is None else Money(amount=amount, currency=currency)


def fetched(row: Any, relation: str, pk: int) -> Any:
    """The related row (key ``pk``) a ``select_related`` brought along with ``row``,
    or None.

    Without it Tortoise answers the relation with a query still to be awaited; a
    row whose key was changed after it was read is not the one asked for either.
    """
    value = getattr(row, relation, None) if row is not None else None
    return value if isinstance(value, Model) and value.pk == pk else None


def now_or_later(pending: Awaitable[Any]) -> Any:
    """A DataLoader's answer itself when its batch is done, else the awaitable.

    A resolver that is not ``async`` may return either: graphql-core awaits only
    what is awaitable, so a value at hand costs no task, no await and no
    coroutine, and a subtree made only of such values can be executed in one go.
    """
    if getattr(pending, "done", None) is not None and pending.done():
        return pending.result()
    return pending


@strawberry.type
class Branch(Node):
    code: str
    name: str
    name_en: str
    city: str

    @classmethod
    def from_row(cls, row) -> Branch:
        return cls(
            id=to_global_id("Branch", row.id),
            code=row.code,
            name=row.name,
            name_en=row.name_en,
            city=row.city,
        )


@strawberry.type
class Product(Node):
    code: str
    name: str
    name_en: str
    category: ProductCategory
    currency: str

    @classmethod
    def from_row(cls, row) -> Product:
        return cls(
            id=to_global_id("Product", row.id),
            code=row.code,
            name=row.name,
            name_en=row.name_en,
            category=row.category,
            currency=row.currency,
        )


@strawberry.type
class Account(Node):
    number: str
    currency: str
    balance: Money
    credit_limit: Money | None
    opened_on: dt.date
    closed_on: dt.date | None
    status: AccountStatus
    # A plain attribute, so compiled plans complete it in place: the account
    # loaders join the product; for a row read another way it is loaded if asked.
    product: Product
    product_id: strawberry.Private[int]
    _row: strawberry.Private[object] = None

    @classmethod
    def from_row(cls, row) -> Account:
        product = fetched(row, "product", row.product_id)
        product_id = row.product_id
        return cls(
            id=to_global_id("Account", row.id),
            number=row.number,
            currency=row.currency,
            balance=money(row.balance, row.currency),
            credit_limit=money(row.credit_limit, row.currency),
            opened_on=row.opened_on,
            closed_on=row.closed_on,
            status=row.status,
            product=Product.from_row(product)
            if product is not None
            else Later(lambda info: _product(info, product_id)),
            product_id=product_id,
            _row=row,
        )


async def _product(info: strawberry.Info, product_id: int) -> Product:
    return Product.from_row(await info.context.loaders.product.load(product_id))


@strawberry.type
class Transaction(Node):
    booked_at: dt.datetime
    amount: Money
    direction: Direction
    channel: Channel
    category: str
    counterparty: str | None
    description: str | None
    reference: str | None = strawberry.field(
        description="The sending system's ID of the booking, if it sent one."
    )
    # The account when the parent had it at hand (Customer.transactions), else
    # loaded if asked: a plain attribute, so compiled plans complete it in place.
    account: Account
    account_id: strawberry.Private[int]
    customer_id: strawberry.Private[int]

    @classmethod
    def from_row(cls, row, account: Account | None = None) -> Transaction:
        customer_id, account_id = row.customer_id, row.account_id
        if account is None:
            account = Later(lambda info: _account_of(info, customer_id, account_id))
        return cls(
            id=to_global_id("Transaction", row.id),
            booked_at=row.booked_at,
            amount=Money(amount=row.amount, currency=row.currency),
            direction=row.direction,
            channel=row.channel,
            category=row.category,
            counterparty=row.counterparty,
            description=row.description,
            reference=row.reference,
            account=account,
            account_id=account_id,
            customer_id=customer_id,
        )


async def _account_of(
    info: strawberry.Info, customer_id: int, account_id: int
) -> Account:
    """A transaction's account reached without its customer's accounts at hand.

    Through the customer's accounts, the batch that ``accounts`` and
    ``balanceSummary`` share: the statements of a request do not then depend on
    which resolver ran first. By ID only if the account is not there.
    """
    loaders = info.context.loaders
    for row in await loaders.accounts_of.load(customer_id):
        if row.id == account_id:
            return Account.from_row(row)
    return Account.from_row(await loaders.account.load(account_id))


@strawberry.type(description="What a customer holds in one currency, across accounts.")
class CurrencyBalance:
    currency: str
    balance: Money
    accounts: int


OfferType = Annotated["Recommendation", strawberry.lazy("cims.api.analytics")]


@strawberry.type
class Customer(Node):
    customer_no: str
    kind: CustomerKind
    full_name: str
    family_name: str | None
    given_name: str | None
    name_latin: str | None
    gender: Gender
    birth_date: dt.date | None = requires(
        PII,
        audited="birth_date",
        description="Personal data: the masked form is birthYear.",
    )
    birth_year: int | None = strawberry.field(
        description="The year of birth alone, for callers who may not read birthDate."
    )
    nationality: str
    id_type: IdType | None
    id_number: str | None = masked(PII, "id_number")
    occupation: str | None
    employer: str | None
    education: str | None
    marital_status: MaritalStatus
    mobile_phone: str | None = masked(PII, "mobile_phone")
    email: str | None = masked(PII, "email")
    address: str | None = masked(PII, "address")
    annual_income: Money | None = requires(FINANCIAL)
    assets: Money | None = requires(FINANCIAL)
    liabilities: Money | None = requires(FINANCIAL)
    status: CustomerStatus
    kyc_status: KycStatus
    tags: list[str]
    custom_attributes: JSON | None = requires(
        FINANCIAL,
        description="The bank's own named values; imported data sets keep income, "
        "debt and credit outcomes here, so they are financial data.",
    )
    relationship_manager: str | None
    source: Source
    created_at: dt.datetime
    updated_at: dt.datetime
    version: int
    archived_at: dt.datetime | None
    erased_at: dt.datetime | None = strawberry.field(
        description="When the personal data was erased on request; the name is then "
        "a pseudonym."
    )
    # A plain attribute, so compiled plans complete it in place: the customer
    # reads (cims.domain.customers) join the branch; other reads load it if asked.
    branch: Branch
    pk: strawberry.Private[int]
    branch_id: strawberry.Private[int]
    _row: strawberry.Private[object] = None

    @requires("account.read", description="Accounts, most recently opened first.")
    async def accounts(
        self,
        info: strawberry.Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> Connection[Account] | None:
        rows = await info.context.loaders.accounts_of.load(self.pk)
        return slice_connection(
            rows,
            ACCOUNT_ORDER,
            Account.from_row,
            first=first,
            after=after,
            last=last,
            before=before,
        )

    @requires("transaction.read", description="Transactions, newest first.")
    async def transactions(
        self, info: strawberry.Info, first: int | None = None, after: str | None = None
    ) -> Connection[Transaction] | None:
        size, _ = page_size(first, None)
        loaders = info.context.loaders
        page = loaders.transactions_of.load((self.pk, size + 1, after))
        # Each transaction's account from the batch that ``accounts`` and
        # ``balanceSummary`` share, handed over here so that ``account`` needs no
        # await; loaded only when asked, or it would cost a statement.
        accounts = (
            loaders.accounts_of.load(self.pk)
            if selects(info, ("edges", "node", "account"))
            else None
        )
        rows = await page
        by_id: dict[int, Account] = {}  # one Account each, shared by its transactions
        if accounts is not None:
            by_id = {row.id: Account.from_row(row) for row in await accounts}
        edges = [
            KeyedEdge(
                TRANSACTION_ORDER.values_of(r),
                Transaction.from_row(r, by_id.get(r.account_id)),
            )
            for r in rows[:size]
        ]
        info_ = EdgesPageInfo(
            has_next_page=len(rows) > size,
            has_previous_page=after is not None,
            edges=edges,
        )
        # Without a cursor the page's statement counted the rows as well (primed
        # into ``transaction_count``); after one, the count is a statement, run
        # only if ``totalCount`` is asked for.
        count = loaders.transaction_count.load(self.pk) if after is None else None
        pk = self.pk
        return Connection(
            edges=edges,
            page_info=info_,
            total_count=count.result()
            if count is not None and count.done() and count.exception() is None
            else Later(lambda info: now_or_later(loaders.transaction_count.load(pk))),
        )

    @requires("account.read", description="Sum of account balances per currency.")
    async def balance_summary(
        self, info: strawberry.Info
    ) -> list[CurrencyBalance] | None:
        rows = await info.context.loaders.accounts_of.load(self.pk)
        totals: dict[str, list] = defaultdict(lambda: [Decimal(0), 0])
        for row in rows:
            totals[row.currency][0] += row.balance
            totals[row.currency][1] += 1
        return [
            CurrencyBalance(
                currency=cur, balance=Money(amount=total, currency=cur), accounts=count
            )
            for cur, (total, count) in sorted(totals.items())
        ]

    @requires("segment.read", description="Segments the customer is in now.")
    async def segments(
        self, info: strawberry.Info
    ) -> list[Annotated[Segment, strawberry.lazy("cims.api.analytics")]] | None:
        from cims.api.analytics import customer_segments

        return await customer_segments(info, self.pk)

    @requires("segment.read", description="RFM, lifetime value, tier and drivers.")
    async def value(
        self, info: strawberry.Info
    ) -> Annotated[CustomerValue, strawberry.lazy("cims.api.analytics")] | None:
        from cims.api.analytics import customer_value

        return await customer_value(info, self.pk)

    @requires("segment.read", description="Products to offer, best first.")
    async def recommendations(
        self, info: strawberry.Info, include_decided: bool = False
    ) -> list[OfferType] | None:
        from cims.api.analytics import customer_recommendations

        return await customer_recommendations(info, self.pk, include_decided)

    @strawberry.field(
        description="Interactions, complaint events, survey answers, account openings "
        "and large transactions, newest first; entries you may not read left out."
    )
    async def timeline(
        self, info: strawberry.Info, first: int | None = None, after: str | None = None
    ) -> Connection[Annotated[TimelineEntry, strawberry.lazy("cims.api.service")]]:
        from cims.api.service import customer_timeline

        return await customer_timeline(info, self.pk, first, after)

    @requires("complaint.read", description="The customer's complaints, newest first.")
    async def complaints(
        self, info: strawberry.Info, first: int | None = None, after: str | None = None
    ) -> Connection[Annotated[Complaint, strawberry.lazy("cims.api.service")]] | None:
        from cims.api.service import customer_complaints

        return await customer_complaints(info, self.pk, first, after)

    @requires("risk.read", description="Credit assessments, newest first.")
    async def credit_assessments(
        self, info: strawberry.Info, first: int | None = None, after: str | None = None
    ) -> (
        Connection[Annotated[CreditAssessment, strawberry.lazy("cims.api.risk")]] | None
    ):
        from cims.api.risk import customer_assessments

        return await customer_assessments(info, self.pk, first, after)

    @requires("risk.read", description="The newest credit assessment, if any.")
    async def latest_credit_assessment(
        self, info: strawberry.Info
    ) -> Annotated[CreditAssessment, strawberry.lazy("cims.api.risk")] | None:
        from cims.api.risk import latest_assessment

        return await latest_assessment(info, self.pk)

    @strawberry.field(description="Required and recommended fields filled.")
    def completeness(
        self,
    ) -> Annotated[Completeness, strawberry.lazy("cims.api.records")]:
        from cims.api.records import Completeness

        return Completeness.of(self._row)

    @strawberry.field(description="KYC documents, those in force first.")
    async def kyc_documents(
        self, info: strawberry.Info
    ) -> list[Annotated[KycDocument, strawberry.lazy("cims.api.records")]]:
        from cims.api.records import customer_documents

        return await customer_documents(info, self.pk)

    @strawberry.field(description="Where each consent purpose stands now.")
    async def consents(
        self, info: strawberry.Info
    ) -> list[Annotated[ConsentState, strawberry.lazy("cims.api.records")]]:
        from cims.api.records import customer_consents

        return await customer_consents(info, self.pk)

    @strawberry.field(description="Every grant and withdrawal, newest first.")
    async def consent_history(
        self, info: strawberry.Info
    ) -> list[Annotated[ConsentRecord, strawberry.lazy("cims.api.records")]]:
        from cims.api.records import customer_consent_history

        return await customer_consent_history(info, self.pk)

    @requires(
        "customer.erase",
        description="The erasure request awaiting a second person's decision, if any.",
    )
    async def pending_erasure_request(
        self, info: strawberry.Info
    ) -> Annotated[ErasureRequest, strawberry.lazy("cims.api.subject")] | None:
        from cims.api.subject import ErasureRequest

        row = await info.context.loaders.pending_erasure.load(self.pk)
        return ErasureRequest.from_row(row) if row else None

    @strawberry.field(description="Related customers, each with the role it plays.")
    async def relationships(
        self, info: strawberry.Info, include_ended: bool = False
    ) -> list[Annotated[CustomerRelationship, strawberry.lazy("cims.api.records")]]:
        from cims.api.records import customer_relationships

        return await customer_relationships(info, self.pk, include_ended)

    @classmethod
    def from_row(cls, row) -> Customer:
        personal = crypto.open_fields(row)
        branch = fetched(row, "branch", row.branch_id)
        branch_id = row.branch_id
        return cls(
            id=to_global_id("Customer", row.id),
            pk=row.id,
            branch=Branch.from_row(branch)
            if branch is not None
            else Later(lambda info: _branch(info, branch_id)),
            branch_id=branch_id,
            customer_no=row.customer_no,
            kind=row.kind,
            full_name=row.full_name,
            family_name=row.family_name,
            given_name=row.given_name,
            name_latin=row.name_latin,
            gender=row.gender,
            birth_date=row.birth_date,
            birth_year=row.birth_date.year if row.birth_date else None,
            nationality=row.nationality,
            id_type=row.id_type,
            id_number=personal["id_number"],
            occupation=row.occupation,
            employer=row.employer,
            education=row.education,
            marital_status=row.marital_status,
            mobile_phone=personal["mobile_phone"],
            email=personal["email"],
            address=personal["address"],
            annual_income=money(row.annual_income, row.currency),
            assets=money(row.assets, row.currency),
            liabilities=money(row.liabilities, row.currency),
            status=row.status,
            kyc_status=row.kyc_status,
            tags=list(row.tags or []),
            custom_attributes=row.custom_attributes or {},
            relationship_manager=row.relationship_manager,
            source=row.source,
            created_at=row.created_at,
            updated_at=row.updated_at,
            version=row.version,
            archived_at=row.archived_at,
            erased_at=row.erased_at,
            _row=row,
        )


async def _branch(info: strawberry.Info, branch_id: int) -> Branch:
    return Branch.from_row(await info.context.loaders.branch.load(branch_id))
