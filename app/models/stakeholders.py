"""The stakeholder register as plain records, and what the summaries are built from.

No Qt: the Stakeholders page, the dashboard, the PDF report and exports read the
register through here. `include_confidential` is always an explicit argument so a
confidential person can only reach an export or report when the user asked for it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core.enums import Attitude, Engagement
from app.core.stakeholders import (
    EngagementGaps,
    Quadrant,
    engagement_gaps,
    quadrant,
    quadrant_counts,
    shareable,
)
from app.models.people import Person, RaciCell, RaciRole, Risk
from app.models.project import Project
from app.models.tasks import Assignment, Task


@dataclass(frozen=True)
class StakeholderRecord:
    id: int
    position: int
    name: str
    organisation: str
    title: str
    contact: str
    power: int
    interest: int
    target_power: int | None
    target_interest: int | None
    attitude: Attitude
    engagement_current: Engagement | None
    engagement_desired: Engagement | None
    strategy: str
    communication: str
    notes: str
    team_member: bool
    confidential: bool

    def quadrant(self, scale: int) -> Quadrant:
        return quadrant(self.power, self.interest, scale)

    @property
    def has_target(self) -> bool:
        return self.target_power is not None and self.target_interest is not None


FIELDS = tuple(StakeholderRecord.__dataclass_fields__)


def _record(person: Person) -> StakeholderRecord:
    return StakeholderRecord(**{name: getattr(person, name) for name in FIELDS})


def stakeholder_scale(session: Session) -> int:
    return session.get_one(Project, 1).stakeholder_scale


def load_stakeholders(session: Session) -> list[StakeholderRecord]:
    """Every person in register order (confidential ones included: this is the PM's view)."""
    return [_record(p) for p in session.scalars(select(Person).order_by(Person.position,
                                                                         Person.id))]


@dataclass(frozen=True)
class StakeholderSummary:
    """Figures for the dashboard and the report, confidential people left out unless asked."""

    scale: int
    people: tuple[StakeholderRecord, ...]
    quadrants: dict[Quadrant, int]
    gaps: EngagementGaps
    withheld: int  # confidential people left out


def stakeholder_summary(session: Session, include_confidential: bool = False
                        ) -> StakeholderSummary:
    everyone = load_stakeholders(session)
    scale = stakeholder_scale(session)
    shown = shareable(everyone, include_confidential)
    return StakeholderSummary(scale, tuple(shown), quadrant_counts(shown, scale),
                              engagement_gaps(shown), len(everyone) - len(shown))


@dataclass(frozen=True)
class DeletionImpact:
    """What else changes when people are deleted (names for the question asked first)."""

    tasks: tuple[str, ...]
    risks: tuple[str, ...]
    raci_letters: int  # non-empty RACI cells in their columns

    @property
    def any(self) -> bool:
        return bool(self.tasks or self.risks or self.raci_letters)


def deletion_impact(session: Session, ids: Sequence[int]) -> DeletionImpact:
    tasks = session.scalars(select(Task.name).join(Assignment, Assignment.task_id == Task.id)
                            .where(Assignment.person_id.in_(ids)).distinct()
                            .order_by(Task.name)).all()
    risks = session.execute(select(Risk.code, Risk.title).where(Risk.owner_id.in_(ids))
                            .order_by(Risk.code)).all()
    letters = session.scalar(select(func.count()).select_from(RaciCell)
                             .join(RaciRole, RaciRole.id == RaciCell.role_id)
                             .where(RaciRole.person_id.in_(ids), RaciCell.letters != ""))
    return DeletionImpact(tuple(tasks), tuple(f"{code} {title}" for code, title in risks),
                          letters or 0)
