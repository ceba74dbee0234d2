from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from cims.domain.calendar import BusinessCalendar, parse_dates

SHANGHAI = ZoneInfo("Asia/Shanghai")
FRIDAY_5PM_SHANGHAI = datetime(2026, 12, 4, 17, 0, tzinfo=SHANGHAI)


def test_one_business_day_from_friday_evening_runs_to_the_end_of_monday():
    calendar = BusinessCalendar()

    due = calendar.deadline(FRIDAY_5PM_SHANGHAI, 1)

    assert due == datetime(2026, 12, 8, 0, 0, tzinfo=SHANGHAI)
    assert due == datetime(2026, 12, 7, 16, 0, tzinfo=UTC)


def test_fifteen_business_days_from_friday_skip_three_weekends():
    calendar = BusinessCalendar()

    due = calendar.deadline(FRIDAY_5PM_SHANGHAI, 15)

    assert due == datetime(2026, 12, 26, 0, 0, tzinfo=SHANGHAI)


def test_a_complaint_on_saturday_counts_from_monday():
    calendar = BusinessCalendar()
    saturday = datetime(2026, 12, 5, 10, 0, tzinfo=SHANGHAI)

    assert calendar.deadline(saturday, 1) == datetime(2026, 12, 8, tzinfo=SHANGHAI)


def test_a_holiday_on_monday_moves_the_deadline_to_tuesday():
    calendar = BusinessCalendar(holidays=frozenset({date(2026, 12, 7)}))

    assert calendar.deadline(FRIDAY_5PM_SHANGHAI, 1) == datetime(
        2026, 12, 9, tzinfo=SHANGHAI
    )


def test_holidays_extend_a_long_deadline_day_for_day():
    holidays = frozenset({date(2026, 12, 25), date(2027, 1, 1)})
    calendar = BusinessCalendar(holidays=holidays)

    due = calendar.deadline(datetime(2026, 12, 18, 9, 0, tzinfo=SHANGHAI), 10)

    assert due == datetime(2027, 1, 6, tzinfo=SHANGHAI)


def test_a_make_up_working_saturday_counts_as_a_business_day():
    calendar = BusinessCalendar(workdays=frozenset({date(2026, 12, 5)}))

    assert calendar.deadline(FRIDAY_5PM_SHANGHAI, 1) == datetime(
        2026, 12, 6, tzinfo=SHANGHAI
    )


def test_the_day_is_the_banks_day_not_utcs():
    calendar = BusinessCalendar()
    # Friday 23:30 UTC is already Saturday 07:30 in Shanghai.
    friday_night_utc = datetime(2026, 12, 4, 23, 30, tzinfo=UTC)

    assert calendar.local_date(friday_night_utc) == date(2026, 12, 5)
    assert calendar.deadline(friday_night_utc, 1) == datetime(
        2026, 12, 8, tzinfo=SHANGHAI
    )


def test_a_sunday_in_utc_can_be_monday_at_the_bank():
    calendar = BusinessCalendar()
    # Sunday 17:00 UTC is Monday 01:00 in Shanghai: Monday does not count.
    sunday_utc = datetime(2026, 12, 6, 17, 0, tzinfo=UTC)

    assert calendar.deadline(sunday_utc, 1) == datetime(2026, 12, 9, tzinfo=SHANGHAI)


def test_another_time_zone_counts_its_own_days():
    calendar = BusinessCalendar(timezone="America/New_York")

    due = calendar.deadline(FRIDAY_5PM_SHANGHAI, 1)

    # Friday 17:00 in Shanghai is Friday 04:00 in New York: the deadline is the end of
    # Monday there, 05:00 UTC on Tuesday in winter.
    assert due == datetime(2026, 12, 8, 5, 0, tzinfo=UTC)


def test_zero_business_days_is_the_end_of_the_day_received():
    calendar = BusinessCalendar()

    assert calendar.deadline(FRIDAY_5PM_SHANGHAI, 0) == datetime(
        2026, 12, 5, tzinfo=SHANGHAI
    )


def test_calendar_from_the_environment(monkeypatch):
    monkeypatch.setenv("CIMS_TIMEZONE", "Asia/Hong_Kong")
    monkeypatch.setenv("CIMS_HOLIDAYS", "2027-01-01, 2027-02-16")
    monkeypatch.setenv("CIMS_WORKDAYS", "2027-02-20")

    calendar = BusinessCalendar.from_env()

    assert calendar.timezone == "Asia/Hong_Kong"
    assert calendar.holidays == {date(2027, 1, 1), date(2027, 2, 16)}
    assert calendar.is_business_day(date(2027, 2, 20))
    assert not calendar.is_business_day(date(2027, 1, 1))


def test_parse_dates_ignores_blanks():
    assert parse_dates(" , 2027-01-01,,") == {date(2027, 1, 1)}
    assert parse_dates("") == frozenset()
