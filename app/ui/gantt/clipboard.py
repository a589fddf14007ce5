"""Rows as tab-separated text, to and from Excel: names (indented by level),
durations and dates (no Qt)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import suppress
from datetime import date

from app.core.durations import parse_duration
from app.core.errors import UserError
from app.core.i18n import QT_TRANSLATE_NOOP
from app.ui.gantt.outline_commands import NewTask
from app.views.gantt.data import GanttRow

INDENT = "    "
TOO_MANY = QT_TRANSLATE_NOOP("errors", "The clipboard holds {count} rows; paste at most "
                                       "{limit} at a time.")
NOTHING = QT_TRANSLATE_NOOP("errors", "The clipboard holds no task rows to paste.")
LIMIT = 20000


def rows_to_text(rows: Sequence[GanttRow], cells: Callable[[GanttRow], list[str]]) -> str:
    """One line per row: the name indented four spaces a level, then `cells(row)`."""
    if not rows:
        return ""
    top = min(r.level for r in rows)
    return "".join("\t".join([INDENT * (r.level - top) + r.name, *cells(r)]) + "\r\n"
                   for r in rows)


def text_to_tasks(text: str, parse_date: Callable[[str], date], minutes_per_day: int,
                  minutes_per_week: int, day_start: Callable[[date], object]) -> list[NewTask]:
    """Tasks from pasted lines. Hierarchy comes from empty leading cells or leading
    spaces (the smallest indent seen is one level); other cells are read as a
    duration or a date (the first date is the start, a second one the finish)."""
    lines = [line for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
             if line.strip()]
    if not lines:
        raise UserError(NOTHING)
    if len(lines) > LIMIT:
        raise UserError(TOO_MANY, count=len(lines), limit=LIMIT)
    parsed = []
    for line in lines:
        cells = line.split("\t")
        empty = 0
        while empty < len(cells) and not cells[empty].strip():
            empty += 1
        if empty == len(cells):
            continue
        name_cell = cells[empty].replace("\u3000", "  ")
        spaces = len(name_cell) - len(name_cell.lstrip(" "))
        parsed.append((empty, spaces, name_cell.strip(), cells[empty + 1:]))
    if not parsed:
        raise UserError(NOTHING)
    unit = min((s for _e, s, _n, _c in parsed if s), default=1)
    result = []
    for empty, spaces, name, rest in parsed:
        task = NewTask(name[:400], level=empty + spaces // unit)
        dates = []
        for cell in (c.strip() for c in rest):
            if not cell:
                continue
            try:
                dates.append(parse_date(cell))
                continue
            except UserError:
                pass
            if task.duration is None:
                with suppress(UserError):
                    task.duration = parse_duration(cell, minutes_per_day, minutes_per_week)
        if dates:
            task.start = day_start(dates[0])
        result.append(task)
    return result
