"""Progress tracking on the Gantt page: actual dates, budget and actual cost in the
table, and "Mark on Track" for a selection (each edit one undo step)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import date, datetime

from sqlalchemy.orm import Session

from app.core.errors import UserError
from app.core.health import TaskFacts, scheduled_percent, status_moment
from app.core.i18n import QT_TRANSLATE_NOOP
from app.models import Task
from app.models.commands import Changes, Command, SetFields
from app.ui.gantt.task_commands import day_finish, day_start, one, progress_values
from app.views.formats import date_text
from app.views.gantt.data import GanttRow, Snapshot

MARK_ON_TRACK = QT_TRANSLATE_NOOP("commands", "Mark on Track")
ACTUAL_DATES = QT_TRANSLATE_NOOP("commands", "Set Actual Dates")
SET_COST = QT_TRANSLATE_NOOP("commands", "Set Cost")

BAD_AMOUNT = QT_TRANSLATE_NOOP(
    "errors", "\u201c{text}\u201d is not an amount; write a number of 0 or more, such as 1200 "
    "or 1,200.50.")
FINISH_BEFORE_START = QT_TRANSLATE_NOOP(
    "errors", "The actual finish of \u201c{name}\u201d cannot be before its actual start.")
NOTHING_TO_MARK = QT_TRANSLATE_NOOP(
    "errors", "No selected task was scheduled to start by the status date ({date}), or "
    "they are already at least that far along.")

_AMOUNT = re.compile(r"^\d+(\.\d+)?$")


def parse_amount(text: str) -> float:
    """A budget or cost as typed: "1200", "1,200.50", "¥ 1 200", full-width digits."""
    cleaned = unicodedata.normalize("NFKC", text).strip()
    cleaned = re.sub(r"[\s,_'\u00a5$\u20ac\u00a3]|CNY|RMB|USD|EUR|元", "", cleaned,
                     flags=re.IGNORECASE)
    if cleaned == "":
        return 0.0
    if not _AMOUNT.match(cleaned):
        raise UserError(BAD_AMOUNT, text=text.strip())
    return float(cleaned)


def set_cost(session: Session, task_id: int, key: str, text: str) -> Command | None:
    values = {key: parse_amount(text)}
    return one(SET_COST, [SetFields.diff(session, SET_COST, Task, {"id": task_id}, values,
                                         Changes.TASKS)])


def actual_date_values(row: GanttRow, key: str, day: date | None, snapshot: Snapshot) -> dict:
    """Fields set with an actual start or finish, as Microsoft Project sets them: an
    actual finish completes the task; clearing it reopens a finished task at 99 %."""
    calendar = snapshot.calendar
    percent = row.percent or 0
    if key == "actual_start":
        if day is None:
            return {"actual_start": None, "actual_finish": None, "percent_complete": 0}
        return {"actual_start": day_start(calendar, day)}
    if day is None:
        return {"actual_finish": None, "percent_complete": min(percent, 99)}
    finish = day_finish(calendar, day)
    start = row.actual_start or row.start
    if start is not None and finish < start:
        if row.actual_start is not None:
            raise UserError(FINISH_BEFORE_START, name=row.name)
        start = day_start(calendar, day)  # a task finished before it was planned to start
    return {"actual_finish": finish, "actual_start": start, "percent_complete": 100}


def set_actual_date(session: Session, snapshot: Snapshot, task_id: int, key: str,
                    day: date | None) -> Command | None:
    values = actual_date_values(snapshot.by_id[task_id], key, day, snapshot)
    return one(ACTUAL_DATES, [SetFields.diff(session, ACTUAL_DATES, Task, {"id": task_id},
                                             values, Changes.TASKS)])


def work_tasks(snapshot: Snapshot, ids: Iterable[int]) -> list[GanttRow]:
    """The selected tasks, a selected summary standing for every task under it."""
    chosen = set(ids)
    result, seen = [], set()
    for row in snapshot.rows:  # outline order: a summary comes before its tasks
        parent = snapshot.by_id.get(row.parent_id)
        if parent is not None and parent.id in chosen:
            chosen.add(row.id)
        if row.id in chosen and not row.summary and row.id not in seen:
            seen.add(row.id)
            result.append(row)
    return result


def mark_on_track(session: Session, snapshot: Snapshot, ids: Iterable[int],
                  status: date) -> Command:
    """Set each task's progress to what its schedule had done by the end of `status`.

    Like Microsoft Project's Mark on Track; a task already further along is left as it
    is (its progress is real), so the command never takes progress away.
    """
    at: datetime = status_moment(status)
    steps = []
    for row in work_tasks(snapshot, ids):
        facts = TaskFacts(row.id, duration=row.duration or 0, start=row.start,
                          finish=row.finish)
        percent = scheduled_percent(facts, at, snapshot.calendar)
        if percent <= (row.percent or 0):
            continue
        values = progress_values(row.start, row.finish, percent, row.actual_start)
        steps.append(SetFields.diff(session, MARK_ON_TRACK, Task, {"id": row.id}, values,
                                    Changes.TASKS))
    command = one(MARK_ON_TRACK, steps)
    if command is None:
        raise UserError(NOTHING_TO_MARK, date=date_text(status))
    return command
