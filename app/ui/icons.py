"""SVG icons drawn in the palette's text colour, sharp at any size and scale."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from app.paths import resources_dir


class _SvgEngine(QIconEngine):
    """Renders `currentColor` as the palette colour at paint time (dark themes)."""

    def __init__(self, svg: str) -> None:
        super().__init__()
        self.svg = svg

    def _renderer(self, mode: QIcon.Mode) -> QSvgRenderer:
        palette = QApplication.palette()
        group = QPalette.ColorGroup.Disabled if mode == QIcon.Mode.Disabled else \
            QPalette.ColorGroup.Active
        role = QPalette.ColorRole.HighlightedText if mode == QIcon.Mode.Selected else \
            QPalette.ColorRole.WindowText
        color = palette.color(group, role).name()
        return QSvgRenderer(QByteArray(self.svg.replace("currentColor", color).encode()))

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode,
              state: QIcon.State) -> None:
        self._renderer(mode).render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pixmap

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State,  # noqa: N802
                     scale: float) -> QPixmap:
        pixmap = self.pixmap(size * scale, mode, state)
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def clone(self) -> QIconEngine:
        return _SvgEngine(self.svg)


@cache
def _svg_text(name: str) -> str:
    return (resources_dir() / "icons" / f"{name}.svg").read_text("utf-8")


def icon(name: str) -> QIcon:
    return QIcon(_SvgEngine(_svg_text(name)))


def app_icon() -> QIcon:
    """The application icon keeps its own colours."""
    return QIcon(str(resources_dir() / "icons" / "planwright.svg"))
