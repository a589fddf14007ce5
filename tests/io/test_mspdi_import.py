"""Importing the files Microsoft Project saved: everything arrives, the rest is reported."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from app.core.enums import ConstraintType, LagUnit, LinkType
from app.core.errors import UserError
from app.io.mspdi import import_mspdi, unsupported
from app.models import (
    Assignment,
    Baseline,
    BaselineTask,
    Calendar,
    Dependency,
    Person,
    Project,
    Task,
)
from app.models.calendars import load_calendar
from app.models.document import Document

from .conftest import MSPDI_DIR, NS, corpus, file_tasks, java_moment

D = datetime


def imported(source: Path, tmp_path: Path):
    report = import_mspdi(source, tmp_path / f"{source.stem}.pwp")
    return report, Document.open(report.target)


@pytest.fixture
def load(tmp_path):
    docs = []

    def _load(name: str):
        path = MSPDI_DIR / name
        if not path.exists():
            pytest.skip(f"{path} is not there")
        report, doc = imported(path, tmp_path)
        docs.append(doc)
        return report, doc

    yield _load
    for doc in docs:
        doc.close()


@pytest.mark.parametrize("source", corpus())
def test_every_task_link_and_resource_arrives(source, tmp_path):
    report, doc = imported(source, tmp_path)
    with doc.reader() as s:
        tasks = {t.uid: t for t in s.scalars(select(Task))}
        deps = list(s.scalars(select(Dependency)))
        people = list(s.scalars(select(Person)))
    doc.close()
    expected = file_tasks(source)
    assert sorted(tasks) == sorted(int(t.findtext("p:UID", namespaces=NS)) for t in expected)
    assert len(deps) == report.links == sum(len(t.findall("p:PredecessorLink", NS))
                                            for t in expected)
    resources = [r for r in _root(source).iterfind("p:Resources/p:Resource", NS)
                 if r.findtext("p:Name", "", NS) and r.findtext("p:Type", "1", NS) == "1"]
    assert sorted(p.uid for p in people) == sorted(int(r.findtext("p:UID", namespaces=NS))
                                                   for r in resources)
    assert all(p.team_member for p in people)
    for element in expected:  # names and the outline as the file's WBS codes state it
        task = tasks[int(element.findtext("p:UID", namespaces=NS))]
        assert task.name == element.findtext("p:Name", "", NS).strip()
        level = int(element.findtext("p:OutlineLevel", namespaces=NS))
        depth, parent = 1, task
        while parent.parent_id is not None:
            parent = next(t for t in tasks.values() if t.id == parent.parent_id)
            depth += 1
        assert depth == level, task.name


@pytest.mark.parametrize("source", corpus())
def test_hierarchy_links_and_dates_read_as_mpxj_reads_them(source, tmp_path, mpxj):
    report, doc = imported(source, tmp_path)
    with doc.reader() as s:
        tasks = {t.id: t for t in s.scalars(select(Task))}
        deps = list(s.scalars(select(Dependency)))
    doc.close()
    uid = {t.id: t.uid for t in tasks.values()}
    ours = {t.uid: (None if t.parent_id is None else uid[t.parent_id]) for t in tasks.values()}
    theirs = {}
    links = set()
    project = mpxj().read(str(source))
    for task in project.getTasks():
        if int(task.getUniqueID()) == 0 or task.getNull():
            continue
        parent = task.getParentTask()
        parent_uid = None if parent is None or int(parent.getUniqueID()) == 0 \
            else int(parent.getUniqueID())
        theirs[int(task.getUniqueID())] = parent_uid
        for rel in task.getPredecessors():
            links.add((int(rel.getPredecessorTask().getUniqueID()), int(task.getUniqueID()),
                       str(rel.getType()), round(float(rel.getLag().convertUnits(
                           _minutes(), project.getProjectProperties()).getDuration()))))
        file_start, file_finish = report.file_dates[int(task.getUniqueID())]
        assert java_moment(task.getStart()) == file_start.isoformat()[:16]
        assert java_moment(task.getFinish()) == file_finish.isoformat()[:16]
    assert ours == theirs
    assert {(uid[d.predecessor_id], uid[d.successor_id], d.type.value, d.lag)
            for d in deps} == links


def _minutes():
    from org.mpxj import TimeUnit

    return TimeUnit.MINUTES


def _root(path: Path):
    from xml.etree import ElementTree

    return ElementTree.parse(path).getroot()


@pytest.mark.parametrize("name", ["PredecessorCalendar.xml", "ProjectDefaultCalendar.xml"])
def test_primavera_files_in_the_folder_are_refused_by_name(name, tmp_path):
    if not (MSPDI_DIR / name).exists():
        pytest.skip(f"{name} is not there")
    with pytest.raises(UserError) as caught:
        import_mspdi(MSPDI_DIR / name, tmp_path / "p.pwp")
    assert "<APIBusinessObjects>" in caught.value.message()
    assert not (tmp_path / "p.pwp").exists()


def test_sample_links_constraints_people_and_calendars(load):
    report, doc = load("sample.xml")
    with doc.reader() as s:
        by_uid = {t.uid: t for t in s.scalars(select(Task))}
        uid = {t.id: t.uid for t in by_uid.values()}
        links = {(uid[d.predecessor_id], uid[d.successor_id]): (d.type, d.lag, d.lag_unit)
                 for d in s.scalars(select(Dependency))}
        people = {p.uid: p for p in s.scalars(select(Person))}
        units = {(uid[a.task_id], people_uid): a.units for a in s.scalars(select(Assignment))
                 for people_uid in [next(p.uid for p in people.values()
                                         if p.id == a.person_id)]}
        night = next(c for c in s.scalars(select(Calendar)) if c.name == "Night Shift")
        night = load_calendar(s, night.id)
        project = s.get_one(Project, 1)
    assert project.name == "sample" and project.start_date == date(2003, 1, 7)
    assert links == {
        (9, 10): (LinkType.FS, 0, LagUnit.WORKING), (11, 12): (LinkType.FS, 480, LagUnit.WORKING),
        (13, 14): (LinkType.FS, -480, LagUnit.WORKING), (15, 16): (LinkType.SS, 0, LagUnit.WORKING),
        (17, 18): (LinkType.FF, 0, LagUnit.WORKING), (20, 21): (LinkType.SF, 0, LagUnit.WORKING)}
    assert by_uid[7].constraint_type == ConstraintType.SNET
    assert by_uid[7].constraint_date == D(2003, 2, 1, 8, 0)
    assert by_uid[3].milestone and by_uid[3].duration == 0
    assert [by_uid[u].position for u in (2, 3)] == [0, 1]
    assert by_uid[2].parent_id == by_uid[1].id and by_uid[1].parent_id is None
    assert by_uid[2].duration == 800 * 60 and by_uid[2].cost == pytest.approx(3526.25)
    assert {p.name for p in people.values()} == {"First Resource", "Second Resource"}
    assert people[2].notes == "Test Resource Notes"
    assert units == {(2, 1): 50, (2, 2): 75}
    # 23:00 to midnight on Monday; the small hours and 23:00-24:00 the other nights.
    assert night.week[0] == ((23 * 60, 24 * 60),)
    assert night.week[1] == ((0, 180), (240, 480), (23 * 60, 24 * 60))
    assert night.week[6] == ()


def test_durations_in_every_unit_become_working_minutes(load):
    _, doc = load("mspdiduration.xml")
    with doc.reader() as s:
        minutes = {t.uid: t.duration for t in s.scalars(select(Task))}
    # 1 minute, 1 hour, 1 day, 1 week, 1 month (20 days) of working time.
    assert [minutes[u] for u in range(1, 6)] == [1, 60, 480, 2400, 9600]
    # Elapsed ones: the working time between the saved start and finish.
    assert [minutes[u] for u in range(6, 11)] == [1, 60, 480, 2400, 10560]


def test_blank_rows_are_skipped_and_the_outline_kept(load):
    report, doc = load("mspdinulltasks.xml")
    with doc.reader() as s:
        by_uid = {t.uid: t for t in s.scalars(select(Task))}
        per_day = s.get_one(Project, 1).minutes_per_day
    parent = {u: next((p.uid for p in by_uid.values() if p.id == t.parent_id), None)
              for u, t in by_uid.items()}
    assert parent == {1: None, 3: 1, 4: 1, 6: None, 8: 6}
    assert per_day == 450 and by_uid[3].duration == 75 * 60
    assert _subjects(report, unsupported.BLANK_ROWS) == (2, 5, 7)


def test_notes_and_project_properties(load):
    _, doc = load("sample1.xml")
    with doc.reader() as s:
        notes = {t.uid: t.notes for t in s.scalars(select(Task)) if t.notes}
        name = s.get_one(Project, 1).name
    assert name == "MPXJ Sample"
    assert notes[1] == "Test Task Notes" and "Second task note" in notes[2]
    _, doc = load("mspdirelations.xml")
    with doc.reader() as s:
        project = s.get_one(Project, 1)
        assert (project.client, project.currency) == ("Steelray Software", "GBP")


def test_baselines_with_their_numbers_and_names(load):
    report, doc = load("baselines.xml")
    with doc.reader() as s:
        names = {b.number: b.name for b in s.scalars(select(Baseline))}
        first = s.execute(select(BaselineTask).join(Baseline)
                          .where(Baseline.number == 1)).scalar_one()
    assert names == {n: f"Baseline {n}" for n in range(1, 11)}
    assert (first.start, first.duration, first.cost) == (D(2001, 1, 1, 9, 0), 450, 1.0)
    _, doc = load("task-baselines-project2019-mspdi.xml")
    with doc.reader() as s:
        names = {b.number: b.name for b in s.scalars(select(Baseline))}
        rows = {(b.number, t.uid): bt for b, bt, t in s.execute(
            select(Baseline, BaselineTask, Task)
            .join(BaselineTask, BaselineTask.baseline_id == Baseline.id)
            .join(Task, Task.id == BaselineTask.task_id))}
    assert names[0] == "Baseline" and len(names) == 11
    assert rows[(0, 12)].duration == 88 * 60  # "Baseline Duration - Task", 11 days
    assert rows[(10, 11)].cost == 11.0


def test_task_calendars_and_resource_calendars(load):
    report, doc = load("caltest.xml")
    with doc.reader() as s:
        by_uid = {t.uid: t for t in s.scalars(select(Task))}
        names = {c.id: c.name for c in s.scalars(select(Calendar))}
    assert names[by_uid[3].calendar_id] == "Standard"  # the project calendar, id 1
    assert names[by_uid[4].calendar_id] == "Base Calendar"
    assert by_uid[2].calendar_id is None
    assert _subjects(report, unsupported.RESOURCE_CALENDARS) == ("Resource Three",)


# What each file holds that Planwright does not keep, as the warnings must say.
EXPECTED_WARNINGS = {
    "sample.xml": {unsupported.RECURRING: (6, 7, 8), unsupported.RATES: ("First Resource",
                                                                          "Second Resource"),
                   unsupported.ASSIGNMENT_WORK: (2,)},
    "mspdisplittask.xml": {unsupported.SPLIT: (1, 2)},
    "mspdiduration.xml": {unsupported.ELAPSED: (6, 7, 8, 9, 10)},
    "mspdinulltasks.xml": {unsupported.BLANK_ROWS: (2, 5, 7)},
    "baselines.xml": {unsupported.RESOURCE_BASELINES: ("Resource One",)},
    "enterprise.xml": {unsupported.TASK_CUSTOM: (1,), unsupported.ESTIMATED: (1,),
                       unsupported.RESOURCE_CUSTOM: ("Resource One",)},
    "task-flags-project2013-mspdi.xml": {unsupported.TASK_CUSTOM: tuple(range(1, 21))},
}


@pytest.mark.parametrize("name", sorted(EXPECTED_WARNINGS))
def test_what_is_not_kept_is_listed(name, load):
    report, doc = load(name)
    for template, subjects in EXPECTED_WARNINGS[name].items():
        assert _subjects(report, template) == subjects, template
    for warning in report.warnings:  # one readable line, naming the element
        line = warning.message()
        assert "\n" not in line and "<" in line and "{" not in line


def test_custom_field_definitions_are_named(load):
    report, _ = load("task-costs-project2019-mspdi.xml")
    assert _subjects(report, unsupported.CUSTOM_FIELDS)[:2] == ("Cost1", "Cost2")
    message = next(w for w in report.warnings
                   if w.template == unsupported.CUSTOM_FIELDS).message()
    assert message.startswith("10 custom field definition(s)") and "\u201cCost1\u201d" in message


def test_long_lists_of_uids_are_shortened(load):
    report, _ = load("task-durations-project2019-mspdi.xml")
    message = next(w for w in report.warnings if w.template == unsupported.ESTIMATED).message()
    assert "UID 1\u2013110" in message


def _subjects(report, template):
    return next((w.subjects for w in report.warnings if w.template == template), ())
