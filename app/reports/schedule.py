"""The schedule section: the task table beside the Gantt chart, tiled across pages.

Rows run down and time runs across: a plan too long for one page is cut into bands of
rows, each band into tiles of time, every tile repeating the table columns and the
date header and saying where it sits ("page 2 of 6, tasks 41–80, time 1 of 2").
At the readable scale (pages_wide 0) the chart is as wide as it needs to be; with
pages_wide N the whole plan is fitted into N pages across.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak

from app.core.durations import format_duration
from app.core.i18n import QT_TRANSLATE_NOOP, translate
from app.core.timescale import DAY, TimeScale, floor
from app.models.gantt_data import Snapshot
from app.reports import dates
from app.reports import gantt as g
from app.reports.build import LANDSCAPE, Context
from app.reports.flowables import ACCENT, INK, MUTED, RULE, Drawing
from app.reports.options import Section

ROW_H, FONT, HEADER_H, TITLE_H, LEGEND_H = 11.0, 6.3, 22.0, 18.0, 14.0
READABLE_PT_PER_DAY = 1.2  # below this the header drops to quarters: tile instead
MAX_PT_PER_DAY = 30.0

_TITLE = QT_TRANSLATE_NOOP("report", "Schedule \u2014 page {page} of {pages}")
_WHERE = QT_TRANSLATE_NOOP("report", "tasks {first}\u2013{last} of {count} \u00b7 "
                           "{start} to {end} \u00b7 time {column} of {columns}")
_EMPTY = QT_TRANSLATE_NOOP("report", "The plan has no tasks yet.")
HEADERS = {
    "id": QT_TRANSLATE_NOOP("GanttColumns", "ID"),
    "name": QT_TRANSLATE_NOOP("GanttColumns", "Task name"),
    "duration": QT_TRANSLATE_NOOP("GanttColumns", "Duration"),
    "start": QT_TRANSLATE_NOOP("GanttColumns", "Start"),
    "finish": QT_TRANSLATE_NOOP("GanttColumns", "Finish"),
    "percent": QT_TRANSLATE_NOOP("GanttColumns", "% Complete"),
    "predecessors": QT_TRANSLATE_NOOP("GanttColumns", "Predecessors"),
    "people": QT_TRANSLATE_NOOP("GanttColumns", "Assigned to"),
}
LEGEND = (
    ("bar", QT_TRANSLATE_NOOP("report", "Task")),
    ("critical", QT_TRANSLATE_NOOP("report", "Critical")),
    ("progress", QT_TRANSLATE_NOOP("report", "Progress")),
    ("summary", QT_TRANSLATE_NOOP("report", "Summary")),
    ("milestone", QT_TRANSLATE_NOOP("report", "Milestone")),
    ("baseline", QT_TRANSLATE_NOOP("report", "Baseline")),
    ("deadline", QT_TRANSLATE_NOOP("report", "Deadline")),
    ("today", QT_TRANSLATE_NOOP("report", "Today")),
    ("status", QT_TRANSLATE_NOOP("report", "Status date")),
)


@dataclass(frozen=True)
class TableColumn:
    key: str
    width: float
    align: str = "left"


@dataclass(frozen=True)
class Tiling:
    columns: tuple[TableColumn, ...]
    table_width: float
    chart_width: float
    rows_per_page: int
    bands: int  # of rows
    across: int  # tiles of time per band
    scale: TimeScale
    start: datetime
    end: datetime

    @property
    def pages(self) -> int:
        return self.bands * self.across


def _columns(frame_width: float) -> tuple[TableColumn, ...]:
    wide = frame_width >= 1000  # A3 landscape: who and what before, too
    name = 200.0 if wide else 150.0
    cols = [TableColumn("id", 20, "right"), TableColumn("name", name),
            TableColumn("duration", 36, "right"), TableColumn("start", 44, "right"),
            TableColumn("finish", 44, "right"), TableColumn("percent", 38, "right")]
    if wide:
        cols += [TableColumn("predecessors", 56), TableColumn("people", 80)]
    return tuple(cols)


def plan_tiles(snapshot: Snapshot, frame: tuple[float, float], pages_wide: int) -> Tiling:
    width, height = frame
    columns = _columns(width)
    table_width = sum(c.width for c in columns)
    chart_width = width - table_width
    rows_per_page = max(1, int((height - TITLE_H - HEADER_H - LEGEND_H) // ROW_H))
    starts = [r.start for r in snapshot.rows if r.start] + \
        [r.baseline_start for r in snapshot.rows if r.baseline_start]
    finishes = [r.finish for r in snapshot.rows if r.finish] + \
        [r.baseline_finish for r in snapshot.rows if r.baseline_finish] + \
        [r.deadline for r in snapshot.rows if r.deadline]
    first = min(starts, default=datetime.combine(snapshot.project_start or datetime.now(),
                                                 datetime.min.time()))
    last = max(finishes, default=first + timedelta(days=30))
    start = floor(first, DAY) - timedelta(days=2)
    # Room after the last bar for its name label.
    span_days = max(7.0, (last - start).total_seconds() / 86400 + 4)
    if pages_wide > 0:
        per_day = pages_wide * chart_width / span_days
        across = pages_wide
    else:
        # As few tiles as keep months readable, the plan stretched to fill them all (a
        # last tile with a sliver of the plan would be a page of blank chart).
        across = max(1, math.ceil(span_days * READABLE_PT_PER_DAY / chart_width - 1e-9))
        per_day = across * chart_width / span_days
    per_day = min(per_day, MAX_PT_PER_DAY)
    scale = TimeScale(start, per_day)
    end = scale.at(across * chart_width)
    bands = max(1, math.ceil(len(snapshot.rows) / rows_per_page))
    return Tiling(columns, table_width, chart_width, rows_per_page, bands, across, scale,
                  start, end)


def _cell(key: str, row, snapshot: Snapshot) -> str:
    if key == "id":
        return str(row.number)
    if key == "name":
        return row.name or ""
    if key == "duration":
        return format_duration(row.duration or 0, snapshot.minutes_per_day)
    if key in ("start", "finish"):
        return dates.short(getattr(row, key))
    if key == "percent":
        return f"{row.percent or 0:g}%"
    return getattr(row, key) or ""


def build(ctx: Context) -> tuple[str, list[Flowable]]:
    snapshot = ctx.data.gantt
    frame = ctx.landscape
    if snapshot is None or not snapshot.rows:
        from app.reports.flowables import Heading, TextBlock

        return LANDSCAPE, [Heading(ctx.ts, Section.SCHEDULE.label, key="schedule"),
                           TextBlock(ctx.ts, translate("report", _EMPTY))]
    tiling = plan_tiles(snapshot, frame, ctx.options.pages_wide)
    row_of = {row.id: i for i, row in enumerate(snapshot.rows)}
    story: list[Flowable] = []
    page = 0
    for band_index in range(tiling.bands):
        first = band_index * tiling.rows_per_page
        last = min(len(snapshot.rows), first + tiling.rows_per_page) - 1
        for column in range(tiling.across):
            page += 1
            start = tiling.scale.at(column * tiling.chart_width)
            end = tiling.scale.at((column + 1) * tiling.chart_width)
            band = g.Band(tiling.scale, snapshot.rows, row_of, first, last, start, end, ROW_H,
                          snapshot.calendar)
            if story:
                story.append(PageBreak())
            story.append(Drawing(_tile_painter(ctx, tiling, band, page, column), None, None))
    return LANDSCAPE, story


def _tile_painter(ctx: Context, tiling: Tiling, band: g.Band, page: int, column: int):
    ts, snapshot = ctx.ts, ctx.data.gantt

    def paint(c: Canvas, width: float, height: float) -> None:
        if page == 1:
            c.bookmarkPage("schedule")
            c.addOutlineEntry(Section.SCHEDULE.label, "schedule", level=0)
        c.setFillColor(ACCENT)
        title = translate("report", _TITLE).format(page=page, pages=tiling.pages)
        ts.draw(c, 0, height - 12, title, 11, bold=True)
        c.setFillColor(MUTED)
        where = translate("report", _WHERE).format(
            first=band.first + 1, last=band.last + 1, count=len(band.rows),
            start=dates.short(band.start), end=dates.short(band.end - timedelta(seconds=1)),
            column=column + 1, columns=tiling.across)
        ts.draw(c, width, height - 11, ts.fit(where, width * 0.6, 7.5), 7.5, align="right")
        top = height - TITLE_H
        rows_h = (band.last - band.first + 1) * ROW_H
        _table(c, ctx, tiling, band, top)
        header = g.Painter(c, ts, tiling.table_width, top, tiling.chart_width, HEADER_H)
        g.paint_header(header, band, FONT)
        chart = g.Painter(c, ts, tiling.table_width, top - HEADER_H, tiling.chart_width,
                          tiling.rows_per_page * ROW_H)
        _row_lines(c, width, top - HEADER_H, band)
        g.paint_chart(chart, band, snapshot, snapshot.links, ctx.data.made_on, FONT)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.6)
        c.rect(0, top - HEADER_H - rows_h, width, HEADER_H + rows_h, stroke=1, fill=0)
        c.line(tiling.table_width, top, tiling.table_width, top - HEADER_H - rows_h)
        _legend(c, ctx, LEGEND_H - 4)

    return paint


def _row_lines(c: Canvas, width: float, top: float, band: g.Band) -> None:
    """Faint rules between rows across table and chart, to follow a row on paper."""
    c.setStrokeColor(g.HexColor("#eceef1"))
    c.setLineWidth(0.3)
    for k in range(1, band.last - band.first + 1):
        y = top - k * ROW_H
        c.line(0, y, width, y)


def _table(c: Canvas, ctx: Context, tiling: Tiling, band: g.Band, top: float) -> None:
    ts, snapshot = ctx.ts, ctx.data.gantt
    c.setFillColor(g.HEADER_FILL)
    c.rect(0, top - HEADER_H, tiling.table_width, HEADER_H, stroke=0, fill=1)
    x = 0.0
    for col in tiling.columns:
        text = translate("GanttColumns", HEADERS[col.key])
        lines = ts.wrap(text, col.width - 4, FONT, bold=True, max_lines=2)
        y = top - HEADER_H + 4 + (len(lines) - 1) * FONT * 1.2
        c.setFillColor(INK)
        for line in lines:
            _aligned(ts, c, x, col, y, line, bold=True)
            y -= FONT * 1.2
        x += col.width
    for index in range(band.first, band.last + 1):
        row = band.rows[index]
        y = top - HEADER_H - (index - band.first) * ROW_H - ROW_H / 2 - FONT * 0.35
        x = 0.0
        for col in tiling.columns:
            text = _cell(col.key, row, snapshot)
            indent = (row.level - 1) * 6 if col.key == "name" else 0
            bold = bool(row.summary) and col.key == "name"
            c.setFillColor(g.CRITICAL_PROGRESS if (row.critical and col.key == "name"
                                                   and not row.summary) else INK)
            fitted = ts.fit(text, col.width - 4 - indent, FONT, bold)
            _aligned(ts, c, x + indent, col, y, fitted, bold)
            x += col.width


def _aligned(ts, c: Canvas, x: float, col: TableColumn, y: float, text: str,
             bold: bool = False) -> None:
    if col.align == "right":
        ts.draw(c, x + col.width - 2, y, text, FONT, bold, "right")
    else:
        ts.draw(c, x + 2, y, text, FONT, bold)


def _legend(c: Canvas, ctx: Context, y: float) -> None:
    ts = ctx.ts
    x = 0.0
    size = 6.5
    for kind, text in LEGEND:
        p = g.Painter(c, ts, x, y + 8, 20, 10)
        h = 10.0
        if kind in ("bar", "critical", "progress"):
            fill = g.CRITICAL if kind == "critical" else g.BAR
            p.rect(0, h * 0.22, 16, h * 0.44, fill, g.CRITICAL_EDGE if kind == "critical"
                   else g.BAR_EDGE)
            if kind == "progress":
                p.rect(0, h * 0.22 + h * 0.44 / 3, 10, h * 0.44 / 3, g.BAR_PROGRESS)
        elif kind == "summary":
            g._summary(p, 1, 15, 0, h)
        elif kind == "milestone":
            r = h * 0.3
            p.polygon([(8, h * 0.45 - r), (8 + r, h * 0.45), (8, h * 0.45 + r),
                       (8 - r, h * 0.45)], g.SUMMARY)
        elif kind == "baseline":
            p.rect(0, h * 0.42, 16, h * 0.16, g.BASELINE)
        elif kind == "deadline":
            s = h * 0.22
            p.polygon([(8 - s * 1.4, 1), (8 + s * 1.4, 1), (8, 1 + s * 2)], g.DEADLINE)
        else:
            colour = g.TODAY if kind == "today" else g.STATUS
            c.setStrokeColor(colour)
            c.setLineWidth(1.0)
            c.setDash(3, 2) if kind == "today" else c.setDash()
            c.line(x + 8, y - 1, x + 8, y + 8)
            c.setDash()
        c.setFillColor(MUTED)
        label = translate("report", text)
        ts.draw(c, x + 20, y + 1, label, size)
        x += 28 + ts.width(label, size)


def page_count(snapshot: Snapshot, frame: tuple[float, float], pages_wide: int) -> int:
    """How many pages the schedule takes (for tests and the options dialog)."""
    return plan_tiles(snapshot, frame, pages_wide).pages

