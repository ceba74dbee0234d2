"""Customer features: the one place that computes what analytics knows of a customer.

Two halves. ``compute_features`` is pure: columnar rows of customers, accounts and a
summary of transactions in, a ``FeatureMatrix`` out, vectorised with numpy so that a
million customers take seconds. ``refresh_features`` reads the database in chunks of
customers, calls it, and stores one ``CustomerFeatures`` row per customer; it runs
from the command line or a schedule, never inside a request.

Features, as of a date ``as_of`` (the window for frequency and monetary value is the
``window_days`` days that end with it):

    age             whole years since the birth date (NaN when unknown)
    tenure_months   months since the first account was opened (or the customer was
                    created, when no account exists)
    products_held   distinct products on open accounts; has_<category> per category
    *_balance       open balances: deposit (current and time deposits), wealth
                    (wealth and insurance), credit (cards, loans, mortgages; owed
                    amounts counted positive whatever the ledger's sign)
    annual_income   as declared; income_band 0 unknown, 1..5 (see ``INCOME_EDGES``)
    recency_days    days since the last transaction ever (NaN when none)
    frequency       transactions in the window
    monetary        their summed amount
    share_<channel> share of the window's transactions per channel; digital_share
                    is online + mobile + WeChat
    complaints      complaints counted by the caller (there is no complaint model yet)

Incremental refresh recomputes only customers whose rows changed since the last
refresh started: customer edits, accounts opened or closed, transactions added
(found by id, whatever date they are booked on), and transactions that left the
window. Age, tenure and recency move with the calendar
alone, so readers recompute them from the stored anchors (``load_feature_matrix``).
"""

from __future__ import annotations

import datetime as dt
import inspect
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

import numpy as np
from tortoise import fields
from tortoise.expressions import Q
from tortoise.functions import Count, Max, Sum
from tortoise.transactions import in_transaction

from cims.models import Account, Customer, CustomerFeatures, Transaction
from cims.models.enums import Channel, IncomeBand, ProductCategory

log = logging.getLogger(__name__)

CATEGORIES: tuple[ProductCategory, ...] = tuple(ProductCategory)
CHANNELS: tuple[Channel, ...] = tuple(Channel)
DIGITAL_CHANNELS = frozenset({Channel.ONLINE, Channel.MOBILE, Channel.WECHAT})
# Annual income in CNY that starts bands 2..5; below the first is band 1.
INCOME_EDGES = (50_000.0, 100_000.0, 200_000.0, 500_000.0)
INCOME_BANDS: tuple[IncomeBand, ...] = tuple(IncomeBand)
BALANCE_GROUPS = {
    "deposit_balance": (ProductCategory.DEPOSIT, ProductCategory.TIME_DEPOSIT),
    "wealth_balance": (ProductCategory.WEALTH, ProductCategory.INSURANCE),
    "credit_balance": (
        ProductCategory.CREDIT_CARD,
        ProductCategory.LOAN,
        ProductCategory.MORTGAGE,
    ),
}
FEATURES: tuple[str, ...] = (
    "age",
    "tenure_months",
    "products_held",
    *BALANCE_GROUPS,
    "annual_income",
    "income_band",
    "recency_days",
    "frequency",
    "monetary",
    "digital_share",
    "complaints",
    *(f"has_{c.value}" for c in CATEGORIES),
    *(f"share_{c.value}" for c in CHANNELS),
)
DEFAULT_WINDOW_DAYS = 365
DAYS_PER_MONTH = 365.25 / 12
NAT_D = np.datetime64("NaT", "D")
NAT_S = np.datetime64("NaT", "s")


# --- columnar inputs ------------------------------------------------------------------


def _dates(values: Iterable[Any], unit: str) -> np.ndarray:
    """Dates or datetimes (aware ones in UTC) as numpy datetimes; None is NaT."""
    out = []
    for v in values:
        if isinstance(v, dt.datetime) and v.tzinfo is not None:
            v = v.astimezone(dt.UTC).replace(tzinfo=None)
        out.append(np.datetime64(v, unit) if v is not None else np.datetime64("NaT"))
    return np.array(out, dtype=f"datetime64[{unit}]")


def _floats(values: Iterable[Any]) -> np.ndarray:
    return np.array([np.nan if v is None else float(v) for v in values], dtype=float)


def _codes(values: Iterable[Any], vocabulary: Sequence[Any]) -> np.ndarray:
    index = {v: i for i, v in enumerate(vocabulary)}
    return np.array([index[v] for v in values], dtype=np.int8)


@dataclass(frozen=True)
class CustomerRows:
    """Customers by column: ids, birth dates, declared income, creation dates."""

    ids: np.ndarray
    birth_date: np.ndarray
    annual_income: np.ndarray
    created_on: np.ndarray

    @classmethod
    def from_records(cls, rows: Sequence[Mapping[str, Any]]) -> CustomerRows:
        return cls(
            ids=np.array([r["id"] for r in rows], dtype=np.int64),
            birth_date=_dates((r.get("birth_date") for r in rows), "D"),
            annual_income=_floats(r.get("annual_income") for r in rows),
            created_on=_dates((r.get("created_at") for r in rows), "D"),
        )


@dataclass(frozen=True)
class AccountRows:
    """Accounts by column; ``category`` indexes ``CATEGORIES``."""

    customer_id: np.ndarray
    product_id: np.ndarray
    category: np.ndarray
    balance: np.ndarray
    opened_on: np.ndarray
    closed_on: np.ndarray

    @classmethod
    def from_records(cls, rows: Sequence[Mapping[str, Any]]) -> AccountRows:
        return cls(
            customer_id=np.array([r["customer_id"] for r in rows], dtype=np.int64),
            product_id=np.array([r["product_id"] for r in rows], dtype=np.int64),
            category=_codes((r["category"] for r in rows), CATEGORIES),
            balance=_floats(r["balance"] for r in rows),
            opened_on=_dates((r["opened_on"] for r in rows), "D"),
            closed_on=_dates((r.get("closed_on") for r in rows), "D"),
        )


@dataclass(frozen=True)
class TransactionRows:
    """Transactions by column; ``channel`` indexes ``CHANNELS``."""

    customer_id: np.ndarray
    booked_at: np.ndarray
    amount: np.ndarray
    channel: np.ndarray

    @classmethod
    def from_records(cls, rows: Sequence[Mapping[str, Any]]) -> TransactionRows:
        return cls(
            customer_id=np.array([r["customer_id"] for r in rows], dtype=np.int64),
            booked_at=_dates((r["booked_at"] for r in rows), "s"),
            amount=_floats(r["amount"] for r in rows),
            channel=_codes((r["channel"] for r in rows), CHANNELS),
        )


@dataclass(frozen=True)
class TransactionSummary:
    """Transactions reduced to what features need.

    ``window_*``: one row per customer and channel with the count and summed amount
    inside the window. ``last_*``: one row per customer with its latest booking.
    The database computes this with two GROUP BY queries; ``summarise_transactions``
    computes the same from raw rows.
    """

    window_customer_id: np.ndarray
    window_channel: np.ndarray
    window_count: np.ndarray
    window_amount: np.ndarray
    last_customer_id: np.ndarray
    last_at: np.ndarray


def window_bounds(as_of: dt.date, window_days: int) -> tuple[dt.datetime, dt.datetime]:
    """[start, end) in UTC: the window_days days that end with the day as_of."""
    end = dt.datetime.combine(as_of + dt.timedelta(days=1), dt.time(), tzinfo=dt.UTC)
    return end - dt.timedelta(days=window_days), end


def summarise_transactions(
    txns: TransactionRows, as_of: dt.date, window_days: int = DEFAULT_WINDOW_DAYS
) -> TransactionSummary:
    start, end = (
        np.datetime64(b.replace(tzinfo=None), "s")
        for b in window_bounds(as_of, window_days)
    )
    seen = txns.booked_at < end
    inside = seen & (txns.booked_at >= start)
    customers, row = dense_index(txns.customer_id)
    cells = row[inside] * len(CHANNELS) + txns.channel[inside]
    size = len(customers) * len(CHANNELS)
    count = np.bincount(cells, minlength=size)
    amount = np.bincount(cells, txns.amount[inside], minlength=size)
    used = np.flatnonzero(count)
    last = np.full(len(customers), np.iinfo(np.int64).min)
    np.maximum.at(last, row[seen], txns.booked_at[seen].astype(np.int64))
    has_last = last > np.iinfo(np.int64).min
    return TransactionSummary(
        window_customer_id=customers[used // len(CHANNELS)],
        window_channel=(used % len(CHANNELS)).astype(np.int8),
        window_count=count[used],
        window_amount=amount[used],
        last_customer_id=customers[has_last],
        last_at=last[has_last].astype("M8[s]"),
    )


def dense_index(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The distinct keys, sorted, and each key's position among them.

    Database ids are nearly dense, so counting over their range beats sorting
    millions of them; sparse keys fall back to ``np.unique``.
    """
    if not len(keys):
        return keys[:0], np.zeros(0, dtype=np.int64)
    low, high = int(keys.min()), int(keys.max())
    if high - low > 4 * len(keys) + 1024:
        return np.unique(keys, return_inverse=True)
    present = np.bincount(keys - low, minlength=high - low + 1) > 0
    position = np.cumsum(present) - 1
    return np.flatnonzero(present) + low, position[keys - low]


# --- the feature matrix ---------------------------------------------------------------


@dataclass
class FeatureMatrix:
    """Features of customers, one row each, sorted by customer id.

    ``first_opened_on`` and ``last_transaction_at`` are the anchors that tenure and
    recency derive from; they are stored with the features.
    """

    customer_ids: np.ndarray
    values: np.ndarray
    as_of: dt.date
    window_days: int = DEFAULT_WINDOW_DAYS
    columns: tuple[str, ...] = FEATURES
    first_opened_on: np.ndarray = field(default_factory=lambda: np.array([], "M8[D]"))
    last_transaction_at: np.ndarray = field(
        default_factory=lambda: np.array([], "M8[s]")
    )

    def __len__(self) -> int:
        return len(self.customer_ids)

    def column(self, name: str) -> np.ndarray:
        return self.values[:, self.columns.index(name)]

    def select(self, names: Sequence[str]) -> np.ndarray:
        return self.values[:, [self.columns.index(n) for n in names]]

    @staticmethod
    def concat(parts: Sequence[FeatureMatrix]) -> FeatureMatrix:
        """Matrices of disjoint customers, in order, as one."""
        first = parts[0]
        return FeatureMatrix(
            customer_ids=np.concatenate([p.customer_ids for p in parts]),
            values=np.concatenate([p.values for p in parts]),
            as_of=first.as_of,
            window_days=first.window_days,
            columns=first.columns,
            first_opened_on=np.concatenate([p.first_opened_on for p in parts]),
            last_transaction_at=np.concatenate([p.last_transaction_at for p in parts]),
        )

    def take(self, rows: np.ndarray) -> FeatureMatrix:
        return FeatureMatrix(
            customer_ids=self.customer_ids[rows],
            values=self.values[rows],
            as_of=self.as_of,
            window_days=self.window_days,
            columns=self.columns,
            first_opened_on=_take(self.first_opened_on, rows),
            last_transaction_at=_take(self.last_transaction_at, rows),
        )


def _take(array: np.ndarray, rows: np.ndarray) -> np.ndarray:
    return array[rows] if len(array) else array


def compute_features(
    customers: CustomerRows,
    accounts: AccountRows,
    summary: TransactionSummary,
    as_of: dt.date,
    *,
    complaints: Mapping[int, int] | None = None,
    window_days: int = DEFAULT_WINDOW_DAYS,
) -> FeatureMatrix:
    """The features of ``customers`` as of ``as_of``; rows of others are ignored."""
    order = np.argsort(customers.ids, kind="stable")
    ids = customers.ids[order]
    # Column-major: the matrix is written and read a feature at a time.
    out = np.zeros((len(ids), len(FEATURES)), order="F")
    put = _Writer(out)
    day = np.datetime64(as_of, "D")

    first_opened = _account_features(put, ids, accounts, day)
    started = np.where(
        np.isnat(first_opened), customers.created_on[order], first_opened
    )
    put("age", whole_years(customers.birth_date[order], day))
    put("tenure_months", months_between(started, day))
    put("annual_income", customers.annual_income[order])
    put("income_band", income_band(customers.annual_income[order]))
    last_at = _transaction_features(put, ids, summary, day)
    put("complaints", _lookup(ids, complaints or {}))
    return FeatureMatrix(ids, out, as_of, window_days, FEATURES, first_opened, last_at)


class _Writer:
    def __init__(self, out: np.ndarray) -> None:
        self.out = out

    def __call__(self, name: str, values: np.ndarray) -> None:
        self.out[:, FEATURES.index(name)] = values


def positions(ids: np.ndarray, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Row of each key in the sorted ``ids``, and which keys are there at all."""
    pos = np.searchsorted(ids, keys)
    pos[pos == len(ids)] = 0
    found = ids[pos] == keys if len(ids) else np.zeros(len(keys), dtype=bool)
    return pos, found


def _account_features(put: _Writer, ids, accounts: AccountRows, day) -> np.ndarray:
    pos, found = positions(ids, accounts.customer_id)
    opened = found & (accounts.opened_on <= day)
    is_open = opened & ~(accounts.closed_on <= day)
    n = len(ids)
    for i, category in enumerate(CATEGORIES):
        held = np.bincount(pos[is_open & (accounts.category == i)], minlength=n)
        put(f"has_{category.value}", held > 0)
    for name, group in BALANCE_GROUPS.items():
        mine = is_open & np.isin(
            accounts.category, [CATEGORIES.index(c) for c in group]
        )
        amount = accounts.balance[mine]
        if name == "credit_balance":
            amount = np.abs(amount)
        put(name, np.bincount(pos[mine], amount, minlength=n))
    put(
        "products_held",
        _distinct_per_row(pos[is_open], accounts.product_id[is_open], n),
    )
    return _first_per_row(pos[opened], accounts.opened_on[opened], n)


def _distinct_per_row(rows: np.ndarray, items: np.ndarray, n: int) -> np.ndarray:
    distinct_items, item = dense_index(items)
    width = max(len(distinct_items), 1)
    if n * width <= 50_000_000:  # a table of rows x items beats sorting the pairs
        table = np.bincount(rows * width + item, minlength=n * width)
        return (table.reshape(n, width) > 0).sum(axis=1)
    pairs = np.unique(rows * width + item)
    return np.bincount(pairs // width, minlength=n)


def _first_per_row(rows: np.ndarray, dates: np.ndarray, n: int) -> np.ndarray:
    days = np.full(n, np.iinfo(np.int64).max)
    np.minimum.at(days, rows, dates.astype(np.int64))
    first = days.astype("M8[D]")
    first[days == np.iinfo(np.int64).max] = NAT_D
    return first


def _transaction_features(put: _Writer, ids, summary: TransactionSummary, day):
    n = len(ids)
    pos, found = positions(ids, summary.window_customer_id)
    pos, channel = pos[found], summary.window_channel[found]
    counts = np.bincount(pos, summary.window_count[found], minlength=n)
    put("frequency", counts)
    put("monetary", np.bincount(pos, summary.window_amount[found], minlength=n))
    by_channel = np.bincount(
        pos * len(CHANNELS) + channel, summary.window_count[found], n * len(CHANNELS)
    ).reshape(n, len(CHANNELS))
    shares = by_channel / np.maximum(counts, 1)[:, None]
    for i, ch in enumerate(CHANNELS):
        put(f"share_{ch.value}", shares[:, i])
    digital = [CHANNELS.index(c) for c in DIGITAL_CHANNELS]
    put("digital_share", shares[:, digital].sum(axis=1))
    last_at = np.full(n, NAT_S)
    pos, found = positions(ids, summary.last_customer_id)
    last_at[pos[found]] = summary.last_at[found]
    put("recency_days", days_since(last_at, day))
    return last_at


def _lookup(ids: np.ndarray, counts: Mapping[int, int]) -> np.ndarray:
    out = np.zeros(len(ids))
    if counts:
        keys = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
        values = np.fromiter(counts.values(), dtype=float, count=len(counts))
        pos, found = positions(ids, keys)
        out[pos[found]] = values[found]
    return out


def whole_years(birth: np.ndarray, day: np.datetime64) -> np.ndarray:
    """Completed years from each birth date to ``day``; NaN where unknown."""
    y, m, d = _ymd(birth)
    ty, tm, td = _ymd(np.array([day]))
    before_birthday = (m > tm[0]) | ((m == tm[0]) & (d > td[0]))
    years = (ty[0] - y - before_birthday).astype(float)
    years[np.isnat(birth)] = np.nan
    return years


def _ymd(dates: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    years = dates.astype("M8[Y]")
    months = dates.astype("M8[M]")
    y = years.astype(np.int64) + 1970
    m = (months - years).astype(np.int64) + 1
    d = (dates.astype("M8[D]") - months).astype(np.int64) + 1
    return y, m, d


def months_between(start: np.ndarray, day: np.datetime64) -> np.ndarray:
    days = (day - start.astype("M8[D]")).astype(float)
    months = np.floor(np.maximum(days, 0) / DAYS_PER_MONTH)
    months[np.isnat(start)] = np.nan
    return months


def days_since(moments: np.ndarray, day: np.datetime64) -> np.ndarray:
    """Whole days from each moment's date to ``day``, never negative; NaN if none."""
    days = np.maximum((day - moments.astype("M8[D]")).astype(float), 0)
    days[np.isnat(moments)] = np.nan
    return days


def income_band(income: np.ndarray) -> np.ndarray:
    band = np.searchsorted(INCOME_EDGES, income, side="right") + 1.0
    band[np.isnan(income)] = 0
    return band


# --- training runs --------------------------------------------------------------------


class ModelStore(Protocol):
    """The versioned model storage of ``cims.analytics.registry``.

    Its functions may be plain or coroutines; ``save_version`` awaits what needs it.
    """

    def save(self, kind: str, model: Any, metadata: dict) -> Any: ...

    def load(self, kind: str, version: str | None = None) -> Any: ...


def default_store() -> ModelStore:
    from cims.analytics import registry

    return registry


async def save_version(
    store: ModelStore | None, kind: str, model: Any, metadata: dict
) -> str:
    version = (store or default_store()).save(kind, model, metadata)
    if inspect.isawaitable(version):
        version = await version
    return str(version)


def training_metadata(
    matrix: FeatureMatrix, parameters: dict, metrics: dict, created_by: str
) -> dict:
    """What every training run records: data window, parameters, metrics, who ran it."""
    return {
        "data_window": {
            "as_of": matrix.as_of.isoformat(),
            "window_days": matrix.window_days,
            "customers": len(matrix),
        },
        "parameters": parameters,
        "metrics": metrics,
        "created_by": created_by,
    }


# --- the database ---------------------------------------------------------------------


@dataclass(frozen=True)
class RefreshReport:
    customers: int
    chunks: int
    incremental: bool
    as_of: dt.date


async def refresh_features(
    as_of: dt.date | None = None,
    *,
    complaints: Mapping[int, int] | None = None,
    full: bool = False,
    chunk_size: int = 2000,
    window_days: int = DEFAULT_WINDOW_DAYS,
) -> RefreshReport:
    """Recompute and store features; only changed customers unless ``full``.

    ``complaints`` maps customer ids to complaint counts; customers named there are
    refreshed too. An account balance changed without a transaction is not seen as
    a change: the ledger moves balances through transactions, and a full refresh
    catches anything else.
    """
    as_of = as_of or dt.datetime.now(dt.UTC).date()
    # Rows carry the time the refresh started, so the next one looks at every change
    # made from then on, including changes made while this one ran.
    started = dt.datetime.now(dt.UTC)
    marks = await _ledger_marks()
    previous = None if full else await _previous_refresh()
    if previous is not None:
        ids = await _changed_customers(previous, as_of, window_days, complaints or {})
    else:
        live = Customer.filter(archived_at=None).order_by("id")
        ids = await live.values_list("id", flat=True)
    chunks = [ids[i : i + chunk_size] for i in range(0, len(ids), chunk_size)]
    for chunk in chunks:
        matrix = await _compute_chunk(chunk, as_of, window_days, complaints)
        await _store(matrix, started, marks)
    incremental = previous is not None
    log.info("features refreshed: %d customers, incremental=%s", len(ids), incremental)
    return RefreshReport(len(ids), len(chunks), incremental, as_of)


@dataclass(frozen=True)
class _Marks:
    computed_at: dt.datetime
    as_of: dt.date
    account: int
    transaction: int


async def _ledger_marks() -> tuple[int, int]:
    """The highest account and transaction ids now; taken before reading, so rows
    written during a refresh are picked up by the next one."""
    account = await Account.all().order_by("-id").first().values_list("id", flat=True)
    txn = await Transaction.all().order_by("-id").first().values_list("id", flat=True)
    return account or 0, txn or 0


async def _previous_refresh() -> _Marks | None:
    row = (
        await CustomerFeatures.all()
        .order_by("-computed_at")
        .first()
        .values("computed_at", "as_of", "account_mark", "transaction_mark")
    )
    return _Marks(*row.values()) if row else None


async def _changed_customers(
    previous: _Marks,
    as_of: dt.date,
    window_days: int,
    complaints: Mapping[int, int],
) -> list[int]:
    left_from = window_bounds(previous.as_of, window_days)[0]
    left_to = window_bounds(as_of, window_days)[0]
    since = previous.computed_at
    queries = [
        (Customer.filter(updated_at__gte=since), "id"),
        (Customer.filter(features=None), "id"),
        (
            Account.filter(Q(id__gt=previous.account) | Q(closed_on__gte=since.date())),
            "customer_id",
        ),
        (Transaction.filter(id__gt=previous.transaction), "customer_id"),
        (
            Transaction.filter(booked_at__gte=left_from, booked_at__lt=left_to),
            "customer_id",
        ),
    ]
    ids = set(complaints)
    for query, column in queries:
        ids.update(await query.distinct().values_list(column, flat=True))
    return await _live(sorted(ids))


async def _live(ids: list[int], chunk: int = 10_000) -> list[int]:
    """The ids of customers not archived, asked in chunks: PostgreSQL takes at most
    32,767 parameters in one statement."""
    live: list[int] = []
    for start in range(0, len(ids), chunk):
        part = Customer.filter(id__in=ids[start : start + chunk], archived_at=None)
        live.extend(await part.order_by("id").values_list("id", flat=True))
    return live


async def _compute_chunk(
    ids: list[int],
    as_of: dt.date,
    window_days: int,
    complaints: Mapping[int, int] | None,
) -> FeatureMatrix:
    customers = CustomerRows.from_records(
        await Customer.filter(id__in=ids).values(
            "id", "birth_date", "annual_income", "created_at"
        )
    )
    accounts = AccountRows.from_records(
        await Account.filter(customer_id__in=ids).values(
            "customer_id",
            "product_id",
            "balance",
            "opened_on",
            "closed_on",
            category="product__category",
        )
    )
    summary = await _summarise_in_database(ids, as_of, window_days)
    return compute_features(
        customers,
        accounts,
        summary,
        as_of,
        complaints=complaints,
        window_days=window_days,
    )


async def _summarise_in_database(
    ids: list[int], as_of: dt.date, window_days: int
) -> TransactionSummary:
    start, end = window_bounds(as_of, window_days)
    window = await (
        Transaction.filter(customer_id__in=ids, booked_at__gte=start, booked_at__lt=end)
        .annotate(n=Count("id"), total=Sum("amount"))
        .group_by("customer_id", "channel")
        .values_list("customer_id", "channel", "n", "total")
    )
    last = await (
        Transaction.filter(customer_id__in=ids, booked_at__lt=end)
        .annotate(last=Max("booked_at"))
        .group_by("customer_id")
        .values_list("customer_id", "last")
    )
    return TransactionSummary(
        window_customer_id=np.array([r[0] for r in window], dtype=np.int64),
        window_channel=_codes((r[1] for r in window), CHANNELS),
        window_count=np.array([r[2] for r in window], dtype=np.int64),
        window_amount=_floats(r[3] for r in window),
        last_customer_id=np.array([r[0] for r in last], dtype=np.int64),
        last_at=_dates((_aware(r[1]) for r in last), "s"),
    )


def _aware(value: Any) -> dt.datetime:
    """MAX() over a datetime column comes back as text on SQLite."""
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


async def _store(
    matrix: FeatureMatrix, started: dt.datetime, marks: tuple[int, int]
) -> None:
    """Replace the rows of the matrix's customers.

    Rows go in through the model's own INSERT statement and field conversions,
    as ``bulk_create`` sends them, but from columns: building a model instance per
    customer took over half the time of a refresh.
    """
    columns = stored_columns(matrix, started, marks)
    ids = matrix.customer_ids.tolist()
    async with in_transaction() as conn:
        executor = conn.executor_class(model=CustomerFeatures, db=conn)
        by_name = CustomerFeatures._meta.fields_map
        values = [
            _to_db(by_name[name], columns[name]) for name in executor.regular_columns
        ]
        rows = [list(row) for row in zip(*values, strict=True)]
        await CustomerFeatures.filter(customer_id__in=ids).using_db(conn).delete()
        await conn.execute_many(executor.insert_query, rows)


# Fields whose values the database drivers take as they are: no conversion.
_PLAIN = (fields.IntField, fields.BigIntField, fields.SmallIntField, fields.FloatField)


def _to_db(field: Any, column: list) -> list:
    if isinstance(field, _PLAIN):
        return column
    return [field.to_db_value(v, CustomerFeatures) for v in column]


def stored_columns(
    matrix: FeatureMatrix, started: dt.datetime, marks: tuple[int, int]
) -> dict[str, list]:
    """The stored rows of the matrix as columns of Python values, by field name."""
    n = len(matrix)

    def col(name: str) -> np.ndarray:
        return matrix.column(name)

    def ints(name: str) -> list:
        values = col(name)
        return [None if np.isnan(v) else int(v) for v in values.tolist()]

    def floats_or_none(name: str) -> list:
        return [None if np.isnan(v) else v for v in col(name).tolist()]

    last = matrix.last_transaction_at.astype("M8[us]").tolist()
    shares = {c.value: col(f"share_{c.value}").tolist() for c in CHANNELS}
    return {
        "customer_id": matrix.customer_ids.tolist(),
        "as_of": [matrix.as_of] * n,
        "age": ints("age"),
        "tenure_months": ints("tenure_months"),
        "first_opened_on": matrix.first_opened_on.astype("M8[D]").tolist(),
        "products_held": col("products_held").astype(int).tolist(),
        **{
            f"has_{c.value}": col(f"has_{c.value}").astype(bool).tolist()
            for c in CATEGORIES
        },
        **{name: col(name).tolist() for name in BALANCE_GROUPS},
        "annual_income": floats_or_none("annual_income"),
        "income_band": [INCOME_BANDS[int(b)] for b in col("income_band").tolist()],
        "recency_days": ints("recency_days"),
        "last_transaction_at": [
            None if t is None else t.replace(tzinfo=dt.UTC) for t in last
        ],
        "frequency": col("frequency").astype(int).tolist(),
        "monetary": col("monetary").tolist(),
        "window_days": [matrix.window_days] * n,
        "digital_share": col("digital_share").tolist(),
        "branch_share": col("share_branch").tolist(),
        "channel_mix": [
            {k: round(v[i], 4) for k, v in shares.items() if round(v[i], 4)}
            for i in range(n)
        ],
        "complaints": col("complaints").astype(int).tolist(),
        "computed_at": [started] * n,
        "account_mark": [marks[0]] * n,
        "transaction_mark": [marks[1]] * n,
    }


STORED = (
    "products_held",
    *BALANCE_GROUPS,
    "annual_income",
    "frequency",
    "monetary",
    "digital_share",
    "complaints",
    *(f"has_{c.value}" for c in CATEGORIES),
)


async def load_feature_matrix(
    as_of: dt.date | None = None, *, chunk_size: int = 20_000
) -> FeatureMatrix:
    """Stored features of every live customer, with age, tenure and recency as of
    ``as_of`` (today by default) recomputed from their anchors."""
    as_of = as_of or dt.datetime.now(dt.UTC).date()
    parts: list[FeatureMatrix] = []
    last_id = 0
    while True:
        # Each chunk becomes arrays at once: a million row dicts would not fit.
        chunk = await _stored_chunk(last_id, chunk_size)
        parts.append(matrix_from_stored(chunk, as_of))
        if len(chunk) < chunk_size:
            return FeatureMatrix.concat(parts)
        last_id = chunk[-1]["customer_id"]


async def _stored_chunk(after: int, size: int) -> list[dict]:
    return await (
        CustomerFeatures.filter(customer_id__gt=after, customer__archived_at=None)
        .order_by("customer_id")
        .limit(size)
        .values(
            "customer_id",
            "first_opened_on",
            "last_transaction_at",
            "channel_mix",
            "window_days",
            *STORED,
            birth_date="customer__birth_date",
            created_at="customer__created_at",
        )
    )


def matrix_from_stored(
    rows: Sequence[Mapping[str, Any]], as_of: dt.date
) -> FeatureMatrix:
    """The matrix of stored feature rows, time-relative columns moved to ``as_of``."""
    out = np.zeros((len(rows), len(FEATURES)))
    put = _Writer(out)
    for name in STORED:
        put(name, _floats(r[name] for r in rows))
    for ch in CHANNELS:
        put(
            f"share_{ch.value}",
            _floats(r["channel_mix"].get(ch.value, 0) for r in rows),
        )
    put("income_band", income_band(out[:, FEATURES.index("annual_income")]))
    day = np.datetime64(as_of, "D")
    first = _dates((r["first_opened_on"] for r in rows), "D")
    created = _dates((r["created_at"] for r in rows), "D")
    last = _dates((r["last_transaction_at"] for r in rows), "s")
    put("age", whole_years(_dates((r["birth_date"] for r in rows), "D"), day))
    put("tenure_months", months_between(np.where(np.isnat(first), created, first), day))
    put("recency_days", days_since(last, day))
    ids = np.array([r["customer_id"] for r in rows], dtype=np.int64)
    window = rows[0]["window_days"] if rows else DEFAULT_WINDOW_DAYS
    return FeatureMatrix(ids, out, as_of, window, FEATURES, first, last)
