"""Duplicate customers: candidates for one new customer, and all likely pairs.

Evidence comes from exact keys (the blind indexes of ID number, mobile phone and
e-mail) and from a similar name with the same birth date. Names are compared on
their folded keys (``normalize.name_key``), so width, case, accents, spaces and
traditional versus simplified characters never hide a duplicate; the Latin spelling
(pinyin), when both customers have one, also catches homophones such as 王芳/汪芳.

The all-pairs scan never compares everything with everything: exact keys are
grouped, names are compared only within a block of one birth date (split further
by the first characters of the name key when a block is large).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process
from tortoise import Tortoise
from tortoise.expressions import Q
from tortoise.models import Model
from tortoise.transactions import in_transaction

from cims.domain import audit, crypto
from cims.domain.actor import Actor
from cims.domain.errors import (
    Candidate,
    Conflict,
    NotFound,
    PermissionDenied,
    ValidationFailed,
)
from cims.domain.validation import search_keys
from cims.models import (
    Customer,
    CustomerFeatures,
    CustomerRelation,
    CustomerValue,
    Recommendation,
    SegmentMembership,
)
from cims.models.enums import Gender, MaritalStatus, RecommendationStatus

log = logging.getLogger(__name__)

SAME_ID_NUMBER = "SAME_ID_NUMBER"
SAME_MOBILE_PHONE = "SAME_MOBILE_PHONE"
SAME_EMAIL = "SAME_EMAIL"
SIMILAR_NAME_SAME_BIRTH_DATE = "SIMILAR_NAME_SAME_BIRTH_DATE"

# How strongly each piece of evidence alone says "same person"; pieces combine as
# independent probabilities, so two weak signals outweigh one.
WEIGHTS = {SAME_ID_NUMBER: 0.95, SAME_MOBILE_PHONE: 0.6, SAME_EMAIL: 0.6}
NAME_WEIGHT = 0.6
NAME_THRESHOLD = 85.0  # rapidfuzz ratio, 0-100
EXACT_KEYS = (
    ("id_number_index", SAME_ID_NUMBER),
    ("mobile_phone_index", SAME_MOBILE_PHONE),
    ("email_index", SAME_EMAIL),
)
LOAD_BATCH = 50_000


@dataclass(frozen=True, slots=True)
class Record:
    """What duplicate detection needs of a customer; ``id`` is any unique int."""

    id: int
    name_key: str
    birth_date: dt.date | None = None
    id_number_index: str | None = None
    mobile_phone_index: str | None = None
    email_index: str | None = None

    @classmethod
    def of(cls, id: int, birth_date: dt.date | None, keys: dict) -> Record:
        """A record from a customer's ``search_keys`` (the ones it needs)."""
        return cls(
            id,
            birth_date=birth_date,
            **{name: keys[name] for name in RECORD_FIELDS[1:] if name in keys},
        )


@dataclass(frozen=True, slots=True)
class Pair:
    a: int
    b: int
    score: float
    reasons: tuple[str, ...]


def combine(evidence: dict[str, float]) -> float:
    remaining = 1.0
    for weight in evidence.values():
        remaining *= 1.0 - weight
    return round(1.0 - remaining, 4)


def _split_key(key: str) -> tuple[str, str]:
    full, _, latin = key.partition("|")
    return full, latin


def name_similarity(key_a: str, key_b: str) -> float:
    """0-100: the better of the native-script and the Latin-spelling similarity."""
    full_a, latin_a = _split_key(key_a)
    full_b, latin_b = _split_key(key_b)
    score = fuzz.ratio(full_a, full_b)
    if latin_a and latin_b:
        score = max(score, fuzz.ratio(latin_a, latin_b))
    return score


def compare(a: Record, b: Record, threshold: float = NAME_THRESHOLD) -> dict:
    """The evidence that ``a`` and ``b`` are one customer: reason -> weight."""
    evidence = {
        reason: WEIGHTS[reason]
        for attr, reason in EXACT_KEYS
        if getattr(a, attr) and getattr(a, attr) == getattr(b, attr)
    }
    if a.birth_date and a.birth_date == b.birth_date:
        similarity = name_similarity(a.name_key, b.name_key)
        if similarity >= threshold:
            evidence[SIMILAR_NAME_SAME_BIRTH_DATE] = _name_weight(similarity)
    return evidence


def _name_weight(similarity: float) -> float:
    return round(NAME_WEIGHT * float(similarity) / 100, 4)


# ---------------------------------------------------------------- all pairs


def duplicate_pairs(
    records: Iterable[Record],
    *,
    threshold: float = NAME_THRESHOLD,
    max_group: int = 50,
    max_block: int = 2000,
) -> list[Pair]:
    """Every likely duplicate pair among ``records``, best first.

    A value shared by more than ``max_group`` customers (a branch's placeholder
    phone number, say) is not evidence and yields no pairs; a birth-date block
    larger than ``max_block`` even after splitting by name prefix is skipped.
    Both are logged with their counts.
    """
    records = list(records)
    evidence: dict[tuple[int, int], dict[str, float]] = defaultdict(dict)
    for attr, reason in EXACT_KEYS:
        _exact_pairs(records, attr, reason, evidence, max_group)
    for block in _name_blocks(records, max_block):
        _similar_names(block, threshold, evidence)
    pairs = [
        Pair(a, b, combine(ev), tuple(sorted(ev))) for (a, b), ev in evidence.items()
    ]
    pairs.sort(key=lambda p: (-p.score, p.a, p.b))
    return pairs


def _exact_pairs(records, attr, reason, evidence, max_group: int) -> None:
    groups: dict[int, list[int]] = defaultdict(list)
    for record in records:
        if value := getattr(record, attr):
            # 64 bits of a keyed hash: a chance collision is about 1 in 10**7 at a
            # million customers, and costs one spurious candidate.
            groups[int(value[:16], 16)].append(record.id)
    oversized = 0
    for ids in groups.values():
        if len(ids) > max_group:
            oversized += 1
            continue
        for pair in _all_pairs(ids):
            evidence[pair][reason] = WEIGHTS[reason]
    if oversized:
        log.info("shared values skipped", extra={"key": attr, "groups": oversized})


def _all_pairs(ids: list[int]) -> Iterator[tuple[int, int]]:
    for i, first in enumerate(ids):
        for second in ids[i + 1 :]:
            yield (first, second) if first < second else (second, first)


def _name_blocks(records: list[Record], max_block: int) -> Iterator[list[Record]]:
    by_date: dict[dt.date, list[Record]] = defaultdict(list)
    for record in records:
        if record.birth_date:
            by_date[record.birth_date].append(record)
    skipped = 0
    for block in by_date.values():
        for part in _split_block(block, max_block, prefix=0):
            if len(part) > max_block:
                skipped += len(part)
            elif len(part) > 1:
                yield part
    if skipped:
        log.info("oversized name blocks skipped", extra={"customers": skipped})


def _split_block(block: list[Record], max_block: int, prefix: int):
    if len(block) <= max_block or prefix >= 3:
        yield block
        return
    parts: dict[str, list[Record]] = defaultdict(list)
    for record in block:
        parts[record.name_key[: prefix + 1]].append(record)
    for part in parts.values():
        yield from _split_block(part, max_block, prefix + 1)


def _similar_names(block: list[Record], threshold: float, evidence) -> None:
    keys = [_split_key(r.name_key) for r in block]
    scores = _score_matrix([k[0] for k in keys], threshold)
    with_latin = [i for i, k in enumerate(keys) if k[1]]
    if len(with_latin) > 1:
        latin = _score_matrix([keys[i][1] for i in with_latin], threshold)
        index = np.array(with_latin)
        sub = scores[np.ix_(index, index)]
        scores[np.ix_(index, index)] = np.maximum(sub, latin)
    for i, j in zip(*np.nonzero(np.triu(scores, k=1)), strict=True):
        a, b = sorted((block[i].id, block[j].id))
        evidence[(a, b)][SIMILAR_NAME_SAME_BIRTH_DATE] = _name_weight(scores[i, j])


def _score_matrix(names: list[str], threshold: float) -> np.ndarray:
    return process.cdist(
        names, names, scorer=fuzz.ratio, score_cutoff=threshold, dtype=np.float32
    )


# ---------------------------------------------------------------- the database


def _require_read(actor: Actor) -> None:
    if not (actor.can("customer.read") or actor.can("*")):
        raise PermissionDenied("customer.read")


def _scoped(actor: Actor):
    query = Customer.filter(archived_at=None)
    if actor.branch_id is not None:
        query = query.filter(branch_id=actor.branch_id)
    return query


RECORD_FIELDS = (
    "id",
    "name_key",
    "birth_date",
    "id_number_index",
    "mobile_phone_index",
    "email_index",
)


async def find_candidates(
    actor: Actor,
    values: dict,
    exclude_id: int | None = None,
    *,
    every_branch: bool = False,
) -> list[Candidate]:
    """Customers in the actor's scope who are likely the one ``values`` describe.

    ``values`` are validated customer values (``validate_customer_fields``); the
    search keys are derived here. The same-birth-date query scans the table until
    ``birth_date`` gets an index. Archived customers are left out, and
    so are customers outside the actor's branch, whom the actor could not open,
    unless ``every_branch`` (a create or update, which must not make a second
    customer of someone another branch already serves).
    """
    _require_read(actor)
    new = _record_of(values)
    base = Customer.filter(archived_at=None) if every_branch else _scoped(actor)
    query = base.filter(_candidate_filter(new))
    if exclude_id is not None:
        query = query.exclude(id=exclude_id)
    rows = await query.values_list(*RECORD_FIELDS)
    candidates = [_candidate(new, Record(*row)) for row in rows]
    candidates = [c for c in candidates if c.reasons]
    return sorted(candidates, key=lambda c: (-c.score, c.customer_id))


def _record_of(values: dict) -> Record:
    keys = search_keys(values)
    return Record.of(0, values.get("birth_date"), keys)


def _candidate_filter(new: Record) -> Q:
    conditions = [
        Q(**{attr: getattr(new, attr)}) for attr, _ in EXACT_KEYS if getattr(new, attr)
    ]
    if new.birth_date:
        conditions.append(Q(birth_date=new.birth_date))
    return Q(*conditions, join_type="OR") if conditions else Q(id=-1)


def _candidate(new: Record, other: Record) -> Candidate:
    evidence = compare(new, other)
    return Candidate(other.id, combine(evidence), sorted(evidence))


async def load_records(actor: Actor, batch: int = LOAD_BATCH) -> list[Record]:
    """The duplicate-detection view of every active customer in scope, by id."""
    _require_read(actor)
    records: list[Record] = []
    last = 0
    while (
        rows := await _scoped(actor)
        .filter(id__gt=last)
        .order_by("id")
        .limit(batch)
        .values_list(*RECORD_FIELDS)
    ):
        records.extend(Record(*row) for row in rows)
        last = rows[-1][0]
    return records


async def scan_duplicates(actor: Actor, **options) -> list[Pair]:
    """All likely duplicate pairs among the customers the actor can see."""
    return duplicate_pairs(await load_records(actor), **options)


async def pairs_to_review(actor: Actor) -> list[Pair]:
    """The pairs staff who may merge are asked to review, best first.

    Each call scans every customer in scope; the result is not cached, because
    a merge changes it at once.
    """
    _require_write(actor)
    return await scan_duplicates(actor)


# ---------------------------------------------------------------- merge

# Fields the survivor takes from the other customer when its own is empty.
FILLABLE = (
    "family_name", "given_name", "name_latin", "birth_date", "occupation",
    "employer", "education", "mobile_phone", "email", "address", "annual_income",
    "assets", "liabilities", "relationship_manager",
)  # fmt: skip
UNKNOWN_IS_EMPTY = {"gender": Gender.UNKNOWN, "marital_status": MaritalStatus.UNKNOWN}
SEARCH_KEY_SOURCES = ("full_name", "name_latin", "id_number", "mobile_phone", "email")
# Fields staff may choose to take from the other customer although the survivor
# has a value.
CHOOSABLE = frozenset({*FILLABLE, *UNKNOWN_IS_EMPTY, "full_name", "id_number"})
MERGE_SAVED_FIELDS = (
    *FILLABLE, *UNKNOWN_IS_EMPTY, "full_name", "id_type", "id_number", "tags",
    "custom_attributes", "name_key", "name_sound", "id_number_index", "mobile_phone_index",
    "email_index", "archived_at", "version",
)  # fmt: skip


def _require_write(actor: Actor) -> None:
    if not (actor.can("customer.write") or actor.can("*")):
        raise PermissionDenied("customer.write")


async def merge_customers(
    actor: Actor,
    survivor_id: int,
    other_id: int,
    *,
    survivor_version: int,
    other_version: int,
    take_from_other: Iterable[str] = (),
) -> Customer:
    """Merge ``other`` into ``survivor``, in one transaction.

    Every row that refers to ``other`` moves to the survivor: accounts,
    transactions, KYC documents, consent records, relationships (see the
    ``move_to`` of each; a relation between the two is ended and kept as it
    was), and every other table with a foreign key to Customer
    (complaints and their events, interactions, survey invitations and answers,
    credit assessments, transaction alerts, segment stays, recommendations, and
    any table added later), found from the model metadata. What both hold would
    be held twice: a relation of one kind to the same customer ends on the
    other's side, a KYC document of one type and number in force is kept once
    (the verified, else the survivor's) and the other retired, both named by ID
    in the event (``relations_combined``, ``kyc_documents_combined``); relations
    that would contradict each other (two different spouses, parent and child
    both ways, spouse and parent) refuse the merge (``SPOUSE_CONFLICT``,
    ``RELATION_CONFLICT`` on ``other_id``) and change nothing. The other's open
    segment stays are closed as of the merge before they move. Its derived
    analytics rows that cannot simply move (features and value, held once per
    customer, and undecided offers: ``DROPPED_ON_MERGE``) are deleted instead
    and left to the next analytics refresh, which recomputes the survivor's.
    Its empty fields take the other's values, and so do the
    fields named in ``take_from_other`` (the value staff chose to keep), the
    survivor's replaced values kept in the provenance entry (personal ones
    sealed); ``custom_attributes["merged_from"]`` records what came from whom;
    the other customer is archived. A stale version changes nothing. Choosing a
    gated field (``customers.GATED_FIELDS``) takes the permission to read it.
    Personal values moved to the survivor are re-sealed under its customer number
    (the row identity is the ciphertext's associated data). Both changes are
    audited in the same transaction.
    """
    _require_write(actor)
    if survivor_id == other_id:
        raise ValidationFailed.one("other_id", "SAME_CUSTOMER", "Choose two customers")
    chosen = _choosable(take_from_other)
    # Choosing the other's value writes it: a gated field takes the permission to
    # read it, as an edit does. (Imported here: customers imports this module.)
    from cims.domain.customers import require_writable

    require_writable(actor, chosen)
    async with in_transaction() as conn:
        survivor = await _active(actor, survivor_id, survivor_version, conn)
        other = await _active(actor, other_id, other_version, conn)
        if survivor.kind != other.kind:
            message = "An individual cannot be merged with a corporate customer"
            raise ValidationFailed.one("other_id", "KIND_MISMATCH", message)
        moves = await _move_records(actor, other.id, survivor.id, conn)
        _open_in_place(survivor)
        _open_in_place(other)
        replaced = _replaced(survivor, other, chosen)
        filled = _fill_from(survivor, other, chosen)
        _record_provenance(survivor, other, filled, actor)
        _keep_replaced(survivor, replaced)
        _archive_merged(other, survivor)
        for customer in (survivor, other):
            _seal_in_place(customer)
            await _save_versioned(customer, conn)
        details = {
            "merged_from": other.id,
            **moves,
            "taken_from_merged": sorted(filled),
            "replaced": sorted(replaced),
        }
        await audit.record_many(
            actor,
            "customer.merge",
            [
                ("Customer", survivor.id, [*filled, "custom_attributes"], details),
                (
                    "Customer",
                    other.id,
                    ["archived_at", "custom_attributes"],
                    {"merged_into": survivor.id},
                ),
                *_retired_entries(moves, survivor.id),
            ],
            conn=conn,
        )
    log.info("customers merged", extra={"survivor": survivor.id, "other": other.id})
    return survivor


async def _active(actor: Actor, customer_id: int, version: int, conn) -> Customer:
    customer = await _scoped(actor).using_db(conn).get_or_none(id=customer_id)
    if customer is None:
        raise NotFound("Customer")
    if customer.version != version:
        raise Conflict("Customer", customer.version)
    return customer


def _open_in_place(customer: Customer) -> None:
    for name, value in crypto.open_fields(customer).items():
        setattr(customer, name, value)


def _seal_in_place(customer: Customer) -> None:
    for name in crypto.PERSONAL_FIELDS:
        setattr(
            customer, name, crypto.seal(getattr(customer, name), customer.customer_no)
        )


def _choosable(names: Iterable[str]) -> frozenset[str]:
    chosen = frozenset(names)
    if unknown := sorted(chosen - CHOOSABLE):
        raise ValidationFailed.one(
            "take_from_other", "UNKNOWN_FIELD", f"Not a field to choose: {unknown[0]}"
        )
    return chosen


# Derived rows of the merged-away customer that are deleted rather than moved,
# by model and the filter of what goes: features and value are held once per
# customer, and undecided offers would double the survivor's; the next
# analytics refresh computes the survivor's anew (the merge saves the survivor,
# so an incremental refresh picks it up). Offers accepted or declined move: they
# record what the customer decided.
DROPPED_ON_MERGE: dict[type[Model], dict] = {
    CustomerFeatures: {},
    CustomerValue: {},
    Recommendation: {"status": RecommendationStatus.OFFERED},
}


def customer_references() -> list[tuple[type[Model], str]]:
    """Every (model, column) that refers to a Customer, from the model metadata."""
    references = []
    for model in Tortoise.apps["models"].values():
        for name in (*model._meta.fk_fields, *model._meta.o2o_fields):
            if model._meta.fields_map[name].related_model is Customer:
                references.append((model, model._meta.fields_map[name].source_field))
    return sorted(references, key=lambda r: (r[0].__name__, r[1]))


# Row IDs a merge's audit event names per list; the rest are counted as left out.
# A customer with thousands of transactions would otherwise write them all into one
# event, which every read of the trail and every check of its chain then carries.
AUDIT_IDS_SHOWN = 100


def _listed(ids: list) -> dict:
    shown = sorted(ids)[:AUDIT_IDS_SHOWN]
    listed = {"count": len(ids), "ids": shown}
    if len(ids) > len(shown):
        listed["left_out"] = len(ids) - len(shown)
    return listed


def _capped(name: str, ids: list) -> dict:
    """``{name: the first IDs}``, and ``{name}_left_out`` when some were cut."""
    shown = sorted(ids)[:AUDIT_IDS_SHOWN]
    left_out = len(ids) - len(shown)
    return {name: shown, **({f"{name}_left_out": left_out} if left_out else {})}


async def _ids(query, conn) -> list:
    key = query.model._meta.pk_attr
    return list(await query.using_db(conn).values_list(key, flat=True))


async def _referring(other_id: int, survivor_id: int, conn) -> tuple[dict, list]:
    """Before anything moves: the other's rows by table (those DROPPED_ON_MERGE
    left out), and the relations between the two, which are ended instead."""
    by_table: dict[str, set] = {}
    for model, column in customer_references():
        query = model.filter(**{column: other_id})
        if model is CustomerRelation:
            query = query.exclude(**{_other_side(column): survivor_id})
        if model in DROPPED_ON_MERGE:
            if not DROPPED_ON_MERGE[model]:  # all of them go
                continue
            query = query.exclude(**DROPPED_ON_MERGE[model])
        ids = await _ids(query, conn)
        if ids:
            by_table.setdefault(model._meta.db_table, set()).update(ids)
    between = Q(source_id=other_id, target_id=survivor_id) | Q(
        source_id=survivor_id, target_id=other_id
    )
    ended = await _ids(CustomerRelation.filter(between, ended_at__isnull=True), conn)
    moved = {table: _listed(list(ids)) for table, ids in sorted(by_table.items())}
    return moved, ended


def _other_side(column: str) -> str:
    return {"source_id": "target_id", "target_id": "source_id"}[column]


def _combined(name: str, pairs: list[tuple[int, int]]) -> dict:
    """``{name: {"count", "pairs": [[kept, ended], ...]}}`` (at most
    ``AUDIT_IDS_SHOWN`` pairs, the rest counted), or nothing when none."""
    if not pairs:
        return {}
    shown = sorted(pairs)[:AUDIT_IDS_SHOWN]
    listed = {"count": len(pairs), "pairs": [list(pair) for pair in shown]}
    if len(pairs) > len(shown):
        listed["left_out"] = len(pairs) - len(shown)
    return {name: listed}


def _retired_entries(moves: dict, survivor_id: int) -> list[audit.Entry]:
    """One event per KYC document a merge retired as held twice."""
    pairs = moves.get("kyc_documents_combined", {}).get("pairs", [])
    return [
        audit.Entry(
            "KycDocument",
            retired,
            ["status", "retired_by", "retired_at", "retired_reason"],
            {"kept": kept},
            survivor_id,
        )
        for kept, retired in pairs
    ]


async def _move_records(actor: Actor, other_id: int, survivor_id: int, conn) -> dict:
    """Move the other's rows to the survivor; returns what moved, what was
    deleted to be rebuilt, what was ended, and what the two held twice and was
    combined, by table and row ID (for the audit event: identifiers only).

    First what would be held twice: a relation both hold (same kind and side,
    same customer) is ended on the other's side, a KYC document both hold in
    force (same type and number) is retired but once; relations that would
    contradict each other refuse the merge (``relationships.combine_on_merge``)."""
    from cims.domain import consent, kyc, relationships

    now = dt.datetime.now(dt.UTC)
    relations_combined = await relationships.combine_on_merge(
        other_id, survivor_id, conn, now
    )
    documents_combined = await kyc.combine_on_merge(
        actor, other_id, survivor_id, conn, now
    )
    moved, ended = await _referring(other_id, survivor_id, conn)
    deleted = {}
    for model, condition in DROPPED_ON_MERGE.items():
        ids = await _ids(model.filter(customer_id=other_id, **condition), conn)
        if ids:
            deleted[model._meta.db_table] = _listed(ids)
    closed = await _ids(
        SegmentMembership.filter(customer_id=other_id, until=None), conn
    )
    await kyc.move_to(other_id, survivor_id, conn)
    await consent.move_to(other_id, survivor_id, conn)
    await relationships.move_to(other_id, survivor_id, conn)
    for model, dropped in DROPPED_ON_MERGE.items():
        await model.filter(customer_id=other_id, **dropped).using_db(conn).delete()
    await (
        SegmentMembership.filter(customer_id=other_id, until=None)
        .using_db(conn)
        .update(until=now)
    )
    # Everything else moves as it is. A relation between the two merged
    # customers stays as relationships.move_to ended it: moved, it would relate
    # the survivor to itself.
    for model, column in customer_references():
        if model is CustomerRelation:
            continue
        await (
            model.filter(**{column: other_id})
            .using_db(conn)
            .update(**{column: survivor_id})
        )
    return {
        "moved": moved,
        "deleted_to_rebuild": deleted,
        **_capped("relations_ended", ended),
        **_capped("segment_stays_closed", closed),
        **_combined("relations_combined", relations_combined),
        **_combined("kyc_documents_combined", documents_combined),
    }


def _takes(survivor: Customer, other: Customer, name: str, chosen) -> bool:
    """The survivor takes the other's value: its own is empty, or staff chose it."""
    mine, theirs = getattr(survivor, name), getattr(other, name)
    if _is_empty(theirs) or theirs == UNKNOWN_IS_EMPTY.get(name) or mine == theirs:
        return False
    return name in chosen or _is_empty(mine) or mine == UNKNOWN_IS_EMPTY.get(name)


def _replaced(survivor: Customer, other: Customer, chosen) -> dict:
    """The survivor's own values that a choice of the other's will replace."""
    replaced = {
        name: getattr(survivor, name)
        for name in sorted(chosen)
        if _takes(survivor, other, name, chosen)
        and not _is_empty(getattr(survivor, name))
        and getattr(survivor, name) != UNKNOWN_IS_EMPTY.get(name)
    }
    if "id_number" in replaced:
        replaced["id_type"] = survivor.id_type
    return replaced


def _keep_replaced(survivor: Customer, replaced: dict) -> None:
    # Nothing is lost: a replaced value stays in the provenance entry, personal
    # values sealed under the survivor's number like the columns they came from.
    if not replaced:
        return
    kept = {
        name: crypto.seal(value, survivor.customer_no)
        if name in crypto.PERSONAL_FIELDS
        else str(value)
        for name, value in replaced.items()
    }
    survivor.custom_attributes["merged_from"][-1]["replaced"] = kept


def _fill_from(survivor: Customer, other: Customer, chosen=frozenset()) -> list[str]:
    filled = [
        name
        for name in (*FILLABLE, *UNKNOWN_IS_EMPTY, "full_name")
        if _takes(survivor, other, name, chosen)
    ]
    if _takes(survivor, other, "id_number", chosen):
        filled += ["id_type", "id_number"]
    for name in filled:
        setattr(survivor, name, getattr(other, name))
    new_tags = [tag for tag in other.tags if tag not in survivor.tags]
    if new_tags:
        survivor.tags = [*survivor.tags, *new_tags]
        filled.append("tags")
    _refresh_keys(survivor)
    return filled


def _is_empty(value) -> bool:
    return value is None or value == ""


def _refresh_keys(customer: Customer) -> None:
    values = {name: getattr(customer, name) for name in SEARCH_KEY_SOURCES}
    for name, value in search_keys(values).items():
        setattr(customer, name, value)


def _record_provenance(survivor, other, filled: list[str], actor: Actor) -> None:
    entry = {
        "customer_id": other.id,
        "customer_no": other.customer_no,
        "fields": filled,
        "by": actor.subject,
        "at": dt.datetime.now(dt.UTC).isoformat(),
    }
    attributes = dict(survivor.custom_attributes)
    attributes["merged_from"] = [*attributes.get("merged_from", []), entry]
    for key, value in other.custom_attributes.items():
        attributes.setdefault(key, value)
    survivor.custom_attributes = attributes


def _archive_merged(other: Customer, survivor: Customer) -> None:
    other.archived_at = dt.datetime.now(dt.UTC)
    other.custom_attributes = {**other.custom_attributes, "merged_into": survivor.id}


async def _save_versioned(customer: Customer, conn) -> None:
    # Optimistic concurrency: the update applies only to the version read above.
    expected = customer.version
    customer.version = expected + 1
    changes = {name: getattr(customer, name) for name in MERGE_SAVED_FIELDS}
    changes["updated_at"] = dt.datetime.now(dt.UTC)
    updated = (
        await Customer.filter(id=customer.id, version=expected)
        .using_db(conn)
        .update(**changes)
    )
    if updated != 1:
        current = await Customer.get(id=customer.id).using_db(conn)
        raise Conflict("Customer", current.version)
