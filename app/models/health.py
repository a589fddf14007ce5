"""Reading the project's health (no Qt): the key figures the Dashboard tiles and the
PDF report show, and the status snapshots the trend charts draw.

`key_figures(session)` is the one call a reader needs; the figures themselves are
computed in app.core.health from plain values read here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.calendar import WorkCalendar
from app.core.health import (
    Band,
    Basis,
    EarnedValue,
    Milestones,
    PlanIndex,
    Span,
    TaskFacts,
    Thresholds,
    choose_basis,
    critical_tasks,
    earned_value,
    is_milestone,
    late_tasks,
    milestone_due,
    milestone_states,
    over_budget,
    plan_span,
    remaining_work,
    sample_days,
    status_moment,
    work_span,
)
from app.core.raci import Summary as RaciSummary
from app.core.wbs import outline_ids
from app.models.calendars import project_calendar
from app.models.commands.base import Changes
from app.models.project import Project, Setting
from app.models.raci import raci_summary
from app.models.raw import driver_cursor, moment
from app.models.risk_data import RiskSummary, risk_summary
from app.models.stakeholders import StakeholderSummary, stakeholder_summary
from app.models.tasks import Baseline, StatusSnapshot

SETTING_KEY = "health"  # Setting row: {"green": 0.95, "amber": 0.85}

_TASK_SQL = ("SELECT id, parent_id, position, name, duration, milestone, start, finish, "
             "percent_complete, actual_start, actual_finish, cost, actual_cost, critical, "
             "deadline FROM task")


def load_thresholds(session: Session) -> Thresholds:
    setting = session.get(Setting, SETTING_KEY)
    return Thresholds.from_dict(setting.value if setting else None)


def baseline_number(session: Session) -> int | None:
    """The baseline the plan is measured against: the lowest kept (0 = "Baseline")."""
    return session.scalar(select(Baseline.number).order_by(Baseline.number).limit(1))


_BASELINE_SQL = ("SELECT bt.task_id, bt.start, bt.finish, bt.duration, bt.cost "
                 "FROM baseline_task bt JOIN baseline b ON b.id = bt.baseline_id "
                 "WHERE b.number = ?")


@dataclass
class HealthCache:
    """What the last reading of one document kept, so that a refresh after an edit
    converts only the tasks whose rows changed and recomputes a summary only when
    what it depends on changed (the dashboard keeps one; 10,000 tasks refresh in well
    under 200 ms). Call `forget(changes)` after each edit."""

    rows: dict[int, tuple] = field(default_factory=dict)  # task id -> raw row
    base: dict[int, tuple] | None = None  # task id -> raw baseline row
    facts: dict[int, TaskFacts] = field(default_factory=dict)  # work tasks only
    structure: int = 0  # goes up when ids, parents, positions, names or milestones change
    order: list[int] = field(default_factory=list)  # outline order
    spans: dict[int, tuple[TaskFacts, Span | None]] = field(default_factory=dict)
    plan_version: int = 0  # goes up when any task's planned dates or budget change
    indexes: dict[Basis, tuple[int, PlanIndex]] = field(default_factory=dict)
    raci: tuple[int, RaciSummary] | None = None  # (structure, summary)
    risks: tuple[date, RiskSummary] | None = None  # (day, summary)
    people: tuple[bool, StakeholderSummary] | None = None  # (confidential too, summary)

    def forget(self, changes: Changes) -> None:
        if changes & (Changes.RACI | Changes.PEOPLE | Changes.PROJECT | Changes.SETTINGS):
            self.raci = None
        if changes & (Changes.RISKS | Changes.PEOPLE | Changes.PROJECT | Changes.SETTINGS):
            self.risks = None
        if changes & (Changes.PEOPLE | Changes.PROJECT):
            self.people = None
        if changes & Changes.CALENDAR:
            self.spans.clear()
            self.plan_version += 1


def load_task_facts(session: Session, baseline: int | None = None,
                    cache: HealthCache | None = None) -> list[TaskFacts]:
    """The work tasks (leaves of the outline) in outline order, with their baseline.

    Plain driver rows, and with a cache only the rows that changed are converted.
    """
    cache = cache or HealthCache()
    with driver_cursor(session) as cursor:
        raw = cursor.execute(_TASK_SQL).fetchall()
        number = baseline if baseline is not None else baseline_number(session)
        base = {} if number is None else {
            r[0]: r[1:] for r in cursor.execute(_BASELINE_SQL, (number,)).fetchall()}
    old = cache.rows
    moved = len(raw) != len(old)  # the outline (or a name, a milestone) changed
    rows, changed = {}, []
    for r in raw:
        task_id = r[0]
        rows[task_id] = r
        before = old.get(task_id)
        if before != r:
            changed.append(task_id)
            if before is None or before[1:4] != r[1:4] or before[5] != r[5]:
                moved = True
    cache.rows = rows
    if moved or base != cache.base:
        cache.structure += moved
        cache.base = base
        cache.order = outline_ids((r[0], r[1], r[2]) for r in raw)
        parents = {r[1] for r in raw}
        cache.facts = {i: _facts(rows[i], base.get(i)) for i in cache.order
                       if i not in parents}
    else:
        facts = cache.facts
        for task_id in changed:
            if task_id in facts:
                facts[task_id] = _facts(rows[task_id], base.get(task_id))
    facts = cache.facts
    return [facts[i] for i in cache.order if i in facts]


def _facts(row: tuple, base: tuple | None) -> TaskFacts:
    (task_id, _parent, _position, name, duration, milestone, start, finish, percent,
     actual_start, actual_finish, cost, actual_cost, critical, deadline) = row
    b_start, b_finish, b_duration, b_cost = base or (None, None, None, None)
    b_finish = moment(b_finish)
    return TaskFacts(
        task_id, name, duration, bool(milestone), moment(start), moment(finish),
        percent or 0, moment(actual_start), moment(actual_finish), cost or 0.0,
        actual_cost or 0.0, bool(critical), moment(deadline), moment(b_start), b_finish,
        b_duration if b_finish is not None else None, b_cost)


@dataclass(frozen=True)
class RiskCount:
    """Open risks with one rating (current scores)."""

    code: str
    label: str
    color: str  # #rrggbb
    threats: int
    opportunities: int


@dataclass(frozen=True)
class KeyFigures:
    """Everything the Dashboard tiles and the report's summary show, at one status date.

    Earned-value amounts are in the project currency when `ev.basis` is COST, in
    working minutes when it is DURATION (divide by `minutes_per_day` for days).
    Task ids are given so a reader can list or filter the tasks behind a count.
    """

    status_date: date  # the project's status date, or today when none is set
    status_date_set: bool  # False: the project has no status date (today was used)
    currency: str
    minutes_per_day: int
    baseline: int | None  # the baseline number the plan comes from; None: current plan
    ev: EarnedValue  # PV, EV, AC, SV, CV, SPI, CPI, EAC, VAC, % complete and planned
    thresholds: Thresholds
    tasks: int  # work tasks (summaries left out)
    tasks_done: int
    remaining_work: float  # working minutes still to do (duration x (1 - % complete))
    forecast_finish: datetime | None  # latest finish of the current schedule
    planned_finish: datetime | None  # latest baseline finish (None without a baseline)
    milestones: Milestones  # ids hit / missed / next 30 days, and the total
    milestone_forecasts: dict[int, datetime | None]  # milestone id -> forecast finish
    late: tuple[int, ...]  # unfinished tasks behind plan (see app.core.health.is_late)
    critical: tuple[int, ...]  # unfinished critical tasks
    over_budget: tuple[int, ...]  # tasks whose actual cost (or duration) exceeds their EV
    risks_open: int
    risks_by_rating: tuple[RiskCount, ...]  # mildest rating first, every rating listed
    risk_exposure: int  # sum of the open threats' scores
    risk_reviews_overdue: tuple[str, ...]  # risk codes, longest overdue first
    raci_errors: int  # task rows with no A, two A's or no R
    raci_warnings: int
    raci_overloaded: int  # people or roles over the project's load thresholds
    stakeholders: int  # people counted (confidential ones only when asked)
    engagement_gaps: int  # people not at their desired engagement level
    engagement_unassessed: int
    engagement_gap_ids: tuple[int, ...] = ()  # the people counted in engagement_gaps

    @property
    def spi_band(self) -> Band:
        return self.thresholds.band(self.ev.spi)

    @property
    def cpi_band(self) -> Band:
        return self.thresholds.band(self.ev.cpi)

    @property
    def progress_band(self) -> Band:
        """Progress against plan, banded like SPI (EV / PV is the same ratio)."""
        return self.spi_band

    def snapshot(self) -> dict:
        """What a StatusSnapshot keeps (JSON values): the trend charts read these keys."""
        ev = self.ev
        return {
            "basis": str(ev.basis), "bac": ev.bac, "pv": ev.pv, "ev": ev.ev, "ac": ev.ac,
            "spi": ev.spi, "cpi": ev.cpi, "eac": ev.eac,
            "percent_complete": ev.percent_complete, "percent_planned": ev.percent_planned,
            "tasks": self.tasks, "tasks_done": self.tasks_done, "late": len(self.late),
            "remaining_work": self.remaining_work,
            "critical": len(self.critical), "risks_open": self.risks_open,
            "risk_exposure": self.risk_exposure,
            "milestones_hit": len(self.milestones.hit),
            "milestones_missed": len(self.milestones.missed),
            "milestones": {str(task): when.isoformat() if when else None
                           for task, when in self.milestone_forecasts.items()},
            "forecast_finish": (self.forecast_finish.isoformat()
                                if self.forecast_finish else None),
        }


def key_figures(session: Session, status_date: date | None = None, *,
                include_confidential: bool = False,
                tasks: list[TaskFacts] | None = None,
                calendar: WorkCalendar | None = None,
                cache: HealthCache | None = None) -> KeyFigures:
    """The key figures at `status_date` (default: the project's, else today).

    `tasks` and `calendar` may be passed when the caller already read them (`tasks`
    with the same `cache`). `include_confidential` counts confidential stakeholders
    (the PM's own dashboard).
    """
    cache = cache or HealthCache()
    project = session.get_one(Project, 1)
    status = status_date or project.status_date or date.today()
    number = baseline_number(session)
    facts = tasks if tasks is not None else load_task_facts(session, number, cache)
    calendar = calendar or project_calendar(session)
    risks = cached_risks(session, status, cache)
    if cache.raci is None or cache.raci[0] != cache.structure:
        cache.raci = (cache.structure, raci_summary(session))
    raci = cache.raci[1]
    if cache.people is None or cache.people[0] != include_confidential:
        cache.people = (include_confidential, stakeholder_summary(session,
                                                                  include_confidential))
    people = cache.people[1]
    finishes = [t.finish for t in facts if t.finish]
    planned = [t.baseline_finish for t in facts if t.baseline_finish]
    basis = choose_basis(facts)
    index = _index(facts, _spans(facts, calendar, cache), basis, cache)
    ev = earned_value(facts, status, calendar, basis,
                      planned=index.value(status_moment(status), calendar))
    return KeyFigures(
        status_date=status,
        status_date_set=status_date is not None or project.status_date is not None,
        currency=project.currency,
        minutes_per_day=project.minutes_per_day,
        baseline=number,
        ev=ev,
        thresholds=load_thresholds(session),
        tasks=len(facts),
        tasks_done=sum(1 for t in facts if t.done),
        remaining_work=remaining_work(facts),
        forecast_finish=max(finishes, default=None),
        planned_finish=max(planned, default=None),
        milestones=milestone_states(facts, status),
        milestone_forecasts={t.id: t.finish for t in facts if is_milestone(t)},
        late=late_tasks(facts, status),
        critical=critical_tasks(facts),
        over_budget=over_budget(facts, ev.basis),
        risks_open=sum(c.total for c in risks.by_rating),
        risks_by_rating=tuple(RiskCount(c.rating.code, c.rating.label, c.rating.color,
                                        c.threats, c.opportunities) for c in risks.by_rating),
        risk_exposure=risks.exposure[-1].exposure if risks.exposure else 0,
        risk_reviews_overdue=tuple(r.code for r in risks.overdue),
        raci_errors=len(raci.errors),
        raci_warnings=len(raci.warnings),
        raci_overloaded=len(raci.overloaded),
        stakeholders=len(people.people),
        engagement_gaps=people.gaps.count,
        engagement_unassessed=people.gaps.unassessed,
        engagement_gap_ids=tuple(person.id for person, _steps in people.gaps.gaps),
    )


@dataclass(frozen=True)
class SnapshotRecord:
    status_date: date
    taken_at: datetime
    figures: dict  # KeyFigures.snapshot()'s keys


def load_snapshots(session: Session) -> list[SnapshotRecord]:
    """Stored status snapshots, oldest status date first."""
    return [SnapshotRecord(r.status_date.date(), r.taken_at, dict(r.figures or {}))
            for r in session.scalars(select(StatusSnapshot)
                                     .order_by(StatusSnapshot.status_date,
                                               StatusSnapshot.id))]


@dataclass(frozen=True)
class Series:
    """Points of one line: days and values (same length)."""

    days: tuple[date, ...] = ()
    values: tuple[float, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.days)


@dataclass(frozen=True)
class MilestoneTrend:
    task_id: int
    name: str
    due: datetime | None  # baseline finish, deadline or forecast (app.core.health)
    points: tuple[tuple[date, datetime], ...]  # (status date, forecast finish then)


@dataclass(frozen=True)
class Trends:
    """What the dashboard's charts (and the report's) draw.

    Planned lines come from the plan over its whole span; earned, actual and remaining
    from the stored snapshots plus the figures at the current status date.
    Amounts are in the basis of `figures.ev` (currency or working minutes); remaining
    work is always in working minutes.
    """

    basis: Basis
    planned: Series  # PV over time (S-curve)
    earned: Series  # EV at each status date
    actual: Series  # AC at each status date
    planned_remaining: Series  # baseline work not yet planned done (burndown)
    remaining: Series  # work left at each status date
    milestones: tuple[MilestoneTrend, ...]
    exposure: Series  # sum of open threats' scores (month ends and the status date)
    open_threats: Series


def cached_risks(session: Session, day: date, cache: HealthCache) -> RiskSummary:
    if cache.risks is None or cache.risks[0] != day:
        cache.risks = (day, risk_summary(session, day))
    return cache.risks[1]


def _spans(tasks: list[TaskFacts], calendar: WorkCalendar,
           cache: HealthCache) -> list[Span | None]:
    """Each task's planned span, worked out again only for tasks that changed."""
    known, result = cache.spans, []
    if len(known) != len(tasks):  # tasks added or removed (ids checked below)
        cache.plan_version += 1
        for gone in set(known) - {t.id for t in tasks}:
            del known[gone]
    for task in tasks:
        held = known.get(task.id)
        if held is None or held[0] is not task:
            if held is None or held[0].planned() != task.planned():
                cache.plan_version += 1
            held = known[task.id] = (task, work_span(task, calendar))
        result.append(held[1])
    return result


def _index(tasks: list[TaskFacts], spans: list[Span | None], basis: Basis,
           cache: HealthCache) -> PlanIndex:
    held = cache.indexes.get(basis)
    if held is None or held[0] != cache.plan_version:
        held = cache.indexes[basis] = (cache.plan_version, PlanIndex(tasks, spans, basis))
    return held[1]


def load_trends(session: Session, figures: KeyFigures, tasks: list[TaskFacts],
                calendar: WorkCalendar | None = None,
                cache: HealthCache | None = None) -> Trends:
    cache = cache or HealthCache()
    calendar = calendar or project_calendar(session)
    basis = figures.ev.basis
    history = [s for s in load_snapshots(session) if s.status_date < figures.status_date]
    span = plan_span(tasks)
    planned = planned_remaining = Series()
    if span is not None:
        first, last = span
        days = sample_days(min(first, figures.status_date), max(last, figures.status_date))
        spans = _spans(tasks, calendar, cache)
        planned = Series(tuple(days),
                         tuple(_index(tasks, spans, basis, cache).curve(days, calendar)))
        work_index = _index(tasks, spans, Basis.DURATION, cache)
        work, done = work_index.total, work_index.curve(days, calendar)
        planned_remaining = Series(tuple(days), tuple(work - d for d in done))

    def series(key: str, now: float, same_basis: bool = True) -> Series:
        points = [(s.status_date, float(s.figures[key])) for s in history
                  if isinstance(s.figures.get(key), int | float)
                  and (not same_basis or s.figures.get("basis") == str(basis))]
        points.append((figures.status_date, now))
        return Series(tuple(d for d, _ in points), tuple(v for _, v in points))

    names = {t.id: t.name for t in tasks}
    dues = {t.id: milestone_due(t) for t in tasks}
    trends = []
    for task_id, forecast in figures.milestone_forecasts.items():
        points = []
        for snapshot in history:
            text = (snapshot.figures.get("milestones") or {}).get(str(task_id))
            if text:
                points.append((snapshot.status_date, datetime.fromisoformat(text)))
        if forecast is not None:
            points.append((figures.status_date, forecast))
        trends.append(MilestoneTrend(task_id, names.get(task_id, ""), dues.get(task_id),
                                     tuple(points)))
    risks = cached_risks(session, figures.status_date, cache)
    return Trends(
        basis, planned, series("ev", figures.ev.ev), series("ac", figures.ev.ac), planned_remaining,
        series("remaining_work", figures.remaining_work, same_basis=False), tuple(trends),
        Series(tuple(p.on for p in risks.exposure), tuple(p.exposure for p in risks.exposure)),
        Series(tuple(p.on for p in risks.exposure),
               tuple(p.open_threats for p in risks.exposure)))


__all__ = ["Band", "Basis", "HealthCache", "KeyFigures", "MilestoneTrend", "RiskCount", "Series",
           "SnapshotRecord", "Trends", "key_figures", "load_snapshots", "load_task_facts",
           "load_thresholds", "load_trends"]
