"""The shared model: rows on show, folding, filters, edits handed out as requests."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from app.views.gantt.data import GanttRow, Snapshot
from app.views.gantt.filters import FILTERS, text_filter
from app.views.gantt.model import GanttModel


def row(i, level, parent=None, summary=False, **more) -> GanttRow:
    values = {"id": i, "number": i, "wbs": str(i), "level": level, "summary": summary,
              "parent_id": parent, "name": f"T{i}", "duration": 480, "percent": 0,
              "start": datetime(2026, 3, 2, 8), "finish": datetime(2026, 3, 2, 17)}
    values.update(more)
    return GanttRow(**values)


@pytest.fixture
def model(qapp):
    model = GanttModel()
    model.set_snapshot(Snapshot(rows=[
        row(1, 1, summary=True), row(2, 2, 1, summary=True), row(3, 3, 2, critical=True),
        row(4, 2, 1, milestone=True, duration=0), row(5, 1, percent=40, name="Cabling")]))
    return model


def shown(model) -> list[int]:
    return [r.id for r in model.rows]


def test_folding_hides_and_shows_a_summary_s_tasks(model, qtbot):
    with qtbot.waitSignal(model.rowsRemoved):
        model.toggle(2)
    assert shown(model) == [1, 2, 4, 5]
    model.toggle(1)
    assert shown(model) == [1, 5]
    model.toggle(1)
    assert shown(model) == [1, 2, 4, 5]  # 2 stays folded
    model.set_all_collapsed(False)
    assert shown(model) == [1, 2, 3, 4, 5]
    model.toggle(3)  # not a summary: nothing happens
    assert shown(model) == [1, 2, 3, 4, 5]


def test_filters_keep_the_summaries_of_what_matches(model):
    by_name = {text: predicate for text, predicate in FILTERS}
    model.set_filter(by_name["Critical"])
    assert shown(model) == [1, 2, 3]
    model.set_filter(by_name["Milestones"])
    assert shown(model) == [1, 4]
    model.set_filter(by_name["In progress"])
    assert shown(model) == [5]
    model.set_filter(text_filter("cab"))
    assert shown(model) == [5]
    model.set_filter(None)
    assert len(shown(model)) == 5


def test_an_edit_is_handed_out_not_written(model, qtbot):
    index = model.index(4, model.column_of("duration"))
    assert model.flags(index) & Qt.ItemFlag.ItemIsEditable
    summary = model.index(0, model.column_of("duration"))
    assert not model.flags(summary) & Qt.ItemFlag.ItemIsEditable  # rolled up
    with qtbot.waitSignal(model.edit_requested) as signal:
        assert model.setData(index, "3d")
    assert signal.args == [5, "duration", "3d"]
    with qtbot.assertNotEmitted(model.edit_requested):
        model.setData(index, "1 d")  # what it already shows: nothing to do
    assert model.data(index) == "1 d"
