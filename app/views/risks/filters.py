"""Which risks the register shows: status, owner, rating, category, overdue, text and
the heat-map cell that was clicked; sorting by each column's sort key."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QAbstractProxyModel, QModelIndex, QPersistentModelIndex, Qt

from app.core.enums import RiskKind, RiskStatus
from app.core.risk import is_open
from app.core.risk_summary import RiskFacts
from app.views.risks.columns import COLUMNS
from app.views.risks.register_model import RegisterModel

Index = QModelIndex | QPersistentModelIndex
OPEN = "open"  # the status filter's "all but closed"


@dataclass(frozen=True)
class Cell:
    """A heat-map cell: which matrix (kind, residual or not) and where."""

    kind: RiskKind
    residual: bool
    probability: int
    impact: int

    def holds(self, risk: RiskFacts) -> bool:
        p, i = ((risk.residual_probability, risk.residual_impact) if self.residual
                else (risk.probability, risk.impact))
        return risk.kind == self.kind and (p, i) == (self.probability, self.impact)


@dataclass(frozen=True)
class Filters:
    text: str = ""
    status: str = OPEN  # "" all, OPEN, or a RiskStatus value
    owner_id: int | None = None  # None any; 0 nobody
    rating: str = ""  # rating code, "" any
    category: str = ""
    overdue: bool = False
    cell: Cell | None = None


class RegisterFilter(QAbstractProxyModel):
    """Filters and sorts the register in Python lists, not per-row Qt callbacks.

    QSortFilterProxyModel asks Python for two values on every comparison, which
    made a sort of 2,000 risks take over half a second; here a filter or a sort is
    one pass over plain values, then one reset (the page keeps the selection).
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.filters = Filters()
        self.rows: list[int] = []  # source rows shown, in display order
        self.cell_free: list[int] = []  # source rows passing every filter but the cell
        self._position: dict[int, int] = {}
        self.sort_column = -1
        self.sort_order = Qt.SortOrder.AscendingOrder

    def source(self) -> RegisterModel:
        return self.sourceModel()

    def setSourceModel(self, model: RegisterModel) -> None:  # noqa: N802
        super().setSourceModel(model)
        # Begin our reset while the source still holds its old rows, so that the page
        # reads the selection it keeps from rows that still match.
        model.modelAboutToBeReset.connect(self.beginResetModel)
        model.modelReset.connect(self._end_source_reset)
        model.dataChanged.connect(self.invalidate)  # new values may filter or sort anew
        model.headerDataChanged.connect(self.headerDataChanged)
        self.invalidate()

    # -- filtering and sorting -------------------------------------------------------

    def set_filters(self, filters: Filters) -> None:
        if filters != self.filters:
            self.filters = filters
            self.invalidate()

    def update(self, **changes) -> None:
        self.set_filters(replace(self.filters, **changes))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column, self.sort_order = column, order
        self.invalidate()

    def sortColumn(self) -> int:  # noqa: N802
        return self.sort_column

    def sortOrder(self) -> Qt.SortOrder:  # noqa: N802
        return self.sort_order

    def invalidate(self, *_args) -> None:
        self.beginResetModel()
        self._rebuild()
        self.endResetModel()

    def _end_source_reset(self) -> None:
        self._rebuild()
        self.endResetModel()

    def _rebuild(self) -> None:
        model = self.source()
        self.cell_free = [n for n in range(len(model.risks))
                          if self.accepts(n, ignore_cell=True)] if model else []
        cell = self.filters.cell
        rows = [n for n in self.cell_free if cell is None or cell.holds(model.risks[n])]
        if model and 0 <= self.sort_column < model.columnCount():
            key = COLUMNS[self.sort_column].key
            keys = {n: model.sort_key(n, key) for n in rows}
            codes = {n: (len(model.risks[n].code), model.risks[n].code) for n in rows}
            descending = self.sort_order == Qt.SortOrder.DescendingOrder
            rows.sort(key=lambda n: (keys[n], codes[n]), reverse=descending)
        self.rows = rows
        self._position = {source: n for n, source in enumerate(rows)}

    def accepts(self, row: int, *, ignore_cell: bool = False) -> bool:
        """Whether source row `row` passes; the heat maps ask without the cell filter."""
        model = self.source()
        risk = model.risks[row]
        f = self.filters
        if f.status == OPEN and not is_open(risk.status):
            return False
        if f.status not in ("", OPEN) and risk.status != RiskStatus(f.status):
            return False
        if f.owner_id is not None and (risk.owner_id or 0) != f.owner_id:
            return False
        if f.rating:
            rating = model.rating(row)
            if rating is None or rating.code != f.rating:
                return False
        if f.category and risk.category != f.category:
            return False
        if f.overdue and not (model.data_ and risk.overdue(model.data_.today)):
            return False
        if f.cell is not None and not ignore_cell and not f.cell.holds(risk):
            return False
        return not f.text or f.text.casefold() in model.haystack(row)

    def visible_risks(self, *, ignore_cell: bool = False) -> list[RiskFacts]:
        """The risks shown (in source order); the heat maps ask without the cell."""
        risks = self.source().risks
        if ignore_cell:
            return [risks[n] for n in self.cell_free]
        return [risks[n] for n in sorted(self.rows)]

    # -- proxy plumbing --------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if parent.isValid() or not (0 <= row < len(self.rows)) \
                or not (0 <= column < len(COLUMNS)):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        return QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def mapToSource(self, proxy: Index) -> QModelIndex:  # noqa: N802
        if not proxy.isValid() or proxy.row() >= len(self.rows):
            return QModelIndex()
        return self.source().index(self.rows[proxy.row()], proxy.column())

    def mapFromSource(self, source: Index) -> QModelIndex:  # noqa: N802
        if not source.isValid() or source.row() not in self._position:
            return QModelIndex()
        return self.index(self._position[source.row()], source.column())

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        return self.source().headerData(section, orientation, role)
