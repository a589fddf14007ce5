"""Recompute every task's dates from the stored tasks and links, and store them."""

from __future__ import annotations

from datetime import datetime, time
from time import perf_counter

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.enums import LagUnit
from app.core.schedule import LinkIn, TaskIn, TaskOut, schedule
from app.models.calendars import project_calendar
from app.models.project import Project
from app.models.tasks import Dependency, Task

# Computed columns written back; the scheduler's TaskOut has fields of the same names.
_COMPUTED = ("start", "finish", "early_start", "early_finish", "late_start", "late_finish",
             "total_slack", "free_slack", "critical")


def reschedule(session: Session) -> float:
    """Schedule the project in `session` and store the dates that changed.

    Returns the milliseconds the scheduling pass itself took. Raises UserError
    (naming the tasks) when the links form a loop; nothing is written then.
    """
    project = session.get_one(Project, 1)
    calendar = project_calendar(session)
    start = calendar.add_working_minutes(project_start(project), 0)
    tasks = list(session.scalars(select(Task)))
    deps = list(session.scalars(select(Dependency)))
    inputs = [_task_in(task) for task in tasks]
    durations = {task.id: task.duration for task in tasks}
    elapsed = 0.0
    for _attempt in range(3):
        links = [_link_in(dep, durations) for dep in deps]
        began = perf_counter()
        results = schedule(start, calendar, inputs, links, project.critical_slack,
                           status_date=_status_moment(project))
        elapsed += perf_counter() - began
        # A percent lag after a summary depends on the summary's computed duration.
        stale = {dep.predecessor_id for dep in deps if dep.lag_unit == LagUnit.PERCENT
                 and results[dep.predecessor_id].duration != durations[dep.predecessor_id]}
        if not stale:
            break
        durations.update((task_id, results[task_id].duration) for task_id in stale)
    summaries = {task.parent_id for task in tasks if task.parent_id is not None}
    for task in tasks:
        _store(task, results[task.id], task.id in summaries)
    return elapsed * 1000


def project_start(project: Project) -> datetime:
    """The project's start moment (date and start time), before snapping to work."""
    minute = project.start_minute
    return datetime.combine(project.start_date, time(minute // 60, minute % 60))


def _status_moment(project: Project) -> datetime | None:
    """The status date as a moment: the end of that day."""
    if project.status_date is None:
        return None
    return datetime.combine(project.status_date, time(23, 59))


def _task_in(task: Task) -> TaskIn:
    return TaskIn(
        id=task.id, parent_id=task.parent_id, position=task.position, name=task.name,
        duration=task.duration, milestone=task.milestone, manual=task.manual,
        # Only a manually scheduled task's stored dates are its own; others are ours.
        start=task.start if task.manual else None,
        finish=task.finish if task.manual else None,
        constraint_type=task.constraint_type, constraint_date=task.constraint_date,
        percent_complete=task.percent_complete, actual_start=task.actual_start,
        actual_finish=task.actual_finish, deadline=task.deadline)


def _link_in(dep: Dependency, durations: dict[int, int]) -> LinkIn:
    lag = dep.lag
    if dep.lag_unit == LagUnit.PERCENT:  # tenths of a percent of the predecessor's duration
        lag = round(durations.get(dep.predecessor_id, 0) * dep.lag / 1000)
    return LinkIn(dep.predecessor_id, dep.successor_id, dep.type, lag,
                  elapsed=dep.lag_unit == LagUnit.ELAPSED)


def _store(task: Task, out: TaskOut, summary: bool) -> None:
    # Assigning only what changed keeps unchanged rows out of the UPDATE.
    for name in _COMPUTED:
        value = getattr(out, name)
        if getattr(task, name) != value:
            setattr(task, name, value)
    if summary and task.duration != out.duration:
        task.duration = out.duration  # a summary's duration is its children's span
