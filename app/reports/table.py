"""A fast table flowable: header repeated on every page, cells drawn as plain runs.

Platypus' own Table builds a Paragraph per cell and measures them all; this one
measures each cell once, wraps it to the column's line limit and draws text with the
report's font fallback, so a 1,000-row matrix costs a fraction of a second.
Tables wider than the page are split into column groups by `column_groups`, with the
first (key) columns repeated in each group.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.lib.colors import HexColor
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from app.reports.flowables import INK, RULE
from app.reports.text import Typesetter

HEAD_FILL = HexColor("#e8edf4")
STRIPE = HexColor("#f6f7f9")
PAD = 3.0


@dataclass(frozen=True)
class Column:
    header: str
    width: float
    align: str = "left"  # left, right, center
    lines: int = 1  # at most this many lines per cell (then elided)


@dataclass(frozen=True)
class Cell:
    text: str
    fill: str | None = None  # #rrggbb background
    bold: bool = False
    color: str | None = None  # text colour
    indent: float = 0.0  # outline indent in points


@dataclass
class _Row:
    cells: list[Cell]
    lines: list[list[str]] = field(default_factory=list)
    height: float = 0.0


def contrast(fill: str) -> str:
    """Dark or white text, whichever reads on `fill`."""
    colour = HexColor(fill)
    light = 0.299 * colour.red + 0.587 * colour.green + 0.114 * colour.blue
    return "#202124" if light > 0.55 else "#ffffff"


class GridTable(Flowable):
    def __init__(self, ts: Typesetter, columns: Sequence[Column], rows: Sequence[Sequence],
                 size: float = 7.5, header_lines: int = 2, stripes: bool = True,
                 _prepared: tuple | None = None) -> None:
        super().__init__()
        self.ts, self.columns, self.size, self.stripes = ts, list(columns), size, stripes
        self.leading = size * 1.3
        if _prepared is not None:
            self.head_lines, self.head_height, self.rows = _prepared
        else:
            self.head_lines = [ts.wrap(c.header, c.width - 2 * PAD, size, True, header_lines)
                               for c in self.columns]
            self.head_height = max((len(x) for x in self.head_lines), default=1) \
                * self.leading + 2 * PAD
            self.rows = [self._prepare(r) for r in rows]
        self.width = sum(c.width for c in self.columns)

    def _prepare(self, values: Sequence) -> _Row:
        cells = [v if isinstance(v, Cell) else Cell("" if v is None else str(v)) for v in values]
        lines = []
        for column, cell in zip(self.columns, cells, strict=True):
            room = column.width - 2 * PAD - cell.indent
            if column.lines == 1:
                lines.append([self.ts.fit(cell.text, room, self.size, cell.bold)])
            else:
                lines.append(self.ts.wrap(cell.text, room, self.size, cell.bold, column.lines))
        height = max((len(x) for x in lines), default=1) * self.leading + 2 * PAD - 1
        return _Row(cells, lines, height)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.height = self.head_height + sum(r.height for r in self.rows)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        used, count = self.head_height, 0
        for row in self.rows:
            if used + row.height > avail_height:
                break
            used += row.height
            count += 1
        if count == 0:
            return []
        if count >= len(self.rows):
            return [self]
        return [self._part(self.rows[:count]), self._part(self.rows[count:])]

    def _part(self, rows: list[_Row]) -> GridTable:
        return GridTable(self.ts, self.columns, [], self.size, stripes=self.stripes,
                         _prepared=(self.head_lines, self.head_height, rows))

    def draw(self) -> None:
        c: Canvas = self.canv
        top = self.height
        c.setFillColor(HEAD_FILL)
        c.rect(0, top - self.head_height, self.width, self.head_height, stroke=0, fill=1)
        x = 0.0
        c.setFillColor(INK)
        for column, lines in zip(self.columns, self.head_lines, strict=True):
            self._text(c, x, top, column, lines, self.size, True, 0.0)
            x += column.width
        y = top - self.head_height
        for index, row in enumerate(self.rows):
            self._row(c, y, row, index)
            y -= row.height
        c.setStrokeColor(RULE)
        c.setLineWidth(0.5)
        c.line(0, top - self.head_height, self.width, top - self.head_height)
        c.line(0, y, self.width, y)
        c.rect(0, y, self.width, top - y, stroke=1, fill=0)

    def _row(self, c: Canvas, top: float, row: _Row, index: int) -> None:
        if self.stripes and index % 2:
            c.setFillColor(STRIPE)
            c.rect(0, top - row.height, self.width, row.height, stroke=0, fill=1)
        x = 0.0
        for column, cell, lines in zip(self.columns, row.cells, row.lines, strict=True):
            if cell.fill:
                c.setFillColor(HexColor(cell.fill))
                c.rect(x, top - row.height, column.width, row.height, stroke=0, fill=1)
            colour = cell.color or (contrast(cell.fill) if cell.fill else None)
            c.setFillColor(HexColor(colour) if colour else INK)
            c.setStrokeColor(HexColor(colour) if colour else INK)
            self._text(c, x, top, column, lines, self.size, cell.bold, cell.indent)
            x += column.width
        c.setStrokeColor(HexColor("#e3e5e8"))
        c.setLineWidth(0.3)
        c.line(0, top - row.height, self.width, top - row.height)

    def _text(self, c: Canvas, x: float, top: float, column: Column, lines: list[str],
              size: float, bold: bool, indent: float) -> None:
        y = top - PAD - size
        for line in lines:
            if column.align == "right":
                self.ts.draw(c, x + column.width - PAD, y, line, size, bold, "right")
            elif column.align == "center":
                self.ts.draw(c, x + column.width / 2, y, line, size, bold, "center")
            else:
                self.ts.draw(c, x + PAD + indent, y, line, size, bold)
            y -= self.leading


def column_groups(columns: Sequence[Column], keys: int, width: float) -> list[list[int]]:
    """Column indexes per page group: the first `keys` columns in every group, the rest
    packed left to right into `width` points."""
    key_width = sum(c.width for c in columns[:keys])
    groups: list[list[int]] = []
    current: list[int] = []
    used = key_width
    for index in range(keys, len(columns)):
        if current and used + columns[index].width > width:
            groups.append(current)
            current, used = [], key_width
        current.append(index)
        used += columns[index].width
    if current or not groups:
        groups.append(current)
    return [list(range(keys)) + g for g in groups]
