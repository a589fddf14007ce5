"""Paints the visible band of the timeline: shading, bars, links, lines.

Everything is drawn straight from the rows on show; only rows between `first` and
`last` (and links crossing them) are looked at, so a frame costs the same on a
60-task plan and a 10,000-task one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette, QPen, QPolygonF

from app.core.risk_summary import TaskMarker
from app.views.gantt.data import GanttRow, LinkRow, Snapshot
from app.views.gantt.links import route
from app.views.gantt.scale import HOUR, TimeScale, boundaries


@dataclass
class Colours:
    bar: QColor
    bar_progress: QColor
    critical: QColor
    critical_progress: QColor
    summary: QColor
    baseline: QColor
    link: QColor
    nonworking: QColor
    grid: QColor
    text: QColor
    today: QColor
    status: QColor
    deadline: QColor
    selection: QColor

    @classmethod
    def from_palette(cls, palette: QPalette) -> Colours:
        dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
        nonworking = palette.color(QPalette.ColorRole.Base).darker(112 if not dark else 70)
        if dark:
            nonworking = palette.color(QPalette.ColorRole.Base).lighter(135)
        selection = QColor(palette.color(QPalette.ColorRole.Highlight))
        selection.setAlpha(60)
        text = palette.color(QPalette.ColorRole.Text)
        return cls(bar=QColor("#5b8fd6"), bar_progress=QColor("#1f4e8c"),
                   critical=QColor("#e0605b"), critical_progress=QColor("#8b1e1b"),
                   summary=text, baseline=QColor("#9a9a9a"), link=QColor("#3d6fb3") if not dark
                   else QColor("#8fb4ea"), nonworking=nonworking,
                   grid=palette.color(QPalette.ColorRole.Midlight), text=text,
                   today=QColor("#e69500"), status=QColor("#9b4dca"),
                   deadline=QColor("#2e9a4e"), selection=selection)


@dataclass
class View:
    """What a frame needs to know about the chart widget."""

    scale: TimeScale
    snapshot: Snapshot
    rows: list[GanttRow]
    row_of: dict[int, int]
    row_height: int
    x0: float  # scale x at the left edge
    y0: float  # pixel y of row 0's top edge (negative when scrolled)
    width: int
    height: int
    critical: bool = True
    baseline: bool = True
    label: str = "name"  # or "people" or ""

    def top(self, index: int) -> float:
        return self.y0 + index * self.row_height

    def x(self, moment: datetime) -> float:
        return self.scale.x(moment) - self.x0

    def bar_span(self, row: GanttRow) -> tuple[float, float] | None:
        if row.start is None or row.finish is None:
            return None
        left = self.x(row.start)
        if row.is_milestone:
            return left - self.row_height * 0.3, left + self.row_height * 0.3
        return left, max(left + 2, self.x(row.finish))


def visible_range(view: View) -> tuple[int, int]:
    first = max(0, int(-view.y0 // view.row_height))
    last = min(len(view.rows) - 1, int((view.height - view.y0) // view.row_height))
    return first, last


def paint_background(p: QPainter, view: View, colours: Colours) -> None:
    """Non-working time shaded from the project calendar, holidays included."""
    scale, calendar = view.scale, view.snapshot.calendar
    left, right = scale.at(view.x0), scale.at(view.x0 + view.width)
    if scale.px_per_day >= 2.5:
        day = left.date()
        while day <= right.date():
            x1 = view.x(datetime.combine(day, time()))
            x2 = view.x(datetime.combine(day + timedelta(days=1), time()))
            intervals = calendar.intervals_on(day)
            if not intervals:
                p.fillRect(QRectF(x1, 0, x2 - x1, view.height), colours.nonworking)
            elif scale.tier.minor == HOUR:
                edge = 0
                for start, end in (*intervals, (24 * 60, 24 * 60)):
                    if start > edge:
                        a = x1 + (x2 - x1) * edge / 1440
                        b = x1 + (x2 - x1) * start / 1440
                        p.fillRect(QRectF(a, 0, b - a, view.height), colours.nonworking)
                    edge = end
            day += timedelta(days=1)
    p.setPen(QPen(colours.grid, 0))
    tier = scale.tier
    for moment in boundaries(left, right, tier.major):
        x = view.x(moment)
        p.drawLine(QPointF(x, 0), QPointF(x, view.height))


def paint_selection(p: QPainter, view: View, selected: set[int], colours: Colours) -> None:
    for index in selected:
        p.fillRect(QRectF(0, view.top(index), view.width, view.row_height), colours.selection)


def paint_lines(p: QPainter, view: View, colours: Colours, today: date) -> None:
    for day, colour, style in ((today, colours.today, Qt.PenStyle.DashLine),
                               (view.snapshot.status_date, colours.status, Qt.PenStyle.SolidLine)):
        if day is None:
            continue
        x = view.x(datetime.combine(day, time(23, 59) if day == view.snapshot.status_date
                                    else time(12)))
        p.setPen(QPen(colour, 2, style))
        p.drawLine(QPointF(x, 0), QPointF(x, view.height))


def paint_rows(p: QPainter, view: View, first: int, last: int, colours: Colours) -> None:
    h = view.row_height
    for index in range(first, last + 1):
        row = view.rows[index]
        top = view.top(index)
        span = view.bar_span(row)
        if span is None:
            continue
        left, right = span
        if view.baseline and row.baseline_start and row.baseline_finish:
            b_left = view.x(row.baseline_start)
            b_right = max(b_left + 2, view.x(row.baseline_finish))
            p.fillRect(QRectF(b_left, top + h * 0.70, b_right - b_left, h * 0.16),
                       colours.baseline)
        critical = view.critical and row.critical
        if row.summary:
            _summary(p, left, right, top, h, colours)
        elif row.is_milestone:
            _diamond(p, (left + right) / 2, top + h * 0.45, h * 0.3,
                     colours.critical_progress if critical else colours.summary)
        else:
            _bar(p, view, row, left, right, top, h, critical, colours)
        if row.deadline:
            _deadline(p, view.x(row.deadline), top, h, colours)
        marker = view.snapshot.risks.get(row.id)
        if marker is not None:
            _risk(p, left, top, h, marker, colours)
        text = row.name if view.label == "name" else row.people if view.label == "people" \
            else ""
        if text:
            p.setPen(colours.text)
            p.drawText(QRectF(right + 6, top, 10000, h),
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)


def _bar(p: QPainter, view: View, row: GanttRow, left: float, right: float, top: float,
         h: int, critical: bool, colours: Colours) -> None:
    rect = QRectF(left, top + h * 0.22, right - left, h * 0.44)
    p.setPen(QPen((colours.critical if critical else colours.bar).darker(130), 1))
    p.setBrush(colours.critical if critical else colours.bar)
    p.drawRect(rect)
    done = progress_x(view, row)
    if done is not None and done > left:
        p.fillRect(QRectF(left, rect.top() + rect.height() / 3, min(done, right) - left,
                          rect.height() / 3),
                   colours.critical_progress if critical else colours.bar_progress)


def progress_x(view: View, row: GanttRow) -> float | None:
    """x where the done part of the bar ends, measured in working time."""
    if not row.percent or row.start is None:
        return None
    if row.percent >= 100:
        return view.x(row.finish)
    worked = round((row.duration or 0) * row.percent / 100)
    return view.x(view.snapshot.calendar.add_working_minutes(row.start, worked))


def _summary(p: QPainter, left: float, right: float, top: float, h: int,
             colours: Colours) -> None:
    y = top + h * 0.28
    thick = h * 0.18
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colours.summary)
    p.drawRect(QRectF(left, y, right - left, thick))
    end = h * 0.22
    for x in (left, right):
        p.drawPolygon(QPolygonF([QPointF(x - end / 2, y), QPointF(x + end / 2, y),
                                 QPointF(x + end / 2, y + thick),
                                 QPointF(x, y + thick + end * 0.8),
                                 QPointF(x - end / 2, y + thick)]))


def _diamond(p: QPainter, x: float, y: float, r: float, colour: QColor) -> None:
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colour)
    p.drawPolygon(QPolygonF([QPointF(x, y - r), QPointF(x + r, y), QPointF(x, y + r),
                             QPointF(x - r, y)]))


def _risk(p: QPainter, left: float, top: float, h: int, marker: TaskMarker,
          colours: Colours) -> None:
    """A dot on the bar's top-left corner in the colour of the worst open risk linked to
    the task (above the middle, where link arrows arrive)."""
    colour = QColor(marker.worst.color) if marker.worst is not None else colours.text
    r = max(3.0, h * 0.14)
    p.setPen(QPen(colours.text, 1))
    p.setBrush(colour)
    p.drawEllipse(QPointF(left, top + r + 1), r, r)


def _deadline(p: QPainter, x: float, top: float, h: int, colours: Colours) -> None:
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colours.deadline)
    size = h * 0.22
    p.drawPolygon(QPolygonF([QPointF(x - size, top + 2), QPointF(x + size, top + 2),
                             QPointF(x, top + 2 + size * 1.4)]))


def link_route(view: View, link: LinkRow) -> list[tuple[float, float]] | None:
    a, b = view.row_of.get(link.predecessor), view.row_of.get(link.successor)
    if a is None or b is None:
        return None
    pred, succ = view.rows[a], view.rows[b]
    p_span, s_span = view.bar_span(pred), view.bar_span(succ)
    if p_span is None or s_span is None:
        return None
    mid = view.row_height * 0.45
    return route(link.type, (*p_span, view.top(a) + mid), (*s_span, view.top(b) + mid),
                 view.row_height)


def paint_links(p: QPainter, view: View, links: list[LinkRow], colours: Colours,
                critical_ids: set[int] | None = None) -> None:
    for link in links:
        points = link_route(view, link)
        if not points:
            continue
        hot = view.critical and critical_ids is not None and link.predecessor in critical_ids \
            and link.successor in critical_ids
        colour = colours.critical if hot else colours.link
        p.setPen(QPen(colour, 1))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPolyline(QPolygonF([QPointF(x, y) for x, y in points]))
        _arrow(p, points[-2], points[-1], colour)


def _arrow(p: QPainter, a: tuple[float, float], b: tuple[float, float], colour: QColor) -> None:
    (x1, y1), (x2, y2) = a, b
    size = 4.0
    if abs(x2 - x1) >= abs(y2 - y1):
        d = 1 if x2 > x1 else -1
        tip = [QPointF(x2, y2), QPointF(x2 - d * size * 1.5, y2 - size),
               QPointF(x2 - d * size * 1.5, y2 + size)]
    else:
        d = 1 if y2 > y1 else -1
        tip = [QPointF(x2, y2), QPointF(x2 - size, y2 - d * size * 1.5),
               QPointF(x2 + size, y2 - d * size * 1.5)]
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(colour))
    p.drawPolygon(QPolygonF(tip))

