"""One selection for the register, the grid and the matrix.

The register's selection model is the truth; the grid and the matrix mirror it and
ask it to change. A flag stops the matrix's echo from coming back as a new request.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QObject

from app.views.stakeholders.engagement_matrix import EngagementMatrix
from app.views.stakeholders.grid_widget import PowerInterestGrid
from app.views.stakeholders.register_model import ID_ROLE, RegisterModel
from app.views.stakeholders.register_view import RegisterProxy, RegisterView

Flag = QItemSelectionModel.SelectionFlag


class SharedSelection(QObject):
    def __init__(self, register: RegisterView, grid: PowerInterestGrid,
                 matrix: EngagementMatrix, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.register, self.grid, self.matrix = register, grid, matrix
        self.proxy: RegisterProxy = register.model()
        self.model: RegisterModel = self.proxy.sourceModel()
        self._syncing = False
        register.selectionModel().selectionChanged.connect(self.mirror)
        matrix.selectionModel().selectionChanged.connect(self._from_matrix)
        grid.selection_requested.connect(self.select)

    def ids(self) -> list[int]:
        rows = self.register.selectionModel().selectedRows()
        return [index.data(ID_ROLE) for index in sorted(rows, key=lambda i: i.row())]

    def select(self, ids: Iterable[int], toggle: bool = False) -> None:
        selection = QItemSelection()
        for person_id in ids:
            row = self.model.row_of(person_id)
            index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else None
            if index is not None and index.isValid():
                selection.select(index, index)
        model = self.register.selectionModel()
        model.select(selection, Flag.Rows | (Flag.Toggle if toggle else Flag.ClearAndSelect))
        if not selection.isEmpty():
            first = selection.indexes()[0]
            model.setCurrentIndex(first, Flag.NoUpdate)
            self.register.scrollTo(first)

    def mirror(self, *_args) -> None:
        """Show the register's selection in the grid and the matrix."""
        if self._syncing:
            return
        ids = set(self.ids())
        self.grid.set_selected(ids)
        selection = QItemSelection()
        for row, record in enumerate(self.matrix.matrix.records):
            if record.id in ids:
                left = self.matrix.matrix.index(row, 0)
                selection.select(left, left)
        self._syncing = True
        try:
            self.matrix.selectionModel().select(selection, Flag.ClearAndSelect | Flag.Rows)
        finally:
            self._syncing = False

    def _from_matrix(self, *_args) -> None:
        if self._syncing:
            return
        rows = self.matrix.selectionModel().selectedRows()
        self._syncing = True
        try:
            self.select([self.matrix.matrix.records[i.row()].id for i in rows])
        finally:
            self._syncing = False
        self.grid.set_selected(self.ids())
