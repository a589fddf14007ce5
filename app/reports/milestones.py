"""Milestones with baseline, forecast, variance and their state at the status date
(hit, missed, due soon: the health figures' own classification)."""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.core.durations import format_duration
from app.core.health import is_milestone
from app.core.i18n import QT_TRANSLATE_NOOP, translate
from app.reports import dates
from app.reports.build import PORTRAIT, Context
from app.reports.flowables import Heading, TextBlock
from app.reports.options import Section
from app.reports.summary import MILESTONE_COLORS
from app.reports.table import Cell, Column, GridTable

HEADERS = (QT_TRANSLATE_NOOP("report", "WBS"), QT_TRANSLATE_NOOP("report", "Milestone"),
           QT_TRANSLATE_NOOP("report", "Baseline"), QT_TRANSLATE_NOOP("report", "Forecast"),
           QT_TRANSLATE_NOOP("report", "Variance"), QT_TRANSLATE_NOOP("report", "State"))
STATES = (QT_TRANSLATE_NOOP("report", "Hit"), QT_TRANSLATE_NOOP("report", "Missed"),
          QT_TRANSLATE_NOOP("report", "Next 30 days"), QT_TRANSLATE_NOOP("report", "Planned"))
_NONE = QT_TRANSLATE_NOOP("report", "The plan has no milestones.")
_NOTE = QT_TRANSLATE_NOOP(
    "report", "Variance: working time from the baseline to the forecast finish (+ late). "
    "State at the status date {date}.")


def _t(text: str) -> str:
    return translate("report", text)


def build(ctx: Context) -> tuple[str, list[Flowable]]:
    ts, data = ctx.ts, ctx.data
    width, _ = ctx.portrait
    story: list[Flowable] = [Heading(ts, Section.MILESTONES.label, key="milestones")]
    tasks = [t for t in data.tasks or [] if is_milestone(t)]
    if not tasks:
        return PORTRAIT, story + [TextBlock(ts, _t(_NONE))]
    f = data.figures
    state = {i: 0 for i in f.milestones.hit} | {i: 1 for i in f.milestones.missed} \
        | {i: 2 for i in f.milestones.upcoming}
    wbs = {r.id: r.wbs for r in data.gantt.rows} if data.gantt else {}
    calendar = data.gantt.calendar if data.gantt else None
    widths = (50, 0, 72, 72, 60, 78)
    name_w = width - sum(widths)
    columns = [Column(_t(h), w or name_w, "right" if i in (2, 3, 4) else "left",
                      lines=2 if i == 1 else 1)
               for i, (h, w) in enumerate(zip(HEADERS, widths, strict=True))]
    columns[5] = Column(_t(HEADERS[5]), widths[5], "center")
    rows = []
    for t in tasks:
        variance = ""
        if t.baseline_finish and t.finish and calendar is not None:
            minutes = calendar.working_minutes_between(t.baseline_finish, t.finish)
            variance = ("+" if minutes > 0 else "") + format_duration(
                minutes, f.minutes_per_day)
        kind = state.get(t.id, 3)
        late = variance.startswith("+")
        rows.append([wbs.get(t.id, ""), t.name, dates.short(t.baseline_finish),
                     dates.short(t.actual_finish or t.finish),
                     Cell(variance, color="#b3261e" if late else None, bold=late),
                     Cell(_t(STATES[kind]), MILESTONE_COLORS[kind])])
    story.append(GridTable(ts, columns, rows, size=8))
    story.append(TextBlock(ts, _t(_NOTE).format(date=dates.long(f.status_date)), 7.5,
                           muted=True))
    return PORTRAIT, story
