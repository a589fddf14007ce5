"""What the user chooses for a report: sections, paper, Gantt width, confidential people."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from reportlab.lib.pagesizes import A3, A4, LETTER

from app.core.errors import UserError
from app.core.i18n import QT_TRANSLATE_NOOP, translate


class Section(StrEnum):
    COVER = "cover"
    SUMMARY = "summary"
    SCHEDULE = "schedule"
    MILESTONES = "milestones"
    RISKS = "risks"
    STAKEHOLDERS = "stakeholders"
    RACI = "raci"

    @property
    def label(self) -> str:
        return translate("report", _SECTION_LABELS[self])


_SECTION_LABELS = {
    Section.COVER: QT_TRANSLATE_NOOP("report", "Cover"),
    Section.SUMMARY: QT_TRANSLATE_NOOP("report", "Summary"),
    Section.SCHEDULE: QT_TRANSLATE_NOOP("report", "Schedule"),
    Section.MILESTONES: QT_TRANSLATE_NOOP("report", "Milestones"),
    Section.RISKS: QT_TRANSLATE_NOOP("report", "Risks"),
    Section.STAKEHOLDERS: QT_TRANSLATE_NOOP("report", "Stakeholders"),
    Section.RACI: QT_TRANSLATE_NOOP("report", "RACI matrix"),
}


class Paper(StrEnum):
    A4 = "A4"
    A3 = "A3"
    LETTER = "Letter"

    @property
    def size(self) -> tuple[float, float]:
        """Portrait width and height in points."""
        return {Paper.A4: A4, Paper.A3: A3, Paper.LETTER: LETTER}[self]


BAD_SECTION = QT_TRANSLATE_NOOP(
    "errors", "\u201c{name}\u201d is not a report section; choose from: {sections}.")
BAD_PAPER = QT_TRANSLATE_NOOP(
    "errors", "\u201c{name}\u201d is not a paper size; choose A4, A3 or Letter.")
NO_SECTION = QT_TRANSLATE_NOOP("errors", "Choose at least one section for the report.")


@dataclass(frozen=True)
class ReportOptions:
    sections: tuple[Section, ...] = tuple(Section)
    paper: Paper = Paper.A4
    pages_wide: int = 0  # the Gantt fitted to this many pages across; 0: readable scale
    include_confidential: bool = False
    logo: Path | None = None  # an image for the cover (PNG or JPEG)


def parse_sections(text: str) -> tuple[Section, ...]:
    """"cover,schedule,risks" (any order, spaces allowed) as sections in report order."""
    names = [n.strip().lower() for n in text.replace(";", ",").split(",") if n.strip()]
    for name in names:
        if name not in {s.value for s in Section}:
            raise UserError(BAD_SECTION, name=name, sections=", ".join(s.value for s in Section))
    if not names:
        raise UserError(NO_SECTION)
    return tuple(s for s in Section if s.value in names)


def parse_paper(text: str) -> Paper:
    for paper in Paper:
        if paper.value.lower() == text.strip().lower():
            return paper
    raise UserError(BAD_PAPER, name=text)
