"""Cell styles made once and shared (no Qt).

Setting fonts and fills cell by cell makes openpyxl look each one up again; a
workbook of 10,000 tasks writes several times faster when every cell takes a copy
of a style array built once here.
"""

from __future__ import annotations

from copy import copy
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

DATE = "yyyy-mm-dd"
DATETIME = "yyyy-mm-dd hh:mm"
NUMBER = "0.##"
HEADER_FILL = "FFDCE6F1"
COMPUTED_FILL = "FFEDEDED"
THIN = Side(style="thin", color="FF9E9E9E")


def fill(color: str) -> PatternFill:
    color = color.lstrip("#").upper()
    if len(color) == 6:
        color = "FF" + color
    return PatternFill("solid", start_color=color, end_color=color)


def text_color(background: str) -> str:
    """Black or white, whichever reads on `background` (#rrggbb)."""
    value = background.lstrip("#")[-6:]
    r, g, b = (int(value[i:i + 2], 16) for i in (0, 2, 4))
    return "FF000000" if 0.299 * r + 0.587 * g + 0.114 * b > 150 else "FFFFFFFF"


class Styler:
    def __init__(self, sheet: WriteOnlyWorksheet) -> None:
        self.sheet = sheet
        self._made: dict[tuple, StyleArray] = {}

    def style(self, *, bold: bool = False, italic: bool = False, color: str | None = None,
              background: str | None = None, number_format: str | None = None,
              wrap: bool = False, center: bool = False, quote: bool = False,
              border: bool = False) -> StyleArray:
        key = (bold, italic, color, background, number_format, wrap, center, quote, border)
        made = self._made.get(key)
        if made is None:
            scratch = WriteOnlyCell(self.sheet)
            if bold or italic or color:
                scratch.font = Font(bold=bold, italic=italic, color=color)
            if background:
                scratch.fill = fill(background)
            if number_format:
                scratch.number_format = number_format
            if wrap or center:
                scratch.alignment = Alignment(
                    wrap_text=wrap or None, vertical="top" if wrap else None,
                    horizontal="center" if center else None)
            if border:
                scratch.border = Border(bottom=THIN)
            made = copy(scratch._style) if scratch._style is not None else StyleArray()
            if quote:
                made.quotePrefix = 1
            self._made[key] = made
        return made

    def cell(self, value: Any, style: StyleArray | None = None,
             as_text: bool = False) -> WriteOnlyCell:
        cell = WriteOnlyCell(self.sheet, value=value)
        if as_text:
            cell.data_type = "s"  # never a formula, whatever the text begins with
        if style is not None:
            cell._style = style  # shared: the writer only reads it
        return cell
