"""Risk Scale and Matrix… : size, level names, rating bands and the rating of each cell.

A new size shows, before anything is applied, where every risk's scores will land.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.risk import SCALES, Matrix, Rating, default_cells, default_labels, remap_level
from app.models.risk_edits import ScaleChange
from app.views.risks.register_model import contrast

CODE_ROLE = Qt.ItemDataRole.UserRole


def _pair(p: int | None, i: int | None) -> str:
    return "\u2014" if p is None or i is None else f"{p}\u00d7{i}"


class _CellDelegate(QStyledItemDelegate):
    """A matrix cell is edited with a list of the dialog's ratings."""

    def __init__(self, dialog: ScaleDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog

    def createEditor(self, parent, option, index):  # noqa: N802
        combo = QComboBox(parent)
        for rating in self.dialog.ratings():
            combo.addItem(rating.label, rating.code)
        return combo

    def setEditorData(self, editor: QComboBox, index: QModelIndex) -> None:  # noqa: N802
        editor.setCurrentIndex(max(0, editor.findData(index.data(CODE_ROLE))))

    def setModelData(self, editor: QComboBox, model, index: QModelIndex) -> None:  # noqa: N802
        model.setData(index, editor.currentData(), CODE_ROLE)
        self.dialog.paint_cells()


class ScaleDialog(QDialog):
    def __init__(self, matrix: Matrix, language: str,
                 preview: Callable[[int], Sequence[ScaleChange]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.original, self.language, self.preview = matrix, language, preview
        self.setWindowTitle(self.tr("Risk Scale and Matrix"))
        self.size = QComboBox(self)
        for scale in SCALES:
            self.size.addItem(f"{scale} \u00d7 {scale}", scale)
        self.size.setCurrentIndex(self.size.findData(matrix.scale))
        self.levels = QTableWidget(0, 2, self)
        self.levels.setHorizontalHeaderLabels([self.tr("Probability"), self.tr("Impact")])
        self.levels.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.rating_table = QTableWidget(0, 2, self)
        self.rating_table.setHorizontalHeaderLabels([self.tr("Rating"), self.tr("Colour")])
        self.rating_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)
        self.rating_table.itemChanged.connect(self._rating_edited)
        add = QPushButton(self.tr("&Add Rating"), self)
        remove = QPushButton(self.tr("Re&move Rating"), self)
        colour = QPushButton(self.tr("C&hoose Colour\u2026"), self)
        add.clicked.connect(self._add_rating)
        remove.clicked.connect(self._remove_rating)
        colour.clicked.connect(self._choose_colour)
        self.grid = QTableWidget(0, 0, self)
        self.grid.setItemDelegate(_CellDelegate(self))
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.mapping = QLabel(self)
        self.mapping.setWordWrap(True)
        self.changes = QListWidget(self)
        self.changes.setMaximumHeight(self.fontMetrics().height() * 7)

        form = QFormLayout()
        form.addRow(self.tr("Matrix &size:"), self.size)
        levels_box = QGroupBox(self.tr("Level names"), self)
        QVBoxLayout(levels_box).addWidget(self.levels)
        ratings_box = QGroupBox(self.tr("Ratings (mildest first)"), self)
        ratings_layout = QVBoxLayout(ratings_box)
        ratings_layout.addWidget(self.rating_table)
        row = QHBoxLayout()
        for button in (add, remove, colour):
            row.addWidget(button)
        ratings_layout.addLayout(row)
        grid_box = QGroupBox(self.tr("Rating of each cell (rows: probability, columns: "
                                     "impact; double-click to change)"), self)
        QVBoxLayout(grid_box).addWidget(self.grid)
        self.preview_box = QGroupBox(self.tr("Scores after the change of size"), self)
        preview_layout = QVBoxLayout(self.preview_box)
        preview_layout.addWidget(self.mapping)
        preview_layout.addWidget(self.changes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(levels_box, 1)
        left.addWidget(ratings_box, 1)
        right = QVBoxLayout()
        right.addWidget(grid_box, 2)
        right.addWidget(self.preview_box, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(buttons)

        self._fill_ratings(matrix.ratings)
        self._fill_scale(matrix.scale, matrix.probability_labels, matrix.impact_labels,
                         matrix.cells)
        self.size.currentIndexChanged.connect(self._size_changed)
        self.resize(940, 620)

    # -- ratings -----------------------------------------------------------------------

    def _fill_ratings(self, ratings: Sequence[Rating]) -> None:
        self.rating_table.blockSignals(True)
        self.rating_table.setRowCount(0)
        for rating in ratings:
            self._append_rating(rating)
        self.rating_table.blockSignals(False)

    def _append_rating(self, rating: Rating) -> None:
        row = self.rating_table.rowCount()
        self.rating_table.insertRow(row)
        name = QTableWidgetItem(rating.label)
        name.setData(CODE_ROLE, rating.code)
        self.rating_table.setItem(row, 0, name)
        self.rating_table.setItem(row, 1, QTableWidgetItem(rating.color))
        self._paint_colour(row)

    def _paint_colour(self, row: int) -> None:
        item = self.rating_table.item(row, 1)
        color = QColor(item.text().strip())
        if color.isValid():
            item.setBackground(QBrush(color))
            item.setForeground(QBrush(contrast(color.name())))

    def ratings(self) -> list[Rating]:
        result = []
        for row in range(self.rating_table.rowCount()):
            name, colour = self.rating_table.item(row, 0), self.rating_table.item(row, 1)
            result.append(Rating(name.data(CODE_ROLE), name.text(), colour.text().strip(), row))
        return result

    def _rating_edited(self, item: QTableWidgetItem) -> None:
        if item.column() == 1:
            self.rating_table.blockSignals(True)
            self._paint_colour(item.row())
            self.rating_table.blockSignals(False)
        self.paint_cells()

    def _add_rating(self) -> None:
        codes = {r.code for r in self.ratings()}
        n = len(codes) + 1
        while f"rating{n}" in codes:
            n += 1
        self.rating_table.blockSignals(True)
        self._append_rating(Rating(f"rating{n}", self.tr("New rating"), "#9e9e9e", n))
        self.rating_table.blockSignals(False)
        self.rating_table.setCurrentCell(self.rating_table.rowCount() - 1, 0)
        self.rating_table.editItem(self.rating_table.currentItem())

    def _remove_rating(self) -> None:
        row = self.rating_table.currentRow()
        if row < 0 or self.rating_table.rowCount() <= 1:
            return
        gone = self.rating_table.item(row, 0).data(CODE_ROLE)
        self.rating_table.removeRow(row)
        fallback = self.ratings()[min(row, self.rating_table.rowCount() - 1)].code
        for item in self._grid_items():  # cells of the removed rating take a neighbour's
            if item.data(CODE_ROLE) == gone:
                item.setData(CODE_ROLE, fallback)
        self.paint_cells()

    def _choose_colour(self) -> None:
        row = self.rating_table.currentRow()
        if row < 0:
            return
        item = self.rating_table.item(row, 1)
        color = QColorDialog.getColor(QColor(item.text()), self)
        if color.isValid():
            item.setText(color.name())

    # -- levels and cells ----------------------------------------------------------------

    def scale(self) -> int:
        return self.size.currentData()

    def _fill_scale(self, scale: int, probability: Sequence[str], impact: Sequence[str],
                    cells: dict) -> None:
        self.levels.setRowCount(scale)
        self.levels.setVerticalHeaderLabels([str(n) for n in range(1, scale + 1)])
        for n in range(scale):
            self.levels.setItem(n, 0, QTableWidgetItem(probability[n]))
            self.levels.setItem(n, 1, QTableWidgetItem(impact[n]))
        self.grid.setRowCount(scale)
        self.grid.setColumnCount(scale)
        self.grid.setVerticalHeaderLabels([str(p) for p in range(scale, 0, -1)])
        self.grid.setHorizontalHeaderLabels([str(i) for i in range(1, scale + 1)])
        for row in range(scale):
            for col in range(scale):
                item = QTableWidgetItem()
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setData(CODE_ROLE, cells.get((scale - row, col + 1)))
                self.grid.setItem(row, col, item)
        self.paint_cells()
        self._show_preview(scale)

    def _grid_items(self) -> list[QTableWidgetItem]:
        n = self.grid.rowCount()
        return [self.grid.item(r, c) for r in range(n) for c in range(n)]

    def paint_cells(self) -> None:
        by_code = {r.code: r for r in self.ratings()}
        for item in self._grid_items():
            rating = by_code.get(item.data(CODE_ROLE))
            item.setText(rating.label if rating else "?")
            color = QColor(rating.color) if rating else QColor()
            if color.isValid():
                item.setBackground(QBrush(color))
                item.setForeground(QBrush(contrast(color.name())))

    def _size_changed(self) -> None:
        scale = self.scale()
        if scale == self.original.scale:
            m = self.original
            self._fill_scale(scale, m.probability_labels, m.impact_labels, m.cells)
        else:
            probability, impact = default_labels(scale, self.language)
            self._fill_scale(scale, probability, impact, default_cells(scale, self.ratings()))

    def _show_preview(self, scale: int) -> None:
        old = self.original.scale
        self.preview_box.setVisible(scale != old)
        if scale == old:
            return
        groups: dict[int, list[int]] = {}
        for level in range(1, old + 1):
            groups.setdefault(remap_level(level, old, scale), []).append(level)
        self.mapping.setText(self.tr("Levels map as: {mapping}. Review history is mapped the "
                                     "same way; Undo puts everything back.").format(
            mapping="; ".join(f"{', '.join(map(str, olds))} \u2192 {new}"
                              for new, olds in sorted(groups.items()))))
        self.changes.clear()
        for change in self.preview(scale):
            if change.old == change.new:
                continue
            self.changes.addItem(self.tr("{code}: {old} \u2192 {new}; residual {old_r} \u2192 "
                                         "{new_r}").format(
                code=change.code, old=_pair(*change.old[:2]), new=_pair(*change.new[:2]),
                old_r=_pair(*change.old[2:]), new_r=_pair(*change.new[2:])))

    # -- the result ----------------------------------------------------------------------

    def matrix(self) -> Matrix:
        scale = self.scale()
        probability = tuple(self.levels.item(n, 0).text() for n in range(scale))
        impact = tuple(self.levels.item(n, 1).text() for n in range(scale))
        cells = {(scale - r, c + 1): self.grid.item(r, c).data(CODE_ROLE)
                 for r in range(scale) for c in range(scale)}
        return Matrix(scale, probability, impact, tuple(self.ratings()), cells)
