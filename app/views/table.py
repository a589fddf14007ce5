"""A read-only table of rows, with filtering and sorting, used by interim pages."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout

from app.views.base import Page

Index = QModelIndex | QPersistentModelIndex


@dataclass
class Column:
    header: str  # source text, translated in the page's context
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft
    width: int = 0


@dataclass
class Row:
    """Display values plus optional styling of a row."""

    values: Sequence[Any]
    bold: bool = False
    background: dict[int, str] = field(default_factory=dict)  # column -> #rrggbb
    tooltip: dict[int, str] = field(default_factory=dict)
    sort: dict[int, Any] = field(default_factory=dict)  # column -> sort key


class RowsModel(QAbstractTableModel):
    def __init__(self, context: str, columns: Sequence[Column]) -> None:
        super().__init__()
        self.context, self.columns = context, list(columns)
        self.rows: list[Row] = []

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.context, self.columns[section].header)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            value = row.values[col]
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.UserRole:
            return row.sort.get(col, row.values[col])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.columns[col].align | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.FontRole and row.bold:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and col in row.background:
            return QBrush(QColor(row.background[col]))
        if role == Qt.ItemDataRole.ForegroundRole and col in row.background:
            color = QColor(row.background[col])
            return QBrush(QColor("#000000" if color.lightness() > 140 else "#ffffff"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tooltip.get(col)
        return None


class _SortProxy(QSortFilterProxyModel):
    def lessThan(self, left: Index, right: Index) -> bool:  # noqa: N802
        a, b = left.data(Qt.ItemDataRole.UserRole), right.data(Qt.ItemDataRole.UserRole)
        if a is None or b is None:
            return a is None and b is not None
        try:
            return a < b
        except TypeError:
            return str(a) < str(b)


class TablePage(Page):
    """A page showing `load()`'s rows read-only, filterable with Ctrl+F."""

    context = "TablePage"
    columns: Sequence[Column] = ()
    sortable = True

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.model = RowsModel(self.context, self.columns)
        self.proxy = _SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(self.sortable)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(
            self.view.fontMetrics().height() + 8)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        # Size columns from the first rows only: measuring 10,000 rows takes seconds.
        self.view.horizontalHeader().setResizeContentsPrecision(200)
        if self.sortable:
            self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.filter = QLineEdit(self)
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.filter.textChanged.connect(self._update_count)
        self.count = QLabel(self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(lambda: (self.filter.setFocus(), self.filter.selectAll()))
        self._sized = False
        self.retranslate()

    def load(self) -> list[Row]:
        raise NotImplementedError

    def note_text(self) -> str:
        return QCoreApplication.translate(
            "TablePage", "Read-only overview. This module's editor is not built yet.")

    def refresh(self) -> None:
        super().refresh()
        rows = self.load() if self.port else []
        self.model.set_rows(rows)
        if rows and not self._sized:
            self._sized = True
            self.view.resizeColumnsToContents()
            for i, column in enumerate(self.columns):
                width = self.view.columnWidth(i)
                self.view.setColumnWidth(i, min(max(width, column.width), 420))
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(QCoreApplication.translate("TablePage", "{shown} of {total}").format(
            shown=self.proxy.rowCount(), total=self.model.rowCount()))

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(
            QCoreApplication.translate("TablePage", "Filter (Ctrl+F)"))
        self.note.setText(self.note_text())
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                              max(0, len(self.columns) - 1))
            self.stale = True
            if self.isVisible() and self.port:
                self.refresh()
        super().changeEvent(event)
