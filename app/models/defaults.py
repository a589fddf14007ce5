"""What a new project starts with: its calendar and the risk scale, in its language."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from app.core.calendar import STANDARD_WEEK, WorkCalendar
from app.core.risk import default_matrix
from app.models.calendars import store_calendar
from app.models.project import Project, RiskLevel, RiskMatrixCell, RiskRating

# Content of the file, in the project's language (not UI text: it stays as written).
_TEXT = {
    "en": {
        "calendar": "Standard",
        "probability": ["Rare", "Unlikely", "Possible", "Likely", "Almost certain"],
        "impact": ["Negligible", "Minor", "Moderate", "Major", "Severe"],
        "ratings": ["Low", "Medium", "High", "Critical"],
    },
    "zh_CN": {
        "calendar": "标准日历",
        "probability": ["极低", "低", "中", "高", "极高"],
        "impact": ["可忽略", "较小", "中等", "重大", "严重"],
        "ratings": ["低", "中", "高", "极高"],
    },
}
RATING_CODES = ("low", "medium", "high", "critical")
RATING_COLORS = ("#4caf50", "#ffc107", "#ff7043", "#d32f2f")


def text_for(language: str) -> dict:
    return _TEXT.get(language, _TEXT["en"])


def add_defaults(session: Session, *, name: str, language: str, start: date) -> None:
    text = text_for(language)
    store_calendar(session, 1, WorkCalendar(text["calendar"], STANDARD_WEEK, {}))
    session.flush()
    session.add(Project(id=1, name=name, start_date=start, language=language, calendar_id=1,
                        currency="CNY" if language == "zh_CN" else "USD"))
    for axis in ("probability", "impact"):
        session.add_all(RiskLevel(axis=axis, level=i + 1, label=label)
                        for i, label in enumerate(text[axis]))
    session.add_all(RiskRating(code=code, label=label, color=color, rank=rank)
                    for rank, (code, label, color)
                    in enumerate(zip(RATING_CODES, text["ratings"], RATING_COLORS, strict=True)))
    session.flush()
    session.add_all(RiskMatrixCell(probability=p, impact=i, rating=RATING_CODES[band])
                    for (p, i), band in default_matrix(5).items())
