"""Model checks behind `planwright check`: what SQLite cannot see by itself."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.i18n import QT_TRANSLATE_NOOP, translate
from app.core.schedule import LinkIn, TaskIn, find_cycle
from app.models.people import Person, Risk
from app.models.project import Project
from app.models.tasks import Dependency, Task

_PARENT_LOOP = QT_TRANSLATE_NOOP("checks", "Task \u201c{name}\u201d is its own ancestor.")
_LINK_LOOP = QT_TRANSLATE_NOOP("checks", "Links form a loop: {names}.")
_MILESTONE = QT_TRANSLATE_NOOP("checks", "Milestone \u201c{name}\u201d has a duration.")
_DONE_NO_FINISH = QT_TRANSLATE_NOOP(
    "checks", "Task \u201c{name}\u201d is 100% complete but has no actual finish.")
_FINISH_BEFORE_START = QT_TRANSLATE_NOOP(
    "checks", "Task \u201c{name}\u201d finishes before it starts.")
_RISK_SCALE = QT_TRANSLATE_NOOP(
    "checks", "Risk {code} has a score outside the 1\u2013{scale} scale.")
_PERSON_SCALE = QT_TRANSLATE_NOOP(
    "checks", "Stakeholder \u201c{name}\u201d has power or interest outside 0\u2013{scale}.")
_EMPTY_NAME = QT_TRANSLATE_NOOP("checks", "A {what} has no name (row id {id}).")
_TASK = QT_TRANSLATE_NOOP("checks", "task")
_PERSON = QT_TRANSLATE_NOOP("checks", "stakeholder")


@dataclass(frozen=True)
class Problem:
    template: str
    params: dict

    def message(self) -> str:
        return translate("checks", self.template).format(**self.params)


def check_model(session: Session) -> list[Problem]:
    project = session.get_one(Project, 1)
    tasks = {t.id: t for t in session.scalars(select(Task))}
    problems: list[Problem] = []
    problems += _task_problems(tasks)
    problems += _link_loops(tasks, list(session.scalars(select(Dependency))))
    for risk in session.scalars(select(Risk)):
        values = [risk.probability, risk.impact, risk.residual_probability, risk.residual_impact]
        if any(v is not None and not 1 <= v <= project.risk_scale for v in values):
            problems.append(Problem(_RISK_SCALE, {"code": risk.code, "scale": project.risk_scale}))
    for person in session.scalars(select(Person)):
        if not person.name.strip():
            problems.append(Problem(_EMPTY_NAME, {"what": translate("checks", _PERSON),
                                                  "id": person.id}))
        if not all(0 <= v <= project.stakeholder_scale for v in (person.power, person.interest)):
            problems.append(Problem(_PERSON_SCALE, {"name": person.name,
                                                    "scale": project.stakeholder_scale}))
    return problems


def _task_problems(tasks: dict[int, Task]) -> list[Problem]:
    problems = []
    for task in tasks.values():
        if not task.name.strip():
            problems.append(Problem(_EMPTY_NAME, {"what": translate("checks", _TASK),
                                                  "id": task.id}))
        seen, parent = {task.id}, task.parent_id
        while parent is not None:
            if parent in seen:
                problems.append(Problem(_PARENT_LOOP, {"name": task.name}))
                break
            seen.add(parent)
            parent = tasks[parent].parent_id if parent in tasks else None
        if task.milestone and task.duration:
            problems.append(Problem(_MILESTONE, {"name": task.name}))
        if task.percent_complete == 100 and task.actual_finish is None:
            problems.append(Problem(_DONE_NO_FINISH, {"name": task.name}))
        if task.start and task.finish and task.finish < task.start:
            problems.append(Problem(_FINISH_BEFORE_START, {"name": task.name}))
    return problems


def _link_loops(tasks: dict[int, Task], links: list[Dependency]) -> list[Problem]:
    loop = find_cycle(
        [TaskIn(t.id, t.parent_id, t.position, t.name) for t in tasks.values()],
        [LinkIn(link.predecessor_id, link.successor_id, link.type) for link in links])
    if not loop:
        return []
    return [Problem(_LINK_LOOP, {"names": " \u2192 ".join(tasks[i].name for i in loop)})]
