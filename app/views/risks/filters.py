"""Which risks the register shows: status, owner, rating, category, overdue, text and
the heat-map cell that was clicked; sorting by each column's sort key."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from app.core.enums import RiskKind, RiskStatus
from app.core.risk import is_open
from app.core.risk_summary import RiskFacts
from app.views.risks.register_model import SORT_ROLE, RegisterModel

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


class RegisterFilter(QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.filters = Filters()
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(False)  # resort on refresh, not on every dataChanged

    def source(self) -> RegisterModel:
        return self.sourceModel()

    def set_filters(self, filters: Filters) -> None:
        if filters != self.filters:
            self.beginFilterChange()
            self.filters = filters
            self.endFilterChange()

    def update(self, **changes) -> None:
        self.set_filters(replace(self.filters, **changes))

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
        if f.text:
            needle = f.text.casefold()
            hay = " ".join((risk.code, risk.title, risk.category, risk.cause, risk.event,
                            risk.effect, risk.owner, risk.actions, risk.trigger))
            if needle not in hay.casefold():
                return False
        return True

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        return self.accepts(source_row)

    def lessThan(self, left: Index, right: Index) -> bool:  # noqa: N802
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            return a < b
        except TypeError:
            return str(a) < str(b)

    def visible_risks(self, *, ignore_cell: bool = False) -> list[RiskFacts]:
        model = self.source()
        return [risk for n, risk in enumerate(model.risks)
                if self.accepts(n, ignore_cell=ignore_cell)]
