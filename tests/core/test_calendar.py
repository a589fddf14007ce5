from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.calendar import Exception_, WorkCalendar, format_intervals, parse_intervals
from app.core.errors import UserError

CAL = WorkCalendar()


def test_adding_working_minutes_skips_lunch_nights_and_weekends():
    fri = datetime(2026, 11, 20, 8, 0)
    assert CAL.add_working_minutes(fri, 240) == datetime(2026, 11, 20, 12, 0)
    assert CAL.add_working_minutes(fri, 241) == datetime(2026, 11, 20, 13, 1)
    assert CAL.add_working_minutes(fri, 480) == datetime(2026, 11, 20, 17, 0)
    assert CAL.add_working_minutes(fri, 481) == datetime(2026, 11, 23, 8, 1)
    assert CAL.add_working_minutes(datetime(2026, 11, 20, 17, 0), 0) == \
        datetime(2026, 11, 23, 8, 0)
    assert CAL.add_working_minutes(datetime(2026, 11, 23, 8, 0), -60) == \
        datetime(2026, 11, 20, 16, 0)


def test_exceptions_replace_the_day():
    holiday = Exception_(date(2026, 10, 1), "National Day")
    makeup = Exception_(date(2026, 10, 10), "Make-up", ((480, 720), (780, 1020)))
    cal = WorkCalendar(exceptions={holiday.day: holiday, makeup.day: makeup})
    assert not cal.is_working_day(date(2026, 10, 1))
    assert cal.is_working_day(date(2026, 10, 10))  # a Saturday
    assert cal.minutes_on(date(2026, 10, 10)) == 480


@given(st.integers(0, 60 * 480), st.integers(0, 200))
def test_add_then_measure_round_trips(minutes, day_offset):
    start = datetime(2026, 1, 5, 8, 0)
    start = CAL.add_working_minutes(start, day_offset * 37)
    finish = CAL.add_working_minutes(start, minutes)
    assert CAL.working_minutes_between(start, finish) == minutes
    assert CAL.add_working_minutes(finish, -minutes) <= start or minutes == 0


def test_parse_and_format_hours():
    assert parse_intervals("08:00-12:00, 13:00\u201317:00") == ((480, 720), (780, 1020))
    assert parse_intervals("") == ()
    assert format_intervals(((480, 720),)) == "08:00\u201312:00"
    for bad in ("8-", "13:00-12:00", "08:00-12:00, 11:00-14:00", "25:00-26:00", "aa-bb"):
        with pytest.raises(UserError):
            parse_intervals(bad)


def test_a_week_without_working_time_is_refused():
    with pytest.raises(UserError) as err:
        WorkCalendar("Empty", ((),) * 7).add_working_minutes(datetime(2026, 1, 1), 10)
    assert "Empty" in err.value.message()


def test_positions_hold_across_decades_in_both_directions():
    cal = WorkCalendar()
    middle = datetime(2026, 3, 2, 8, 0)
    assert cal.working_minutes_between(middle, cal.add_working_minutes(middle, 480 * 5)) == 2400
    for years in (3, 10, 25):  # each reach grows the window again, backwards then forwards
        for sign in (-1, 1):
            far = middle.replace(year=middle.year + sign * years)
            far = cal.add_working_minutes(far, 0)
            there = cal.add_working_minutes(far, 480)
            assert there == far.replace(hour=17)
            assert cal.working_minutes_between(far, there) == 480
            assert cal.add_working_minutes(there, -480) == far
