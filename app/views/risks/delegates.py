"""Editors for the register's cells: combos for closed lists, dates, long text."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractItemModel, QDate, QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.core.enums import RiskKind, RiskStatus
from app.core.risk import strategies
from app.views.formats import date_format
from app.views.risks.columns import COLUMNS
from app.views.risks.register_model import RegisterModel

NONE_DATE = QDate(1900, 1, 1)  # shown as "—": the date is cleared


class _ClearableDate(QDateEdit):
    """A date editor where Delete or Backspace on the whole text clears the date."""

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) \
                and self.minimumDate() == NONE_DATE and \
                (event.modifiers() & Qt.KeyboardModifier.ControlModifier
                 or self.lineEdit().selectedText() == self.lineEdit().text()):
            self.setDate(NONE_DATE)
            return
        super().keyPressEvent(event)


class RegisterDelegate(QStyledItemDelegate):
    def __init__(self, model: RegisterModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = model

    def _risk(self, index: QModelIndex):
        source = index.model().mapToSource(index) if hasattr(index.model(), "mapToSource") \
            else index
        return self.model.risks[source.row()]

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: QModelIndex) -> QWidget:
        col = COLUMNS[index.column()]
        risk = self._risk(index)
        data = self.model.data_
        if col.editor in ("text", "long"):
            editor = QLineEdit(parent)
            editor.setFrame(False)
            return editor
        if col.editor == "date":
            editor = _ClearableDate(parent)
            editor.setCalendarPopup(True)
            editor.setDisplayFormat(date_format())
            if col.key != "identified_on":
                editor.setMinimumDate(NONE_DATE)
                editor.setSpecialValueText("\u2014")
            return editor
        combo = QComboBox(parent)
        if col.editor == "level" and data is not None:
            axis = "probability" if col.key.endswith("probability") else "impact"
            if col.key.startswith("residual"):
                combo.addItem("\u2014", None)
            for level in range(1, data.matrix.scale + 1):
                combo.addItem(f"{level} \u2014 {data.matrix.level_label(axis, level)}", level)
        elif col.editor == "kind":
            for kind in RiskKind:
                combo.addItem(kind.label, kind)
        elif col.editor == "status":
            for status in RiskStatus:
                combo.addItem(status.label, status)
        elif col.editor == "strategy":
            combo.addItem("\u2014", None)
            for strategy in strategies(risk.kind):
                combo.addItem(strategy.label, strategy)
        elif col.editor == "owner" and data is not None:
            combo.addItem("\u2014", None)
            for person_id, name in data.people:
                combo.addItem(name, person_id)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))
        elif isinstance(editor, QDateEdit):
            editor.setDate(QDate(value.year, value.month, value.day) if value
                           else editor.minimumDate() if editor.minimumDate() == NONE_DATE
                           else QDate.currentDate())
        elif isinstance(editor, QComboBox):
            found = editor.findData(value)
            editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: QModelIndex) -> None:
        if isinstance(editor, QLineEdit):
            value: object = editor.text()
        elif isinstance(editor, QDateEdit):
            qd = editor.date()
            value = None if qd == NONE_DATE else date(qd.year(), qd.month(), qd.day())
        else:
            value = editor.currentData()
        model.setData(index, value, Qt.ItemDataRole.EditRole)
