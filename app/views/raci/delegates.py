"""Status icons and the cell editor (F2): a list of the values the variant offers."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPixmap
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.core.enums import RaciVariant
from app.core.i18n import translate
from app.core.raci import MEANINGS, Level, choices

_ICON_COLORS = {Level.ERROR: ("#d32f2f", "#ffffff"), Level.WARNING: ("#f9a825", "#000000")}


@cache
def status_icon(level: Level) -> QIcon:
    """A red disc (error) or an amber triangle (warning) with "!", drawn at 1x and 2x."""
    icon = QIcon()
    fill, ink = _ICON_COLORS[level]
    for size in (16, 32):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(fill))
        s = float(size)
        if level == Level.ERROR:
            painter.drawEllipse(QRectF(1, 1, s - 2, s - 2))
        else:
            path = QPainterPath(QPointF(s / 2, 1))
            path.lineTo(s - 1, s - 1)
            path.lineTo(1, s - 1)
            path.closeSubpath()
            painter.drawPath(path)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(int(s * 0.7))
        painter.setFont(font)
        painter.setPen(QColor(ink))
        top = s * 0.18 if level == Level.WARNING else 0
        painter.drawText(QRectF(0, top, s, s - top), Qt.AlignmentFlag.AlignCenter, "!")
        painter.end()
        icon.addPixmap(pixmap)
    return icon


class LetterDelegate(QStyledItemDelegate):
    """F2 on a cell opens a list of the letters, each with its meaning."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.variant = RaciVariant.RACI

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: QModelIndex) -> QWidget:
        editor = QComboBox(parent)
        for value in choices(self.variant):
            meaning = translate("raci", MEANINGS[value]) if value else "\u2014"
            editor.addItem(f"{value}  {meaning}" if value else meaning, value)
        # Picking from the list is the whole edit: commit at once, as a click would.
        editor.activated.connect(lambda _=0, e=editor: (self.commitData.emit(e),
                                                       self.closeEditor.emit(e)))
        QTimer.singleShot(0, editor.showPopup)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        found = editor.findData(index.data(Qt.ItemDataRole.EditRole) or "")
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: QModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                             index: QModelIndex) -> None:
        rect = option.rect
        rect.setWidth(max(rect.width(), editor.sizeHint().width()))
        editor.setGeometry(rect)
