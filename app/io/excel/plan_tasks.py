"""The Tasks sheet against the plan: outline, fields, links, people; and the deletions
of every sheet, planned last (no Qt)."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from app.core.durations import BAD_DURATION, parse_duration
from app.core.enums import ConstraintType
from app.core.errors import UserError
from app.core.i18n import QT_TRANSLATE_NOOP, translate
from app.core.predecessors import parse_predecessors
from app.io.excel import schema
from app.io.excel.cells import (
    cell_text,
    parse_bool,
    parse_choice,
    parse_datetime,
    parse_int,
    parse_percent,
)
from app.io.excel.diff import IMPORT, FieldChange, RowChange, RowKind
from app.io.excel.plan import BAD, NEEDED, Planner, show
from app.io.excel.plan_people import fold
from app.models.commands import Changes, Command, DeleteRows, InsertRows, SetFields
from app.models.people import Person, RaciCell, RaciRole, Risk, RiskReview, RiskTask
from app.models.tasks import Assignment, Baseline, BaselineTask, Dependency, Task

NO_TASK = QT_TRANSLATE_NOOP("errors", "there is no task on row number {number} of the sheet "
                            "(in \u201c{text}\u201d).")
OWN_LINK = QT_TRANSLATE_NOOP("errors", "a task cannot be its own predecessor.")
NO_PERSON = QT_TRANSLATE_NOOP(
    "errors", "there is nobody called \u201c{name}\u201d on the Stakeholders sheet or in the "
              "project.")
FIELDS = ("name", "duration", "percent_complete", "milestone", "manual", "constraint_type",
          "constraint_date", "deadline", "actual_start", "actual_finish", "notes")
SHEET_KEY = {"percent_complete": "percent"}
_NAMES = re.compile(r"[,;\u3001\uff0c\uff1b]")


@dataclass
class Entry:
    row: Any
    task_id: int
    matched: bool
    parent: int | None
    position: int
    wbs: str
    values: dict[str, Any] = field(default_factory=dict)


def _duration(value: Any, per_day: int, per_week: int) -> int:
    if value is None or value == "":
        return per_day
    if isinstance(value, int | float) and not isinstance(value, bool):
        if value < 0:
            raise UserError(BAD_DURATION, text=str(value))
        return round(value * per_day)  # a bare number is days, as Project reads it
    return parse_duration(str(value), per_day, per_week)


def plan_tasks(p: Planner) -> None:
    content = p.content
    current = {t.id: t for t in content.tasks}
    sheet = p.data.sheets.get(schema.TASKS)
    if sheet is None:
        p.tasks = {i: i for i in current} if p.same else {}
        p.task_wbs = {t.wbs: t.id for t in content.tasks}
        return
    per_day, per_week = p.minutes_per_day, p.minutes_per_week
    positions = dict(p.session.execute(select(Task.id, Task.position)).tuples().all())
    entries: list[Entry] = []
    seen: set[int] = set()
    stack: list[tuple[int, int, str]] = []  # (level, task id, wbs)
    counts: dict[int | None, int] = defaultdict(int)
    for row in sheet.rows:
        values = row.values
        if not any(values.get(k) not in (None, "") for k in ("name", "duration",
                                                               "predecessors")):
            continue  # a row with only an id or a level left behind: not a task
        wid = _id(values.get("id"))
        matched = p.same and wid in current and wid not in seen
        task_id = wid if matched else p.next_id(Task)
        if matched:
            seen.add(wid)  # type: ignore[arg-type]
        level = p.parse_same(sheet, row, "level", parse_int)
        if level in (None, BAD):  # a row added without a level joins the one above it
            level = stack[-1][0] if stack else 1
        level = max(1, level)
        level = min(level, (stack[-1][0] + 1) if stack else 1)
        while stack and stack[-1][0] >= level:
            stack.pop()
        parent = stack[-1][1] if stack else None
        counts[parent] += 1
        wbs = f"{stack[-1][2]}.{counts[parent]}" if stack else str(counts[parent])
        stack.append((level, task_id, wbs))
        entry = Entry(row, task_id, matched, parent, counts[parent] - 1, wbs)
        entry.values = _values(p, sheet, row, per_day, per_week)
        entries.append(entry)
        if wid is not None:
            p.tasks[wid] = task_id
    p.task_rows = [e.task_id for e in entries]
    p.task_wbs = {e.wbs: e.task_id for e in entries}
    if p.same:
        p.deleted_tasks = set(current) - seen
    diff = p.diff(schema.TASKS)
    inserts, updates = [], []
    old_children: dict[int | None, list[int]] = defaultdict(list)
    for task in content.tasks:  # outline order
        old_children[task.parent_id].append(task.id)
    new_children: dict[int | None, list[int]] = defaultdict(list)
    for entry in entries:
        new_children[entry.parent].append(entry.task_id)
    renumber = {parent for parent, kids in new_children.items()
                if kids != [k for k in old_children.get(parent, []) if k in seen]
                or any(k not in seen for k in kids)}
    links = _links(p, sheet, entries)
    people = _people(p, sheet, entries)
    for entry in entries:
        values = entry.values
        if BAD in values.values():
            continue
        if entry.matched:
            task = current[entry.task_id]
            old = _old_values(task, content.minutes_per_day, content.minutes_per_week)
            new = {k: v for k, v in values.items() if v != old[k]}
            if task.parent_id != entry.parent:
                new["parent_id"] = entry.parent
            if entry.parent in renumber and positions.get(entry.task_id) != entry.position:
                new["position"] = entry.position
            stored = dict(new)
            before = {SHEET_KEY.get(k, k): v for k, v in old.items()}
            before["duration"] = task.values["duration"]
            fields = list(p.changes(sheet, before,
                                    {SHEET_KEY.get(k, k): v for k, v in new.items()
                                     if k in old},
                                    {"duration": cell_text(entry.row.values.get("duration"))}))
            if task.wbs != entry.wbs:
                fields.insert(0, FieldChange(p.header(sheet, "wbs"), task.wbs, entry.wbs))
            fields += links.get(entry.task_id, []) + people.get(entry.task_id, [])
            if stored:
                updates.append(SetFields(IMPORT, Task, {"id": entry.task_id},
                                         {k: _stored_old(task, k, positions) for k in stored},
                                         stored, Changes.TASKS))
            if fields:
                diff.rows.append(RowChange(RowKind.CHANGED, entry.row.number, values["name"],
                                           tuple(fields)))
        else:
            inserts.append({"id": entry.task_id, "parent_id": entry.parent,
                            "position": entry.position, **values})
            diff.rows.append(RowChange(RowKind.ADDED, entry.row.number, values["name"],
                                       _added(p, sheet, entry) if p.details else ()))
    if inserts:
        p.steps.append(InsertRows(IMPORT, Task, inserts, Changes.TASKS))
    p.steps.extend(updates)
    p.steps.extend(p.pending_links)
    p.steps.extend(p.pending_assignments)
    if not p.same:
        _baseline(p, sheet, entries)
    for task_id in sorted(p.deleted_tasks, key=lambda i: current[i].number):
        diff.rows.append(RowChange(RowKind.DELETED, None,
                                   f"{current[task_id].wbs} {current[task_id].values['name']}"))


def _added(p: Planner, sheet, entry: Entry) -> tuple[FieldChange, ...]:
    """An added task's fields as the preview shows them."""
    shown = {k: show(v) for k, v in entry.values.items()
             if v not in (None, "", False, 0, ConstraintType.ASAP)}
    for key in ("duration", "predecessors", "people"):
        shown[key] = cell_text(entry.row.values.get(key)) or shown.get(key, "")
    return tuple(FieldChange(p.header(sheet, SHEET_KEY.get(k, k)), "", text)
                 for k, text in shown.items() if text)


def _baseline(p: Planner, sheet, entries: list[Entry]) -> None:
    """Into another project, the workbook's baseline dates come along as its first
    baseline (when it has none), so nothing the sheet shows is lost."""
    from datetime import datetime

    from app.io.mspdi.importer import _BASELINE_NAMES

    if p.session.scalar(select(Baseline.id).limit(1)) is not None:
        return
    dates = []
    for entry in entries:
        start = p.parse(sheet, entry.row, "baseline_start", parse_datetime)
        finish = p.parse(sheet, entry.row, "baseline_finish", parse_datetime)
        if start is not None or finish is not None:
            dates.append((entry.task_id, start, finish))
    if not dates or any(BAD in d for d in dates):
        return
    baseline_id = p.next_id(Baseline)
    name = _BASELINE_NAMES.get(p.content.language, _BASELINE_NAMES["en"])[0]
    p.steps.append(InsertRows(IMPORT, Baseline, [{
        "id": baseline_id, "number": 0, "name": name,
        "taken_at": datetime.now().replace(second=0, microsecond=0)}], Changes.BASELINE))
    p.steps.append(InsertRows(IMPORT, BaselineTask, [
        {"baseline_id": baseline_id, "task_id": task, "start": start, "finish": finish,
         "duration": 0, "cost": 0.0} for task, start, finish in dates], Changes.BASELINE))


def _id(value: Any) -> int | None:
    try:
        return parse_int(value)
    except UserError:
        return None


def _values(p: Planner, sheet, row, per_day: int, per_week: int) -> dict[str, Any]:
    name = cell_text(row.values.get("name"))[:400]
    if not name:
        p.problem(sheet, row.number, "name", None, translate("errors", NEEDED))
        name = BAD
    manual = p.parse_same(sheet, row, "manual", parse_bool)
    values = {
        "name": name,
        "duration": p.parse_same(sheet, row, "duration", _duration, per_day, per_week),
        "percent_complete": p.parse_same(sheet, row, "percent", parse_percent),
        "milestone": p.parse_same(sheet, row, "milestone", parse_bool),
        "manual": manual,
        "constraint_type": p.parse_same(sheet, row, "constraint_type", _constraint),
        "notes": cell_text(row.values.get("notes")),
    }
    for key in ("constraint_date", "deadline", "actual_start", "actual_finish"):
        values[key] = p.parse_same(sheet, row, key, parse_datetime)
    if manual is True:  # a manual task keeps the dates it is given
        values["start"] = p.parse_same(sheet, row, "start", parse_datetime)
        values["finish"] = p.parse_same(sheet, row, "finish", parse_datetime)
    return values


def _constraint(value: Any) -> ConstraintType:
    return parse_choice(value, ConstraintType) or ConstraintType.ASAP


def _old_values(task, per_day: int, per_week: int) -> dict[str, Any]:
    """The stored values as the workbook showed them (a duration as its text read back,
    so "1 d" left alone is no change even where 481 minutes were stored)."""
    v = task.values
    try:
        duration = parse_duration(v["duration"], per_day, per_week)
    except UserError:
        duration = None
    old = {"name": v["name"], "duration": duration, "percent_complete": v["percent"],
           "milestone": v["milestone"], "manual": v["manual"],
           "constraint_type": v["constraint_type"], "constraint_date": v["constraint_date"],
           "deadline": v["deadline"], "actual_start": v["actual_start"],
           "actual_finish": v["actual_finish"], "notes": v["notes"]}
    if v["manual"]:
        old["start"], old["finish"] = v["start"], v["finish"]
    return old


def _stored_old(task, key: str, positions: dict[int, int]) -> Any:
    if key == "parent_id":
        return task.parent_id
    if key == "position":
        return positions.get(task.id, 0)
    return None if key not in _STORED else _STORED[key](task)


_STORED = {
    "name": lambda t: t.values["name"], "percent_complete": lambda t: t.values["percent"],
    "milestone": lambda t: t.values["milestone"], "manual": lambda t: t.values["manual"],
    "constraint_type": lambda t: t.values["constraint_type"],
    "constraint_date": lambda t: t.values["constraint_date"],
    "deadline": lambda t: t.values["deadline"], "actual_start": lambda t: t.values["actual_start"],
    "actual_finish": lambda t: t.values["actual_finish"], "notes": lambda t: t.values["notes"],
    "start": lambda t: t.values["start"], "finish": lambda t: t.values["finish"],
    "duration": lambda t: t.values["_minutes"],
}


def _links(p: Planner, sheet, entries: list[Entry]) -> dict[int, list[FieldChange]]:
    """Plan link changes (kept in p.pending_links); the preview's field per task."""
    current: dict[int, dict[int, tuple]] = defaultdict(dict)
    rows: dict[tuple[int, int], dict] = {}
    for link_id, pred, succ, kind, lag, unit in p.content.links:
        current[succ][pred] = (kind, lag, unit)
        rows[(pred, succ)] = {"id": link_id, "predecessor_id": pred, "successor_id": succ,
                              "type": kind, "lag": lag, "lag_unit": unit}
    old_text = {t.id: t.values["predecessors"] for t in p.content.tasks}
    shown: dict[int, list[FieldChange]] = {}
    gone, added, changed = [], [], []
    header = p.header(sheet, "predecessors")
    for entry in entries:
        text = cell_text(entry.row.values.get("predecessors"))
        if entry.matched and _same_links(text, old_text.get(entry.task_id, ""), p):
            continue  # untouched: the same tasks, even if rows moved around it
        try:
            specs = parse_predecessors(text, p.minutes_per_day, p.minutes_per_week)
        except UserError as error:
            p.problem(sheet, entry.row.number, "predecessors", text, error.message())
            continue
        wanted: dict[int, tuple] = {}
        for spec in specs:
            if not 1 <= spec.number <= len(p.task_rows):
                p.problem(sheet, entry.row.number, "predecessors", text, translate(
                    "errors", NO_TASK).format(number=spec.number, text=text))
                continue
            pred = p.task_rows[spec.number - 1]
            if pred == entry.task_id:
                p.problem(sheet, entry.row.number, "predecessors", text,
                          translate("errors", OWN_LINK))
                continue
            wanted[pred] = (spec.type, spec.lag, spec.lag_unit)
        have = current.get(entry.task_id, {}) if entry.matched else {}
        for pred, spec in wanted.items():
            if pred not in have:
                added.append({"id": 0, "predecessor_id": pred, "successor_id": entry.task_id,
                              "type": spec[0], "lag": spec[1], "lag_unit": spec[2]})
            elif have[pred] != spec:
                changed.append((rows[(pred, entry.task_id)], spec))
        gone += [rows[(pred, entry.task_id)] for pred in have
                 if pred not in wanted and pred not in p.deleted_tasks]
        if entry.matched and (set(wanted) != set(have) or any(
                have.get(k) != v for k, v in wanted.items())):
            shown[entry.task_id] = [FieldChange(header, old_text.get(entry.task_id, ""), text)]
    steps: list[Command] = []
    if gone:
        steps.append(DeleteRows(IMPORT, Dependency, gone, Changes.LINKS))
    for row, (kind, lag, unit) in changed:
        steps.append(SetFields(IMPORT, Dependency, {"id": row["id"]},
                               {"type": row["type"], "lag": row["lag"],
                                "lag_unit": row["lag_unit"]},
                               {"type": kind, "lag": lag, "lag_unit": unit}, Changes.LINKS))
    for row in added:
        row["id"] = p.next_id(Dependency)
    if added:
        steps.append(InsertRows(IMPORT, Dependency, added, Changes.LINKS))
    p.pending_links = steps
    return shown


def _people(p: Planner, sheet, entries: list[Entry]) -> dict[int, list[FieldChange]]:
    """Assignments from the names in "Assigned to" (people hidden from the workbook keep
    theirs); the steps join p.pending_links."""
    current = p.content.assignments
    hidden = p.content.hidden_people
    old_text = {t.id: t.values["people"] for t in p.content.tasks}
    units = {(t, q): u for t, q, u in p.session.execute(
        select(Assignment.task_id, Assignment.person_id, Assignment.units))}
    shown: dict[int, list[FieldChange]] = {}
    gone, added = [], []
    header = p.header(sheet, "people")
    for entry in entries:
        text = cell_text(entry.row.values.get("people"))
        if entry.matched and p.same and _names(text) == _names(old_text.get(entry.task_id, "")):
            continue
        wanted: set[int] = set()
        for name in filter(None, (n.strip() for n in _NAMES.split(text))):
            person = p.person_ids_by_name.get(fold(name))
            if person is None:
                p.problem(sheet, entry.row.number, "people", text,
                          translate("errors", NO_PERSON).format(name=name))
                continue
            wanted.add(person)
        have = set(current.get(entry.task_id, ())) if entry.matched else set()
        wanted |= have & hidden
        added += [{"task_id": entry.task_id, "person_id": q, "units": 100}
                  for q in sorted(wanted - have)]
        gone += [{"task_id": entry.task_id, "person_id": q,
                  "units": units.get((entry.task_id, q), 100)}
                 for q in sorted(have - wanted) if q not in p.deleted_people]
        if entry.matched and wanted != have:
            shown[entry.task_id] = [FieldChange(header, old_text.get(entry.task_id, ""), text)]
    steps = []
    if gone:
        steps.append(DeleteRows(IMPORT, Assignment, gone, Changes.TASKS))
    if added:
        steps.append(InsertRows(IMPORT, Assignment, added, Changes.TASKS))
    p.pending_assignments = steps
    return shown


def _same_links(text: str, old: str, p: Planner) -> bool:
    """The cell says what the workbook showed, whatever the language it was written in
    ("3FS+2d" and "3FS+2天" are the same link)."""
    if text == old:
        return True
    try:
        return (parse_predecessors(text, p.content.minutes_per_day, p.content.minutes_per_week)
                == parse_predecessors(old, p.content.minutes_per_day,
                                      p.content.minutes_per_week))
    except UserError:
        return False


def _names(text: str) -> set[str]:
    return {fold(n) for n in _NAMES.split(text) if n.strip()}


# -- deletions -------------------------------------------------------------------------

class _DeleteTasks(DeleteRows):
    """Rows in outline order: deleted children first, put back parents first."""

    def apply(self, session) -> None:
        InsertRows.revert(self, session)

    def revert(self, session) -> None:
        InsertRows.apply(self, session)


def plan_deletions(p: Planner) -> None:
    """Everything deleted from any sheet, with every row that refers to it, captured
    so that undo puts all of it back; each row is taken out exactly once."""
    from sqlalchemy import or_

    tasks, people = sorted(p.deleted_tasks), sorted(p.deleted_people)
    risks = sorted(p.deleted_risks)
    roles = set(p.deleted_roles)
    if people:
        roles |= set(p.session.scalars(select(RaciRole.id).where(
            RaciRole.person_id.in_(people))))
    roles_list = sorted(roles)
    steps: list[Command] = []
    for entity, where, flags in (
            (RaciCell, or_(RaciCell.task_id.in_(tasks), RaciCell.role_id.in_(roles_list)),
             Changes.RACI),
            (RaciRole, RaciRole.id.in_(roles_list), Changes.RACI),
            (RiskTask, or_(RiskTask.task_id.in_(tasks), RiskTask.risk_id.in_(risks)),
             Changes.RISKS),
            (RiskReview, RiskReview.risk_id.in_(risks), Changes.RISKS),
            (Assignment, or_(Assignment.task_id.in_(tasks), Assignment.person_id.in_(people)),
             Changes.TASKS),
            (Dependency, or_(Dependency.predecessor_id.in_(tasks),
                             Dependency.successor_id.in_(tasks)), Changes.LINKS),
            (BaselineTask, BaselineTask.task_id.in_(tasks), Changes.BASELINE)):
        captured = DeleteRows.capture(p.session, IMPORT, entity, [where], flags)
        if captured.rows:
            steps.append(captured)
    for risk_id, owner in p.session.execute(select(Risk.id, Risk.owner_id).where(
            Risk.owner_id.in_(people), Risk.id.not_in(risks))):
        if risk_id not in p.risk_owner_set:
            steps.append(SetFields(IMPORT, Risk, {"id": risk_id}, {"owner_id": owner},
                                   {"owner_id": None}, Changes.RISKS))
    if risks:
        steps.append(DeleteRows.capture(p.session, IMPORT, Risk, [Risk.id.in_(risks)],
                                        Changes.RISKS))
    if tasks:
        order = {t.id: n for n, t in enumerate(p.content.tasks)}
        rows = DeleteRows.capture(p.session, IMPORT, Task, [Task.id.in_(tasks)],
                                  Changes.TASKS).rows
        rows.sort(key=lambda r: order.get(r["id"], 0))
        steps.append(_DeleteTasks(IMPORT, Task, rows, Changes.TASKS | Changes.LINKS))
    if people:
        steps.append(DeleteRows.capture(p.session, IMPORT, Person, [Person.id.in_(people)],
                                        Changes.PEOPLE))
    p.late.extend(steps)
