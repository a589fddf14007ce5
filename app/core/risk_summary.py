"""What the dashboard, the PDF report and the Gantt need from the register (no Qt, no DB).

Everything here works on `RiskFacts`, plain values that app/models/risk_data.py loads.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from app.core.enums import RiskKind, RiskStatus, RiskStrategy
from app.core.risk import Matrix, Rating, is_open, is_overdue, score, trend


class _Scored:
    """Score and residual score from the probability and impact fields."""

    probability: int
    impact: int
    residual_probability: int | None
    residual_impact: int | None

    @property
    def score(self) -> int:
        return score(self.probability, self.impact)

    @property
    def residual_score(self) -> int | None:
        if self.residual_probability is None or self.residual_impact is None:
            return None
        return score(self.residual_probability, self.residual_impact)


@dataclass(frozen=True)
class ReviewFacts(_Scored):
    reviewed_on: date
    probability: int
    impact: int
    residual_probability: int | None
    residual_impact: int | None
    note: str = ""


@dataclass(frozen=True)
class RiskFacts(_Scored):
    """One risk as every reader sees it (ids and plain values)."""

    id: int
    code: str
    title: str
    kind: RiskKind = RiskKind.THREAT
    status: RiskStatus = RiskStatus.IDENTIFIED
    probability: int = 1
    impact: int = 1
    residual_probability: int | None = None
    residual_impact: int | None = None
    category: str = ""
    cause: str = ""
    event: str = ""
    effect: str = ""
    owner_id: int | None = None
    owner: str = ""
    strategy: RiskStrategy | None = None
    actions: str = ""
    trigger: str = ""
    identified_on: date | None = None
    next_review_on: date | None = None
    closed_on: date | None = None
    task_ids: tuple[int, ...] = ()
    reviews: tuple[ReviewFacts, ...] = field(default=(), repr=False)  # oldest first

    @property
    def trend(self) -> str:
        return trend([r.score for r in self.reviews])

    def overdue(self, today: date) -> bool:
        return is_overdue(self.next_review_on, self.status, today)


@dataclass(frozen=True)
class RatingCount:
    rating: Rating
    threats: int
    opportunities: int

    @property
    def total(self) -> int:
        return self.threats + self.opportunities


def counts_by_rating(risks: Iterable[RiskFacts], matrix: Matrix, *,
                     residual: bool = False) -> list[RatingCount]:
    """Open risks per rating band, mildest band first (every band listed, even at 0)."""
    counts = {r.code: [0, 0] for r in matrix.ratings}
    for risk in risks:
        if not is_open(risk.status):
            continue
        p, i = ((risk.residual_probability, risk.residual_impact) if residual
                else (risk.probability, risk.impact))
        rating = matrix.rating(p, i)
        if rating is not None:
            counts[rating.code][risk.kind == RiskKind.OPPORTUNITY] += 1
    return [RatingCount(r, *counts[r.code]) for r in matrix.ratings]


def top_risks(risks: Iterable[RiskFacts], count: int = 10, *,
              kind: RiskKind | None = RiskKind.THREAT) -> list[RiskFacts]:
    """The highest-scoring open risks (threats by default), ties by code."""
    chosen = [r for r in risks if is_open(r.status) and (kind is None or r.kind == kind)]
    chosen.sort(key=lambda r: (-r.score, -(r.residual_score or 0), r.code))
    return chosen[:count]


def overdue_reviews(risks: Iterable[RiskFacts], today: date) -> list[RiskFacts]:
    """Open risks whose review date has passed, longest overdue first."""
    late = [r for r in risks if r.overdue(today)]
    late.sort(key=lambda r: (r.next_review_on, r.code))
    return late


@dataclass(frozen=True)
class ExposurePoint:
    on: date
    open_threats: int
    exposure: int  # sum of the open threats' scores on that day
    by_rating: dict[str, int]  # rating code -> open threats with that rating


def score_on(risk: RiskFacts, day: date) -> tuple[int, int] | None:
    """Probability and impact the register held on `day`, None if not open then."""
    if risk.identified_on is not None and risk.identified_on > day:
        return None
    if risk.closed_on is not None and risk.closed_on <= day:
        return None
    known = [r for r in risk.reviews if r.reviewed_on <= day]
    if known:
        return known[-1].probability, known[-1].impact
    if risk.reviews:  # identified but not yet reviewed: the first assessment
        return risk.reviews[0].probability, risk.reviews[0].impact
    return risk.probability, risk.impact


def exposure_history(risks: Sequence[RiskFacts], matrix: Matrix,
                     days: Iterable[date]) -> list[ExposurePoint]:
    """Threat exposure on each of `days` (month ends, say), from the review history."""
    points = []
    for day in days:
        total = count = 0
        by_rating = {r.code: 0 for r in matrix.ratings}
        for risk in risks:
            if risk.kind != RiskKind.THREAT:
                continue
            held = score_on(risk, day)
            if held is None:
                continue
            count += 1
            total += score(*held)
            rating = matrix.rating(*held)
            if rating is not None:
                by_rating[rating.code] += 1
        points.append(ExposurePoint(day, count, total, by_rating))
    return points


def month_ends(first: date, last: date) -> list[date]:
    """The last day of every month from `first`'s to `last`'s (handy for history)."""
    result = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        nxt = date(year + month // 12, month % 12 + 1, 1)
        result.append(date.fromordinal(nxt.toordinal() - 1))
        year, month = nxt.year, nxt.month
    return result


@dataclass(frozen=True)
class TaskMarker:
    """What the Gantt draws on a task: its open risks' codes and the worst rating."""

    codes: tuple[str, ...]
    worst: Rating | None


def task_markers(risks: Iterable[RiskFacts], matrix: Matrix) -> dict[int, TaskMarker]:
    """Open risks linked to each task id; worst = highest-ranked current rating."""
    codes: dict[int, list[str]] = {}
    worst: dict[int, Rating | None] = {}
    for risk in sorted(risks, key=lambda r: r.code):
        if not is_open(risk.status):
            continue
        rating = matrix.rating(risk.probability, risk.impact)
        for task_id in risk.task_ids:
            codes.setdefault(task_id, []).append(risk.code)
            current = worst.get(task_id)
            if rating is not None and (current is None or rating.rank > current.rank):
                worst[task_id] = rating
    return {task: TaskMarker(tuple(c), worst.get(task)) for task, c in codes.items()}
