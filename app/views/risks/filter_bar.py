"""The register's filter row: text, status, owner, rating, category, overdue, cell."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from app.core.enums import RiskStatus
from app.views.risks.data import RegisterData
from app.views.risks.filters import OPEN, Cell, Filters

ANY = "\x00any"  # combo data meaning "no filter" where None is itself a value


class FilterBar(QWidget):
    changed = Signal()
    cell_cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLineEdit(self)
        self.text.setClearButtonEnabled(True)
        self.status = QComboBox(self)
        self.owner = QComboBox(self)
        self.rating = QComboBox(self)
        self.category = QComboBox(self)
        for combo in (self.status, self.owner, self.rating, self.category):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMaximumWidth(200)
            combo.currentIndexChanged.connect(self.changed)
        self.overdue = QCheckBox(self)
        self.overdue.toggled.connect(self.changed)
        self.text.textChanged.connect(self.changed)
        self.cell = QToolButton(self)
        self.cell.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.cell.clicked.connect(self.cell_cleared)
        self.cell.hide()
        self.count = QLabel(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        for widget in (self.status, self.owner, self.rating, self.category, self.overdue,
                       self.cell, self.count):
            layout.addWidget(widget)
        self._people: list[tuple[int, str]] = []
        self._ratings: list[tuple[str, str]] = []
        self._categories: list[str] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.text.setPlaceholderText(self.tr("Filter risks (Ctrl+F)"))
        self.overdue.setText(self.tr("&Overdue reviews"))
        self._fill_status()
        self._fill_lists()

    def _refill(self, combo: QComboBox, items: list[tuple[str, object]]) -> None:
        """Replace a combo's items, keeping the chosen filter when it still exists."""
        current = combo.currentData() if combo.count() else ANY
        combo.blockSignals(True)
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        found = combo.findData(current)
        combo.setCurrentIndex(found if found >= 0 else 0)
        combo.blockSignals(False)
        if combo.currentData() != current:
            self.changed.emit()

    def _fill_status(self) -> None:
        items: list[tuple[str, object]] = [(self.tr("Open risks"), OPEN),
                                           (self.tr("All statuses"), "")]
        items += [(s.label, s.value) for s in RiskStatus]
        self._refill(self.status, items)

    def _fill_lists(self) -> None:
        self._refill(self.owner, [(self.tr("All owners"), ANY), (self.tr("No owner"), 0)]
                     + [(name, pid) for pid, name in self._people])
        self._refill(self.rating, [(self.tr("All ratings"), ANY)]
                     + [(label, code) for code, label in self._ratings])
        self._refill(self.category, [(self.tr("All categories"), ANY)]
                     + [(c, c) for c in self._categories])

    def fill(self, data: RegisterData) -> None:
        self._people = list(data.people)
        self._ratings = [(r.code, r.label) for r in data.matrix.ratings]
        self._categories = sorted({r.category for r in data.risks if r.category},
                                  key=str.casefold)
        self._fill_lists()

    def filters(self, cell: Cell | None) -> Filters:
        owner, rating, category = (self.owner.currentData(), self.rating.currentData(),
                                   self.category.currentData())
        return Filters(text=self.text.text().strip(), status=self.status.currentData() or "",
                       owner_id=None if owner in (ANY, None) else owner,
                       rating="" if rating in (ANY, None) else rating,
                       category="" if category in (ANY, None) else category,
                       overdue=self.overdue.isChecked(), cell=cell)

    def set_cell_text(self, text: str | None) -> None:
        self.cell.setVisible(bool(text))
        if text:
            self.cell.setText(f"{text}  \u2715")
            self.cell.setToolTip(self.tr("Show every cell again"))

    def set_count(self, shown: int, total: int) -> None:
        self.count.setText(self.tr("{shown} of {total}").format(shown=shown, total=total))

    def clear(self) -> None:
        for widget in (self.text, self.status, self.owner, self.rating, self.category,
                       self.overdue):
            widget.blockSignals(True)
        self.text.clear()
        self.status.setCurrentIndex(0)
        for combo in (self.owner, self.rating, self.category):
            combo.setCurrentIndex(0)
        self.overdue.setChecked(False)
        for widget in (self.text, self.status, self.owner, self.rating, self.category,
                       self.overdue):
            widget.blockSignals(False)
        self.changed.emit()
