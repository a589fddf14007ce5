"""Read a workbook Planwright exported (and someone edited) into plain rows (no Qt).

Columns are found by the hidden key row, so moved columns still read right; rows
keep their sheet row numbers for messages. The cells come from sheet_read.py (C
parsers, the parts checked first); the Gantt sheet, a picture, is not read at all.
Formulas and error values (#REF!) in the columns Planwright reads are problems named
by sheet, row and column; rows after a long run of empty ones (a sheet formatted down
to row 1,048,576) are not even looked at.
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
from app.io.excel.safety import damaged
from app.io.excel.sheet_read import Book, Cell, open_book

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
    """Whether `path` is a workbook Planwright exported (checked like any import; only
    the list of sheets is read)."""
    with open_book(Path(path)) as book:
        return is_planwright_workbook(book)


def read_workbook(path: Path, progress: Progress | None = None) -> WorkbookData:
    progress = progress or Progress()
    path = Path(path)
    book = open_book(path)
    try:
        if not is_planwright_workbook(book):
            raise UserError(NOT_OURS, file=path.name)
        return _read(book, path, progress)
    except UserError:
        raise
    except Exception as error:  # a part broken inside the archive, read as it comes
        raise damaged(path, error) from None
    finally:
        book.close()


def _read(book: Book, path: Path, progress: Progress) -> WorkbookData:
    meta, titles = _meta(book, schema.META_SHEET)
    if meta.get("format") != schema.FORMAT:
        raise UserError(NOT_OURS, file=path.name)
    version = meta.get("version", "")
    if not version.isdigit() or int(version) > schema.FORMAT_VERSION:
        raise UserError(NEWER, file=path.name, version=version)
    sheets: dict[str, ReadSheet] = {}
    problems: list[CellProblem] = []
    wanted = [k for k in schema.SHEET_ORDER if k != schema.GANTT]  # a picture: not read
    for n, key in enumerate(wanted):
        title = titles.get(key)
        if title is None or title not in book.sheets:
            continue  # a sheet taken out means "no changes there", never "delete all"
        progress.report(0.5 * n / len(wanted),
                        translate("io", _READING).format(sheet=title))
        sheets[key] = _sheet(book, key, title, problems)
    return WorkbookData(meta, sheets, problems)


def _meta(book: Book, title: str) -> tuple[dict[str, str], dict[str, str]]:
    meta: dict[str, str] = {}
    titles: dict[str, str] = {}
    for _number, cells in _rows(book, title):
        values = ["", "", ""]
        for column, value, _kind in cells:
            if column <= 3:
                values[column - 1] = text_of(value)
        if values[0] == "sheet":
            titles[values[1]] = values[2]
        elif values[0]:
            meta[values[0]] = values[1]
    return meta, titles


def _rows(book: Book, title: str) -> Iterator[tuple[int, list[Cell]]]:
    """The sheet's rows up to a long run of empty ones (missing rows count as empty):
    the rest of a sheet formatted down to row 1,048,576 is never parsed."""
    last = 0  # the last row with a value
    for number, cells in book.rows(title):
        if number - last > EMPTY_RUN:
            return
        if cells:  # the cell reader leaves out cells without a value
            last = number
            yield number, cells
        elif number - last >= EMPTY_RUN:
            return


def _sheet(book: Book, key: str, title: str, problems: list[CellProblem]) -> ReadSheet:
    columns: dict[str, int] = {}
    names: dict[str, str] = {}
    result = ReadSheet(key, title, columns, names)
    keys: dict[int, str] = {}
    headers: dict[int, str] = {}
    read: dict[int, str] | None = None
    extra: set[int] = set()
    computed = {c.key for c in schema.COLUMNS.get(key, ()) if not c.editable and c.key != "id"}
    if key == schema.RACI:
        computed = {"wbs", "name", "check"}
    formula, error = translate("errors", FORMULA), translate("errors", ERROR_VALUE)
    for number, cells in _rows(book, title):
        if number == schema.KEY_ROW:
            keys = {column: text_of(value) for column, value, _k in cells}
            continue
        if number == schema.HEADER_ROW:
            headers = {column: text_of(value) for column, value, _k in cells}
            continue
        if read is None:
            read, extra = _columns(result, keys, headers)
        values: dict[str, Any] = {}
        for column, value, kind in cells:
            column_key = read.get(column)
            if column_key is None:
                if column in extra:
                    values[f"#{column}"] = value
                continue
            if column_key in computed:  # formulas there are the reader's own business
                values[column_key] = value
            elif kind == "f":
                problems.append(result.where(number, column_key, value,
                                             formula.format(value=text_of(value))))
            elif kind == "e":
                problems.append(result.where(number, column_key, value,
                                             error.format(value=text_of(value))))
            else:
                values[column_key] = value
        if values:
            result.rows.append(ReadRow(number, values))
    if read is None:
        _columns(result, keys, headers)
    return result


def _columns(result: ReadSheet, keys: dict[int, str], headers: dict[int, str]
             ) -> tuple[dict[int, str], set[int]]:
    """Columns found by the hidden key row; a header without a key is a column added
    by hand (a new RACI role, say). Returns column -> key and the added columns."""
    for n in range(1, max(headers, default=0) + 1):
        column_key = keys.get(n, "")
        header = headers.get(n, "")
        if column_key and column_key not in result.columns:
            result.columns[column_key] = n
            result.headers[column_key] = header or column_key
        elif header:
            result.extra.append((n, header))
    return {n: k for k, n in result.columns.items()}, {n for n, _h in result.extra}
