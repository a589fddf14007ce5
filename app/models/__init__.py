"""The project file: typed ORM tables and the Document that opens them (no Qt)."""

from app.models.base import Base
from app.models.people import Person, RaciCell, RaciRole, Risk, RiskReview, RiskTask
from app.models.project import (
    Calendar,
    CalendarException,
    CalendarWeekday,
    Project,
    RiskLevel,
    RiskMatrixCell,
    RiskRating,
    Setting,
)
from app.models.tasks import (
    Assignment,
    Baseline,
    BaselineTask,
    Dependency,
    StatusSnapshot,
    Task,
)

__all__ = [
    "Assignment", "Base", "Baseline", "BaselineTask", "Calendar", "CalendarException",
    "CalendarWeekday", "Dependency", "Person", "Project", "RaciCell", "RaciRole", "Risk",
    "RiskLevel", "RiskMatrixCell", "RiskRating", "RiskReview", "RiskTask", "Setting",
    "StatusSnapshot", "Task",
]
