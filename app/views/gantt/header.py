"""The timeline's two-level date header; its units follow the zoom."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QLocale, QRectF, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.views.gantt.scale import DAY, MONTH, QUARTER, WEEK, YEAR, TimeScale, boundaries


class TimeHeader(QWidget):
    def __init__(self, scale: TimeScale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scale = scale
        self.offset = 0  # x of the left edge, in scale pixels
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_offset(self, offset: int) -> None:
        self.offset = offset
        self.update()

    def label(self, moment: datetime, unit: str, width: float, major: bool) -> str:
        """The text of one header cell, as long as `width` pixels allow."""
        locale = QLocale()
        day = QDate(moment.year, moment.month, moment.day)
        if unit == YEAR:
            return str(moment.year)
        if unit == QUARTER:
            quarter = (moment.month - 1) // 3 + 1
            if major:
                return self.tr("Q{quarter} {year}").format(quarter=quarter, year=moment.year)
            return self.tr("Q{quarter}").format(quarter=quarter)
        if unit == MONTH:
            if major:
                return locale.toString(day, self.tr("MMMM yyyy"))
            return locale.monthName(moment.month, QLocale.FormatType.ShortFormat) \
                if width >= 28 else str(moment.month)
        if unit == WEEK:
            return locale.toString(day, self.tr("MMM d, yyyy") if major else self.tr("MMM d"))
        if unit == DAY:
            if major:
                return locale.toString(day, self.tr("ddd MMM d, yyyy"))
            name = locale.dayName(moment.isoweekday(), QLocale.FormatType.NarrowFormat)
            return f"{name} {moment.day}" if width >= 36 else str(moment.day)
        return f"{moment.hour:02d}:00" if width >= 40 else str(moment.hour)

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        self.paint(painter, self.offset, self.width(), self.height())
        painter.end()

    def paint(self, painter: QPainter, offset: float, width: int, height: int) -> None:
        """The header of the band [offset, offset + width) (also used for images)."""
        palette = self.palette()
        painter.fillRect(QRectF(0, 0, width, height), palette.color(QPalette.ColorRole.Button))
        half = height / 2
        tier = self.scale.tier
        left, right = self.scale.at(offset), self.scale.at(offset + width)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(0, int(half), width, int(half))
        painter.drawLine(0, height - 1, width, height - 1)
        for unit, count, top, major in ((tier.major, 1, 0.0, True),
                                        (tier.minor, tier.minor_step, half, False)):
            edges = boundaries(left, right, unit, count)
            for a, b in zip(edges, edges[1:], strict=False):
                x1 = self.scale.x(a) - offset
                x2 = self.scale.x(b) - offset
                painter.setPen(palette.color(QPalette.ColorRole.Mid))
                painter.drawLine(int(x1), int(top), int(x1), int(top + half))
                text = self.label(a, unit, x2 - x1, major)
                painter.setPen(palette.color(QPalette.ColorRole.ButtonText))
                # Keep a major cell's label in sight while its start is scrolled past.
                start = max(x1, 0) if major else x1
                cell = QRectF(start + 3, top, max(0.0, x2 - start - 6), half)
                if painter.fontMetrics().horizontalAdvance(text) <= cell.width():
                    align = Qt.AlignmentFlag.AlignVCenter | (
                        Qt.AlignmentFlag.AlignLeft if major else Qt.AlignmentFlag.AlignHCenter)
                    painter.drawText(cell, align, text)
