"""Export then import: the same plan comes back, and a failed export leaves nothing."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from app.core.calendar import STANDARD_WEEK, Exception_, WorkCalendar
from app.core.enums import ConstraintType, LagUnit, LinkType
from app.core.errors import UserError
from app.io.mspdi import export_mspdi, import_mspdi, unsupported
from app.models import (
    Assignment,
    Baseline,
    BaselineTask,
    Dependency,
    Person,
    Project,
    Task,
)
from app.models.calendars import load_calendar, store_calendar
from app.models.document import Document
from app.models.sample import create_sample
from app.models.scheduling import reschedule

D = datetime


def snapshot(path: Path) -> dict:
    """What must survive a round trip, keyed by UIDs (ids are the file's own)."""
    doc = Document.open(path, read_only=True)
    with doc.reader() as s:
        tasks = {t.id: t for t in s.scalars(select(Task))}
        uid = {i: t.uid for i, t in tasks.items()}
        people = {p.id: p for p in s.scalars(select(Person))}
        project = s.get_one(Project, 1)
        result = {
            "project": (project.name, project.manager, project.client, project.start_date,
                        project.status_date, project.currency, project.minutes_per_day),
            "tasks": {t.uid: (t.name, uid.get(t.parent_id), t.position, t.duration,
                              t.milestone, t.manual, t.constraint_type, t.constraint_date,
                              t.deadline, t.percent_complete, t.actual_start, t.actual_finish,
                              t.notes, round(t.cost, 2), t.start, t.finish)
                      for t in tasks.values()},
            "links": {(uid[d.predecessor_id], uid[d.successor_id], d.type, d.lag, d.lag_unit)
                      for d in s.scalars(select(Dependency))},
            "calendar": _calendar(load_calendar(s, project.calendar_id)),
            "people": {(p.uid, p.name) for p in people.values() if p.team_member},
            "assignments": {(uid[a.task_id], people[a.person_id].uid, a.units)
                            for a in s.scalars(select(Assignment))},
            "baselines": {(b.number, uid[bt.task_id], bt.start, bt.finish, bt.duration,
                           round(bt.cost, 2))
                          for b, bt in s.execute(select(Baseline, BaselineTask).join(
                              BaselineTask, BaselineTask.baseline_id == Baseline.id))},
        }
    doc.close()
    return result


def _calendar(cal: WorkCalendar) -> tuple:
    return cal.week, sorted((e.day, e.name, e.intervals) for e in cal.exceptions.values())


def round_trip(source: Path, tmp_path: Path, language: str = "en",
               warned: dict | None = None) -> tuple[dict, dict, Path]:
    """Export `source`, import the result; only the `warned` warnings may appear."""
    xml = tmp_path / "exported.xml"
    export_mspdi(source, xml)
    report = import_mspdi(xml, tmp_path / "back.pwp", language=language)
    assert {w.template: w.subjects for w in report.warnings} == (warned or {})
    return snapshot(source), snapshot(report.target), xml


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_sample_project_comes_back_whole(language, tmp_path):
    create_sample(tmp_path / "sample.pwp", language).close()
    before, after, _ = round_trip(tmp_path / "sample.pwp", tmp_path, language)
    assert after["tasks"] == before["tasks"]
    assert after["links"] == before["links"]
    assert after["calendar"] == before["calendar"] and before["calendar"][1]  # holidays
    assert after["people"] == before["people"]
    assert after["assignments"] == before["assignments"]
    assert after["baselines"] == before["baselines"]
    assert after["project"] == before["project"]


def _unusual(session) -> None:
    """A plan using what the sample does not: lag units, manual tasks, calendars."""
    holidays = {day: Exception_(day, "Spring Festival \u6625\u8282") for day in
                (date(2026, 2, 16), date(2026, 2, 17), date(2026, 2, 18), date(2026, 2, 20))}
    holidays[date(2026, 2, 14)] = Exception_(date(2026, 2, 14), "\u8c03\u4f11 make-up day",
                                             ((9 * 60, 12 * 60), (13 * 60, 18 * 60)))
    store_calendar(session, 1, WorkCalendar("Site", STANDARD_WEEK, holidays))
    night = ((0, 180), (22 * 60, 24 * 60))
    store_calendar(session, 2, WorkCalendar("Nights", (night,) * 5 + ((), ()), {}))
    project = session.get_one(Project, 1)
    project.start_date = date(2026, 2, 2)
    project.status_date = date(2026, 2, 13)
    rows = [
        Task(id=1, uid=10, name="Phase <one> & \u201ctwo\u201d", position=0, duration=0),
        Task(id=2, uid=11, name="Survey \u52d8\u5bdf", parent_id=1, position=0, duration=2400,
             notes="Line one\nline two\x07", deadline=D(2026, 2, 27, 17, 0)),
        Task(id=3, uid=12, name="Manual", parent_id=1, position=1, duration=960, manual=True,
             start=D(2026, 2, 9, 8, 0), finish=D(2026, 2, 10, 17, 0)),
        Task(id=4, uid=13, name="Late", position=1, duration=90,
             constraint_type=ConstraintType.ALAP),
        Task(id=5, uid=14, name="Fixed", position=2, duration=480, calendar_id=2,
             constraint_type=ConstraintType.MSO, constraint_date=D(2026, 3, 2, 8, 0)),
        Task(id=6, uid=15, name="Done", position=3, duration=480, percent_complete=100,
             actual_start=D(2026, 2, 2, 8, 0), actual_finish=D(2026, 2, 2, 17, 0)),
        Task(id=7, uid=16, name="Gate", position=4, duration=0, milestone=True,
             constraint_type=ConstraintType.FNLT, constraint_date=D(2026, 3, 20, 17, 0)),
    ]
    session.add_all(rows)
    session.flush()
    session.add_all([
        Dependency(predecessor_id=2, successor_id=4, type=LinkType.SS, lag=2 * 1440,
                   lag_unit=LagUnit.ELAPSED),
        Dependency(predecessor_id=2, successor_id=7, type=LinkType.FS, lag=500,
                   lag_unit=LagUnit.PERCENT),
        Dependency(predecessor_id=6, successor_id=2, type=LinkType.FF, lag=-90),
        Dependency(predecessor_id=4, successor_id=7, type=LinkType.SF, lag=480),
        Person(id=1, uid=5, name="Li Wei 李伟", team_member=True,
               organisation="Site team", contact="li.wei@example.com"),
        Person(id=2, uid=6, name="Sponsor", team_member=False),  # a stakeholder only
        Assignment(task_id=2, person_id=1, units=50),
    ])
    session.flush()
    reschedule(session)


@pytest.fixture
def unusual(tmp_path) -> Path:
    Document.create(tmp_path / "unusual.pwp", name="Unusual \u975e\u5e38", fill=_unusual).close()
    return tmp_path / "unusual.pwp"


def test_lag_units_manual_tasks_constraints_and_calendars_come_back(unusual, tmp_path):
    # Planwright keeps a task's calendar but schedules on the project's, and says so.
    before, after, xml = round_trip(unusual, tmp_path, warned={unsupported.TASK_CALENDARS: (14,)})
    # XML 1.0 cannot carry a BEL character: the export drops it, nothing else.
    survey = list(before["tasks"][11])
    survey[12] = "Line one\nline two"
    before["tasks"][11] = tuple(survey)
    assert after == before
    text = xml.read_text("utf-8")
    assert "\x07" not in text and "Phase &lt;one&gt; &amp;" in text
    doc = Document.open(tmp_path / "back.pwp")
    with doc.reader() as s:
        by_uid = {t.uid: t for t in s.scalars(select(Task))}
        nights = load_calendar(s, by_uid[14].calendar_id)
    doc.close()
    assert nights.name == "Nights" and nights.week[0] == ((0, 180), (22 * 60, 24 * 60))
    assert after["people"] == {(5, "Li Wei 李伟")}  # not the sponsor
    assert "li.wei@example.com" in text and "Sponsor" not in text


def test_consecutive_equal_exceptions_are_written_as_one(unusual, tmp_path):
    export_mspdi(unusual, tmp_path / "out.xml")
    text = (tmp_path / "out.xml").read_text("utf-8")
    assert text.count("<Exception>") == 3  # 14 Feb; 16-18 Feb as one run; 20 Feb
    assert "<FromDate>2026-02-16T00:00:00</FromDate>" in text
    assert "<ToDate>2026-02-18T23:59:00</ToDate>" in text


def test_an_export_that_fails_leaves_no_file_and_the_old_one_intact(unusual, tmp_path,
                                                                    monkeypatch):
    target = tmp_path / "out.xml"
    target.write_text("previous export")

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("app.io.mspdi.writer.os.replace", broken)
    with pytest.raises(UserError) as caught:
        export_mspdi(unusual, target)
    assert "No space left on device" in caught.value.message()
    assert target.read_text() == "previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.xml", "unusual.pwp"]


def test_exporting_an_open_document_leaves_it_open(unusual, tmp_path):
    doc = Document.open(unusual)
    try:
        export_mspdi(doc, tmp_path / "out.xml")
        assert doc.project().name == "Unusual \u975e\u5e38"
    finally:
        doc.close()
