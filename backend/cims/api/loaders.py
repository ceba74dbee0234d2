"""DataLoaders: one SQL statement per relation per request, whatever the page size."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from functools import cached_property
from typing import Any

from strawberry.dataloader import DataLoader
from tortoise import Tortoise
from tortoise.functions import Count

from cims.api.pagination import Order, decode_cursor
from cims.api.record_loaders import RecordLoaders
from cims.domain import (
    consent,
    customers,
    erasure,
    interactions,
    prepared,
    principals,
    segments,
)
from cims.domain.actor import Actor
from cims.domain.errors import DomainError, NotFound
from cims.models import (
    Account,
    Branch,
    ComplaintCategory,
    ComplaintEvent,
    CreditAssessment,
    CreditDecision,
    CustomerValue,
    Product,
    Recommendation,
    SegmentMembership,
    Team,
    Transaction,
)
from cims.models.records import ConsentPurpose

ACCOUNT_ORDER = Order((("opened_on", True), ("id", True)))
TRANSACTION_ORDER = Order((("booked_at", True), ("id", True)))


def _by_id(fetch: Callable[[list[int]], Any], key: str = "id") -> DataLoader:
    async def load(keys: list[int]) -> list[Any]:
        rows = {getattr(row, key): row for row in await fetch(list(set(keys)))}
        return [rows.get(key) for key in keys]

    return DataLoader(load_fn=load)


def _grouped(rows: Iterable[Any], attr: str) -> dict[int, list[Any]]:
    groups: dict[int, list[Any]] = defaultdict(list)
    for row in rows:
        groups[getattr(row, attr)].append(row)
    return groups


class Loaders:
    """Per-request loaders; customer lookups respect the actor's scope.

    Each loader is made when a resolver first asks for it: a request uses a few
    of the twenty, and every request makes a ``Loaders``.
    """

    def __init__(self, actor: Actor) -> None:
        self.actor = actor

    @cached_property
    def customer(self) -> DataLoader:
        actor = self.actor
        return _by_id(lambda ids: customers.scoped_with_branch(actor, ids))

    @cached_property
    def branch(self) -> DataLoader:
        return _by_id(lambda ids: Branch.filter(id__in=ids))

    @cached_property
    def product(self) -> DataLoader:
        return _by_id(lambda ids: Product.filter(id__in=ids))

    @cached_property
    def account(self) -> DataLoader:
        # With its product, as ``accounts_of``: Account.product then needs no load.
        return _by_id(lambda ids: Account.filter(id__in=ids).select_related("product"))

    @cached_property
    def accounts_of(self) -> DataLoader:
        return DataLoader(load_fn=self._accounts_of)

    @cached_property
    def principal(self) -> DataLoader:
        return DataLoader(load_fn=_principals)

    @cached_property
    def transactions_of(self) -> DataLoader:
        return DataLoader(load_fn=self._transactions_of)

    @cached_property
    def transaction_count(self) -> DataLoader:
        return DataLoader(load_fn=self._transaction_count)

    @cached_property
    def segments_of(self) -> DataLoader:
        return DataLoader(load_fn=_segments_of)

    @cached_property
    def value_of(self) -> DataLoader:
        return DataLoader(load_fn=_value_of)

    @cached_property
    def recommendations_of(self) -> DataLoader:
        return DataLoader(load_fn=_recommendations_of)

    @cached_property
    def segment_figures(self) -> DataLoader:
        return DataLoader(load_fn=self._segment_figures)

    @cached_property
    def segment_size(self) -> DataLoader:
        return DataLoader(load_fn=self._segment_size)

    @cached_property
    def complaint_category(self) -> DataLoader:
        return _by_id(lambda ids: ComplaintCategory.filter(id__in=ids))

    @cached_property
    def team(self) -> DataLoader:
        return _by_id(lambda ids: Team.filter(id__in=ids))

    @cached_property
    def complaint_events_of(self) -> DataLoader:
        return DataLoader(load_fn=self._complaint_events_of)

    @cached_property
    def timeline_of(self) -> DataLoader:
        return DataLoader(load_fn=self._timelines)

    @cached_property
    def transaction(self) -> DataLoader:
        return _by_id(lambda ids: Transaction.filter(id__in=ids))

    @cached_property
    def credit_assessments_of(self) -> DataLoader:
        return DataLoader(load_fn=self._credit_assessments_of)

    @cached_property
    def credit_decision(self) -> DataLoader:
        return _by_id(
            lambda ids: CreditDecision.filter(assessment_id__in=ids), "assessment_id"
        )

    @cached_property
    def pending_erasure(self) -> DataLoader:
        # Only resolved for callers holding customer.erase (the field requires it).
        actor = self.actor
        return _by_id(
            lambda ids: erasure.requests(actor, [erasure.PENDING]).filter(
                customer_id__in=ids
            ),
            "customer_id",
        )

    @cached_property
    def records(self) -> RecordLoaders:
        return RecordLoaders(self.actor)

    async def staff_name(self, subject: str | None) -> str | None:
        """The staff username behind an opaque subject (a service account's client
        name), batched with every other name of the request; None when nobody here
        holds the subject."""
        if not subject:
            return None
        principal = await self.principal.load(subject)
        return principal.username if principal else None

    async def _segment_figures(self, segment_ids: list[int]) -> list[tuple[dict, dict]]:
        """Per segment: (mean features of its members, the same over every
        customer), both within the actor's branch when bound."""
        found, base = await segments.figures(self.actor, sorted(set(segment_ids)))
        return [(found.get(sid, {}), base) for sid in segment_ids]

    async def _segment_size(self, segment_ids: list[int]) -> list[int]:
        """Live members of each segment that the actor may see."""
        found = await segments.sizes(self.actor, sorted(set(segment_ids)))
        return [found.get(sid, 0) for sid in segment_ids]

    async def _complaint_events_of(
        self, complaint_ids: list[int]
    ) -> list[list[ComplaintEvent]]:
        """Each complaint's history, oldest first; the complaints were already
        loaded within the actor's scope."""
        rows = await ComplaintEvent.filter(
            complaint_id__in=list(set(complaint_ids))
        ).order_by("at", "id")
        groups = _grouped(rows, "complaint_id")
        return [groups.get(cid, []) for cid in complaint_ids]

    async def _timelines(self, keys: list[tuple[int, int | None, str | None]]) -> list:
        """A page of each customer's timeline; keys are (customer, first, after).

        Keys that share page arguments are fetched together in a fixed number of
        statements (``interactions.timelines``); an invalid cursor fails only the
        keys that carry it.
        """
        by_args: dict[tuple[int | None, str | None], list[int]] = defaultdict(list)
        for customer_id, first, after in keys:
            by_args[(first, after)].append(customer_id)
        found: dict[tuple, Any] = {}
        for (first, after), ids in by_args.items():
            try:
                pages = await interactions.timelines(self.actor, ids, first, after)
            except DomainError as error:
                pages = dict.fromkeys(ids, error)
            for cid in ids:
                found[(cid, first, after)] = pages.get(cid) or NotFound("Customer")
        return [found[key] for key in keys]

    async def _credit_assessments_of(self, customer_ids: list[int]) -> list[list]:
        rows = await CreditAssessment.filter(
            customer_id__in=list(set(customer_ids))
        ).order_by("-created_at", "-id")
        groups = _grouped(rows, "customer_id")
        return [groups.get(cid, []) for cid in customer_ids]

    async def _accounts_of(self, customer_ids: list[int]) -> list[list[Account]]:
        """Each customer's accounts with their products, in one statement (a join)."""
        rows = await prepared.select(
            "loaders.accounts_of",
            Account,
            lambda ids: (
                Account.filter(customer_id__in=ids)
                .select_related("product")
                .order_by(*ACCOUNT_ORDER.fields())
            ),
            sorted(set(customer_ids)),
        )
        # Not primed into ``self.account``: whether a statement is saved would then
        # depend on which resolver ran first. A transaction's account comes from
        # this batch instead (types.Customer.transactions), and each account's
        # product from its own row (types.Account.product).
        groups = _grouped(rows, "customer_id")
        return [groups.get(cid, []) for cid in customer_ids]

    async def _transaction_count(self, customer_ids: list[int]) -> list[int]:
        rows = (
            await Transaction.filter(customer_id__in=list(set(customer_ids)))
            .group_by("customer_id")
            .annotate(n=Count("id"))
            .values("customer_id", "n")
        )
        counts = {row["customer_id"]: row["n"] for row in rows}
        return [counts.get(cid, 0) for cid in customer_ids]

    async def _transactions_of(
        self, keys: list[tuple[int, int, str | None]]
    ) -> list[list[Transaction]]:
        """The newest ``n`` transactions per customer, after an optional cursor.

        Keys that share page arguments are fetched together: a window function
        numbers each customer's rows, so a page of 100 customers costs one
        statement, not 100. The same statement counts each customer's rows; without
        a cursor that is ``totalCount``, which then costs no statement of its own.
        """
        by_args: dict[tuple[int, str | None], list[int]] = defaultdict(list)
        for customer_id, n, after in keys:
            by_args[(n, after)].append(customer_id)
        found: dict[tuple[int, int, str | None], list[Transaction]] = {}
        for (n, after), ids in by_args.items():
            groups, totals = await _latest_transactions(sorted(set(ids)), n, after)
            for cid in ids:
                found[(cid, n, after)] = groups.get(cid, [])
                if after is None:  # after a cursor, earlier rows are not counted
                    self.transaction_count.prime(cid, totals.get(cid, 0))
        return [found[key] for key in keys]


async def _latest_transactions(
    customer_ids: list[int], n: int, after: str | None
) -> tuple[dict[int, list[Transaction]], dict[int, int]]:
    """The newest ``n`` rows per customer, and how many rows each has (after the
    cursor), in one statement."""
    conn = Tortoise.get_connection("default")
    postgres = conn.capabilities.dialect == "postgres"
    params: list[Any] = []

    def mark(value: Any) -> str:
        params.append(value)
        return f"${len(params)}" if postgres else "?"

    id_list = ",".join(mark(cid) for cid in customer_ids)
    where = f"customer_id IN ({id_list})"
    if after:
        booked_at, tx_id = decode_cursor(after, 2)
        where += (
            f" AND (booked_at < {mark(booked_at)}"
            f" OR (booked_at = {mark(booked_at)} AND id < {mark(tx_id)}))"
        )
    columns = ",".join(f'"{c}"' for c in Transaction._meta.db_fields)
    sql = (
        f"SELECT {columns}, total FROM (SELECT {columns}, ROW_NUMBER() OVER"
        " (PARTITION BY customer_id ORDER BY booked_at DESC, id DESC) AS rn,"
        " COUNT(*) OVER (PARTITION BY customer_id) AS total"
        f' FROM "transaction" WHERE {where}) ranked WHERE rn <= {mark(n)}'
        " ORDER BY booked_at DESC, id DESC"
    )
    if not postgres:
        params = [_sqlite_value(p) for p in params]
    # Rows become models through Tortoise's own executor, with the same
    # conversions as a queryset's; ``total`` rides along as an extra attribute.
    executor = conn.executor_class(model=Transaction, db=conn)
    rows = await executor.execute_select(sql, params, custom_fields=["total"])
    totals = {row.customer_id: row.total for row in rows}
    return _grouped(rows, "customer_id"), totals


def _sqlite_value(value: Any) -> Any:
    # Tortoise stores SQLite datetimes as ISO text with the offset; compare alike.
    from datetime import datetime

    if isinstance(value, datetime):
        return value.isoformat(" ")
    return value


async def _segments_of(customer_ids: list[int]) -> list[list[Any]]:
    """Active segments each customer is in now, oldest segment first."""
    rows = (
        await SegmentMembership.filter(
            customer_id__in=list(set(customer_ids)), until=None, segment__active=True
        )
        .select_related("segment")
        .order_by("segment_id")
    )
    groups: dict[int, list[Any]] = defaultdict(list)
    for row in rows:
        groups[row.customer_id].append(row.segment)
    return [groups.get(cid, []) for cid in customer_ids]


async def _value_of(customer_ids: list[int]) -> list[CustomerValue | None]:
    rows = await CustomerValue.filter(customer_id__in=list(set(customer_ids)))
    found = {row.customer_id: row for row in rows}
    return [found.get(cid) for cid in customer_ids]


async def _recommendations_of(customer_ids: list[int]) -> list[list[Recommendation]]:
    """Undecided offers by rank, then decided ones, latest decision first; none
    for a customer who withdrew marketing consent or let it expire."""
    ids = set(customer_ids)
    ids -= await consent.withheld_customers(ConsentPurpose.MARKETING, ids)
    rows = await Recommendation.filter(customer_id__in=list(ids)) if ids else []
    offered = sorted((r for r in rows if r.decided_at is None), key=lambda r: r.rank)
    decided = sorted(
        (r for r in rows if r.decided_at is not None),
        key=lambda r: r.decided_at,
        reverse=True,
    )
    groups = _grouped(offered + decided, "customer_id")
    return [groups.get(cid, []) for cid in customer_ids]


async def _principals(subjects: list[str]) -> list[principals.Principal | None]:
    found = await principals.resolve(subjects)
    return [found.get(subject) for subject in subjects]
