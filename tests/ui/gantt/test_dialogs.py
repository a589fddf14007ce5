"""Task Information, remembered columns, tooltips."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.core.enums import ConstraintType
from app.ui.gantt.task_dialog import TaskDialog
from app.views.gantt.page import GanttPage
from app.views.gantt.tooltip import task_tooltip
from tests.ui.gantt.conftest import links, task


def test_task_information_is_one_undo_step(page, qtbot, window, monkeypatch):
    def fill(dialog):
        dialog.name.setText("Detailed design")
        dialog.duration.setText("4d")
        dialog.constraint.setCurrentIndex(dialog.constraint.findData("MSO"))
        dialog.predecessors.setText("2, 6SS")
        dialog.notes.setPlainText("Check the fire code.")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(TaskDialog, "exec", fill)
    page.select_ids([3], 3)
    qtbot.keyClick(page.table, Qt.Key.Key_F2, Qt.KeyboardModifier.ShiftModifier)
    row = task(page, 3)
    assert (row.name, row.duration, row.notes) == ("Detailed design", 1920,
                                                   "Check the fire code.")
    assert row.constraint_type == ConstraintType.MSO
    assert {(2, 3, "FS", 0), (6, 3, "SS", 0)} <= links(page)
    assert page.port.stack.count() == 1
    window.undo()
    assert task(page, 3).name == "Design" and (6, 3, "SS", 0) not in links(page)


def test_a_bad_value_in_the_dialog_keeps_it_open(page, qtbot, monkeypatch, errors):
    answers = iter([QDialog.DialogCode.Accepted, QDialog.DialogCode.Rejected])

    def fill(dialog):
        dialog.predecessors.setText("42")
        return next(answers)

    monkeypatch.setattr(TaskDialog, "exec", fill)
    page.canvas.task_activated.emit(3)
    assert errors and "42" in errors[0]
    assert page.port.stack.count() == 0


def test_columns_are_remembered(page, qtbot):
    header = page.table.horizontalHeader()
    page.show_column(page.model.column_of("slack"), True)
    header.moveSection(header.visualIndex(page.model.column_of("duration")), 1)
    page.table.setColumnWidth(page.model.column_of("name"), 333)
    again = GanttPage()
    qtbot.addWidget(again)
    assert not again.table.isColumnHidden(page.model.column_of("slack"))
    assert again.table.horizontalHeader().visualIndex(page.model.column_of("duration")) == 1
    assert again.table.columnWidth(page.model.column_of("name")) == 333


def test_tooltip_tells_dates_duration_and_slack(page):
    row = page.model.snapshot.by_id[6]
    text = task_tooltip(row, page.model.snapshot)
    assert "Spare" in text and "Duration: 2 d" in text and "Total slack:" in text
