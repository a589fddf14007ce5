"""The RACI matrix as stored, for the page, `planwright check`, dashboard and report."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.raci import Matrix, RaciColumn, RaciRow, Summary, Thresholds, summarize
from app.core.wbs import outline
from app.models.people import Person, RaciRole
from app.models.project import Project, Setting
from app.models.raw import driver_cursor
from app.models.tasks import Task

SETTING_KEY = "raci"  # Setting row holding the thresholds


def load_columns(session: Session) -> list[RaciColumn]:
    names = dict(session.execute(select(Person.id, Person.name)).tuples().all())
    roles = session.execute(select(RaciRole.id, RaciRole.person_id, RaciRole.name)
                            .order_by(RaciRole.position, RaciRole.id)).tuples().all()
    return [RaciColumn(role_id, names.get(person_id, name) if person_id else name, person_id)
            for role_id, person_id, name in roles]


def load_thresholds(session: Session) -> Thresholds:
    setting = session.get(Setting, SETTING_KEY)
    return Thresholds.from_setting(setting.value if setting else None)


def load_cells(session: Session, columns: list[RaciColumn]) -> dict[int, list[str]]:
    """Each task's cells under `columns`; tasks without any letter are left out."""
    where = {c.role_id: i for i, c in enumerate(columns)}
    cells: dict[int, list[str]] = {}
    # The driver's own cursor: 400,000 cells load several times faster than through
    # SQLAlchemy's result rows.
    with driver_cursor(session) as cursor:
        for task_id, role_id, letters in cursor.execute(
                "SELECT task_id, role_id, letters FROM raci_cell"):
            row = cells.get(task_id)
            if row is None:
                row = cells[task_id] = [""] * len(columns)
            if role_id in where:
                row[where[role_id]] = letters.strip()
    return cells


def load_matrix(session: Session) -> Matrix:
    """Every task in outline order with its cells under every column."""
    project = session.get_one(Project, 1)
    columns = load_columns(session)
    tasks = {row[0]: row for row in session.execute(
        select(Task.id, Task.parent_id, Task.position, Task.name, Task.milestone)).tuples()}
    cells = load_cells(session, columns)
    rows = [RaciRow(o.id, o.wbs, tasks[o.id][3], o.level, o.summary, tasks[o.id][4],
                    cells.get(o.id) or [""] * len(columns))
            for o in outline((t[0], t[1], t[2]) for t in tasks.values())]
    return Matrix(columns, rows, project.raci_variant, load_thresholds(session))


def raci_summary(session: Session) -> Summary:
    """Rows with errors or warnings and the load of every column (dashboard, report)."""
    return summarize(load_matrix(session))
