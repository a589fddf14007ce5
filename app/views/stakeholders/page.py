"""Stakeholders page (interim): the register with each person's quadrant."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.stakeholders import quadrant
from app.models import Person, Project
from app.models.commands import Changes
from app.views.table import Column, Row, TablePage

R = Qt.AlignmentFlag.AlignRight
C = Qt.AlignmentFlag.AlignHCenter


class StakeholdersPage(TablePage):
    context = "StakeholdersPage"
    icon_name = "stakeholders"
    flags = Changes.PEOPLE | Changes.PROJECT
    columns = (
        Column(QT_TRANSLATE_NOOP("StakeholdersPage", "Name"), width=120),
        Column(QT_TRANSLATE_NOOP("StakeholdersPage", "Organisation")),
        Column(QT_TRANSLATE_NOOP("StakeholdersPage", "Title")),
        Column(QT_TRANSLATE_NOOP("StakeholdersPage", "Power"), R),
        Column(QT_TRANSLATE_NOOP("StakeholdersPage", "Interest"), R),
        Column(QT_TRANSLATE_NOOP("StakeholdersPage", "Quadrant")),
        Column(QT_TRANSLATE_NOOP("StakeholdersPage", "Attitude")),
        Column(QT_TRANSLATE_NOOP("StakeholdersPage", "Current engagement")),
        Column(QT_TRANSLATE_NOOP("StakeholdersPage", "Desired engagement")),
        Column(QT_TRANSLATE_NOOP("StakeholdersPage", "Team member"), C),
        Column(QT_TRANSLATE_NOOP("StakeholdersPage", "Confidential"), C),
        Column(QT_TRANSLATE_NOOP("StakeholdersPage", "Communication")),
    )

    def title(self) -> str:
        return self.tr("Stakeholders")

    def load(self) -> list[Row]:
        with self.port.document.reader() as session:
            scale = session.get_one(Project, 1).stakeholder_scale
            people = session.scalars(select(Person).order_by(Person.position, Person.id)).all()
            yes = self.tr("Yes")
            return [Row([p.name, p.organisation, p.title, p.power, p.interest,
                         quadrant(p.power, p.interest, scale).label, p.attitude.label,
                         p.engagement_current.label if p.engagement_current else "",
                         p.engagement_desired.label if p.engagement_desired else "",
                         yes if p.team_member else "", yes if p.confidential else "",
                         p.communication],
                        tooltip={0: p.contact, 11: p.strategy})
                    for p in people]
