"""Everything the Risks page shows, read in one session (no Qt)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.risk import Matrix
from app.core.risk_summary import RiskFacts
from app.core.wbs import outline
from app.models import Person, Project, Task
from app.models.risk_data import load_matrix, load_risks


@dataclass(frozen=True)
class TaskRef:
    id: int
    wbs: str
    name: str
    summary: bool


@dataclass
class RegisterData:
    matrix: Matrix
    risks: list[RiskFacts]
    today: date
    language: str = "en"
    review_interval: int = 30
    people: list[tuple[int, str]] = field(default_factory=list)  # (id, name) by name
    tasks: list[TaskRef] = field(default_factory=list)  # outline order

    def task_names(self) -> dict[int, str]:
        return {t.id: t.name for t in self.tasks}


def load_register(session: Session) -> RegisterData:
    project = session.get_one(Project, 1)
    rows = session.execute(select(Task.id, Task.parent_id, Task.position, Task.name)).all()
    names = {r.id: r.name for r in rows}
    tasks = [TaskRef(o.id, o.wbs, names[o.id], o.summary)
             for o in outline((r.id, r.parent_id, r.position) for r in rows)]
    people = list(session.execute(select(Person.id, Person.name).order_by(Person.name))
                  .tuples())
    return RegisterData(load_matrix(session), load_risks(session),
                        project.status_date or date.today(), project.language,
                        project.review_interval_days, people, tasks)
