"""The register grid: sorting, filtering by text and quadrant, inline editing."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from app.core.stakeholders import Quadrant
from app.models.stakeholders import StakeholderRecord
from app.views.stakeholders.delegates import RegisterDelegate
from app.views.stakeholders.register_model import COLUMN_OF, SORT_ROLE, RegisterModel

SEARCHED = ("name", "organisation", "title", "contact", "strategy", "communication", "notes")
WIDTHS = {"name": 130, "organisation": 160, "title": 170, "contact": 150, "strategy": 220,
          "communication": 180, "notes": 160}


class RegisterProxy(QSortFilterProxyModel):
    """Rows whose text holds the filter (any searched field) in the chosen quadrant."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.text = ""
        self.quadrant: Quadrant | None = None
        self.setSortRole(SORT_ROLE)

    def set_text(self, text: str) -> None:
        self._refilter(lambda: setattr(self, "text", text.casefold().strip()))

    def set_quadrant(self, quadrant: Quadrant | None) -> None:
        self._refilter(lambda: setattr(self, "quadrant", quadrant))

    def _refilter(self, change) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+; invalidateFilter is deprecated
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:  # noqa: N802
        model: RegisterModel = self.sourceModel()
        record = model.record(row)
        if self.quadrant is not None and record.quadrant(model.scale) is not self.quadrant:
            return False
        return not self.text or any(self.text in str(getattr(record, f)).casefold()
                                    for f in SEARCHED)

    def visible_records(self) -> list[StakeholderRecord]:
        model: RegisterModel = self.sourceModel()
        return [model.record(self.mapToSource(self.index(r, 0)).row())
                for r in range(self.rowCount())]


class RegisterView(QTableView):
    def __init__(self, proxy: RegisterProxy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(proxy)
        self.setItemDelegate(RegisterDelegate(self))
        self.setSortingEnabled(True)
        self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # register order until asked
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.SelectedClicked)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self._sized = False

    def size_columns(self) -> None:
        """Once, from the first rows: fit short columns, cap the long text ones."""
        if self._sized or not self.model().rowCount():
            return
        self._sized = True
        self.horizontalHeader().setResizeContentsPrecision(100)
        self.resizeColumnsToContents()
        for field, width in WIDTHS.items():
            column = COLUMN_OF[field]
            self.setColumnWidth(column, min(self.columnWidth(column), width + 60))
