"""The timeline's time scale: date <-> x, zoom tiers and header units (no Qt)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

YEAR, QUARTER, MONTH, WEEK, DAY, HOUR = "year", "quarter", "month", "week", "day", "hour"
MIN_PX_PER_DAY, MAX_PX_PER_DAY = 0.15, 1500.0


@dataclass(frozen=True)
class Tier:
    """The header's two rows and the unit a dragged bar snaps to, for one zoom range."""

    major: str
    minor: str
    snap: str
    minor_step: int = 1  # hours per minor cell at the days/hours tier


def tier_for(px_per_day: float) -> Tier:
    if px_per_day < 1.2:
        return Tier(YEAR, QUARTER, WEEK)
    if px_per_day < 4.5:
        return Tier(QUARTER, MONTH, DAY)
    if px_per_day < 18:
        return Tier(MONTH, WEEK, DAY)
    if px_per_day < 110:
        return Tier(WEEK, DAY, DAY)
    px_per_hour = px_per_day / 24
    step = next((s for s in (1, 2, 3, 4, 6, 12) if s * px_per_hour >= 22), 12)
    return Tier(DAY, HOUR, HOUR, step)


def floor(moment: datetime, unit: str) -> datetime:
    day = moment.date()
    if unit == HOUR:
        return moment.replace(minute=0, second=0, microsecond=0)
    if unit == DAY:
        start = day
    elif unit == WEEK:
        start = day - timedelta(days=day.weekday())
    elif unit == MONTH:
        start = day.replace(day=1)
    elif unit == QUARTER:
        start = date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
    else:
        start = date(day.year, 1, 1)
    return datetime.combine(start, time())


def step(moment: datetime, unit: str, count: int = 1) -> datetime:
    """`moment` (a unit boundary) moved on by `count` units."""
    if unit == HOUR:
        return moment + timedelta(hours=count)
    if unit == DAY:
        return moment + timedelta(days=count)
    if unit == WEEK:
        return moment + timedelta(weeks=count)
    months = {MONTH: 1, QUARTER: 3, YEAR: 12}[unit] * count
    total = moment.year * 12 + moment.month - 1 + months
    return moment.replace(year=total // 12, month=total % 12 + 1, day=1)


def boundaries(start: datetime, end: datetime, unit: str, count: int = 1) -> list[datetime]:
    """Unit boundaries from the one at or before `start` to the first after `end`."""
    moment = floor(start, unit)
    if unit == HOUR and count > 1:
        moment = moment.replace(hour=moment.hour - moment.hour % count)
    result = [moment]
    while moment <= end:
        moment = step(moment, unit, count)
        result.append(moment)
    return result


class TimeScale:
    """Pixels per day from a fixed origin; the grid every painter and hit test uses."""

    def __init__(self, origin: datetime, px_per_day: float = 24.0) -> None:
        self.origin = origin
        self.px_per_day = px_per_day

    @property
    def tier(self) -> Tier:
        return tier_for(self.px_per_day)

    def x(self, moment: datetime) -> float:
        return (moment - self.origin).total_seconds() / 86400 * self.px_per_day

    def at(self, x: float) -> datetime:
        return self.origin + timedelta(days=x / self.px_per_day)

    def snap(self, moment: datetime, unit: str | None = None) -> datetime:
        """The nearest boundary of the zoom's snapping unit."""
        unit = unit or self.tier.snap
        low = floor(moment, unit)
        high = step(low, unit)
        return high if moment - low >= high - moment else low

    def zoomed(self, factor: float) -> float:
        return min(MAX_PX_PER_DAY, max(MIN_PX_PER_DAY, self.px_per_day * factor))
