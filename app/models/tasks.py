"""Tasks, links, assignments and baselines."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DDL, CheckConstraint, ForeignKey, Index, String, UniqueConstraint, event
from sqlalchemy.orm import Mapped, mapped_column

from app.core.enums import ConstraintType, LagUnit, LinkType
from app.models.base import Base, enum_column


def uid_trigger(table: str) -> str:
    """SQL giving a row inserted without a uid the next free one.

    UIDs are Microsoft Project's stable integer ids: an imported task keeps its UID,
    a new one gets max + 1. A trigger numbers rows one by one, which column defaults
    cannot do inside a multi-row INSERT.
    """
    return (f"CREATE TRIGGER {table}_uid AFTER INSERT ON {table} WHEN NEW.uid IS NULL "
            f"BEGIN UPDATE {table} SET uid = (SELECT coalesce(max(uid), 0) + 1 FROM {table}) "
            f"WHERE id = NEW.id; END")


class Task(Base):
    __tablename__ = "task"
    __table_args__ = (
        CheckConstraint("percent_complete BETWEEN 0 AND 100", name="percent"),
        CheckConstraint("duration >= 0", name="duration"),
        CheckConstraint("parent_id IS NULL OR parent_id <> id", name="not_own_parent"),
        Index("ix_task_parent_position", "parent_id", "position"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[int | None] = mapped_column(unique=True)  # see uid_trigger
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(default=0)  # order among siblings
    name: Mapped[str] = mapped_column(String(400))
    notes: Mapped[str] = mapped_column(default="")
    duration: Mapped[int] = mapped_column(default=480)  # working minutes
    manual: Mapped[bool] = mapped_column(default=False)
    milestone: Mapped[bool] = mapped_column(default=False)
    constraint_type: Mapped[ConstraintType] = mapped_column(
        enum_column(ConstraintType, "constraint_type"), default=ConstraintType.ASAP)
    constraint_date: Mapped[datetime | None]
    deadline: Mapped[datetime | None]
    percent_complete: Mapped[int] = mapped_column(default=0)
    actual_start: Mapped[datetime | None]
    actual_finish: Mapped[datetime | None]
    calendar_id: Mapped[int | None] = mapped_column(
        ForeignKey("calendar.id", ondelete="SET NULL"))
    cost: Mapped[float] = mapped_column(default=0.0)  # budget at completion
    actual_cost: Mapped[float] = mapped_column(default=0.0)
    # Computed by the scheduler and stored so that every reader sees the same dates.
    start: Mapped[datetime | None]
    finish: Mapped[datetime | None]
    early_start: Mapped[datetime | None]
    early_finish: Mapped[datetime | None]
    late_start: Mapped[datetime | None]
    late_finish: Mapped[datetime | None]
    total_slack: Mapped[int | None]
    free_slack: Mapped[int | None]
    critical: Mapped[bool] = mapped_column(default=False)


class Dependency(Base):
    __tablename__ = "dependency"
    __table_args__ = (
        UniqueConstraint("predecessor_id", "successor_id"),
        CheckConstraint("predecessor_id <> successor_id", name="not_self"),
        Index("ix_dependency_successor", "successor_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    predecessor_id: Mapped[int] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"))
    successor_id: Mapped[int] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"))
    type: Mapped[LinkType] = mapped_column(enum_column(LinkType, "link_type"),
                                           default=LinkType.FS)
    lag: Mapped[int] = mapped_column(default=0)  # minutes (or tenths of % for PERCENT)
    lag_unit: Mapped[LagUnit] = mapped_column(enum_column(LagUnit, "lag_unit"),
                                              default=LagUnit.WORKING)


class Assignment(Base):
    """A team member working on a task."""

    __tablename__ = "assignment"

    task_id: Mapped[int] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"),
                                         primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"),
                                           primary_key=True)
    units: Mapped[int] = mapped_column(default=100)  # percent of the person's time


class Baseline(Base):
    __tablename__ = "baseline"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[int] = mapped_column(unique=True)  # 0 = "Baseline", 1..10 as MS Project
    name: Mapped[str] = mapped_column(String(100))
    taken_at: Mapped[datetime]


class BaselineTask(Base):
    __tablename__ = "baseline_task"

    baseline_id: Mapped[int] = mapped_column(ForeignKey("baseline.id", ondelete="CASCADE"),
                                             primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"),
                                         primary_key=True)
    start: Mapped[datetime | None]
    finish: Mapped[datetime | None]
    duration: Mapped[int] = mapped_column(default=0)
    cost: Mapped[float] = mapped_column(default=0.0)


class StatusSnapshot(Base):
    """Key figures kept each time the status date moves, for trend charts."""

    __tablename__ = "status_snapshot"

    id: Mapped[int] = mapped_column(primary_key=True)
    status_date: Mapped[datetime]
    taken_at: Mapped[datetime]
    figures: Mapped[dict] = mapped_column(default=dict)


event.listen(Task.__table__, "after_create", DDL(uid_trigger("task")))
