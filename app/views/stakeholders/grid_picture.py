"""The power/interest grid as a picture: laid out once for a size, painted on any
QPainter (the widget, a PNG, an SVG), so an export looks like the screen."""

from __future__ import annotations

import math
from collections.abc import Collection, Hashable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen, QPolygonF

from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.stakeholder_grid import (
    ATTITUDE_COLORS,
    QUADRANT_COLORS,
    GridLayout,
    GridPoint,
    Plot,
    layout_grid,
)
from app.core.stakeholders import ATTITUDE_ORDER, Quadrant, quadrant_counts
from app.models.stakeholders import StakeholderRecord

CONFIDENTIAL = QT_TRANSLATE_NOOP("PowerInterestGrid", "Confidential")
TARGET = QT_TRANSLATE_NOOP("PowerInterestGrid", "Target")
INTEREST_AXIS = QT_TRANSLATE_NOOP("PowerInterestGrid", "Interest \u2192")
POWER_AXIS = QT_TRANSLATE_NOOP("PowerInterestGrid", "Power \u2192")
LABEL_WIDTH = 150  # longer names are elided; the tooltip has them whole



def _t(text: str) -> str:
    return QCoreApplication.translate("PowerInterestGrid", text)


@dataclass(frozen=True)
class GridStyle:
    background: QColor
    text: QColor
    faint: QColor
    highlight: QColor

    @classmethod
    def from_palette(cls, palette: QPalette) -> GridStyle:
        text = palette.color(QPalette.ColorRole.Text)
        faint = QColor(text)
        faint.setAlphaF(0.18)
        return cls(palette.color(QPalette.ColorRole.Base), text, faint,
                   palette.color(QPalette.ColorRole.Highlight))

    @classmethod
    def light(cls) -> GridStyle:
        """Exports are printed and pasted into slides: always dark ink on white."""
        return cls(QColor("#ffffff"), QColor("#202124"), QColor(32, 33, 36, 46),
                   QColor("#2f6fd6"))


def _qrect(rect: tuple[float, float, float, float]) -> QRectF:
    return QRectF(*rect)


class GridPicture:
    """Geometry and label layout of the grid at one size."""

    def __init__(self, records: Sequence[StakeholderRecord], scale: int, size: QSizeF,
                 font: QFont, title: str = "") -> None:
        self.records = {r.id: r for r in records}
        self.scale, self.size, self.title = scale, size, title
        self.font = QFont(font)
        self.small = _scaled(font, 0.9)
        self.bold = QFont(font)
        self.bold.setBold(True)
        self.title_font = _scaled(font, 1.3)
        self.title_font.setBold(True)
        fm = QFontMetricsF(self.font)
        self.line = fm.height()
        self.radius = max(5.0, round(self.line * 0.42))
        self._legend_rows = self._legend(size.width() - 2 * self.line)
        # Quadrant titles get strips of their own above and below the scores, so no
        # marker at power 1 or 10 ever sits on one.
        self.strip = (QFontMetricsF(self.bold).height() + QFontMetricsF(self.small).height()
                      + self.line * 0.5)
        top = self.line * 0.6 + (QFontMetricsF(self.title_font).height() * 1.4 if title else 0)
        left = self.line * 2.6
        bottom = self.line * (3.0 + 1.3 * len(self._legend_rows))
        self.plot = Plot(left, top + self.strip,
                         max(40.0, size.width() - left - self.line * 0.8),
                         max(40.0, size.height() - top - bottom - 2 * self.strip), scale)
        p = self.plot
        self.frame = (p.left, p.top - self.strip, p.width, p.height + 2 * self.strip)
        self.counts = quadrant_counts(records, scale)
        self.quadrant_boxes = self._quadrant_boxes()
        self.names = self._label_texts()
        sm = QFontMetricsF(self.small)
        sizes = {key: (sm.horizontalAdvance(text) + 6, sm.height() + 1)
                 for key, text in self.names.items()}
        points = [GridPoint(r.id, r.power, r.interest) for r in records]
        r = self.radius
        targets = [(self.plot.x(t.target_interest) - r, self.plot.y(t.target_power) - r, 2 * r,
                    2 * r) for t in records if t.has_target]
        self.layout: GridLayout = layout_grid(
            points, self.plot, self.radius, sizes,
            obstacles=[box for box, _ in self.quadrant_boxes.values()] + targets,
            bounds=self.frame)

    # -- layout helpers ----------------------------------------------------------------

    def _label_texts(self) -> dict[Hashable, str]:
        sm = QFontMetricsF(self.small)
        return {r.id: sm.elidedText(r.name, Qt.TextElideMode.ElideRight, LABEL_WIDTH)
                for r in self.records.values()}

    def _quadrant_boxes(self) -> dict[Quadrant, tuple[tuple, list[tuple[str, QFont]]]]:
        """Each quadrant's title and action, in its outer corner, away from the centre."""
        result = {}
        pad = self.line * 0.35
        for quadrant, rect in self.plot.quadrant_rects(self.strip).items():
            x, y, w, h = rect
            lines = [(f"{quadrant.label} ({self.counts[quadrant]})", self.bold),
                     (quadrant.action, self.small)]
            texts = [(QFontMetricsF(f).elidedText(t, Qt.TextElideMode.ElideRight, w - 2 * pad), f)
                     for t, f in lines]
            width = max(QFontMetricsF(f).horizontalAdvance(t) for t, f in texts) + 2
            height = sum(QFontMetricsF(f).height() for _, f in texts)
            right = quadrant in (Quadrant.MANAGE_CLOSELY, Quadrant.KEEP_INFORMED)
            bottom = quadrant in (Quadrant.MONITOR, Quadrant.KEEP_INFORMED)
            bx = x + w - pad - width if right else x + pad
            by = y + h - pad - height if bottom else y + pad
            result[quadrant] = ((bx, by, width, height), texts)
        return result

    def _legend(self, width: float) -> list[list[tuple[str, str]]]:
        """Legend entries (kind, text) flowed into rows that fit `width`."""
        fm = QFontMetricsF(self.small)
        entries = [(str(a), a.label) for a in ATTITUDE_ORDER]
        entries += [("confidential", _t(CONFIDENTIAL)), ("target", _t(TARGET))]
        rows: list[list[tuple[str, str]]] = [[]]
        used = 0.0
        for kind, text in entries:
            need = fm.horizontalAdvance(text) + self.line * 2.2
            if rows[-1] and used + need > width:
                rows.append([])
                used = 0.0
            rows[-1].append((kind, text))
            used += need
        return rows

    def marker_at(self, pos: QPointF) -> int | None:
        """The marker under `pos` (the one drawn last when several touch it)."""
        reach = (self.radius + 3) ** 2
        found = None
        for key, (x, y) in self.layout.markers.items():
            if (x - pos.x()) ** 2 + (y - pos.y()) ** 2 <= reach:
                found = key
        return found

    def centre(self, power: int, interest: int) -> QPointF:
        return QPointF(self.plot.x(interest), self.plot.y(power))

    # -- painting ----------------------------------------------------------------------

    def paint(self, painter: QPainter, style: GridStyle, selected: Collection[int] = (),
              targets: bool = True, moving: dict[int, tuple[int, int]] | None = None) -> None:
        moving = moving or {}
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(QRectF(QPointF(0, 0), self.size), style.background)
        if self.title:
            painter.setFont(self.title_font)
            painter.setPen(style.text)
            painter.drawText(QRectF(self.plot.left, self.line * 0.4, self.plot.width,
                                    self.plot.top), Qt.AlignmentFlag.AlignLeft, self.title)
        self._paint_quadrants(painter, style)
        self._paint_axes(painter, style)
        if targets:
            self._paint_targets(painter, moving)
        self._paint_markers(painter, style, selected, moving)
        self._paint_labels(painter, style, selected, moving)
        self._paint_legend(painter, style)
        painter.restore()

    def _paint_quadrants(self, painter: QPainter, style: GridStyle) -> None:
        for quadrant, rect in self.plot.quadrant_rects(self.strip).items():
            tint = QColor(QUADRANT_COLORS[quadrant])
            tint.setAlphaF(0.13)
            painter.fillRect(_qrect(rect), tint)
        painter.setPen(QPen(style.faint, 1))
        p = self.plot
        for k in range(0, self.scale + 1):
            x = p.left + k * p.width / self.scale
            y = p.top + k * p.height / self.scale
            if 0 < k < self.scale:
                painter.drawLine(QPointF(x, p.top), QPointF(x, p.top + p.height))
            painter.drawLine(QPointF(p.left, y), QPointF(p.left + p.width, y))
        split = QColor(style.text)
        split.setAlphaF(0.55)
        painter.setPen(QPen(split, 1.5))
        frame = _qrect(self.frame)
        painter.drawLine(QPointF(p.split_x, frame.top()), QPointF(p.split_x, frame.bottom()))
        painter.drawLine(QPointF(p.left, p.split_y), QPointF(p.left + p.width, p.split_y))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(frame)
        for quadrant, (box, texts) in self.quadrant_boxes.items():
            ink = _ink(QColor(QUADRANT_COLORS[quadrant]), style)
            y = box[1]
            right = quadrant in (Quadrant.MANAGE_CLOSELY, Quadrant.KEEP_INFORMED)
            align = Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
            for text, font in texts:
                painter.setFont(font)
                painter.setPen(ink if font is self.bold else style.text)
                h = QFontMetricsF(font).height()
                painter.drawText(QRectF(box[0], y, box[2], h), align, text)
                y += h

    def _paint_axes(self, painter: QPainter, style: GridStyle) -> None:
        p = self.plot
        painter.setFont(self.small)
        painter.setPen(style.text)
        sm = QFontMetricsF(self.small)
        below = self.frame[1] + self.frame[3]
        for score in range(1, self.scale + 1):
            painter.drawText(QRectF(p.x(score) - 15, below + 2, 30, sm.height()),
                             Qt.AlignmentFlag.AlignHCenter, str(score))
            painter.drawText(QRectF(p.left - 30, p.y(score) - sm.height() / 2, 26, sm.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             str(score))
        painter.setFont(self.bold)
        axis_y = below + sm.height() + 2
        painter.drawText(QRectF(p.left, axis_y, p.width, self.line),
                         Qt.AlignmentFlag.AlignHCenter, _t(INTEREST_AXIS))
        painter.save()
        painter.translate(self.line * 0.2, p.top + p.height / 2)
        painter.rotate(-90)
        painter.drawText(QRectF(-p.height / 2, 0, p.height, self.line),
                         Qt.AlignmentFlag.AlignHCenter, _t(POWER_AXIS))
        painter.restore()

    def _position(self, key: int, moving: dict[int, tuple[int, int]]) -> QPointF:
        if key in moving:
            return self.centre(*moving[key])
        return QPointF(*self.layout.markers[key])

    def _paint_targets(self, painter: QPainter, moving: dict[int, tuple[int, int]]) -> None:
        for key, record in self.records.items():
            if not record.has_target:
                continue
            start = self._position(key, moving)
            end = self.centre(record.target_power, record.target_interest)
            color = QColor(ATTITUDE_COLORS[record.attitude])
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(color, 1.4, Qt.PenStyle.DashLine))
            painter.drawEllipse(end, self.radius * 0.8, self.radius * 0.8)
            length = math.hypot(end.x() - start.x(), end.y() - start.y())
            if length < self.radius * 2:
                continue
            ux, uy = (end.x() - start.x()) / length, (end.y() - start.y()) / length
            tail = QPointF(start.x() + ux * self.radius, start.y() + uy * self.radius)
            tip = QPointF(end.x() - ux * self.radius * 0.8, end.y() - uy * self.radius * 0.8)
            painter.drawLine(tail, tip)
            _arrow_head(painter, tip, ux, uy, self.radius, color)

    def _paint_markers(self, painter: QPainter, style: GridStyle, selected: Collection[int],
                       moving: dict[int, tuple[int, int]]) -> None:
        r = self.radius
        for key, record in self.records.items():
            centre = self._position(key, moving)
            color = QColor(ATTITUDE_COLORS[record.attitude])
            if key in moving:  # a ghost where it was, so the move reads as a move
                ghost = QColor(color)
                ghost.setAlphaF(0.3)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(ghost)
                painter.drawEllipse(QPointF(*self.layout.markers[key]), r, r)
            if key in selected:
                painter.setPen(QPen(style.highlight, 3))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(centre, r + 3.5, r + 3.5)
            pen = QPen(style.text if record.confidential else color.darker(150), 1.6)
            if record.confidential:
                pen.setStyle(Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.setBrush(color)
            painter.drawEllipse(centre, r, r)

    def _paint_labels(self, painter: QPainter, style: GridStyle, selected: Collection[int],
                      moving: dict[int, tuple[int, int]]) -> None:
        painter.setFont(self.small)
        sm = QFontMetricsF(self.small)
        plate = QColor(style.background)
        plate.setAlphaF(0.78)
        for key, text in self.names.items():
            rect = self.layout.labels.get(key)
            chosen = key in selected or key in moving
            if key in moving or (rect is None and chosen):
                # Free-standing while dragged or chosen: beside the marker, on top.
                c = self._position(key, moving)
                rect = (c.x() + self.radius + 4, c.y() - sm.height() / 2,
                        sm.horizontalAdvance(text) + 6, sm.height() + 1)
            if rect is None:
                continue
            box = _qrect(rect)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.highlight if chosen else plate)
            painter.drawRoundedRect(box, 3, 3)
            painter.setPen(QColor("#ffffff") if chosen else style.text)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_legend(self, painter: QPainter, style: GridStyle) -> None:
        sm = QFontMetricsF(self.small)
        r = self.radius * 0.8
        y = self.frame[1] + self.frame[3] + sm.height() + self.line * 1.5
        painter.setFont(self.small)
        for row in self._legend_rows:
            x = self.plot.left
            for kind, text in row:
                centre = QPointF(x + r, y + sm.height() / 2)
                if kind == "target":
                    color = QColor(style.text)
                    painter.setPen(QPen(color, 1.4, Qt.PenStyle.DashLine))
                    painter.drawLine(QPointF(x, centre.y()), QPointF(x + 2 * r + 4, centre.y()))
                    _arrow_head(painter, QPointF(x + 2 * r + 6, centre.y()), 1, 0, r, color)
                else:
                    confidential = kind == "confidential"
                    pen = QPen(style.text if confidential else
                               QColor(ATTITUDE_COLORS[kind]).darker(150), 1.6)
                    pen.setStyle(Qt.PenStyle.DotLine if confidential else Qt.PenStyle.SolidLine)
                    painter.setPen(pen)
                    painter.setBrush(style.background if confidential else
                                     QColor(ATTITUDE_COLORS[kind]))
                    painter.drawEllipse(centre, r, r)
                painter.setPen(style.text)
                tx = x + 2 * r + self.line * 0.6
                painter.drawText(QPointF(tx, y + sm.ascent()), text)
                x = tx + sm.horizontalAdvance(text) + self.line
            y += self.line * 1.3


def _scaled(font: QFont, factor: float) -> QFont:
    """`font` resized, whether it is sized in points (screen) or pixels (exports)."""
    result = QFont(font)
    if font.pixelSize() > 0:
        result.setPixelSize(max(9, round(font.pixelSize() * factor)))
    else:
        result.setPointSizeF(max(7.0, font.pointSizeF() * factor))
    return result


def _ink(color: QColor, style: GridStyle) -> QColor:
    """A quadrant's colour made readable on the background (darker on light, lighter
    on dark palettes)."""
    return color.darker(135) if style.background.lightnessF() > 0.5 else color.lighter(135)


def _arrow_head(painter: QPainter, tip: QPointF, ux: float, uy: float, size: float,
                color: QColor) -> None:
    back = QPointF(tip.x() - ux * size, tip.y() - uy * size)
    normal = QPointF(-uy * size * 0.5, ux * size * 0.5)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawPolygon(QPolygonF([tip, back + normal, back - normal]))
