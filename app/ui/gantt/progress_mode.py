"""The Gantt table's progress update mode: only the columns progress is entered in,
and after each entry the next task becomes current (as Project's Tracking table)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel

from app.views.gantt.columns import COLUMNS
from app.views.gantt.page import GanttPage

TRACKING = ("id", "name", "duration", "start", "finish", "percent", "actual_start",
            "actual_finish", "cost", "actual_cost")


class ProgressMode:
    def __init__(self, page: GanttPage) -> None:
        self.page = page
        self.on = False
        self._hidden: list[bool] = []  # the columns as they were before

    def set_on(self, on: bool) -> None:
        if on == self.on:
            return
        self.on = on
        table = self.page.table
        if on:
            self._hidden = [table.isColumnHidden(i) for i in range(len(COLUMNS))]
            for i, column in enumerate(COLUMNS):
                shown = column.key in TRACKING
                table.setColumnHidden(i, not shown)
                if shown and table.columnWidth(i) < 20:
                    table.setColumnWidth(i, column.width)
            percent = self.page.model.column_of("percent")
            index = table.currentIndex()
            row = index.row() if index.isValid() else 0
            if self.page.model.rowCount():
                table.setCurrentIndex(self.page.model.index(row, percent))
        else:
            for i, hidden in enumerate(self._hidden):
                table.setColumnHidden(i, hidden)
        self.page.save_settings()

    def next_row(self) -> None:
        table = self.page.table
        index = table.currentIndex()
        if not index.isValid() or index.row() + 1 >= self.page.model.rowCount():
            return
        below = self.page.model.index(index.row() + 1, index.column())
        table.selectionModel().setCurrentIndex(
            below, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        table.scrollTo(below)
