"""Reading somebody else's task list: any sheet of an .xlsx workbook, or a CSV file
(no Qt). The header row is found and columns are mapped from their names in English
or Chinese; `foreign.py` turns the rows into tasks."""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter

from app.core.errors import UserError
from app.core.i18n import QT_TRANSLATE_NOOP
from app.io.excel.cells import text_of
from app.io.excel.safety import NOT_FOUND, damaged, open_workbook

MAX_ROWS = 100_000
EMPTY_RUN = 1000
HEADER_SCAN = 30
SMALL = 20 * 1024 * 1024  # below this a workbook is opened fully (merged cells, indents)
NOT_TEXT = QT_TRANSLATE_NOOP(
    "errors", "{file} is not a text file in UTF-8 or GB18030; save it from Excel as "
              "\u201cCSV UTF-8\u201d.")
TOO_MANY = QT_TRANSLATE_NOOP("errors", "{file} has more than {count} rows; split it first.")
NO_SHEETS = QT_TRANSLATE_NOOP("errors", "{file} has no sheet with any text in it.")

FIELDS = ("wbs", "number", "level", "name", "duration", "start", "finish", "predecessors",
          "people", "percent", "milestone", "notes")
FIELD_NAMES = {
    "wbs": QT_TRANSLATE_NOOP("excel", "WBS code or outline number"),
    "number": QT_TRANSLATE_NOOP("excel", "ID (row number)"),
    "level": QT_TRANSLATE_NOOP("excel", "Outline level"),
    "name": QT_TRANSLATE_NOOP("excel", "Task name"),
    "duration": QT_TRANSLATE_NOOP("excel", "Duration"),
    "start": QT_TRANSLATE_NOOP("excel", "Start"),
    "finish": QT_TRANSLATE_NOOP("excel", "Finish"),
    "predecessors": QT_TRANSLATE_NOOP("excel", "Predecessors"),
    "people": QT_TRANSLATE_NOOP("excel", "Assigned to"),
    "percent": QT_TRANSLATE_NOOP("excel", "% complete"),
    "milestone": QT_TRANSLATE_NOOP("excel", "Milestone"),
    "notes": QT_TRANSLATE_NOOP("excel", "Notes"),
}
# Header words as people write them (folded: lower case, no spaces or punctuation).
ALIASES: dict[str, tuple[str, ...]] = {
    "wbs": ("wbs", "wbscode", "wbs编码", "wbs编号", "outlinenumber", "大纲编号", "编码"),
    "number": ("id", "no", "#", "序号", "标识号", "编号", "taskid", "任务编号"),
    "level": ("outlinelevel", "level", "大纲级别", "级别", "层级", "层次"),
    "name": ("taskname", "name", "task", "activity", "activityname", "任务名称", "任务",
             "名称", "工作名称", "工作内容", "活动", "活动名称", "工作任务"),
    "duration": ("duration", "工期", "持续时间", "天数", "工作日", "历时", "计划工期"),
    "start": ("start", "startdate", "begin", "开始时间", "开始日期", "开始", "计划开始",
              "计划开始时间", "计划开始日期"),
    "finish": ("finish", "finishdate", "end", "enddate", "due", "duedate", "完成时间",
               "完成日期", "结束时间", "结束日期", "结束", "计划完成", "计划完成时间",
               "计划结束", "计划结束时间", "完成"),
    "predecessors": ("predecessors", "predecessor", "dependson", "dependencies", "前置任务",
                     "前置", "紧前任务", "前序任务", "前导任务"),
    "people": ("resourcenames", "resources", "resource", "assignedto", "assignee", "owner",
               "responsible", "负责人", "资源名称", "资源", "责任人", "执行人", "负责"),
    "percent": ("%complete", "percentcomplete", "complete", "progress", "完成百分比",
                "完成率", "进度", "完成比例", "百分比"),
    "milestone": ("milestone", "里程碑"),
    "notes": ("notes", "note", "remarks", "comments", "comment", "备注", "说明", "描述"),
}


def fold_header(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"[\s_:\-()/（）：.]+", "", text)


@dataclass
class Cell:
    value: Any
    formula: bool = False
    error: bool = False
    merged: bool = False  # inside a merged range, not its first cell
    indent: int = 0
    percent: bool = False  # formatted as a percentage: 1.0 is 100 %


@dataclass
class Table:
    """One sheet (or the CSV file) as rows of cells, with the sheet's row numbers."""

    title: str
    rows: list[tuple[int, list[Cell]]] = field(default_factory=list)
    header_row: int = 0  # index into rows

    @property
    def width(self) -> int:
        return max((len(cells) for _n, cells in self.rows), default=0)

    def headers(self) -> list[str]:
        if not self.rows:
            return []
        cells = self.rows[self.header_row][1]
        return [text_of(cells[i].value) if i < len(cells) else "" for i in range(self.width)]

    def column_name(self, index: int) -> str:
        header = self.headers()[index] if index < self.width else ""
        letter = get_column_letter(index + 1)
        return f"{letter}: {header}" if header else letter


def read_tables(path: Path) -> list[Table]:
    path = Path(path)
    tables = [_csv(path)] if path.suffix.lower() in (".csv", ".txt") else _workbook(path)
    tables = [t for t in tables if any(any(c.value not in (None, "") for c in cells)
                                       for _n, cells in t.rows)]
    if not tables:
        raise UserError(NO_SHEETS, file=path.name)
    for table in tables:
        table.header_row = find_header(table)
    return tables


def _csv(path: Path) -> Table:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UserError(NOT_FOUND, file=path.name, detail=error.strerror or str(error)) from None
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise UserError(NOT_TEXT, file=path.name)
    if "\0" in text:
        raise UserError(NOT_TEXT, file=path.name)
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    table = Table(path.stem)
    for n, row in enumerate(csv.reader(io.StringIO(text), dialect), 1):
        if n > MAX_ROWS:
            raise UserError(TOO_MANY, file=path.name, count=MAX_ROWS)
        table.rows.append((n, [Cell(v) for v in row]))
    return table


def _workbook(path: Path) -> list[Table]:
    small = path.stat().st_size < SMALL if path.exists() else True
    book = open_workbook(path, read_only=not small)
    try:
        return [_sheet(sheet, small, path) for sheet in book.worksheets
                if sheet.sheet_state == "visible"]
    except UserError:
        raise
    except Exception as error:
        raise damaged(path, error) from None
    finally:
        if not small:
            book.close()


def _sheet(sheet, full: bool, path: Path) -> Table:
    table = Table(sheet.title)
    merged: set[tuple[int, int]] = set()
    if full:
        for area in sheet.merged_cells.ranges:
            for row in range(area.min_row, area.max_row + 1):
                for column in range(area.min_col, area.max_col + 1):
                    if (row, column) != (area.min_row, area.min_col):
                        merged.add((row, column))
    empty = 0
    for n, row in enumerate(sheet.iter_rows(), 1):
        cells = []
        for cell in row:
            if not hasattr(cell, "column"):
                cells.append(Cell(None))
                continue
            indent = int(cell.alignment.indent or 0) if full and cell.has_style else 0
            cells.append(Cell(cell.value, cell.data_type == "f", cell.data_type == "e",
                              (cell.row, cell.column) in merged, indent,
                              "%" in (cell.number_format or "")))
        if any(c.value not in (None, "") for c in cells):
            empty = 0
        else:
            empty += 1
            if empty >= EMPTY_RUN:
                break
        if len(table.rows) >= MAX_ROWS:
            raise UserError(TOO_MANY, file=path.name, count=MAX_ROWS)
        table.rows.append((n, cells))
    while table.rows and not any(c.value not in (None, "") for c in table.rows[-1][1]):
        table.rows.pop()
    return table


def match_header(text: str) -> str | None:
    folded = fold_header(text)
    if not folded:
        return None
    for key, aliases in ALIASES.items():
        if folded in aliases:
            return key
    # "任务名称（必填）", "Start (planned)": the longest name it begins with.
    found = [(len(a), key) for key, aliases in ALIASES.items() for a in aliases
             if len(a) >= 2 and folded.startswith(a)]
    return max(found)[1] if found else None


def find_header(table: Table) -> int:
    """The row whose cells read most like task-list headers (a name column counts most)."""
    best, best_score = 0, 0
    for index, (_n, cells) in enumerate(table.rows[:HEADER_SCAN]):
        found = {match_header(text_of(c.value)) for c in cells if isinstance(c.value, str)}
        found.discard(None)
        score = len(found) + (2 if "name" in found else 0)
        if score > best_score:
            best, best_score = index, score
    if best_score == 0:  # no known header: the first row with text is the header
        best = next((i for i, (_n, cells) in enumerate(table.rows)
                     if any(isinstance(c.value, str) and c.value.strip() for c in cells)), 0)
    return best


def auto_mapping(table: Table) -> dict[str, int | None]:
    """Field -> column index, from the header row's names."""
    mapping: dict[str, int | None] = dict.fromkeys(FIELDS)
    for index, header in enumerate(table.headers()):
        key = match_header(header)
        if key is not None and mapping[key] is None:
            mapping[key] = index
    if mapping["name"] is None:  # no name header: the first column that holds text
        for index in range(table.width):
            if index not in mapping.values() and any(
                    isinstance(cells[index].value, str) for _n, cells in
                    table.rows[table.header_row + 1:table.header_row + 20]
                    if index < len(cells)):
                mapping["name"] = index
                break
    return mapping
