"""Key figures read from a project file (the dashboard's and the report's source)."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from app.core.enums import ConstraintType
from app.core.health import Band, Basis
from app.models.commands import Editor
from app.models.commands.status import SetStatusDate
from app.models.document import Document
from app.models.health import key_figures, load_snapshots, load_task_facts, load_trends
from app.models.project import Project, Setting
from app.models.scheduling import reschedule
from app.models.tasks import Baseline, BaselineTask, StatusSnapshot, Task

WEEK = 2400


@pytest.fixture()
def doc(tmp_path):
    document = Document.create(tmp_path / "p.pwp", name="P", language="en",
                               start=date(2024, 1, 1))
    with document.session() as s:
        s.add_all([Task(id=1, name="Phase", position=0),
                   Task(id=2, parent_id=1, position=0, name="A", duration=WEEK, cost=1000,
                        percent_complete=100, actual_cost=1200),
                   Task(id=3, parent_id=1, position=1, name="B", duration=WEEK, cost=2000,
                        percent_complete=40, actual_cost=900,
                        constraint_type=ConstraintType.SNET, constraint_date=datetime(2024, 1, 8, 8)),
                   Task(id=4, parent_id=1, position=2, name="C", duration=WEEK, cost=1000,
                        constraint_type=ConstraintType.SNET, constraint_date=datetime(2024, 1, 15, 8)),
                   Task(id=5, position=1, name="Done", duration=0, milestone=True,
                        constraint_type=ConstraintType.SNET, constraint_date=datetime(2024, 1, 19, 17))])
        s.flush()
        reschedule(s)
        s.get_one(Project, 1).status_date = date(2024, 1, 10)
    yield document
    document.close()


def test_key_figures_of_a_small_plan(doc):
    with doc.reader() as s:
        facts = load_task_facts(s)
        figures = key_figures(s)
    assert [t.name for t in facts] == ["A", "B", "C", "Done"]  # summary left out
    assert figures.status_date == date(2024, 1, 10) and figures.status_date_set
    assert figures.ev.basis == Basis.COST
    assert (figures.ev.bac, figures.ev.pv, figures.ev.ev, figures.ev.ac) == \
        pytest.approx((4000, 2200, 1800, 2100))
    assert figures.spi_band == Band.RED and figures.cpi_band == Band.AMBER
    assert figures.tasks == 4 and figures.tasks_done == 1
    assert figures.milestones.upcoming == (5,)
    assert figures.baseline is None
    json.dumps(figures.snapshot())  # storable as it is


def test_the_baseline_is_the_plan_and_thresholds_come_from_the_file(doc):
    with doc.session() as s:
        s.add(Baseline(id=1, number=0, name="Baseline", taken_at=datetime(2024, 1, 1)))
        # The plan had B a week earlier: by the status date it should be done.
        s.add(BaselineTask(baseline_id=1, task_id=3, start=datetime(2024, 1, 1, 8),
                           finish=datetime(2024, 1, 5, 17), duration=WEEK, cost=2000))
        s.add(Setting(key="health", value={"green": 0.7, "amber": 0.5}))
    with doc.reader() as s:
        figures = key_figures(s)
    assert figures.baseline == 0
    assert figures.ev.pv == pytest.approx(1000 + 2000 + 0)  # A and B fully planned
    assert figures.late == (3,)  # B finishes after its baseline finish
    assert figures.spi_band == Band.AMBER  # 1800 / 3000 = 0.6


def test_snapshots_are_read_oldest_first(doc):
    with doc.session() as s:
        for day in (date(2024, 1, 12), date(2024, 1, 5)):
            s.add(StatusSnapshot(status_date=datetime.combine(day, datetime.min.time()),
                                 taken_at=datetime(2024, 2, 1), figures={"ev": day.day}))
    with doc.reader() as s:
        snapshots = load_snapshots(s)
    assert [r.status_date for r in snapshots] == [date(2024, 1, 5), date(2024, 1, 12)]
    assert snapshots[0].figures == {"ev": 5}


def _snapshots(doc) -> dict:
    with doc.reader() as s:
        return {r.status_date: r.figures for r in load_snapshots(s)}


def test_moving_the_status_date_keeps_the_figures_of_the_date_left(doc):
    editor = Editor(doc)
    first = SetStatusDate(date(2024, 1, 10), date(2024, 1, 17))
    editor.apply(first)
    kept = _snapshots(doc)
    assert list(kept) == [date(2024, 1, 10)]
    assert kept[date(2024, 1, 10)]["pv"] == pytest.approx(2200)
    assert kept[date(2024, 1, 10)]["ev"] == pytest.approx(1800)
    assert doc.project().status_date == date(2024, 1, 17)

    # More progress, then back to the 10th (a typo corrected) and undo that.
    with doc.session() as s:
        s.get_one(Task, 3).percent_complete = 100
    again = SetStatusDate(date(2024, 1, 17), date(2024, 1, 10))
    editor.apply(again)
    assert set(_snapshots(doc)) == {date(2024, 1, 10), date(2024, 1, 17)}
    editor.revert(again)
    assert set(_snapshots(doc)) == {date(2024, 1, 10)}
    editor.revert(first)
    assert _snapshots(doc) == {} and doc.project().status_date == date(2024, 1, 10)
    editor.apply(first)  # redo stores the same figures
    assert _snapshots(doc)[date(2024, 1, 10)]["ev"] == pytest.approx(1800)


def test_leaving_a_date_again_replaces_its_snapshot_and_undo_restores_it(doc):
    editor = Editor(doc)
    editor.apply(SetStatusDate(date(2024, 1, 10), date(2024, 1, 17)))
    editor.apply(SetStatusDate(date(2024, 1, 17), date(2024, 1, 10)))
    with doc.session() as s:
        s.get_one(Task, 3).percent_complete = 100
    third = SetStatusDate(date(2024, 1, 10), date(2024, 1, 17))
    editor.apply(third)
    assert _snapshots(doc)[date(2024, 1, 10)]["ev"] == pytest.approx(3000)
    editor.revert(third)
    assert _snapshots(doc)[date(2024, 1, 10)]["ev"] == pytest.approx(1800)


def test_setting_a_first_status_date_keeps_nothing(doc):
    with doc.session() as s:
        s.get_one(Project, 1).status_date = None
    Editor(doc).apply(SetStatusDate(None, date(2024, 1, 10)))
    assert _snapshots(doc) == {}


def test_trends_join_the_snapshots_and_the_current_figures(doc):
    Editor(doc).apply(SetStatusDate(date(2024, 1, 10), date(2024, 1, 17)))
    with doc.reader() as s:
        tasks = load_task_facts(s)
        figures = key_figures(s, tasks=tasks)
        trends = load_trends(s, figures, tasks)
    assert trends.earned.days == (date(2024, 1, 10), date(2024, 1, 17))
    assert trends.earned.values == pytest.approx((1800, 1800))
    assert trends.remaining.values == pytest.approx((1440 + 2400, 1440 + 2400))  # B 60 % left, C
    assert trends.planned.values[-1] == pytest.approx(4000)
    milestone = next(m for m in trends.milestones if m.task_id == 5)
    assert [d for d, _ in milestone.points] == [date(2024, 1, 10), date(2024, 1, 17)]
