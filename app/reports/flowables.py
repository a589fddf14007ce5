"""Small platypus flowables drawn with our Typesetter: headings, text, drawings."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.colors import HexColor
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from app.reports.text import Typesetter

INK = HexColor("#202124")
MUTED = HexColor("#5f6368")
RULE = HexColor("#c4c7cc")
ACCENT = HexColor("#1f4e8c")


class Heading(Flowable):
    """A section or sub-section title; level 0 also becomes a PDF bookmark."""

    def __init__(self, ts: Typesetter, text: str, level: int = 0, key: str = "") -> None:
        super().__init__()
        self.ts, self.text, self.level, self.key = ts, text, level, key
        self.size = (16.0, 11.5)[min(level, 1)]
        self.height = self.size * (1.9 if level == 0 else 1.7)
        self.keepWithNext = True

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.height

    def draw(self) -> None:
        c: Canvas = self.canv
        c.setFillColor(ACCENT if self.level == 0 else INK)
        text = self.ts.fit(self.text, self.width, self.size, bold=True)
        self.ts.draw(c, 0, self.height - self.size * 1.15, text, self.size, bold=True)
        if self.level == 0:
            c.setStrokeColor(RULE)
            c.setLineWidth(0.8)
            c.line(0, 3, self.width, 3)
            if self.key:
                c.bookmarkPage(self.key)
                c.addOutlineEntry(self.text, self.key, level=0)


class TextBlock(Flowable):
    """Wrapped plain text (never markup), split across pages line by line."""

    def __init__(self, ts: Typesetter, text: str, size: float = 9.5, muted: bool = False,
                 bold: bool = False, lines: list[str] | None = None) -> None:
        super().__init__()
        self.ts, self.text, self.size, self.muted, self.bold = ts, text, size, muted, bold
        self.leading = size * 1.4
        self.lines = lines

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if self.lines is None:
            self.lines = self.ts.wrap(self.text, avail_width, self.size, self.bold)
        self.width = avail_width
        self.height = len(self.lines) * self.leading + self.size * 0.4
        return avail_width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.wrap(avail_width, avail_height)
        fit = int((avail_height - self.size * 0.4) // self.leading)
        if fit <= 0 or fit >= len(self.lines):
            return [] if fit <= 0 else [self]
        return [TextBlock(self.ts, "", self.size, self.muted, self.bold, self.lines[:fit]),
                TextBlock(self.ts, "", self.size, self.muted, self.bold, self.lines[fit:])]

    def draw(self) -> None:
        c: Canvas = self.canv
        c.setFillColor(MUTED if self.muted else INK)
        y = self.height - self.size * 1.05
        for line in self.lines or []:
            self.ts.draw(c, 0, y, line, self.size, self.bold)
            y -= self.leading


class Drawing(Flowable):
    """A fixed-size picture drawn by `paint(canvas, width, height)`, origin bottom left.
    A height of None fills what is left of the frame (a Gantt tile)."""

    def __init__(self, paint: Callable[[Canvas, float, float], None], width: float | None,
                 height: float | None) -> None:
        super().__init__()
        self.paint, self.want = paint, (width, height)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        w, h = self.want
        self.width = min(w, avail_width) if w else avail_width
        self.height = h if h is not None else avail_height - 1
        return self.width, self.height

    def draw(self) -> None:
        self.canv.saveState()
        self.paint(self.canv, self.width, self.height)
        self.canv.restoreState()
