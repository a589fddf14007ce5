"""One read of everything the Gantt page and the PDF report show, as plain values (no Qt).

Read with Core selects of the needed columns only: building ORM objects for 10,000
tasks costs more than the rest of the page's opening together.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.calendar import WorkCalendar
from app.core.enums import ConstraintType, LagUnit, LinkType
from app.core.predecessors import format_link
from app.core.risk_summary import TaskMarker
from app.core.wbs import outline
from app.models import Assignment, Baseline, BaselineTask, Dependency, Person, Project
from app.models.calendars import project_calendar
from app.models.raw import driver_cursor, moment
from app.models.risk_data import risk_markers_by_task

# Raw rows (no type processing): comparing them as read tells which tasks an edit
# changed, and only those are converted again.
_TASK_SQL = ("SELECT id, parent_id, position, name, notes, duration, milestone, manual, start, "
             "finish, percent_complete, constraint_type, constraint_date, deadline, "
             "total_slack, free_slack, critical, actual_start, actual_finish, cost, actual_cost "
             "FROM task")
_DATES = (8, 9, 12, 13, 17, 18)


class GanttRow:
    """One task as the table and the timeline show it."""

    __slots__ = ("id", "number", "wbs", "level", "summary", "parent_id", "position", "name",
                 "notes", "duration", "milestone", "manual", "start", "finish", "percent",
                 "constraint_type", "constraint_date", "deadline", "total_slack", "free_slack",
                 "critical", "actual_start", "actual_finish", "predecessors", "people",
                 "baseline_start", "baseline_finish", "cost", "actual_cost")

    def __init__(self, **values) -> None:
        for name in self.__slots__:
            setattr(self, name, values.get(name))

    @property
    def is_milestone(self) -> bool:
        return bool(self.milestone) or (not self.summary and self.duration == 0)

    @property
    def late(self) -> bool:
        """Finishing after its baseline finish or its deadline."""
        return bool(self.finish and (
            (self.baseline_finish and self.finish > self.baseline_finish)
            or (self.deadline and self.finish > self.deadline)))


@dataclass(frozen=True)
class LinkRow:
    id: int
    predecessor: int
    successor: int
    type: LinkType
    lag: int
    lag_unit: LagUnit


@dataclass
class Snapshot:
    rows: list[GanttRow] = field(default_factory=list)  # outline order
    links: list[LinkRow] = field(default_factory=list)
    calendar: WorkCalendar = field(default_factory=WorkCalendar)
    minutes_per_day: int = 480
    minutes_per_week: int = 2400
    project_start: date | None = None
    status_date: date | None = None
    baselines: list[tuple[int, str]] = field(default_factory=list)  # (number, name)
    baseline: int | None = None  # the one shown
    raw: dict[int, tuple] = field(default_factory=dict)  # as read, to spot changes
    risks: dict[int, TaskMarker] = field(default_factory=dict)  # open risks by task id

    def __post_init__(self) -> None:
        self.by_id = {row.id: row for row in self.rows}
        self.by_number = {row.number: row for row in self.rows}


def read_raw(session: Session, ids: Collection[int] | None = None) -> dict[int, tuple]:
    """The task rows as stored (all, or those with `ids`)."""
    with driver_cursor(session) as cursor:
        if ids is None:
            return {r[0]: r for r in cursor.execute(_TASK_SQL).fetchall()}
        found: dict[int, tuple] = {}
        ids = list(ids)
        for at in range(0, len(ids), 500):  # within SQLite's limit on parameters
            chunk = ids[at:at + 500]
            found.update((r[0], r) for r in cursor.execute(
                f"{_TASK_SQL} WHERE id IN ({','.join('?' * len(chunk))})", chunk))
        return found


def fill_row(row: GanttRow, raw: tuple) -> None:
    """Copy a raw task row's values onto `row` (outline fields are set apart)."""
    (row.id, row.parent_id, row.position, row.name, row.notes, row.duration, milestone, manual,
     _s, _f, row.percent, constraint, _cd, _dl, row.total_slack, row.free_slack, critical,
     _as, _af, row.cost, row.actual_cost) = raw
    row.milestone, row.manual, row.critical = bool(milestone), bool(manual), bool(critical)
    row.constraint_type = ConstraintType(constraint) if constraint else ConstraintType.ASAP
    row.start, row.finish, row.constraint_date, row.deadline, row.actual_start, \
        row.actual_finish = (moment(raw[i]) for i in _DATES)


def load(session: Session, baseline: int | None = None) -> Snapshot:
    """Everything the page shows. `baseline`: the number shown, else the lowest kept."""
    project = session.get_one(Project, 1)
    raw = read_raw(session)
    outlined = outline((r[0], r[1], r[2]) for r in raw.values())
    baselines = [(n, name) for n, name in session.execute(
        select(Baseline.number, Baseline.name).order_by(Baseline.number))]
    if baseline not in {n for n, _ in baselines}:
        baseline = baselines[0][0] if baselines else None
    rows = []
    for o in outlined:
        row = GanttRow(number=o.number, wbs=o.wbs, level=o.level, summary=o.summary)
        fill_row(row, raw[o.id])
        rows.append(row)
    snapshot = Snapshot(rows=rows, calendar=project_calendar(session),
                        minutes_per_day=project.minutes_per_day,
                        minutes_per_week=project.minutes_per_week,
                        project_start=project.start_date, status_date=project.status_date,
                        baselines=baselines, baseline=baseline)
    snapshot.raw = raw
    load_links(session, snapshot)
    load_people(session, snapshot)
    load_baseline(session, snapshot)
    load_risks(session, snapshot)
    return snapshot


def load_risks(session: Session, snapshot: Snapshot) -> None:
    """The codes and worst rating of the open risks linked to each task."""
    snapshot.risks = risk_markers_by_task(session)


def load_links(session: Session, snapshot: Snapshot) -> None:
    snapshot.links = [LinkRow(*r) for r in session.execute(select(
        Dependency.id, Dependency.predecessor_id, Dependency.successor_id, Dependency.type,
        Dependency.lag, Dependency.lag_unit).order_by(Dependency.id))]
    texts: dict[int, list[str]] = defaultdict(list)
    by_id, per_day = snapshot.by_id, snapshot.minutes_per_day
    for link in snapshot.links:
        pred = by_id.get(link.predecessor)
        texts[link.successor].append(format_link(
            pred.number if pred else 0, link.type, link.lag, link.lag_unit, per_day))
    for row in snapshot.rows:
        row.predecessors = ", ".join(texts.get(row.id, ()))


def load_people(session: Session, snapshot: Snapshot,
                leave_out: frozenset[int] | set[int] = frozenset()) -> None:
    """Each task's assignees' names; `leave_out`: people not to name (confidential)."""
    people: dict[int, list[str]] = defaultdict(list)
    query = select(Assignment.task_id, Person.name).join(Person)
    if leave_out:
        query = query.where(Person.id.not_in(leave_out))
    for task_id, name in session.execute(query.order_by(Person.position, Person.name)):
        people[task_id].append(name)
    for row in snapshot.rows:
        row.people = ", ".join(people.get(row.id, ()))


def load_baseline(session: Session, snapshot: Snapshot) -> None:
    base: dict[int, tuple] = {}
    if snapshot.baseline is not None:
        base = {r[0]: (r[1], r[2]) for r in session.execute(
            select(BaselineTask.task_id, BaselineTask.start, BaselineTask.finish)
            .join(Baseline).where(Baseline.number == snapshot.baseline))}
    for row in snapshot.rows:
        row.baseline_start, row.baseline_finish = base.get(row.id, (None, None))


def refresh_tasks(session: Session, snapshot: Snapshot,
                  touched: Collection[int] | None = None) -> list[GanttRow] | None:
    """Bring the rows up to date after an edit; the rows that changed, or None when
    the outline itself changed (tasks added, removed or moved: load again).

    `touched`: the only task rows the edit wrote, when the editor knows them; else
    every row is read and compared.
    """
    old = snapshot.raw
    if touched is not None and len(touched) < len(old) // 2:
        fresh = read_raw(session, touched)
        if fresh.keys() != set(touched):  # a row is gone
            return None
        raw = {**old, **fresh}
    else:
        raw = fresh = read_raw(session)
    if len(raw) != len(old):
        return None
    changed = []
    for task_id, values in fresh.items():
        before = old.get(task_id)
        if before == values:
            continue
        if before is None or before[1:3] != values[1:3]:
            return None
        row = snapshot.by_id[task_id]
        fill_row(row, values)
        changed.append(row)
    snapshot.raw = raw
    return changed
