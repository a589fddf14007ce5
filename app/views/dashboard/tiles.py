"""A dashboard tile: a figure with its band, clicked (or Enter/Space) to explain it."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.core.health import Band

# Mid-tone colours that read on light and dark palettes alike.
BAND_COLOURS = {Band.GREEN: "#2e9d4a", Band.AMBER: "#e0a020", Band.RED: "#d64545"}


class Tile(QFrame):
    activated = Signal()

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.band = Band.NONE
        self.setObjectName(f"tile_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.title = QLabel(self)
        self.value = QLabel(self)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.status = QLabel(self)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        self.value.setFont(font)
        small = QFont(self.font())
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.detail.setFont(small)
        self.status.setFont(small)
        for label in (self.title, self.value, self.detail, self.status):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 8, 8)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def set_content(self, title: str, value: str, detail: str, band: Band = Band.NONE,
                    tip: str = "") -> None:
        self.title.setText(title)
        self.value.setText(value)
        self.detail.setText(detail)
        self.band = band
        # Words as well as colour, so the band reads without colour vision.
        self.status.setText(band.label if band != Band.NONE else "")
        self.status.setVisible(band != Band.NONE)
        self.setToolTip(tip)
        self.setAccessibleName(f"{title}: {value}")
        self.setAccessibleDescription(f"{detail} {self.status.text()}".strip())
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        metrics = self.fontMetrics()
        return QSize(180, int(metrics.height() * 6.6) + 16)

    def paintEvent(self, event) -> None:  # noqa: N802
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = BAND_COLOURS.get(self.band)
        stripe = QColor(colour) if colour else self.palette().color(QPalette.ColorRole.Mid)
        painter.fillRect(QRectF(0, 0, 6, self.height()), stripe)
        if self.hasFocus():
            pen = painter.pen()
            pen.setColor(self.palette().color(QPalette.ColorRole.Highlight))
            pen.setWidth(2)
            painter.setPen(pen)
            painter.drawRect(QRectF(1, 1, self.width() - 2, self.height() - 2))

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
                event.position().toPoint()):
            self.activated.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit()
            return
        super().keyPressEvent(event)
