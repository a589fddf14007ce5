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


def _h(text: str) -> str:
    return QT_TRANSLATE_NOOP("RegisterModel", text)


COLUMNS: tuple[Col, ...] = (
    Col("code", _h("Code"), "text", width=7),
    Col("title", _h("Title"), "text", width=28),
    Col("kind", _h("Type"), "kind", width=11),
    Col("category", _h("Category"), "text", width=11),
    Col("probability", _h("P"), "level", right=True, width=3),
    Col("impact", _h("I"), "level", right=True, width=3),
    Col("score", _h("Score"), right=True, width=5),
    Col("rating", _h("Rating"), width=8),
    Col("trend", _h("Trend"), width=5),
    Col("owner_id", _h("Owner"), "owner", width=14),
    Col("strategy", _h("Response"), "strategy", width=10),
    Col("actions", _h("Response actions"), "long", width=26),
    Col("residual_probability", _h("Residual P"), "level", right=True, width=9),
    Col("residual_impact", _h("Residual I"), "level", right=True, width=9),
    Col("residual_score", _h("Residual score"), right=True, width=12),
    Col("status", _h("Status"), "status", width=14),
    Col("identified_on", _h("Identified"), "date", right=True, width=10),
    Col("next_review_on", _h("Next review"), "date", right=True, width=11),
    Col("closed_on", _h("Closed"), "date", right=True, width=10),
    Col("tasks", _h("Linked tasks"), "links", width=22),
    Col("cause", _h("Cause"), "long", width=26),
    Col("event", _h("Event"), "long", width=26),
    Col("effect", _h("Effect"), "long", width=26),
    Col("trigger", _h("Trigger"), "long", width=22),
)
INDEX = {c.key: n for n, c in enumerate(COLUMNS)}
# Full names for the short level headers, shown as header tooltips.
HEADER_TIPS = {
    "probability": _h("Probability (inherent)"),
    "impact": _h("Impact (inherent)"),
    "residual_probability": _h("Residual probability, after the response"),
    "residual_impact": _h("Residual impact, after the response"),
    "trend": _h("Score trend since the previous review"),
}
