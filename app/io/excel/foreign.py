"""A foreign task list as tasks of the open project (no Qt).

Hierarchy comes from WBS codes or outline numbers, else an outline-level column,
else the indentation of the names. Durations are read by app/core/durations.py
("5d", "5 天", "3 工作日", "2w", "4h"; a bare number is days), predecessors by
app/core/predecessors.py after WBS codes are turned into row numbers. Each problem
names the sheet, row and column and the value found; rows with problems can be
skipped knowingly, and nothing is written before the caller executes the command.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from openpyxl.utils import get_column_letter
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core.calendar import WorkCalendar
from app.core.durations import BAD_DURATION, parse_duration
from app.core.enums import ConstraintType
from app.core.errors import UserError
from app.core.i18n import QT_TRANSLATE_NOOP, translate
from app.core.predecessors import parse_predecessors
from app.io.excel.cells import (
    ERROR_VALUE,
    FORMULA,
    CellProblem,
    cell_text,
    parse_bool,
    parse_datetime,
    parse_int,
    parse_percent,
    text_of,
)
from app.io.excel.diff import FieldChange, ImportPlan, RowChange, RowKind, SheetDiff
from app.io.excel.foreign_read import Cell, Table
from app.models.calendars import project_calendar
from app.models.commands import Changes, Command, InsertRows, Macro
from app.models.people import Person
from app.models.project import Project
from app.models.tasks import Assignment, Dependency, Task

IMPORT_TASKS = QT_TRANSLATE_NOOP("commands", "Import Task List")
MERGED = QT_TRANSLATE_NOOP("errors", "the cell is part of merged cells; unmerge them and "
                           "fill every row.")
NO_NAME = QT_TRANSLATE_NOOP("errors", "the row has data but no task name.")
NO_ROW = QT_TRANSLATE_NOOP("errors", "there is no task {ref} in the list (in \u201c{text}\u201d).")
SKIPPED_REF = QT_TRANSLATE_NOOP("errors", "task {ref} is on a row that is skipped.")
BAD_WBS = QT_TRANSLATE_NOOP("errors", "\u201c{value}\u201d is not a WBS code or outline number "
                            "such as 1.2.3.")
OWN = QT_TRANSLATE_NOOP("errors", "a task cannot be its own predecessor.")
_WBS = re.compile(r"^\d+(\.\d+)*\.?$")
_REF = re.compile(r"^\s*(\d+(?:\.\d+)*)(.*)$")
_SPLIT = re.compile(r"[,;\u3001\uff0c\uff1b]")
_NAMES = re.compile(r"[,;\u3001\uff0c\uff1b/]")


@dataclass
class ForeignRow:
    row: int  # sheet row number
    level: int
    values: dict[str, Any]
    problems: list[CellProblem] = field(default_factory=list)
    predecessors: str = ""
    people: list[str] = field(default_factory=list)
    number: int | None = None  # the ID column's value
    wbs: str = ""


@dataclass
class ForeignRead:
    """The rows as tasks, before anything is written: what the mapping step previews."""

    rows: list[ForeignRow]
    problems: list[CellProblem]

    @property
    def bad_rows(self) -> int:
        return sum(1 for r in self.rows if r.problems)


def read_rows(table: Table, mapping: dict[str, int | None], per_day: int = 480,
              per_week: int = 2400, calendar: WorkCalendar | None = None) -> ForeignRead:
    calendar = calendar or WorkCalendar()
    headers = table.headers()
    rows: list[ForeignRow] = []

    def where(number: int, key: str, value: Any, problem: str) -> CellProblem:
        index = mapping[key] or 0
        return CellProblem(table.title, number, get_column_letter(index + 1),
                           headers[index] if index < len(headers) else "", text_of(value),
                           problem)

    for number, cells in table.rows[table.header_row + 1:]:
        row = _row(number, cells, mapping, where, per_day, per_week, calendar)
        if row is not None:
            rows.append(row)
    _levels(rows)
    return ForeignRead(rows, [p for r in rows for p in r.problems])


def _row(number: int, cells: list[Cell], mapping: dict[str, int | None], where,
         per_day: int, per_week: int, calendar: WorkCalendar) -> ForeignRow | None:
    """One sheet row as a task, its problems attached; None for an empty row."""
    got: dict[str, Cell] = {}
    for key, index in mapping.items():
        if index is not None and index < len(cells):
            got[key] = cells[index]
    if not any(c.value not in (None, "") for c in got.values()):
        return None
    row = ForeignRow(number, 1, {})
    raw: dict[str, Any] = {}
    for key, cell in got.items():
        if cell.formula:
            row.problems.append(where(number, key, cell.value, translate(
                "errors", FORMULA).format(value=text_of(cell.value))))
        elif cell.error:
            row.problems.append(where(number, key, cell.value, translate(
                "errors", ERROR_VALUE).format(value=text_of(cell.value))))
        elif cell.merged:
            row.problems.append(where(number, key, cell.value, translate("errors", MERGED)))
        elif cell.percent and isinstance(cell.value, int | float) and key == "percent":
            raw[key] = cell.value * 100
        else:
            raw[key] = cell.value

    def parse(key: str, parser, *args):
        try:
            return parser(raw.get(key), *args)
        except UserError as error:
            row.problems.append(where(number, key, raw.get(key), error.message()))
            return None

    name_value = raw.get("name")
    name = cell_text(name_value) if name_value is not None else ""
    indent = got["name"].indent if "name" in got else 0
    if isinstance(name_value, str):
        lead = len(name_value) - len(name_value.lstrip(" \u3000\t"))
        indent = max(indent, (lead + 1) // 2 if lead else 0)
    if not name:
        if "name" in got and not got["name"].merged and not got["name"].formula:
            row.problems.append(where(number, "name", None, translate("errors", NO_NAME)))
        name = "?"
    row.values["name"] = name[:400]
    wbs = cell_text(raw.get("wbs")).rstrip(".") if raw.get("wbs") is not None else ""
    if wbs and not _WBS.match(wbs):
        row.problems.append(where(number, "wbs", wbs, translate("errors", BAD_WBS).format(
            value=wbs)))
        wbs = ""
    row.wbs = wbs
    level = parse("level", parse_int)
    row.level = (wbs.count(".") + 1 if wbs else level if level and level > 0
                 else indent + 1)
    row.number = parse("number", parse_int)
    start = parse("start", parse_datetime)
    finish = parse("finish", parse_datetime)
    duration = parse("duration", _duration, per_day, per_week)
    if duration is None and start and finish:
        begin = calendar.add_working_minutes(start, 0)
        end = finish if finish.time() != datetime.min.time() else \
            finish.replace(hour=23, minute=59)
        duration = max(0, calendar.working_minutes_between(begin, end))
    row.values["duration"] = per_day if duration is None else duration
    if start is not None:  # a date in the list is kept as "start no earlier than"
        row.values["constraint_type"] = ConstraintType.SNET
        row.values["constraint_date"] = start
    row.values["percent_complete"] = parse("percent", _percent) or 0
    milestone = parse("milestone", parse_bool)
    row.values["milestone"] = bool(milestone) or row.values["duration"] == 0
    row.values["notes"] = cell_text(raw.get("notes")) if raw.get("notes") else ""
    row.predecessors = cell_text(raw.get("predecessors")) if raw.get(
        "predecessors") is not None else ""
    people = cell_text(raw.get("people")) if raw.get("people") is not None else ""
    row.people = [n.strip() for n in _NAMES.split(people) if n.strip()]
    return row


def _duration(value: Any, per_day: int, per_week: int) -> int | None:
    if value in (None, ""):
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        if value < 0:
            raise UserError(BAD_DURATION, text=text_of(value))
        return round(value * per_day)
    return parse_duration(str(value), per_day, per_week)


def _percent(value: Any) -> int:
    # 0.5 without a percentage format is still most likely 50 %.
    if isinstance(value, float) and 0 < value < 1:
        return round(value * 100)
    return parse_percent(value)


def _levels(rows: list[ForeignRow]) -> None:
    """Levels that step down at most one at a time, as an outline must."""
    previous = 0
    for row in rows:
        row.level = max(1, min(row.level, previous + 1))
        previous = row.level


def plan_foreign(session: Session, table: Table, mapping: dict[str, int | None],
                 skip_bad_rows: bool = False) -> ImportPlan:
    """The tasks of `table` added at the end of the open project, as one command.

    With problems and `skip_bad_rows` False there is no command; with it True the
    rows with problems are left out (and links to them dropped, with a problem each).
    """
    project = session.get_one(Project, 1)
    read = read_rows(table, mapping, project.minutes_per_day, project.minutes_per_week,
                     project_calendar(session))
    rows = [r for r in read.rows if not (skip_bad_rows and r.problems)]
    problems = list(read.problems)
    next_task = (session.scalar(select(func.max(Task.id))) or 0) + 1
    position = (session.scalar(select(func.max(Task.position)).where(
        Task.parent_id.is_(None))) or -1) + 1
    ids = {id(r): next_task + n for n, r in enumerate(rows)}
    by_ref: dict[str, int] = {}
    for n, row in enumerate(rows, 1):
        by_ref.setdefault(str(row.number if row.number is not None else n), ids[id(row)])
        if row.wbs:
            by_ref.setdefault(row.wbs, ids[id(row)])
    skipped = {str(r.number) for r in read.rows if r.problems and skip_bad_rows
               and r.number is not None} | {r.wbs for r in read.rows
                                            if r.problems and skip_bad_rows and r.wbs}
    tasks, stack, counts = [], [], {}
    for row in rows:
        while stack and stack[-1][0] >= row.level:
            stack.pop()
        parent = stack[-1][1] if stack else None
        counts[parent] = counts.get(parent, position - 1 if parent is None else -1) + 1
        task_id = ids[id(row)]
        stack.append((row.level, task_id))
        tasks.append({"id": task_id, "parent_id": parent, "position": counts[parent],
                      "name": row.values["name"], "duration": row.values["duration"],
                      "percent_complete": row.values["percent_complete"],
                      "milestone": row.values["milestone"], "notes": row.values["notes"],
                      "constraint_type": row.values.get("constraint_type",
                                                        ConstraintType.ASAP),
                      "constraint_date": row.values.get("constraint_date")})
    links = _links(rows, ids, by_ref, skipped, table, mapping, problems, project)
    first_link = (session.scalar(select(func.max(Dependency.id))) or 0) + 1
    for n, link in enumerate(links):  # known ids, so that undo can take them out again
        link["id"] = first_link + n
    people, assignments = _people(session, rows, ids)
    diff = SheetDiff("tasks", table.title, [RowChange(RowKind.ADDED, r.row, r.values["name"], tuple(
        FieldChange(k, "", v) for k, v in _shown(r).items() if v)) for r in rows])
    steps: list[Command] = []
    if people:
        steps.append(InsertRows(IMPORT_TASKS, Person, people, Changes.PEOPLE))
    if tasks:
        steps.append(InsertRows(IMPORT_TASKS, Task, tasks, Changes.TASKS))
    if links:
        steps.append(InsertRows(IMPORT_TASKS, Dependency, links, Changes.LINKS))
    if assignments:
        steps.append(InsertRows(IMPORT_TASKS, Assignment, assignments, Changes.TASKS))
    # Skipping bad rows knowingly also drops the links that cannot be made.
    command = Macro(IMPORT_TASKS, steps) if steps and (skip_bad_rows or not problems) else None
    return ImportPlan([diff], command, problems, same_project=False)


def _shown(row: ForeignRow) -> dict[str, str]:
    from app.core.durations import format_duration

    return {translate("excel", "WBS"): row.wbs,
            translate("excel", "Duration"): format_duration(row.values["duration"]),
            translate("excel", "Predecessors"): row.predecessors,
            translate("excel", "Assigned to"): ", ".join(row.people)}


def _links(rows: list[ForeignRow], ids: dict, by_ref: dict[str, int], skipped: set[str],
           table: Table, mapping: dict[str, int | None], problems: list[CellProblem],
           project: Project) -> list[dict]:
    """Links from the predecessor texts: IDs or WBS codes, with type and lag."""
    headers = table.headers()
    index = mapping.get("predecessors") or 0

    def problem(row: ForeignRow, text: str) -> None:
        problems.append(CellProblem(table.title, row.row, get_column_letter(index + 1),
                                    headers[index] if index < len(headers) else "",
                                    row.predecessors, text))

    links, seen = [], set()
    for row in rows:
        for part in filter(None, (p.strip() for p in _SPLIT.split(row.predecessors))):
            match = _REF.match(part)
            ref = match.group(1).rstrip(".") if match else ""
            if ref in skipped:
                problem(row, translate("errors", SKIPPED_REF).format(ref=ref))
                continue
            if match is None or ref not in by_ref:
                problem(row, translate("errors", NO_ROW).format(ref=ref or part,
                                                               text=row.predecessors))
                continue
            try:  # type and lag read as Project writes them, on a stand-in number
                spec = parse_predecessors(f"1{match.group(2)}", project.minutes_per_day,
                                          project.minutes_per_week)[0]
            except UserError as error:
                problem(row, error.message())
                continue
            pred, successor = by_ref[ref], ids[id(row)]
            if pred == successor:
                problem(row, translate("errors", OWN))
                continue
            if (pred, successor) in seen:
                continue
            seen.add((pred, successor))
            links.append({"predecessor_id": pred, "successor_id": successor,
                          "type": spec.type, "lag": spec.lag, "lag_unit": spec.lag_unit})
    return links


def _people(session: Session, rows: list[ForeignRow], ids: dict) -> tuple[list, list]:
    known = {" ".join(n.split()).casefold(): i for i, n in
             session.execute(select(Person.id, Person.name)).tuples().all()}
    next_person = (session.scalar(select(func.max(Person.id))) or 0) + 1
    position = (session.scalar(select(func.max(Person.position))) or 0) + 1
    new, assignments = [], []
    for row in rows:
        for name in dict.fromkeys(row.people):
            key = " ".join(name.split()).casefold()
            if key not in known:
                known[key] = next_person
                new.append({"id": next_person, "position": position,
                            "name": " ".join(name.split())[:200], "team_member": True})
                next_person += 1
                position += 1
            pair = {"task_id": ids[id(row)], "person_id": known[key], "units": 100}
            if pair not in assignments:
                assignments.append(pair)
    return new, assignments
