"""Working-time calendars (no Qt, no database).

Times follow Microsoft Project: a calendar is a set of working intervals per weekday,
in minutes after midnight, plus dated exceptions that replace a day's intervals
(an empty list makes the day non-working).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta

from app.core.errors import UserError
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.working_time import TimeIndex

Interval = tuple[int, int]  # minutes after midnight, start < end
MINUTES_PER_DAY_DEFAULT = 480

STANDARD_DAY: tuple[Interval, ...] = ((8 * 60, 12 * 60), (13 * 60, 17 * 60))
STANDARD_WEEK: tuple[tuple[Interval, ...], ...] = (STANDARD_DAY,) * 5 + ((), ())


@dataclass(frozen=True)
class Exception_:
    """One dated exception: `intervals` empty means a non-working day."""

    day: date
    name: str = ""
    intervals: tuple[Interval, ...] = ()

    @property
    def working(self) -> bool:
        return bool(self.intervals)


@dataclass
class WorkCalendar:
    name: str = "Standard"
    week: tuple[tuple[Interval, ...], ...] = STANDARD_WEEK  # Monday first
    exceptions: Mapping[date, Exception_] = field(default_factory=dict)
    # Built on first use; a calendar is not changed after that (edits make a new one).
    _time_index: TimeIndex | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if len(self.week) != 7:
            raise ValueError("a week has seven days")
        for intervals in self.week:
            validate_intervals(intervals)
        for exc in self.exceptions.values():
            validate_intervals(exc.intervals)

    def intervals_on(self, day: date) -> tuple[Interval, ...]:
        exc = self.exceptions.get(day)
        if exc is not None:
            return exc.intervals
        return self.week[day.weekday()]

    def is_working_day(self, day: date) -> bool:
        return bool(self.intervals_on(day))

    def minutes_on(self, day: date) -> int:
        return sum(end - start for start, end in self.intervals_on(day))

    def add_working_minutes(self, start: datetime, minutes: int) -> datetime:
        """The moment `minutes` working minutes after `start` (before it if negative).

        A positive amount ends where the work ends (a day's work from 08:00 finishes
        at 17:00); zero or a negative amount lands where work begins.
        """
        index = self.time_index()
        try:
            return index.moment(index.position(start) + minutes, finish=minutes > 0)
        except ValueError:
            raise UserError(_NO_WORKING_TIME, name=self.name) from None

    def working_minutes_between(self, start: datetime, finish: datetime) -> int:
        """Working minutes in [start, finish); negative when finish is before start."""
        index = self.time_index()
        return index.position(finish) - index.position(start)

    def position(self, moment: datetime) -> int:
        """Working minutes from a fixed origin to `moment` (see app.core.working_time)."""
        return self.time_index().position(moment)

    def moment(self, position: int, finish: bool) -> datetime:
        try:
            return self.time_index().moment(position, finish)
        except ValueError:
            raise UserError(_NO_WORKING_TIME, name=self.name) from None

    def detached(self) -> WorkCalendar:
        """An equal calendar with a time index of its own, for work in another thread
        (the shared indexes grow without locks)."""
        copy = replace(self)
        if any(self.week):  # else time_index() gives the calendar's error as usual
            copy._time_index = TimeIndex(copy.intervals_on)
        return copy

    def time_index(self) -> TimeIndex:
        """The calendar as a number line of working minutes (built once, shared)."""
        if self._time_index is None:
            if not any(self.week):
                raise UserError(_NO_WORKING_TIME, name=self.name)
            # Every edit reschedules with a calendar freshly read from the file: equal
            # calendars share one index, warm from the previous pass.
            key = (self.week, tuple(sorted((d, e.intervals)
                                           for d, e in self.exceptions.items())))
            index = _SHARED.pop(key, None) or TimeIndex(self.intervals_on)
            _SHARED[key] = index  # most recently used last
            while len(_SHARED) > 8:
                _SHARED.pop(next(iter(_SHARED)))
            self._time_index = index
        return self._time_index


_SHARED: dict[tuple, TimeIndex] = {}

_NO_WORKING_TIME = QT_TRANSLATE_NOOP(
    "errors", "Calendar \u201c{name}\u201d has no working time in its week.")


def _at(day: date, minute: int) -> datetime:
    return datetime.combine(day, time()) + timedelta(minutes=minute)


def validate_intervals(intervals: Sequence[Interval]) -> None:
    """Refuse overlapping, unordered or out-of-day intervals."""
    previous_end = 0
    for start, end in intervals:
        if not (0 <= start < end <= 24 * 60) or start < previous_end:
            raise UserError(_BAD_INTERVALS, hours=format_intervals(intervals))
        previous_end = end


_BAD_INTERVALS = QT_TRANSLATE_NOOP(
    "errors", "Working hours \u201c{hours}\u201d overlap, are out of order or leave the day.")


def format_intervals(intervals: Iterable[Interval]) -> str:
    return ", ".join(f"{s // 60:02d}:{s % 60:02d}\u2013{e // 60:02d}:{e % 60:02d}"
                     for s, e in intervals)


def parse_intervals(text: str) -> tuple[Interval, ...]:
    """Parse "08:00-12:00, 13:00-17:00" (en dash or hyphen); empty text is no hours."""
    result: list[Interval] = []
    for part in filter(None, (p.strip() for p in text.replace("\uff0c", ",").split(","))):
        pieces = part.replace("\u2013", "-").replace("~", "-").split("-")
        if len(pieces) != 2:
            raise UserError(_BAD_HOURS_TEXT, text=part)
        result.append((_parse_clock(pieces[0], part), _parse_clock(pieces[1], part)))
    validate_intervals(result)
    return tuple(result)


_BAD_HOURS_TEXT = QT_TRANSLATE_NOOP(
    "errors", "\u201c{text}\u201d is not a time range; write it like 08:00-12:00.")


def _parse_clock(text: str, part: str) -> int:
    hours, _, minutes = text.strip().replace("\uff1a", ":").partition(":")
    try:
        value = int(hours) * 60 + int(minutes or 0)
    except ValueError:
        raise UserError(_BAD_HOURS_TEXT, text=part) from None
    if not 0 <= int(minutes or 0) < 60:
        raise UserError(_BAD_HOURS_TEXT, text=part)
    return value
