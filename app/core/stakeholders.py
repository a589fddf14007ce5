"""Stakeholder rules, no Qt: Mendelow quadrants, engagement gaps, what may be shared,
and the checks an edit must pass.

The summaries take any objects with the attributes they read (the register's records,
ORM rows, test doubles), so the dashboard and the PDF report call them on whatever
they loaded.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol, TypeVar

from app.core.enums import Attitude, Engagement
from app.core.errors import UserError
from app.core.i18n import QT_TRANSLATE_NOOP, translate


class Quadrant(StrEnum):
    MANAGE_CLOSELY = "manage_closely"
    KEEP_SATISFIED = "keep_satisfied"
    KEEP_INFORMED = "keep_informed"
    MONITOR = "monitor"

    @property
    def label(self) -> str:
        return translate("enums", _LABELS[self])

    @property
    def action(self) -> str:
        """The recommended way of dealing with the quadrant's stakeholders."""
        return translate("stakeholders", _ACTIONS[self])


_LABELS = {
    Quadrant.MANAGE_CLOSELY: QT_TRANSLATE_NOOP("enums", "Manage closely"),
    Quadrant.KEEP_SATISFIED: QT_TRANSLATE_NOOP("enums", "Keep satisfied"),
    Quadrant.KEEP_INFORMED: QT_TRANSLATE_NOOP("enums", "Keep informed"),
    Quadrant.MONITOR: QT_TRANSLATE_NOOP("enums", "Monitor"),
}
_ACTIONS = {
    Quadrant.MANAGE_CLOSELY: QT_TRANSLATE_NOOP(
        "stakeholders", "Engage fully and involve in decisions"),
    Quadrant.KEEP_SATISFIED: QT_TRANSLATE_NOOP(
        "stakeholders", "Meet their needs; consult before key decisions"),
    Quadrant.KEEP_INFORMED: QT_TRANSLATE_NOOP(
        "stakeholders", "Inform regularly and listen to concerns"),
    Quadrant.MONITOR: QT_TRANSLATE_NOOP(
        "stakeholders", "Watch with minimum effort"),
}

ENGAGEMENT_ORDER: tuple[Engagement, ...] = (
    Engagement.UNAWARE, Engagement.RESISTANT, Engagement.NEUTRAL, Engagement.SUPPORTIVE,
    Engagement.LEADING)
ATTITUDE_ORDER: tuple[Attitude, ...] = (
    Attitude.CHAMPION, Attitude.SUPPORTER, Attitude.NEUTRAL, Attitude.CRITIC, Attitude.BLOCKER)


def quadrant(power: int, interest: int, scale: int = 10) -> Quadrant:
    """High means above the middle of the scale (6..10 on 1..10)."""
    high_power, high_interest = power > scale / 2, interest > scale / 2
    if high_power:
        return Quadrant.MANAGE_CLOSELY if high_interest else Quadrant.KEEP_SATISFIED
    return Quadrant.KEEP_INFORMED if high_interest else Quadrant.MONITOR


def high_from(scale: int) -> int:
    """The lowest score that counts as high on a 1..scale axis (6 on 1..10, 3 on 1..5)."""
    return scale // 2 + 1


# -- summaries for the page, the dashboard and the report ---------------------------


class Scored(Protocol):
    power: int
    interest: int


class Assessed(Protocol):
    engagement_current: Engagement | None
    engagement_desired: Engagement | None


class MaybeConfidential(Protocol):
    confidential: bool


def quadrant_counts(people: Iterable[Scored], scale: int = 10) -> dict[Quadrant, int]:
    """How many stakeholders fall in each quadrant (every quadrant present, zeros too)."""
    counts = dict.fromkeys(Quadrant, 0)
    for person in people:
        counts[quadrant(person.power, person.interest, scale)] += 1
    return counts


def engagement_gap(current: Engagement | None, desired: Engagement | None) -> int | None:
    """Steps from current to desired engagement (+ towards leading), None if not assessed."""
    if current is None or desired is None:
        return None
    return ENGAGEMENT_ORDER.index(desired) - ENGAGEMENT_ORDER.index(current)


P = TypeVar("P", bound=Assessed)


@dataclass(frozen=True)
class EngagementGaps:
    """Who is not where the project needs them (people in the order given)."""

    assessed: int  # both current and desired set
    unassessed: int
    gaps: tuple[tuple[Any, int], ...]  # (person, steps), steps never 0

    @property
    def count(self) -> int:
        return len(self.gaps)

    @property
    def steps(self) -> int:
        """Total distance to cover, the size of the engagement effort."""
        return sum(abs(steps) for _, steps in self.gaps)


def engagement_gaps(people: Iterable[Assessed]) -> EngagementGaps:
    assessed = unassessed = 0
    gaps = []
    for person in people:
        steps = engagement_gap(person.engagement_current, person.engagement_desired)
        if steps is None:
            unassessed += 1
            continue
        assessed += 1
        if steps:
            gaps.append((person, steps))
    return EngagementGaps(assessed, unassessed, tuple(gaps))


C = TypeVar("C", bound=MaybeConfidential)


def shareable(people: Iterable[C], include_confidential: bool = False) -> list[C]:
    """What exports and reports may show: confidential people only when asked for."""
    return [p for p in people if include_confidential or not p.confidential]


# -- checks on edits -----------------------------------------------------------------

EMPTY_NAME = QT_TRANSLATE_NOOP("errors", "A stakeholder needs a name.")
DUPLICATE_NAME = QT_TRANSLATE_NOOP(
    "errors", "There is already a stakeholder called \u201c{name}\u201d; use another name.")
SCORE_RANGE = QT_TRANSLATE_NOOP(
    "errors", "{field} of \u201c{name}\u201d must be a whole number from 1 to {scale}; "
    "\u201c{value}\u201d was not accepted.")
POWER = QT_TRANSLATE_NOOP("stakeholders", "Power")
INTEREST = QT_TRANSLATE_NOOP("stakeholders", "Interest")
TARGET_POWER = QT_TRANSLATE_NOOP("stakeholders", "Target power")
TARGET_INTEREST = QT_TRANSLATE_NOOP("stakeholders", "Target interest")
SCORE_FIELDS = {"power": POWER, "interest": INTEREST, "target_power": TARGET_POWER,
                "target_interest": TARGET_INTEREST}


def clean_name(name: str, others: Sequence[str]) -> str:
    """The name trimmed; refused when empty or already used (case and spaces ignored)."""
    cleaned = " ".join(str(name).split())
    if not cleaned:
        raise UserError(EMPTY_NAME)
    if cleaned.casefold() in {" ".join(o.split()).casefold() for o in others}:
        raise UserError(DUPLICATE_NAME, name=cleaned)
    return cleaned


def check_score(field: str, value: object, scale: int, name: str) -> int | None:
    """A score on 1..scale as an int; targets may be empty (None)."""
    optional = field.startswith("target_")
    if optional and (value is None or str(value).strip() == ""):
        return None
    text = str(value).strip()
    try:
        number = int(text)
    except ValueError:
        number = None
    if number is None or not 1 <= number <= scale:
        raise UserError(SCORE_RANGE, field=translate("stakeholders", SCORE_FIELDS[field]),
                        name=name, scale=scale, value=text)
    return number


def clamp_score(value: int, scale: int) -> int:
    return max(1, min(scale, value))
