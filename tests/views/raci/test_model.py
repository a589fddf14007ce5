"""The matrix model: filters, in-place updates and what each cell shows."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.core.raci import Matrix, RaciColumn, RaciRow, Thresholds
from app.views.raci.model import RaciModel


def matrix(cells_by_row, thresholds: Thresholds | None = None) -> Matrix:
    columns = [RaciColumn(1, "Ann"), RaciColumn(2, "DBA")]
    rows = [RaciRow(i + 1, str(i + 1), f"Task {i + 1}", 1, i % 2 == 0, False, list(cells))
            for i, cells in enumerate(cells_by_row)]
    return Matrix(columns, rows, thresholds=thresholds or Thresholds())


def test_cells_checks_and_headers(qtbot):
    model = RaciModel()
    model.set_matrix(matrix([["A", "R"], ["", ""], ["R", ""], ["", "C"]]))
    # Deliverables (rows 1 and 3) and rows with letters (row 4); row 2 is neither.
    assert [model.row_at(i).name for i in range(model.rowCount())] == [
        "Task 1", "Task 3", "Task 4"]
    model.set_filters(deliverables_only=False)
    assert model.rowCount() == 4
    assert model.index(0, 1).data() == "A"
    assert model.index(1, 0).data() == ""  # nothing planned is not an error
    assert model.index(2, 0).data() == "No A"
    assert model.index(3, 0).data() == "No A, No R"
    assert model.index(2, 0).data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is None
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Ann\nR 1 \u00b7 A 1"
    assert model.headerData(1, Qt.Orientation.Vertical).endswith("Task 2")
    assert model.counts() == (2, 0)
    assert model.index(0, 1).flags() & Qt.ItemFlag.ItemIsEditable
    assert not model.index(0, 0).flags() & Qt.ItemFlag.ItemIsEditable


def test_new_letters_update_in_place_without_a_reset(qtbot):
    model = RaciModel()
    model.set_matrix(matrix([["A", "R"], ["R", ""]]))
    resets, changes = [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda *a: changes.append(a))
    model.set_matrix(model.matrix.with_cells({1: ["A", "R"], 2: ["R", "A"]}))
    assert not resets and changes
    assert model.index(1, 0).data() == ""
    assert model.counts() == (0, 0)


def test_problems_only_and_text_filters(qtbot):
    model = RaciModel()
    model.set_matrix(matrix([["A", "R"], ["R", ""], ["A/R", "R"]], Thresholds(max_load=1)))
    model.set_filters(deliverables_only=False, problems_only=True)
    assert [model.row_at(i).name for i in range(model.rowCount())] == ["Task 2"]
    model.set_filters(problems_only=False, text="task 3")
    assert [model.row_at(i).name for i in range(model.rowCount())] == ["Task 3"]
    # Ann is R or A on all three rows, more than the threshold of 1.
    tip = model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "Overloaded: R or A on 3 rows (more than 1)" in tip


def test_an_edit_is_only_a_request(qtbot):
    model = RaciModel()
    model.set_matrix(matrix([["A", "R"]]))
    with qtbot.waitSignal(model.edit_requested) as signal:
        assert not model.setData(model.index(0, 2), "C")
    assert signal.args == [{(0, 2): "C"}]
    assert model.index(0, 2).data() == "R"  # unchanged until the command ran
