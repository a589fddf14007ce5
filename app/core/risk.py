"""Risk scoring rules (no Qt): scales, the rating matrix, validation, trends, rescaling."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from app.core.enums import (
    OPPORTUNITY_STRATEGIES,
    THREAT_STRATEGIES,
    RiskKind,
    RiskStatus,
    RiskStrategy,
)
from app.core.errors import UserError
from app.core.i18n import QT_TRANSLATE_NOOP, translate

SCALES = (3, 4, 5)
AXES = ("probability", "impact")
CODE_PATTERN = re.compile(r"^R-(\d+)$")

LEVEL_OUT_OF_SCALE = QT_TRANSLATE_NOOP(
    "errors", "{code}: {field} must be a whole number from 1 to {scale} on this project's "
    "{scale}\u00d7{scale} scale; {value} was refused.")
REVIEW_BEFORE_IDENTIFIED = QT_TRANSLATE_NOOP(
    "errors", "{code}: the {field} ({when}) is before the date the risk was identified "
    "({identified}).")
CLOSED_BEFORE_IDENTIFIED = QT_TRANSLATE_NOOP(
    "errors", "{code}: the closed date ({when}) is before the date the risk was identified "
    "({identified}).")
BAD_STRATEGY = QT_TRANSLATE_NOOP(
    "errors", "{code}: \u201c{strategy}\u201d is not a response for a risk of type "
    "\u201c{kind_label}\u201d; choose one of: {allowed}.")
BAD_SCALE = QT_TRANSLATE_NOOP("errors", "A risk scale is 3\u00d73, 4\u00d74 or 5\u00d75, "
                              "not {scale}\u00d7{scale}.")

FIELD_NAMES = {
    "probability": QT_TRANSLATE_NOOP("risk", "probability"),
    "impact": QT_TRANSLATE_NOOP("risk", "impact"),
    "residual_probability": QT_TRANSLATE_NOOP("risk", "residual probability"),
    "residual_impact": QT_TRANSLATE_NOOP("risk", "residual impact"),
    "next_review_on": QT_TRANSLATE_NOOP("risk", "next review date"),
    "reviewed_on": QT_TRANSLATE_NOOP("risk", "review date"),
    "closed_on": QT_TRANSLATE_NOOP("risk", "closed date"),
}

# File content in the project's language (like app/models/defaults.py), per scale.
DEFAULT_LABELS = {
    "en": {
        5: (("Rare", "Unlikely", "Possible", "Likely", "Almost certain"),
            ("Negligible", "Minor", "Moderate", "Major", "Severe")),
        4: (("Unlikely", "Possible", "Likely", "Almost certain"),
            ("Minor", "Moderate", "Major", "Severe")),
        3: (("Unlikely", "Possible", "Likely"), ("Minor", "Moderate", "Major")),
    },
    "zh_CN": {
        5: (("极低", "低", "中", "高", "极高"), ("可忽略", "较小", "中等", "重大", "严重")),
        4: (("低", "中", "高", "极高"), ("较小", "中等", "重大", "严重")),
        3: (("低", "中", "高"), ("较小", "中等", "重大")),
    },
}


def score(probability: int, impact: int) -> int:
    return probability * impact


def default_matrix(scale: int) -> dict[tuple[int, int], int]:
    """Band (0 low .. 3 critical) of each (probability, impact) cell.

    Bands follow the score as a share of the largest score, the common default of
    organisational matrices: under 20 % low, under 40 % medium, under 65 % high.
    """
    top = scale * scale
    result = {}
    for p in range(1, scale + 1):
        for i in range(1, scale + 1):
            share = p * i / top
            result[(p, i)] = 0 if share < 0.2 else 1 if share < 0.4 else 2 if share < 0.65 else 3
    return result


def default_labels(scale: int, language: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Probability and impact level names for a new scale, in the project's language."""
    return DEFAULT_LABELS.get(language, DEFAULT_LABELS["en"])[scale]


@dataclass(frozen=True)
class Rating:
    code: str
    label: str
    color: str  # #rrggbb
    rank: int  # 0 = mildest


@dataclass(frozen=True)
class Matrix:
    """A project's scale: level names, rating bands and the rating of every cell."""

    scale: int
    probability_labels: tuple[str, ...]
    impact_labels: tuple[str, ...]
    ratings: tuple[Rating, ...]  # by rank
    cells: Mapping[tuple[int, int], str] = field(default_factory=dict)

    def rating(self, probability: int | None, impact: int | None) -> Rating | None:
        if probability is None or impact is None:
            return None
        code = self.cells.get((probability, impact))
        return next((r for r in self.ratings if r.code == code), None)

    def level_label(self, axis: str, level: int | None) -> str:
        labels = self.probability_labels if axis == "probability" else self.impact_labels
        return labels[level - 1] if level and 0 < level <= len(labels) else ""

    def by_code(self) -> dict[str, Rating]:
        return {r.code: r for r in self.ratings}


def default_cells(scale: int, ratings: Sequence[Rating]) -> dict[tuple[int, int], str]:
    """The default banding drawn with the project's own ratings (mildest first)."""
    ordered = sorted(ratings, key=lambda r: r.rank)
    if not ordered:
        return {}
    return {cell: ordered[min(band, len(ordered) - 1)].code
            for cell, band in default_matrix(scale).items()}


# -- validation ---------------------------------------------------------------------

def field_name(key: str) -> str:
    return translate("risk", FIELD_NAMES.get(key, key))


def check_level(value: object, scale: int, key: str, code: str, *,
                optional: bool = False) -> int | None:
    """A level on the scale, or UserError naming the risk and the field."""
    if value is None or value == "":
        if optional:
            return None
        value = ""
    try:
        level = int(str(value).strip())
    except ValueError:
        level = 0
    if str(value).strip() != str(level) or not 1 <= level <= scale:
        raise UserError(LEVEL_OUT_OF_SCALE, code=code, field=field_name(key), scale=scale,
                        value=value if value != "" else "\u2014")
    return level


def check_dates(code: str, identified: date | None, *, next_review: date | None = None,
                reviewed: date | None = None, closed: date | None = None) -> None:
    """Reviews and closing cannot come before the risk was identified."""
    if identified is None:
        return
    for key, when in (("next_review_on", next_review), ("reviewed_on", reviewed)):
        if when is not None and when < identified:
            raise UserError(REVIEW_BEFORE_IDENTIFIED, code=code, field=field_name(key),
                            when=when.isoformat(), identified=identified.isoformat())
    if closed is not None and closed < identified:
        raise UserError(CLOSED_BEFORE_IDENTIFIED, code=code, when=closed.isoformat(),
                        identified=identified.isoformat())


def strategies(kind: RiskKind) -> tuple[RiskStrategy, ...]:
    return THREAT_STRATEGIES if kind == RiskKind.THREAT else OPPORTUNITY_STRATEGIES


def check_strategy(code: str, kind: RiskKind, strategy: RiskStrategy | None) -> None:
    if strategy is not None and strategy not in strategies(kind):
        raise UserError(BAD_STRATEGY, code=code, strategy=strategy.label,
                        kind_label=kind.label,
                        allowed=", ".join(s.label for s in strategies(kind)))


def check_scale(scale: int) -> None:
    if scale not in SCALES:
        raise UserError(BAD_SCALE, scale=scale)


# -- codes, reviews, trends -----------------------------------------------------------

def next_code(codes: Iterable[str]) -> str:
    """R-001, R-002, ... after the highest number already used (gaps are not reused)."""
    numbers = [int(m.group(1)) for c in codes if (m := CODE_PATTERN.match(c))]
    return f"R-{max(numbers, default=0) + 1:03d}"


def next_review(reviewed_on: date, interval_days: int) -> date:
    return reviewed_on + timedelta(days=max(1, interval_days))


def is_open(status: RiskStatus) -> bool:
    return status != RiskStatus.CLOSED


def is_overdue(next_review_on: date | None, status: RiskStatus, today: date) -> bool:
    """A review date in the past on a risk that is still open."""
    return next_review_on is not None and next_review_on < today and is_open(status)


TREND_UP, TREND_FLAT, TREND_DOWN = "\u2191", "\u2192", "\u2193"


def trend(scores: Sequence[int]) -> str:
    """↑, → or ↓ from the last two scores of a risk's history; "" with fewer than two."""
    if len(scores) < 2:
        return ""
    last, before = scores[-1], scores[-2]
    return TREND_UP if last > before else TREND_DOWN if last < before else TREND_FLAT


# -- changing the scale -----------------------------------------------------------------

def remap_level(level: int, old_scale: int, new_scale: int) -> int:
    """Where a level lands on another scale: the level whose band holds its midpoint.

    5 → 3 maps 1, 2 → 1; 3 → 2; 4, 5 → 3.  3 → 5 maps 1 → 1, 2 → 3, 3 → 5.
    Integer arithmetic so that boundaries never depend on rounding.
    """
    level = min(max(level, 1), old_scale)
    return (2 * level - 1) * new_scale // (2 * old_scale) + 1


def remap_optional(level: int | None, old_scale: int, new_scale: int) -> int | None:
    return None if level is None else remap_level(level, old_scale, new_scale)
