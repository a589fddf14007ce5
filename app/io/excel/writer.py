"""Write a project as an Excel workbook, one sheet per module (no Qt).

openpyxl (write-only mode) writes the workbook: styles, widths, frozen panes, filters,
drop-downs, the other parts; the rows themselves are written by sheet_rows.py, several
times faster than openpyxl cell by cell. User text is always a text cell: a name that
begins with = + - or @ is never a formula (it also gets Excel's quote prefix, so
editing the cell in Excel keeps it text).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from copy import copy
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from app.core.enums import Attitude, ConstraintType, Engagement, RiskKind, RiskStatus, RiskStrategy
from app.core.errors import UserError
from app.core.i18n import QT_TRANSLATE_NOOP, translate
from app.core.progress import Progress
from app.core.raci import COLORS as RACI_COLORS
from app.core.raci import Level, level_of
from app.io.excel import schema
from app.io.excel.cells import looks_like_formula, safe_text, yes_no
from app.io.excel.content import Content, raci_letters, risk_values, stakeholder_values
from app.io.excel.gantt_sheet import write_gantt
from app.io.excel.schema import Column
from app.io.excel.sheet_rows import Rows
from app.io.excel.styles import COMPUTED_FILL, DATE, DATETIME, HEADER_FILL, Styler, text_color

CANNOT_WRITE = QT_TRANSLATE_NOOP("errors", "Cannot write {path}: {detail}")
_WRITING = QT_TRANSLATE_NOOP("io", "Writing the {sheet} sheet")
_SAVING = QT_TRANSLATE_NOOP("io", "Saving the workbook")
MAX_TEXT = 32767  # Excel's limit for one cell

Row = dict[str, Any]


def write_workbook(content: Content, target: Path, progress: Progress | None = None) -> None:
    """Write `content` to `target` (through a temporary file: never half a workbook)."""
    progress = progress or Progress()
    book = Workbook(write_only=True)
    lists = _Lists(book)
    steps: list[tuple[str, Callable[[], None]]] = [
        (schema.SUMMARY, lambda: _summary(book, content)),
        (schema.TASKS, lambda: _tasks(book, content, lists)),
        (schema.GANTT, lambda: write_gantt(book, content)),
        (schema.STAKEHOLDERS, lambda: _stakeholders(book, content, lists)),
        (schema.ENGAGEMENT, lambda: _engagement(book, content, lists)),
        (schema.RISKS, lambda: _risks(book, content, lists)),
        (schema.RACI, lambda: _raci(book, content, lists)),
        (schema.CALENDAR, lambda: _calendar(book, content)),
    ]
    for n, (key, write) in enumerate(steps):
        progress.report(n / (len(steps) + 1),
                        translate("io", _WRITING).format(sheet=schema.sheet_title(key)))
        write()
    lists.finish()
    _meta(book, content)
    progress.report(len(steps) / (len(steps) + 1), translate("io", _SAVING))
    part = target.with_name(target.name + ".part")
    try:
        book.save(part)
        part.replace(target)
    except OSError as error:
        part.unlink(missing_ok=True)
        raise UserError(CANNOT_WRITE, path=str(target),
                        detail=error.strerror or str(error)) from error
    progress.report(1.0)


# -- shared pieces -----------------------------------------------------------------------

class _Lists:
    """Drop-down choices live on a hidden sheet: a list written into the validation
    itself may not pass 255 characters, and people's names easily do."""

    def __init__(self, book: Workbook) -> None:
        self.book = book
        self.columns: list[list[str]] = []
        self.refs: dict[tuple[str, ...], str] = {}

    def ref(self, values: Sequence[str]) -> str | None:
        values = tuple(v for v in values if v)
        if not values:
            return None
        if values not in self.refs:
            self.columns.append(list(values))
            letter = get_column_letter(len(self.columns))
            self.refs[values] = f"'{schema.LISTS_SHEET}'!${letter}$1:${letter}${len(values)}"
        return self.refs[values]

    def finish(self) -> None:
        sheet = self.book.create_sheet(schema.LISTS_SHEET)
        sheet.sheet_state = "hidden"
        styler, rows = Styler(sheet), Rows(sheet)
        for n in range(max((len(c) for c in self.columns), default=0)):
            cells = [_text(rows, styler, c[n]) if n < len(c) else (None, 0)
                     for c in self.columns]
            rows.append([value for value, _s in cells], [style for _v, style in cells])
        rows.close()


def _text(rows: Rows, styler: Styler, value: str, style: StyleArray | None = None
          ) -> tuple[str, int]:
    """User text as a text cell: one that looks like a formula also gets Excel's quote
    prefix, so that editing it in Excel keeps it text."""
    value = safe_text(value)[:MAX_TEXT]
    if looks_like_formula(value):
        quoted = copy(style) if style is not None else styler.style(quote=True)
        quoted.quotePrefix = 1
        return value, rows.style(quoted)
    return value, rows.style(style)


class _Sheet:
    """One table sheet: hidden key row and id column, header, frozen panes, filter."""

    def __init__(self, book: Workbook, key: str, columns: Sequence[Column],
                 freeze_after: str | None = None) -> None:
        self.key, self.columns = key, list(columns)
        self.sheet = book.create_sheet(schema.sheet_title(key))
        self.styler = Styler(self.sheet)
        self.out = Rows(self.sheet)
        self.validations: list[tuple[DataValidation, str]] = []
        sheet = self.sheet
        for n, column in enumerate(self.columns, 1):
            dim = sheet.column_dimensions[get_column_letter(n)]
            dim.width = column.width
            if column.kind == "id":
                dim.hidden = True
        column_after = next((n for n, c in enumerate(self.columns, 1)
                             if c.key == freeze_after), 1)
        sheet.freeze_panes = f"{get_column_letter(column_after + 1)}{schema.FIRST_ROW}"
        self.out.append([c.key for c in self.columns], hidden=True)
        header = self.out.style(self.styler.style(bold=True, background=HEADER_FILL, wrap=True,
                                                  border=True))
        computed = self.out.style(self.styler.style(
            bold=True, italic=True, background=COMPUTED_FILL, wrap=True, border=True))
        # Tall enough for two lines: a wrapped header never covers the first data row.
        self.out.append([c.title for c in self.columns],
                        [header if c.editable else computed for c in self.columns], height=32)
        self.date = self.styler.style(number_format=DATE)
        self.datetime = self.styler.style(number_format=DATETIME)
        self._date_ids = (self.out.style(self.date), self.out.style(self.datetime))
        self._bools = [c.kind == "bool" for c in self.columns]

    @property
    def rows(self) -> int:
        """The sheet row the next append writes."""
        return self.out.count + 1

    def value(self, column: Column, value: Any, style: StyleArray | None = None
              ) -> tuple[Any, int]:
        """A value as written and its style index."""
        return self._value(value, style, column.kind == "bool", column.kind == "datetime")

    def _value(self, value: Any, style: StyleArray | None, boolean: bool, moment: bool
               ) -> tuple[Any, int]:
        if value is None or value == "":
            return None, self.out.style(style)
        if boolean or isinstance(value, bool):
            value = yes_no(bool(value))
        elif isinstance(value, StrEnum):
            value = getattr(value, "label", value.value)
        if isinstance(value, str):
            return _text(self.out, self.styler, value, style)
        if isinstance(value, date):
            if style is not None:
                return value, self.out.style(style)
            if isinstance(value, datetime) and moment:
                return value, self._date_ids[1]
            return value, self._date_ids[0]
        return value, self.out.style(style)

    def append(self, values: Row, styles: dict[str, Any] | None = None,
               level: int | None = None, row_style=None) -> None:
        styles = styles or {}
        cells: list[Any] = []
        ids: list[int] = []
        convert = self._value
        for column, boolean in zip(self.columns, self._bools, strict=True):
            value, style = convert(values.get(column.key), styles.get(column.key, row_style),
                                   boolean, column.kind == "datetime")
            cells.append(value)
            ids.append(style)
        self.out.append(cells, ids, outline=min(level - 1, 7) if level and level > 1 else 0)

    def choices(self, key: str, ref: str | None) -> None:
        """A drop-down on the data cells of column `key` (and some rows below, for
        rows added by hand)."""
        if ref is None:
            return
        n = next(i for i, c in enumerate(self.columns, 1) if c.key == key)
        letter = get_column_letter(n)
        validation = DataValidation(type="list", formula1=f"={ref}", allow_blank=True)
        validation.error = translate("excel", _PICK)
        # A heading may be a person's name: XML-safe, and within Excel's 32 characters.
        validation.errorTitle = safe_text(self.columns[n - 1].title)[:32]
        validation.errorStyle = "warning"
        self.validations.append((validation, letter))

    def finish(self, autofilter: bool = True) -> None:
        """Filter and drop-downs over the rows written; the sheet is then closed."""
        last = max(self.rows - 1, schema.HEADER_ROW)
        width = get_column_letter(len(self.columns))
        if autofilter:
            self.sheet.auto_filter.ref = f"A{schema.HEADER_ROW}:{width}{last}"
        for validation, letter in self.validations:
            validation.add(f"{letter}{schema.FIRST_ROW}:{letter}{last + 500}")
            self.sheet.data_validations.append(validation)
        self.out.close()


_PICK = QT_TRANSLATE_NOOP("excel", "Pick a value from the list.")


def _labels(members: Sequence[StrEnum]) -> list[str]:
    return [m.label for m in members]  # type: ignore[attr-defined]


def _yes_no() -> list[str]:
    return [yes_no(True), yes_no(False)]


# -- the sheets -------------------------------------------------------------------------

def _summary(book: Workbook, content: Content) -> None:
    sheet = _Sheet(book, schema.SUMMARY, schema.SUMMARY_COLUMNS, freeze_after="label")
    label_style = sheet.styler.style(bold=True, wrap=True)
    computed = sheet.styler.style(italic=True, background=COMPUTED_FILL)
    wrap = sheet.styler.style(wrap=True)
    value_col = sheet.columns[2]
    for key, label, kind, editable in schema.SUMMARY_ROWS:
        value = content.project.get(key, content.figures.get(key))
        column = Column("value", value_col.header, kind)
        style = wrap if editable else computed
        if kind == "date" and value is not None:
            style = sheet.date
        elif kind == "datetime" and value is not None:
            style = sheet.styler.style(italic=True, background=COMPUTED_FILL,
                                       number_format=DATETIME)
        value, value_style = sheet.value(column, value, style)
        sheet.out.append([key, translate("excel", label), value],
                         [0, sheet.out.style(label_style), value_style])
    sheet.sheet.column_dimensions["C"].width = 90
    sheet.finish(autofilter=False)


def _tasks(book: Workbook, content: Content, lists: _Lists) -> None:
    sheet = _Sheet(book, schema.TASKS, schema.TASK_COLUMNS, freeze_after="name")
    bold = sheet.styler.style(bold=True)
    critical = sheet.styler.style(color="FFC62828")
    for task in content.tasks:
        styles = {}
        if task.summary:
            styles["name"] = bold
        elif task.values["critical"]:
            styles["name"] = critical
        sheet.append(task.values, styles, level=task.level)
    sheet.choices("constraint_type", lists.ref(_labels(list(ConstraintType))))
    for key in ("milestone", "manual"):
        sheet.choices(key, lists.ref(_yes_no()))
    sheet.finish()


def _stakeholders(book: Workbook, content: Content, lists: _Lists) -> None:
    sheet = _Sheet(book, schema.STAKEHOLDERS, schema.STAKEHOLDER_COLUMNS, freeze_after="name")
    for person in content.people:
        sheet.append(stakeholder_values(person, content.stakeholder_scale))
    sheet.choices("attitude", lists.ref(_labels(list(Attitude))))
    scores = lists.ref([str(n) for n in range(1, content.stakeholder_scale + 1)])
    for key in ("power", "interest", "target_power", "target_interest"):
        sheet.choices(key, scores)
    for key in ("team_member", "confidential"):
        sheet.choices(key, lists.ref(_yes_no()))
    sheet.finish()


def _engagement(book: Workbook, content: Content, lists: _Lists) -> None:
    sheet = _Sheet(book, schema.ENGAGEMENT, schema.ENGAGEMENT_COLUMNS, freeze_after="name")
    behind = sheet.styler.style(color="FFC62828", bold=True)
    for person in content.people:
        values = stakeholder_values(person, content.stakeholder_scale)
        sheet.append(values, {"gap": behind} if values["gap"] else None)
    levels = lists.ref(_labels(list(Engagement)))
    sheet.choices("engagement_current", levels)
    sheet.choices("engagement_desired", levels)
    sheet.finish()


def _risks(book: Workbook, content: Content, lists: _Lists) -> None:
    sheet = _Sheet(book, schema.RISKS, schema.RISK_COLUMNS, freeze_after="title")
    wbs = {t.id: t.wbs for t in content.tasks}
    owners = {p.id for p in content.people}
    for risk in content.risks:
        values = risk_values(risk, content.risk_matrix, wbs)
        if risk.owner_id is not None and risk.owner_id not in owners:
            values["owner"] = ""  # a confidential owner stays out of the workbook
        styles = {}
        for key, residual in (("rating", False), ("residual_rating", True)):
            rating = values["_residual_rating" if residual else "_rating"]
            if rating is not None:
                styles[key] = sheet.styler.style(background=rating.color, bold=True,
                                                 color=text_color(rating.color))
        sheet.append(values, styles)
    scale = lists.ref([str(n) for n in range(1, content.risk_matrix.scale + 1)])
    for key in ("probability", "impact", "residual_probability", "residual_impact"):
        sheet.choices(key, scale)
    sheet.choices("kind", lists.ref(_labels(list(RiskKind))))
    sheet.choices("status", lists.ref(_labels(list(RiskStatus))))
    sheet.choices("strategy", lists.ref(_labels(list(RiskStrategy))))
    sheet.choices("owner", lists.ref([p.name for p in content.people]))
    sheet.finish()


def _raci(book: Workbook, content: Content, lists: _Lists) -> None:
    matrix = content.raci
    roles = [Column(f"{schema.ROLE_PREFIX}{c.role_id}", c.name, "choice", 8)
             for c in matrix.columns]
    columns = [*schema.RACI_FIXED, *roles, schema.RACI_CHECK]
    sheet = _Sheet(book, schema.RACI, columns, freeze_after="name")
    out = sheet.out
    check = {Level.ERROR: sheet.styler.style(color="FFC62828"),
             Level.WARNING: sheet.styler.style(color="FFE65100")}
    bold = sheet.styler.style(bold=True)
    letters = set(raci_letters(matrix.variant))
    plain = [0] * len(roles)
    for row in matrix.rows:
        # The letters are the project's own choices, written as they are (and coloured
        # by _letter_colours); anything else goes through the text checks.
        cells = [c if c in letters else (_text(out, sheet.styler, c)[0] if c else None)
                 for c in row.cells]
        findings = content.raci_findings[row.task_id]
        name, name_style = _text(out, sheet.styler, row.name, bold if row.summary else None)
        note, note_style = _text(out, sheet.styler, "; ".join(f.message() for f in findings),
                                 check.get(level_of(findings)))
        out.append([row.task_id, row.wbs, name, *cells, note],
                   [0, 0, name_style, *plain, note_style],
                   outline=min(row.level - 1, 7) if row.level > 1 else 0)
    ref = lists.ref(raci_letters(matrix.variant))
    for column in roles:
        sheet.choices(column.key, ref)
    if roles:
        _letter_colours(sheet, len(schema.RACI_FIXED) + 1, len(schema.RACI_FIXED) + len(roles))
    sheet.finish()


def _letter_colours(sheet: _Sheet, first: int, last: int) -> None:
    """Letters coloured by conditional formatting rather than cell by cell: a letter a
    client types in gets its colour too, and 400,000 cells write much faster."""
    from openpyxl.formatting.rule import CellIsRule
    from openpyxl.styles import Font

    from app.io.excel.styles import fill

    area = (f"{get_column_letter(first)}{schema.FIRST_ROW}:"
            f"{get_column_letter(last)}{max(sheet.rows - 1, schema.FIRST_ROW) + 500}")
    for value, colour in RACI_COLORS.items():
        sheet.sheet.conditional_formatting.add(area, CellIsRule(
            operator="equal", formula=[f'"{value}"'], fill=fill(colour),
            font=Font(bold=True, color="FF000000")))


def _calendar(book: Workbook, content: Content) -> None:
    from app.io.excel.calendar_text import hours_text

    sheet = _Sheet(book, schema.CALENDAR, schema.CALENDAR_COLUMNS, freeze_after="day")
    calendar = content.calendar
    bold = sheet.styler.style(bold=True)
    for n, intervals in enumerate(calendar.week):
        sheet.append({"id": f"wd{n}", "day": translate("excel", schema.WEEKDAYS[n]),
                      "name": calendar.name if n == 0 else "", "hours": hours_text(intervals)},
                     {"day": bold})
    for day in sorted(calendar.exceptions):
        exception = calendar.exceptions[day]
        sheet.append({"id": schema.EXCEPTION_KEY, "day": day, "name": exception.name,
                      "hours": hours_text(exception.intervals)})
    sheet.finish()


def _meta(book: Workbook, content: Content) -> None:
    sheet: Worksheet = book.create_sheet(schema.META_SHEET)
    sheet.sheet_state = "hidden"
    styler, out = Styler(sheet), Rows(sheet)
    rows: list[list[Any]] = [
        ["format", schema.FORMAT], ["version", schema.FORMAT_VERSION],
        ["project", content.project_key], ["language", content.language],
        ["confidential", 1 if content.include_confidential else 0],
        ["hidden_people", ",".join(str(i) for i in sorted(content.hidden_people))]]
    rows += [["sheet", key, schema.sheet_title(key)] for key in schema.SHEET_ORDER]
    for row in rows:
        cells = [_text(out, styler, v) if isinstance(v, str) else (v, 0) for v in row]
        out.append([value for value, _s in cells], [style for _v, style in cells])
    out.close()
