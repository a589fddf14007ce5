"""The Stakeholders page as a user drives it, on the sample project."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from sqlalchemy import func, select

from app.core.enums import Engagement
from app.models import Assignment, Person
from app.views.stakeholders.register_model import COLUMN_OF


@pytest.fixture
def page(window, sample_file, tmp_path, qtbot):
    copy = tmp_path / "erp.pwp"
    copy.write_bytes(sample_file.read_bytes())
    assert window.open_path(copy)
    window.show_page(1)
    page = window.pages[1]
    qtbot.waitExposed(page.grid)
    return page


def stored(page, name):
    with page.port.document.reader() as s:
        return s.scalars(select(Person).where(Person.name == name)).one_or_none()


def person_id(page, name):
    return stored(page, name).id


def undo(window):
    window.actions_["undo"].trigger()


def test_the_sample_fills_all_three_views(page):
    assert page.model.rowCount() == 12
    assert len(page.grid.picture().layout.markers) == 12
    assert page.matrix.matrix.rowCount() == 12
    labels = page.grid.picture().layout.labels
    assert sum(rect is not None for rect in labels.values()) == 12  # every name shown
    assert page.gap_label.text() == "Gaps: 7 of 12 assessed (9 steps to close)"


def test_dragging_a_marker_stores_its_scores_as_one_undo_step(window, page, qtbot):
    amy = person_id(page, "Amy Zhao")
    plot = page.grid.picture().plot
    start = page.grid.marker_centre(amy)
    end = QPoint(round(plot.x(9)), round(plot.y(7)))
    qtbot.mousePress(page.grid, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        qtbot.mouseMove(page.grid, start + (end - start) * step / 5)
    qtbot.mouseRelease(page.grid, Qt.MouseButton.LeftButton, pos=end)
    amy_now = stored(page, "Amy Zhao")
    assert (amy_now.power, amy_now.interest) == (7, 9)
    assert window.port.stack.count() == 1
    assert window.actions_["undo"].text() == "&Undo Move Stakeholder on Grid"
    assert page.grid.selected == {amy}  # the dragged one is selected, here and in the table
    assert page.selected_ids() == [amy]
    quadrant = page.model.index(page.model.row_of(amy), COLUMN_OF["quadrant"]).data()
    assert quadrant == "Manage closely"
    undo(window)
    assert (stored(page, "Amy Zhao").power, stored(page, "Amy Zhao").interest) == (2, 7)


def test_arrow_keys_on_the_grid_merge_into_one_step(window, page, qtbot):
    tony = person_id(page, "Tony Sun")
    page.select_ids([tony])
    page.grid.setFocus()
    for _ in range(3):
        qtbot.keyClick(page.grid, Qt.Key.Key_Up)
    assert stored(page, "Tony Sun").power == 7
    assert window.port.stack.count() == 1
    undo(window)
    assert stored(page, "Tony Sun").power == 4


def test_selection_is_shared_both_ways(page, qtbot):
    linda = person_id(page, "Linda Wang")
    qtbot.mouseClick(page.grid, Qt.MouseButton.LeftButton, pos=page.grid.marker_centre(linda))
    assert page.selected_ids() == [linda]
    assert [i.row() for i in page.matrix.selectionModel().selectedRows()] == [
        page.model.row_of(linda)]
    page.register.selectRow(0)
    assert page.grid.selected == {page.model.record(0).id}
    page.matrix.selectRow(3)
    assert page.selected_ids() == [page.matrix.matrix.records[3].id]


def edit_cell(page, qtbot, name, field, text):
    row = page.model.row_of(person_id(page, name))
    index = page.proxy.mapFromSource(page.model.index(row, COLUMN_OF[field]))
    page.register.setFocus()
    page.register.setCurrentIndex(index)
    page.register.edit(index)
    editor = page.register.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits Return in a queued call


def test_bad_input_is_refused_in_place_with_a_message(window, page, qtbot, errors):
    edit_cell(page, qtbot, "Jason Li", "power", "11")
    assert errors == ["Power of “Jason Li” must be a whole number from 1 to 10; “11” was "
                      "not accepted."]
    assert stored(page, "Jason Li").power == 6
    qtbot.waitUntil(lambda: page.register.state() == page.register.State.EditingState)
    qtbot.keyClick(page.register.focusWidget(), Qt.Key.Key_Escape)
    edit_cell(page, qtbot, "Jason Li", "name", "linda wang")
    assert "There is already a stakeholder called “linda wang”" in errors[-1]
    qtbot.keyClick(page.register.focusWidget(), Qt.Key.Key_Escape)
    edit_cell(page, qtbot, "Jason Li", "name", "   ")
    assert errors[-1] == "A stakeholder needs a name."
    assert window.port.stack.count() == 0


def test_inline_edits_are_undoable(window, page, qtbot):
    edit_cell(page, qtbot, "Jason Li", "power", "8")
    edit_cell(page, qtbot, "Jason Li", "organisation", "Huayue PMO")
    index = page.model.index(page.model.row_of(person_id(page, "Jason Li")),
                             COLUMN_OF["confidential"])
    page.model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    jason = stored(page, "Jason Li")
    assert (jason.power, jason.organisation, jason.confidential) == (8, "Huayue PMO", True)
    assert window.port.stack.count() == 3
    undo(window)
    undo(window)
    assert (stored(page, "Jason Li").power, stored(page, "Jason Li").organisation) == (
        8, "Huayue Precision Machinery – IT")


def test_attitude_is_chosen_from_a_list(page, qtbot):
    from PySide6.QtWidgets import QComboBox

    row = page.model.row_of(person_id(page, "Helen Zhu"))
    index = page.proxy.mapFromSource(page.model.index(row, COLUMN_OF["attitude"]))
    page.register.setCurrentIndex(index)
    page.register.edit(index)
    combo = page.register.findChild(QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Champion", "Supporter", "Neutral", "Critic", "Blocker"]
    combo.setCurrentIndex(1)
    combo.activated.emit(1)
    assert stored(page, "Helen Zhu").attitude == "supporter"


def test_add_then_delete(window, page, qtbot):
    page.register.setFocus()
    page.add_action.trigger()
    assert page.model.rowCount() == 13
    qtbot.keyClicks(page.register.focusWidget(), "Wang Fang")
    qtbot.keyClick(page.register.focusWidget(), Qt.Key.Key_Return)
    QApplication.processEvents()
    assert stored(page, "Wang Fang") is not None
    assert page.selected_ids() == [person_id(page, "Wang Fang")]
    page.delete_action.trigger()  # no links: deleted without a question
    assert stored(page, "Wang Fang") is None
    undo(window)
    assert stored(page, "Wang Fang") is not None


def test_deleting_a_linked_person_asks_and_undo_restores(window, page, monkeypatch):
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *a: (
        asked.append(text), QMessageBox.StandardButton.Yes)[1])
    jason = person_id(page, "Jason Li")

    def assignments():
        with page.port.document.reader() as s:
            return s.scalar(select(func.count()).select_from(Assignment)
                            .where(Assignment.person_id == jason))

    before = assignments()
    page.select_ids([jason])
    page.delete_action.trigger()
    assert asked[0].startswith("Delete “Jason Li”?")
    assert "task assignments removed" in asked[0] and "risks left without an owner" in asked[0]
    assert stored(page, "Jason Li") is None and assignments() == 0
    assert page.model.rowCount() == 11
    undo(window)
    assert stored(page, "Jason Li") is not None and assignments() == before


def test_refusing_the_question_deletes_nothing(window, page):
    page.select_ids([person_id(page, "Jason Li")])
    page.delete_action.trigger()  # the guard answers No
    assert stored(page, "Jason Li") is not None
    assert window.port.stack.count() == 0


def test_engagement_matrix_click_stores_and_counts_gaps(window, page, qtbot):
    row = page.matrix.matrix.records.index(
        next(r for r in page.matrix.matrix.records if r.name == "Eric Xu"))
    rect = page.matrix.visualRect(page.matrix.matrix.index(row, 4))
    qtbot.mouseClick(page.matrix.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.ShiftModifier, rect.center())
    assert stored(page, "Eric Xu").engagement_desired == Engagement.LEADING
    assert page.gap_label.text() == "Gaps: 8 of 12 assessed (10 steps to close)"
    assert window.actions_["undo"].text() == "&Undo Set Engagement"


def test_filter_narrows_the_grid_and_matrix(page, qtbot):
    page.find_action.trigger()
    qtbot.keyClicks(page.filter, "bluepeak")
    assert page.proxy.rowCount() == 2
    assert {r.name for r in page.grid.records} == {"Kevin Zhang", "Eric Xu"}
    assert page.matrix.matrix.rowCount() == 2
    assert page.count.text() == "2 of 12"
    page.filter.clear()
    page.quadrant_filter.setCurrentIndex(page.quadrant_filter.findText("Keep satisfied"))
    assert {r.name for r in page.grid.records} == {"Patricia Huang", "Frank Yang"}


def test_export_leaves_confidential_people_out_unless_included(page, tmp_path, monkeypatch):
    target = tmp_path / "grid.svg"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), "SVG image (*.svg)"))
    page.export_action.trigger()
    svg = target.read_text("utf-8")
    assert "Linda Wang" in svg and "Frank Yang" not in svg
    assert page.status.text() == "Saved grid.svg. 1 confidential left out."
    page.confidential_action.trigger()
    page.export_action.trigger()
    assert "Frank Yang" in target.read_text("utf-8")


def test_png_export_is_drawn_at_twice_the_size(page, tmp_path, monkeypatch):
    from PySide6.QtGui import QImage

    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "grid"), "PNG image (*.png)"))
    page.export_action.trigger()
    image = QImage(str(tmp_path / "grid.png"))
    assert (image.width(), image.height()) == (2400, 1720)
    assert image.pixelColor(5, 5).name() == "#ffffff"


def test_page_speaks_chinese(window, page):
    window.set_language("zh_CN")
    QApplication.processEvents()  # LanguageChange reaches widgets as posted events
    picture = page.grid.picture()
    titles = [texts[0][0] for _, texts in picture.quadrant_boxes.values()]
    assert any(t.startswith("重点管理") for t in titles)
    assert page.model.headerData(0, Qt.Orientation.Horizontal) != "Name"
    assert page.export_action.text() != "E&xport Grid\u2026"


def test_keyboard_paths(window, page, qtbot, monkeypatch, tmp_path):
    page.register.setFocus()
    page.register.selectRow(0)
    qtbot.keyClick(page.register, Qt.Key.Key_Insert)
    assert page.model.rowCount() == 13
    qtbot.keyClick(page.register.focusWidget(), Qt.Key.Key_Escape)  # keep the free name
    assert stored(page, "New stakeholder") is not None
    page.register.setFocus()
    qtbot.keyClick(page.register, Qt.Key.Key_Delete)
    assert stored(page, "New stakeholder") is None
    shots = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: shots.append(a[1]) or ("", ""))
    page.grid.setFocus()
    qtbot.keyClick(page.grid, Qt.Key.Key_E,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert shots == ["Export Grid"]
