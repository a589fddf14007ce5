"""The summary: key figures as a small table, four charts and the late critical tasks.

Every figure comes from app.models.health.key_figures (the Dashboard's numbers) and the
risk and RACI summaries; nothing is recomputed here.
"""

from __future__ import annotations

from datetime import datetime

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Spacer

from app.core.durations import format_duration
from app.core.health import Band, Basis
from app.core.i18n import QT_TRANSLATE_NOOP, translate
from app.models.health import KeyFigures
from app.reports import charts, dates
from app.reports.build import PORTRAIT, Context
from app.reports.flowables import Drawing, Heading, TextBlock
from app.reports.options import Section
from app.reports.table import Cell, Column, GridTable

BAND_COLORS = {Band.GREEN: "#2e9a4e", Band.AMBER: "#e6a23c", Band.RED: "#d2352b",
               Band.NONE: "#9aa0a6"}
MILESTONE_COLORS = ("#2e9a4e", "#d2352b", "#3c8dde", "#c4c7cc")
LIMIT = 15  # late critical tasks listed


def _t(text: str) -> str:
    return translate("report", text)


FIGURE, VALUE, STATE = (QT_TRANSLATE_NOOP("report", "Figure"),
                        QT_TRANSLATE_NOOP("report", "Value"),
                        QT_TRANSLATE_NOOP("report", "Status"))
ROWS = {
    "status": QT_TRANSLATE_NOOP("report", "Status date"),
    "progress": QT_TRANSLATE_NOOP("report", "Progress against plan"),
    "spi": QT_TRANSLATE_NOOP("report", "Schedule performance (SPI)"),
    "cpi": QT_TRANSLATE_NOOP("report", "Cost performance (CPI)"),
    "finish": QT_TRANSLATE_NOOP("report", "Forecast finish"),
    "tasks": QT_TRANSLATE_NOOP("report", "Tasks finished"),
    "milestones": QT_TRANSLATE_NOOP("report", "Milestones"),
    "critical_late": QT_TRANSLATE_NOOP("report", "Critical tasks late"),
    "late": QT_TRANSLATE_NOOP("report", "Tasks late"),
    "risks": QT_TRANSLATE_NOOP("report", "Open risks"),
    "raci": QT_TRANSLATE_NOOP("report", "RACI problems"),
}
_NOT_SET = QT_TRANSLATE_NOOP("report", "{date} (no status date set: today)")
_PROGRESS = QT_TRANSLATE_NOOP("report", "{complete}% complete, {planned}% planned")
_FINISH = QT_TRANSLATE_NOOP("report", "{forecast} (baseline {planned}, {variance})")
_TASKS = QT_TRANSLATE_NOOP("report", "{done} of {total}")
_MILESTONES = QT_TRANSLATE_NOOP(
    "report", "{hit} hit, {missed} missed, {upcoming} due in the next 30 days, of {total}")
_RISKS = QT_TRANSLATE_NOOP("report", "{open} open, exposure {exposure}, {overdue} reviews "
                           "overdue")
_RACI = QT_TRANSLATE_NOOP("report", "{errors} tasks with errors, {warnings} with warnings, "
                          "{overloaded} people overloaded")
_BASIS = QT_TRANSLATE_NOOP("report", "Earned value measured {basis}.")
_CHART_PROGRESS = QT_TRANSLATE_NOOP("report", "Progress")
_PLANNED = QT_TRANSLATE_NOOP("report", "Planned")
_COMPLETE = QT_TRANSLATE_NOOP("report", "Complete")
_CHART_MILESTONES = QT_TRANSLATE_NOOP("report", "Milestones")
_HIT, _MISSED, _UPCOMING, _LATER = (QT_TRANSLATE_NOOP("report", "Hit"),
                                    QT_TRANSLATE_NOOP("report", "Missed"),
                                    QT_TRANSLATE_NOOP("report", "Next 30 days"),
                                    QT_TRANSLATE_NOOP("report", "Later"))
_CHART_RISKS = QT_TRANSLATE_NOOP("report", "Open risks by rating")
_CHART_RACI = QT_TRANSLATE_NOOP("report", "RACI problems")
_ERRORS, _WARNINGS, _OVERLOADED = (QT_TRANSLATE_NOOP("report", "Errors"),
                                   QT_TRANSLATE_NOOP("report", "Warnings"),
                                   QT_TRANSLATE_NOOP("report", "Overloaded"))
_LATE_TITLE = QT_TRANSLATE_NOOP("report", "Critical tasks late")
_NONE_LATE = QT_TRANSLATE_NOOP("report", "No critical task is late.")
_MORE = QT_TRANSLATE_NOOP("report", "\u2026 and {count} more.")
_TASK, _FINISH_COL, _BASELINE_COL, _PERCENT = (
    QT_TRANSLATE_NOOP("report", "Task"), QT_TRANSLATE_NOOP("report", "Forecast finish"),
    QT_TRANSLATE_NOOP("report", "Baseline finish"), QT_TRANSLATE_NOOP("report", "% complete"))
_ID = QT_TRANSLATE_NOOP("GanttColumns", "ID")


def _index(value: float | None) -> str:
    return "\u2014" if value is None else f"{value:.2f}"


def _amount(figures: KeyFigures, value: float) -> str:
    if figures.ev.basis == Basis.DURATION:
        return format_duration(round(value), figures.minutes_per_day)
    return f"{value:,.0f} {figures.currency}"


def _variance(ctx: Context, forecast: datetime, planned: datetime) -> str:
    calendar = ctx.data.gantt.calendar if ctx.data.gantt else None
    if calendar is None:
        return ""
    minutes = calendar.working_minutes_between(planned, forecast)
    sign = "+" if minutes > 0 else ""
    return sign + format_duration(minutes, ctx.data.figures.minutes_per_day)


def figure_rows(ctx: Context) -> list[list]:
    f = ctx.data.figures
    ev = f.ev
    late_critical = [i for i in f.late if i in set(f.critical)]
    status = dates.long(f.status_date)
    rows = [
        ("status", status if f.status_date_set else _t(_NOT_SET).format(date=status), None),
        ("progress", _t(_PROGRESS).format(complete=f"{ev.percent_complete:.0f}",
                                          planned=f"{ev.percent_planned:.0f}"),
         f.progress_band),
        ("spi", _index(ev.spi), f.spi_band),
        ("cpi", _index(ev.cpi), f.cpi_band),
    ]
    if f.forecast_finish and f.planned_finish:
        finish = _t(_FINISH).format(forecast=dates.long(f.forecast_finish),
                                    planned=dates.long(f.planned_finish),
                                    variance=_variance(ctx, f.forecast_finish, f.planned_finish))
    else:
        finish = dates.long(f.forecast_finish)
    m = f.milestones
    rows += [
        ("finish", finish, None),
        ("tasks", _t(_TASKS).format(done=f.tasks_done, total=f.tasks), None),
        ("milestones", _t(_MILESTONES).format(hit=len(m.hit), missed=len(m.missed),
                                              upcoming=len(m.upcoming), total=m.total),
         Band.RED if m.missed else None),
        ("critical_late", str(len(late_critical)), Band.RED if late_critical else Band.GREEN),
        ("late", str(len(f.late)), Band.AMBER if f.late else Band.GREEN),
        ("risks", _t(_RISKS).format(open=f.risks_open, exposure=f.risk_exposure,
                                    overdue=len(f.risk_reviews_overdue)),
         Band.AMBER if f.risk_reviews_overdue else None),
        ("raci", _t(_RACI).format(errors=f.raci_errors, warnings=f.raci_warnings,
                                  overloaded=f.raci_overloaded),
         Band.RED if f.raci_errors else Band.AMBER if f.raci_warnings else Band.GREEN),
    ]
    return [[_t(ROWS[key]), value,
             Cell(band.label, BAND_COLORS[band]) if band is not None else ""]
            for key, value, band in rows]


def build(ctx: Context) -> tuple[str, list[Flowable]]:
    ts, f = ctx.ts, ctx.data.figures
    width, _ = ctx.portrait
    story: list[Flowable] = [Heading(ts, Section.SUMMARY.label, key="summary")]
    columns = [Column(_t(FIGURE), 150), Column(_t(VALUE), width - 150 - 80, lines=2),
               Column(_t(STATE), 80, "center")]
    story.append(GridTable(ts, columns, figure_rows(ctx), size=8.5, stripes=True))
    basis = f.ev.basis.label
    story.append(TextBlock(ts, _t(_BASIS).format(basis=basis) + "  PV " + _amount(f, f.ev.pv)
                           + " \u00b7 EV " + _amount(f, f.ev.ev) + " \u00b7 AC "
                           + _amount(f, f.ev.ac) + " \u00b7 BAC " + _amount(f, f.ev.bac),
                           7.5, muted=True))
    story.append(Spacer(1, 6))
    story.append(Drawing(lambda c, w, h: _charts(c, w, h, ctx), width, 230))
    story.append(Spacer(1, 10))
    story += _late_critical(ctx, width)
    return PORTRAIT, story


def _charts(c: Canvas, w: float, h: float, ctx: Context) -> None:
    ts, f = ctx.ts, ctx.data.figures
    gap = 10.0
    pw, ph = (w - gap) / 2, (h - gap) / 2
    inner = pw - 16
    # Progress against plan.
    top = charts.panel(c, ts, 0, ph + gap, pw, ph, _t(_CHART_PROGRESS))
    colour = BAND_COLORS[f.progress_band]
    charts.bars(c, ts, 8, top - 4, inner, [
        charts.Bar(_t(_PLANNED), f.ev.percent_planned, "#9aa0a6",
                   f"{f.ev.percent_planned:.0f}%"),
        charts.Bar(_t(_COMPLETE), f.ev.percent_complete, colour,
                   f"{f.ev.percent_complete:.0f}%")], scale_max=100, row=22)
    # Milestones.
    m = f.milestones
    later = max(0, m.total - len(m.hit) - len(m.missed) - len(m.upcoming))
    top = charts.panel(c, ts, pw + gap, ph + gap, pw, ph, _t(_CHART_MILESTONES))
    charts.stacked(c, ts, pw + gap + 8, top - 6, inner, [
        charts.Bar(_t(label), value, colour) for label, value, colour in zip(
            (_HIT, _MISSED, _UPCOMING, _LATER), (len(m.hit), len(m.missed), len(m.upcoming),
                                                 later), MILESTONE_COLORS, strict=True)])
    # Risks by rating, the worst on top.
    top = charts.panel(c, ts, 0, 0, pw, ph, _t(_CHART_RISKS))
    charts.bars(c, ts, 8, top, inner, [charts.Bar(r.label, r.threats + r.opportunities, r.color)
                                       for r in reversed(f.risks_by_rating)], row=14)
    # RACI problems.
    top = charts.panel(c, ts, pw + gap, 0, pw, ph, _t(_CHART_RACI))
    charts.bars(c, ts, pw + gap + 8, top, inner, [
        charts.Bar(_t(_ERRORS), f.raci_errors, BAND_COLORS[Band.RED]),
        charts.Bar(_t(_WARNINGS), f.raci_warnings, BAND_COLORS[Band.AMBER]),
        charts.Bar(_t(_OVERLOADED), f.raci_overloaded, "#8c96a3")], row=16)


def _late_critical(ctx: Context, width: float) -> list[Flowable]:
    ts, f = ctx.ts, ctx.data.figures
    story: list[Flowable] = [Heading(ts, _t(_LATE_TITLE), level=1)]
    critical = set(f.critical)
    late = [i for i in f.late if i in critical]
    if not late:
        return story + [TextBlock(ts, _t(_NONE_LATE), 9)]
    facts = {t.id: t for t in ctx.data.tasks or []}
    numbers = {r.id: r.number for r in ctx.data.gantt.rows} if ctx.data.gantt else {}
    columns = [Column(translate("GanttColumns", _ID), 30, "right"),
               Column(_t(_TASK), width - 30 - 3 * 80), Column(_t(_FINISH_COL), 80, "right"),
               Column(_t(_BASELINE_COL), 80, "right"), Column(_t(_PERCENT), 80, "right")]
    rows = []
    for task_id in late[:LIMIT]:
        t = facts.get(task_id)
        if t is None:
            continue
        rows.append([str(numbers.get(task_id, "")), t.name, dates.short(t.finish),
                     dates.short(t.baseline_finish), f"{t.percent}%"])
    story.append(GridTable(ts, columns, rows, size=8))
    if len(late) > LIMIT:
        story.append(TextBlock(ts, _t(_MORE).format(count=len(late) - LIMIT), 8, muted=True))
    return story
