"""Read a workbook Planwright exported (and someone edited) into plain rows (no Qt).

Columns are found by the hidden key row, so moved columns still read right; rows
keep their sheet row numbers for messages. Formulas and error values (#REF!) in
the columns Planwright reads are problems named by sheet, row and column; rows
after a long run of empty ones (a sheet formatted down to row 1,048,576) are not
even looked at.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter

from app.core.errors import UserError
from app.core.i18n import QT_TRANSLATE_NOOP, translate
from app.core.progress import Progress
from app.io.excel import schema
from app.io.excel.cells import ERROR_VALUE, FORMULA, CellProblem, text_of
from app.io.excel.safety import DAMAGED, open_workbook

EMPTY_RUN = 1000  # this many empty rows in a row end a sheet
NOT_OURS = QT_TRANSLATE_NOOP(
    "errors", "{file} was not exported by Planwright (it has no Planwright sheet keys). "
              "To read a task list from it, use File \u2192 Import \u2192 Task List from a "
              "Spreadsheet.")
NEWER = QT_TRANSLATE_NOOP(
    "errors", "{file} was written by a newer Planwright (workbook format {version}); "
              "update Planwright to import it.")
_READING = QT_TRANSLATE_NOOP("io", "Reading the {sheet} sheet")


@dataclass
class ReadRow:
    number: int  # the sheet's row number
    values: dict[str, Any]


@dataclass
class ReadSheet:
    key: str
    title: str
    columns: dict[str, int]  # key -> 1-based column
    headers: dict[str, str]  # key -> header as the workbook shows it
    rows: list[ReadRow] = field(default_factory=list)
    extra: list[tuple[int, str]] = field(default_factory=list)  # unkeyed columns: (n, header)

    def where(self, row: int, key: str, value: Any, problem: str) -> CellProblem:
        column = self.columns.get(key, 0)
        return CellProblem(self.title, row, get_column_letter(column) if column else "?",
                           self.headers.get(key, key), text_of(value), problem)


@dataclass
class WorkbookData:
    meta: dict[str, str]
    sheets: dict[str, ReadSheet]
    problems: list[CellProblem]

    @property
    def project_key(self) -> str:
        return self.meta.get("project", "")

    @property
    def hidden_people(self) -> set[int]:
        text = self.meta.get("hidden_people", "")
        return {int(p) for p in text.split(",") if p.strip().isdigit()}


def is_planwright_workbook(book) -> bool:
    return schema.META_SHEET in book.sheetnames


def is_planwright_file(path: Path) -> bool:
    """Whether `path` is a workbook Planwright exported (checked like any import)."""
    book = open_workbook(Path(path))
    try:
        return is_planwright_workbook(book)
    finally:
        book.close()


def read_workbook(path: Path, progress: Progress | None = None) -> WorkbookData:
    progress = progress or Progress()
    path = Path(path)
    book = open_workbook(path)
    try:
        if not is_planwright_workbook(book):
            raise UserError(NOT_OURS, file=path.name)
        return _read(book, path, progress)
    except UserError:
        raise
    except Exception as error:  # a part broken inside the archive, read lazily
        raise UserError(DAMAGED, file=path.name,
                        detail=(str(error).splitlines() or [type(error).__name__])[0][:200]
                        ) from None
    finally:
        book.close()


def _read(book, path: Path, progress: Progress) -> WorkbookData:
    meta, titles = _meta(book[schema.META_SHEET])
    if meta.get("format") != schema.FORMAT:
        raise UserError(NOT_OURS, file=path.name)
    version = meta.get("version", "")
    if not version.isdigit() or int(version) > schema.FORMAT_VERSION:
        raise UserError(NEWER, file=path.name, version=version)
    sheets: dict[str, ReadSheet] = {}
    problems: list[CellProblem] = []
    wanted = [k for k in schema.SHEET_ORDER if k != schema.GANTT]
    for n, key in enumerate(wanted):
        title = titles.get(key)
        if title is None or title not in book.sheetnames:
            continue  # a sheet taken out means "no changes there", never "delete all"
        progress.report(0.5 * n / len(wanted),
                        translate("io", _READING).format(sheet=title))
        sheets[key] = _sheet(book[title], key, title, problems)
    return WorkbookData(meta, sheets, problems)


def _meta(sheet) -> tuple[dict[str, str], dict[str, str]]:
    meta: dict[str, str] = {}
    titles: dict[str, str] = {}
    for row in _rows(sheet):
        values = [text_of(c.value) for c in row] + ["", "", ""]
        if values[0] == "sheet":
            titles[values[1]] = values[2]
        elif values[0]:
            meta[values[0]] = values[1]
    return meta, titles


def _rows(sheet) -> Iterator[tuple]:
    """The sheet's rows up to a long run of empty ones."""
    empty = 0
    for row in sheet.iter_rows():
        if any(c.value not in (None, "") for c in row):
            empty = 0
            yield row
        else:
            empty += 1
            if empty >= EMPTY_RUN:
                return
            yield row


def _sheet(sheet, key: str, title: str, problems: list[CellProblem]) -> ReadSheet:
    rows = _rows(sheet)
    keys = next(rows, ())
    headers = next(rows, ())
    columns: dict[str, int] = {}
    names: dict[str, str] = {}
    result = ReadSheet(key, title, columns, names)
    key_texts = [text_of(c.value) for c in keys]
    for n, cell in enumerate(headers, 1):
        column_key = key_texts[n - 1] if n - 1 < len(key_texts) else ""
        header = text_of(cell.value)
        if column_key and column_key not in columns:
            columns[column_key] = n
            names[column_key] = header or column_key
        elif header:  # a column added by hand (a new RACI role, say)
            result.extra.append((n, header))
    read = {n: k for k, n in columns.items()}
    extra = {n for n, _h in result.extra}
    computed = {c.key for c in schema.COLUMNS.get(key, ()) if not c.editable and c.key != "id"}
    if key == schema.RACI:
        computed = {"wbs", "name", "check"}
    for row in rows:
        values: dict[str, Any] = {}
        number = 0
        for cell in row:
            if not hasattr(cell, "column") or cell.value is None:
                continue
            number = cell.row
            column_key = read.get(cell.column)
            if column_key is None:
                if cell.column in extra:
                    values[f"#{cell.column}"] = cell.value
                continue
            if column_key in computed:  # formulas there are the reader's own business
                values[column_key] = cell.value
                continue
            if cell.data_type == "f":
                problems.append(result.where(cell.row, column_key, cell.value,
                                             translate("errors", FORMULA).format(
                                                 value=text_of(cell.value))))
                continue
            if cell.data_type == "e":
                problems.append(result.where(cell.row, column_key, cell.value,
                                             translate("errors", ERROR_VALUE).format(
                                                 value=text_of(cell.value))))
                continue
            values[column_key] = cell.value
        if values:
            result.rows.append(ReadRow(number, values))
    return result
