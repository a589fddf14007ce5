"""Dashboard page (interim): the project's key figures as a table."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime

from PySide6.QtCore import Qt
from sqlalchemy import select

from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.stakeholders import Quadrant, quadrant
from app.core.wbs import outline
from app.models import Person, Project, Risk, RiskMatrixCell, RiskRating, Task
from app.models.commands import Changes
from app.views.formats import date_text
from app.views.table import Column, Row, TablePage


class DashboardPage(TablePage):
    context = "DashboardPage"
    icon_name = "dashboard"
    flags = Changes.ALL
    sortable = False
    columns = (Column(QT_TRANSLATE_NOOP("DashboardPage", "Figure"), width=260),
               Column(QT_TRANSLATE_NOOP("DashboardPage", "Value"), Qt.AlignmentFlag.AlignLeft))

    def title(self) -> str:
        return self.tr("Dashboard")

    def load(self) -> list[Row]:
        with self.port.document.reader() as session:
            project = session.get_one(Project, 1)
            tasks = session.scalars(select(Task)).all()
            people = session.scalars(select(Person)).all()
            risks = session.scalars(select(Risk)).all()
            cells = {(c.probability, c.impact): c.rating
                     for c in session.scalars(select(RiskMatrixCell))}
            ratings = session.scalars(select(RiskRating).order_by(RiskRating.rank)).all()
        status = project.status_date or date.today()
        status_at = datetime.combine(status, datetime.max.time())
        leaves = {r.id for r in outline((t.id, t.parent_id, t.position) for t in tasks)
                  if not r.summary}
        work = [t for t in tasks if t.id in leaves]
        total = sum(t.duration for t in work) or 1
        done = sum(t.duration * t.percent_complete / 100 for t in work)
        milestones = [t for t in tasks if t.milestone]
        reached = sum(1 for t in milestones if t.percent_complete == 100)
        late = sum(1 for t in work if t.finish and t.finish < status_at
                   and t.percent_complete < 100)
        open_risks = [r for r in risks if r.closed_on is None]
        by_rating = Counter(cells.get((r.probability, r.impact)) for r in open_risks)
        overdue = sum(1 for r in open_risks if r.next_review_on and r.next_review_on < status)
        quadrants = Counter(quadrant(p.power, p.interest, project.stakeholder_scale)
                            for p in people)
        finish = max((t.finish for t in tasks if t.finish), default=None)
        rows = [
            (self.tr("Status date"), date_text(status)),
            (self.tr("Planned finish"), date_text(finish)),
            (self.tr("Work complete"), f"{100 * done / total:.0f}%"),
            (self.tr("Tasks"), str(len(work))),
            (self.tr("Tasks late at the status date"), str(late)),
            (self.tr("Critical tasks"), str(sum(1 for t in work if t.critical))),
            (self.tr("Milestones reached"), f"{reached} / {len(milestones)}"),
            (self.tr("Open risks"), str(len(open_risks))),
            *((self.tr("Open risks rated {rating}").format(rating=r.label),
               str(by_rating.get(r.code, 0))) for r in ratings),
            (self.tr("Risk reviews overdue"), str(overdue)),
            (self.tr("Stakeholders"), str(len(people))),
            *((q.label, str(quadrants.get(q, 0))) for q in Quadrant),
        ]
        return [Row(values) for values in rows]
