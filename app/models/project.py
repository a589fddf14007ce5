"""The project row, its calendars and its per-project settings."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.core.enums import RaciVariant
from app.models.base import Base, enum_column


class Project(Base):
    """Exactly one row: the charter fields and project-wide defaults."""

    __tablename__ = "project"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),
                      CheckConstraint("minutes_per_day > 0", name="minutes_per_day"))

    id: Mapped[int] = mapped_column(primary_key=True, default=1)
    name: Mapped[str] = mapped_column(String(200))
    code: Mapped[str] = mapped_column(String(40), default="")
    manager: Mapped[str] = mapped_column(String(200), default="")
    client: Mapped[str] = mapped_column(String(200), default="")
    start_date: Mapped[date]
    start_minute: Mapped[int] = mapped_column(default=8 * 60)  # start time, as Project has
    status_date: Mapped[date | None]
    currency: Mapped[str] = mapped_column(String(3), default="CNY")
    description: Mapped[str] = mapped_column(default="")
    objectives: Mapped[str] = mapped_column(default="")
    success_criteria: Mapped[str] = mapped_column(default="")
    language: Mapped[str] = mapped_column(String(8), default="en")
    calendar_id: Mapped[int | None] = mapped_column(
        ForeignKey("calendar.id", ondelete="SET NULL"))
    minutes_per_day: Mapped[int] = mapped_column(default=480)
    minutes_per_week: Mapped[int] = mapped_column(default=2400)
    critical_slack: Mapped[int] = mapped_column(default=0)  # minutes; critical when <=
    raci_variant: Mapped[RaciVariant] = mapped_column(
        enum_column(RaciVariant, "raci_variant"), default=RaciVariant.RACI)
    risk_scale: Mapped[int] = mapped_column(default=5)
    review_interval_days: Mapped[int] = mapped_column(default=30)
    stakeholder_scale: Mapped[int] = mapped_column(default=10)
    created_at: Mapped[datetime] = mapped_column(default=datetime.now)

    calendar: Mapped[Calendar | None] = relationship()


class Calendar(Base):
    __tablename__ = "calendar"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    weekdays: Mapped[list[CalendarWeekday]] = relationship(
        cascade="all, delete-orphan", order_by="CalendarWeekday.weekday")
    exceptions: Mapped[list[CalendarException]] = relationship(
        cascade="all, delete-orphan", order_by="CalendarException.day")


class CalendarWeekday(Base):
    """Working intervals of one weekday (0 = Monday) as [[start, end], ...] minutes."""

    __tablename__ = "calendar_weekday"
    __table_args__ = (CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday"),)

    calendar_id: Mapped[int] = mapped_column(
        ForeignKey("calendar.id", ondelete="CASCADE"), primary_key=True)
    weekday: Mapped[int] = mapped_column(primary_key=True)
    intervals: Mapped[list] = mapped_column(default=list)


class CalendarException(Base):
    """A dated exception; empty intervals make the day non-working."""

    __tablename__ = "calendar_exception"
    __table_args__ = (UniqueConstraint("calendar_id", "day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    calendar_id: Mapped[int] = mapped_column(ForeignKey("calendar.id", ondelete="CASCADE"))
    day: Mapped[date]
    name: Mapped[str] = mapped_column(String(200), default="")
    intervals: Mapped[list] = mapped_column(default=list)


class RiskLevel(Base):
    """The label of one level of the probability or impact scale."""

    __tablename__ = "risk_level"
    __table_args__ = (CheckConstraint("axis IN ('probability', 'impact')", name="axis"),)

    axis: Mapped[str] = mapped_column(String(12), primary_key=True)
    level: Mapped[int] = mapped_column(primary_key=True)
    label: Mapped[str] = mapped_column(String(60))


class RiskRating(Base):
    """A rating band (low, medium, ...) with its colour."""

    __tablename__ = "risk_rating"

    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    label: Mapped[str] = mapped_column(String(60))
    color: Mapped[str] = mapped_column(String(9))  # #rrggbb
    rank: Mapped[int]


class RiskMatrixCell(Base):
    """Which rating a probability x impact cell carries."""

    __tablename__ = "risk_matrix_cell"

    probability: Mapped[int] = mapped_column(primary_key=True)
    impact: Mapped[int] = mapped_column(primary_key=True)
    rating: Mapped[str] = mapped_column(ForeignKey("risk_rating.code", onupdate="CASCADE"))


class Setting(Base):
    """Other per-project options, by key (JSON values)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[dict] = mapped_column(default=dict)
