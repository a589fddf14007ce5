"""Stakeholders: the power/interest grid laid out by the rules the page and its PNG/SVG
export use (app/core/stakeholder_grid.py), then the register. Confidential people are
left out unless the options include them (app/core/stakeholders.shareable, applied by
stakeholder_summary)."""

from __future__ import annotations

import math

from reportlab.lib.colors import Color, HexColor
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Spacer

from app.core.i18n import QT_TRANSLATE_NOOP, translate
from app.core.stakeholder_grid import ATTITUDE_COLORS, QUADRANT_COLORS, GridPoint, Plot, layout_grid
from app.core.stakeholders import ATTITUDE_ORDER, Quadrant
from app.models.stakeholders import StakeholderSummary
from app.reports.build import PORTRAIT, Context
from app.reports.flowables import INK, Drawing, Heading, TextBlock
from app.reports.options import Section
from app.reports.table import Cell, Column, GridTable
from app.reports.text import Typesetter

CONFIDENTIAL = QT_TRANSLATE_NOOP("report", "Confidential")
TARGET = QT_TRANSLATE_NOOP("report", "Target")
INTEREST_AXIS = QT_TRANSLATE_NOOP("report", "Interest \u2192")
POWER_AXIS = QT_TRANSLATE_NOOP("report", "Power \u2192")
WITHHELD = QT_TRANSLATE_NOOP(
    "report", "Stakeholders marked confidential left out of this report: {count}.")
REGISTER = QT_TRANSLATE_NOOP("report", "Register")
NOBODY = QT_TRANSLATE_NOOP("report", "No stakeholders to show.")
HEADERS = (QT_TRANSLATE_NOOP("report", "Name"), QT_TRANSLATE_NOOP("report", "Organisation"),
           QT_TRANSLATE_NOOP("report", "Power"), QT_TRANSLATE_NOOP("report", "Interest"),
           QT_TRANSLATE_NOOP("report", "Quadrant"), QT_TRANSLATE_NOOP("report", "Attitude"),
           QT_TRANSLATE_NOOP("report", "Engagement (now \u2192 wanted)"),
           QT_TRANSLATE_NOOP("report", "Strategy"))
SIZE, SMALL = 8.0, 7.0
LABEL_WIDTH = 110.0


def _t(text: str) -> str:
    return translate("report", text)


def _tint(colour: str, alpha: float) -> Color:
    """`colour` at `alpha` over white (what the page's translucent fill looks like)."""
    c = HexColor(colour)
    return Color(1 - alpha * (1 - c.red), 1 - alpha * (1 - c.green), 1 - alpha * (1 - c.blue))


def _darker(colour: str, factor: float = 1.5) -> Color:
    c = HexColor(colour)
    return Color(c.red / factor, c.green / factor, c.blue / factor)


def paint_grid(c: Canvas, ts: Typesetter, w: float, h: float, summary: StakeholderSummary) -> None:
    """The grid in a w x h box; geometry top-down as on screen, flipped when drawn."""
    people = list(summary.people)
    scale = summary.scale
    line = SIZE * 1.3
    radius = 4.5
    strip = SIZE * 1.3 + SMALL * 1.3 + line * 0.5
    legend_rows = _legend_rows(ts, w - 2 * line)
    left, top = line * 2.6, line * 0.4 + strip
    bottom = line * (3.0 + 1.3 * len(legend_rows))
    plot = Plot(left, top, w - left - line * 0.8, h - top - bottom - strip, scale)
    frame = (plot.left, plot.top - strip, plot.width, plot.height + 2 * strip)
    counts = summary.quadrants

    def Y(y: float) -> float:  # noqa: N802
        return h - y

    def box(rect, fill=None, stroke=None, width=0.8, dash=None) -> None:
        x, y, bw, bh = rect
        if fill is not None:
            c.setFillColor(fill)
        if stroke is not None:
            c.setStrokeColor(stroke)
            c.setLineWidth(width)
        c.setDash(*dash) if dash else c.setDash()
        c.rect(x, Y(y + bh), bw, bh, stroke=stroke is not None, fill=fill is not None)
        c.setDash()

    for quadrant, rect in plot.quadrant_rects(strip).items():
        box(rect, fill=_tint(QUADRANT_COLORS[quadrant], 0.13))
    faint = _tint("#202124", 0.18)
    c.setStrokeColor(faint)
    c.setLineWidth(0.5)
    for k in range(scale + 1):
        x = plot.left + k * plot.width / scale
        y = plot.top + k * plot.height / scale
        if 0 < k < scale:
            c.line(x, Y(plot.top), x, Y(plot.top + plot.height))
        c.line(plot.left, Y(y), plot.left + plot.width, Y(y))
    c.setStrokeColor(_tint("#202124", 0.55))
    c.setLineWidth(1.1)
    c.line(plot.split_x, Y(frame[1]), plot.split_x, Y(frame[1] + frame[3]))
    c.line(plot.left, Y(plot.split_y), plot.left + plot.width, Y(plot.split_y))
    box(frame, stroke=_tint("#202124", 0.55), width=1.1)
    # Quadrant titles in their outer corners, as obstacles for the labels.
    obstacles = []
    pad = line * 0.35
    for quadrant, (qx, qy, qw, qh) in plot.quadrant_rects(strip).items():
        title = ts.fit(f"{quadrant.label} ({counts[quadrant]})", qw - 2 * pad, SIZE, True)
        action = ts.fit(quadrant.action, qw - 2 * pad, SMALL)
        tw = max(ts.width(title, SIZE, True), ts.width(action, SMALL)) + 2
        th = SIZE * 1.3 + SMALL * 1.3
        right = quadrant in (Quadrant.MANAGE_CLOSELY, Quadrant.KEEP_INFORMED)
        low = quadrant in (Quadrant.MONITOR, Quadrant.KEEP_INFORMED)
        bx = qx + qw - pad - tw if right else qx + pad
        by = qy + qh - pad - th if low else qy + pad
        obstacles.append((bx, by, tw, th))
        align = "right" if right else "left"
        ax = bx + tw if right else bx
        c.setFillColor(_darker(QUADRANT_COLORS[quadrant], 1.35))
        ts.draw(c, ax, Y(by + SIZE), title, SIZE, bold=True, align=align)
        c.setFillColor(INK)
        ts.draw(c, ax, Y(by + SIZE * 1.3 + SMALL), action, SMALL, align=align)
    # Axes.
    c.setFillColor(INK)
    below = frame[1] + frame[3]
    for score in range(1, scale + 1):
        ts.draw(c, plot.x(score), Y(below + SMALL + 2), str(score), SMALL, align="center")
        ts.draw(c, plot.left - 4, Y(plot.y(score) + SMALL * 0.35), str(score), SMALL,
                align="right")
    ts.draw(c, plot.left + plot.width / 2, Y(below + SMALL * 1.3 + SIZE + 3), _t(INTEREST_AXIS),
            SIZE, bold=True, align="center")
    c.saveState()
    c.translate(line * 0.2 + SIZE, Y(plot.top + plot.height / 2))
    c.rotate(90)
    ts.draw(c, 0, 0, _t(POWER_AXIS), SIZE, bold=True, align="center")
    c.restoreState()
    # Markers and labels placed by the shared rules.
    names = {p.id: ts.fit(p.name, LABEL_WIDTH, SMALL) for p in people}
    sizes = {key: (ts.width(text, SMALL) + 5, SMALL * 1.35) for key, text in names.items()}
    targets = [(plot.x(p.target_interest) - radius, plot.y(p.target_power) - radius,
                2 * radius, 2 * radius) for p in people if p.has_target]
    layout = layout_grid([GridPoint(p.id, p.power, p.interest) for p in people], plot, radius,
                         sizes, obstacles=obstacles + targets, bounds=frame)
    for person in people:
        if not person.has_target:
            continue
        sx, sy = layout.markers[person.id]
        ex, ey = plot.x(person.target_interest), plot.y(person.target_power)
        colour = HexColor(ATTITUDE_COLORS[person.attitude])
        c.setStrokeColor(colour)
        c.setLineWidth(0.9)
        c.setDash(2.5, 1.5)
        c.circle(ex, Y(ey), radius * 0.8, stroke=1, fill=0)
        length = math.hypot(ex - sx, ey - sy)
        if length >= radius * 2:
            ux, uy = (ex - sx) / length, (ey - sy) / length
            tail = (sx + ux * radius, sy + uy * radius)
            tip = (ex - ux * radius * 0.8, ey - uy * radius * 0.8)
            c.line(tail[0], Y(tail[1]), tip[0], Y(tip[1]))
            c.setDash()
            _arrow(c, tip, ux, uy, radius, colour, Y)
        c.setDash()
    for person in people:
        x, y = layout.markers[person.id]
        colour = ATTITUDE_COLORS[person.attitude]
        c.setFillColor(HexColor(colour))
        c.setStrokeColor(INK if person.confidential else _darker(colour))
        c.setLineWidth(1.0)
        c.setDash(1, 1.2) if person.confidential else c.setDash()
        c.circle(x, Y(y), radius, stroke=1, fill=1)
        c.setDash()
    for key, text in names.items():
        rect = layout.labels.get(key)
        if rect is None:
            continue
        lx, ly, lw, lh = rect
        c.setFillColor(Color(1, 1, 1, alpha=0.78))
        c.roundRect(lx, Y(ly + lh), lw, lh, 2, stroke=0, fill=1)
        c.setFillColor(INK)
        ts.draw(c, lx + lw / 2, Y(ly + lh / 2 + SMALL * 0.35), text, SMALL, align="center")
    _legend(c, ts, plot.left, below + SMALL * 1.3 + line * 1.9, legend_rows, radius * 0.8, Y)


def _arrow(c: Canvas, tip: tuple[float, float], ux: float, uy: float, size: float, colour,
           Y) -> None:  # noqa: N803
    bx, by = tip[0] - ux * size, tip[1] - uy * size
    nx, ny = -uy * size * 0.5, ux * size * 0.5
    path = c.beginPath()
    path.moveTo(tip[0], Y(tip[1]))
    path.lineTo(bx + nx, Y(by + ny))
    path.lineTo(bx - nx, Y(by - ny))
    path.close()
    c.setFillColor(colour)
    c.drawPath(path, stroke=0, fill=1)


def _legend_rows(ts: Typesetter, width: float) -> list[list[tuple[str, str]]]:
    entries = [(str(a), a.label) for a in ATTITUDE_ORDER]
    entries += [("confidential", _t(CONFIDENTIAL)), ("target", _t(TARGET))]
    rows: list[list[tuple[str, str]]] = [[]]
    used = 0.0
    for kind, text in entries:
        need = ts.width(text, SMALL) + SIZE * 3
        if rows[-1] and used + need > width:
            rows.append([])
            used = 0.0
        rows[-1].append((kind, text))
        used += need
    return rows


def _legend(c: Canvas, ts: Typesetter, x0: float, y: float, rows, r: float, Y) -> None:  # noqa: N803
    for row in rows:
        x = x0
        for kind, text in row:
            cy = y - SMALL * 0.35
            if kind == "target":
                c.setStrokeColor(INK)
                c.setLineWidth(0.9)
                c.setDash(2.5, 1.5)
                c.line(x, Y(cy), x + 2 * r + 2, Y(cy))
                c.setDash()
                _arrow(c, (x + 2 * r + 5, cy), 1, 0, r, INK, Y)
            else:
                confidential = kind == "confidential"
                colour = "#ffffff" if confidential else ATTITUDE_COLORS[kind]
                c.setFillColor(HexColor(colour))
                c.setStrokeColor(INK if confidential else _darker(colour))
                c.setDash(1, 1.2) if confidential else c.setDash()
                c.circle(x + r, Y(cy), r, stroke=1, fill=1)
                c.setDash()
            c.setFillColor(INK)
            tx = x + 2 * r + SIZE * 0.8
            ts.draw(c, tx, Y(y), text, SMALL)
            x = tx + ts.width(text, SMALL) + SIZE * 1.3
        y += SIZE * 1.6


def build(ctx: Context) -> tuple[str, list[Flowable]]:
    ts, summary = ctx.ts, ctx.data.stakeholders
    width, height = ctx.portrait
    story: list[Flowable] = [Heading(ts, Section.STAKEHOLDERS.label, key="stakeholders")]
    if summary.withheld:
        story.append(TextBlock(ts, _t(WITHHELD).format(count=summary.withheld), 8, muted=True))
    if not summary.people:
        return PORTRAIT, story + [TextBlock(ts, _t(NOBODY))]
    grid_h = min(width * 0.75, height * 0.6)
    story.append(Drawing(lambda c, w, h: paint_grid(c, ts, w, h, summary), width, grid_h))
    story.append(Spacer(1, 6))
    story.append(Heading(ts, _t(REGISTER), level=1))
    widths = (86, 84, 36, 40, 72, 52, 78, 0)
    columns = [Column(_t(head), w or width - sum(widths),
                      "right" if k in (2, 3) else "left", lines=3 if k == 7 else 2)
               for k, (head, w) in enumerate(zip(HEADERS, widths, strict=True))]
    rows = []
    for p in summary.people:
        org = " \u00b7 ".join(t for t in (p.organisation, p.title) if t)
        quadrant = p.quadrant(summary.scale)
        engagement = ""
        if p.engagement_current or p.engagement_desired:
            engagement = (f"{p.engagement_current.label if p.engagement_current else '?'}"
                          f" \u2192 {p.engagement_desired.label if p.engagement_desired else '?'}")
        name = Cell(p.name, color="#5f6368" if p.confidential else None)
        rows.append([name, org, str(p.power), str(p.interest),
                     Cell(quadrant.label, _tint(QUADRANT_COLORS[quadrant], 0.25).hexval()
                          .replace("0x", "#")),
                     p.attitude.label, engagement, p.strategy])
    story.append(GridTable(ts, columns, rows, size=7.5))
    return PORTRAIT, story
