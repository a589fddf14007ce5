"""Import a Microsoft Project XML file as a new Planwright project (no Qt).

The file is read and checked completely first; only then is the project written, by
Document.create in one transaction, so a bad file or a failure half-way leaves no
project file behind (and an existing one, with --force, untouched).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from sqlalchemy import insert
from sqlalchemy.orm import Session

from app.core.i18n import QT_TRANSLATE_NOOP, translate
from app.core.progress import Progress
from app.io.mspdi.reader import FileProject, read_mspdi
from app.io.mspdi.unsupported import ImportWarning
from app.models.calendars import store_calendar
from app.models.document import Document
from app.models.people import Person
from app.models.project import Project
from app.models.scheduling import reschedule
from app.models.tasks import Assignment, Baseline, BaselineTask, Dependency, Task

_READING = QT_TRANSLATE_NOOP("io", "Reading {file}")
_WRITING = QT_TRANSLATE_NOOP("io", "Writing the project")
_SCHEDULING = QT_TRANSLATE_NOOP("io", "Scheduling")
# Baseline names are content of the file, in its language, as Project names them.
_BASELINE_NAMES = {"en": ("Baseline", "Baseline {n}"), "zh_CN": ("比较基准", "比较基准{n}")}


@dataclass(frozen=True)
class ImportReport:
    source: Path
    target: Path
    tasks: int
    links: int
    people: int
    assignments: int
    calendars: int
    baselines: int
    warnings: tuple[ImportWarning, ...]
    # Start and finish of every task by UID as Microsoft Project saved them, before
    # Planwright rescheduled the plan.
    file_dates: Mapping[int, tuple[datetime | None, datetime | None]]


def import_mspdi(source: Path, target: Path, language: str = "en", overwrite: bool = False,
                 progress: Progress | None = None) -> ImportReport:
    """Create the project `target` from the MSPDI file `source`.

    Raises UserError (naming the element and line) for a file that cannot be imported;
    `target` is then neither created nor changed.
    """
    progress = progress or Progress()
    progress.report(0.0, translate("io", _READING).format(file=source.name))
    plan = read_mspdi(Path(source))
    progress.report(0.4, translate("io", _WRITING))
    doc = Document.create(target, name=plan.name, language=language,
                          start=plan.start.date(), overwrite=overwrite,
                          fill=lambda session: _fill(session, plan, language, progress))
    doc.close()
    progress.report(1.0)
    return ImportReport(
        source=Path(source), target=doc.path, tasks=len(plan.tasks),
        links=sum(len(t.links) for t in plan.tasks), people=len(plan.resources),
        assignments=len({(a.task, a.resource) for a in plan.assignments}),
        calendars=1 + len(plan.calendars),
        baselines=len({b.number for t in plan.tasks for b in t.baselines}),
        warnings=plan.findings.warnings(),
        file_dates={t.uid: (t.start, t.finish) for t in plan.tasks})


def _fill(session: Session, plan: FileProject, language: str, progress: Progress) -> None:
    _project(session, plan)
    calendar_ids = _calendars(session, plan)
    task_ids = _tasks(session, plan, calendar_ids)
    _people(session, plan, task_ids)
    _baselines(session, plan, task_ids, language)
    session.flush()
    progress.report(0.7, translate("io", _SCHEDULING))
    reschedule(session)


def _project(session: Session, plan: FileProject) -> None:
    project = session.get_one(Project, 1)  # its name and start came with Document.create
    project.start_minute = plan.start.hour * 60 + plan.start.minute
    project.manager = plan.manager[:200]
    project.client = plan.client[:200]
    project.description = plan.description
    project.status_date = plan.status_date
    project.currency = plan.currency or project.currency
    project.minutes_per_day = plan.minutes_per_day
    project.minutes_per_week = plan.minutes_per_week
    project.critical_slack = plan.critical_slack


def _calendars(session: Session, plan: FileProject) -> dict[int, int]:
    """Store the project calendar as calendar 1 and the others after it; returns the
    calendar id of each file calendar UID. Names are made unique, as the table asks."""
    names = {plan.calendar.name}
    store_calendar(session, 1, plan.calendar)
    ids = {}
    for next_id, (uid, calendar) in enumerate(plan.calendars.items(), 2):
        name, n = calendar.name, 1
        while name in names:
            n += 1
            name = f"{calendar.name} ({n})"
        names.add(name)
        store_calendar(session, next_id, replace(calendar, name=name))
        ids[uid] = next_id
    session.flush()
    return ids


def _tasks(session: Session, plan: FileProject, calendar_ids: dict[int, int]) -> dict[int, int]:
    """Add the tasks (ids given here: the file is new) and their links; task id by UID."""
    ids = {task.uid: n for n, task in enumerate(plan.tasks, 1)}
    # Bulk INSERTs: a large plan would spend seconds building ORM objects.
    rows = [dict(
        id=ids[t.uid], uid=t.uid, parent_id=ids.get(t.parent) if t.parent is not None else None,
        position=t.position, name=t.name, notes=t.notes, duration=t.duration, manual=t.manual,
        milestone=t.milestone, constraint_type=t.constraint, constraint_date=t.constraint_date,
        deadline=t.deadline, percent_complete=t.percent, actual_start=t.actual_start,
        actual_finish=t.actual_finish, cost=t.cost, actual_cost=t.actual_cost,
        # Only the project calendar (id 1) is not among `calendar_ids`.
        calendar_id=None if t.calendar_uid is None else calendar_ids.get(t.calendar_uid, 1),
        # A manually scheduled task keeps these; the scheduler replaces the others'.
        start=t.start, finish=t.finish) for t in plan.tasks]
    if rows:  # an empty list would insert one row of defaults
        session.execute(insert(Task), rows)
    links = [dict(predecessor_id=ids[link.predecessor], successor_id=ids[t.uid],
                  type=link.type, lag=link.lag, lag_unit=link.unit)
             for t in plan.tasks for link in t.links]
    if links:
        session.execute(insert(Dependency), links)
    return ids


def _people(session: Session, plan: FileProject, task_ids: dict[int, int]) -> None:
    ids = {r.uid: n for n, r in enumerate(plan.resources, 1)}
    session.add_all(Person(id=ids[r.uid], uid=r.uid, position=n - 1, name=r.name,
                           organisation=r.group[:200], contact=r.email[:300], notes=r.notes,
                           team_member=True)
                    for n, r in enumerate(plan.resources, 1))
    session.flush()
    units: dict[tuple[int, int], int] = {}
    for a in plan.assignments:  # Project has one per pair; add up any repeats
        key = (task_ids[a.task], ids[a.resource])
        units[key] = units.get(key, 0) + a.units
    session.add_all(Assignment(task_id=task, person_id=person, units=value)
                    for (task, person), value in units.items())


def _baselines(session: Session, plan: FileProject, task_ids: dict[int, int],
               language: str) -> None:
    first, numbered = _BASELINE_NAMES.get(language, _BASELINE_NAMES["en"])
    # MSPDI does not say when a baseline was saved; the file's last save is the latest
    # moment it can have been.
    taken = plan.saved_at or datetime.now().replace(second=0, microsecond=0)
    baselines: dict[int, Baseline] = {}
    for number in sorted({b.number for t in plan.tasks for b in t.baselines}):
        baselines[number] = Baseline(number=number, taken_at=taken,
                                     name=first if number == 0 else numbered.format(n=number))
    session.add_all(baselines.values())
    session.flush()
    session.add_all(BaselineTask(baseline_id=baselines[b.number].id, task_id=task_ids[t.uid],
                                 start=b.start, finish=b.finish, duration=b.duration,
                                 cost=b.cost)
                    for t in plan.tasks for b in t.baselines)
