"""Calendars read from MSPDI: recurring exceptions, old-style exceptions, inheritance."""

from __future__ import annotations

import copy
from datetime import date
from pathlib import Path

import pytest

from app.io.mspdi.calendars import read_calendars, resolve
from app.io.mspdi.recurrence import (
    DAILY,
    EVERY_N_DAYS,
    MONTHLY_BY_DAY,
    MONTHLY_BY_POSITION,
    WEEKLY,
    YEARLY_BY_DAY,
    YEARLY_BY_POSITION,
    Rule,
    expand,
)
from app.io.mspdi.xmlfile import children, parse

from .conftest import MSPDI_DIR

RECURRING = MSPDI_DIR / "calendar-recurring-exceptions-project2016-mspdi.xml"


@pytest.fixture
def recurring_root():
    if not RECURRING.exists():
        pytest.skip(f"{RECURRING} is not there")
    return parse(RECURRING)


def test_recurring_exceptions_fall_on_the_days_project_itself_listed(recurring_root):
    """Project writes every exception twice: as a rule (<Exceptions>) and, for older
    readers, as the days it expands to (<WeekDay> DayType 0). Ours must agree."""
    rules = read_calendars(RECURRING.name, recurring_root)[1].exceptions
    days_only = copy.deepcopy(recurring_root)
    for calendar in children(days_only, "Calendars", "Calendar"):
        calendar.remove(calendar.find("Exceptions"))
    listed = read_calendars(RECURRING.name, days_only)[1].exceptions
    assert len(rules) == 140
    assert {d: e.intervals for d, e in rules.items()} == \
        {d: e.intervals for d, e in listed.items()}


def test_recurring_exceptions_keep_their_names_and_hours(recurring_root):
    exceptions = read_calendars(RECURRING.name, recurring_root)[1].exceptions
    daily = sorted(d for d, e in exceptions.items() if e.name == "Daily 2")
    assert daily == [date(2000, 2, 1), date(2000, 2, 4), date(2000, 2, 7), date(2000, 2, 10)]
    working = [e for e in exceptions.values() if e.name == "Recurring Working"]
    assert working and all(e.working for e in working)


@pytest.mark.parametrize(("rule", "expected"), [
    (Rule(DAILY, date(2024, 1, 1), date(2024, 1, 3)),
     [date(2024, 1, 1), date(2024, 1, 2), date(2024, 1, 3)]),
    (Rule(EVERY_N_DAYS, date(2024, 1, 1), None, occurrences=3, period=10),
     [date(2024, 1, 1), date(2024, 1, 11), date(2024, 1, 21)]),
    # Every second week on Monday (bit 2) and Friday (bit 32), weeks from Sunday.
    (Rule(WEEKLY, date(2024, 1, 3), date(2024, 1, 31), period=2, days_of_week=2 | 32),
     [date(2024, 1, 5), date(2024, 1, 15), date(2024, 1, 19), date(2024, 1, 29)]),
    # The 31st of every month, or its last day when shorter.
    (Rule(MONTHLY_BY_DAY, date(2024, 1, 15), None, occurrences=3, month_day=31),
     [date(2024, 1, 31), date(2024, 2, 29), date(2024, 3, 31)]),
    # The last Friday (MonthItem 8) of every third month.
    (Rule(MONTHLY_BY_POSITION, date(2024, 1, 1), date(2024, 12, 31), period=3,
          month_item=8, month_position=4),
     [date(2024, 1, 26), date(2024, 4, 26), date(2024, 7, 26), date(2024, 10, 25)]),
    # The second Monday (MonthItem 4, position 1) of October.
    (Rule(YEARLY_BY_POSITION, date(2024, 1, 1), None, occurrences=2, month_item=4,
          month_position=1, month=9), [date(2024, 10, 14), date(2025, 10, 13)]),
    (Rule(YEARLY_BY_DAY, date(2024, 6, 1), date(2026, 12, 31), month=0, month_day=1),
     [date(2025, 1, 1), date(2026, 1, 1)]),
])
def test_each_kind_of_recurrence(rule, expected):
    assert expand(rule, 1000) == expected


def test_an_endless_rule_stops_at_the_limit():
    assert len(expand(Rule(DAILY, date(2024, 1, 1), None, occurrences=10**9), 50)) == 50


def calendars_of(tmp_path: Path, body: str) -> dict:
    path = tmp_path / "c.xml"
    path.write_text('<Project xmlns="http://schemas.microsoft.com/project"><Calendars>'
                    f"{body}</Calendars></Project>")
    return read_calendars(path.name, parse(path))


def test_a_derived_calendar_takes_what_it_does_not_say_from_its_base(tmp_path):
    cals = calendars_of(tmp_path, """
      <Calendar><UID>3</UID><Name>Ops</Name><IsBaseCalendar>0</IsBaseCalendar>
        <BaseCalendarUID>1</BaseCalendarUID>
        <WeekDays><WeekDay><DayType>7</DayType><DayWorking>1</DayWorking><WorkingTimes>
          <WorkingTime><FromTime>09:00:00</FromTime><ToTime>13:00:00</ToTime></WorkingTime>
        </WorkingTimes></WeekDay></WeekDays>
        <Exceptions><Exception><TimePeriod><FromDate>2024-05-02T00:00:00</FromDate>
          <ToDate>2024-05-03T23:59:00</ToDate></TimePeriod><Name>Bridge</Name>
          <DayWorking>0</DayWorking></Exception></Exceptions></Calendar>
      <Calendar><UID>1</UID><Name>Base</Name><IsBaseCalendar>1</IsBaseCalendar>
        <BaseCalendarUID>-1</BaseCalendarUID>
        <WeekDays><WeekDay><DayType>2</DayType><DayWorking>1</DayWorking><WorkingTimes>
          <WorkingTime><FromTime>07:00:00</FromTime><ToTime>15:00:00</ToTime></WorkingTime>
        </WorkingTimes></WeekDay><WeekDay><DayType>1</DayType><DayWorking>0</DayWorking>
        </WeekDay></WeekDays>
        <Exceptions><Exception><TimePeriod><FromDate>2024-05-01T00:00:00</FromDate>
          <ToDate>2024-05-01T23:59:00</ToDate></TimePeriod><Name>Labour Day</Name>
          <DayWorking>0</DayWorking></Exception></Exceptions></Calendar>""")
    ops = resolve("c.xml", cals, 3)
    assert ops.name == "Ops"
    assert ops.week[0] == ((7 * 60, 15 * 60),)  # Monday from the base
    assert ops.week[5] == ((9 * 60, 13 * 60),)  # its own Saturday
    assert ops.week[6] == ()  # the base's Sunday
    assert ops.week[1] == ((480, 720), (780, 1020))  # stated nowhere: Project's default
    assert {d: e.name for d, e in ops.exceptions.items()} == {
        date(2024, 5, 1): "Labour Day", date(2024, 5, 2): "Bridge", date(2024, 5, 3): "Bridge"}
    assert not cals[3].is_base and cals[3].own_content


def test_a_working_exception_without_hours_works_the_standard_day(tmp_path):
    cals = calendars_of(tmp_path, """
      <Calendar><UID>1</UID><Name>Std</Name><IsBaseCalendar>1</IsBaseCalendar>
        <WeekDays><WeekDay><DayType>0</DayType><DayWorking>1</DayWorking><TimePeriod>
          <FromDate>2024-06-01T00:00:00</FromDate><ToDate>2024-06-01T23:59:00</ToDate>
        </TimePeriod></WeekDay></WeekDays></Calendar>""")
    assert resolve("c.xml", cals, 1).intervals_on(date(2024, 6, 1)) == ((480, 720), (780, 1020))
