"""Editing in the task table: every edit one command, one Ctrl+Z; bad input refused."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.core.enums import ConstraintType
from tests.ui.gantt.conftest import links, task


def cell(page, task_id: int, key: str):
    model = page.model
    return model.index(model.row_of[task_id], model.column_of(key))


def type_into(page, qtbot, task_id: int, key: str, text: str) -> None:
    """Select the cell, press F2, type, press Enter: as a user edits."""
    index = cell(page, task_id, key)
    page.table.setCurrentIndex(index)
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    editor = page.table.focusWidget()
    editor.selectAll()
    if text.isascii():
        qtbot.keyClicks(editor, text)
    else:  # QTest types ASCII only; an input method would insert the text like this
        editor.insert(text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    for _ in range(3):  # the editor hands its text over, then the edit is applied
        QApplication.processEvents()


def test_duration_in_chinese_then_one_undo(page, qtbot, window):
    before = task(page, 3)
    type_into(page, qtbot, 3, "duration", "5 天")
    after = task(page, 3)
    assert after.duration == 5 * 480
    assert after.finish > before.finish  # rescheduled at once
    assert task(page, 4).start > before.finish  # and its successor moved
    assert page.model.data(cell(page, 3, "duration")) == "5 d"
    window.undo()
    assert task(page, 3).duration == before.duration
    assert task(page, 3).finish == before.finish


def test_two_edits_of_one_field_are_two_undo_steps(page, qtbot, window):
    type_into(page, qtbot, 3, "duration", "4h")
    type_into(page, qtbot, 3, "duration", "0.5w")
    assert task(page, 3).duration == 1200
    window.undo()
    assert task(page, 3).duration == 240


def test_bad_duration_names_the_text_and_changes_nothing(page, qtbot, errors):
    count = page.port.stack.count()
    type_into(page, qtbot, 3, "duration", "5 parsecs")
    assert errors and "5 parsecs" in errors[0]
    assert task(page, 3).duration == 3 * 480
    assert page.port.stack.count() == count


def test_predecessor_text_is_parsed(page, qtbot, window):
    type_into(page, qtbot, 6, "predecessors", "3FS+2d, 2SS-1d")
    assert {(2, 6, "SS", -480), (3, 6, "FS", 960)} <= links(page)
    assert page.model.data(cell(page, 6, "predecessors")) == "3FS+2d, 2SS-1d"
    window.undo()
    assert not any(succ == 6 for _p, succ, _t, _l in links(page))


def test_bad_predecessor_reference_is_named(page, qtbot, errors):
    before = links(page)
    type_into(page, qtbot, 6, "predecessors", "3, 99")
    assert errors and "99" in errors[-1]
    type_into(page, qtbot, 6, "predecessors", "3XF")
    assert "3XF" in errors[-1]
    type_into(page, qtbot, 2, "predecessors", "1")  # its own summary
    assert "summary" in errors[-1]
    assert links(page) == before


def test_a_loop_is_refused_and_explained(page, qtbot, errors):
    before = links(page)
    type_into(page, qtbot, 2, "predecessors", "4")
    assert errors and "loop" in errors[-1]
    assert links(page) == before


def test_start_sets_a_constraint_like_project(page, qtbot, window):
    type_into(page, qtbot, 6, "start", "3/16/2026")
    row = task(page, 6)
    assert row.constraint_type == ConstraintType.SNET
    assert row.start == datetime(2026, 3, 16, 8, 0)
    window.undo()
    assert task(page, 6).constraint_type == ConstraintType.ASAP


def test_bad_date_and_percent(page, qtbot, errors):
    type_into(page, qtbot, 6, "start", "someday")
    assert errors and "someday" in errors[-1]
    type_into(page, qtbot, 6, "percent", "150")
    assert "150" in errors[-1]
    type_into(page, qtbot, 6, "percent", "50")
    assert task(page, 6).percent_complete == 50
    assert task(page, 6).actual_start is not None


def test_rename_and_people(page, qtbot, errors):
    type_into(page, qtbot, 6, "name", "Snagging")
    assert task(page, 6).name == "Snagging"
    type_into(page, qtbot, 6, "people", "Nobody Here")
    assert errors and "Nobody Here" in errors[-1]


def test_after_an_edit_the_page_reads_back_only_the_rows_it_wrote(page, qtbot, window,
                                                                  monkeypatch):
    from app.models import gantt_data

    reads = []
    real = gantt_data.read_raw
    monkeypatch.setattr(gantt_data, "read_raw",
                        lambda session, ids=None: reads.append(ids) or real(session, ids))
    type_into(page, qtbot, 6, "name", "Spare parts")
    type_into(page, qtbot, 6, "duration", "4d")
    assert reads == [{6}, {6}]  # one unlinked task: nothing else was written
    assert page.model.data(cell(page, 6, "name")) == "Spare parts"
    assert page.model.data(cell(page, 6, "duration")) == "4 d"
    window.undo()  # in step again: the undo wrote the same row back
    assert reads[-1] == {6}
    assert page.model.data(cell(page, 6, "duration")) == "2 d"
    with page.port.document.reader() as session:
        assert page.model.snapshot.raw == real(session)  # as a full read would have it
