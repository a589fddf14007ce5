"""Commands that change one task's fields, its links or its people (no Qt).

Each returns one command (a Macro, so that two edits of the same field stay two undo
steps) or None when nothing would change; bad input raises a UserError that names
the problem.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.calendar import WorkCalendar
from app.core.enums import ConstraintType, LagUnit, LinkType
from app.core.errors import UserError
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.predecessors import LinkSpec
from app.models import Assignment, Dependency, Person, Task
from app.models.commands import Changes, Command, DeleteRows, InsertRows, Macro, SetFields
from app.views.gantt.data import Snapshot

EDIT_TASK = QT_TRANSLATE_NOOP("commands", "Edit Task")
RENAME = QT_TRANSLATE_NOOP("commands", "Rename Task")
MOVE_TASK = QT_TRANSLATE_NOOP("commands", "Move Task")
STRETCH = QT_TRANSLATE_NOOP("commands", "Change Duration")
PROGRESS = QT_TRANSLATE_NOOP("commands", "Set Progress")
LINK = QT_TRANSLATE_NOOP("commands", "Link Tasks")
EDIT_LINK = QT_TRANSLATE_NOOP("commands", "Edit Link")
UNLINK = QT_TRANSLATE_NOOP("commands", "Delete Link")
EDIT_PREDECESSORS = QT_TRANSLATE_NOOP("commands", "Edit Predecessors")
ASSIGN = QT_TRANSLATE_NOOP("commands", "Assign People")

NO_NAME = QT_TRANSLATE_NOOP("errors", "A task needs a name.")
NO_TASK = QT_TRANSLATE_NOOP("errors", "There is no task {number} (in \u201c{text}\u201d).")
OWN_LINK = QT_TRANSLATE_NOOP("errors", "Task {number} cannot be its own predecessor.")
FAMILY_LINK = QT_TRANSLATE_NOOP(
    "errors", "Task {number} and \u201c{name}\u201d are a summary and a task under it; "
    "they cannot be linked.")
BAD_PERCENT = QT_TRANSLATE_NOOP(
    "errors", "\u201c{text}\u201d is not a percentage; write a number from 0 to 100.")
NO_PERSON = QT_TRANSLATE_NOOP(
    "errors", "There is nobody called \u201c{name}\u201d in the project's people.")
LINKED = QT_TRANSLATE_NOOP("errors", "\u201c{first}\u201d and \u201c{second}\u201d are "
                           "already linked; double-click the link to change it.")


def one(name: str, commands: Iterable[Command | None]) -> Command | None:
    steps = [c for c in commands if c is not None]
    return Macro(name, steps) if steps else None


def set_fields(session: Session, task_id: int, values: Mapping[str, Any],
               name: str = EDIT_TASK) -> Command | None:
    return one(name, [SetFields.diff(session, name, Task, {"id": task_id}, values,
                                     Changes.TASKS)])


def day_start(calendar: WorkCalendar, day: date) -> datetime:
    """The first working moment on or after `day`."""
    return calendar.add_working_minutes(datetime.combine(day, time()), 0)


def day_finish(calendar: WorkCalendar, day: date) -> datetime:
    """The end of the last work on or before `day`."""
    position = calendar.position(datetime.combine(day + timedelta(days=1), time()))
    return calendar.moment(position, finish=True)


def parse_percent(text: str) -> int:
    try:
        value = float(text.strip().rstrip("%").strip() or "0")
    except ValueError:
        raise UserError(BAD_PERCENT, text=text.strip()) from None
    if not 0 <= value <= 100:
        raise UserError(BAD_PERCENT, text=text.strip())
    return round(value)


def progress_values(row_start: datetime | None, row_finish: datetime | None, percent: int,
                    actual_start: datetime | None) -> dict[str, Any]:
    """% complete with the actual dates Project sets alongside it."""
    values: dict[str, Any] = {"percent_complete": percent}
    if percent == 0:
        values.update(actual_start=None, actual_finish=None)
    else:
        values["actual_start"] = actual_start or row_start
        values["actual_finish"] = row_finish if percent == 100 else None
    return values


def move_start(session: Session, snapshot: Snapshot, task_id: int, start: datetime,
               name: str = MOVE_TASK) -> Command | None:
    """A new start: a manual task moves; an automatic one gets "start no earlier than"."""
    row = snapshot.by_id[task_id]
    if row.manual:
        finish = snapshot.calendar.add_working_minutes(start, row.duration or 0)
        return set_fields(session, task_id, {"start": start, "finish": finish}, name)
    return set_fields(session, task_id, {"constraint_type": ConstraintType.SNET,
                                         "constraint_date": start}, name)


def move_finish(session: Session, snapshot: Snapshot, task_id: int, finish: datetime,
                name: str = EDIT_TASK) -> Command | None:
    row = snapshot.by_id[task_id]
    if row.manual:
        minutes = max(0, snapshot.calendar.working_minutes_between(row.start, finish))
        return set_fields(session, task_id, {"finish": finish, "duration": minutes}, name)
    return set_fields(session, task_id, {"constraint_type": ConstraintType.FNET,
                                         "constraint_date": finish}, name)


def stretch(session: Session, snapshot: Snapshot, task_id: int,
            finish: datetime) -> Command | None:
    row = snapshot.by_id[task_id]
    minutes = max(0, snapshot.calendar.working_minutes_between(row.start, finish))
    values: dict[str, Any] = {"duration": minutes, "milestone": minutes == 0}
    if row.manual:
        values["finish"] = finish
    return set_fields(session, task_id, values, STRETCH)


def set_progress(session: Session, snapshot: Snapshot, task_id: int,
                 percent: int) -> Command | None:
    row = snapshot.by_id[task_id]
    return set_fields(session, task_id, progress_values(row.start, row.finish, percent,
                                                        row.actual_start), PROGRESS)


# -- links --------------------------------------------------------------------------

def resolve_links(snapshot: Snapshot, task_id: int, specs: Sequence[LinkSpec],
                  text: str) -> list[tuple[int, LinkSpec]]:
    """(predecessor id, spec) for typed row numbers, refusing bad references."""
    row = snapshot.by_id[task_id]
    result = []
    for spec in specs:
        pred = snapshot.by_number.get(spec.number)
        if pred is None:
            raise UserError(NO_TASK, number=spec.number, text=text.strip())
        if pred.id == task_id:
            raise UserError(OWN_LINK, number=spec.number)
        if is_under(snapshot, task_id, pred.id) or is_under(snapshot, pred.id, task_id):
            raise UserError(FAMILY_LINK, number=spec.number, name=row.name)
        result.append((pred.id, spec))
    return result


def is_under(snapshot: Snapshot, task_id: int, ancestor_id: int) -> bool:
    parent = snapshot.by_id[task_id].parent_id
    while parent is not None:
        if parent == ancestor_id:
            return True
        parent = snapshot.by_id[parent].parent_id if parent in snapshot.by_id else None
    return False


def next_id(session: Session, column) -> int:
    return (session.scalar(select(column).order_by(column.desc()).limit(1)) or 0) + 1


def set_predecessors(session: Session, snapshot: Snapshot, task_id: int,
                     wanted: Sequence[tuple[int, LinkSpec]],
                     name: str = EDIT_PREDECESSORS) -> Command | None:
    """Make `task_id`'s predecessors exactly `wanted`: links added, changed, removed."""
    current = {d.predecessor_id: d for d in session.scalars(
        select(Dependency).where(Dependency.successor_id == task_id))}
    wanted_by = dict(wanted)
    steps: list[Command | None] = []
    gone = [d.id for pred, d in current.items() if pred not in wanted_by]
    if gone:
        steps.append(DeleteRows.capture(session, UNLINK, Dependency, [Dependency.id.in_(gone)],
                                        Changes.LINKS))
    new_id = next_id(session, Dependency.id)
    added = []
    for pred, spec in wanted:
        link = current.get(pred)
        values = {"type": spec.type, "lag": spec.lag, "lag_unit": spec.lag_unit}
        if link is None:
            added.append({"id": new_id, "predecessor_id": pred, "successor_id": task_id,
                          **values})
            new_id += 1
        else:
            steps.append(SetFields.diff(session, EDIT_LINK, Dependency, {"id": link.id},
                                        values, Changes.LINKS))
    if added:
        steps.append(InsertRows(LINK, Dependency, added, Changes.LINKS))
    return one(name, steps)


def add_link(session: Session, snapshot: Snapshot, pred: int, succ: int,
             link_type: LinkType) -> Command | None:
    spec = LinkSpec(snapshot.by_id[pred].number, link_type)
    resolve_links(snapshot, succ, [spec], str(spec.number))
    existing = session.scalar(select(Dependency.id).where(
        ((Dependency.predecessor_id == pred) & (Dependency.successor_id == succ))
        | ((Dependency.predecessor_id == succ) & (Dependency.successor_id == pred))))
    if existing is not None:
        raise UserError(LINKED, first=snapshot.by_id[pred].name,
                        second=snapshot.by_id[succ].name)
    return InsertRows(LINK, Dependency, [{
        "id": next_id(session, Dependency.id), "predecessor_id": pred, "successor_id": succ,
        "type": link_type, "lag": 0, "lag_unit": LagUnit.WORKING}], Changes.LINKS)


def edit_link(session: Session, link_id: int, link_type: LinkType, lag: int,
              unit: LagUnit) -> Command | None:
    return one(EDIT_LINK, [SetFields.diff(session, EDIT_LINK, Dependency, {"id": link_id},
                                          {"type": link_type, "lag": lag, "lag_unit": unit},
                                          Changes.LINKS)])


def delete_link(session: Session, link_id: int) -> Command:
    return DeleteRows.capture(session, UNLINK, Dependency, [Dependency.id == link_id],
                              Changes.LINKS)


# -- people -------------------------------------------------------------------------

def people_by_names(session: Session, text: str) -> list[int]:
    names = [n.strip() for n in text.replace("\uff0c", ",").replace("\u3001", ",").split(",")]
    people = {p.name.casefold(): p.id for p in session.scalars(select(Person))}
    result = []
    for name in filter(None, names):
        person = people.get(name.casefold())
        if person is None:
            raise UserError(NO_PERSON, name=name)
        if person not in result:
            result.append(person)
    return result


def assign(session: Session, task_id: int, person_ids: Sequence[int]) -> Command | None:
    current = set(session.scalars(select(Assignment.person_id)
                                  .where(Assignment.task_id == task_id)))
    steps: list[Command] = []
    gone = current - set(person_ids)
    if gone:
        steps.append(DeleteRows.capture(session, ASSIGN, Assignment, [
            Assignment.task_id == task_id, Assignment.person_id.in_(gone)], Changes.PEOPLE))
    added = [{"task_id": task_id, "person_id": p, "units": 100}
             for p in person_ids if p not in current]
    if added:
        steps.append(InsertRows(ASSIGN, Assignment, added, Changes.PEOPLE))
    return one(ASSIGN, steps)
