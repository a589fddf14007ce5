"""RACI page (interim): deliverables × people and roles, read-only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.wbs import outline
from app.models import Person, RaciCell, RaciRole, Task
from app.models.commands import Changes
from app.views.table import Column, Row, TablePage

LETTER_COLORS = {"A": "#ef9a9a", "R": "#90caf9", "C": "#fff59d", "I": "#c5e1a5", "S": "#ce93d8"}


class RaciPage(TablePage):
    context = "RaciPage"
    icon_name = "raci"
    flags = Changes.RACI | Changes.TASKS | Changes.PEOPLE
    sortable = False
    columns = (Column(QT_TRANSLATE_NOOP("RaciPage", "WBS")),
               Column(QT_TRANSLATE_NOOP("RaciPage", "Task"), width=240))

    def title(self) -> str:
        return self.tr("RACI")

    def load(self) -> list[Row]:
        with self.port.document.reader() as session:
            names = dict(session.execute(select(Person.id, Person.name)).tuples().all())
            roles = session.scalars(select(RaciRole).order_by(RaciRole.position,
                                                              RaciRole.id)).all()
            role_index = {role.id: i for i, role in enumerate(roles)}
            cells: dict[int, dict[int, str]] = {}
            for cell in session.scalars(select(RaciCell)):
                cells.setdefault(cell.task_id, {})[role_index[cell.role_id]] = cell.letters
            tasks = {t.id: t for t in session.scalars(select(Task))}
        self.model.columns = list(self.columns) + [
            Column(names.get(role.person_id, role.name) if role.person_id else role.name,
                   Qt.AlignmentFlag.AlignHCenter) for role in roles]
        rows = []
        for r in outline((t.id, t.parent_id, t.position) for t in tasks.values()):
            if r.id not in cells:
                continue
            letters = [cells[r.id].get(i, "") for i in range(len(roles))]
            colors = {i + 2: LETTER_COLORS[v.replace("/", "")[0]]
                      for i, v in enumerate(letters) if v and v[0] in LETTER_COLORS}
            rows.append(Row([r.wbs, tasks[r.id].name, *letters], bold=r.summary,
                            background=colors))
        return rows
