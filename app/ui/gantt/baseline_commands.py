"""Baselines: save the current dates under a number and name, or clear one (no Qt)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.i18n import QT_TRANSLATE_NOOP
from app.models import Baseline, BaselineTask, Task
from app.models.commands import Changes, Command, DeleteRows, InsertRows, Macro
from app.ui.gantt.task_commands import next_id

SET_BASELINE = QT_TRANSLATE_NOOP("commands", "Set Baseline")
CLEAR_BASELINE = QT_TRANSLATE_NOOP("commands", "Clear Baseline")


def _remove(session: Session, number: int, name: str) -> list[Command]:
    baseline_id = session.scalar(select(Baseline.id).where(Baseline.number == number))
    if baseline_id is None:
        return []
    return [DeleteRows.capture(session, name, BaselineTask,
                               [BaselineTask.baseline_id == baseline_id], Changes.BASELINE),
            DeleteRows.capture(session, name, Baseline, [Baseline.id == baseline_id],
                               Changes.BASELINE)]


def set_baseline(session: Session, number: int, name: str,
                 taken_at: datetime | None = None) -> Command:
    """Baseline `number` (replacing one kept under it) from every task's current dates."""
    steps = _remove(session, number, SET_BASELINE)
    baseline_id = next_id(session, Baseline.id)
    steps.append(InsertRows(SET_BASELINE, Baseline, [{
        "id": baseline_id, "number": number, "name": name,
        "taken_at": taken_at or datetime.now().replace(microsecond=0)}], Changes.BASELINE))
    rows = [{"baseline_id": baseline_id, "task_id": t.id, "start": t.start, "finish": t.finish,
             "duration": t.duration, "cost": t.cost}
            for t in session.execute(select(Task.id, Task.start, Task.finish, Task.duration,
                                            Task.cost))]
    steps.append(InsertRows(SET_BASELINE, BaselineTask, rows, Changes.BASELINE))
    return Macro(SET_BASELINE, steps)


def clear_baseline(session: Session, number: int) -> Command | None:
    steps = _remove(session, number, CLEAR_BASELINE)
    return Macro(CLEAR_BASELINE, steps) if steps else None
