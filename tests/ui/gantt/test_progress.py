"""Progress tracking on the Gantt page: the update mode, actual dates and costs typed
in the table, and Mark on Track for a selection."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.models.project import Project
from tests.ui.gantt.conftest import task
from tests.ui.gantt.test_table_edits import type_into


def set_status(page, day: date) -> None:
    with page.port.document.session() as session:
        session.get_one(Project, 1).status_date = day
    page.refresh()


def test_progress_mode_shows_the_tracking_columns_and_moves_down(page, qtbot, window):
    actions = window.gantt.actions
    table = page.table
    keys = [c for c in ("predecessors", "people", "actual_start", "cost")]
    before = {k: table.isColumnHidden(page.model.column_of(k)) for k in keys}
    assert before == {"predecessors": False, "people": False, "actual_start": True,
                      "cost": True}
    qtbot.keyClick(table, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert actions.actions["progress_mode"].isChecked()
    shown = {k: not table.isColumnHidden(page.model.column_of(k)) for k in keys}
    assert shown == {"predecessors": False, "people": False, "actual_start": True,
                     "cost": True}
    type_into(page, qtbot, 2, "percent", "50")
    assert task(page, 2).percent_complete == 50
    assert page.current_id() == 3  # on to the next task, same column
    type_into(page, qtbot, 3, "cost", "12,000")
    type_into(page, qtbot, 3, "actual_cost", "\u00a5 3500.50")
    saved = task(page, 3)
    assert (saved.cost, saved.actual_cost) == (12000, 3500.5)
    actions.actions["progress_mode"].trigger()
    assert not table.isColumnHidden(page.model.column_of("people"))
    assert table.isColumnHidden(page.model.column_of("cost"))


def test_a_bad_amount_is_refused_with_a_message(page, qtbot, errors):
    type_into(page, qtbot, 2, "cost", "a lot")
    assert errors and "\u201ca lot\u201d is not an amount" in errors[0]
    assert task(page, 2).cost == 0


def test_actual_finish_completes_the_task_in_one_undo_step(page, qtbot, window):
    type_into(page, qtbot, 2, "actual_finish", "2026-03-04")
    done = task(page, 2)
    assert done.percent_complete == 100
    assert done.actual_finish == datetime(2026, 3, 4, 17)
    assert done.actual_start == datetime(2026, 3, 2, 8)
    window.actions_["undo"].trigger()
    assert task(page, 2).percent_complete == 0 and task(page, 2).actual_finish is None


def test_mark_on_track_as_of_the_status_date(page, qtbot, window):
    # Survey 2 d from Mon 2 March, Design 3 d from Wed 4, Build 1 d from Mon 9.
    set_status(page, date(2026, 3, 5))  # Thursday: Survey done, Design 2 of 3 days
    page.select_ids([1])  # the summary stands for its tasks
    qtbot.keyClick(page.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    QApplication.processEvents()
    assert [task(page, i).percent_complete for i in (2, 3, 4)] == [100, 66, 0]
    assert task(page, 3).actual_start == datetime(2026, 3, 4, 8)
    assert window.actions_["undo"].text() == "&Undo Mark on Track"
    window.actions_["undo"].trigger()
    assert [task(page, i).percent_complete for i in (2, 3, 4)] == [0, 0, 0]


def test_mark_on_track_with_nothing_due_says_so(page, qtbot, window, errors):
    set_status(page, date(2026, 3, 1))  # before the project starts
    page.select_ids([2])
    window.gantt.mark_on_track()
    assert errors and "No selected task was scheduled to start" in errors[0]
