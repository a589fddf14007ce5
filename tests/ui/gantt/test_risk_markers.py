"""Risks linked to tasks show on those tasks: a Risks column coloured by the worst rating,
a dot on the bar, a line in the tooltip; linking a risk updates them at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from sqlalchemy import select

from app.models import Risk
from app.models.risk_edits import link_tasks
from app.models.sample import create_sample
from app.views.gantt.columns import INDEX
from app.views.gantt.tooltip import task_tooltip


def risk_cell(page, task_id: int):
    model = page.model
    return model.index(model.row_of[task_id], INDEX["risks"])


def test_linked_risks_show_in_the_gantt_and_follow_edits(window, tmp_path):
    create_sample(tmp_path / "sample.pwp", "en").close()
    assert window.open_path(tmp_path / "sample.pwp")
    window.show_page(0)
    page = window.pages[0]
    cell = risk_cell(page, 59)  # the sample links to it
    assert cell.data() == "R-004, R-006, R-007, R-015"
    colour = cell.data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(colour, QColor)
    assert "High" in cell.data(Qt.ItemDataRole.ToolTipRole)
    row = page.model.snapshot.by_id[59]
    assert "R-004" in task_tooltip(row, page.model.snapshot)
    assert risk_cell(page, 2).data() == ""

    with page.port.document.reader() as session:
        risk_id = session.scalar(select(Risk.id).where(Risk.code == "R-003"))
        command = link_tasks(session, risk_id, [2, 40, 41, 42])
    assert page.port.execute(command)
    assert risk_cell(page, 2).data() == "R-003"
    window.actions_["undo"].trigger()
    assert risk_cell(page, 2).data() == ""
