from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import insert

from app.core.enums import LinkType
from app.models import Dependency, Task
from app.models.document import Document
from app.models.scheduling import reschedule

# id, parent, position, name, duration (days)
TASKS = [(1, None, 1, "Phase", 0), (2, 1, 1, "Survey", 2), (3, 1, 2, "Design", 3),
         (4, 1, 3, "Build", 1), (5, None, 2, "Handover", 0), (6, None, 3, "Spare", 2)]
LINKS = [(2, 3), (3, 4), (4, 5)]


def fill(session) -> None:
    session.execute(insert(Task), [
        {"id": i, "parent_id": p, "position": pos, "name": n, "duration": d * 480,
         "milestone": i == 5} for i, p, pos, n, d in TASKS])
    session.execute(insert(Dependency), [
        {"id": k, "predecessor_id": a, "successor_id": b, "type": LinkType.FS, "lag": 0}
        for k, (a, b) in enumerate(LINKS, 1)])
    session.flush()
    reschedule(session)


@pytest.fixture
def plan(tmp_path):
    path = tmp_path / "plan.pwp"
    Document.create(path, name="Plan", start=date(2026, 3, 2), fill=fill).close()
    return path


@pytest.fixture
def page(window, plan):
    window.resize(1400, 700)
    assert window.open_path(plan)
    window.show_page(0)
    page = window.pages[0]
    QApplication.processEvents()
    page.table.setFocus()
    return page


def task(page, task_id: int) -> Task:
    with page.port.document.reader() as session:
        row = session.get(Task, task_id)
        session.expunge(row)
        return row


def links(page) -> set[tuple[int, int, str, int]]:
    with page.port.document.reader() as session:
        return {(d.predecessor_id, d.successor_id, d.type.value, d.lag)
                for d in session.query(Dependency)}
