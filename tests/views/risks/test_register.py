"""The register grid: colours, filters, sorting, inline edits, dialogs; all undoable."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor

from app.core.enums import RiskKind, RiskStatus
from app.views.risks.columns import INDEX
from app.views.risks.review_dialog import ReviewDialog
from app.views.risks.scale_dialog import ScaleDialog


def risk(page, code):
    return next(r for r in page.model.risks if r.code == code)


def shown_codes(page):
    return [page.proxy.index(n, 0).data() for n in range(page.proxy.rowCount())]


def cell(page, code, key):
    return page.proxy_index(risk(page, code).id, INDEX[key])


def test_rows_are_coloured_by_rating_and_overdue_reviews_flagged(page):
    rating = cell(page, "R-003", "rating")
    assert rating.data() == "High"
    assert rating.data(Qt.ItemDataRole.BackgroundRole).color() == QColor("#ff7043")
    tinted = cell(page, "R-003", "title").data(Qt.ItemDataRole.BackgroundRole).color()
    low = cell(page, "R-015", "title").data(Qt.ItemDataRole.BackgroundRole).color()
    assert tinted != low and tinted.red() > tinted.green()  # a tint of the rating's colour
    today = page.data.today
    overdue = [r for r in page.model.risks if r.overdue(today)]
    assert overdue
    review = cell(page, overdue[0].code, "next_review_on")
    assert review.data().startswith("\u26a0") and "overdue" in review.data(
        Qt.ItemDataRole.ToolTipRole)
    assert cell(page, "R-001", "trend").data() == "\u2192"  # 2x4 after 2x4
    assert cell(page, "R-004", "trend").data() == "\u2193"


def test_filters_by_status_owner_rating_category_overdue_and_text(page):
    bar = page.bar
    assert len(shown_codes(page)) == 11  # open risks
    bar.status.setCurrentIndex(bar.status.findData(""))
    assert len(shown_codes(page)) == 15
    bar.status.setCurrentIndex(bar.status.findData(RiskStatus.CLOSED.value))
    assert sorted(shown_codes(page)) == ["R-002", "R-009", "R-011", "R-013"]
    bar.status.setCurrentIndex(bar.status.findData(""))
    bar.rating.setCurrentIndex(bar.rating.findData("low"))
    assert all(cell(page, c, "rating").data() == "Low" for c in shown_codes(page))
    bar.rating.setCurrentIndex(0)
    owner = risk(page, "R-003").owner_id
    bar.owner.setCurrentIndex(bar.owner.findData(owner))
    assert "R-003" in shown_codes(page)
    assert {risk(page, c).owner_id for c in shown_codes(page)} == {owner}
    bar.owner.setCurrentIndex(0)
    bar.category.setCurrentIndex(bar.category.findData("Cost"))
    assert {risk(page, c).category for c in shown_codes(page)} == {"Cost"}
    bar.category.setCurrentIndex(0)
    bar.overdue.setChecked(True)
    assert shown_codes(page) and all(risk(page, c).overdue(page.data.today)
                                     for c in shown_codes(page))
    bar.overdue.setChecked(False)
    bar.text.setText("master-data")
    assert shown_codes(page) == ["R-001"]
    assert page.bar.count.text() == "1 of 15"
    page.clear_filters()
    assert len(shown_codes(page)) == 11


def test_sorting_by_score_and_rating(page):
    page.view.sortByColumn(INDEX["score"], Qt.SortOrder.DescendingOrder)
    scores = [int(page.proxy.index(n, INDEX["score"]).data())
              for n in range(page.proxy.rowCount())]
    assert scores == sorted(scores, reverse=True)
    page.view.sortByColumn(INDEX["rating"], Qt.SortOrder.AscendingOrder)
    assert page.proxy.index(0, INDEX["rating"]).data() == "Low"


def test_inline_edits_are_checked_in_place_and_undoable(page, messages):
    model = page.proxy
    index = cell(page, "R-001", "probability")
    model.setData(index, 9)
    assert "R-001" in messages[-1] and "1 to 5" in messages[-1]
    assert risk(page, "R-001").probability == 2
    model.setData(cell(page, "R-001", "code"), "R-003")
    assert "already used" in messages[-1]
    model.setData(cell(page, "R-001", "next_review_on"), date(2025, 1, 1))
    assert "identified" in messages[-1]
    model.setData(cell(page, "R-001", "probability"), 4)
    assert risk(page, "R-001").probability == 4
    assert cell(page, "R-001", "rating").data() == "High"  # 16 of 25
    page.view.setCurrentIndex(cell(page, "R-001", "title"))
    model.setData(cell(page, "R-001", "title"), "Master data")
    assert page.current_risk().code == "R-001"  # the edited row stays current
    page.port.history.undo()
    page.port.history.undo()
    assert risk(page, "R-001").probability == 2 and risk(page, "R-001").title != "Master data"


def test_editors_offer_the_scale_and_the_kind_s_responses(page, qtbot):
    page.view.setCurrentIndex(cell(page, "R-012", "strategy"))
    page.view.edit(page.view.currentIndex())
    editor = page.view.indexWidget(page.view.currentIndex()) or \
        page.view.focusWidget()
    texts = [editor.itemText(n) for n in range(editor.count())]
    assert "Exploit" in texts and "Avoid" not in texts  # R-012 is an opportunity
    page.view.closeEditor(editor, page.view.itemDelegate().EndEditHint.RevertModelCache)
    page.view.setCurrentIndex(cell(page, "R-001", "impact"))
    page.view.edit(page.view.currentIndex())
    editor = page.view.focusWidget()
    assert editor.count() == 5 and editor.itemText(4) == "5 \u2014 Severe"
    editor.setCurrentIndex(0)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event loop
    qtbot.waitUntil(lambda: risk(page, "R-001").impact == 1)


def test_add_and_delete_keep_to_one_undo_step_each(page, qtbot):
    page.bar.text.setText("nothing matches this")
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Insert)
    new = risk(page, "R-016")
    assert new.kind == RiskKind.THREAT and page.bar.text.text() == ""
    editor = page.view.focusWidget()
    editor.setText("Crane not available")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: risk(page, "R-016").title == "Crane not available")
    page.select_risk(risk(page, "R-001").id)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert "R-001" not in [r.code for r in page.model.risks]
    page.port.history.undo()
    assert risk(page, "R-001").task_ids
    page.actions_["add_opportunity"].trigger()
    assert risk(page, "R-017").kind == RiskKind.OPPORTUNITY


def test_review_dialog_records_a_review(page, monkeypatch):
    r1 = risk(page, "R-001")
    seen = {}

    def fake_exec(dialog: ReviewDialog) -> bool:
        seen["chart"] = len(dialog.chart.reviews)
        seen["rows"] = dialog.history.rowCount()
        dialog.on.setDate(QDate(2026, 11, 13))
        dialog.impact.setCurrentIndex(dialog.impact.findData(5))
        dialog.note.setPlainText("Mock 3 late")
        seen["next"] = dialog.next_label.text()
        return True

    monkeypatch.setattr(ReviewDialog, "exec", fake_exec)
    page.select_risk(r1.id)
    page.review()
    assert seen["chart"] == seen["rows"] == len(r1.reviews)
    after = risk(page, "R-001")
    assert (after.probability, after.impact) == (2, 5)
    assert after.reviews[-1].note == "Mock 3 late"
    assert after.next_review_on == date(2026, 12, 13)
    assert cell(page, "R-001", "trend").data() == "\u2191"
    page.port.history.undo()
    assert len(risk(page, "R-001").reviews) == len(r1.reviews)


def test_a_review_before_identification_is_refused(page, monkeypatch, messages):
    def fake_exec(dialog):
        dialog.on.setDate(QDate(2020, 1, 1))
        return True

    monkeypatch.setattr(ReviewDialog, "exec", fake_exec)
    page.select_risk(risk(page, "R-001").id)
    page.review()
    assert "identified" in messages[-1] and page.port.history.done == []


def test_links_dialog_changes_linked_tasks(page, monkeypatch):
    from app.views.risks.links_dialog import LinksDialog

    r1 = risk(page, "R-001")
    first = page.data.tasks[0]

    def fake_exec(dialog):
        for n in range(dialog.list.count()):
            item = dialog.list.item(n)
            item.setCheckState(Qt.CheckState.Checked if n == 0 else Qt.CheckState.Unchecked)
        return True

    monkeypatch.setattr(LinksDialog, "exec", fake_exec)
    page.select_risk(r1.id)
    page.edit_links()
    assert risk(page, "R-001").task_ids == (first.id,)
    assert cell(page, "R-001", "tasks").data() == first.name
    page.port.history.undo()
    assert risk(page, "R-001").task_ids == r1.task_ids


def test_scale_change_is_previewed_then_applied_and_undone(page, monkeypatch):
    seen = {}

    def fake_exec(dialog: ScaleDialog) -> bool:
        dialog.size.setCurrentIndex(dialog.size.findData(3))
        seen["preview"] = [dialog.changes.item(n).text() for n in range(dialog.changes.count())]
        seen["mapping"] = dialog.mapping.text()
        seen["visible"] = not dialog.preview_box.isHidden()
        return True

    monkeypatch.setattr(ScaleDialog, "exec", fake_exec)
    page.edit_scale()
    assert seen["visible"] and "1, 2 \u2192 1" in seen["mapping"]
    assert any(line.startswith("R-001: 2\u00d74 \u2192 1\u00d73") for line in seen["preview"])
    assert page.data.matrix.scale == 3
    assert (risk(page, "R-001").probability, risk(page, "R-001").impact) == (1, 3)
    assert len(page.maps[0].cells()) == 18
    page.port.history.undo()
    assert page.data.matrix.scale == 5 and risk(page, "R-001").impact == 4


def test_matrix_cells_and_colours_are_editable(page, monkeypatch):
    def fake_exec(dialog: ScaleDialog) -> bool:
        top_left = dialog.grid.item(0, 0)  # probability 5, impact 1
        top_left.setData(Qt.ItemDataRole.UserRole, "critical")
        dialog.rating_table.item(0, 1).setText("#00ff00")  # low
        dialog.levels.item(4, 0).setText("Near certain")
        return True

    monkeypatch.setattr(ScaleDialog, "exec", fake_exec)
    page.edit_scale()
    matrix = page.data.matrix
    assert matrix.rating(5, 1).code == "critical"
    assert matrix.by_code()["low"].color == "#00ff00"
    assert matrix.probability_labels[-1] == "Near certain"
    page.port.history.undo()
    assert page.data.matrix.rating(5, 1).code != "critical"
