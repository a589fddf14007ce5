"""The task table's columns: header text, alignment, what a cell shows (no widgets)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QLocale, Qt

from app.core.durations import format_duration
from app.core.enums import ConstraintType
from app.core.i18n import QT_TRANSLATE_NOOP
from app.views.formats import date_text, percent_text
from app.views.gantt.data import GanttRow, Snapshot

R = Qt.AlignmentFlag.AlignRight
L = Qt.AlignmentFlag.AlignLeft
C = Qt.AlignmentFlag.AlignHCenter


@dataclass(frozen=True)
class Column:
    key: str
    header: str  # source text in context "GanttColumns"
    align: Qt.AlignmentFlag
    width: int
    editable: bool = False
    shown: bool = True  # by default


def money_text(value: float) -> str:
    return QLocale().toString(float(value), "f", 0 if float(value).is_integer() else 2)


def _duration(row: GanttRow, snap: Snapshot) -> str:
    return format_duration(row.duration or 0, snap.minutes_per_day)


def _constraint(row: GanttRow, snap: Snapshot) -> str:
    if row.constraint_type in (None, ConstraintType.ASAP):
        return ""
    label = row.constraint_type.label
    return f"{label} {date_text(row.constraint_date)}".strip()


def _slack(row: GanttRow, snap: Snapshot) -> str:
    if row.total_slack is None:
        return ""
    return format_duration(row.total_slack, snap.minutes_per_day)


def _variance(planned: datetime | None, actual: datetime | None, snap: Snapshot) -> str:
    if planned is None or actual is None:
        return ""
    minutes = snap.calendar.working_minutes_between(planned, actual)
    return format_duration(minutes, snap.minutes_per_day)


COLUMNS: tuple[Column, ...] = (
    Column("id", QT_TRANSLATE_NOOP("GanttColumns", "ID"), R, 44),
    Column("wbs", QT_TRANSLATE_NOOP("GanttColumns", "WBS"), L, 60, shown=False),
    Column("name", QT_TRANSLATE_NOOP("GanttColumns", "Task name"), L, 240, True),
    Column("duration", QT_TRANSLATE_NOOP("GanttColumns", "Duration"), R, 70, True),
    Column("start", QT_TRANSLATE_NOOP("GanttColumns", "Start"), R, 90, True),
    Column("finish", QT_TRANSLATE_NOOP("GanttColumns", "Finish"), R, 90, True),
    Column("predecessors", QT_TRANSLATE_NOOP("GanttColumns", "Predecessors"), L, 100, True),
    Column("percent", QT_TRANSLATE_NOOP("GanttColumns", "% Complete"), R, 76, True),
    Column("people", QT_TRANSLATE_NOOP("GanttColumns", "Assigned to"), L, 120, True),
    Column("constraint", QT_TRANSLATE_NOOP("GanttColumns", "Constraint"), L, 150, shown=False),
    Column("deadline", QT_TRANSLATE_NOOP("GanttColumns", "Deadline"), R, 90, True, False),
    Column("slack", QT_TRANSLATE_NOOP("GanttColumns", "Total slack"), R, 80, shown=False),
    Column("baseline_start", QT_TRANSLATE_NOOP("GanttColumns", "Baseline start"), R, 96,
           shown=False),
    Column("baseline_finish", QT_TRANSLATE_NOOP("GanttColumns", "Baseline finish"), R, 96,
           shown=False),
    Column("start_variance", QT_TRANSLATE_NOOP("GanttColumns", "Start variance"), R, 90,
           shown=False),
    Column("finish_variance", QT_TRANSLATE_NOOP("GanttColumns", "Finish variance"), R, 90,
           shown=False),
    Column("notes", QT_TRANSLATE_NOOP("GanttColumns", "Notes"), C, 44),
    Column("risks", QT_TRANSLATE_NOOP("GanttColumns", "Risks"), L, 80),
    # Progress tracking (shown together by the progress update mode)
    Column("actual_start", QT_TRANSLATE_NOOP("GanttColumns", "Actual start"), R, 90, True,
           False),
    Column("actual_finish", QT_TRANSLATE_NOOP("GanttColumns", "Actual finish"), R, 90, True,
           False),
    Column("cost", QT_TRANSLATE_NOOP("GanttColumns", "Budget"), R, 90, True, False),
    Column("actual_cost", QT_TRANSLATE_NOOP("GanttColumns", "Actual cost"), R, 90, True,
           False),
)
KEYS = tuple(c.key for c in COLUMNS)
INDEX = {c.key: i for i, c in enumerate(COLUMNS)}

DISPLAY: dict[str, Callable[[GanttRow, Snapshot], Any]] = {
    "id": lambda r, s: r.number,
    "wbs": lambda r, s: r.wbs,
    "name": lambda r, s: r.name,
    "duration": _duration,
    "start": lambda r, s: date_text(r.start),
    "finish": lambda r, s: date_text(r.finish),
    "predecessors": lambda r, s: r.predecessors,
    "percent": lambda r, s: percent_text(r.percent or 0),
    "people": lambda r, s: r.people,
    "constraint": _constraint,
    "deadline": lambda r, s: date_text(r.deadline),
    "slack": _slack,
    "baseline_start": lambda r, s: date_text(r.baseline_start),
    "baseline_finish": lambda r, s: date_text(r.baseline_finish),
    "start_variance": lambda r, s: _variance(r.baseline_start, r.start, s),
    "finish_variance": lambda r, s: _variance(r.baseline_finish, r.finish, s),
    "notes": lambda r, s: "",
    "risks": lambda r, s: ", ".join(s.risks[r.id].codes) if r.id in s.risks else "",
    "actual_start": lambda r, s: date_text(r.actual_start),
    "actual_finish": lambda r, s: date_text(r.actual_finish),
    "cost": lambda r, s: "" if r.summary else money_text(r.cost or 0.0),
    "actual_cost": lambda r, s: "" if r.summary else money_text(r.actual_cost or 0.0),
}

# What the editor starts with (the display text but for these).
EDIT_TEXT: dict[str, Callable[[GanttRow, Snapshot], Any]] = {
    "percent": lambda r, s: str(r.percent or 0),
    "cost": lambda r, s: f"{r.cost or 0:g}",
    "actual_cost": lambda r, s: f"{r.actual_cost or 0:g}",
}

# Fields a summary task takes from its children.
ROLLED_UP = frozenset({"duration", "start", "finish", "percent", "actual_start",
                       "actual_finish", "cost", "actual_cost"})
