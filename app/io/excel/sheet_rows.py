"""The rows of an exported worksheet, written as XML here (no Qt).

openpyxl builds every cell as an element and serialises it through et_xmlfile in
pure Python: about 30 us a cell, most of an export of 10,000 tasks and a 40-column
RACI matrix. Here a row is a few string joins. openpyxl still writes everything
around the rows (styles, column widths, frozen panes, filters, validations,
conditional formats, the workbook's other parts): `Rows.close` lets it write the
sheet with no rows, then puts these rows in its empty <sheetData>.

Values: None, str (always text, so never a formula), int, float, bool, date and
datetime (as serial numbers; give them a style with a date format). Each cell may
carry a style index from `Rows.style`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

_EPOCH = datetime(1899, 12, 30)  # Excel's (Windows) day 0
_EPOCH_DAY = _EPOCH.toordinal()
_ESCAPE = re.compile(r"[&<>]")
_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_LETTERS = [""] + [get_column_letter(n) for n in range(1, 16385)]
_EXCEL_ESCAPE = re.compile(r"_(x[0-9A-Fa-f]{4}_)")  # Excel reads _x0041_ as "A"
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # XML 1.0 has no such characters


def escape(text: str) -> str:
    if "&" in text or "<" in text or ">" in text:
        return _ESCAPE.sub(lambda m: _ESCAPES[m.group()], text)
    return text


def serial(value: date) -> int | float:
    """An Excel serial number, as openpyxl's to_excel (dates before 1900-03-01 keep
    Excel's leap-year bug)."""
    days = value.toordinal() - _EPOCH_DAY
    if 0 < days <= 60:
        days -= 1
    if isinstance(value, datetime):
        seconds = value.hour * 3600 + value.minute * 60 + value.second
        if seconds or value.microsecond:
            return days + (seconds + value.microsecond / 1e6) / 86400
    return days


class Rows:
    """Rows appended to one write-only worksheet; `close` before the book is saved."""

    def __init__(self, sheet: WriteOnlyWorksheet) -> None:
        self.sheet = sheet
        self._book = sheet.parent
        self._parts: list[str] = []
        self._ids: dict[StyleArray, int] = {}
        self._texts: dict[tuple[str, int], str] = {}  # repeated text: the cell's tail, made once
        self.count = 0  # rows so far
        self.width = 0  # widest row so far
        self.outline = 0  # deepest outline level so far

    def style(self, style: StyleArray | None) -> int:
        """The workbook's index of `style` (0: the default style)."""
        if style is None:
            return 0
        found = self._ids.get(style)
        if found is None:
            found = self._ids[style] = self._book._cell_styles.add(style) if any(style) else 0
        return found

    def append(self, values: Sequence[Any], styles: Sequence[int] | None = None, *,
               outline: int = 0, hidden: bool = False, height: float | None = None) -> None:
        """One row: a value per column (None leaves the cell out unless it has a style)
        and, optionally, a style index per column."""
        self.count += 1
        number = str(self.count)
        head = f'<row r="{number}"'
        if outline:
            head += f' outlineLevel="{outline}"'
            if outline > self.outline:
                self.outline = outline
        if hidden:
            head += ' hidden="1"'
        if height is not None:
            head += f' ht="{height:g}" customHeight="1"'
        cells = [head, ">"]
        add = cells.append
        texts = self._texts
        letters = _LETTERS
        column = 0
        for column, value in enumerate(values, 1):
            style = styles[column - 1] if styles is not None else 0
            kind = type(value)
            if kind is str and value:
                tail = texts.get((value, style)) if len(value) < 12 else None
                if tail is None:
                    tail = _text(value, style)
                    if len(value) < 12:
                        texts[(value, style)] = tail
                add(f'<c r="{letters[column]}{number}"{tail}')
            elif value is None or kind is str:  # "" is no value either
                if style:
                    add(f'<c r="{letters[column]}{number}" s="{style}"/>')
            else:
                add(f'<c r="{letters[column]}{number}"{_other(value, style)}')
        if column > self.width:
            self.width = column
        add("</row>")
        self._parts.append("".join(cells))

    def close(self) -> None:
        """openpyxl writes the sheet around an empty <sheetData>; the rows go in it."""
        sheet = self.sheet
        if self.outline:
            sheet.sheet_format.outlineLevelRow = self.outline
        sheet.close()
        out = Path(sheet._writer.out)
        with open(out, encoding="utf-8", newline="") as stream:  # as written, on Windows too
            text = stream.read()
        empty = re.search(r"<sheetData\s*/>|<sheetData>\s*</sheetData>", text)
        if empty is None:  # openpyxl wrote rows of its own: a mistake in the writer
            raise RuntimeError(f"{sheet.title}: rows were appended through openpyxl")
        head, tail = text[:empty.start()], text[empty.end():]
        if self.count and self.width:
            dimension = f'<dimension ref="A1:{_LETTERS[self.width]}{self.count}"/>'
            views = head.find("<sheetViews")
            if views >= 0:  # the dimension goes before the views (schema order)
                head = head[:views] + dimension + head[views:]
        with open(out, "w", encoding="utf-8", newline="") as stream:
            stream.write(head)
            stream.write("<sheetData>")
            stream.writelines(self._parts)
            stream.write("</sheetData>")
            stream.write(tail)
        self._parts = []


def _text(value: str, style: int) -> str:
    """The part of a text cell after its reference."""
    value = _NOT_XML.sub("", value)  # callers clean user text; this keeps any text safe
    space = ' xml:space="preserve"' if value != value.strip() else ""
    styled = f' s="{style}"' if style else ""
    if "_x" in value:  # text that looks like Excel's own escape keeps its underscore
        value = _EXCEL_ESCAPE.sub(r"_x005F_\1", value)
    return f'{styled} t="inlineStr"><is><t{space}>{escape(value)}</t></is></c>'


def _other(value: Any, style: int) -> str:
    styled = f' s="{style}"' if style else ""
    kind = type(value)
    if kind is int:
        return f"{styled}><v>{value}</v></c>"
    if kind is bool:
        return f'{styled} t="b"><v>{int(value)}</v></c>'
    if kind is float:
        if math.isnan(value) or math.isinf(value):
            return f"{styled}/>"
        return f"{styled}><v>{value!r}</v></c>"
    if isinstance(value, date):  # datetime too
        return f"{styled}><v>{serial(value)!r}</v></c>"
    if isinstance(value, str):  # a str subclass (an enum member)
        return _text(str(value), style)
    if isinstance(value, int | float):
        return _other(int(value) if isinstance(value, int) else float(value), style)
    raise TypeError(f"cannot write {type(value).__name__} to a cell")
