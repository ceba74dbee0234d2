"""The bank's business calendar: which days count towards a service deadline.

A deadline of N business days ends at midnight, bank time, after the N-th business
day that follows the day of receipt: the day a complaint arrives does not count, as
is usual for regulatory deadlines, so a complaint filed on Friday at 17:00 and one
filed on Saturday both have "one business day" run out at the end of Monday.

Business days are Monday to Friday, less the configured holidays, plus the configured
make-up working days (调休: the weekend days China works to bridge a holiday).

Configured from the environment:

- ``CIMS_TIMEZONE``: an IANA zone name, ``Asia/Shanghai`` by default;
- ``CIMS_HOLIDAYS``: ISO dates, comma-separated (``2027-01-01,2027-02-16``);
- ``CIMS_WORKDAYS``: make-up working days, the same way.

No public-holiday table ships with the product: the official calendar is published
year by year, so the bank configures it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import cached_property
from zoneinfo import ZoneInfo

DEFAULT_TIMEZONE = "Asia/Shanghai"
SATURDAY = 5


def utc(moment: datetime | None = None) -> datetime:
    """``moment`` (by default, now) in UTC.

    Times are stored in UTC, and SQLite compares them as text: a time in another zone
    used in a query filter would compare wrongly there. So every time the domain
    receives goes through this first.
    """
    if moment is None:
        return datetime.now(UTC)
    if moment.tzinfo is None:
        raise ValueError("a time without a zone is ambiguous")
    return moment.astimezone(UTC)


def parse_dates(text: str) -> frozenset[date]:
    """``"2027-01-01, 2027-02-16"`` -> the set of those dates; blank -> empty."""
    return frozenset(
        date.fromisoformat(part.strip()) for part in text.split(",") if part.strip()
    )


@dataclass(frozen=True)
class BusinessCalendar:
    timezone: str = DEFAULT_TIMEZONE
    holidays: frozenset[date] = field(default_factory=frozenset)
    workdays: frozenset[date] = field(default_factory=frozenset)

    @classmethod
    def from_env(cls) -> BusinessCalendar:
        return cls(
            timezone=os.environ.get("CIMS_TIMEZONE", DEFAULT_TIMEZONE),
            holidays=parse_dates(os.environ.get("CIMS_HOLIDAYS", "")),
            workdays=parse_dates(os.environ.get("CIMS_WORKDAYS", "")),
        )

    @cached_property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def local_date(self, moment: datetime) -> date:
        """The bank's calendar day at ``moment`` (an aware datetime)."""
        return moment.astimezone(self.zone).date()

    def start_of(self, day: date) -> datetime:
        """Midnight at the start of ``day`` in the bank's zone, as UTC."""
        return datetime.combine(day, time(0), tzinfo=self.zone).astimezone(UTC)

    def is_business_day(self, day: date) -> bool:
        if day in self.workdays:
            return True
        return day.weekday() < SATURDAY and day not in self.holidays

    def next_business_day(self, day: date) -> date:
        """The first business day strictly after ``day``."""
        day += timedelta(days=1)
        while not self.is_business_day(day):
            day += timedelta(days=1)
        return day

    def deadline(self, received: datetime, business_days: int) -> datetime:
        """When ``business_days`` business days after ``received`` run out (UTC)."""
        day = self.local_date(received)
        for _ in range(business_days):
            day = self.next_business_day(day)
        return self.start_of(day + timedelta(days=1))


_current: BusinessCalendar | None = None


def bank_calendar() -> BusinessCalendar:
    """The calendar in force: the environment's unless one was set with ``use``."""
    global _current
    if _current is None:
        _current = BusinessCalendar.from_env()
    return _current


def use(calendar: BusinessCalendar | None) -> None:
    """Use ``calendar`` from now on; ``None`` goes back to the environment's."""
    global _current
    _current = calendar
