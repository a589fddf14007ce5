"""The tooltip of a bar: name, dates, duration, slack."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from app.core.durations import format_duration
from app.views.formats import date_text
from app.views.gantt.data import GanttRow, Snapshot


def task_tooltip(row: GanttRow, snapshot: Snapshot) -> str:
    def tr(text: str) -> str:
        return QCoreApplication.translate("GanttTooltip", text)

    per_day = snapshot.minutes_per_day
    lines = [f"<b>{escape(row.name)}</b>",
             tr("Start: {date}").format(date=date_text(row.start)),
             tr("Finish: {date}").format(date=date_text(row.finish)),
             tr("Duration: {duration}").format(duration=format_duration(row.duration or 0,
                                                                         per_day))]
    if row.total_slack is not None:
        lines.append(tr("Total slack: {slack}").format(
            slack=format_duration(row.total_slack, per_day)))
    if row.percent:
        lines.append(tr("Complete: {percent}%").format(percent=row.percent))
    if row.critical:
        lines.append(tr("On the critical path"))
    if row.deadline:
        lines.append(tr("Deadline: {date}").format(date=date_text(row.deadline)))
    if row.baseline_start:
        lines.append(tr("Baseline: {start} \u2013 {finish}").format(
            start=date_text(row.baseline_start), finish=date_text(row.baseline_finish)))
    if row.people:
        lines.append(escape(row.people))
    return "<br>".join(lines)
