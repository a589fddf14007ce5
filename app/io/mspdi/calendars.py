"""Calendars in Microsoft Project XML, read into WorkCalendar values and written back.

A calendar has seven <WeekDay>s (DayType 1 = Sunday ... 7 = Saturday) with their
<WorkingTimes>, and dated exceptions in one of two forms: <Exceptions> (Project
2007 and later, possibly recurring) or, in older files, <WeekDay>s with DayType 0 and
a <TimePeriod>. Project writes both forms for older readers; as Project and MPXJ do,
the older one is read only when there is no <Exceptions>. A derived calendar (a
resource's, or one based on another) takes the days it does not define from its base.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from xml.etree.ElementTree import Element, SubElement

from app.core.calendar import STANDARD_DAY, Exception_, Interval, WorkCalendar
from app.core.errors import UserError
from app.core.i18n import QT_TRANSLATE_NOOP, translate
from app.io.mspdi import mapping, recurrence
from app.io.mspdi.xmlfile import CALENDAR_AT, CALENDAR_UID, Scope, children, leaf, line_of

# A century of exception days per calendar; more is a damaged or hostile file.
MAX_EXCEPTION_DAYS = 40_000

BAD_CALENDAR = QT_TRANSLATE_NOOP(
    "errors", "{file}: calendar \u201c{name}\u201d (UID {uid}, line {line}): {problem}")
TOO_MANY_DAYS = QT_TRANSLATE_NOOP(
    "errors", "{file}: calendar \u201c{name}\u201d (UID {uid}, line {line}) has more than "
    "{limit} exception days.")
BASE_LOOP = QT_TRANSLATE_NOOP(
    "errors", "{file}: calendar \u201c{name}\u201d (UID {uid}) is based on itself through "
    "<BaseCalendarUID>.")
UNNAMED = QT_TRANSLATE_NOOP("io", "Calendar {uid}")


@dataclass
class CalendarIn:
    """One <Calendar> as the file states it, before its base is applied."""

    uid: int
    name: str
    base_uid: int | None
    is_base: bool
    week: list[tuple[Interval, ...] | None]  # Monday first; None: not stated here
    exceptions: dict[date, Exception_] = field(default_factory=dict)
    work_weeks: bool = False
    line: int | str = "?"

    @property
    def own_content(self) -> bool:
        """Whether it says anything its base does not (resource calendars mostly don't)."""
        return bool(self.exceptions) or any(day is not None for day in self.week)


def read_calendars(file: str, root: Element) -> dict[int, CalendarIn]:
    calendars: dict[int, CalendarIn] = {}
    for n, element in enumerate(children(root, "Calendars", "Calendar"), 1):
        uid = Scope.of(file, element, CALENDAR_AT, n=n).integer("UID", required=True)
        scope = Scope.of(file, element, CALENDAR_UID, uid=uid)
        base = scope.integer("BaseCalendarUID")
        cal = CalendarIn(uid, scope.raw_text("Name").strip() or
                         translate("io", UNNAMED).format(uid=uid),
                         None if base is None or base < 0 else base,
                         scope.flag("IsBaseCalendar") or base is None or base < 0,
                         [None] * 7, work_weeks=element.find("WorkWeeks") is not None,
                         line=line_of(element))
        legacy: dict[date, Exception_] = {}
        for day in children(element, "WeekDays", "WeekDay"):
            _read_weekday(file, cal, day, legacy)
        for exc in children(element, "Exceptions", "Exception"):
            _read_exception(file, cal, exc)
        if element.find("Exceptions") is None:
            cal.exceptions = legacy
        calendars[uid] = cal
    return calendars


def resolve(file: str, calendars: dict[int, CalendarIn], uid: int) -> WorkCalendar:
    """The working time of calendar `uid` with what it inherits from its bases."""
    chain: list[CalendarIn] = []
    cal: CalendarIn | None = calendars[uid]
    while cal is not None:
        if cal in chain:
            raise UserError(BASE_LOOP, file=file, name=cal.name, uid=cal.uid)
        chain.append(cal)
        cal = calendars.get(cal.base_uid) if cal.base_uid is not None else None
    week: list[tuple[Interval, ...] | None] = [None] * 7
    exceptions: dict[date, Exception_] = {}
    for link in reversed(chain):  # the base first, then what each derived one changes
        week = [own if own is not None else inherited
                for own, inherited in zip(link.week, week, strict=True)]
        exceptions.update(link.exceptions)
    # A day no calendar in the chain states is Project's default: working 8-12, 13-17
    # on weekdays. (Project itself always writes all seven.)
    full = tuple(day if day is not None else (STANDARD_DAY if n < 5 else ())
                 for n, day in enumerate(week))
    top = chain[0]
    try:
        return WorkCalendar(top.name, full, exceptions)
    except UserError as error:
        raise UserError(BAD_CALENDAR, file=file, name=top.name, uid=top.uid, line=top.line,
                        problem=error.message()) from None


def _intervals(file: str, cal: CalendarIn, element: Element) -> tuple[Interval, ...]:
    """<WorkingTimes> as sorted minute intervals; a ToTime of 00:00 is midnight."""
    result = []
    for node in children(element, "WorkingTimes", "WorkingTime"):
        scope = Scope.of(file, node, CALENDAR_UID, uid=cal.uid)
        start, end = scope.clock("FromTime"), scope.clock("ToTime")
        if start is None or end is None:
            continue  # Project writes empty pairs for days without hours
        result.append((start, 24 * 60 if end == 0 else end))
    return tuple(sorted(result))


def _read_weekday(file: str, cal: CalendarIn, element: Element,
                  legacy: dict[date, Exception_]) -> None:
    scope = Scope.of(file, element, CALENDAR_UID, uid=cal.uid)
    day_type = scope.code("DayType", frozenset(range(8)), default=-1)
    working = scope.flag("DayWorking")
    hours = _intervals(file, cal, element) if working else ()
    if day_type > 0:
        cal.week[mapping.weekday_of(day_type)] = hours or (STANDARD_DAY if working else ())
        return
    period = element.find("TimePeriod")
    if day_type == 0 and period is not None:
        first, last = _period(file, cal, period)
        for day in _days(file, cal, mapping.days_between(first, last), len(legacy)):
            legacy[day] = Exception_(day, "", hours or (STANDARD_DAY if working else ()))


def _read_exception(file: str, cal: CalendarIn, element: Element) -> None:
    scope = Scope.of(file, element, CALENDAR_UID, uid=cal.uid)
    period = element.find("TimePeriod")
    if period is None:
        scope.require("TimePeriod")
    first, last = _period(file, cal, period)
    kind = scope.code("Type", recurrence.KNOWN_TYPES, default=recurrence.DAILY)
    rule = recurrence.Rule(
        kind, first, last, occurrences=scope.integer("Occurrences", 0, 100_000),
        period=scope.integer("Period", 1, 999) or 1,
        days_of_week=scope.integer("DaysOfWeek", 0, 127) or 0,
        month_item=scope.integer("MonthItem", 3, 9) or 3,
        month_position=scope.integer("MonthPosition", 0, 4) or 0,
        month=scope.integer("Month", 0, 11) or 0, month_day=scope.integer("MonthDay", 1, 31) or 1)
    working = scope.flag("DayWorking")
    hours = _intervals(file, cal, element) if working else ()
    name = scope.raw_text("Name").strip()
    dates = recurrence.expand(rule, MAX_EXCEPTION_DAYS + 1)
    for day in _days(file, cal, dates, len(cal.exceptions)):
        cal.exceptions[day] = Exception_(day, name, hours or (STANDARD_DAY if working else ()))


def _period(file: str, cal: CalendarIn, period: Element) -> tuple[date, date]:
    scope = Scope.of(file, period, CALENDAR_UID, uid=cal.uid)
    start = scope.moment("FromDate") or scope.moment("ToDate")
    end = scope.moment("ToDate") or start
    if start is None:
        scope.require("FromDate")
    return start.date(), max(start, end).date()


def _days(file: str, cal: CalendarIn, days: list[date], held: int) -> list[date]:
    if held + len(days) > MAX_EXCEPTION_DAYS:
        raise UserError(TOO_MANY_DAYS, file=file, name=cal.name, uid=cal.uid, line=cal.line,
                        limit=MAX_EXCEPTION_DAYS)
    return days


# -- writing -------------------------------------------------------------------------------

def calendar_element(parent: Element, uid: int, calendar: WorkCalendar) -> None:
    """A base <Calendar> with its seven weekdays and its exceptions, runs of equal
    consecutive days written as one exception (as Project shows them)."""
    element = SubElement(parent, "Calendar")
    leaf(element, "UID", uid)
    leaf(element, "Name", calendar.name)
    leaf(element, "IsBaseCalendar", 1)
    leaf(element, "IsBaselineCalendar", 0)
    leaf(element, "BaseCalendarUID", -1)
    weekdays = SubElement(element, "WeekDays")
    for day_type in range(1, 8):
        hours = calendar.week[mapping.weekday_of(day_type)]
        day = SubElement(weekdays, "WeekDay")
        leaf(day, "DayType", day_type)
        leaf(day, "DayWorking", int(bool(hours)))
        _working_times(day, hours)
    runs = _runs(sorted(calendar.exceptions.values(), key=lambda e: e.day))
    if runs:
        exceptions = SubElement(element, "Exceptions")
        for first, last, exc in runs:
            node = SubElement(exceptions, "Exception")
            leaf(node, "EnteredByOccurrences", 0)
            period = SubElement(node, "TimePeriod")
            leaf(period, "FromDate", f"{first.isoformat()}T00:00:00")
            leaf(period, "ToDate", mapping.day_end(last))
            leaf(node, "Occurrences", (last - first).days + 1)
            leaf(node, "Name", exc.name)
            leaf(node, "Type", recurrence.DAILY)
            leaf(node, "DayWorking", int(exc.working))
            _working_times(node, exc.intervals)


def _runs(exceptions: list[Exception_]) -> list[tuple[date, date, Exception_]]:
    runs: list[tuple[date, date, Exception_]] = []
    for exc in exceptions:
        if runs:
            first, last, held = runs[-1]
            if (exc.day - last).days == 1 and (exc.name, exc.intervals) == (held.name,
                                                                            held.intervals):
                runs[-1] = (first, exc.day, held)
                continue
        runs.append((exc.day, exc.day, exc))
    return runs


def _working_times(parent: Element, hours: tuple[Interval, ...]) -> None:
    if not hours:
        return
    times = SubElement(parent, "WorkingTimes")
    for start, end in hours:
        node = SubElement(times, "WorkingTime")
        leaf(node, "FromTime", mapping.format_clock(start))
        leaf(node, "ToTime", mapping.format_clock(end))
