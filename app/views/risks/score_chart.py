"""A small line chart of a risk's score at each review (inherent and residual)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QWidget

from app.core.risk import Matrix
from app.core.risk_summary import ReviewFacts
from app.views.formats import date_text

INHERENT = QColor("#e64a19")
RESIDUAL = QColor("#1e88e5")


class ScoreChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reviews: list[ReviewFacts] = []
        self.matrix: Matrix | None = None
        self.legend = ("", "")
        self.empty_text = ""
        self.setMinimumSize(QSize(260, 150))

    def set_history(self, matrix: Matrix, reviews: Sequence[ReviewFacts],
                    legend: tuple[str, str], empty_text: str) -> None:
        self.matrix, self.reviews = matrix, list(reviews)
        self.legend, self.empty_text = legend, empty_text
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(420, 180)

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        fm = self.fontMetrics()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        if self.matrix is None or not self.reviews:
            painter.setPen(text)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        top_score = self.matrix.scale ** 2
        left = fm.horizontalAdvance(str(top_score)) + 10
        plot = QRectF(left, fm.height() + 8, self.width() - left - 12,
                      self.height() - 2 * fm.height() - 16)
        # Rating bands as faint stripes, so a line's height reads as a rating.
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.drawRect(plot)
        for value in (0, top_score // 2, top_score):
            y = plot.bottom() - value / top_score * plot.height()
            painter.setPen(text)
            painter.drawText(QRectF(0, y - fm.height() / 2, left - 4, fm.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             str(value))
        days = [r.reviewed_on.toordinal() for r in self.reviews]
        span = max(1, days[-1] - days[0])

        def point(n: int, value: int) -> QPointF:
            x = plot.left() + (days[n] - days[0]) / span * plot.width() if len(days) > 1 \
                else plot.center().x()
            return QPointF(x, plot.bottom() - value / top_score * plot.height())

        for color, values in ((INHERENT, [r.score for r in self.reviews]),
                              (RESIDUAL, [r.residual_score for r in self.reviews])):
            path, started = QPainterPath(), False
            dots = []
            for n, value in enumerate(values):
                if value is None:
                    continue
                p = point(n, value)
                dots.append(p)
                if started:
                    path.lineTo(p)
                else:
                    path.moveTo(p)
                    started = True
            painter.setPen(QPen(color, 2))
            painter.drawPath(path)
            painter.setBrush(color)
            for p in dots:
                painter.drawEllipse(p, 3, 3)
            painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(text)
        painter.drawText(QRectF(plot.left(), plot.bottom() + 4, plot.width(), fm.height()),
                         Qt.AlignmentFlag.AlignLeft, date_text(self.reviews[0].reviewed_on))
        painter.drawText(QRectF(plot.left(), plot.bottom() + 4, plot.width(), fm.height()),
                         Qt.AlignmentFlag.AlignRight, date_text(self.reviews[-1].reviewed_on))
        x = plot.left()
        for color, label in ((INHERENT, self.legend[0]), (RESIDUAL, self.legend[1])):
            painter.fillRect(QRectF(x, 4, 12, fm.height() - 4), color)
            painter.setPen(text)
            painter.drawText(QPointF(x + 16, fm.ascent() + 2), label)
            x += 16 + fm.horizontalAdvance(label) + 16
        painter.end()
