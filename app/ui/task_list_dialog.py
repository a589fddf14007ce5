"""Import → Task List from a Spreadsheet: the column-mapping step with a live preview.

Columns are mapped automatically from their names (English or Chinese); each can be
changed here while the preview shows the tasks as they would be read, with every
problem named by row and column. Import stays disabled while there are problems,
unless "Skip rows with problems" is ticked.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.durations import format_duration
from app.core.i18n import translate
from app.io.excel.cells import text_of
from app.io.excel.foreign import ForeignRead, read_rows
from app.io.excel.foreign_read import FIELD_NAMES, FIELDS, Table, auto_mapping, find_header

PREVIEW_ROWS = 300


class TaskListDialog(QDialog):
    def __init__(self, tables: list[Table], file_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tables = tables
        self.read: ForeignRead | None = None
        self.setWindowTitle(self.tr("Import Task List from {file}").format(file=file_name))
        self.resize(1000, 640)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.sheet = QComboBox()
        self.sheet.addItems([t.title for t in tables])
        self.header = QSpinBox()
        self.header.setMinimum(1)
        top.addWidget(QLabel(self.tr("&Sheet:")))
        top.itemAt(0).widget().setBuddy(self.sheet)
        top.addWidget(self.sheet, 1)
        header_label = QLabel(self.tr("&Header row:"))
        header_label.setBuddy(self.header)
        top.addWidget(header_label)
        top.addWidget(self.header)
        layout.addLayout(top)
        split = QSplitter(Qt.Orientation.Horizontal)
        form_box = QWidget()
        self.form = QFormLayout(form_box)
        self.combos: dict[str, QComboBox] = {}
        for key in FIELDS:
            combo = QComboBox()
            combo.currentIndexChanged.connect(self._refresh)
            self.combos[key] = combo
            label = QLabel(translate("excel", FIELD_NAMES[key]) + ":")
            label.setBuddy(combo)
            self.form.addRow(label, combo)
        split.addWidget(form_box)
        right = QSplitter(Qt.Orientation.Vertical)
        self.preview = QTableWidget()
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.verticalHeader().hide()  # the sheet's own row numbers are a column
        right.addWidget(self.preview)
        self.problems = QListWidget()
        right.addWidget(self.problems)
        right.setSizes([420, 140])
        split.addWidget(right)
        split.setSizes([330, 670])
        layout.addWidget(split, 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.skip = QCheckBox(self.tr("S&kip rows with problems"))
        self.skip.toggled.connect(self._update_ok)
        layout.addWidget(self.skip)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.sheet.currentIndexChanged.connect(self._sheet_changed)
        self.header.valueChanged.connect(self._header_changed)
        self._sheet_changed()

    # -- state ---------------------------------------------------------------------

    @property
    def table(self) -> Table:
        return self.tables[max(0, self.sheet.currentIndex())]

    def mapping(self) -> dict[str, int | None]:
        return {key: combo.currentData() for key, combo in self.combos.items()}

    def _sheet_changed(self) -> None:
        table = self.table
        table.header_row = find_header(table)
        self.header.blockSignals(True)
        self.header.setMaximum(max(1, len(table.rows)))
        self.header.setValue(table.header_row + 1)
        self.header.blockSignals(False)
        self._fill_combos(auto_mapping(table))

    def _header_changed(self, value: int) -> None:
        self.table.header_row = min(value - 1, max(0, len(self.table.rows) - 1))
        self._fill_combos(auto_mapping(self.table))

    def _fill_combos(self, mapping: dict[str, int | None]) -> None:
        table = self.table
        for key, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("\u2014 not used \u2014"), None)
            for index in range(table.width):
                combo.addItem(table.column_name(index), index)
            chosen = mapping.get(key)
            combo.setCurrentIndex(0 if chosen is None else chosen + 1)
            combo.blockSignals(False)
        self._refresh()

    # -- preview ---------------------------------------------------------------------

    def _refresh(self) -> None:
        table = self.table
        sample = replace(table, rows=table.rows[:table.header_row + 1 + PREVIEW_ROWS])
        sample.header_row = table.header_row
        mapping = self.mapping()
        self.read = read_rows(sample, mapping) if mapping["name"] is not None else None
        columns = [self.tr("Row"), translate("excel", FIELD_NAMES["name"]),
                   translate("excel", FIELD_NAMES["duration"]), self.tr("Start no earlier than"),
                   translate("excel", FIELD_NAMES["predecessors"]),
                   translate("excel", FIELD_NAMES["people"]),
                   translate("excel", FIELD_NAMES["percent"])]
        self.preview.clear()
        self.preview.setColumnCount(len(columns))
        self.preview.setHorizontalHeaderLabels(columns)
        rows = self.read.rows if self.read else []
        self.preview.setRowCount(len(rows))
        for n, row in enumerate(rows):
            values = [str(row.row), "    " * (row.level - 1) + row.values["name"],
                      format_duration(row.values["duration"]),
                      text_of(row.values.get("constraint_date")), row.predecessors,
                      ", ".join(row.people), f"{row.values['percent_complete']}"]
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if row.problems:
                    item.setToolTip("\n".join(p.problem for p in row.problems))
                    font = item.font()
                    font.setItalic(True)
                    item.setFont(font)
                self.preview.setItem(n, column, item)
        self.preview.resizeColumnsToContents()
        self.problems.clear()
        for problem in (self.read.problems if self.read else []):
            self.problems.addItem(problem.message())
        self._update_ok()

    def _update_ok(self) -> None:
        read = self.read
        if read is None:
            self.status.setText(self.tr("Choose the column that holds the task names."))
            self.ok.setEnabled(False)
            return
        more = len(self.table.rows) - self.table.header_row - 1 > PREVIEW_ROWS
        text = self.tr("{tasks} tasks read, {bad} rows with problems.").format(
            tasks=len(read.rows), bad=read.bad_rows)
        if more:
            text += " " + self.tr("The preview shows the first {count} rows.").format(
                count=PREVIEW_ROWS)
        self.status.setText(text)
        self.ok.setEnabled(bool(read.rows) and (not read.problems or self.skip.isChecked()))
