"""The page's filters: which tasks to show (summaries of matches stay)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.views.gantt.data import GanttRow

Predicate = Callable[[GanttRow], bool]


def _in_progress(row: GanttRow) -> bool:
    return 0 < (row.percent or 0) < 100


# (source text in context "GanttPage", predicate or None for all tasks)
FILTERS: tuple[tuple[str, Predicate | None], ...] = (
    (QT_TRANSLATE_NOOP("GanttPage", "All tasks"), None),
    (QT_TRANSLATE_NOOP("GanttPage", "Critical"), lambda r: bool(r.critical) and not r.summary),
    (QT_TRANSLATE_NOOP("GanttPage", "Milestones"), lambda r: r.is_milestone),
    (QT_TRANSLATE_NOOP("GanttPage", "Late"), lambda r: r.late and not r.summary),
    (QT_TRANSLATE_NOOP("GanttPage", "In progress"), _in_progress),
)


def text_filter(text: str) -> Predicate:
    needle = text.strip().casefold()

    def match(row: GanttRow) -> bool:
        return needle in row.name.casefold() or needle in (row.people or "").casefold() \
            or needle == str(row.number) or needle == row.wbs

    return match
