"""Risks page (interim): the register with ratings and overdue reviews."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from sqlalchemy import select

from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.risk import score
from app.models import Person, Project, Risk, RiskMatrixCell, RiskRating
from app.models.commands import Changes
from app.views.formats import date_text
from app.views.table import Column, Row, TablePage

R = Qt.AlignmentFlag.AlignRight


class RisksPage(TablePage):
    context = "RisksPage"
    icon_name = "risks"
    flags = Changes.RISKS | Changes.PEOPLE | Changes.SETTINGS | Changes.PROJECT
    columns = (
        Column(QT_TRANSLATE_NOOP("RisksPage", "Code")),
        Column(QT_TRANSLATE_NOOP("RisksPage", "Title"), width=240),
        Column(QT_TRANSLATE_NOOP("RisksPage", "Type")),
        Column(QT_TRANSLATE_NOOP("RisksPage", "Category")),
        Column(QT_TRANSLATE_NOOP("RisksPage", "Probability"), R),
        Column(QT_TRANSLATE_NOOP("RisksPage", "Impact"), R),
        Column(QT_TRANSLATE_NOOP("RisksPage", "Score"), R),
        Column(QT_TRANSLATE_NOOP("RisksPage", "Rating")),
        Column(QT_TRANSLATE_NOOP("RisksPage", "Residual score"), R),
        Column(QT_TRANSLATE_NOOP("RisksPage", "Owner")),
        Column(QT_TRANSLATE_NOOP("RisksPage", "Response")),
        Column(QT_TRANSLATE_NOOP("RisksPage", "Status")),
        Column(QT_TRANSLATE_NOOP("RisksPage", "Next review"), R),
    )

    def title(self) -> str:
        return self.tr("Risks")

    def load(self) -> list[Row]:
        with self.port.document.reader() as session:
            project = session.get_one(Project, 1)
            today = project.status_date or date.today()
            ratings = {r.code: r for r in session.scalars(select(RiskRating))}
            cells = {(c.probability, c.impact): ratings.get(c.rating)
                     for c in session.scalars(select(RiskMatrixCell))}
            owners = dict(session.execute(select(Person.id, Person.name)).tuples().all())
            rows = []
            for risk in session.scalars(select(Risk).order_by(Risk.code)):
                rating = cells.get((risk.probability, risk.impact))
                residual = score(risk.residual_probability, risk.residual_impact) \
                    if risk.residual_probability and risk.residual_impact else None
                overdue = (risk.next_review_on is not None and risk.next_review_on < today
                           and risk.closed_on is None)
                review = date_text(risk.next_review_on)
                rows.append(Row(
                    [risk.code, risk.title, risk.kind.label, risk.category, risk.probability,
                     risk.impact, score(risk.probability, risk.impact),
                     rating.label if rating else "", residual, owners.get(risk.owner_id, ""),
                     risk.strategy.label if risk.strategy else "", risk.status.label,
                     f"\u26a0 {review}" if overdue else review],
                    background={7: rating.color} if rating else {},
                    tooltip={1: "\n".join(filter(None, (risk.cause, risk.event, risk.effect))),
                             12: self.tr("Review overdue") if overdue else ""},
                    sort={7: rating.rank if rating else -1, 12: risk.next_review_on}))
            return rows
