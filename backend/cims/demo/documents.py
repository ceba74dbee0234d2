"""Demo KYC documents: each demo customer's own resident ID card, as their KYC status
says, so that the KYC screens have something to show.

``seed_documents(seed)`` gives every demo customer (the seeded data sets' customer
numbers, imported, individual, resident ID on file, not erased) who has no KYC
document yet one document: their resident ID card, under the customer's own ID
number, sealed and indexed as :mod:`cims.domain.kyc` seals a document's number.

- KYC status EXPIRED: a card that expired within the two years before ``today``,
  verified when it was recorded and still in force, so it lists as expired.
- KYC status VERIFIED: a verified card still valid; ``EXPIRING_SHARE`` of them expire
  within ``SOON_DAYS`` days of ``today``, and some holders of 46 and over hold a
  long-term card (no expiry), as the law issues them.
- Other states: no document (the data sets have none).

Validity follows the resident ID law: 5 years under 16, 10 years to 25, 20 years to
45, long-term from 46. Dates count from ``today`` (the day the seed runs, unless
given), and no verification is later than the moment the seed runs; the rest depends
on the seed and the customer number alone. Customers with a
document are skipped, so running it twice adds nothing. Writes go in bulk, one
transaction per chunk, and are not audited, like the rest of the demo seed.
"""

from __future__ import annotations

import logging
import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from tortoise.expressions import Q, Subquery
from tortoise.transactions import in_transaction

from cims.demo.datasets import DATASETS
from cims.demo.identities import age_on, years_before
from cims.domain import crypto
from cims.domain.keys import index_key
from cims.domain.normalize import blind_index, normalize_id_number
from cims.models import Customer, KycDocument
from cims.models.enums import CustomerKind, IdType, KycStatus, Source
from cims.models.records import DocumentStatus, DocumentType

log = logging.getLogger(__name__)

DEMO_ACTOR = "demo"
EXPIRING_SHARE = 0.02  # of VERIFIED customers: a card expiring within SOON_DAYS
SOON_DAYS = 90
EXPIRED_WITHIN_DAYS = 730
LONG_TERM_SHARE = 0.5  # of VERIFIED holders of 46 and over
CHUNK = 1000
_NUMBER_LENGTH = len("C1000000001")


@dataclass(frozen=True)
class PlannedDocument:
    ref: str
    issued_on: date
    expires_on: date | None
    verified_at: datetime


def validity_years(age: int) -> int | None:
    """How long a resident ID card issued at ``age`` is valid; None: long-term."""
    if age < 16:
        return 5
    if age <= 25:
        return 10
    if age <= 45:
        return 20
    return None


def plan_document(
    seed: int,
    customer_no: str,
    kyc_status: str,
    birth_date: date | None,
    today: date,
    now: datetime | None = None,
) -> PlannedDocument | None:
    """The card of one customer, or None for a KYC state that has no document.

    A card checked on ``today`` is checked by ``now`` at the latest: the demo
    never records a verification later than the moment it runs."""
    status = KycStatus(kyc_status)
    if status not in (KycStatus.EXPIRED, KycStatus.VERIFIED):
        return None
    rng = random.Random(f"cims-demo:{seed}:kyc:{customer_no}")
    ref = f"{rng.getrandbits(128):032x}"
    born = birth_date or years_before(today, 40)
    if status is KycStatus.EXPIRED:
        expires = today - timedelta(days=rng.randint(1, EXPIRED_WITHIN_DAYS))
    elif rng.random() < EXPIRING_SHARE:
        expires = today + timedelta(days=rng.randint(1, SOON_DAYS))
    else:
        expires = None
    issued, expires = _dates(rng, born, today, expires)
    checked = issued + timedelta(days=rng.randint(0, min(90, (today - issued).days)))
    verified_at = datetime.combine(checked, time(9 + rng.randint(0, 7)), tzinfo=UTC)
    if now is not None and verified_at > now:
        verified_at = now.astimezone(UTC)
    return PlannedDocument(ref, issued, expires, verified_at)


def _dates(
    rng: random.Random, born: date, today: date, expires: date | None
) -> tuple[date, date | None]:
    """Issue and expiry dates that agree with the holder's age at issue."""
    if expires is not None:
        # A card that runs out (soon or already): issued 5, 10 or 20 years before.
        for years in (20, 10, 5):
            issued = years_before(expires, years)
            if validity_years(age_on(born, issued)) == years and issued <= today:
                return issued, expires
        return years_before(expires, 10), expires
    age = age_on(born, today)
    if age >= 46 and rng.random() < LONG_TERM_SHARE:
        issued = years_before(today, rng.randint(0, age - 46))
        return issued, None
    # Issued at most its validity ago, but no more than SOON_DAYS from running out.
    years = validity_years(max(age - 1, 0)) or 20
    latest_start = today
    earliest_start = years_before(today + timedelta(days=SOON_DAYS + 1), years)
    span = max((latest_start - earliest_start).days, 0)
    issued = earliest_start + timedelta(days=rng.randint(0, span))
    return issued, years_before(issued, -years)


def _demo_numbers() -> Q:
    return Q(
        *(Q(customer_no__startswith=f"C{d.code}") for d in DATASETS), join_type="OR"
    )


def _candidates(after_id: int):
    has_document = KycDocument.all().values("customer_id")
    return (
        Customer.filter(
            _demo_numbers(),
            id__gt=after_id,
            source=Source.IMPORT,
            kind=CustomerKind.INDIVIDUAL,
            id_type=IdType.RESIDENT_ID,
            id_number__isnull=False,
            erased_at__isnull=True,
            kyc_status__in=[KycStatus.EXPIRED, KycStatus.VERIFIED],
        )
        .exclude(id__in=Subquery(has_document))
        .order_by("id")
        .limit(CHUNK)
    )


async def seed_documents(
    seed: int, *, today: date | None = None, now: datetime | None = None
) -> dict[str, int]:
    """Give each demo customer without a KYC document theirs; returns counts. No
    verification is later than ``now`` (by default, the moment it runs)."""
    now = now or datetime.now(UTC)
    today = today or now.date()
    key, ring = index_key(), crypto.keyring()
    counts = {"documents": 0, "expired": 0, "expiring": 0}
    after_id = 0
    while rows := await _candidates(after_id).values(
        "id", "customer_no", "id_number", "kyc_status", "birth_date"
    ):
        after_id = rows[-1]["id"]
        documents = []
        for row in rows:
            if len(row["customer_no"]) != _NUMBER_LENGTH:
                continue
            planned = plan_document(
                seed,
                row["customer_no"],
                row["kyc_status"],
                row["birth_date"],
                today,
                now,
            )
            if planned is None:
                continue
            clear = crypto.unseal(row["id_number"], row["customer_no"], ring)
            documents.append(_document(row["id"], clear, planned, key, ring))
            _count(counts, planned, today)
        async with in_transaction() as conn:
            await KycDocument.bulk_create(documents, batch_size=500, using_db=conn)
    log.info("demo KYC documents seeded", extra=counts)
    return counts


def _document(
    customer_id: int, clear: str, planned: PlannedDocument, key: bytes, ring
) -> KycDocument:
    number = normalize_id_number(clear)
    return KycDocument(
        ref=planned.ref,
        customer_id=customer_id,
        doc_type=DocumentType.RESIDENT_ID,
        number=crypto.seal(number, f"KycDocument:{planned.ref}", ring),
        number_index=blind_index("id_number", number, key),
        issuing_country="CN",
        issued_on=planned.issued_on,
        expires_on=planned.expires_on,
        status=DocumentStatus.VERIFIED,
        verified_by=DEMO_ACTOR,
        verified_at=planned.verified_at,
        created_by=DEMO_ACTOR,
        created_at=planned.verified_at,
    )


def _count(counts: dict[str, int], planned: PlannedDocument, today: date) -> None:
    counts["documents"] += 1
    if planned.expires_on is None:
        return
    if planned.expires_on < today:
        counts["expired"] += 1
    elif planned.expires_on <= today + timedelta(days=SOON_DAYS):
        counts["expiring"] += 1
