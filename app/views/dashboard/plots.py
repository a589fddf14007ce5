"""Chart lines from the health trends (what each chart draws, in which colour)."""

from __future__ import annotations

import pyqtgraph as pg

from app.models.health import Series, Trends
from app.views.dashboard.charts import Line, stamp

PLANNED, EARNED, ACTUAL, REMAINING = "#4a78c2", "#2e9d4a", "#d64545", "#e08a20"


def _line(name: str, series: Series, colour: str, scale: float = 1, **style) -> Line:
    return Line(name, [stamp(d) for d in series.days], [v / scale for v in series.values],
                colour, **style)


def s_lines(trends: Trends, names: dict[str, str], scale: float) -> list[Line]:
    """Planned value over the plan's span; earned and actual at each status date."""
    return [_line(names["planned"], trends.planned, PLANNED, scale),
            _line(names["earned"], trends.earned, EARNED, scale, symbols=True),
            _line(names["actual"], trends.actual, ACTUAL, scale, symbols=True)]


def burndown_lines(trends: Trends, names: dict[str, str], minutes_per_day: int) -> list[Line]:
    return [_line(names["planned_remaining"], trends.planned_remaining, PLANNED,
                  minutes_per_day, dashed=True),
            _line(names["remaining"], trends.remaining, REMAINING, minutes_per_day,
                  symbols=True)]


def milestone_lines(trends: Trends, status_name: str) -> list[Line]:
    """Each milestone's forecast at each status date (a flat line never slipped), and
    the diagonal where forecast = status date (a milestone reaching it is due)."""
    lines = []
    xs: list[float] = []
    for i, milestone in enumerate(m for m in trends.milestones if m.points):
        colour = pg.intColor(i, hues=9, values=1, maxValue=220).name()
        line = Line(milestone.name, [stamp(d) for d, _ in milestone.points],
                    [stamp(f) for _, f in milestone.points], colour, symbols=True)
        lines.append(line)
        xs += line.xs
    if lines:
        first, last = min(xs), max(xs)
        ys = [y for line in lines for y in line.ys]
        top = max(last, max(ys))
        lines.append(Line(status_name, [first, top], [first, top], "#888888", dashed=True))
    return lines


def exposure_lines(trends: Trends, names: dict[str, str]) -> list[Line]:
    return [_line(names["exposure"], trends.exposure, ACTUAL, symbols=True),
            _line(names["threats"], trends.open_threats, PLANNED, dashed=True)]
