"""The register's columns: which field, which header, which editor."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.i18n import QT_TRANSLATE_NOOP

CONTEXT = "RegisterModel"


@dataclass(frozen=True)
class Col:
    key: str  # a Risk field, or a derived value (score, rating, trend, tasks)
    header: str  # source text in CONTEXT
    editor: str = ""  # text, long, level, kind, strategy, owner, status, date, links; "" = none
    right: bool = False
    width: int = 0  # preferred width in average characters; 0 = from contents


COLUMNS: tuple[Col, ...] = (
    Col("code", QT_TRANSLATE_NOOP("RegisterModel", "Code"), "text", width=7),
    Col("title", QT_TRANSLATE_NOOP("RegisterModel", "Title"), "text", width=28),
    Col("kind", QT_TRANSLATE_NOOP("RegisterModel", "Type"), "kind", width=11),
    Col("category", QT_TRANSLATE_NOOP("RegisterModel", "Category"), "text", width=11),
    Col("probability", QT_TRANSLATE_NOOP("RegisterModel", "P"), "level", right=True, width=3),
    Col("impact", QT_TRANSLATE_NOOP("RegisterModel", "I"), "level", right=True, width=3),
    Col("score", QT_TRANSLATE_NOOP("RegisterModel", "Score"), right=True, width=5),
    Col("rating", QT_TRANSLATE_NOOP("RegisterModel", "Rating"), width=8),
    Col("trend", QT_TRANSLATE_NOOP("RegisterModel", "Trend"), width=5),
    Col("owner_id", QT_TRANSLATE_NOOP("RegisterModel", "Owner"), "owner", width=14),
    Col("strategy", QT_TRANSLATE_NOOP("RegisterModel", "Response"), "strategy", width=10),
    Col("actions", QT_TRANSLATE_NOOP("RegisterModel", "Response actions"), "long", width=26),
    Col("residual_probability", QT_TRANSLATE_NOOP("RegisterModel", "Residual P"), "level", right=True, width=9),
    Col("residual_impact", QT_TRANSLATE_NOOP("RegisterModel", "Residual I"), "level", right=True, width=9),
    Col("residual_score", QT_TRANSLATE_NOOP("RegisterModel", "Residual score"), right=True, width=12),
    Col("status", QT_TRANSLATE_NOOP("RegisterModel", "Status"), "status", width=14),
    Col("identified_on", QT_TRANSLATE_NOOP("RegisterModel", "Identified"), "date", right=True, width=10),
    Col("next_review_on", QT_TRANSLATE_NOOP("RegisterModel", "Next review"), "date", right=True, width=11),
    Col("closed_on", QT_TRANSLATE_NOOP("RegisterModel", "Closed"), "date", right=True, width=10),
    Col("tasks", QT_TRANSLATE_NOOP("RegisterModel", "Linked tasks"), "links", width=22),
    Col("cause", QT_TRANSLATE_NOOP("RegisterModel", "Cause"), "long", width=26),
    Col("event", QT_TRANSLATE_NOOP("RegisterModel", "Event"), "long", width=26),
    Col("effect", QT_TRANSLATE_NOOP("RegisterModel", "Effect"), "long", width=26),
    Col("trigger", QT_TRANSLATE_NOOP("RegisterModel", "Trigger"), "long", width=22),
)
INDEX = {c.key: n for n, c in enumerate(COLUMNS)}
# Full names for the short level headers, shown as header tooltips.
HEADER_TIPS = {
    "probability": QT_TRANSLATE_NOOP("RegisterModel", "Probability (inherent)"),
    "impact": QT_TRANSLATE_NOOP("RegisterModel", "Impact (inherent)"),
    "residual_probability": QT_TRANSLATE_NOOP("RegisterModel", "Residual probability, after the response"),
    "residual_impact": QT_TRANSLATE_NOOP("RegisterModel", "Residual impact, after the response"),
    "trend": QT_TRANSLATE_NOOP("RegisterModel", "Score trend since the previous review"),
}
