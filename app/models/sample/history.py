"""Status snapshots for the sample, so its dashboard shows trends from the first open.

The sample is made at its last status date; earlier status dates are simulated: each
task had done the share of its progress that its actual dates had elapsed by then, at
the same share of its actual cost, and each milestone's forecast drifted from its
baseline towards today's forecast as the project went on.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

from sqlalchemy.orm import Session

from app.core.calendar import WorkCalendar
from app.core.health import (
    TaskFacts,
    earned_value,
    is_milestone,
    remaining_work,
    status_moment,
)
from app.models.calendars import project_calendar
from app.models.health import load_task_facts
from app.models.project import Project
from app.models.tasks import StatusSnapshot

EVERY = timedelta(days=28)


def add_history(session: Session) -> None:
    project = session.get_one(Project, 1)
    status = project.status_date
    if status is None:
        return
    calendar = project_calendar(session)
    tasks = load_task_facts(session)
    day = status - EVERY
    while day > project.start_date:
        session.add(StatusSnapshot(status_date=datetime.combine(day, time()),
                                   taken_at=datetime.combine(day, time(17)),
                                   figures=_figures(tasks, day, status, project.start_date,
                                                    calendar)))
        day -= EVERY
    session.flush()


def _share(task: TaskFacts, at: datetime, now: datetime, calendar: WorkCalendar) -> float:
    """How much of the task's reported progress had happened by `at`."""
    if task.actual_start is None or task.percent == 0 or at <= task.actual_start:
        return 0.0
    end = task.actual_finish or now
    span = calendar.position(end) - calendar.position(task.actual_start)
    if span <= 0 or at >= end:
        return 1.0
    return (calendar.position(at) - calendar.position(task.actual_start)) / span


def _figures(tasks: list[TaskFacts], day: date, status: date, start: date,
             calendar: WorkCalendar) -> dict:
    at, now = status_moment(day), status_moment(status)
    then = []
    for task in tasks:
        share = _share(task, at, now, calendar)
        percent = round(task.percent * share)
        then.append(replace(task, percent=percent, actual_cost=task.actual_cost * share,
                            actual_finish=task.actual_finish if percent == 100 else None))
    ev = earned_value(then, day, calendar)
    drift = (day - start).days / max(1, (status - start).days)
    milestones = {}
    for task in then:
        if is_milestone(task) and task.finish is not None:
            base = task.baseline_finish or task.finish
            forecast = base + (task.finish - base) * drift
            milestones[str(task.id)] = forecast.replace(second=0, microsecond=0).isoformat()
    return {"basis": str(ev.basis), "bac": ev.bac, "pv": ev.pv, "ev": ev.ev, "ac": ev.ac,
            "spi": ev.spi, "cpi": ev.cpi, "eac": ev.eac,
            "percent_complete": ev.percent_complete, "percent_planned": ev.percent_planned,
            "tasks": len(then), "tasks_done": sum(1 for t in then if t.done),
            "remaining_work": remaining_work(then), "milestones": milestones}
