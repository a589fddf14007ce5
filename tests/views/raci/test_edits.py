"""RACI commands without a window: each is one undo step and refuses bad input."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.core.enums import RaciVariant
from app.core.errors import UserError
from app.core.raci import Thresholds
from app.models import RaciCell
from app.models.commands import History
from app.models.commands.raci import CYCLE_LETTER, SET_LETTERS, CellEdit, SetRaciCells
from app.models.raci import load_matrix
from app.views.raci import edits


def matrix(doc):
    with doc.reader() as session:
        return load_matrix(session)


def cells(doc) -> dict[tuple[int, int], str]:
    with doc.reader() as session:
        return {(c.task_id, c.role_id): c.letters for c in session.scalars(select(RaciCell))}


def build(doc, make):
    with doc.reader() as session:
        return make(session)


def test_load_matrix_in_outline_order(doc):
    m = matrix(doc)
    assert [c.name for c in m.columns] == ["Ann Lee", "Bo Wu", "DBA"]
    assert [(r.wbs, r.name, r.deliverable) for r in m.rows] == [
        ("1", "Design", True), ("1.1", "Draft spec", False), ("1.2", "Spec signed", True),
        ("2", "Build", True), ("2.1", "Code", False)]
    assert m.rows[0].cells == ["A", "R", ""]
    assert m.rows[2].cells == ["A/R", "", ""]


def test_set_cells_writes_clears_and_undoes_in_one_step(doc):
    history = History(doc.editor)
    before = cells(doc)
    history.push(SetRaciCells(SET_LETTERS, [
        CellEdit(1, 3, "", "C"), CellEdit(1, 2, "R", ""), CellEdit(5, 1, "", "A/R")]))
    assert cells(doc) == {(1, 1): "A", (1, 3): "C", (3, 1): "A/R", (4, 2): "R", (5, 1): "A/R"}
    history.undo()
    assert cells(doc) == before
    history.redo()
    assert cells(doc)[(5, 1)] == "A/R"


def test_many_cells_are_written_and_undone_a_statement_of_rows_at_a_time(doc, monkeypatch):
    """Cells go to SQLite a hundred rows per statement (four here), the rest after."""
    from app.models.commands import raci

    monkeypatch.setattr(raci, "_ROWS", 4)
    history = History(doc.editor)
    before = cells(doc)
    every = {(t, r): "RACI"[(t + r) % 4] for t in range(1, 6) for r in range(1, 4)}
    history.push(SetRaciCells(SET_LETTERS, [CellEdit(t, r, before.get((t, r), ""), letter)
                                            for (t, r), letter in every.items()]))
    assert cells(doc) == every
    history.undo()  # 15 cells: back to the 5 there were, the other 10 removed
    assert cells(doc) == before


def test_a_cell_of_no_task_is_refused_and_nothing_changes(doc):
    before = cells(doc)
    with pytest.raises(UserError):
        History(doc.editor).push(SetRaciCells(SET_LETTERS, [
            CellEdit(1, 3, "", "C"), CellEdit(99, 1, "", "R")]))
    assert cells(doc) == before


def test_unchanged_cells_are_left_out():
    command = SetRaciCells(SET_LETTERS, [CellEdit(1, 1, "A", "A"), CellEdit(1, 2, "", "R")])
    assert command.edits == [CellEdit(1, 2, "", "R")]


def test_cycling_the_same_cell_merges_into_one_step():
    first = SetRaciCells(CYCLE_LETTER, [CellEdit(1, 1, "", "R")])
    assert first.merge(SetRaciCells(CYCLE_LETTER, [CellEdit(1, 1, "R", "A")]))
    assert first.edits == [CellEdit(1, 1, "", "A")]
    assert not first.merge(SetRaciCells(CYCLE_LETTER, [CellEdit(2, 1, "", "R")]))
    assert not first.merge(SetRaciCells(SET_LETTERS, [CellEdit(1, 1, "A", "C")]))


def test_add_person_and_role_columns(doc):
    history = History(doc.editor)
    history.push(build(doc, lambda s: edits.add_person_column(s, 3)))
    history.push(build(doc, lambda s: edits.add_role_column(s, "  Steering   committee ")))
    assert [c.name for c in matrix(doc).columns] == [
        "Ann Lee", "Bo Wu", "DBA", "Cy Ma", "Steering committee"]
    history.undo()
    history.undo()
    assert [c.name for c in matrix(doc).columns] == ["Ann Lee", "Bo Wu", "DBA"]


@pytest.mark.parametrize("name, message", [
    ("", "needs a name"), ("dba", "already a column named"), ("ann lee", "already a column"),
    ("x" * 101, "at most 100"),
])
def test_bad_role_names_are_refused(doc, name, message):
    with pytest.raises(UserError) as error:
        build(doc, lambda s: edits.add_role_column(s, name))
    assert message in error.value.message()


def test_a_person_gets_one_column_only(doc):
    with pytest.raises(UserError, match="already has a RACI column"):
        build(doc, lambda s: edits.add_person_column(s, 1))


def test_rename_a_role_but_not_a_person(doc):
    history = History(doc.editor)
    history.push(build(doc, lambda s: edits.rename_column(s, 3, "Database admin")))
    assert matrix(doc).columns[2].name == "Database admin"
    assert build(doc, lambda s: edits.rename_column(s, 3, "Database admin")) is None
    with pytest.raises(UserError, match="stakeholder register"):
        build(doc, lambda s: edits.rename_column(s, 1, "Boss"))
    history.undo()
    assert matrix(doc).columns[2].name == "DBA"


def test_reorder_is_one_step(doc):
    history = History(doc.editor)
    history.push(build(doc, lambda s: edits.reorder_columns(s, [3, 1, 2])))
    assert [c.name for c in matrix(doc).columns] == ["DBA", "Ann Lee", "Bo Wu"]
    history.undo()
    assert [c.name for c in matrix(doc).columns] == ["Ann Lee", "Bo Wu", "DBA"]


def test_remove_column_takes_its_letters_and_undo_brings_them_back(doc):
    history = History(doc.editor)
    before = cells(doc)
    history.push(build(doc, lambda s: edits.remove_column(s, 1)))
    assert [c.name for c in matrix(doc).columns] == ["Bo Wu", "DBA"]
    assert (1, 1) not in cells(doc)
    history.undo()
    assert cells(doc) == before
    assert [c.name for c in matrix(doc).columns] == ["Ann Lee", "Bo Wu", "DBA"]


def test_variant_and_thresholds_are_stored_and_undoable(doc):
    history = History(doc.editor)
    history.push(build(doc, lambda s: edits.set_variant(s, RaciVariant.RASCI)))
    assert matrix(doc).variant == RaciVariant.RASCI
    assert build(doc, lambda s: edits.set_variant(s, RaciVariant.RASCI)) is None
    history.push(build(doc, lambda s: edits.set_thresholds(s, Thresholds(1, 2, 3))))
    assert matrix(doc).thresholds == Thresholds(1, 2, 3)
    history.push(build(doc, lambda s: edits.set_thresholds(s, Thresholds(4, 5, 6))))
    assert matrix(doc).thresholds == Thresholds(4, 5, 6)
    history.undo()
    history.undo()
    assert matrix(doc).thresholds == Thresholds()
    history.undo()
    assert matrix(doc).variant == RaciVariant.RACI


def test_paste_values_name_the_bad_cell():
    assert edits.paste_values([["r", " a/r ", "-"]], RaciVariant.RACI) == [["R", "A/R", ""]]
    with pytest.raises(UserError) as error:
        edits.paste_values([["R", "A"], ["C", "S"]], RaciVariant.RACI)
    assert "Row 2, column 2" in error.value.message() and "\u201cS\u201d" in error.value.message()
    assert edits.paste_values([["S"]], RaciVariant.RASCI) == [["S"]]


def test_paste_must_fit():
    edits.check_fits([["R", "A"]], rows_left=1, columns_left=2)
    with pytest.raises(UserError, match="3 columns wide but only 2"):
        edits.check_fits([["R", "A", "C"]], rows_left=5, columns_left=2)
    with pytest.raises(UserError, match="2 rows but only 1"):
        edits.check_fits([["R"], ["A"]], rows_left=1, columns_left=2)
