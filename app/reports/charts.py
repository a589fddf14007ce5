"""Small vector charts for the summary: labelled horizontal bars and stacked bars.

Drawn straight on the canvas with the report's typesetter, so Chinese labels render
like all other text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.colors import HexColor
from reportlab.pdfgen.canvas import Canvas

from app.reports.flowables import INK, MUTED, RULE
from app.reports.text import Typesetter


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    color: str
    text: str = ""  # shown after the bar (default: the value)


def panel(c: Canvas, ts: Typesetter, x: float, y: float, w: float, h: float,
          title: str) -> float:
    """A framed panel with a title; returns the y under the title (top-down room)."""
    c.setStrokeColor(RULE)
    c.setLineWidth(0.5)
    c.roundRect(x, y, w, h, 3, stroke=1, fill=0)
    c.setFillColor(INK)
    ts.draw(c, x + 8, y + h - 14, ts.fit(title, w - 16, 9, True), 9, bold=True)
    return y + h - 22


def bars(c: Canvas, ts: Typesetter, x: float, top: float, w: float, items: Sequence[Bar],
         scale_max: float | None = None, size: float = 7.5, row: float = 15.0) -> float:
    """One bar per item under `top`; returns the y below the last."""
    if not items:
        return top
    label_w = min(w * 0.42, max(ts.width(i.label, size) for i in items) + 6)
    texts = [i.text or f"{i.value:g}" for i in items]
    text_w = max(ts.width(t, size) for t in texts) + 6
    room = max(10.0, w - label_w - text_w)
    top_value = scale_max or max((i.value for i in items), default=0) or 1
    y = top
    for item, text in zip(items, texts, strict=True):
        y -= row
        c.setFillColor(INK)
        ts.draw(c, x, y + 3, ts.fit(item.label, label_w - 4, size), size)
        length = room * max(0.0, item.value) / top_value
        c.setFillColor(HexColor("#eef0f3"))
        c.rect(x + label_w, y + 1, room, row - 5, stroke=0, fill=1)
        if length > 0:
            c.setFillColor(HexColor(item.color))
            c.rect(x + label_w, y + 1, length, row - 5, stroke=0, fill=1)
        c.setFillColor(MUTED)
        ts.draw(c, x + label_w + room + 4, y + 3, text, size)
    return y


def stacked(c: Canvas, ts: Typesetter, x: float, top: float, w: float, items: Sequence[Bar],
            size: float = 7.5) -> float:
    """One bar split into the items' shares, with a legend under it."""
    total = sum(max(0.0, i.value) for i in items)
    y = top - 16
    c.setFillColor(HexColor("#eef0f3"))
    c.rect(x, y, w, 11, stroke=0, fill=1)
    left = x
    for item in items:
        if total <= 0 or item.value <= 0:
            continue
        part = w * item.value / total
        c.setFillColor(HexColor(item.color))
        c.rect(left, y, part, 11, stroke=0, fill=1)
        left += part
    y -= 14
    lx = x
    for item in items:
        text = f"{item.label} {item.text or f'{item.value:g}'}"
        need = ts.width(text, size) + 16
        if lx + need > x + w and lx > x:
            lx, y = x, y - 12
        c.setFillColor(HexColor(item.color))
        c.rect(lx, y, 7, 7, stroke=0, fill=1)
        c.setFillColor(INK)
        ts.draw(c, lx + 10, y, text, size)
        lx += need
    return y - 4
