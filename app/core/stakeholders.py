"""Power/interest quadrants (Mendelow), no Qt."""

from __future__ import annotations

from enum import StrEnum

from app.core.i18n import QT_TRANSLATE_NOOP, translate


class Quadrant(StrEnum):
    MANAGE_CLOSELY = "manage_closely"
    KEEP_SATISFIED = "keep_satisfied"
    KEEP_INFORMED = "keep_informed"
    MONITOR = "monitor"

    @property
    def label(self) -> str:
        return translate("enums", _LABELS[self])


_LABELS = {
    Quadrant.MANAGE_CLOSELY: QT_TRANSLATE_NOOP("enums", "Manage closely"),
    Quadrant.KEEP_SATISFIED: QT_TRANSLATE_NOOP("enums", "Keep satisfied"),
    Quadrant.KEEP_INFORMED: QT_TRANSLATE_NOOP("enums", "Keep informed"),
    Quadrant.MONITOR: QT_TRANSLATE_NOOP("enums", "Monitor"),
}


def quadrant(power: int, interest: int, scale: int = 10) -> Quadrant:
    """High means above the middle of the scale (6..10 on 1..10)."""
    high_power, high_interest = power > scale / 2, interest > scale / 2
    if high_power:
        return Quadrant.MANAGE_CLOSELY if high_interest else Quadrant.KEEP_SATISFIED
    return Quadrant.KEEP_INFORMED if high_interest else Quadrant.MONITOR
