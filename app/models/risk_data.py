"""Reading the risk register into plain values (no Qt): for the Risks page, the
dashboard, the PDF report and the Gantt's risk markers."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.risk import Matrix, Rating
from app.core.risk_summary import (
    ExposurePoint,
    RatingCount,
    ReviewFacts,
    RiskFacts,
    TaskMarker,
    counts_by_rating,
    exposure_history,
    month_ends,
    overdue_reviews,
    task_markers,
    top_risks,
)
from app.models.people import Person, Risk, RiskReview, RiskTask
from app.models.project import Project, RiskLevel, RiskMatrixCell, RiskRating


def load_matrix(session: Session) -> Matrix:
    project = session.get_one(Project, 1)
    labels: dict[str, dict[int, str]] = {"probability": {}, "impact": {}}
    for level in session.scalars(select(RiskLevel)):
        labels.setdefault(level.axis, {})[level.level] = level.label
    scale = project.risk_scale

    def axis(name: str) -> tuple[str, ...]:
        return tuple(labels[name].get(n, str(n)) for n in range(1, scale + 1))

    ratings = tuple(Rating(r.code, r.label, r.color, r.rank) for r in
                    session.scalars(select(RiskRating).order_by(RiskRating.rank)))
    cells = {(c.probability, c.impact): c.rating for c in session.scalars(select(RiskMatrixCell))}
    return Matrix(scale, axis("probability"), axis("impact"), ratings, cells)


def load_risks(session: Session) -> list[RiskFacts]:
    """Every risk with its owner's name, linked task ids and review history, by code.

    Plain rows rather than ORM objects: a 2,000-risk register reads in a fraction.
    """
    owners = dict(session.execute(select(Person.id, Person.name)).tuples().all())
    tasks: dict[int, list[int]] = defaultdict(list)
    for risk_id, task_id in session.execute(select(RiskTask.risk_id, RiskTask.task_id)
                                            .order_by(RiskTask.task_id)):
        tasks[risk_id].append(task_id)
    reviews: dict[int, list[ReviewFacts]] = defaultdict(list)
    review = RiskReview.__table__.c
    for r in session.execute(select(review.risk_id, review.reviewed_on, review.probability,
                                    review.impact, review.residual_probability,
                                    review.residual_impact, review.note)
                             .order_by(review.reviewed_on, review.id)):
        reviews[r[0]].append(ReviewFacts(*r[1:]))
    risk = Risk.__table__.c
    columns = [c for c in risk if c.key != "id"]
    result = []
    for row in session.execute(select(risk.id, *columns).order_by(risk.code)):
        values = dict(zip((c.key for c in columns), row[1:], strict=True))
        result.append(RiskFacts(id=row[0], owner=owners.get(values["owner_id"], ""),
                                task_ids=tuple(tasks.get(row[0], ())),
                                reviews=tuple(reviews.get(row[0], ())), **values))
    return result


def register_today(session: Session) -> date:
    """The day overdue reviews are judged on: the status date, else today."""
    return session.get_one(Project, 1).status_date or date.today()


def risk_markers_by_task(session: Session) -> dict[int, TaskMarker]:
    """For the Gantt: task id -> codes of its open linked risks and their worst rating."""
    return task_markers(load_risks(session), load_matrix(session))


@dataclass(frozen=True)
class RiskSummary:
    """Counts by rating, top 10, overdue reviews and exposure, for dashboard and report."""

    today: date
    matrix: Matrix
    by_rating: list[RatingCount]
    by_residual_rating: list[RatingCount]
    top: list[RiskFacts]
    overdue: list[RiskFacts]
    exposure: list[ExposurePoint]


def risk_summary(session: Session, today: date | None = None, top: int = 10) -> RiskSummary:
    today = today or register_today(session)
    matrix, risks = load_matrix(session), load_risks(session)
    first = min((r.identified_on for r in risks if r.identified_on), default=today)
    days = [d for d in month_ends(min(first, today), today) if d < today] + [today]
    return RiskSummary(today, matrix, counts_by_rating(risks, matrix),
                       counts_by_rating(risks, matrix, residual=True),
                       top_risks(risks, top), overdue_reviews(risks, today),
                       exposure_history(risks, matrix, days))
