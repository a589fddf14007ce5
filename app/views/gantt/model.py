"""The one item model the task table and the timeline share.

A flat list of the rows on show, in outline order: collapsed summaries hide their
tasks and a filter keeps matching tasks with their summaries. Flat rows keep the
timeline's row layout trivial (row i sits at i * row height) on 10,000-task plans.
The model never writes: an edit in a cell becomes `edit_requested`, which the page's
owner turns into a command; the refreshed snapshot then comes back through
`set_snapshot` / `rows_changed`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from app.views.gantt.columns import COLUMNS, DISPLAY, EDIT_TEXT, INDEX, ROLLED_UP
from app.views.gantt.data import GanttRow, Snapshot
from app.views.gantt.tooltip import risk_text

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the GanttRow itself
Filter = Callable[[GanttRow], bool]


class GanttModel(QAbstractTableModel):
    edit_requested = Signal(int, str, str)  # task id, column key, text typed
    toggled = Signal()  # a summary was expanded or collapsed

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.snapshot = Snapshot()
        self.rows: list[GanttRow] = []  # the rows on show
        self.row_of: dict[int, int] = {}  # task id -> index in rows
        self.collapsed: set[int] = set()
        self.filter: Filter | None = None
        self._texts: dict[int, dict[str, object]] = {}  # task id -> column -> shown text
        self._bold = QFont()
        self._bold.setBold(True)

    # -- contents --------------------------------------------------------------------

    def set_snapshot(self, snapshot: Snapshot) -> None:
        self.beginResetModel()
        self.snapshot = snapshot
        self._texts.clear()
        self.collapsed &= set(snapshot.by_id)
        self._layout()
        self.endResetModel()

    def set_filter(self, predicate: Filter | None) -> None:
        self.beginResetModel()
        self.filter = predicate
        self._layout()
        self.endResetModel()

    def rows_changed(self, rows: Iterable[GanttRow]) -> None:
        """Repaint the cells of rows whose values changed in place."""
        rows = list(rows)
        for row in rows:
            self._texts.pop(row.id, None)
        shown = [self.row_of[r.id] for r in rows if r.id in self.row_of]
        if shown:
            self.dataChanged.emit(self.index(min(shown), 0),
                                  self.index(max(shown), len(COLUMNS) - 1))

    def all_changed(self) -> None:
        self._texts.clear()
        if self.rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, len(COLUMNS) - 1))

    def _layout(self) -> None:
        self.rows = self._shown_rows()
        self.row_of = {row.id: i for i, row in enumerate(self.rows)}

    def _shown_rows(self) -> list[GanttRow]:
        every = self.snapshot.rows
        keep: set[int] | None = None
        if self.filter is not None:
            keep = set()
            by_id = self.snapshot.by_id
            for row in every:
                if row.id not in keep and self.filter(row):
                    keep.add(row.id)
                    parent = by_id.get(row.parent_id)
                    while parent is not None and parent.id not in keep:
                        keep.add(parent.id)
                        parent = by_id.get(parent.parent_id)
        result = []
        hide_below = 0  # level under which rows are hidden (0: none)
        for row in every:
            if hide_below and row.level > hide_below:
                continue
            hide_below = 0
            if keep is not None and row.id not in keep:
                continue
            result.append(row)
            if row.id in self.collapsed:
                hide_below = row.level
        return result

    # -- expand and collapse ---------------------------------------------------------

    def is_collapsed(self, task_id: int) -> bool:
        return task_id in self.collapsed

    def toggle(self, task_id: int) -> None:
        self.set_collapsed(task_id, task_id not in self.collapsed)

    def set_collapsed(self, task_id: int, collapsed: bool) -> None:
        row = self.snapshot.by_id.get(task_id)
        if row is None or not row.summary or (task_id in self.collapsed) == collapsed:
            return
        (self.collapsed.add if collapsed else self.collapsed.discard)(task_id)
        at = self.row_of.get(task_id)
        if at is None:  # hidden itself: only remembered
            return
        new_rows = self._shown_rows()
        delta = len(new_rows) - len(self.rows)
        if delta < 0:
            self.beginRemoveRows(QModelIndex(), at + 1, at - delta)
        elif delta > 0:
            self.beginInsertRows(QModelIndex(), at + 1, at + delta)
        self.rows = new_rows
        self.row_of = {r.id: i for i, r in enumerate(self.rows)}
        if delta < 0:
            self.endRemoveRows()
        elif delta > 0:
            self.endInsertRows()
        self.dataChanged.emit(self.index(at, 0), self.index(at, len(COLUMNS) - 1))
        self.toggled.emit()

    def set_all_collapsed(self, collapsed: bool, level: int = 1) -> None:
        self.beginResetModel()
        self.collapsed = {r.id for r in self.snapshot.rows
                          if r.summary and r.level >= level} if collapsed else set()
        self._layout()
        self.endResetModel()
        self.toggled.emit()

    # -- Qt's model interface --------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("GanttColumns", COLUMNS[section].header)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return COLUMNS[section].align | Qt.AlignmentFlag.AlignVCenter
        return None

    def row(self, index: Index) -> GanttRow:
        return self.rows[index.row()]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            # Formatting dates through QLocale is the costly part of a repaint: cached.
            texts = self._texts.get(row.id)
            if texts is None:
                texts = self._texts[row.id] = {}
            text = texts.get(column.key)
            if text is None:
                text = texts[column.key] = DISPLAY[column.key](row, self.snapshot)
            return text
        if role == Qt.ItemDataRole.EditRole:
            edit = EDIT_TEXT.get(column.key, DISPLAY[column.key])
            return str(edit(row, self.snapshot))
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.align | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.FontRole and row.summary:
            return self._bold
        if column.key == "risks" and row.id in self.snapshot.risks:
            worst = self.snapshot.risks[row.id].worst
            if role == Qt.ItemDataRole.DecorationRole and worst is not None:
                return QColor(worst.color)  # the worst linked risk's rating colour
            if role == Qt.ItemDataRole.ToolTipRole:
                return risk_text(self.snapshot.risks[row.id])
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.key == "notes" and row.notes:
                return row.notes
            if column.key == "name":
                return row.name
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = COLUMNS[index.column()]
        row = self.rows[index.row()]
        if column.editable and not (row.summary and column.key in ROLLED_UP):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row = self.rows[index.row()]
        key = COLUMNS[index.column()].key
        text = "" if value is None else str(value)
        if text.strip() == str(self.data(index, Qt.ItemDataRole.EditRole)).strip():
            return False  # nothing typed: no command, no undo step
        self.edit_requested.emit(row.id, key, text)
        return True

    def column_of(self, key: str) -> int:
        return INDEX[key]
