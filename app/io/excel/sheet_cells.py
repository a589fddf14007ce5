"""The cells of one worksheet, read by expat callbacks (no Qt).

A sheet of 10,000 tasks and a 40-column RACI matrix is 1.4 million elements: three
million calls of the callbacks below, which is most of an import's reading. So they
are plain closures over their state (no method lookups), and the parser hands over
element names as the very objects compared here: `NAMES` pre-fills its intern table
so that a cell is `C` in both the transitional and the strict namespace, and a name
is recognised by identity, not by a dictionary lookup.

Before the closures were tried, C ElementTree building each row (no Python call per
element) and reading rows off the tree was measured: its tree costs more than these
callbacks, so a sheet read that way took 10-20 % longer.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from openpyxl.utils.datetime import from_excel, from_ISO8601

Cell = tuple[int, Any, str]  # (1-based column, value, kind: n s b d e f)
Row = tuple[int, list[Cell]]

_MAIN = ("http://schemas.openxmlformats.org/spreadsheetml/2006/main}",
         "http://purl.oclc.org/ooxml/spreadsheetml/main}")  # transitional, strict
_CANONICAL = {tag: _MAIN[0] + tag for tag in ("c", "v", "t", "f", "row", "rPh")}
# Element name as expat writes it -> the one object it is passed on as (see above).
NAMES = {ns + tag: name for tag, name in _CANONICAL.items() for ns in _MAIN}
C, V, T, F, ROW, RPH = (_CANONICAL[tag] for tag in ("c", "v", "t", "f", "row", "rPh"))

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


Handlers = tuple[Callable[[str, dict[str, str]], None], Callable[[str], None],
                 Callable[[str], None]]


def sheet_handlers(strings: list[str], dates: set[int], durations: set[int], epoch: Any,
                   done: list[Row]) -> Handlers:
    """expat's (start, end, character data) handlers for a worksheet whose parser
    interns names through `NAMES`: each finished row goes to `done` as (number, cells)
    the way openpyxl's reader makes them (numbers, shared and inline strings, booleans,
    errors, dates by their style's number format, formulas as "=..." text; cells with
    no value left out)."""
    # Style attributes as written ("3"), so that a cell's needs no int().
    date_styles = {str(n) for n in dates}
    duration_styles = {str(n) for n in durations}
    cells: list[Cell] = []
    attrs: dict[str, str] = {}
    value: list[str] = []
    formula: list[str] | None = None
    target: list[str] | None = None  # where character data goes
    phonetic = 0  # inside <rPh>: a reading aid, not the text
    row = column = 0

    def start(name: str, attributes: dict[str, str]) -> None:
        nonlocal attrs, value, formula, target, phonetic, row, column, cells
        if name is C:
            attrs = attributes
            value = []
            formula = None
        elif name is T or name is V:
            if not phonetic:
                target = value
        elif name is ROW:
            number = attributes.get("r")
            row = int(number) if number and number.isdigit() else row + 1
            column = 0
            cells = []
        elif name is F:
            formula = target = []
        elif name is RPH:
            phonetic += 1

    def data(text: str) -> None:
        if target is not None:
            target.append(text)

    def end(name: str, columns: dict[str, int] = _COLUMNS, digits: str = _DIGITS) -> None:
        nonlocal target, phonetic, column
        if name is C:  # the cell, here rather than in a function of its own: 500,000 calls
            ref = attrs.get("r")
            column = columns.get(ref.rstrip(digits), column + 1) if ref else column + 1
            if formula is not None:
                cells.append((column, "=" + "".join(formula), "f"))
                return
            if not value:
                return  # no value (an empty string is none either)
            text = value[0] if len(value) == 1 else "".join(value)
            kind = attrs.get("t")
            if kind == "inlineStr" or kind == "str":
                cells.append((column, unescape(text) if "_x" in text else text, "s"))
            elif kind is None or kind == "n":
                number = float(text) if ("." in text or "E" in text or "e" in text) \
                    else int(text)
                style = attrs.get("s")
                if style in date_styles:
                    try:
                        cells.append((column, from_excel(
                            number, epoch, timedelta=style in duration_styles), "d"))
                    except (OverflowError, ValueError):
                        cells.append((column, "#VALUE!", "e"))
                else:
                    cells.append((column, number, "n"))
            elif kind == "s":
                cells.append((column, strings[int(text)], "s"))
            elif kind == "b":
                cells.append((column, bool(int(text)), "b"))
            elif kind == "e":
                cells.append((column, text, "e"))
            elif kind == "d":
                cells.append((column, from_ISO8601(text), "d"))
            else:
                cells.append((column, text, "s"))
        elif name is T or name is V or name is F:
            target = None
        elif name is ROW:
            done.append((row, cells))
        elif name is RPH:
            phonetic -= 1

    return start, end, data
