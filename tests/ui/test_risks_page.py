"""The Risks page inside the main window: keys, the undo stack and the language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.core.enums import RiskKind
from app.models.sample import create_sample
from app.views.risks.filters import Cell


def open_sample(window, tmp_path, language="en"):
    create_sample(tmp_path / "s.pwp", language).close()
    assert window.open_path(tmp_path / "s.pwp")
    window.show_page(2)
    return window.pages[2]


def test_ctrl_3_shows_the_register_and_its_heat_maps(window, tmp_path, qtbot):
    open_sample(window, tmp_path)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = window.page_stack.currentWidget()
    assert page is window.pages[2] and page.model.rowCount() == 15
    assert page.maps[0].shown_count == page.proxy.rowCount() == 11
    assert page.maps[1].shown_count == 11


def test_page_edits_go_on_the_window_undo_stack(window, tmp_path, qtbot):
    page = open_sample(window, tmp_path)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Insert)
    qtbot.keyClick(page.view.focusWidget(), Qt.Key.Key_Escape)
    assert page.model.rowCount() == 16
    assert window.port.stack.undoText() == "Add Risk"
    r8 = next(r for r in page.model.risks if r.code == "R-008")
    page.maps[0].rescored.emit(r8.id, False, 1, 1)
    assert window.port.stack.undoText() == "Re-score Risk"
    assert window.actions_["undo"].text() == "&Undo Re-score Risk"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert next(r for r in page.model.risks if r.code == "R-008").probability == 2
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.model.rowCount() == 15


def test_a_refused_edit_is_explained_and_nothing_changes(window, tmp_path, errors):
    page = open_sample(window, tmp_path)
    r1 = next(r for r in page.model.risks if r.code == "R-001")
    page.model.edit_requested.emit(r1.id, "owner_id", 9999)
    assert errors and "R-001" in errors[-1] and "does not exist" in errors[-1]
    assert window.port.stack.count() == 0


def test_chinese_labels_and_scale_in_a_chinese_project(window, tmp_path, qtbot):
    window.set_language("zh_CN")
    QApplication.processEvents()  # LanguageChange is posted
    page = open_sample(window, tmp_path, "zh_CN")
    assert page.title() == "风险"
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "编号"
    assert page.data.matrix.probability_labels[0] == "极低"
    assert page.bar.status.currentText() == "未关闭的风险"
    page.add(RiskKind.OPPORTUNITY)
    assert page.model.risks[-1].title == "新机会"
    page.set_cell(Cell(RiskKind.THREAT, False, 2, 3))
    assert "较小" not in page.bar.cell.text() and "中等" in page.bar.cell.text()
