"""Heat maps: a click filters the register, a drag re-scores a risk (undoably)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from app.core.enums import RiskKind
from app.views.risks.filters import Cell


def risk(page, code):
    return next(r for r in page.model.risks if r.code == code)


def shown_codes(page):
    return sorted(page.proxy.index(n, 0).data() for n in range(page.proxy.rowCount()))


def center(rect) -> QPoint:
    return rect.center().toPoint()


def mouse(widget, kind, pos: QPoint, buttons=Qt.MouseButton.LeftButton) -> None:
    button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else \
        Qt.MouseButton.LeftButton
    event = QMouseEvent(kind, QPointF(pos), QPointF(widget.mapToGlobal(pos)), button, buttons,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def drag(widget, start: QPoint, end: QPoint) -> None:
    mouse(widget, QEvent.Type.MouseButtonPress, start)
    middle = QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2)
    mouse(widget, QEvent.Type.MouseMove, middle)
    mouse(widget, QEvent.Type.MouseMove, end)
    mouse(widget, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)


def test_cells_show_counts_and_codes_of_the_filtered_risks(page):
    inherent = page.maps[0]
    cell = Cell(RiskKind.THREAT, False, 2, 3)  # unlikely x moderate
    assert [r.code for r in inherent.risks_in(cell)] == ["R-004", "R-010"]
    assert [r.code for _, r in inherent.chip_rects(cell)] == ["R-004", "R-010"]
    opportunity = Cell(RiskKind.OPPORTUNITY, False, 4, 3)
    assert [r.code for r in inherent.risks_in(opportunity)] == ["R-012"]
    # Mirrored: the opportunity matrix puts its highest impact next to the threats'.
    assert inherent.cell_rect(Cell(RiskKind.OPPORTUNITY, False, 1, 5)).left() < \
        inherent.cell_rect(Cell(RiskKind.OPPORTUNITY, False, 1, 1)).left()
    assert inherent.shown_count == 11  # closed risks are filtered out by default
    page.bar.status.setCurrentIndex(page.bar.status.findData(""))
    assert inherent.shown_count == 15


def test_clicking_a_cell_filters_the_register_and_clicking_again_clears(page, qtbot):
    inherent = page.maps[0]
    cell = Cell(RiskKind.THREAT, False, 2, 3)
    qtbot.mouseClick(inherent, Qt.MouseButton.LeftButton, pos=center(inherent.cell_rect(cell)))
    assert shown_codes(page) == ["R-004", "R-010"]
    assert page.bar.cell.isVisible() and "Unlikely" in page.bar.cell.text()
    assert inherent.selected == cell
    residual = page.maps[1]
    other = Cell(RiskKind.THREAT, True, 1, 3)
    qtbot.mouseClick(residual, Qt.MouseButton.LeftButton, pos=center(residual.cell_rect(other)))
    assert shown_codes(page) == ["R-001"]
    qtbot.mouseClick(residual, Qt.MouseButton.LeftButton, pos=center(residual.cell_rect(other)))
    assert len(shown_codes(page)) == 11 and not page.bar.cell.isVisible()


def test_keyboard_reaches_a_cell_and_enter_filters(page, qtbot):
    inherent = page.maps[0]
    inherent.setFocus()
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Left,
                Qt.Key.Key_Left, Qt.Key.Key_Return):  # from 5x5 to 2x3
        qtbot.keyClick(inherent, key)
    assert page.proxy.filters.cell == Cell(RiskKind.THREAT, False, 2, 3)
    assert shown_codes(page) == ["R-004", "R-010"]


def test_dragging_a_code_rescores_the_risk_and_undo_puts_it_back(page):
    inherent = page.maps[0]
    r8 = risk(page, "R-008")
    assert (r8.probability, r8.impact) == (2, 5)
    chip = inherent.chip_rect(r8.id)
    target = Cell(RiskKind.THREAT, False, 4, 2)
    drag(inherent, center(chip), center(inherent.cell_rect(target)))
    moved = risk(page, "R-008")
    assert (moved.probability, moved.impact) == (4, 2)
    assert [r.code for r in inherent.risks_in(target)] == ["R-008"]
    assert page.model.display(page.model.row_of(r8.id), "score") == "8"
    page.port.history.undo()
    assert (risk(page, "R-008").probability, risk(page, "R-008").impact) == (2, 5)


def test_dragging_on_the_residual_map_changes_residual_scores_only(page):
    residual = page.maps[1]
    r1 = risk(page, "R-001")
    drag(residual, center(residual.chip_rect(r1.id)),
         center(residual.cell_rect(Cell(RiskKind.THREAT, True, 3, 3))))
    after = risk(page, "R-001")
    assert (after.residual_probability, after.residual_impact) == (3, 3)
    assert (after.probability, after.impact) == (r1.probability, r1.impact)


def test_a_threat_cannot_be_dropped_on_the_opportunity_matrix(page):
    inherent = page.maps[0]
    r8 = risk(page, "R-008")
    drag(inherent, center(inherent.chip_rect(r8.id)),
         center(inherent.cell_rect(Cell(RiskKind.OPPORTUNITY, False, 5, 5))))
    assert (risk(page, "R-008").probability, risk(page, "R-008").impact) == (2, 5)
    assert page.port.history.done == []


def test_a_short_click_on_a_code_filters_rather_than_rescores(page, qtbot):
    inherent = page.maps[0]
    r8 = risk(page, "R-008")
    qtbot.mouseClick(inherent, Qt.MouseButton.LeftButton, pos=center(inherent.chip_rect(r8.id)))
    assert shown_codes(page) == ["R-008"] and page.port.history.done == []
