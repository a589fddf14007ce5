"""Stakeholders and team members, risks with their reviews, RACI."""

from __future__ import annotations

from datetime import date

from sqlalchemy import DDL, CheckConstraint, ForeignKey, String, UniqueConstraint, event
from sqlalchemy.orm import Mapped, mapped_column

from app.core.enums import Attitude, Engagement, RiskKind, RiskStatus, RiskStrategy
from app.models.base import Base, enum_column
from app.models.tasks import uid_trigger


class Person(Base):
    """A stakeholder; team members are the ones tasks are assigned to."""

    __tablename__ = "person"
    __table_args__ = (CheckConstraint("power >= 0 AND interest >= 0", name="scores"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[int | None] = mapped_column(unique=True)  # see uid_trigger
    position: Mapped[int] = mapped_column(default=0)
    name: Mapped[str] = mapped_column(String(200))
    organisation: Mapped[str] = mapped_column(String(200), default="")
    title: Mapped[str] = mapped_column(String(200), default="")
    contact: Mapped[str] = mapped_column(String(300), default="")
    power: Mapped[int] = mapped_column(default=5)
    interest: Mapped[int] = mapped_column(default=5)
    target_power: Mapped[int | None]
    target_interest: Mapped[int | None]
    attitude: Mapped[Attitude] = mapped_column(enum_column(Attitude, "attitude"),
                                               default=Attitude.NEUTRAL)
    engagement_current: Mapped[Engagement | None] = mapped_column(
        enum_column(Engagement, "engagement_current"))
    engagement_desired: Mapped[Engagement | None] = mapped_column(
        enum_column(Engagement, "engagement_desired"))
    strategy: Mapped[str] = mapped_column(default="")
    communication: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(default="")
    team_member: Mapped[bool] = mapped_column(default=False)
    confidential: Mapped[bool] = mapped_column(default=False)


class Risk(Base):
    __tablename__ = "risk"
    __table_args__ = (
        CheckConstraint("probability >= 1 AND impact >= 1", name="inherent"),
        CheckConstraint("(residual_probability IS NULL OR residual_probability >= 1) AND "
                        "(residual_impact IS NULL OR residual_impact >= 1)", name="residual"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    cause: Mapped[str] = mapped_column(default="")
    event: Mapped[str] = mapped_column(default="")
    effect: Mapped[str] = mapped_column(default="")
    category: Mapped[str] = mapped_column(String(100), default="")
    kind: Mapped[RiskKind] = mapped_column(enum_column(RiskKind, "risk_kind"),
                                           default=RiskKind.THREAT)
    probability: Mapped[int] = mapped_column(default=1)
    impact: Mapped[int] = mapped_column(default=1)
    residual_probability: Mapped[int | None]
    residual_impact: Mapped[int | None]
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    strategy: Mapped[RiskStrategy | None] = mapped_column(
        enum_column(RiskStrategy, "risk_strategy"))
    actions: Mapped[str] = mapped_column(default="")
    trigger: Mapped[str] = mapped_column(default="")
    status: Mapped[RiskStatus] = mapped_column(enum_column(RiskStatus, "risk_status"),
                                               default=RiskStatus.IDENTIFIED)
    identified_on: Mapped[date | None]
    next_review_on: Mapped[date | None]
    closed_on: Mapped[date | None]


class RiskTask(Base):
    __tablename__ = "risk_task"

    risk_id: Mapped[int] = mapped_column(ForeignKey("risk.id", ondelete="CASCADE"),
                                         primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"),
                                         primary_key=True)


class RiskReview(Base):
    __tablename__ = "risk_review"

    id: Mapped[int] = mapped_column(primary_key=True)
    risk_id: Mapped[int] = mapped_column(ForeignKey("risk.id", ondelete="CASCADE"))
    reviewed_on: Mapped[date]
    probability: Mapped[int]
    impact: Mapped[int]
    residual_probability: Mapped[int | None]
    residual_impact: Mapped[int | None]
    note: Mapped[str] = mapped_column(default="")


class RaciRole(Base):
    """A RACI column: a person from the register or a named role."""

    __tablename__ = "raci_role"
    __table_args__ = (CheckConstraint("person_id IS NOT NULL OR name <> ''", name="named"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), unique=True)
    name: Mapped[str] = mapped_column(String(100), default="")
    position: Mapped[int] = mapped_column(default=0)


class RaciCell(Base):
    __tablename__ = "raci_cell"
    __table_args__ = (UniqueConstraint("task_id", "role_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"))
    role_id: Mapped[int] = mapped_column(ForeignKey("raci_role.id", ondelete="CASCADE"))
    letters: Mapped[str] = mapped_column(String(8))  # e.g. "R", "A/R", "S"


event.listen(Person.__table__, "after_create", DDL(uid_trigger("person")))
