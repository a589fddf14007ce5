"""An edited workbook compared with the project: the preview and one command (no Qt).

Rows are matched by the hidden ids when the workbook came from this project (or a
copy of it); from another project every row is new and nothing is deleted. Every
value is checked first; any problem names its sheet, row and column and no command
is made. Sheets are planned in dependency order (people before the tasks they are
assigned to, tasks before the risks and RACI rows that refer to them) and the
deletions come last, so that the command applies and reverts cleanly as one step.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from enum import StrEnum
from typing import Any, NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core.calendar import Exception_, WorkCalendar
from app.core.errors import UserError
from app.core.i18n import QT_TRANSLATE_NOOP, translate
from app.core.progress import Progress
from app.io.excel import schema
from app.io.excel.calendar_text import hours_text, parse_hours
from app.io.excel.cells import (
    CellError,
    CellProblem,
    cell_text,
    parse_date,
    parse_number,
    text_of,
    yes_no,
)
from app.io.excel.content import Content, load_content, project_key
from app.io.excel.diff import IMPORT, FieldChange, ImportPlan, RowChange, RowKind, SheetDiff
from app.io.excel.reader import ReadRow, ReadSheet, WorkbookData
from app.models.commands import Changes, Command, Macro, ReplaceCalendar, SetFields
from app.models.project import Project

BAD: Any = object()  # a value that failed its check (the problem is recorded)
_UNSEEN: Any = object()
EMPTY_NAME = QT_TRANSLATE_NOOP("errors", "the project needs a name.")
BAD_CURRENCY = QT_TRANSLATE_NOOP("errors", "\u201c{value}\u201d is not a three-letter "
                                 "currency code such as CNY or USD.")
BAD_HOURS = QT_TRANSLATE_NOOP("errors", "\u201c{value}\u201d hours is not a length of working "
                              "time between 0.5 and 24 a day (168 a week).")
NEEDED = QT_TRANSLATE_NOOP("errors", "a value is needed here.")
_PLANNING = QT_TRANSLATE_NOOP("io", "Comparing the {sheet} sheet with the project")


class _Failed(NamedTuple):
    message: str  # a parser's error, remembered by Planner.parse_same


def show(value: Any) -> str:
    """A value as the preview shows it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return yes_no(value)
    if isinstance(value, StrEnum):
        return getattr(value, "label", value.value)
    if isinstance(value, datetime | date):
        return text_of(value)
    return text_of(value)


class Planner:
    """Builds the plan; the per-sheet work lives in plan_people, plan_tasks, ..."""

    def __init__(self, session: Session, data: WorkbookData, content: Content, *,
                 details: bool = True) -> None:
        self.session, self.data, self.content = session, data, content
        # The values of added rows, field by field: a preview shows them; an import into
        # a new project (everything added, nobody looking) would only spend time on them.
        self.details = details
        self.same = bool(data.project_key) and data.project_key == content.project_key
        self.problems: list[CellProblem] = list(data.problems)
        self.sheets: list[SheetDiff] = []
        self.steps: list[Command] = []
        self.late: list[Command] = []  # deletions, applied after everything else
        self._ids: dict[Any, int] = {}
        self._parsed: dict[tuple, Any] = {}  # see parse_same
        # Filled as sheets are planned: workbook id -> project id, final names.
        self.people: dict[int, int] = {}
        self.person_ids_by_name: dict[str, int] = {}
        self.deleted_people: set[int] = set()
        self.tasks: dict[int, int] = {}
        self.task_wbs: dict[str, int] = {}  # new WBS code -> task id
        self.task_rows: list[int] = []  # task ids in the sheet's order
        self.deleted_tasks: set[int] = set()
        self.pending_people: dict[int, dict[str, Any]] = {}  # person id -> new row
        self.person_updates: dict[int, tuple[dict, dict]] = {}  # person id -> (old, new)
        self.pending_links: list[Command] = []
        self.pending_assignments: list[Command] = []
        self.deleted_risks: set[int] = set()
        self.deleted_roles: set[int] = set()
        self.risk_owner_set: set[int] = set()  # risks whose owner the Risks sheet sets
        self.minutes_per_day = content.minutes_per_day
        self.minutes_per_week = content.minutes_per_week

    # -- helpers -----------------------------------------------------------------

    def parse(self, sheet: ReadSheet, row: ReadRow, key: str,
              parser: Callable[..., Any], *args: Any) -> Any:
        value = row.values.get(key)
        try:
            return parser(value, *args)
        except UserError as error:
            self.problem(sheet, row.number, key, value, error.message())
            return BAD

    def parse_same(self, sheet: ReadSheet, row: ReadRow, key: str,
                   parser: Callable[..., Any], *args: Any) -> Any:
        """`parse` for a parser whose answer depends on the value and `args` alone (and
        `args` hashable): remembered, as 10,000 tasks hold a handful of different
        durations, levels, flags and choices."""
        value = row.values.get(key)
        memo = (parser, args, type(value), value)  # True and 1 are different answers
        found = self._parsed.get(memo, _UNSEEN)
        if found is _UNSEEN:
            try:
                found = parser(value, *args)
            except UserError as error:
                found = _Failed(error.message())
            self._parsed[memo] = found
        if type(found) is _Failed:
            self.problem(sheet, row.number, key, value, found.message)
            return BAD
        return found

    def problem(self, sheet: ReadSheet, row: int, key: str, value: Any, text: str) -> None:
        found = sheet.where(row, key, value, text)
        # One problem per cell: a formula dropped by the reader is not also "empty".
        if not any((q.sheet, q.row, q.column) == (found.sheet, found.row, found.column)
                   for q in self.problems[-20:]):
            self.problems.append(found)

    def next_id(self, entity: Any) -> int:
        if entity not in self._ids:
            self._ids[entity] = (self.session.scalar(select(func.max(entity.id))) or 0)
        self._ids[entity] += 1
        return self._ids[entity]

    def diff(self, key: str) -> SheetDiff:
        sheet = SheetDiff(key, self.data.sheets[key].title if key in self.data.sheets
                          else schema.sheet_title(key))
        self.sheets.append(sheet)
        return sheet

    @staticmethod
    def header(sheet: ReadSheet, key: str) -> str:
        return sheet.headers.get(key) or key

    def changes(self, sheet: ReadSheet, old: dict[str, Any], new: dict[str, Any],
                shown: dict[str, str] | None = None) -> tuple[FieldChange, ...]:
        shown = shown or {}
        return tuple(FieldChange(self.header(sheet, k), show(old.get(k)),
                                 shown.get(k, show(new[k])))
                     for k in new if new[k] != old.get(k))

    # -- summary and calendar ----------------------------------------------------

    def summary(self) -> None:
        sheet = self.data.sheets.get(schema.SUMMARY)
        if sheet is None:
            return
        kinds = {key: kind for key, _l, kind, editable in schema.SUMMARY_ROWS if editable}
        labels = {key: translate("excel", label) for key, label, _k, _e in schema.SUMMARY_ROWS}
        old = self.content.project
        new: dict[str, Any] = {}
        rows: dict[str, int] = {}
        for row in sheet.rows:
            key = text_of(row.values.get("id"))
            if key not in kinds:
                continue
            rows[key] = row.number
            value = self.parse(sheet, row, "value", _SUMMARY_PARSERS[kinds[key]])
            if value is BAD:
                continue
            try:
                value = _check_property(key, value)
            except UserError as error:
                self.problem(sheet, row.number, "value", row.values.get("value"),
                             error.message())
                continue
            if value != old.get(key):
                new[key] = value
        if "hours_per_day" in new:
            self.minutes_per_day = round(new["hours_per_day"] * 60)
        if "hours_per_week" in new:
            self.minutes_per_week = round(new["hours_per_week"] * 60)
        if not new:
            return
        diff = self.diff(schema.SUMMARY)
        for key, value in new.items():
            diff.rows.append(RowChange(RowKind.CHANGED, rows[key], labels[key], (
                FieldChange(labels[key], show(old.get(key)), show(value)),)))
        stored = {_PROJECT_FIELDS.get(k, k): v for k, v in new.items()}
        for key in ("minutes_per_day", "minutes_per_week"):
            if key in stored:
                stored[key] = round(stored[key] * 60)
        project = self.session.get_one(Project, 1)
        self.steps.append(SetFields(IMPORT, Project, {"id": 1},
                                    {k: getattr(project, k) for k in stored}, stored,
                                    Changes.PROJECT))

    def calendar(self) -> None:
        sheet = self.data.sheets.get(schema.CALENDAR)
        if sheet is None:
            return
        old = self.content.calendar
        week = list(old.week)
        name = old.name
        exceptions: dict[date, Exception_] = {}
        diff = SheetDiff(schema.CALENDAR, sheet.title)
        weekday_label = {f"wd{n}": translate("excel", d) for n, d in enumerate(schema.WEEKDAYS)}
        for row in sheet.rows:
            key = text_of(row.values.get("id"))
            if key in weekday_label:
                n = int(key[2:])
                hours = self.parse(sheet, row, "hours", parse_hours)
                if hours is BAD:
                    continue
                if n == 0 and cell_text(row.values.get("name")):
                    name = cell_text(row.values.get("name"))
                if hours != old.week[n]:
                    diff.rows.append(RowChange(RowKind.CHANGED, row.number, weekday_label[key], (
                        FieldChange(self.header(sheet, "hours"), hours_text(old.week[n]),
                                    hours_text(hours)),)))
                week[n] = hours
                continue
            day = self.parse(sheet, row, "day", parse_date)
            hours = self.parse(sheet, row, "hours", parse_hours)
            if day is None:
                self.problem(sheet, row.number, "day", None, translate("errors", NEEDED))
                continue
            if BAD in (day, hours):
                continue
            exceptions[day] = Exception_(day, cell_text(row.values.get("name"))[:200], hours)
        for day in sorted(set(exceptions) | set(old.exceptions)):
            before, after = old.exceptions.get(day), exceptions.get(day)
            if before == after:
                continue
            kind = (RowKind.ADDED if before is None else RowKind.DELETED if after is None
                    else RowKind.CHANGED)
            label = f"{day.isoformat()} {(after or before).name}"  # type: ignore[union-attr]
            diff.rows.append(RowChange(kind, None, label, (
                FieldChange(self.header(sheet, "hours"),
                            hours_text(before.intervals) if before else "",
                            hours_text(after.intervals) if after else ""),)))
        new = WorkCalendar(name[:100] or old.name, tuple(week), exceptions)
        if name != old.name:
            diff.rows.append(RowChange(RowKind.CHANGED, None, self.header(sheet, "name"), (
                FieldChange(self.header(sheet, "name"), old.name, name),)))
        if diff.rows:
            self.sheets.append(diff)
            self.steps.append(ReplaceCalendar(self.content.calendar_id, old, new, IMPORT))


_PROJECT_FIELDS = {"hours_per_day": "minutes_per_day", "hours_per_week": "minutes_per_week"}


def _text_value(value: Any) -> str:
    return cell_text(value)


def _number_value(value: Any) -> float | None:
    return parse_number(value)


_SUMMARY_PARSERS: dict[str, Callable[[Any], Any]] = {
    "text": _text_value, "date": parse_date, "number": _number_value}


def _check_property(key: str, value: Any) -> Any:
    if key == "name":
        value = " ".join(str(value).split())[:200]
        if not value:
            raise CellError(EMPTY_NAME)
    elif key == "start_date" and value is None:
        raise CellError(NEEDED)
    elif key == "currency":
        value = str(value).strip().upper()
        if len(value) != 3 or not value.isalpha():
            raise CellError(BAD_CURRENCY, value=value)
    elif key in ("hours_per_day", "hours_per_week"):
        top = 24 if key == "hours_per_day" else 168
        if value is None or not 0.5 <= value <= top:
            raise CellError(BAD_HOURS, value=text_of(value))
    elif key in ("code",):
        value = str(value)[:40]
    elif key in ("manager", "client"):
        value = str(value)[:200]
    return value


def plan_workbook_import(session: Session, data: WorkbookData,
                         progress: Progress | None = None, *,
                         details: bool = True) -> ImportPlan:
    """What importing `data` into the project open in `session` would change. Without
    `details`, added rows carry no per-field values (the same rows, counts and command)."""
    from app.io.excel.plan_people import plan_engagement, plan_stakeholders
    from app.io.excel.plan_raci import plan_raci
    from app.io.excel.plan_risks import plan_risks
    from app.io.excel.plan_tasks import plan_deletions, plan_tasks

    progress = progress or Progress()
    same = data.project_key == project_key(session.get_one(Project, 1))
    # The project as this workbook showed it: confidential people left out if they were.
    include = not same or data.meta.get("confidential") == "1"
    content = load_content(session, include_confidential=include, figures=False)
    planner = Planner(session, data, content, details=details)
    steps = [(schema.SUMMARY, planner.summary), (schema.CALENDAR, planner.calendar),
             (schema.STAKEHOLDERS, lambda: plan_stakeholders(planner)),
             (schema.ENGAGEMENT, lambda: plan_engagement(planner)),
             (schema.TASKS, lambda: plan_tasks(planner)),
             (schema.RISKS, lambda: plan_risks(planner)),
             (schema.RACI, lambda: plan_raci(planner)),
             (schema.TASKS, lambda: plan_deletions(planner))]
    for n, (key, step) in enumerate(steps):
        progress.report(0.5 + 0.4 * n / len(steps),
                        translate("io", _PLANNING).format(sheet=schema.sheet_title(key)))
        step()
    planner.sheets = [s for s in planner.sheets if s.rows]
    order = {key: n for n, key in enumerate(schema.SHEET_ORDER)}
    planner.sheets.sort(key=lambda s: order.get(s.key, 99))
    commands = planner.steps + planner.late
    command = None if planner.problems or not commands else Macro(IMPORT, commands)
    return ImportPlan(planner.sheets, command, planner.problems, planner.same)
