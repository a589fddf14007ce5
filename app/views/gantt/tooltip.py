"""The tooltip of a bar: name, dates, duration, slack."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from app.core.durations import format_duration
from app.core.risk_summary import TaskMarker
from app.views.formats import date_text
from app.views.gantt.data import GanttRow, Snapshot


def task_tooltip(row: GanttRow, snapshot: Snapshot) -> str:
    per_day = snapshot.minutes_per_day
    lines = [f"<b>{escape(row.name)}</b>",
             QCoreApplication.translate("GanttTooltip", "Start: {date}").format(date=date_text(row.start)),
             QCoreApplication.translate("GanttTooltip", "Finish: {date}").format(date=date_text(row.finish)),
             QCoreApplication.translate("GanttTooltip", "Duration: {duration}").format(duration=format_duration(row.duration or 0,
                                                                         per_day))]
    if row.total_slack is not None:
        lines.append(QCoreApplication.translate("GanttTooltip", "Total slack: {slack}").format(
            slack=format_duration(row.total_slack, per_day)))
    if row.percent:
        lines.append(QCoreApplication.translate("GanttTooltip", "Complete: {percent}%").format(percent=row.percent))
    if row.critical:
        lines.append(QCoreApplication.translate("GanttTooltip", "On the critical path"))
    if row.deadline:
        lines.append(QCoreApplication.translate("GanttTooltip", "Deadline: {date}").format(date=date_text(row.deadline)))
    if row.baseline_start:
        lines.append(QCoreApplication.translate("GanttTooltip", "Baseline: {start} \u2013 {finish}").format(
            start=date_text(row.baseline_start), finish=date_text(row.baseline_finish)))
    if row.people:
        lines.append(escape(row.people))
    if row.id in snapshot.risks:
        lines.append(escape(risk_text(snapshot.risks[row.id])))
    return "<br>".join(lines)


def risk_text(marker: TaskMarker) -> str:
    """"Risks: R-003, R-007 (worst: High)" for a task's open linked risks."""
    codes = ", ".join(marker.codes)
    if marker.worst is None:
        return QCoreApplication.translate("GanttTooltip", "Risks: {codes}").format(codes=codes)
    return QCoreApplication.translate("GanttTooltip", "Risks: {codes} (worst: {rating})").format(
        codes=codes, rating=marker.worst.label)
