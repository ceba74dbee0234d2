"""Figures for the service dashboard: open complaints, breaches, interactions.

Counted in Python over a few columns: a bank has thousands of open complaints at
most, and the same code then counts alike on SQLite and PostgreSQL. Given a
segment, only its live members' complaints and interactions count, the way the
customer list, the export and the analytics overview take ``segmentId``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta

from tortoise.queryset import QuerySet

from cims.domain.access import require, scoped
from cims.domain.actor import Actor
from cims.domain.calendar import utc
from cims.domain.complaints import OPEN
from cims.domain.customers import SEGMENT_READ
from cims.domain.inputs import raise_problems, zone_problem
from cims.domain.segments import member_ids, require_usable
from cims.models import Complaint, Interaction

# Upper bounds, in days, of the age buckets of open complaints; the last is open.
AGE_BUCKETS = (1, 3, 7, 15)


@dataclass(frozen=True)
class ServiceStatistics:
    open_by_status: dict[str, int]
    open_by_age: dict[str, int]  # "0-1", "1-3", "3-7", "7-15", "15+" days
    received: int  # complaints received in the period
    breached: int  # of those, how many missed a deadline (so far)
    interactions_by_channel: dict[str, int]

    @property
    def breach_rate(self) -> float | None:
        return round(self.breached / self.received, 4) if self.received else None


# The buckets' names from youngest to oldest: the order they are reported in.
AGE_ORDER = tuple(
    f"{lower}-{upper}"
    for lower, upper in zip((0, *AGE_BUCKETS), AGE_BUCKETS, strict=False)
) + (f"{AGE_BUCKETS[-1]}+",)


def age_bucket(age: timedelta) -> str:
    days = age.total_seconds() / 86400
    lower = 0
    for upper in AGE_BUCKETS:
        if days < upper:
            return f"{lower}-{upper}"
        lower = upper
    return f"{lower}+"


async def service_statistics(
    actor: Actor,
    since: datetime,
    until: datetime | None = None,
    segment_id: int | None = None,
) -> ServiceStatistics:
    """Open complaints now, and what was received and logged in [since, until);
    of the segment's live members only, when one is named."""
    require(actor, "complaint.read")
    if segment_id is not None:
        require(actor, SEGMENT_READ)  # membership says what analytics found
        await require_usable(actor, segment_id)
    raise_problems([zone_problem(since, "from"), zone_problem(until, "to")])

    def narrowed(query: QuerySet) -> QuerySet:
        query = scoped(actor, query)
        if segment_id is None:
            return query
        return query.filter(
            customer__archived_at__isnull=True, customer_id__in=member_ids(segment_id)
        )

    now = utc(until)
    open_query = narrowed(Complaint.filter(status__in=list(OPEN)))
    open_rows = await open_query.values_list("status", "received_at")
    period = narrowed(
        Complaint.filter(received_at__gte=utc(since), received_at__lt=now)
    )
    breached = await period.filter(breached_at__isnull=False).count()
    late = await period.filter(breached_at__isnull=True, due_at__lte=now).count()
    channels = await narrowed(
        Interaction.filter(occurred_at__gte=utc(since), occurred_at__lt=now),
    ).values_list("channel", flat=True)
    return ServiceStatistics(
        open_by_status=dict(Counter(str(status) for status, _ in open_rows)),
        open_by_age=_by_age(Counter(age_bucket(now - at) for _, at in open_rows)),
        received=await period.count(),
        breached=breached + late,
        interactions_by_channel=dict(Counter(str(c) for c in channels)),
    )


def _by_age(counts: Counter) -> dict[str, int]:
    """The counts of the buckets that have any, youngest first (not "15+" before
    "3-7", as text would sort them)."""
    return {bucket: counts[bucket] for bucket in AGE_ORDER if counts[bucket]}
