"""Key figures read from a project file (the dashboard's and the report's source)."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from app.core.enums import ConstraintType
from app.core.health import Band, Basis
from app.models.document import Document
from app.models.health import key_figures, load_snapshots, load_task_facts
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
