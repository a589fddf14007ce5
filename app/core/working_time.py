"""Working time as a number line, so calendar arithmetic is a lookup, not a walk.

Every moment maps to its *position*: the working minutes from a fixed origin up to
it. Adding working time is then position arithmetic, and the working time between
two moments a subtraction. Per-day cumulative totals are kept for a window of days
that grows a year at a time in whichever direction a question needs.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from datetime import date, datetime, timedelta

Intervals = tuple[tuple[int, int], ...]
_CHUNK = 366  # days added to the window at a time
_LIMIT = 200 * 366  # a calendar with no working time this far away has none at all


class TimeIndex:
    def __init__(self, intervals_on: Callable[[date], Intervals]) -> None:
        self._intervals_on = intervals_on
        self._first = 0  # ordinal of the window's first day
        self._days: list[Intervals] = []
        self._cum: list[int] = [0]  # working minutes before each day; one more than days
        # Plans reuse few distinct moments; both directions are memoised. Growing the
        # window never moves an existing position, so the memos stay valid.
        # A moment's memo key is 2 * position + finish: an int hashes faster than a pair.
        self.positions: dict[datetime, int] = {}
        self.moments: dict[int, datetime] = {}

    # -- the window ----------------------------------------------------------------------

    def _ensure(self, ordinal: int) -> int:
        """Index of the day `ordinal` in the window, growing the window to hold it."""
        if not self._days:
            self._first = ordinal - _CHUNK // 2
            self._append(_CHUNK)
        while ordinal < self._first:
            self._prepend(_CHUNK)
        while ordinal >= self._first + len(self._days):
            self._append(_CHUNK)
        return ordinal - self._first

    def _append(self, count: int) -> None:
        start = self._first + len(self._days)
        total = self._cum[-1]
        for ordinal in range(start, start + count):
            intervals = self._intervals_on(date.fromordinal(ordinal))
            self._days.append(intervals)
            total += sum(e - s for s, e in intervals)
            self._cum.append(total)

    def _prepend(self, count: int) -> None:
        first = self._first - count
        days = [self._intervals_on(date.fromordinal(o)) for o in range(first, self._first)]
        cum, total = [], 0
        for intervals in days:
            cum.append(total)
            total += sum(e - s for s, e in intervals)
        # The new days end where the window began; positions already given out stay.
        offset = self._cum[0] - total
        self._cum = [c + offset for c in cum] + self._cum
        self._days = days + self._days
        self._first = first

    # -- positions -----------------------------------------------------------------------

    def position(self, moment: datetime) -> int:
        known = self.positions.get(moment)
        if known is None:
            known = self.positions[moment] = self._position(moment)
        return known

    def _position(self, moment: datetime) -> int:
        i = self._ensure(moment.toordinal())
        minute = moment.hour * 60 + moment.minute
        worked = 0
        for start, end in self._days[i]:
            if minute <= start:
                break
            worked += min(end, minute) - start
        return self._cum[i] + worked

    def add(self, moment: datetime, minutes: int) -> datetime:
        """`minutes` working minutes after `moment` (see WorkCalendar.add_working_minutes);
        the scheduler's inner loop, so both memos are read here directly."""
        position = self.positions.get(moment)
        if position is None:
            position = self.position(moment)
        found = self.moments.get(2 * (position + minutes) + (minutes > 0))
        return found if found is not None else self.moment(position + minutes, minutes > 0)

    def moment(self, position: int, finish: bool) -> datetime:
        key = 2 * position + finish
        known = self.moments.get(key)
        if known is None:
            known = self.moments[key] = self._moment(position, finish)
        return known

    def _moment(self, position: int, finish: bool) -> datetime:
        """The moment at `position`: as a finish it ends the work before it (17:00 stays
        17:00), as a start it begins the work after it (17:00 becomes 08:00 next day)."""
        while position <= self._cum[0] or position >= self._cum[-1]:
            if len(self._days) > _LIMIT:
                raise ValueError("no working time")
            if position <= self._cum[0]:
                self._prepend(_CHUNK)
            else:
                self._append(_CHUNK)
        if finish:
            i = bisect_left(self._cum, position) - 1
        else:
            i = bisect_right(self._cum, position) - 1
        left = position - self._cum[i]
        for start, end in self._days[i]:
            length = end - start
            if left < length or (finish and left == length):
                return _at(self._first + i, start + left)
            left -= length
        raise AssertionError("position outside its day")  # cum and days disagree


def _at(ordinal: int, minute: int) -> datetime:
    return datetime.fromordinal(ordinal) + timedelta(minutes=minute)
