"""Project health figures (no Qt, no database): earned value, bands, milestones.

Shared by the Dashboard page and the PDF report. Everything works on `TaskFacts`,
plain values of the work tasks (leaves of the outline; summaries roll up and would
count twice) that app/models/health.py loads.

Earned value follows the PMBOK Guide:
    PV  = sum of budget x planned fraction done at the status date
    EV  = sum of budget x % complete
    SV  = EV - PV          SPI = EV / PV
    CV  = EV - AC          CPI = EV / AC
    EAC = BAC / CPI        VAC = BAC - EAC      TCPI = (BAC - EV) / (BAC - AC)
The plan is the baseline where the task has one (baseline start, finish, duration and
cost), otherwise the current schedule.

Basis: by COST when any work task has a budget (baseline cost, else its cost), and AC is
the tasks' actual cost. Otherwise by working DURATION (minutes): the budget is the
(baseline) duration and AC is the actual duration as Microsoft Project defines it,
duration x % complete, so CPI < 1 says the work turned out longer than planned.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from itertools import accumulate

from app.core.calendar import WorkCalendar
from app.core.i18n import QT_TRANSLATE_NOOP, translate

UPCOMING_DAYS = 30  # the milestone tile's look-ahead


@dataclass(frozen=True)
class TaskFacts:
    """One work task as the health figures need it."""

    id: int
    name: str = ""
    duration: int = 0  # working minutes, current
    milestone: bool = False
    start: datetime | None = None  # current schedule (forecast)
    finish: datetime | None = None
    percent: int = 0
    actual_start: datetime | None = None
    actual_finish: datetime | None = None
    cost: float = 0.0  # budget at completion, current
    actual_cost: float = 0.0
    critical: bool = False
    deadline: datetime | None = None
    baseline_start: datetime | None = None
    baseline_finish: datetime | None = None
    baseline_duration: int | None = None  # None: not in the baseline
    baseline_cost: float | None = None

    @property
    def done(self) -> bool:
        return self.percent >= 100

    @property
    def planned_start(self) -> datetime | None:
        return self.baseline_start if self.baselined else self.start

    @property
    def planned_finish(self) -> datetime | None:
        return self.baseline_finish if self.baselined else self.finish

    @property
    def baselined(self) -> bool:
        return self.baseline_duration is not None and self.baseline_finish is not None

    def budget(self, basis: Basis) -> float:
        baselined = self.baseline_duration is not None and self.baseline_finish is not None
        if basis is Basis.COST:
            return float(self.baseline_cost if baselined and self.baseline_cost is not None
                         else self.cost)
        return float(self.baseline_duration if baselined else self.duration)

    def planned(self) -> tuple:
        """What the plan holds of the task (equal tuples: the same planned value)."""
        return (self.planned_start, self.planned_finish, self.budget(Basis.COST),
                self.budget(Basis.DURATION))


class Basis(StrEnum):
    COST = "cost"
    DURATION = "duration"

    @property
    def label(self) -> str:
        return translate("health", _BASIS_LABELS[self])


_BASIS_LABELS = {Basis.COST: QT_TRANSLATE_NOOP("health", "by cost"),
                 Basis.DURATION: QT_TRANSLATE_NOOP("health", "by working duration")}


class Band(StrEnum):
    GREEN = "green"
    AMBER = "amber"
    RED = "red"
    NONE = "none"  # no figure (nothing planned yet, say)

    @property
    def label(self) -> str:
        return translate("health", _BAND_LABELS[self])


_BAND_LABELS = {Band.GREEN: QT_TRANSLATE_NOOP("health", "On track"),
                Band.AMBER: QT_TRANSLATE_NOOP("health", "At risk"),
                Band.RED: QT_TRANSLATE_NOOP("health", "Off track"),
                Band.NONE: QT_TRANSLATE_NOOP("health", "No data")}


@dataclass(frozen=True)
class Thresholds:
    """An index at or above `green` is green, at or above `amber` amber, else red."""

    green: float = 0.95
    amber: float = 0.85

    def band(self, index: float | None) -> Band:
        if index is None:
            return Band.NONE
        if index >= self.green - 1e-9:
            return Band.GREEN
        if index >= self.amber - 1e-9:
            return Band.AMBER
        return Band.RED

    @classmethod
    def from_dict(cls, value: dict | None) -> Thresholds:
        """Read the stored setting; anything unusable falls back to the defaults."""
        value = value or {}
        try:
            green, amber = float(value.get("green", 0.95)), float(value.get("amber", 0.85))
        except (TypeError, ValueError):
            return cls()
        if not 0 < amber <= green:
            return cls()
        return cls(green, amber)

    def to_dict(self) -> dict:
        return {"green": self.green, "amber": self.amber}


def status_moment(status: date) -> datetime:
    """Progress is reported as of the end of the status date (Microsoft Project)."""
    return datetime.combine(status, time(23, 59))


def choose_basis(tasks: Iterable[TaskFacts]) -> Basis:
    return Basis.COST if any(t.budget(Basis.COST) > 0 for t in tasks) else Basis.DURATION


def planned_fraction(task: TaskFacts, at: datetime, calendar: WorkCalendar) -> float:
    """How much of the task the plan has done by `at` (0..1), by working time."""
    start, finish = task.planned_start, task.planned_finish
    if finish is None:
        return 0.0
    if at >= finish:
        return 1.0
    if start is None or at <= start:
        return 0.0
    span = calendar.position(finish) - calendar.position(start)
    if span <= 0:
        return 0.0
    return min(1.0, max(0.0, (calendar.position(at) - calendar.position(start)) / span))


def actual_value(task: TaskFacts, basis: Basis) -> float:
    if basis == Basis.COST:
        return float(task.actual_cost)
    return task.duration * min(task.percent, 100) / 100


@dataclass(frozen=True)
class EarnedValue:
    """Earned-value figures at one status date, in currency (COST) or minutes (DURATION)."""

    basis: Basis
    bac: float  # budget at completion
    pv: float  # planned value
    ev: float  # earned value
    ac: float  # actual cost (or actual duration)

    @property
    def sv(self) -> float:
        return self.ev - self.pv

    @property
    def cv(self) -> float:
        return self.ev - self.ac

    @property
    def spi(self) -> float | None:
        return self.ev / self.pv if self.pv > 0 else None

    @property
    def cpi(self) -> float | None:
        return self.ev / self.ac if self.ac > 0 else None

    @property
    def eac(self) -> float:
        """Estimate at completion, assuming today's cost efficiency continues."""
        cpi = self.cpi
        return self.bac / cpi if cpi else self.bac

    @property
    def vac(self) -> float:
        return self.bac - self.eac

    @property
    def etc(self) -> float:
        return self.eac - self.ac

    @property
    def tcpi(self) -> float | None:
        left = self.bac - self.ac
        return (self.bac - self.ev) / left if left > 0 else None

    @property
    def percent_complete(self) -> float:
        return 100 * self.ev / self.bac if self.bac > 0 else 0.0

    @property
    def percent_planned(self) -> float:
        return 100 * self.pv / self.bac if self.bac > 0 else 0.0


def earned_value(tasks: Sequence[TaskFacts], status: date, calendar: WorkCalendar,
                 basis: Basis | None = None, planned: float | None = None) -> EarnedValue:
    """`planned`: the PV when already known (a PlanIndex's value at the status date)."""
    basis = basis or choose_basis(tasks)
    at = status_moment(status)
    bac = pv = ev = ac = 0.0
    for task in tasks:
        budget = task.budget(basis)
        bac += budget
        if planned is None:
            pv += budget * planned_fraction(task, at, calendar)
        ev += budget * min(task.percent, 100) / 100
        ac += actual_value(task, basis)
    return EarnedValue(basis, bac, pv if planned is None else planned, ev, ac)


# -- milestones, late and critical tasks -----------------------------------------------

def _day(moment: datetime | None) -> date | None:
    return moment.date() if moment is not None else None


def is_milestone(task: TaskFacts) -> bool:
    return task.milestone or task.duration == 0


def milestone_due(task: TaskFacts) -> datetime | None:
    """The date a milestone was promised: baseline finish, else deadline, else forecast."""
    if task.baselined:
        return task.baseline_finish
    return task.deadline or task.finish


@dataclass(frozen=True)
class Milestones:
    """Ids of milestones by state at the status date (each milestone in at most one)."""

    hit: tuple[int, ...]  # done on or before the day due
    missed: tuple[int, ...]  # due by the status date and not done then, or done late
    upcoming: tuple[int, ...]  # not done, forecast within UPCOMING_DAYS after status date
    total: int


def milestone_states(tasks: Iterable[TaskFacts], status: date,
                     days: int = UPCOMING_DAYS) -> Milestones:
    hit, missed, upcoming, total = [], [], [], 0
    horizon = status + timedelta(days=days)
    for task in tasks:
        if not is_milestone(task):
            continue
        total += 1
        due = _day(milestone_due(task))
        if task.done:
            finished = _day(task.actual_finish or task.finish)
            on_time = due is None or finished is None or finished <= due
            (hit if on_time else missed).append(task.id)
        elif due is not None and due <= status:
            missed.append(task.id)
        elif (forecast := _day(task.finish)) is not None and status < forecast <= horizon:
            upcoming.append(task.id)
    return Milestones(tuple(hit), tuple(missed), tuple(upcoming), total)


def is_late(task: TaskFacts, status: date | None) -> bool:
    """Unfinished and behind: forecast to finish after its baseline finish or deadline,
    or due to have finished by the status date."""
    if task.done or task.finish is None:
        return False
    if task.baseline_finish is not None and task.finish > task.baseline_finish:
        return True
    if task.deadline is not None and task.finish > task.deadline:
        return True
    return status is not None and task.finish <= status_moment(status)


def late_tasks(tasks: Iterable[TaskFacts], status: date | None) -> tuple[int, ...]:
    return tuple(t.id for t in tasks if is_late(t, status))


def over_budget(tasks: Iterable[TaskFacts], basis: Basis) -> tuple[int, ...]:
    """Tasks whose actual cost (or actual duration) is above the value they earned."""
    return tuple(t.id for t in tasks
                 if actual_value(t, basis) > t.budget(basis) * min(t.percent, 100) / 100 + 1e-9)


def remaining_work(tasks: Iterable[TaskFacts]) -> float:
    """Working minutes of work still to do: duration x (1 - % complete)."""
    return sum(t.duration * (100 - min(t.percent, 100)) / 100 for t in tasks)


def scheduled_percent(task: TaskFacts, at: datetime, calendar: WorkCalendar) -> int:
    """The % complete that puts the task exactly on its current schedule at `at`
    (Microsoft Project's "Mark on Track"): the share of its working time before `at`."""
    if task.start is None or task.finish is None or at <= task.start:
        return 0
    if at >= task.finish:
        return 100
    span = calendar.position(task.finish) - calendar.position(task.start)
    if span <= 0:
        return 100
    done = calendar.position(at) - calendar.position(task.start)
    return max(0, min(100, int(100 * done / span)))


def critical_tasks(tasks: Iterable[TaskFacts]) -> tuple[int, ...]:
    """Unfinished work on the critical path."""
    return tuple(t.id for t in tasks if t.critical and not t.done)


# -- time series for the charts ----------------------------------------------------------

Span = tuple[int, int, datetime]  # planned start and finish positions, the finish


def work_span(task: TaskFacts, calendar: WorkCalendar) -> Span | None:
    """Where the task's planned work lies on the calendar's working-minute line."""
    finish = task.planned_finish
    if finish is None:
        return None
    end = calendar.position(finish)
    begin = calendar.position(task.planned_start) if task.planned_start else end
    return begin, end, finish


class PlanIndex:
    """Cumulative planned value by working time, for evaluating at many days at once.

    Built by one sweep over the tasks' planned spans (sorted positions and prefix
    sums), so a 10,000-task plan over a hundred points costs one pass, not a million
    calendar look-ups. A ramp contributes (x - begin) * rate while running and its
    whole budget once ended; a zero-length span is a step at its finish.
    """

    def __init__(self, tasks: Sequence[TaskFacts], spans: Sequence[Span | None],
                 basis: Basis) -> None:
        steps: list[tuple[datetime, float]] = []
        ramps: list[tuple[int, int, float]] = []
        for task, span in zip(tasks, spans, strict=True):
            if span is None:
                continue
            budget = task.budget(basis)
            if budget == 0:
                continue
            begin, end, finish = span
            if end <= begin:
                steps.append((finish, budget))
            else:
                ramps.append((begin, end, budget))
        steps.sort()
        self.step_at = [p for p, _ in steps]
        self.step_sum = [0.0, *accumulate(b for _, b in steps)]
        starts = sorted((b, v / (e - b)) for b, e, v in ramps)
        ends = sorted((e, b, v / (e - b), v) for b, e, v in ramps)
        self.start_pos = [s[0] for s in starts]
        self.end_pos = [e[0] for e in ends]
        self.rate_started = [0.0, *accumulate(s[1] for s in starts)]
        self.rate_begin_started = [0.0, *accumulate(s[1] * s[0] for s in starts)]
        self.rate_ended = [0.0, *accumulate(e[2] for e in ends)]
        self.rate_begin_ended = [0.0, *accumulate(e[2] * e[1] for e in ends)]
        self.budget_ended = [0.0, *accumulate(e[3] for e in ends)]

    @property
    def total(self) -> float:
        """The whole planned value (tasks with a planned finish)."""
        return self.step_sum[-1] + self.budget_ended[-1]

    def value(self, at: datetime, calendar: WorkCalendar) -> float:
        x = calendar.position(at)
        total = self.step_sum[bisect.bisect_right(self.step_at, at)]
        s = bisect.bisect_right(self.start_pos, x)
        e = bisect.bisect_right(self.end_pos, x)
        rate = self.rate_started[s] - self.rate_ended[e]  # running = started - ended
        rate_begin = self.rate_begin_started[s] - self.rate_begin_ended[e]
        return total + rate * x - rate_begin + self.budget_ended[e]

    def curve(self, days: Sequence[date], calendar: WorkCalendar) -> list[float]:
        return [self.value(status_moment(day), calendar) for day in days]


def planned_curve(tasks: Sequence[TaskFacts], days: Sequence[date], calendar: WorkCalendar,
                  basis: Basis, spans: Sequence[Span | None] | None = None) -> list[float]:
    """Cumulative planned value at the end of each of `days` (sorted). `spans`, the
    tasks' `work_span`s in the same order, may be passed when already known."""
    if spans is None:
        spans = [work_span(task, calendar) for task in tasks]
    return PlanIndex(tasks, spans, basis).curve(days, calendar)


def plan_span(tasks: Iterable[TaskFacts]) -> tuple[date, date] | None:
    """First planned or actual start to last planned or forecast finish."""
    tasks = list(tasks)
    # Plain attributes, not the planned_* properties: 10,000 tasks on every refresh.
    starts = [m for t in tasks for m in (t.baseline_start, t.start, t.actual_start) if m]
    finishes = [m for t in tasks for m in (t.baseline_finish, t.finish) if m]
    if not starts or not finishes:
        return None
    return min(starts).date(), max(finishes).date()


def sample_days(first: date, last: date, count: int = 60) -> list[date]:
    """About `count` evenly spaced days from `first` to `last`, both included."""
    if last <= first:
        return [first]
    step = max(1, (last - first).days // count)
    days = [first + timedelta(days=n) for n in range(0, (last - first).days + 1, step)]
    if days[-1] != last:
        days.append(last)
    return days
