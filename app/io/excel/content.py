"""What a workbook shows, read from a project as plain rows (no Qt).

`load_content` reads everything once with Core selects (10,000 tasks in a fraction
of a second) and keeps, per sheet, rows of values by column key. The writer turns
them into cells; the import compares an edited workbook with the same rows, so a
cell that was not touched never reads as a change.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import text as sql_text

from app.core.calendar import WorkCalendar
from app.core.durations import format_duration
from app.core.enums import ConstraintType, RaciVariant
from app.core.predecessors import format_link
from app.core.raci import Finding
from app.core.raci import Matrix as RaciMatrix
from app.core.risk import Matrix, Rating
from app.core.risk_summary import RiskFacts
from app.core.stakeholders import engagement_gap, quadrant, shareable
from app.core.wbs import OutlineRow, outline
from app.models.calendars import project_calendar
from app.models.people import Person
from app.models.project import Project
from app.models.raci import load_matrix as load_raci
from app.models.raw import moment
from app.models.risk_data import load_matrix as load_risk_matrix
from app.models.risk_data import load_risks
from app.models.stakeholders import StakeholderRecord, load_stakeholders
from app.models.tasks import Assignment, Baseline, BaselineTask, Dependency

_TASK_SQL = ("SELECT id, parent_id, position, name, notes, duration, milestone, manual, start, "
             "finish, percent_complete, constraint_type, constraint_date, deadline, "
             "total_slack, critical, actual_start, actual_finish FROM task")


@dataclass
class TaskLine:
    """One task as the Tasks, Gantt and RACI sheets show it."""

    id: int
    number: int
    wbs: str
    level: int
    summary: bool
    parent_id: int | None
    values: dict[str, Any]


@dataclass
class Content:
    """A project as the workbook shows it."""

    project_key: str
    language: str
    include_confidential: bool
    project: dict[str, Any]
    minutes_per_day: int
    minutes_per_week: int
    figures: dict[str, Any]
    tasks: list[TaskLine]
    people: list[StakeholderRecord]  # the shared ones, register order
    hidden_people: set[int]  # confidential people left out of this workbook
    person_names: dict[int, str]  # everyone, for the names the sheets show
    stakeholder_scale: int
    risks: list[RiskFacts]
    risk_matrix: Matrix
    raci: RaciMatrix  # only the columns of shared people and named roles
    calendar: WorkCalendar
    calendar_id: int
    status_date: date | None
    links: list[tuple[int, int, int, Any, int, Any]] = field(default_factory=list)
    assignments: dict[int, list[int]] = field(default_factory=dict)  # task -> people ids

    @property
    def task_by_id(self) -> dict[int, TaskLine]:
        return {t.id: t for t in self.tasks}

    @cached_property
    def raci_findings(self) -> dict[int, list[Finding]]:
        """What is wrong with each RACI row (by task id): checked once for the key
        figures and the sheet's Check column."""
        from app.core.raci import check_row

        matrix = self.raci
        names = matrix.names()
        return {row.task_id: check_row(row.cells, matrix.variant, matrix.thresholds, names)
                for row in matrix.rows}


def project_key(project: Project) -> str:
    """Stable for one project and its copies: the moment it was created."""
    return project.created_at.isoformat()


def load_content(session: Session, include_confidential: bool = False, *,
                 figures: bool = True) -> Content:
    """The project as a workbook shows it; the key figures only if `figures` (an import
    compares rows and never reads them)."""
    project = session.get_one(Project, 1)
    per_day, per_week = project.minutes_per_day, project.minutes_per_week
    everyone = load_stakeholders(session)
    people = shareable(everyone, include_confidential)
    hidden = {p.id for p in everyone} - {p.id for p in people}
    names = {p.id: p.name for p in everyone}
    tasks = _tasks(session, per_day, names, hidden)
    content = Content(
        project_key=project_key(project), language=project.language,
        include_confidential=include_confidential,
        project=dict(name=project.name, code=project.code, manager=project.manager,
                     client=project.client, start_date=project.start_date,
                     status_date=project.status_date, currency=project.currency,
                     hours_per_day=per_day / 60, hours_per_week=per_week / 60,
                     description=project.description, objectives=project.objectives,
                     success_criteria=project.success_criteria),
        minutes_per_day=per_day, minutes_per_week=per_week, figures={}, tasks=tasks,
        people=people, hidden_people=hidden, person_names=names,
        stakeholder_scale=project.stakeholder_scale, risks=load_risks(session),
        risk_matrix=load_risk_matrix(session), raci=_raci(session, hidden),
        calendar=project_calendar(session), calendar_id=project.calendar_id or 1,
        status_date=project.status_date)
    content.links = [tuple(r) for r in session.execute(select(
        Dependency.id, Dependency.predecessor_id, Dependency.successor_id, Dependency.type,
        Dependency.lag, Dependency.lag_unit))]
    assigned: dict[int, list[int]] = defaultdict(list)
    for task_id, person_id in session.execute(select(Assignment.task_id, Assignment.person_id)):
        assigned[task_id].append(person_id)
    content.assignments = dict(assigned)
    if figures:
        content.figures = _figures(content)
    return content


def _tasks(session: Session, per_day: int, names: dict[int, str],
           hidden: set[int]) -> list[TaskLine]:
    raw = {r[0]: r for r in session.execute(sql_text(_TASK_SQL))}
    rows: list[OutlineRow] = outline((r[0], r[1], r[2]) for r in raw.values())
    number = {o.id: o.number for o in rows}
    preds: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for _id, pred, succ, kind, lag, unit in session.execute(select(
            Dependency.id, Dependency.predecessor_id, Dependency.successor_id, Dependency.type,
            Dependency.lag, Dependency.lag_unit)):
        n = number.get(pred, 0)
        preds[succ].append((n, format_link(n, kind, lag, unit, per_day)))
    people: dict[int, list[str]] = defaultdict(list)
    for task_id, person_id in session.execute(
            select(Assignment.task_id, Assignment.person_id).join(Person)
            .order_by(Person.position, Person.name)):
        if person_id not in hidden:
            people[task_id].append(names[person_id])
    base: dict[int, tuple] = {}
    first = session.scalar(select(Baseline.id).order_by(Baseline.number).limit(1))
    if first is not None:
        base = {r[0]: (r[1], r[2]) for r in session.execute(
            select(BaselineTask.task_id, BaselineTask.start, BaselineTask.finish)
            .where(BaselineTask.baseline_id == first))}
    result = []
    for o in rows:
        (_id, parent, _pos, name, notes, duration, milestone, manual, start, finish, percent,
         constraint, constraint_date, deadline, slack, critical, actual_start,
         actual_finish) = raw[o.id]
        b_start, b_finish = base.get(o.id, (None, None))
        values = dict(
            id=o.id, wbs=o.wbs, level=o.level, name=name, notes=notes or "",
            duration=format_duration(duration, per_day), start=moment(start),
            finish=moment(finish),
            predecessors=", ".join(text for _n, text in sorted(preds.get(o.id, ()))),
            percent=percent, people=", ".join(people.get(o.id, ())), milestone=bool(milestone),
            manual=bool(manual),
            constraint_type=ConstraintType(constraint) if constraint else ConstraintType.ASAP,
            constraint_date=moment(constraint_date), deadline=moment(deadline),
            actual_start=moment(actual_start), actual_finish=moment(actual_finish),
            baseline_start=b_start, baseline_finish=b_finish,
            total_slack=None if slack is None else round(slack / per_day, 2),
            critical=bool(critical), _minutes=duration)
        result.append(TaskLine(o.id, o.number, o.wbs, o.level, o.summary, parent, values))
    return result


def _raci(session: Session, hidden: set[int]) -> RaciMatrix:
    """The RACI matrix without the columns of confidential people left out."""
    return load_raci(session).without_people(hidden)


def _figures(content: Content) -> dict[str, Any]:
    leaves = [t for t in content.tasks if not t.summary]
    total = sum(_minutes(t) for t in leaves)
    done = sum(_minutes(t) * (t.values["percent"] or 0) / 100 for t in leaves)
    finishes = [t.values["finish"] for t in content.tasks if t.values["finish"]]
    raci_errors = sum(1 for findings in content.raci_findings.values()
                      if any(f.level == 2 for f in findings))
    return dict(
        fig_finish=max(finishes) if finishes else None, fig_tasks=len(content.tasks),
        fig_milestones=sum(1 for t in content.tasks if t.values["milestone"]),
        fig_critical=sum(1 for t in leaves if t.values["critical"]),
        fig_complete=round(100 * done / total) if total else 0,
        fig_stakeholders=len(content.people),
        fig_open_risks=sum(1 for r in content.risks if r.status != "closed"),
        fig_raci_errors=raci_errors)


def _minutes(task: TaskLine) -> int:
    return task.values["_minutes"] or 0


# -- per-sheet values ---------------------------------------------------------------

def stakeholder_values(person: StakeholderRecord, scale: int) -> dict[str, Any]:
    values = {name: getattr(person, name) for name in StakeholderRecord.__dataclass_fields__
              if name != "position"}
    values["quadrant"] = quadrant(person.power, person.interest, scale).label
    values["gap"] = engagement_gap(person.engagement_current, person.engagement_desired)
    return values


def risk_values(risk: RiskFacts, matrix: Matrix, wbs: dict[int, str]) -> dict[str, Any]:
    values = {name: getattr(risk, name) for name in RiskFacts.__dataclass_fields__
              if name not in ("reviews", "task_ids", "owner_id")}
    values["score"] = risk.score
    values["residual_score"] = risk.residual_score
    rating = matrix.rating(risk.probability, risk.impact)
    residual = matrix.rating(risk.residual_probability, risk.residual_impact)
    values["rating"] = rating.label if rating else ""
    values["residual_rating"] = residual.label if residual else ""
    values["_rating"], values["_residual_rating"] = rating, residual
    values["tasks"] = ", ".join(sorted((wbs[t] for t in risk.task_ids if t in wbs),
                                       key=_wbs_key))
    return values


def _wbs_key(code: str) -> tuple[int, ...]:
    return tuple(int(p) if p.isdigit() else 0 for p in code.split("."))


def rating_of(values: dict[str, Any], residual: bool = False) -> Rating | None:
    return values["_residual_rating" if residual else "_rating"]


def raci_check(matrix: RaciMatrix, cells: list[str]) -> list[Finding]:
    from app.core.raci import check_row

    return check_row(cells, matrix.variant, matrix.thresholds, matrix.names())


def raci_letters(variant: RaciVariant) -> tuple[str, ...]:
    from app.core.raci import choices

    return tuple(c for c in choices(variant) if c)


