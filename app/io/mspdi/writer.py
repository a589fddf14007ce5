"""Export a Planwright project as Microsoft Project XML (MSPDI), atomically (no Qt).

Elements follow the order of Microsoft's schema (mspdi_pj12.xsd), which Microsoft
Project enforces: the project's own fields, then <Calendars>, <Tasks>, <Resources>
and <Assignments>, each element's children in schema order too. Only what Planwright
knows is written; Project computes the rest (costs from rates, work contours...) when
it opens the file.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime, time, timedelta
from pathlib import Path
from xml.etree.ElementTree import Element, SubElement, indent, tostring

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.calendar import WorkCalendar
from app.core.errors import UserError
from app.core.progress import Progress
from app.core.wbs import OutlineRow, outline
from app.io.mspdi import mapping
from app.io.mspdi.calendars import calendar_element
from app.io.mspdi.xmlfile import leaf
from app.models.calendars import load_calendar
from app.models.document import CANNOT_WRITE, Document
from app.models.people import Person
from app.models.project import Calendar, Project
from app.models.scheduling import project_start
from app.models.tasks import Assignment, Baseline, BaselineTask, Dependency, Task

SAVE_VERSION = 14  # Project 2010 and later
_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_FIXED_DURATION = 1  # <Type>: Planwright's durations do not change with assignments


def export_mspdi(source: Document | Path, target: Path,
                 progress: Progress | None = None) -> None:
    """Write the project `source` (an open Document or a .pwp path) to `target`.

    The file appears complete or not at all: it is written beside `target` and
    moved over it. Raises UserError when `target` cannot be written.
    """
    progress = progress or Progress()
    progress.report(0.0)
    doc = source if isinstance(source, Document) else Document.open(source, read_only=True)
    try:
        with doc.reader() as session:
            root = project_element(session, Path(target).name)
    finally:
        if doc is not source:
            doc.close()
    progress.report(0.6)
    indent(root, space="\t")
    _write_atomically(Path(target), (_DECLARATION + tostring(root, encoding="unicode"))
                      .encode("utf-8"))
    progress.report(1.0)


def _write_atomically(target: Path, data: bytes) -> None:
    part = target.with_name(target.name + ".part")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with part.open("wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(part, target)
    except BaseException as exc:
        part.unlink(missing_ok=True)  # never leave half a file behind
        if isinstance(exc, OSError):
            raise UserError(CANNOT_WRITE, path=str(target),
                            detail=exc.strerror or str(exc)) from exc
        raise


def project_element(session: Session, file_name: str) -> Element:
    """The whole <Project> element for the project in `session`."""
    project = session.get_one(Project, 1)
    calendars = {c: load_calendar(session, c) for c in session.scalars(select(Calendar.id))}
    calendar_uid = project.calendar_id
    if calendar_uid is None:  # no project calendar chosen: Project's standard one
        calendar_uid = max(calendars, default=0) + 1
        calendars[calendar_uid] = WorkCalendar()
    calendar = calendars[calendar_uid]
    tasks = {t.id: t for t in session.scalars(select(Task))}
    rows = outline((t.id, t.parent_id, t.position) for t in tasks.values())

    root = Element("Project", xmlns=mapping.NS)
    _header(root, project, calendar, calendar_uid, tasks.values(), file_name)
    section = SubElement(root, "Calendars")
    for uid, cal in calendars.items():
        calendar_element(section, uid, cal)
    links = defaultdict(list)
    for dep in session.scalars(select(Dependency).order_by(Dependency.id)):
        links[dep.successor_id].append(dep)
    baselines = defaultdict(list)
    for number, row in session.execute(select(Baseline.number, BaselineTask)
                                       .join(Baseline).order_by(Baseline.number)):
        baselines[row.task_id].append((number, row))
    section = SubElement(root, "Tasks")
    for row in rows:
        _task(section, tasks[row.id], row, tasks, links[row.id], baselines[row.id], project)
    _people(root, session, tasks, project.minutes_per_day)
    return root


def _header(root: Element, project: Project, calendar: WorkCalendar, calendar_uid: int,
            tasks: Iterable[Task], file_name: str) -> None:
    start = calendar.add_working_minutes(project_start(project), 0)
    finish = max((t.finish for t in tasks if t.finish), default=start)
    day = calendar.week[0] or ((8 * 60, 17 * 60),)  # Monday's hours set the defaults
    fields = [
        ("SaveVersion", SAVE_VERSION), ("Name", file_name), ("Title", project.name),
        ("Company", project.client), ("Manager", project.manager),
        ("CreationDate", mapping.format_moment(project.created_at)),
        ("LastSaved", mapping.format_moment(datetime.now())), ("ScheduleFromStart", 1),
        ("StartDate", mapping.format_moment(start)),
        ("FinishDate", mapping.format_moment(finish)),
        ("CriticalSlackLimit", project.critical_slack // project.minutes_per_day),
        ("CurrencyCode", project.currency), ("CalendarUID", calendar_uid),
        ("DefaultStartTime", mapping.format_clock(day[0][0])),
        ("DefaultFinishTime", mapping.format_clock(day[-1][1])),
        ("MinutesPerDay", project.minutes_per_day),
        ("MinutesPerWeek", project.minutes_per_week),
        ("DaysPerMonth", 20), ("DurationFormat", mapping.FORMAT_DAYS),
        # Planwright always keeps constraint dates, even when they break a link.
        ("HonorConstraints", 1),
    ]
    if project.status_date:
        hours = calendar.intervals_on(project.status_date)
        end = hours[-1][1] if hours else 17 * 60
        moment = datetime.combine(project.status_date, time()) + timedelta(minutes=end)
        fields.append(("StatusDate", mapping.format_moment(moment)))
    fields.append(("NewTasksAreManual", 0))
    for tag, value in fields:
        if value != "":  # Project reads an empty element as a value, not as none
            leaf(root, tag, value)


def _task(parent: Element, task: Task, row: OutlineRow, tasks: dict[int, Task],
          links: list[Dependency], baselines: list[tuple[int, BaselineTask]],
          project: Project) -> None:
    per_day = project.minutes_per_day
    element = SubElement(parent, "Task")
    leaf(element, "UID", task.uid)
    leaf(element, "ID", row.number)
    leaf(element, "Name", task.name)
    leaf(element, "Active", 1)
    leaf(element, "Manual", int(task.manual))
    leaf(element, "Type", _FIXED_DURATION)
    leaf(element, "IsNull", 0)
    leaf(element, "WBS", row.wbs)
    leaf(element, "OutlineNumber", row.wbs)
    leaf(element, "OutlineLevel", row.level)
    _moment(element, "Start", task.start)
    _moment(element, "Finish", task.finish)
    leaf(element, "Duration", mapping.format_duration(task.duration))
    leaf(element, "DurationFormat", _duration_format(task.duration, per_day))
    leaf(element, "Estimated", 0)
    leaf(element, "Milestone", int(task.milestone))
    leaf(element, "Summary", int(row.summary))
    leaf(element, "Critical", int(task.critical))
    for tag, value in (("EarlyStart", task.early_start), ("EarlyFinish", task.early_finish),
                       ("LateStart", task.late_start), ("LateFinish", task.late_finish)):
        _moment(element, tag, value)
    if task.free_slack is not None and task.total_slack is not None:
        leaf(element, "FreeSlack", task.free_slack * 10)  # tenths of a minute
        leaf(element, "TotalSlack", task.total_slack * 10)
    leaf(element, "PercentComplete", task.percent_complete)
    leaf(element, "Cost", round(task.cost * 100))  # hundredths, as Project writes
    _moment(element, "ActualStart", task.actual_start)
    _moment(element, "ActualFinish", task.actual_finish)
    done = task.duration * task.percent_complete // 100
    leaf(element, "ActualDuration", mapping.format_duration(done))
    leaf(element, "ActualCost", round(task.actual_cost * 100))
    leaf(element, "RemainingDuration", mapping.format_duration(task.duration - done))
    leaf(element, "ConstraintType", mapping.CONSTRAINT_CODES[task.constraint_type])
    leaf(element, "CalendarUID", -1 if task.calendar_id is None else task.calendar_id)
    _moment(element, "ConstraintDate", task.constraint_date)
    _moment(element, "Deadline", task.deadline)
    if task.notes:
        leaf(element, "Notes", task.notes)
    for dep in links:
        link = SubElement(element, "PredecessorLink")
        leaf(link, "PredecessorUID", tasks[dep.predecessor_id].uid)
        leaf(link, "Type", mapping.LINK_CODES[dep.type])
        leaf(link, "CrossProject", 0)
        lag, lag_format = mapping.lag_to_file(dep.lag, dep.lag_unit, per_day)
        leaf(link, "LinkLag", lag)
        leaf(link, "LagFormat", lag_format)
    for number, base in baselines:
        node = SubElement(element, "Baseline")
        leaf(node, "Number", number)
        _moment(node, "Start", base.start)
        _moment(node, "Finish", base.finish)
        leaf(node, "Duration", mapping.format_duration(base.duration))
        leaf(node, "DurationFormat", _duration_format(base.duration, per_day))
        leaf(node, "Cost", round(base.cost * 100))
    if task.manual:  # Project 2010 and later read a manual task's dates from these
        _moment(element, "ManualStart", task.start)
        _moment(element, "ManualFinish", task.finish)
        leaf(element, "ManualDuration", mapping.format_duration(task.duration))


def _people(root: Element, session: Session, tasks: dict[int, Task], per_day: int) -> None:
    """Team members (and anyone assigned) as work resources, with their assignments."""
    assignments = list(session.scalars(select(Assignment)
                                       .order_by(Assignment.task_id, Assignment.person_id)))
    assigned = {a.person_id for a in assignments}
    people = [p for p in session.scalars(select(Person).order_by(Person.position, Person.id))
              if p.team_member or p.id in assigned]
    section = SubElement(root, "Resources")
    for number, person in enumerate(people, 1):
        element = SubElement(section, "Resource")
        leaf(element, "UID", person.uid)
        leaf(element, "ID", number)
        leaf(element, "Name", person.name)
        leaf(element, "Type", 1)  # work
        leaf(element, "IsNull", 0)
        if person.organisation:
            leaf(element, "Group", person.organisation)
        if "@" in person.contact:
            leaf(element, "EmailAddress", person.contact.strip())
        leaf(element, "MaxUnits", "1.00")
        if person.notes:
            leaf(element, "Notes", person.notes)
    uids = {p.id: p.uid for p in people}
    section = SubElement(root, "Assignments")
    for number, assignment in enumerate(assignments, 1):
        task = tasks[assignment.task_id]
        element = SubElement(section, "Assignment")
        leaf(element, "UID", number)
        leaf(element, "TaskUID", task.uid)
        leaf(element, "ResourceUID", uids[assignment.person_id])
        _moment(element, "Finish", task.finish)
        _moment(element, "Start", task.start)
        leaf(element, "Units", f"{assignment.units / 100:g}")
        work = task.duration * assignment.units // 100
        leaf(element, "Work", mapping.format_duration(work))


def _duration_format(minutes: int, per_day: int) -> int:
    whole = minutes % max(1, per_day // 2) == 0 or minutes >= per_day
    return mapping.FORMAT_DAYS if whole else mapping.FORMAT_HOURS


def _moment(parent: Element, tag: str, value: datetime | None) -> None:
    if value is not None:
        leaf(parent, tag, mapping.format_moment(value))
