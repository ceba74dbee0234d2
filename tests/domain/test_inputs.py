from datetime import UTC, datetime, timedelta

import pytest

from cims.domain.errors import FieldProblem, ValidationFailed
from cims.domain.inputs import (
    enum_value,
    raise_problems,
    staff_problem,
    text_problem,
    time_problem,
)
from cims.models import ServiceChannel

NOW = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)


def test_text_must_be_present_and_short_enough():
    assert text_problem("ok", "summary", 2) is None
    assert text_problem("  ", "summary", 2).code == "REQUIRED"
    assert text_problem(None, "summary", 2).code == "REQUIRED"
    assert text_problem("abc", "summary", 2).code == "TOO_LONG"


def test_a_time_must_have_a_zone_and_not_lie_ahead_beyond_clock_skew():
    assert time_problem(NOW + timedelta(minutes=4), "occurredAt", NOW) is None
    assert time_problem(NOW + timedelta(minutes=6), "occurredAt", NOW).code == "INVALID"
    assert time_problem(datetime(2026, 12, 4), "occurredAt", NOW).code == "NO_OFFSET"


def test_an_enum_value_or_the_problem_with_it():
    assert enum_value(ServiceChannel, "wechat", "channel") is ServiceChannel.WECHAT
    problem = enum_value(ServiceChannel, "fax", "channel")
    assert (problem.field, problem.code) == ("channel", "INVALID")


def test_a_staff_id_is_one_to_sixty_four_characters():
    assert staff_problem(None, "assignee") is None
    assert staff_problem("agent01", "assignee") is None
    assert staff_problem(" ", "assignee").code == "INVALID"
    assert staff_problem("a" * 65, "assignee").code == "INVALID"


def test_raise_problems_gathers_every_problem_and_lets_values_pass():
    first = FieldProblem("a", "required", "Must not be blank")
    second = FieldProblem("b", "invalid", "No")

    raise_problems([None, ServiceChannel.PHONE])
    with pytest.raises(ValidationFailed) as caught:
        raise_problems([first, None, ServiceChannel.PHONE, second])

    assert caught.value.problems == [first, second]
