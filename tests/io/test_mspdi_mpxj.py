"""What Planwright exports, MPXJ reads back the same, in Microsoft's element order.

MPXJ (the reader behind ProjectLibre and GanttProject's MS Project import) stands in
for Microsoft Project. Its JAXB classes are generated from Microsoft's schema, so
their property order is the order Project demands of a file's elements.
"""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree

import pytest
from sqlalchemy import select

from app.core.enums import LagUnit
from app.io.mspdi import export_mspdi
from app.models import Dependency, Task
from app.models.calendars import load_calendar
from app.models.document import Document
from app.models.project import Project
from app.models.sample import create_sample

from .conftest import NS, java_moment
from .test_mspdi_roundtrip import _unusual


@pytest.fixture(params=["sample", "unusual"])
def exported(request, tmp_path) -> tuple[Path, Path]:
    source = tmp_path / f"{request.param}.pwp"
    if request.param == "sample":
        create_sample(source, "en").close()
    else:
        Document.create(source, name="Unusual", fill=_unusual).close()
    export_mspdi(source, tmp_path / "out.xml")
    return source, tmp_path / "out.xml"


def planwright(source: Path) -> dict:
    doc = Document.open(source, read_only=True)
    with doc.reader() as s:
        tasks = {t.id: t for t in s.scalars(select(Task))}
        uid = {i: t.uid for i, t in tasks.items()}
        per_day = s.get_one(Project, 1).minutes_per_day
        calendar = load_calendar(s, s.get_one(Project, 1).calendar_id)
        result = {
            "tasks": {t.uid: (t.name, uid.get(t.parent_id), _text(t.start), _text(t.finish),
                              t.duration, t.milestone) for t in tasks.values()},
            "links": {(uid[d.predecessor_id], uid[d.successor_id], d.type.value,
                       _lag(d.lag, d.lag_unit)) for d in s.scalars(select(Dependency))},
            "week": calendar.week, "name": calendar.name,
            "exceptions": {(e.day.isoformat(), e.name, e.intervals)
                           for e in calendar.exceptions.values()},
            "per_day": per_day,
        }
    doc.close()
    return result


def _text(moment) -> str | None:
    return None if moment is None else moment.isoformat()[:16]


def _lag(lag: int, unit: LagUnit) -> tuple[float, str]:
    if unit == LagUnit.PERCENT:
        return lag / 10, "percent"
    return float(lag), "elapsed" if unit == LagUnit.ELAPSED else "working"


def mpxj_view(reader, path: Path) -> dict:
    from java.time import DayOfWeek
    from org.mpxj import TimeUnit

    project = reader().read(str(path))
    props = project.getProjectProperties()

    def minutes(duration) -> float:
        units = str(duration.getUnits().name())
        if units in ("PERCENT", "ELAPSED_PERCENT"):
            return float(duration.getDuration()), "percent"
        if units.startswith("ELAPSED"):
            return float(duration.convertUnits(TimeUnit.ELAPSED_MINUTES, props)
                         .getDuration()), "elapsed"
        return float(duration.convertUnits(TimeUnit.MINUTES, props).getDuration()), "working"

    tasks, links = {}, set()
    for task in project.getTasks():
        if int(task.getUniqueID()) == 0:
            continue
        parent = task.getParentTask()
        tasks[int(task.getUniqueID())] = (
            str(task.getName()), None if parent is None else int(parent.getUniqueID()),
            java_moment(task.getStart()), java_moment(task.getFinish()),
            round(minutes(task.getDuration())[0]), bool(task.getMilestone()))
        for rel in task.getPredecessors():
            links.add((int(rel.getPredecessorTask().getUniqueID()), int(task.getUniqueID()),
                       str(rel.getType()), minutes(rel.getLag())))
    calendar = project.getDefaultCalendar()
    days = ("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")
    week = tuple(tuple(_range(r) for r in calendar.getCalendarHours(getattr(DayOfWeek, d)))
                 if calendar.isWorkingDay(getattr(DayOfWeek, d)) else () for d in days)
    exceptions = set()
    for exc in calendar.getCalendarExceptions():
        day, last = exc.getFromDate(), exc.getToDate()
        while not day.isAfter(last):
            exceptions.add((str(day), str(exc.getName() or ""),
                            tuple(_range(r) for r in exc) if exc.getWorking() else ()))
            day = day.plusDays(1)
    return {"tasks": tasks, "links": links, "week": week, "name": str(calendar.getName()),
            "exceptions": exceptions, "per_day": int(props.getMinutesPerDay())}


def _range(time_range) -> tuple[int, int]:
    start, end = time_range.getStart(), time_range.getEnd()
    end_minutes = end.getHour() * 60 + end.getMinute()
    return start.getHour() * 60 + start.getMinute(), end_minutes or 24 * 60


def test_mpxj_reads_the_same_plan(exported, mpxj):
    source, xml = exported
    ours, theirs = planwright(source), mpxj_view(mpxj, xml)
    assert theirs["tasks"] == ours["tasks"]
    assert theirs["links"] == ours["links"]
    assert (theirs["name"], theirs["week"], theirs["per_day"]) == \
        (ours["name"], ours["week"], ours["per_day"])
    assert theirs["exceptions"] == ours["exceptions"]


def test_elements_follow_the_schema_order(exported, mpxj):
    _, xml = exported
    root = ElementTree.parse(xml).getroot()
    assert root.tag == f"{{{NS['p']}}}Project"
    orders: dict[str, list[str]] = {}

    def check(element, path: str) -> None:
        order = orders.setdefault(path, schema_order(path))
        names = [child.tag.split("}")[1] for child in element]
        unknown = [n for n in names if n not in order]
        assert not unknown, f"{path}: not in the schema: {unknown}"
        positions = [order.index(n) for n in names]
        assert positions == sorted(positions), f"{path}: out of order: {names}"
        for child, name in zip(element, names, strict=True):
            if len(child):
                check(child, f"{path}${name}")

    check(root, "Project")
    assert {"Project", "Project$Calendars$Calendar", "Project$Tasks$Task",
            "Project$Tasks$Task$PredecessorLink", "Project$Resources$Resource",
            "Project$Assignments$Assignment"} <= set(orders)


def schema_order(path: str) -> list[str]:
    """Element names of the JAXB class for `path` (e.g. "Project$Tasks$Task"), in the
    schema's order; a list element (<Tasks>) holds one kind of child."""
    from java.lang import Class

    try:
        cls = Class.forName(f"org.mpxj.mspdi.schema.{path}")
    except Exception:
        return [path.rsplit("$", 1)[1][:-1]]  # "...$Tasks" -> ["Task"]
    xml_type = Class.forName("jakarta.xml.bind.annotation.XmlType")
    xml_element = Class.forName("jakarta.xml.bind.annotation.XmlElement")
    names = []
    for prop in cls.getAnnotation(xml_type).propOrder():
        annotation = cls.getDeclaredField(prop).getAnnotation(xml_element)
        name = str(annotation.name()) if annotation is not None else "##default"
        names.append(str(prop) if name == "##default" else name)
    return names
