"""Resources and assignments of a Microsoft Project XML file (no database, no Qt).

Work resources become team members; material and cost resources, which Planwright
does not assign, are reported and left out with their assignments. Project's blank
resource (UID 0, no name) and its "unassigned" placeholder (ResourceUID -65535) are
bookkeeping, not data, and are passed over.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING
from xml.etree.ElementTree import Element

from app.core.calendar import WorkCalendar
from app.core.i18n import QT_TRANSLATE_NOOP, translate
from app.io.mspdi import unsupported
from app.io.mspdi.unsupported import Findings
from app.io.mspdi.xmlfile import (
    ASSIGNMENT_AT,
    OUT_OF_RANGE,
    RESOURCE_AT,
    RESOURCE_UID,
    SAME_UID,
    UNKNOWN_RESOURCE,
    UNKNOWN_TASK,
    Scope,
    children,
    line_of,
)

if TYPE_CHECKING:
    from app.io.mspdi.reader import FileTask

WORK_RESOURCE = 1  # <Type>: 0 material, 1 work, 2 cost
MAX_UNITS = 1000  # 100,000 %: more is a damaged file

UNNAMED = QT_TRANSLATE_NOOP("io", "Resource {uid}")


@dataclass
class FileResource:
    uid: int
    name: str
    email: str = ""
    group: str = ""
    notes: str = ""


@dataclass
class FileAssignment:
    task: int  # UID
    resource: int  # UID
    units: int  # percent of the person's time


def read_people(file: str, root: Element, tasks: Mapping[int, FileTask],
                calendar: WorkCalendar,
                findings: Findings) -> tuple[list[FileResource], list[FileAssignment]]:
    """Team members and who is assigned to which task (`tasks` by UID)."""
    resources: dict[int, FileResource] = {}
    lines: dict[int, int | str] = {}
    left_out: set[int] = set()
    for n, element in enumerate(children(root, "Resources", "Resource"), 1):
        uid = Scope.of(file, element, RESOURCE_AT, n=n).integer("UID", -(2**31), 2**31 - 1,
                                                                   required=True)
        scope = Scope.of(file, element, RESOURCE_UID, uid=uid)
        if uid in lines:
            scope.fail(SAME_UID, "UID", other=lines[uid])
        lines[uid] = line_of(element)
        name = scope.raw_text("Name").strip()
        if scope.flag("IsNull") or (uid == 0 and not name):
            left_out.add(uid)
            continue
        name = name or translate("io", UNNAMED).format(uid=uid)
        if scope.code("Type", frozenset({0, 1, 2}), WORK_RESOURCE) != WORK_RESOURCE or \
                scope.flag("IsCostResource"):
            findings.add(unsupported.NOT_PEOPLE, name)
            left_out.add(uid)
            continue
        _note_unsupported(scope, name, findings)
        resources[uid] = FileResource(uid, name[:200], scope.raw_text("EmailAddress").strip(),
                                      scope.raw_text("Group").strip(),
                                      scope.raw_text("Notes").strip())
    assignments = []
    for n, element in enumerate(children(root, "Assignments", "Assignment"), 1):
        scope = Scope.of(file, element, ASSIGNMENT_AT, n=n)
        task = scope.integer("TaskUID", required=True)
        resource = scope.integer("ResourceUID", required=True)
        if task == 0 and task not in tasks:
            continue  # the project summary task
        if task not in tasks:
            scope.fail(UNKNOWN_TASK, "TaskUID", uid=task)
        if _has_gap(scope, calendar):
            findings.add(unsupported.SPLIT, task)
        if resource < 0 or resource in left_out:
            continue  # Project's "no resource", or a resource not imported
        if resource not in resources:
            scope.fail(UNKNOWN_RESOURCE, "ResourceUID", uid=resource)
        units = scope.decimal("Units", low=0)
        if units is not None and units > MAX_UNITS:
            scope.fail(OUT_OF_RANGE, "Units", value=units, low=0, high=MAX_UNITS)
        percent = 100 if units is None else round(units * 100)
        assignments.append(FileAssignment(task, resource, percent))
        # Planwright's work is duration x units, spread evenly; say when the file's is not.
        work = scope.duration("Work")
        if (work is not None and abs(work - tasks[task].duration * percent / 100) >= 1) or \
                scope.integer("WorkContour"):
            findings.add(unsupported.ASSIGNMENT_WORK, task)
    return list(resources.values()), assignments


def _note_unsupported(scope: Scope, name: str, findings: Findings) -> None:
    rates = [scope.decimal(tag) for tag in ("StandardRate", "OvertimeRate", "CostPerUse")]
    for rate in children(scope.element, "Rates", "Rate"):
        inner = Scope(scope.file, rate, scope.where)
        rates += [inner.decimal(tag) for tag in ("StandardRate", "OvertimeRate", "CostPerUse")]
    if any(rates):
        findings.add(unsupported.RATES, name)
    if scope.element.find("ExtendedAttribute") is not None:
        findings.add(unsupported.RESOURCE_CUSTOM, name)
    if scope.element.find("Baseline") is not None:
        findings.add(unsupported.RESOURCE_BASELINES, name)


def _has_gap(assignment: Scope, calendar: WorkCalendar) -> bool:
    """Whether the planned or actual work stops during working time: a split task.

    Project spreads an assignment's work over <TimephasedData> periods. It leaves out
    the <Value> of periods the resource does not work (its calendar may differ from
    the project's) and writes a zero where the task stops during working time.
    """
    for period in assignment.element.iterfind("TimephasedData"):
        scope = Scope(assignment.file, period, assignment.where)
        if scope.integer("Type") not in (1, 2) or scope.duration("Value") != 0:
            continue
        start, finish = scope.moment("Start"), scope.moment("Finish")
        if start and finish and calendar.working_minutes_between(start, finish) > 0:
            return True
    return False

