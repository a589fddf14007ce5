"""The days a recurring calendar exception of Microsoft Project falls on (no Qt).

Project 2007 and later store an exception as a rule (<Exception><Type>...); Planwright
stores the days, so the rule is expanded here, the way Project does it: every
occurrence from the first day of <TimePeriod> up to its last day (or, without a last
day, <Occurrences> of them).
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

# <Exception><Type> codes.
DAILY, YEARLY_BY_DAY, YEARLY_BY_POSITION, MONTHLY_BY_DAY, MONTHLY_BY_POSITION = 1, 2, 3, 4, 5
WEEKLY, EVERY_N_DAYS = 6, 7
KNOWN_TYPES = frozenset(range(1, 8))
# Bits of <DaysOfWeek>: 1 = Sunday ... 64 = Saturday.
_SUNDAY_FIRST = (6, 0, 1, 2, 3, 4, 5)  # bit n -> Planwright weekday (0 = Monday)


@dataclass(frozen=True)
class Rule:
    kind: int
    first: date
    last: date | None
    occurrences: int | None = None
    period: int = 1  # every `period` days, weeks or months
    days_of_week: int = 0  # bit set, Sunday = 1
    month_item: int = 0  # 3 = Sunday ... 9 = Saturday (a day of the week)
    month_position: int = 0  # 0 = first ... 3 = fourth, 4 = last
    month: int = 0  # 0 = January
    month_day: int = 1


def expand(rule: Rule, limit: int) -> list[date]:
    """The days of `rule`, at most `limit` of them (the caller refuses more)."""
    days: list[date] = []
    wanted = limit if rule.last is not None else min(limit, max(1, rule.occurrences or 1))
    try:
        for day in _candidates(rule):
            if rule.last is not None and day > rule.last:
                break
            if day >= rule.first:
                days.append(day)
                if len(days) >= wanted:
                    break
    except OverflowError:  # a rule running past year 9999: nothing more to find
        pass
    return days


def _candidates(rule: Rule) -> Iterator[date]:
    period = max(1, rule.period)
    if rule.kind in (DAILY, EVERY_N_DAYS):
        step = timedelta(days=period if rule.kind == EVERY_N_DAYS else 1)
        day = rule.first
        while True:
            yield day
            day += step
    elif rule.kind == WEEKLY:
        weekdays = {_SUNDAY_FIRST[bit] for bit in range(7) if rule.days_of_week >> bit & 1}
        if not weekdays:
            return
        # Weeks run Sunday to Saturday from the week holding the first day.
        sunday = rule.first - timedelta(days=(rule.first.weekday() + 1) % 7)
        while True:
            for offset in range(7):
                day = sunday + timedelta(days=offset)
                if day.weekday() in weekdays:
                    yield day
            sunday += timedelta(weeks=period)
    elif rule.kind in (MONTHLY_BY_DAY, MONTHLY_BY_POSITION):
        year, month = rule.first.year, rule.first.month
        while True:
            yield _in_month(rule, year, month)
            year, month = divmod(year * 12 + month - 1 + period, 12)
            month += 1
    elif rule.kind in (YEARLY_BY_DAY, YEARLY_BY_POSITION):
        year = rule.first.year
        while True:
            yield _in_month(rule, year, rule.month + 1)
            year += 1


def _in_month(rule: Rule, year: int, month: int) -> date:
    if year > 9998:
        raise OverflowError  # only reachable by a rule without an end: stop there
    length = calendar.monthrange(year, month)[1]
    if rule.kind in (MONTHLY_BY_DAY, YEARLY_BY_DAY):
        return date(year, month, min(max(1, rule.month_day), length))
    weekday = (rule.month_item - 4) % 7  # month_item 3 = Sunday -> 6, 4 = Monday -> 0
    if rule.month_position >= 4:  # the last such weekday of the month
        last = date(year, month, length)
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * rule.month_position)
