"""Recompute every task's dates from the stored tasks and links, and store them.

Reading goes through plain column queries and writing through one executemany of the
rows whose results changed: on a 10,000-task plan, loading ORM objects cost ten times
the scheduling pass. With a `PlanCache` (one per open document) an edit that changed
only some tasks' own fields reschedules incrementally (app.core.replan).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time
from time import perf_counter

from sqlalchemy import Row, case, select
from sqlalchemy.orm import Session

from app.core.calendar import WorkCalendar
from app.core.enums import LagUnit
from app.core.replan import Plan
from app.core.schedule import LinkIn, TaskIn, TaskOut, schedule
from app.models import edit_log
from app.models.calendars import project_calendar
from app.models.project import Project
from app.models.raw import driver_cursor, moment, moment_text
from app.models.tasks import Dependency, Task

# Computed columns written back; the scheduler's TaskOut has fields of the same names.
_COMPUTED = ("start", "finish", "early_start", "early_finish", "late_start", "late_finish",
             "total_slack", "free_slack", "critical")
# What the scheduler reads of a task: TaskIn's fields, in its order. Only a manually
# scheduled task's stored dates are its own; the others are ours.
_INPUTS = (Task.id, Task.parent_id, Task.position, Task.name, Task.duration, Task.milestone,
           Task.manual, case((Task.manual, Task.start)).label("start"),
           case((Task.manual, Task.finish)).label("finish"), Task.constraint_type,
           Task.constraint_date, Task.percent_complete, Task.actual_start,
           Task.actual_finish, Task.deadline)
_LINKS = (Dependency.predecessor_id, Dependency.successor_id, Dependency.type,
          Dependency.lag, Dependency.lag_unit)


@dataclass
class PlanCache:
    """The last schedule of one document as stored: its plan and the settings it was made
    from. Which tasks an edit changed comes from app.models.edit_log."""

    plan: Plan | None = None
    settings: tuple = ()
    percent_basis: dict[int, int] = field(default_factory=dict)  # pred id: duration used
    incremental: bool = False  # whether the last reschedule was incremental

    def clear(self) -> None:
        """Forget everything (after a rollback the file no longer matches the plan)."""
        self.plan, self.settings = None, ()
        self.percent_basis = {}


def reschedule(session: Session, cache: PlanCache | None = None) -> float:
    """Schedule the project in `session` and store the dates that changed.

    Returns the milliseconds the scheduling pass itself took. Raises UserError
    (naming the tasks) when the links form a loop; nothing is written then.
    """
    session.flush()
    settings = _settings(session, project_calendar(session))
    if cache is not None:
        cache.incremental = False
        done = _incremental(session, cache, settings)
        if done is not None:
            return done
    began = perf_counter()
    found = _full_pass(session, settings, keep=cache is not None)
    elapsed = perf_counter() - began
    old = cache.plan.results if cache is not None and cache.plan is not None else None
    if old is None:  # what is stored is unknown: compare with the file
        stored = _stored(session)
    else:  # what the last pass stored; durations afresh (a new summary stored its own)
        stored = {task_id: _values(out, False) + (found.durations[task_id],)
                  for task_id, out in old.items() if task_id in found.durations}
    _store(session, found.results, found.summaries, stored)
    if cache is not None:
        cache.plan, cache.settings = found.plan, settings
        cache.percent_basis = found.basis
    return elapsed * 1000


def kept_plan(session: Session, calendar: WorkCalendar) -> PlanCache | None:
    """The plan an editor would keep for the project as stored, built ahead of its
    first edit (only reads); None when the stored dates are not what it computes,
    so that the first edit stores them all. `calendar`: the project's, with a time
    index of its own when this runs beside other threads."""
    settings = _settings(session, calendar)
    found = _full_pass(session, settings, keep=True)
    stored = _stored(session)
    for task_id, out in found.results.items():
        values = _values(out, task_id in found.summaries)
        if stored.get(task_id, ())[:len(values)] != values:
            return None
    return PlanCache(plan=found.plan, settings=settings, percent_basis=found.basis)


def _settings(session: Session, calendar: WorkCalendar) -> tuple:
    project = session.get_one(Project, 1)
    start = calendar.add_working_minutes(project_start(project), 0)
    return start, calendar, project.critical_slack


@dataclass
class _Pass:
    plan: Plan | None
    results: dict[int, TaskOut]
    basis: dict[int, int]  # predecessors of percent lags: the duration used
    durations: dict[int, int]  # as stored
    summaries: set[int]


def _full_pass(session: Session, settings: tuple, keep: bool) -> _Pass:
    start, calendar, critical_slack = settings
    rows = {row.id: row for row in session.execute(select(*_INPUTS))}
    summaries = {row.parent_id for row in rows.values() if row.parent_id is not None}
    deps = list(session.execute(select(*_LINKS).order_by(Dependency.id)))
    stored = {task_id: row.duration for task_id, row in rows.items()}
    durations = dict(stored)
    inputs = [_task_in(row) for row in rows.values()]
    for _attempt in range(3):
        links = [_link_in(dep, durations) for dep in deps]
        if keep:
            plan: Plan | None = Plan(start, calendar, inputs, links, critical_slack)
            results = plan.results
        else:  # a single pass (CLI, import): nothing kept, so no plan built
            plan, results = None, schedule(start, calendar, inputs, links, critical_slack)
        # A percent lag after a summary depends on the summary's computed duration.
        basis = {link.predecessor: durations[link.predecessor] for link in links
                 if link.percent}
        stale = {task_id for task_id, used in basis.items()
                 if results[task_id].duration != used}
        if not stale:
            break
        durations.update((task_id, results[task_id].duration) for task_id in stale)
    return _Pass(plan, results, basis, stored, summaries)


def _incremental(session: Session, cache: PlanCache, settings: tuple) -> float | None:
    """Bring the kept plan up to date and store what moved, if only tasks' own fields
    changed; the milliseconds of the pass, or None when a full pass is needed."""
    plan = cache.plan
    if plan is None or settings != cache.settings:
        return None
    changed = edit_log.touched(session)  # the outline and links are as the plan has them
    if changed is None or not changed <= plan.by_id.keys() \
            or not changed.isdisjoint(cache.percent_basis):  # lags worked out from these
        return None
    tasks = [_task_in(row) for row in
             session.execute(select(*_INPUTS).where(Task.id.in_(changed)))] if changed else []
    began = perf_counter()
    moved = plan.update(tasks)
    elapsed = perf_counter() - began
    if any(plan.results[i].duration != used for i, used in cache.percent_basis.items()):
        cache.clear()  # a summary's span moved under a percent lag: start again
        return None
    summaries = {node.task.id for node in plan.nodes if not node.leaf}
    # What is stored is what the last pass wrote: its results, a summary's rolled-up
    # duration among them.
    results = dict(moved)
    for task_id in changed & summaries:  # an edit wrote its duration: put the span back
        results.setdefault(task_id, plan.results[task_id])
    _store(session, results, summaries, {i: _values(plan.before[i], True) for i in moved})
    cache.incremental = True
    return elapsed * 1000


def project_start(project: Project) -> datetime:
    """The project's start moment (date and start time), before snapping to work."""
    minute = project.start_minute
    return datetime.combine(project.start_date, time(minute // 60, minute % 60))


def _task_in(row: Row) -> TaskIn:
    return TaskIn(*row)


def _link_in(dep: Row, durations: dict[int, int]) -> LinkIn:
    predecessor, successor, kind, lag, unit = dep
    if unit == LagUnit.PERCENT:  # tenths of a percent of the predecessor's duration
        lag = round(durations.get(predecessor, 0) * lag / 1000)
    return LinkIn(predecessor, successor, kind, lag, elapsed=unit == LagUnit.ELAPSED,
                  percent=unit == LagUnit.PERCENT)


def _values(out: TaskOut, summary: bool) -> tuple:
    values = (out.start, out.finish, out.early_start, out.early_finish, out.late_start,
              out.late_finish, out.total_slack, out.free_slack, out.critical)
    return values + (out.duration,) if summary else values


def _stored(session: Session) -> dict[int, tuple]:
    """The computed columns and the duration as stored, as Python values."""
    with driver_cursor(session) as cursor:
        rows = cursor.execute(f"SELECT id, {', '.join(_COMPUTED)}, duration FROM task")
        return {row[0]: (*map(moment, row[1:7]), row[7], row[8], bool(row[9]), row[10])
                for row in rows}


_UPDATE = f"UPDATE task SET {', '.join(f'{name} = ?' for name in _COMPUTED)} WHERE id = ?"
_UPDATE_ROLLED = _UPDATE.replace(" WHERE", ", duration = ? WHERE")


def _store(session: Session, results: dict[int, TaskOut], summaries: set[int],
           stored: dict[int, tuple]) -> None:
    """Write the results that differ from what is stored, in one statement per shape
    (through the driver: SQLAlchemy's per-value conversions cost more than SQLite's
    writing when a moved finish changes every task's late dates)."""
    plain: list[tuple] = []
    rolled: list[tuple] = []  # summaries: their duration is their children's span
    texts: dict[datetime, str] = {}
    for task_id, out in results.items():
        summary = task_id in summaries
        values = _values(out, summary)
        before = stored.get(task_id)
        if before is not None and before[:len(values)] == values:
            continue
        row = (*(moment_text(when, texts) for when in values[:6]), out.total_slack,
               out.free_slack, int(out.critical))
        if summary:
            rolled.append((*row, out.duration, task_id))
        else:
            plain.append((*row, task_id))
    with driver_cursor(session) as cursor:
        if plain:
            cursor.executemany(_UPDATE, plain)
        if rolled:
            cursor.executemany(_UPDATE_ROLLED, rolled)
