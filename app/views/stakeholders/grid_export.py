"""The grid as a PNG or SVG file, drawn by the same picture as the screen."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QRect, QSize, QSizeF
from PySide6.QtGui import QFont, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from app.core.errors import UserError
from app.core.i18n import QT_TRANSLATE_NOOP
from app.models.stakeholders import StakeholderRecord
from app.views.stakeholders.grid_picture import GridPicture, GridStyle

EXPORT_SIZE = QSize(1200, 860)
PNG_SCALE = 2  # pixels per point: sharp in slides and on paper
WRITE_FAILED = QT_TRANSLATE_NOOP("errors", "The image could not be written to {path}.")


def export_grid(path: Path, records: Sequence[StakeholderRecord], scale: int, font: QFont,
                title: str = "") -> None:
    """Write the grid to `path`: SVG when the name ends in .svg, else PNG."""
    font = QFont(font)
    font.setPixelSize(14)  # pixels, not points: the same on every device and DPI
    picture = GridPicture(records, scale, QSizeF(EXPORT_SIZE), font, title)
    if path.suffix.lower() == ".svg":
        _svg(path, picture, title)
    else:
        _png(path, picture)


def _png(path: Path, picture: GridPicture) -> None:
    image = QImage(EXPORT_SIZE * PNG_SCALE, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(PNG_SCALE)
    painter = QPainter(image)
    picture.paint(painter, GridStyle.light(), targets=True)
    painter.end()
    if not image.save(str(path), "PNG"):
        raise UserError(WRITE_FAILED, path=str(path))


def _svg(path: Path, picture: GridPicture, title: str) -> None:
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(EXPORT_SIZE)
    generator.setViewBox(QRect(0, 0, EXPORT_SIZE.width(), EXPORT_SIZE.height()))
    generator.setResolution(96)
    generator.setTitle(title)
    painter = QPainter()
    if not painter.begin(generator):
        raise UserError(WRITE_FAILED, path=str(path))
    picture.paint(painter, GridStyle.light(), targets=True)
    painter.end()
    if not path.exists() or path.stat().st_size == 0:
        raise UserError(WRITE_FAILED, path=str(path))
