"""The RACI page as a user drives it: typing, clicking, pasting, columns, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QInputDialog
from sqlalchemy import select

from app.core.enums import RaciVariant
from app.models import RaciCell
from app.models.commands.raci import SET_LETTERS, CellEdit, SetRaciCells
from app.models.document import Document
from tests.views.raci.conftest import fill

ANN, BO, DBA = 1, 2, 3  # columns 1..3 (column 0 is the check)


@pytest.fixture
def page(window, tmp_path):
    Document.create(tmp_path / "raci.pwp", name="RACI", fill=fill).close()
    assert window.open_path(tmp_path / "raci.pwp")
    window.show_page(3)
    page = window.pages[3]
    assert page.isVisible()
    page.view.setFocus()
    return page


def stored(page) -> dict[tuple[str, int], str]:
    names = {r.task_id: r.name for r in page.model.matrix.rows}
    with page.port.document.reader() as session:
        return {(names[c.task_id], c.role_id): c.letters
                for c in session.scalars(select(RaciCell))}


def row_of(page, name: str) -> int:
    return next(i for i in range(page.model.rowCount()) if page.model.row_at(i).name == name)


def select_cells(page, top: int, left: int, bottom: int, right: int) -> None:
    page.view.setCurrentIndex(page.model.index(top, left))
    page.view.selectionModel().select(
        QItemSelection(page.model.index(top, left), page.model.index(bottom, right)),
        QItemSelectionModel.SelectionFlag.ClearAndSelect)


def check_text(page, name: str) -> str:
    return page.model.index(row_of(page, name), 0).data()


def undo(window) -> None:
    window.actions_["undo"].trigger()


def test_deliverables_show_with_their_problems(page):
    names = [page.model.row_at(i).name for i in range(page.model.rowCount())]
    assert names == ["Design", "Spec signed", "Build"]
    assert check_text(page, "Build") == "No A"
    assert check_text(page, "Design") == ""
    assert page.model.headerData(ANN, Qt.Orientation.Horizontal).startswith("Ann Lee\nR 1")
    assert "1 rows with errors" in page.status.text()
    page.actions_["deliverables"].trigger()
    assert page.model.rowCount() == 5


def test_typing_a_letter_sets_the_cell_and_fixes_the_row(page, qtbot, window):
    page.view.setCurrentIndex(page.model.index(row_of(page, "Build"), ANN))
    qtbot.keyClick(page.view, "a")
    assert stored(page)[("Build", ANN)] == "A"
    assert check_text(page, "Build") == ""
    assert window.actions_["undo"].text() == "&Undo Set RACI Letters"
    undo(window)
    assert ("Build", ANN) not in stored(page)
    assert check_text(page, "Build") == "No A"


def test_typing_fills_a_selection_and_delete_clears_it(page, qtbot, window):
    select_cells(page, 0, ANN, 2, DBA)
    qtbot.keyClick(page.view, "c")
    letters = stored(page)
    assert all(letters[(n, c)] == "C" for n in ("Design", "Spec signed", "Build")
               for c in (ANN, BO, DBA))
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert stored(page) == {}
    undo(window)
    undo(window)
    assert stored(page)[("Design", ANN)] == "A" and len(stored(page)) == 4


def test_slash_makes_a_combined_a_r_and_letters_outside_the_variant_do_nothing(page, qtbot):
    page.view.setCurrentIndex(page.model.index(row_of(page, "Build"), DBA))
    qtbot.keyClick(page.view, "/")
    assert stored(page)[("Build", DBA)] == "A/R"
    qtbot.keyClick(page.view, "s")  # S is RASCI only
    assert stored(page)[("Build", DBA)] == "A/R"


def test_clicking_the_selected_cell_cycles_and_is_one_undo_step(page, qtbot, window):
    index = page.model.index(row_of(page, "Build"), DBA)
    centre = page.view.visualRect(index).center()
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert ("Build", DBA) not in stored(page)  # the first click selects
    for expected in ("R", "A", "A/R"):
        qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
        assert stored(page)[("Build", DBA)] == expected
    assert window.port.stack.count() == 1
    undo(window)
    assert ("Build", DBA) not in stored(page)


def test_space_cycles_the_current_cell(page, qtbot):
    page.view.setCurrentIndex(page.model.index(row_of(page, "Design"), ANN))
    qtbot.keyClick(page.view, Qt.Key.Key_Space)
    assert stored(page)[("Design", ANN)] == "A/R"


def test_paste_a_block_from_excel_is_one_undo_step(page, qtbot, window):
    QGuiApplication.clipboard().setText("r\tA\r\nC\t-\r\n")
    page.view.setCurrentIndex(page.model.index(row_of(page, "Spec signed"), BO))
    qtbot.keyClick(page.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    letters = stored(page)
    assert letters[("Spec signed", BO)] == "R" and letters[("Spec signed", DBA)] == "A"
    assert letters[("Build", BO)] == "C" and ("Build", DBA) not in letters
    assert window.actions_["undo"].text() == "&Undo Paste RACI Cells"
    undo(window)
    assert ("Spec signed", BO) not in stored(page)


def test_one_pasted_value_fills_the_selection(page, qtbot):
    QGuiApplication.clipboard().setText("I\n")
    select_cells(page, 0, BO, 2, DBA)
    qtbot.keyClick(page.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert [stored(page)[(n, DBA)] for n in ("Design", "Spec signed", "Build")] == ["I"] * 3


def test_a_bad_paste_is_refused_with_where_and_changes_nothing(page, qtbot, errors):
    before = stored(page)
    QGuiApplication.clipboard().setText("R\tA\nC\tX\n")
    page.view.setCurrentIndex(page.model.index(0, ANN))
    qtbot.keyClick(page.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(errors) == 1 and "Row 2, column 2" in errors[0] and "\u201cX\u201d" in errors[0]
    QGuiApplication.clipboard().setText("R\tA\tC\n")
    select_cells(page, 0, BO, 0, BO)
    qtbot.keyClick(page.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert "3 columns wide but only 2" in errors[1]
    assert stored(page) == before


def test_copy_gives_excel_tab_separated_text(page, qtbot):
    select_cells(page, 0, ANN, 1, DBA)
    qtbot.keyClick(page.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "A\tR\t\nA/R\t\t\n"


def test_problems_only_and_text_filter(page, qtbot):
    page.actions_["problems"].trigger()
    assert [page.model.row_at(i).name for i in range(page.model.rowCount())] == ["Build"]
    page.actions_["problems"].trigger()
    qtbot.keyClicks(page.filter, "spec")
    assert [page.model.row_at(i).name for i in range(page.model.rowCount())] == ["Spec signed"]


def test_rasci_offers_s_and_validation_follows(page, qtbot, window):
    assert "Support" not in page.legend.text()
    page.variant.setCurrentIndex(page.variant.findData(RaciVariant.RASCI))
    page.variant.activated.emit(page.variant.currentIndex())
    assert window.port.document.project().raci_variant == RaciVariant.RASCI
    assert "Support" in page.legend.text()
    page.view.setCurrentIndex(page.model.index(row_of(page, "Design"), DBA))
    qtbot.keyClick(page.view, "s")
    assert stored(page)[("Design", DBA)] == "S"
    assert check_text(page, "Design") == ""
    undo(window)
    undo(window)
    assert page.variant.currentData() == RaciVariant.RACI
    # An S left in a RACI project is flagged on its row.
    design = page.model.row_at(row_of(page, "Design")).task_id
    window.port.execute(SetRaciCells(SET_LETTERS, [CellEdit(design, DBA, "", "S")]))
    assert check_text(page, "Design") == "\u201cS\u201d not in RACI"


def test_add_rename_move_and_remove_columns(page, window, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Cy Ma", True))
    page.actions_["add_person"].trigger()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Steering committee", True))
    page.actions_["add_role"].trigger()
    names = [c.name for c in page.model.matrix.columns]
    assert names == ["Ann Lee", "Bo Wu", "DBA", "Cy Ma", "Steering committee"]
    assert page.view.currentIndex().column() == 5  # the new column is current
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Steering board", True))
    page.actions_["rename"].trigger()
    page.actions_["left"].trigger()
    page.actions_["left"].trigger()
    names = [c.name for c in page.model.matrix.columns]
    assert names == ["Ann Lee", "Bo Wu", "Steering board", "DBA", "Cy Ma"]
    assert page.view.currentIndex().column() == 3  # still on the moved column
    page.actions_["remove"].trigger()
    assert [c.name for c in page.model.matrix.columns] == ["Ann Lee", "Bo Wu", "DBA", "Cy Ma"]
    assert window.port.stack.count() == 6
    for _ in range(6):
        undo(window)
    assert [c.name for c in page.model.matrix.columns] == ["Ann Lee", "Bo Wu", "DBA"]


def test_renaming_a_person_column_explains_where(page, errors, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: pytest.fail("asked"))
    page.view.setCurrentIndex(page.model.index(0, ANN))
    page.actions_["rename"].trigger()
    assert "stakeholder register" in errors[0]


def test_dragging_a_header_reorders_columns(page):
    header = page.view.horizontalHeader()
    header.moveSection(DBA, ANN)
    assert [c.name for c in page.model.matrix.columns] == ["DBA", "Ann Lee", "Bo Wu"]
    assert [header.logicalIndex(i) for i in range(4)] == [0, 1, 2, 3]


def test_thresholds_dialog_changes_warnings(page, monkeypatch):
    from app.views.raci.thresholds import ThresholdsDialog

    def accept(dialog):
        dialog.spins["max_load"].setValue(1)
        return True

    monkeypatch.setattr(ThresholdsDialog, "exec", accept)
    page.actions_["thresholds"].trigger()
    assert page.model.matrix.thresholds.max_load == 1
    assert "Overloaded: Ann Lee" in page.status.text()


def test_legend_checks_and_actions_follow_the_language(page, window):
    window.set_language("zh_CN")
    QApplication.processEvents()
    assert "R</b>&nbsp;</span>&nbsp;负责执行" in page.legend.text()
    assert "批准/问责" in page.legend.text() and "知会" in page.legend.text()
    assert check_text(page, "Build") == "无 A"
    assert page.actions_["problems"].text() == "仅问题行(&P)"
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "检查"


def test_down_from_the_filter_goes_to_the_first_letter_cell(page, qtbot):
    page.filter.setFocus()
    qtbot.keyClick(page.filter, Qt.Key.Key_Down)
    assert page.view.currentIndex().column() == ANN


def test_f2_offers_the_variants_values(page, qtbot):
    from PySide6.QtWidgets import QComboBox

    page.view.setCurrentIndex(page.model.index(row_of(page, "Build"), DBA))
    qtbot.keyClick(page.view, Qt.Key.Key_F2)
    editor = page.view.findChild(QComboBox)
    assert editor is not None
    assert [editor.itemData(i) for i in range(editor.count())] == ["", "R", "A", "A/R", "C", "I"]
    editor.setCurrentIndex(2)
    editor.activated.emit(2)
    assert stored(page)[("Build", DBA)] == "A"


def test_a_letter_committed_by_a_chinese_input_method_is_typed(page):
    from PySide6.QtGui import QInputMethodEvent

    page.view.setCurrentIndex(page.model.index(row_of(page, "Build"), ANN))
    event = QInputMethodEvent()
    event.setCommitString("\uff41")  # full-width "a"
    QApplication.sendEvent(page.view, event)
    assert stored(page)[("Build", ANN)] == "A"
