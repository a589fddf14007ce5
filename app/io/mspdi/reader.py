"""Reading a Microsoft Project XML file into plain values (no database, no Qt).

`read_mspdi` checks everything it keeps and raises UserError naming the element and
its line at the first bad value, link to a missing task or loop of links, so that an
import either has a complete, consistent plan to write or writes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from xml.etree.ElementTree import Element

from app.core.calendar import WorkCalendar
from app.core.enums import ConstraintType, LagUnit, LinkType
from app.core.errors import UserError
from app.core.i18n import QT_TRANSLATE_NOOP, translate
from app.core.schedule import LinkIn, TaskIn, find_cycle, loop_error
from app.io.mspdi import mapping, unsupported
from app.io.mspdi.calendars import CalendarIn, read_calendars, resolve
from app.io.mspdi.resources import FileAssignment, FileResource, read_people
from app.io.mspdi.unsupported import Findings
from app.io.mspdi.xmlfile import (
    SAME_UID,
    TASK_AT,
    TASK_UID,
    THE_PROJECT,
    UNKNOWN_CALENDAR,
    UNKNOWN_TASK,
    Scope,
    children,
    line_of,
    parse,
)

MAX_UID = 2**31 - 1  # Project's UIDs are 32-bit
MAX_LEVEL = 100

DUPLICATE_LINK = QT_TRANSLATE_NOOP(
    "errors", "{file}: {where}, element <{element}> (line {line}): the task is linked to "
    "predecessor UID {uid} twice.")


@dataclass
class FileLink:
    predecessor: int  # UID
    type: LinkType
    lag: int  # as Dependency.lag
    unit: LagUnit
    line: int | str


@dataclass
class FileBaseline:
    number: int  # 0 = "Baseline", 1-10
    start: datetime | None
    finish: datetime | None
    duration: int
    cost: float


@dataclass
class FileTask:
    uid: int
    line: int | str
    name: str
    level: int  # 1 = top level
    duration: int = 0  # working minutes
    milestone: bool = False
    manual: bool = False
    percent: int = 0
    start: datetime | None = None  # as Microsoft Project saved them
    finish: datetime | None = None
    actual_start: datetime | None = None
    actual_finish: datetime | None = None
    constraint: ConstraintType = ConstraintType.ASAP
    constraint_date: datetime | None = None
    deadline: datetime | None = None
    notes: str = ""
    calendar_uid: int | None = None
    cost: float = 0.0
    actual_cost: float = 0.0
    links: list[FileLink] = field(default_factory=list)
    baselines: list[FileBaseline] = field(default_factory=list)
    parent: int | None = None  # UID of the summary task above it
    position: int = 0  # among its siblings


@dataclass
class FileProject:
    name: str
    start: datetime
    calendar: WorkCalendar
    minutes_per_day: int = 480
    minutes_per_week: int = 2400
    manager: str = ""
    client: str = ""
    description: str = ""
    status_date: date | None = None
    currency: str | None = None
    critical_slack: int = 0  # minutes
    saved_at: datetime | None = None
    calendars: dict[int, WorkCalendar] = field(default_factory=dict)  # others, by file UID
    tasks: list[FileTask] = field(default_factory=list)  # outline order
    resources: list[FileResource] = field(default_factory=list)
    assignments: list[FileAssignment] = field(default_factory=list)
    findings: Findings = field(default_factory=Findings)


def read_mspdi(path: Path) -> FileProject:
    """Everything Planwright keeps from the MSPDI file at `path`, checked."""
    root = parse(path)
    file = path.name
    head = Scope.of(file, root, THE_PROJECT)
    findings = Findings()
    per_day = head.integer("MinutesPerDay", 1, 1440) or 480
    calendars = read_calendars(file, root)
    project_uid = _project_calendar_uid(head, calendars)
    calendar = resolve(file, calendars, project_uid) if project_uid is not None else \
        WorkCalendar()
    summary, tasks = _read_tasks(file, root, calendar, per_day, findings)
    if not head.flag("ScheduleFromStart") and head.text("ScheduleFromStart") is not None:
        findings.add(unsupported.FROM_FINISH)
    _definitions(root, findings)
    start = head.moment("StartDate") or min(
        (t.start for t in tasks if t.start), default=None) or datetime.combine(
        date.today(), time())
    summary_scope = Scope(file, summary, "") if summary is not None else None
    status = head.moment("StatusDate")
    project = FileProject(
        name=_project_name(head, summary_scope, path), start=start, calendar=calendar,
        minutes_per_day=per_day,
        minutes_per_week=head.integer("MinutesPerWeek", 1, 7 * 1440) or 5 * per_day,
        manager=head.raw_text("Manager").strip(), client=head.raw_text("Company").strip(),
        description=summary_scope.raw_text("Notes").strip() if summary_scope else "",
        status_date=status.date() if status else None,
        currency=_currency(head),
        critical_slack=(head.integer("CriticalSlackLimit", 0, 10_000) or 0) * per_day,
        saved_at=head.moment("LastSaved") or head.moment("CreationDate"),
        tasks=tasks, findings=findings)
    project.calendars = _task_calendars(file, calendars, project_uid, tasks, calendar,
                                        findings)
    by_uid = {t.uid: t for t in tasks}
    project.resources, project.assignments = read_people(file, root, by_uid, calendar,
                                                         findings)
    _check_links(file, tasks, by_uid)
    return project


# -- the project header -------------------------------------------------------------------

def _project_calendar_uid(head: Scope, calendars: dict[int, CalendarIn]) -> int | None:
    uid = head.integer("CalendarUID")
    if uid is not None and uid in calendars:
        return uid
    if uid is not None and uid >= 0:
        head.fail(UNKNOWN_CALENDAR, "CalendarUID", uid=uid)
    # No project calendar named: Project falls back on the first base calendar.
    return next((c.uid for c in calendars.values() if c.is_base), None)


def _project_name(head: Scope, summary: Scope | None, path: Path) -> str:
    """The title the user gave; <Name> is usually just the file name it was saved as."""
    title = head.raw_text("Title").strip()
    if not title and summary is not None:
        title = summary.raw_text("Name").strip()
    if not title:
        title = head.raw_text("Name").strip().removesuffix(".xml")
    return title[:200] or path.stem


def _currency(head: Scope) -> str | None:
    code = (head.text("CurrencyCode") or "").upper()
    return code if len(code) == 3 and code.isalpha() and code.isascii() else None


def _definitions(root: Element, findings: Findings) -> None:
    for section, item, template in (("ExtendedAttributes", "ExtendedAttribute",
                                     unsupported.CUSTOM_FIELDS),
                                    ("OutlineCodes", "OutlineCode", unsupported.OUTLINE_CODES)):
        for node in children(root, section, item):
            name = next((node.findtext(tag).strip() for tag in ("Alias", "FieldName")
                         if (node.findtext(tag) or "").strip()), None)
            findings.add(template, name or node.findtext("FieldID") or "?")


# -- tasks -----------------------------------------------------------------------------------

def _read_tasks(file: str, root: Element, calendar: WorkCalendar, per_day: int,
                findings: Findings) -> tuple[Element | None, list[FileTask]]:
    """The project summary task (UID 0), if any, and the tasks in outline order."""
    summary = None
    rows: list[tuple[int | None, FileTask]] = []
    lines: dict[int, int | str] = {}
    for n, element in enumerate(children(root, "Tasks", "Task"), 1):
        uid = Scope.of(file, element, TASK_AT, n=n).integer("UID", 0, MAX_UID, required=True)
        scope = Scope.of(file, element, TASK_UID, uid=uid)
        if uid in lines:
            scope.fail(SAME_UID, "UID", other=lines[uid])
        lines[uid] = line_of(element)
        if scope.flag("IsNull"):
            findings.add(unsupported.BLANK_ROWS, uid)
            continue
        level = scope.integer("OutlineLevel", 0, MAX_LEVEL)
        if level == 0 or (level is None and uid == 0):
            summary = element  # the project itself, which Project shows as task 0
            continue
        if level is None:
            level = (scope.text("OutlineNumber") or "1").count(".") + 1
        rows.append((scope.integer("ID", 0, MAX_UID), _read_task(scope, uid, level, calendar,
                                                                 per_day, findings)))
    ids = [row_id for row_id, _ in rows]
    if None not in ids and len(set(ids)) == len(ids):
        rows.sort(key=lambda row: row[0])  # Project lists tasks by ID; others may not
    tasks = [task for _, task in rows]
    _outline(tasks)
    return summary, tasks


def _read_task(scope: Scope, uid: int, level: int, calendar: WorkCalendar, per_day: int,
               findings: Findings) -> FileTask:
    task = FileTask(uid, line_of(scope.element), scope.raw_text("Name").strip(), level)
    task.start, task.finish = scope.moment("Start"), scope.moment("Finish")
    fmt = scope.code("DurationFormat", mapping.KNOWN_FORMATS, default=mapping.FORMAT_DAYS)
    minutes = scope.duration("Duration")
    if mapping.is_elapsed(fmt) and minutes:
        findings.add(unsupported.ELAPSED, uid)
        minutes = _working_span(task, calendar, minutes, per_day)
    if minutes is None:
        minutes = _working_span(task, calendar, 0, per_day) if task.finish else 0
    task.duration = round(minutes)
    task.milestone = scope.flag("Milestone")
    task.manual = scope.flag("Manual")
    task.percent = scope.integer("PercentComplete", 0, 100) or 0
    task.actual_start = scope.moment("ActualStart")
    task.actual_finish = scope.moment("ActualFinish")
    code = scope.code("ConstraintType", mapping.CONSTRAINTS, default=0)
    task.constraint = mapping.CONSTRAINTS[code]
    task.constraint_date = scope.moment("ConstraintDate")
    task.deadline = scope.moment("Deadline")
    task.notes = scope.raw_text("Notes").strip()
    calendar_uid = scope.integer("CalendarUID")
    task.calendar_uid = calendar_uid if calendar_uid is not None and calendar_uid >= 0 else None
    task.cost = (scope.decimal("Cost") or 0.0) / 100  # Project writes hundredths
    task.actual_cost = (scope.decimal("ActualCost") or 0.0) / 100
    for element in scope.element.iterfind("PredecessorLink"):
        link = _read_link(Scope(scope.file, element, scope.where), uid, findings)
        if link is not None:
            task.links.append(link)
    baselines = (_read_baseline(Scope(scope.file, element, scope.where), calendar, per_day)
                 for element in scope.element.iterfind("Baseline"))
    task.baselines = list({b.number: b for b in baselines}.values())  # one per number
    _note_unsupported(scope, uid, findings)
    return task


def _working_span(task: FileTask, calendar: WorkCalendar, minutes: float,
                  per_day: int) -> float:
    """Working time standing in for an elapsed duration: what lies between the task's
    saved dates, or else the same share of a day."""
    if task.start and task.finish and task.finish >= task.start:
        return calendar.working_minutes_between(task.start, task.finish)
    return minutes * per_day / 1440


def _read_link(scope: Scope, uid: int, findings: Findings) -> FileLink | None:
    if scope.flag("CrossProject"):
        findings.add(unsupported.CROSS_PROJECT, uid)
        return None
    predecessor = scope.integer("PredecessorUID", 0, MAX_UID, required=True)
    kind = mapping.LINK_TYPES[scope.code("Type", mapping.LINK_TYPES, default=1)]
    fmt = scope.code("LagFormat", mapping.KNOWN_FORMATS, default=mapping.FORMAT_DAYS)
    link_lag = scope.integer("LinkLag", -(2**31), 2**31 - 1) or 0
    if mapping.is_percent(fmt) and mapping.is_elapsed(fmt) and link_lag:
        findings.add(unsupported.ELAPSED_PERCENT_LAG, uid)
    lag, unit = mapping.lag_from_file(link_lag, fmt)
    return FileLink(predecessor, kind, lag, unit, line_of(scope.element))


def _read_baseline(scope: Scope, calendar: WorkCalendar, per_day: int) -> FileBaseline:
    number = scope.integer("Number", 0, 10, required=True)
    fmt = scope.code("DurationFormat", mapping.KNOWN_FORMATS, default=mapping.FORMAT_DAYS)
    minutes = scope.duration("Duration") or 0
    if mapping.is_elapsed(fmt):
        minutes = minutes * per_day / 1440
    return FileBaseline(number, scope.moment("Start"), scope.moment("Finish"),
                        round(minutes), (scope.decimal("Cost") or 0.0) / 100)


def _note_unsupported(scope: Scope, uid: int, findings: Findings) -> None:
    flags = (("Estimated", unsupported.ESTIMATED), ("Recurring", unsupported.RECURRING),
             ("IsSubproject", unsupported.SUBPROJECTS), ("ExternalTask", unsupported.EXTERNAL))
    for element, template in flags:
        if scope.flag(element):
            findings.add(template, uid)
    if scope.text("Active") is not None and not scope.flag("Active"):
        findings.add(unsupported.INACTIVE, uid)
    if scope.decimal("LevelingDelay"):
        findings.add(unsupported.LEVELLING, uid)
    if scope.element.find("ExtendedAttribute") is not None or \
            scope.element.find("OutlineCode") is not None:
        findings.add(unsupported.TASK_CUSTOM, uid)
    if scope.text("Hyperlink") or scope.text("HyperlinkAddress"):
        findings.add(unsupported.HYPERLINKS, uid)


def _outline(tasks: list[FileTask]) -> None:
    """Parents and positions from the outline levels, in row order.

    A level more than one below the row above (a damaged outline) makes the task a
    child of that row, as Project shows it.
    """
    stack: list[FileTask] = []
    counts: dict[int | None, int] = {}
    for task in tasks:
        while stack and stack[-1].level >= task.level:
            stack.pop()
        task.parent = stack[-1].uid if stack else None
        task.position = counts.get(task.parent, 0)
        counts[task.parent] = task.position + 1
        stack.append(task)


# -- calendars of tasks, links ------------------------------------------------------------------

def _task_calendars(file: str, calendars: dict[int, CalendarIn], project_uid: int | None,
                    tasks: list[FileTask], project: WorkCalendar,
                    findings: Findings) -> dict[int, WorkCalendar]:
    """Every base calendar but the project's, and the others tasks use."""
    used = {t.calendar_uid for t in tasks if t.calendar_uid is not None}
    for task in tasks:
        if task.calendar_uid is not None and task.calendar_uid not in calendars:
            raise UserError(UNKNOWN_CALENDAR, file=file, where=_task_where(task),
                            element="CalendarUID", line=task.line, uid=task.calendar_uid)
    result: dict[int, WorkCalendar] = {}
    for cal in calendars.values():
        if cal.work_weeks:
            findings.add(unsupported.WORK_WEEKS, cal.name)
        if cal.uid == project_uid:
            continue
        if cal.is_base or cal.uid in used:
            result[cal.uid] = resolve(file, calendars, cal.uid)
        elif cal.own_content:
            findings.add(unsupported.RESOURCE_CALENDARS, cal.name)
    for task in tasks:
        other = result.get(task.calendar_uid) if task.calendar_uid != project_uid else None
        if other is not None and (other.week, dict(other.exceptions)) != (
                project.week, dict(project.exceptions)):
            findings.add(unsupported.TASK_CALENDARS, task.uid)
    return result


def _task_where(task: FileTask) -> str:
    return translate("errors", TASK_UID).format(uid=task.uid)


def _check_links(file: str, tasks: list[FileTask], by_uid: dict[int, FileTask]) -> None:
    for task in tasks:
        seen: set[int] = set()
        for link in task.links:
            if link.predecessor not in by_uid:
                raise UserError(UNKNOWN_TASK, file=file, where=_task_where(task),
                                element="PredecessorUID", line=link.line, uid=link.predecessor)
            if link.predecessor in seen:
                raise UserError(DUPLICATE_LINK, file=file, where=_task_where(task),
                                element="PredecessorLink", line=link.line, uid=link.predecessor)
            seen.add(link.predecessor)
    nodes = [TaskIn(id=t.uid, parent_id=t.parent, position=t.position, name=t.name)
             for t in tasks]
    links = [LinkIn(link.predecessor, t.uid, link.type) for t in tasks for link in t.links]
    loop = find_cycle(nodes, links)
    if loop is not None:
        raise loop_error([by_uid[uid].name or f"UID {uid}" for uid in loop])
