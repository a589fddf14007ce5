"""The rows of one worksheet, built by C ElementTree and read in Python (no Qt).

A sheet of 10,000 tasks and a 40-column RACI matrix is 1.4 million elements. Read
with Python callbacks (start, text and end of each element: seven calls for a cell of
inline text) those calls were most of an import's reading. Here ElementTree's C
parser builds the elements and Python looks only at rows and cells: cells of the
usual shapes (a value <v>, an inline string <is><t>, a formula <f> with or without
its cached <v>) are read directly, any other by replaying its elements in document
order as the per-element reader saw them, so that both give the same value. Rows are
the <row> elements in <sheetData>, cells the <c> elements in a row (Excel writes them
nowhere else).

The parser is fed FEED bytes at a time, and the rows finished so far are handed out
and dropped from the tree at once: the elements being built and read stay in the
processor's cache (fed 256 KB at a time, the same work took 60-80 % longer, longer than
the callbacks), memory stays flat, and a caller that stops leaves the rest unparsed.

The caller (sheet_read.py) feeds only checked bytes: see its docstring for why no
document type or entity can reach this parser.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any
from xml.etree.ElementTree import Element, TreeBuilder, XMLParser

from openpyxl.utils.datetime import from_excel, from_ISO8601

Cell = tuple[int, Any, str]  # (1-based column, value, kind: n s b d e f)
Row = tuple[int, list[Cell]]
FEED = 1 << 14

_MAIN = ("{http://schemas.openxmlformats.org/spreadsheetml/2006/main}",
         "{http://purl.oclc.org/ooxml/spreadsheetml/main}")  # transitional, strict


def _tags(name: str) -> frozenset[str]:
    return frozenset(ns + name for ns in _MAIN)


_SHEET_DATA, _ROW, _C = _tags("sheetData"), _tags("row"), _tags("c")
_V, _T, _F, _IS, _RPH = _tags("v"), _tags("t"), _tags("f"), _tags("is"), _tags("rPh")
_DIGITS = "0123456789"
_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")


def _column_letters() -> dict[str, int]:
    from openpyxl.utils import get_column_letter

    return {get_column_letter(n): n for n in range(1, 16385)}


_COLUMNS = _column_letters()


def unescape(text: str) -> str:
    """Text as Excel means it: _x000D_ is a carriage return, _x005F_ an underscore
    (so _x005F_x0041_ is the text "_x0041_")."""
    if "_x" not in text:
        return text
    return _ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), text)


def sheet_rows(chunks: Iterable[bytes], cells: RowCells) -> Iterator[Row]:
    """(row number, cells) of the worksheet whose bytes `chunks` are, in order: the
    <row> elements of its <sheetData>."""
    parser = XMLParser(target=TreeBuilder())
    events: deque[tuple[str, Element]] = deque()
    # Start events only until <sheetData> is found, then none at all, so that the C
    # parser calls no Python code (wired up as the standard library's iterparse does).
    parser._setevents(events, ("start",))
    data: Element | None = None
    number = 0
    for chunk in chunks:
        view = memoryview(chunk)
        for at in range(0, len(view), FEED):
            parser.feed(view[at:at + FEED])
            if data is None:
                while events:
                    element = events.popleft()[1]
                    if element.tag in _SHEET_DATA:
                        data = element
                        parser._setevents(events, ())
                        events.clear()
                        break
            # Every row but the last is complete (its end came before the next start).
            if data is not None and len(data) > 1:
                rows = data[:-1]
                del data[:-1]
                for row in rows:
                    if row.tag in _ROW:
                        number, found = cells.row(row, number)
                        yield number, found
    parser.close()
    for row in data if data is not None else ():
        if row.tag in _ROW:
            number, found = cells.row(row, number)
            yield number, found


class RowCells:
    """A row element's cells as openpyxl's reader makes them: numbers, shared and
    inline strings, booleans, errors, dates by their style's number format, formulas
    as "=..." text. Cells with no value are left out."""

    def __init__(self, strings: list[str], dates: set[int], durations: set[int],
                 epoch: Any) -> None:
        self.strings, self.epoch = strings, epoch
        # Style attributes as written ("3"), so that a cell's needs no int().
        self.dates = {str(n) for n in dates}
        self.durations = {str(n) for n in durations}

    def row(self, row: Element, previous: int, columns: dict[str, int] = _COLUMNS,
            digits: str = _DIGITS) -> Row:
        """(number, cells) of `row`; a row without a number follows `previous`."""
        number = row.get("r")
        number = int(number) if number and number.isdigit() else previous + 1
        cells: list[Cell] = []
        append = cells.append
        column = 0
        for cell in row:
            if cell.tag not in _C:
                continue
            get = cell.get
            ref = get("r")
            column = columns.get(ref.rstrip(digits), column + 1) if ref else column + 1
            # The usual shapes read directly, any other replayed.
            size = len(cell)
            if not size:
                continue
            first = cell[0]
            tag = first.tag
            if size == 1 and tag in _V and not len(first):
                text, formula = first.text, None
            elif size == 1 and tag in _IS and len(first) == 1 and first[0].tag in _T \
                    and not len(first[0]):
                text, formula = first[0].text, None
            elif tag in _F and not len(first) and (size == 1 or (
                    size == 2 and cell[1].tag in _V and not len(cell[1]))):
                text, formula = None, first.text or ""
            else:
                text, formula = _replay(cell)
            if formula is not None:
                append((column, "=" + formula, "f"))
            elif text:  # no value (an empty string is none either)
                append(self._value(column, text, get("t"), get("s")))
        return number, cells

    def _value(self, column: int, text: str, kind: str | None, style: str | None) -> Cell:
        if kind == "inlineStr" or kind == "str":
            return column, unescape(text) if "_x" in text else text, "s"
        if kind is None or kind == "n":
            number = float(text) if ("." in text or "E" in text or "e" in text) else int(text)
            if style in self.dates:
                try:
                    return column, from_excel(number, self.epoch,
                                              timedelta=style in self.durations), "d"
                except (OverflowError, ValueError):
                    return column, "#VALUE!", "e"
            return column, number, "n"
        if kind == "s":
            return column, self.strings[int(text)], "s"
        if kind == "b":
            return column, bool(int(text)), "b"
        if kind == "e":
            return column, text, "e"
        if kind == "d":
            return column, from_ISO8601(text), "d"
        return column, text, "s"


def _replay(cell: Element) -> tuple[str, str | None]:
    """(value text, formula text or None) of a cell of any shape: its elements replayed
    in document order. Text counts inside <v> and <t> (not in a phonetic <rPh> reading
    aid), the formula's inside <f>; the end of any of these stops collecting."""
    value: list[str] = []
    formula: list[str] | None = None
    target: list[str] | None = None  # where text goes
    phonetic = 0
    stack: list[tuple[Element, Iterator[Element]]] = [(cell, iter(cell))]
    while stack:
        element, children = stack[-1]
        child = next(children, None)
        if child is not None:  # its start, then its text
            tag = child.tag
            if tag in _V or tag in _T:
                if not phonetic:
                    target = value
            elif tag in _F:
                formula = target = []
            elif tag in _RPH:
                phonetic += 1
            if child.text and target is not None:
                target.append(child.text)
            stack.append((child, iter(child)))
            continue
        stack.pop()
        if not stack:
            break
        tag = element.tag  # its end, then the text after it
        if tag in _V or tag in _T or tag in _F:
            target = None
        elif tag in _RPH:
            phonetic -= 1
        if element.tail and target is not None:
            target.append(element.tail)
    return "".join(value), None if formula is None else "".join(formula)
