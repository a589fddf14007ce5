"""The RACI matrix as a Qt table: column 0 is the row's check, then one per person/role.

Rows are the tasks that pass the filters (deliverables only, problems only, text).
The model never writes: edits leave as `edit_requested` and come back as a new
matrix after the command ran. Everything `data()` needs is precomputed per row, so
painting 1,000 x 40 cells costs list look-ups only.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from app.core.enums import RaciVariant
from app.core.i18n import translate
from app.core.raci import (
    COLORS,
    MEANINGS,
    ColumnLoad,
    Finding,
    Level,
    Matrix,
    RaciRow,
    level_of,
)
from app.views.raci.delegates import status_icon

Index = QModelIndex | QPersistentModelIndex
CHECK = 0  # the column showing what is wrong with a row
TASK_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_TINTS = {Level.ERROR: "#ffcdd2", Level.WARNING: "#ffe0b2"}
_BLACK = QColor("#000000")


class RaciModel(QAbstractTableModel):
    edit_requested = Signal(object)  # {(row, column): value} in view coordinates

    def __init__(self) -> None:
        super().__init__()
        self.matrix = Matrix()
        self.findings: list[list[Finding]] = []  # per matrix row
        self.levels: list[Level] = []
        self.loads: list[ColumnLoad] = []
        self.visible: list[int] = []  # matrix row numbers shown, in order
        self.deliverables_only = True
        self.problems_only = False
        self.text = ""
        self._bold = QFont()
        self._bold.setBold(True)
        self._brushes = {v: QBrush(QColor(c)) for v, c in COLORS.items()}
        self._tints = {k: QBrush(QColor(c)) for k, c in _TINTS.items()}

    # -- content ---------------------------------------------------------------------

    def set_matrix(self, matrix: Matrix) -> None:
        """Show a freshly loaded matrix; same rows and columns update in place, and only
        the rows whose letters changed are checked again."""
        old = self.matrix
        same = ([c.role_id for c in matrix.columns] == [c.role_id for c in old.columns]
                and [r.task_id for r in matrix.rows] == [r.task_id for r in old.rows])
        rules_kept = (same and matrix.variant == old.variant
                      and matrix.thresholds == old.thresholds
                      and [c.name for c in matrix.columns] == [c.name for c in old.columns])
        self.matrix = matrix
        if rules_kept:
            for n, (new, was) in enumerate(zip(matrix.rows, old.rows, strict=True)):
                if new.cells != was.cells:
                    self.findings[n] = matrix.check(new)
                    self.levels[n] = level_of(self.findings[n])
        else:
            self.findings = [matrix.check(row) for row in matrix.rows]
            self.levels = [level_of(f) for f in self.findings]
        self.loads = matrix.loads()
        visible = self._filtered()
        if same and visible == self.visible:
            if self.visible:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(len(self.visible) - 1, self.columnCount() - 1))
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
            return
        self.beginResetModel()
        self.visible = visible
        self.endResetModel()

    def counts(self) -> tuple[int, int]:
        """Rows with errors, rows with warnings (all rows, whatever the filters)."""
        return (sum(level == Level.ERROR for level in self.levels),
                sum(level == Level.WARNING for level in self.levels))

    def set_filters(self, *, deliverables_only: bool | None = None,
                    problems_only: bool | None = None, text: str | None = None) -> None:
        if deliverables_only is not None:
            self.deliverables_only = deliverables_only
        if problems_only is not None:
            self.problems_only = problems_only
        if text is not None:
            self.text = text.strip().casefold()
        self.beginResetModel()
        self.visible = self._filtered()
        self.endResetModel()

    def _filtered(self) -> list[int]:
        shown = []
        for n, row in enumerate(self.matrix.rows):
            if self.deliverables_only and not row.deliverable and not any(row.cells):
                continue
            if self.problems_only and self.levels[n] == Level.OK:
                continue
            if self.text and self.text not in f"{row.wbs} {row.name}".casefold():
                continue
            shown.append(n)
        return shown

    def row_at(self, view_row: int) -> RaciRow:
        return self.matrix.rows[self.visible[view_row]]

    def value(self, view_row: int, column: int) -> str:
        return self.row_at(view_row).cells[column - 1] if column > CHECK else ""

    def view_row_of(self, task_id: int) -> int | None:
        for i, n in enumerate(self.visible):
            if self.matrix.rows[n].task_id == task_id:
                return i
        return None

    def column_of(self, role_id: int) -> int | None:
        for i, column in enumerate(self.matrix.columns):
            if column.role_id == role_id:
                return i + 1
        return None

    # -- Qt's model interface ----------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.matrix.columns) + 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base if index.column() == CHECK else base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        n = self.visible[index.row()]
        column = index.column()
        if column == CHECK:
            return self._check_data(n, role)
        value = self.matrix.rows[n].cells[column - 1]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return value
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._brushes.get(value)
        if role == Qt.ItemDataRole.ForegroundRole:
            return _BLACK if value else None  # pastel backgrounds, dark palette or not
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole and value:
            meaning = MEANINGS.get(value)
            return (f"{self.matrix.columns[column - 1].name}: "
                    f"{translate('raci', meaning) if meaning else value}")
        if role == TASK_ID_ROLE:
            return self.matrix.rows[n].task_id
        return None

    def _check_data(self, n: int, role: int) -> Any:
        findings = self.findings[n]
        if role == Qt.ItemDataRole.DisplayRole:
            return ", ".join(f.short() for f in findings)
        if role == Qt.ItemDataRole.DecorationRole and findings:
            return status_icon(self.levels[n])
        if role == Qt.ItemDataRole.ToolTipRole and findings:
            return "\n".join(f.message() for f in findings)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._tints.get(self.levels[n])
        if role == Qt.ItemDataRole.ForegroundRole and findings:
            return _BLACK
        if role == TASK_ID_ROLE:
            return self.matrix.rows[n].task_id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return self._row_header(section, role)
        if section == CHECK:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("Check")
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("What is wrong with the row: exactly one A and at least one R "
                               "are needed")
            return None
        column, load = self.matrix.columns[section - 1], self.loads[section - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("{name}\nR {r} \u00b7 A {a}").format(
                name=column.name, r=load.counts["R"], a=load.counts["A"])
        if role == Qt.ItemDataRole.DecorationRole and load.overloaded:
            return status_icon(Level.WARNING)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self.tr("{name}: responsible on {r}, accountable on {a}, consulted on {c}, "
                          "informed on {i} rows.").format(
                name=column.name, r=load.counts["R"], a=load.counts["A"],
                c=load.counts["C"], i=load.counts["I"])
            if self.matrix.variant == RaciVariant.RASCI:
                tip += " " + self.tr("Support on {s} rows.").format(s=load.counts["S"])
            if load.overloaded:
                tip += "\n" + self.tr("Overloaded: R or A on {load} rows (more than {max}).") \
                    .format(load=load.load, max=self.matrix.thresholds.max_load)
            return tip
        return None

    def _row_header(self, section: int, role: int) -> Any:
        row = self.row_at(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.wbs}  {'  ' * (row.level - 1)}{row.name}"
        if role == Qt.ItemDataRole.FontRole and row.summary:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.wbs} {row.name}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        return None

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        """A delegate's edit becomes a request; the page turns it into a command."""
        if role != Qt.ItemDataRole.EditRole or index.column() == CHECK:
            return False
        if value != self.value(index.row(), index.column()):
            self.edit_requested.emit({(index.row(), index.column()): value})
        return False
