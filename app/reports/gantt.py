"""The Gantt chart in vector form, drawn like the editor's timeline (app/views/gantt/
painter.py): the same colours, bar proportions, summary brackets, diamonds, baseline
ghosts, critical path, deadlines, link routes (app/core/gantt_links.py), non-working
days and the today and status-date lines, on a light page.

Geometry is worked out top-down as on screen (y grows downwards from the chart's top)
and turned over only when drawn, so the proportions read the same as the painter's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from reportlab.lib.colors import HexColor
from reportlab.pdfgen.canvas import Canvas

from app.core.calendar import WorkCalendar
from app.core.gantt_links import route
from app.core.i18n import QT_TRANSLATE_NOOP, translate
from app.core.timescale import DAY, HOUR, MONTH, QUARTER, WEEK, YEAR, TimeScale, boundaries
from app.models.gantt_data import GanttRow, LinkRow, Snapshot
from app.reports import dates
from app.reports.text import Typesetter

# The painter's colours on a light palette.
BAR, BAR_PROGRESS = HexColor("#5b8fd6"), HexColor("#1f4e8c")
CRITICAL, CRITICAL_PROGRESS = HexColor("#e0605b"), HexColor("#8b1e1b")
BAR_EDGE, CRITICAL_EDGE = HexColor("#466ea5"), HexColor("#ac4a46")  # QColor.darker(130)
SUMMARY, TEXT = HexColor("#202124"), HexColor("#202124")
BASELINE, LINK = HexColor("#9a9a9a"), HexColor("#3d6fb3")
NONWORKING, GRID = HexColor("#e6e6e6"), HexColor("#c8ccd1")
TODAY, STATUS, DEADLINE = HexColor("#e69500"), HexColor("#9b4dca"), HexColor("#2e9a4e")
HEADER_FILL, HEADER_LINE = HexColor("#eef1f5"), HexColor("#b5bac1")

_MONTH_DAY = QT_TRANSLATE_NOOP("report", "{month} {day}")


@dataclass
class Band:
    """One tile's part of the plan: rows [first, last] and time [start, end)."""

    scale: TimeScale
    rows: list[GanttRow]
    row_of: dict[int, int]  # task id -> index in `rows` of the whole plan
    first: int
    last: int
    start: datetime
    end: datetime
    row_height: float
    calendar: WorkCalendar | None = None

    def x(self, moment: datetime) -> float:
        return self.scale.x(moment) - self.scale.x(self.start)

    def top(self, index: int) -> float:
        return (index - self.first) * self.row_height

    def bar_span(self, row: GanttRow) -> tuple[float, float] | None:
        """As the painter's View.bar_span (a milestone is a diamond around its date)."""
        if row.start is None or row.finish is None:
            return None
        left = self.x(row.start)
        if row.is_milestone:
            return left - self.row_height * 0.3, left + self.row_height * 0.3
        return left, max(left + 1.2, self.x(row.finish))


class Painter:
    """Draws a band into a box whose top-left corner is (x0, top) on the page."""

    def __init__(self, c: Canvas, ts: Typesetter, x0: float, top: float, width: float,
                 height: float) -> None:
        self.c, self.ts, self.x0, self.top_y, self.width, self.height = \
            c, ts, x0, top, width, height

    def X(self, x: float) -> float:  # noqa: N802 - page coordinates
        return self.x0 + x

    def Y(self, y: float) -> float:  # noqa: N802
        return self.top_y - y

    def rect(self, x: float, y: float, w: float, h: float, fill, stroke=None,
             line: float = 0.5) -> None:
        c = self.c
        c.setFillColor(fill)
        if stroke is not None:
            c.setStrokeColor(stroke)
            c.setLineWidth(line)
        c.rect(self.X(x), self.Y(y + h), w, h, stroke=1 if stroke is not None else 0, fill=1)

    def polygon(self, points: list[tuple[float, float]], fill) -> None:
        path = self.c.beginPath()
        path.moveTo(self.X(points[0][0]), self.Y(points[0][1]))
        for x, y in points[1:]:
            path.lineTo(self.X(x), self.Y(y))
        path.close()
        self.c.setFillColor(fill)
        self.c.drawPath(path, stroke=0, fill=1)

    def polyline(self, points: list[tuple[float, float]], colour, width: float = 0.6) -> None:
        path = self.c.beginPath()
        path.moveTo(self.X(points[0][0]), self.Y(points[0][1]))
        for x, y in points[1:]:
            path.lineTo(self.X(x), self.Y(y))
        self.c.setStrokeColor(colour)
        self.c.setLineWidth(width)
        self.c.drawPath(path, stroke=1, fill=0)

    def vline(self, x: float, colour, width: float, dash: tuple | None = None) -> None:
        c = self.c
        c.setStrokeColor(colour)
        c.setLineWidth(width)
        c.setDash(*dash) if dash else c.setDash()
        c.line(self.X(x), self.Y(0), self.X(x), self.Y(self.height))
        c.setDash()


def paint_chart(p: Painter, band: Band, snapshot: Snapshot, links: list[LinkRow],
                today: date, label_size: float) -> None:
    """Shading, grid, rows, links and lines of one band, clipped to the box."""
    c = p.c
    c.saveState()
    clip = c.beginPath()
    clip.rect(p.X(0), p.Y(p.height), p.width, p.height)
    c.clipPath(clip, stroke=0, fill=0)
    _background(p, band, snapshot)
    _rows(p, band, label_size)
    _links(p, band, links)
    _lines(p, band, snapshot, today)
    c.restoreState()


def _background(p: Painter, band: Band, snapshot: Snapshot) -> None:
    scale = band.scale
    if scale.px_per_day >= 2.5:  # the painter's threshold: days wide enough to see
        day = band.start.date()
        while day <= band.end.date():
            if not snapshot.calendar.intervals_on(day):
                x1 = band.x(datetime.combine(day, time()))
                p.rect(x1, 0, scale.px_per_day, p.height, NONWORKING)
            day += timedelta(days=1)
    for moment in boundaries(band.start, band.end, scale.tier.major):
        p.vline(band.x(moment), GRID, 0.4)


def _rows(p: Painter, band: Band, label_size: float) -> None:
    h = band.row_height
    for index in range(band.first, band.last + 1):
        row = band.rows[index]
        top = band.top(index)
        span = band.bar_span(row)
        if span is None:
            continue
        left, right = span
        if row.baseline_start and row.baseline_finish:
            b_left = band.x(row.baseline_start)
            b_right = max(b_left + 1.2, band.x(row.baseline_finish))
            p.rect(b_left, top + h * 0.70, b_right - b_left, h * 0.16, BASELINE)
        critical = bool(row.critical)
        if row.summary:
            _summary(p, left, right, top, h)
        elif row.is_milestone:
            r = h * 0.3
            x, y = (left + right) / 2, top + h * 0.45
            p.polygon([(x, y - r), (x + r, y), (x, y + r), (x - r, y)],
                      CRITICAL_PROGRESS if critical else SUMMARY)
        else:
            _bar(p, band, row, left, right, top, h, critical)
        if row.deadline:
            x, size = band.x(row.deadline), h * 0.22
            p.polygon([(x - size, top + 1), (x + size, top + 1), (x, top + 1 + size * 1.4)],
                      DEADLINE)
        if row.name and right < p.width:
            p.c.setFillColor(TEXT)
            p.ts.draw(p.c, p.X(right + 4), p.Y(top + h / 2 + label_size * 0.35),
                      p.ts.fit(row.name, max(0.0, p.width - right - 6), label_size),
                      label_size)


def _bar(p: Painter, band: Band, row: GanttRow, left: float, right: float, top: float,
         h: float, critical: bool) -> None:
    y, height = top + h * 0.22, h * 0.44
    p.rect(left, y, right - left, height, CRITICAL if critical else BAR,
           CRITICAL_EDGE if critical else BAR_EDGE, 0.5)
    done = _progress_x(band, row)
    if done is not None and done > left:
        p.rect(left, y + height / 3, min(done, right) - left, height / 3,
               CRITICAL_PROGRESS if critical else BAR_PROGRESS)


def _progress_x(band: Band, row: GanttRow) -> float | None:
    """As the painter: the done part measured in working time."""
    if not row.percent or row.start is None:
        return None
    if row.percent >= 100:
        return band.x(row.finish)
    return None if band.calendar is None else band.x(band.calendar.add_working_minutes(
        row.start, round((row.duration or 0) * row.percent / 100)))


def _summary(p: Painter, left: float, right: float, top: float, h: float) -> None:
    y, thick, end = top + h * 0.28, h * 0.18, h * 0.22
    p.rect(left, y, right - left, thick, SUMMARY)
    for x in (left, right):
        p.polygon([(x - end / 2, y), (x + end / 2, y), (x + end / 2, y + thick),
                   (x, y + thick + end * 0.8), (x - end / 2, y + thick)], SUMMARY)


def _links(p: Painter, band: Band, links: list[LinkRow]) -> None:
    mid = band.row_height * 0.45
    critical_ids = {r.id for r in band.rows if r.critical}
    for link in links:
        a, b = band.row_of.get(link.predecessor), band.row_of.get(link.successor)
        if a is None or b is None or max(a, b) < band.first or min(a, b) > band.last:
            continue
        pred, succ = band.rows[a], band.rows[b]
        p_span, s_span = band.bar_span(pred), band.bar_span(succ)
        if p_span is None or s_span is None:
            continue
        points = route(link.type, (*p_span, band.top(a) + mid), (*s_span, band.top(b) + mid),
                       band.row_height)
        hot = link.predecessor in critical_ids and link.successor in critical_ids
        colour = CRITICAL if hot else LINK
        p.polyline(points, colour, 0.5)
        _arrow(p, points[-2], points[-1], colour, band.row_height / 6)


def _arrow(p: Painter, a: tuple[float, float], b: tuple[float, float], colour,
           size: float) -> None:
    (x1, y1), (x2, y2) = a, b
    if abs(x2 - x1) >= abs(y2 - y1):
        d = 1 if x2 > x1 else -1
        tip = [(x2, y2), (x2 - d * size * 1.5, y2 - size), (x2 - d * size * 1.5, y2 + size)]
    else:
        d = 1 if y2 > y1 else -1
        tip = [(x2, y2), (x2 - size, y2 - d * size * 1.5), (x2 + size, y2 - d * size * 1.5)]
    p.polygon(tip, colour)


def _lines(p: Painter, band: Band, snapshot: Snapshot, today: date) -> None:
    p.vline(band.x(datetime.combine(today, time(12))), TODAY, 1.0, (3, 2))
    if snapshot.status_date is not None:
        p.vline(band.x(datetime.combine(snapshot.status_date, time(23, 59))), STATUS, 1.0)


# -- the date header ------------------------------------------------------------------

def header_label(moment: datetime, unit: str, width: float, major: bool) -> str:
    """As the screen header's labels, in the report's own date words."""
    if unit == YEAR:
        return str(moment.year)
    if unit == QUARTER:
        return dates.quarter(moment, with_year=major)
    if unit == MONTH:
        if major:
            return dates.month_year(moment)
        return dates.month_name(moment.month) if width >= 16 else str(moment.month)
    if unit == WEEK:
        if major:
            return dates.long(moment)
        return translate("report", _MONTH_DAY).format(month=dates.month_name(moment.month),
                                                      day=moment.day)
    if unit == DAY:
        return dates.long(moment) if major else str(moment.day)
    return f"{moment.hour:02d}" if unit == HOUR else ""


def paint_header(p: Painter, band: Band, size: float) -> None:
    """Two rows of dates above the chart: the zoom's major and minor units."""
    c = p.c
    c.saveState()
    clip = c.beginPath()
    clip.rect(p.X(0), p.Y(p.height), p.width, p.height)
    c.clipPath(clip, stroke=0, fill=0)
    p.rect(0, 0, p.width, p.height, HEADER_FILL)
    half = p.height / 2
    tier = band.scale.tier
    for unit, count, top, major in ((tier.major, 1, 0.0, True),
                                    (tier.minor, tier.minor_step, half, False)):
        edges = boundaries(band.start, band.end, unit, count)
        for a, b in zip(edges, edges[1:], strict=False):
            x1, x2 = band.x(a), band.x(b)
            c.setStrokeColor(HEADER_LINE)
            c.setLineWidth(0.4)
            c.line(p.X(x1), p.Y(top), p.X(x1), p.Y(top + half))
            text = header_label(a, unit, x2 - x1, major)
            start = max(x1, 0) if major else x1  # keep a major label in sight, as on screen
            room = x2 - start - 4
            if p.ts.width(text, size) > room:
                continue
            c.setFillColor(TEXT)
            baseline = p.Y(top + half / 2 + size * 0.35)
            if major:
                p.ts.draw(c, p.X(start + 2), baseline, text, size)
            else:
                p.ts.draw(c, p.X((x1 + x2) / 2), baseline, text, size, align="center")
    c.setStrokeColor(HEADER_LINE)
    c.line(p.X(0), p.Y(half), p.X(p.width), p.Y(half))
    c.restoreState()
