"""Cell editors of the register: lists for the closed vocabularies, plain digits for
scores (checked by the rules, so a wrong score gets a message, not a silent clamp)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.views.stakeholders.register_model import CHOICES, COLUMNS, display_value


class RegisterDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: QModelIndex) -> QWidget:
        kind = COLUMNS[index.column()].kind
        if kind in CHOICES:
            combo = QComboBox(parent)
            for value in CHOICES[kind]:
                combo.addItem(display_value(value) or "\u2014", "" if value is None else str(value))
            # Choosing is the edit: commit at once, as a spreadsheet list does.
            combo.activated.connect(lambda _=0, c=combo: self._commit(c))
            return combo
        editor = super().createEditor(parent, option, index)
        if kind in ("score", "target") and isinstance(editor, QLineEdit):
            # Digits only, a few of them; the range is the rules' to check and explain.
            editor.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,3}"),
                                                            editor))
            editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        return editor

    def _commit(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            value = index.data(Qt.ItemDataRole.EditRole)
            editor.setCurrentIndex(max(0, editor.findData("" if value is None else str(value))))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: QModelIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)
