"""Rescheduling a stored project writes the computed dates back to its tasks."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select

from app.core.enums import ConstraintType, LagUnit, LinkType
from app.core.errors import UserError
from app.models.document import Document
from app.models.project import Project
from app.models.scheduling import reschedule
from app.models.tasks import Dependency, Task

DAY = 480


@pytest.fixture
def doc(tmp_path, monkeypatch):
    monkeypatch.setenv("PLANWRIGHT_DATA_DIR", str(tmp_path / "data"))
    document = Document.create(tmp_path / "plan.pwp", name="x", start=date(2024, 6, 3))
    yield document
    document.close()


def add_tasks(doc: Document, *tasks: Task) -> list[int]:
    with doc.session() as session:
        session.add_all(tasks)
        session.flush()
        return [t.id for t in tasks]


def link(doc: Document, pred: int, succ: int, **fields) -> None:
    with doc.session() as session:
        session.add(Dependency(predecessor_id=pred, successor_id=succ, **fields))


def stored(doc: Document) -> dict[str, Task]:
    with doc.reader() as session:
        tasks = list(session.scalars(select(Task)))
        session.expunge_all()
    return {t.name: t for t in tasks}


def test_reschedule_stores_dates_slack_and_the_critical_path(doc):
    a, b, c = add_tasks(doc, Task(name="A", duration=2 * DAY), Task(name="B", duration=3 * DAY),
                        Task(name="C", duration=DAY))
    (m,) = add_tasks(doc, Task(name="Done", duration=0, milestone=True))
    link(doc, a, b)
    link(doc, a, c)
    link(doc, b, m)
    link(doc, c, m)
    with doc.session() as session:
        reschedule(session)
    tasks = stored(doc)
    assert (tasks["A"].start, tasks["A"].finish) == (datetime(2024, 6, 3, 8),
                                                     datetime(2024, 6, 4, 17))
    assert (tasks["B"].start, tasks["B"].finish) == (datetime(2024, 6, 5, 8),
                                                     datetime(2024, 6, 7, 17))
    assert tasks["Done"].start == tasks["Done"].finish == datetime(2024, 6, 7, 17)
    assert tasks["C"].late_start == datetime(2024, 6, 7, 8)
    assert (tasks["C"].total_slack, tasks["C"].free_slack) == (2 * DAY, 2 * DAY)
    assert [tasks[n].critical for n in ("A", "B", "C", "Done")] == [True, True, False, True]
    assert tasks["B"].early_finish == tasks["B"].late_finish == datetime(2024, 6, 7, 17)


def test_summary_percent_lag_and_constraint(doc):
    (phase,) = add_tasks(doc, Task(name="Phase", duration=0))
    add_tasks(
        doc, Task(name="First", parent_id=phase, position=1, duration=2 * DAY),
        Task(name="Second", parent_id=phase, position=2, duration=DAY,
             constraint_type=ConstraintType.SNET, constraint_date=datetime(2024, 6, 10, 8)))
    (after,) = add_tasks(doc, Task(name="After", duration=DAY))
    link(doc, phase, after, type=LinkType.FS, lag=500, lag_unit=LagUnit.PERCENT)
    with doc.session() as session:
        reschedule(session)
    tasks = stored(doc)
    assert tasks["Second"].start == datetime(2024, 6, 10, 8)
    assert (tasks["Phase"].start, tasks["Phase"].finish) == (datetime(2024, 6, 3, 8),
                                                             datetime(2024, 6, 10, 17))
    assert tasks["Phase"].duration == 6 * DAY  # rolled up from its children
    # Half of the phase's six days: three working days after Monday 10th.
    assert tasks["After"].start == datetime(2024, 6, 14, 8)


def test_weekend_start_date_moves_to_monday_and_unchanged_rows_stay_clean(doc):
    with doc.session() as session:
        session.get_one(Project, 1).start_date = date(2024, 6, 1)  # a Saturday
    add_tasks(doc, Task(name="A", duration=DAY))
    with doc.session() as session:
        reschedule(session)
    assert stored(doc)["A"].start == datetime(2024, 6, 3, 8)
    with doc.session() as session:
        reschedule(session)
        assert not session.dirty


def test_a_loop_is_refused_and_nothing_is_written(doc):
    a, b = add_tasks(doc, Task(name="Design", duration=DAY), Task(name="Build", duration=DAY))
    link(doc, a, b)
    link(doc, b, a)
    with pytest.raises(UserError, match="Design.*Build"), doc.session() as session:
        reschedule(session)
    assert stored(doc)["Design"].start is None
