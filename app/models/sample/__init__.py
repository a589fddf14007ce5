"""The bundled sample project: an ERP upgrade across three sites, in English or Chinese.

The content lives in compact tables (charter, tasks, people, risks); this module turns
them into rows. Dates are not written by hand: the scheduler computes the original
plan, which becomes the baseline, then the current plan after the recorded slips, and
progress follows from the current dates and the status date.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime, time
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.calendar import STANDARD_WEEK, WorkCalendar
from app.core.holiday_presets import holiday_exceptions, merge
from app.models.calendars import load_calendar, project_calendar, store_calendar
from app.models.defaults import text_for
from app.models.document import Document
from app.models.people import Person, RaciCell, RaciRole, Risk, RiskReview, RiskTask
from app.models.project import Project
from app.models.scheduling import reschedule
from app.models.tasks import Assignment, Baseline, BaselineTask, Dependency, Task

from . import charter, people, risks, tasks
from .charter import pick
from .history import add_history

__all__ = ["SAMPLE_START", "STATUS_DATE", "create_sample", "fill_sample", "sample_name"]

SAMPLE_START = charter.START
STATUS_DATE = charter.STATUS_DATE
MINUTES_PER_DAY = 480
# Progress is measured at the end of the status date's working day.
_STATUS_MOMENT = datetime.combine(charter.STATUS_DATE, time(17, 0))


def sample_name(language: str) -> str:
    return pick(charter.NAME, language)


def create_sample(path: Path | str, language: str, overwrite: bool = False) -> Document:
    """Write the sample project to `path` in `language` ("en" or "zh_CN") and open it."""
    return Document.create(path, name=sample_name(language), language=language,
                           start=date(2026, 3, 2), overwrite=overwrite,
                           fill=lambda s: fill_sample(s, language))


def fill_sample(session: Session, language: str) -> None:
    """Add the sample's content to a new project that already has its defaults."""
    _fill_project(session, language)
    _fill_calendar(session, language)
    person_ids = _add_people(session, language)
    task_ids = _add_tasks(session, language, person_ids)
    session.flush()

    reschedule(session)  # the original plan
    by_key = {key: session.get_one(Task, task_id) for key, task_id in task_ids.items()}
    _set_costs(session, by_key)
    _take_baseline(session, language, by_key.values())

    for key, days in tasks.SLIPS.items():
        by_key[key].duration += round(days * MINUTES_PER_DAY)
    session.flush()
    reschedule(session)  # the current plan
    _set_costs(session, by_key)
    _set_progress(project_calendar(session), by_key)
    session.flush()
    reschedule(session)  # actual dates pin started tasks; slack now reflects them

    _add_risks(session, language, person_ids, task_ids)
    _add_raci(session, language, person_ids, task_ids)
    session.flush()
    add_history(session)  # status snapshots of earlier status dates (dashboard trends)


# -- project and calendar --------------------------------------------------------------

def _fill_project(session: Session, language: str) -> None:
    project = session.get_one(Project, 1)
    project.name = pick(charter.NAME, language)
    project.code = charter.CODE
    project.manager = pick(next(p.name for p in people.PEOPLE if p.key == "pm"), language)
    project.client = pick(charter.CLIENT, language)
    project.start_date = charter.START
    project.status_date = charter.STATUS_DATE
    project.currency = charter.CURRENCY
    project.description = pick(charter.DESCRIPTION, language)
    project.objectives = pick(charter.OBJECTIVES, language)
    project.success_criteria = pick(charter.SUCCESS_CRITERIA, language)


def _fill_calendar(session: Session, language: str) -> None:
    existing = load_calendar(session, 1).exceptions.values()
    merged = merge(existing, holiday_exceptions("CN", [2026], language))
    store_calendar(session, 1, WorkCalendar(text_for(language)["calendar"], STANDARD_WEEK,
                                            merged))
    session.flush()


# -- people and tasks ------------------------------------------------------------------

def _add_people(session: Session, language: str) -> dict[str, int]:
    rows = {}
    for position, p in enumerate(people.PEOPLE):
        target_power, target_interest = p.target or (None, None)
        rows[p.key] = Person(
            position=position, name=pick(p.name, language),
            organisation=pick(p.organisation, language), title=pick(p.title, language),
            contact=pick(p.email, language), power=p.power, interest=p.interest,
            target_power=target_power, target_interest=target_interest,
            attitude=p.attitude, engagement_current=p.current, engagement_desired=p.desired,
            strategy=pick(p.strategy, language),
            communication=pick(p.communication, language), notes=pick(p.notes, language),
            team_member=p.team, confidential=p.confidential)
    session.add_all(rows.values())
    session.flush()
    return {key: row.id for key, row in rows.items()}


def _add_tasks(session: Session, language: str, person_ids: dict[str, int]) -> dict[str, int]:
    by_outline: dict[str, Task] = {}
    by_key: dict[str, Task] = {}
    for outline, key, days, en, zh, _assignees in tasks.WBS:
        parent_outline, _, last = outline.rpartition(".")
        parent = by_outline.get(parent_outline)
        constraint = tasks.CONSTRAINTS.get(key)
        task = Task(
            name=zh if language == "zh_CN" else en,
            notes=pick(tasks.NOTES.get(key, ("", "")), language),
            # A summary's duration is rolled up by the scheduler; 0 until then.
            duration=round((days or 0) * MINUTES_PER_DAY), milestone=days == 0,
            position=int(last) - 1,
            deadline=tasks.DEADLINES.get(key))
        if constraint:
            task.constraint_type, task.constraint_date = constraint
        if parent is not None:
            session.flush()  # the parent needs its id first
            task.parent_id = parent.id
        session.add(task)
        by_outline[outline] = by_key[key] = task
    session.flush()
    session.add_all(
        Dependency(predecessor_id=by_key[pred].id, successor_id=by_key[succ].id,
                   type=kind, lag=round(lag * MINUTES_PER_DAY))
        for pred, succ, kind, lag in tasks.LINKS)
    session.add_all(
        Assignment(task_id=by_key[key].id, person_id=person_ids[who],
                   units=int(units or 100))
        for _outline, key, _days, _en, _zh, assignees in tasks.WBS
        for who, _, units in (item.partition(":") for item in assignees.split()))
    return {key: task.id for key, task in by_key.items()}


def _units_by_task(session: Session) -> dict[int, int]:
    totals: dict[int, int] = defaultdict(int)
    for assignment in session.scalars(select(Assignment)):
        totals[assignment.task_id] += assignment.units
    return totals


def _set_costs(session: Session, by_key: dict[str, Task]) -> None:
    """Budget = person-days x a blended rate; summaries carry the sum of their tasks."""
    units = _units_by_task(session)
    children: dict[int, list[Task]] = defaultdict(list)
    for task in by_key.values():
        if task.parent_id is not None:
            children[task.parent_id].append(task)

    def cost(task: Task) -> float:
        if task.id in children:
            task.cost = sum(cost(child) for child in children[task.id])
        else:
            person_days = task.duration / MINUTES_PER_DAY * units.get(task.id, 0) / 100
            task.cost = round(person_days * tasks.DAILY_RATE, 2)
        return task.cost

    for task in by_key.values():
        if task.parent_id is None:
            cost(task)


def _take_baseline(session: Session, language: str, all_tasks: Iterable[Task]) -> None:
    baseline = Baseline(number=0, name=pick(charter.BASELINE_NAME, language),
                        taken_at=charter.BASELINE_TAKEN_AT)
    session.add(baseline)
    session.flush()
    session.add_all(BaselineTask(baseline_id=baseline.id, task_id=task.id, start=task.start,
                                 finish=task.finish, duration=task.duration, cost=task.cost)
                    for task in all_tasks)


def _set_progress(calendar: WorkCalendar, by_key: dict[str, Task]) -> None:
    """Progress as the current plan says it should be on the status date.

    Done before the status date: 100 % with actual dates; spanning it: started, with
    the share of working time elapsed (rounded down to 5 %); later: not started.
    """
    children: dict[int, list[Task]] = defaultdict(list)
    for task in by_key.values():
        if task.parent_id is not None:
            children[task.parent_id].append(task)
    leaves = [t for t in by_key.values() if t.id not in children]
    for task in leaves:
        if task.finish <= _STATUS_MOMENT:
            task.percent_complete = 100
            task.actual_start, task.actual_finish = task.start, task.finish
        elif task.start < _STATUS_MOMENT:
            done = calendar.working_minutes_between(task.start, _STATUS_MOMENT)
            share = done / task.duration if task.duration else 0.0
            task.percent_complete = min(95, max(5, int(share * 20) * 5))
            task.actual_start = task.start
        task.actual_cost = round(task.cost * task.percent_complete / 100, 2)

    def roll_up(task: Task) -> tuple[int, int]:
        """(duration, duration done) of the tasks under `task`, as Project weighs them."""
        if task.id not in children:
            return task.duration, task.duration * task.percent_complete // 100
        parts = [roll_up(child) for child in children[task.id]]
        total, done = sum(p[0] for p in parts), sum(p[1] for p in parts)
        kids = children[task.id]
        task.percent_complete = round(100 * done / total) if total else 0
        started = [k.actual_start for k in kids if k.actual_start is not None]
        task.actual_start = min(started) if started else None
        finished = all(k.percent_complete == 100 for k in kids)
        task.actual_finish = max(k.actual_finish for k in kids) if finished else None
        if finished:
            task.percent_complete = 100
        task.actual_cost = sum(k.actual_cost for k in kids)
        return total, done

    for task in by_key.values():
        if task.parent_id is None:
            roll_up(task)


# -- risks and RACI --------------------------------------------------------------------

def _add_risks(session: Session, language: str, person_ids: dict[str, int],
               task_ids: dict[str, int]) -> None:
    for r in risks.RISKS:
        p, i, rp, ri = r.score
        risk = Risk(code=r.code, title=pick(r.title, language), cause=pick(r.cause, language),
                    event=pick(r.event, language), effect=pick(r.effect, language),
                    category=pick(r.category, language), kind=r.kind, probability=p, impact=i,
                    residual_probability=rp, residual_impact=ri,
                    owner_id=person_ids[r.owner], strategy=r.strategy,
                    actions=pick(r.actions, language), trigger=pick(r.trigger, language),
                    status=r.status, identified_on=r.identified_on,
                    next_review_on=r.next_review_on, closed_on=r.closed_on)
        session.add(risk)
        session.flush()
        session.add_all(RiskTask(risk_id=risk.id, task_id=task_ids[key]) for key in r.tasks)
        session.add_all(
            RiskReview(risk_id=risk.id, reviewed_on=review.on, probability=review.score[0],
                       impact=review.score[1], residual_probability=review.score[2],
                       residual_impact=review.score[3], note=pick(review.note, language))
            for review in r.reviews)


def _add_raci(session: Session, language: str, person_ids: dict[str, int],
              task_ids: dict[str, int]) -> None:
    roles = [RaciRole(person_id=person_ids[key], position=n)
             for n, key in enumerate(people.RACI_PEOPLE)]
    roles += [RaciRole(name=pick(name, language), position=len(people.RACI_PEOPLE) + n)
              for n, name in enumerate(people.RACI_ROLES)]
    session.add_all(roles)
    session.flush()
    for key, row in people.RACI:
        letters = people.raci_letters(row)
        if len(letters) != len(roles):
            raise ValueError(f"RACI row {key} has {len(letters)} cells for {len(roles)} roles")
        session.add_all(RaciCell(task_id=task_ids[key], role_id=role.id, letters=text)
                        for role, text in zip(roles, letters, strict=True) if text)
