"""Commands that change the outline: insert, delete, indent, outdent, move, paste."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.core.errors import UserError
from app.core.i18n import QT_TRANSLATE_NOOP
from app.models import (
    Assignment,
    BaselineTask,
    Dependency,
    RaciCell,
    RiskTask,
    Task,
)
from app.models.commands import Changes, Command, DeleteRows, InsertRows, Macro, SetFields
from app.models.commands.rows import row_values
from app.ui.gantt.task_commands import next_id
from app.views.gantt.data import GanttRow, Snapshot

INSERT = QT_TRANSLATE_NOOP("commands", "Insert Task")
DELETE = QT_TRANSLATE_NOOP("commands", "Delete Tasks")
INDENT = QT_TRANSLATE_NOOP("commands", "Indent")
OUTDENT = QT_TRANSLATE_NOOP("commands", "Outdent")
MOVE_UP = QT_TRANSLATE_NOOP("commands", "Move Up")
MOVE_DOWN = QT_TRANSLATE_NOOP("commands", "Move Down")
PASTE = QT_TRANSLATE_NOOP("commands", "Paste Tasks")
NOTHING_ABOVE = QT_TRANSLATE_NOOP(
    "errors", "\u201c{name}\u201d has no task above it at its level to go under.")


class ShiftPositions(Command):
    """Make room among siblings: positions at or after `start` move by `delta`."""

    changes = Changes.TASKS

    def __init__(self, parent_id: int | None, start: int, delta: int) -> None:
        self.parent_id, self.start, self.delta = parent_id, start, delta
        self.name = INSERT

    def _shift(self, session: Session, start: int, delta: int) -> None:
        parent = Task.parent_id.is_(None) if self.parent_id is None else \
            Task.parent_id == self.parent_id
        session.execute(update(Task).where(parent, Task.position >= start)
                        .values(position=Task.position + delta))

    def apply(self, session: Session) -> None:
        self._shift(session, self.start, self.delta)

    def revert(self, session: Session) -> None:
        self._shift(session, self.start + self.delta, -self.delta)


@dataclass
class NewTask:
    name: str
    level: int = 0  # relative to the first pasted row
    duration: int | None = None
    start: datetime | None = None
    values: dict[str, Any] = field(default_factory=dict)


def insert_tasks(session: Session, snapshot: Snapshot, anchor: int | None, below: bool,
                 tasks: Sequence[NewTask], name: str = INSERT) -> tuple[Command, list[int]]:
    """New tasks beside `anchor` (above it, or below it and its subtasks), as siblings
    of it; later rows nest by their relative `level`. Returns the command and new ids."""
    row = snapshot.by_id.get(anchor) if anchor is not None else None
    parent = row.parent_id if row else None
    if row is None:
        position = (session.scalar(select(Task.position).where(Task.parent_id.is_(None))
                                   .order_by(Task.position.desc()).limit(1)) or 0) + 1
    else:
        position = row.position + (1 if below else 0)
    top_count = sum(1 for t in tasks if t.level <= tasks[0].level) if tasks else 0
    steps: list[Command] = [ShiftPositions(parent, position, top_count)]
    first_id = next_id(session, Task.id)
    rows, ids = [], []
    stack: list[tuple[int, int]] = []  # (level, id) of the open parents
    counters: dict[int | None, int] = {}
    base = tasks[0].level if tasks else 0
    for i, task in enumerate(tasks):
        task_id = first_id + i
        level = max(0, task.level - base)
        while stack and stack[-1][0] >= level:
            stack.pop()
        level = len(stack)  # never deeper than one below the row before
        owner = stack[-1][1] if stack else parent
        spot = counters.get(owner, 0) + (position if owner == parent else 1)
        counters[owner] = counters.get(owner, 0) + 1
        values = {"id": task_id, "parent_id": owner, "position": spot, "name": task.name,
                  "duration": 480 if task.duration is None else task.duration,
                  "milestone": task.duration == 0, **task.values}
        if task.start is not None:
            values.update(constraint_type="SNET", constraint_date=task.start)
        rows.append(values)
        ids.append(task_id)
        stack.append((level, task_id))
    steps.append(InsertRows(name, Task, rows, Changes.TASKS))
    return Macro(name, steps), ids


def delete_tasks(session: Session, snapshot: Snapshot, ids: Sequence[int]) -> Command | None:
    """The tasks, what is under them, and every row that refers to them."""
    doomed: set[int] = set(ids)
    for row in snapshot.rows:  # outline order: parents come before their tasks
        if row.parent_id in doomed:
            doomed.add(row.id)
    if not doomed:
        return None
    order = {row.id: i for i, row in enumerate(snapshot.rows)}
    steps: list[Command] = []
    for entity, where in (
            (Dependency, Dependency.predecessor_id.in_(doomed)
             | Dependency.successor_id.in_(doomed)),
            (Assignment, Assignment.task_id.in_(doomed)),
            (BaselineTask, BaselineTask.task_id.in_(doomed)),
            (RiskTask, RiskTask.task_id.in_(doomed)),
            (RaciCell, RaciCell.task_id.in_(doomed))):
        captured = DeleteRows.capture(session, DELETE, entity, [where],
                                      Changes.ALL if entity is RaciCell else Changes.TASKS)
        if captured.rows:
            steps.append(captured)
    tasks = [row_values(t) for t in session.scalars(select(Task).where(Task.id.in_(doomed)))]
    tasks.sort(key=lambda values: order.get(values["id"], 0))  # parents first when put back
    # Deleting children first keeps the cascade from deleting rows behind our back.
    steps.append(_DeleteTasks(tasks))
    return Macro(DELETE, steps)


class _DeleteTasks(DeleteRows):
    def __init__(self, rows: list[dict]) -> None:
        super().__init__(DELETE, Task, rows, Changes.TASKS | Changes.LINKS | Changes.PEOPLE)

    def apply(self, session: Session) -> None:
        InsertRows.revert(self, session)  # deletes in reverse order: children first

    def revert(self, session: Session) -> None:
        InsertRows.apply(self, session)


def _top_level(snapshot: Snapshot, ids: Sequence[int]) -> list[GanttRow]:
    """The chosen rows without those under another chosen row, in outline order."""
    chosen = set(ids)
    result = []
    for row in snapshot.rows:
        if row.id in chosen and not _under_any(snapshot, row, chosen):
            result.append(row)
    return result


def _under_any(snapshot: Snapshot, row: GanttRow, chosen: set[int]) -> bool:
    parent = row.parent_id
    while parent is not None:
        if parent in chosen:
            return True
        parent = snapshot.by_id[parent].parent_id if parent in snapshot.by_id else None
    return False


def _siblings(snapshot: Snapshot, parent_id: int | None) -> list[GanttRow]:
    return [r for r in snapshot.rows if r.parent_id == parent_id]


def _set(row: GanttRow, name: str, **new: Any) -> SetFields:
    old = {"parent_id": row.parent_id, "position": row.position}
    return SetFields(name, Task, {"id": row.id}, {k: old[k] for k in new}, new, Changes.TASKS)


def indent(snapshot: Snapshot, ids: Sequence[int]) -> Command | None:
    """Each task goes under the task above it at its level, after that one's tasks."""
    steps: list[Command] = []
    ends: dict[int, int] = {}
    for row in _top_level(snapshot, ids):
        siblings = _siblings(snapshot, row.parent_id)
        before = [s for s in siblings if (s.position, s.number) < (row.position, row.number)]
        if not before:
            if steps:
                continue
            raise UserError(NOTHING_ABOVE, name=row.name)
        new_parent = before[-1]
        if new_parent.id in ids:
            continue
        if new_parent.id not in ends:
            kids = _siblings(snapshot, new_parent.id)
            ends[new_parent.id] = max((k.position for k in kids), default=0)
        ends[new_parent.id] += 1
        steps.append(_set(row, INDENT, parent_id=new_parent.id, position=ends[new_parent.id]))
    return Macro(INDENT, steps) if steps else None


def outdent(snapshot: Snapshot, ids: Sequence[int]) -> Command | None:
    """Each task goes up a level, right after its summary; the tasks after it under
    that summary become its own (so the rows stay in the same order), as in Project."""
    steps: list[Command] = []
    for row in reversed(_top_level(snapshot, ids)):
        if row.parent_id is None:
            continue
        parent = snapshot.by_id[row.parent_id]
        steps.append(ShiftPositions(parent.parent_id, parent.position + 1, 1))
        steps.append(_set(row, OUTDENT, parent_id=parent.parent_id,
                          position=parent.position + 1))
        own = max((k.position for k in _siblings(snapshot, row.id)), default=0)
        later = [s for s in _siblings(snapshot, parent.id)
                 if (s.position, s.number) > (row.position, row.number)]
        for n, sibling in enumerate(later, own + 1):
            steps.append(_set(sibling, OUTDENT, parent_id=row.id, position=n))
    for step in steps:
        step.name = OUTDENT
    return Macro(OUTDENT, steps) if steps else None


def move(snapshot: Snapshot, ids: Sequence[int], up: bool) -> Command | None:
    """Swap the chosen tasks (with their subtasks) with the sibling above or below."""
    rows = _top_level(snapshot, ids)
    if not rows:
        return None
    name = MOVE_UP if up else MOVE_DOWN
    parent = rows[0].parent_id
    if any(r.parent_id != parent for r in rows):
        rows = [r for r in rows if r.parent_id == parent]
    siblings = _siblings(snapshot, parent)
    chosen = {r.id for r in rows}
    order = [s.id for s in siblings]
    for task_id in (order if up else list(reversed(order))):
        if task_id not in chosen:
            continue
        i = order.index(task_id)
        j = i - 1 if up else i + 1
        if not 0 <= j < len(order) or order[j] in chosen:
            return None  # already at the edge
        order[i], order[j] = order[j], order[i]
    steps = [_set(s, name, position=n) for n, s in enumerate(
        [snapshot.by_id[i] for i in order], 1) if s.position != n]
    return Macro(name, steps) if steps else None
