"""Microsoft Project's predecessor text: "3FS+2d", "5SS-1d", "7" (no Qt)."""

from __future__ import annotations

from app.core.calendar import MINUTES_PER_DAY_DEFAULT
from app.core.durations import format_duration
from app.core.enums import LagUnit, LinkType


def format_link(number: int, link_type: LinkType, lag: int, lag_unit: LagUnit = LagUnit.WORKING,
                minutes_per_day: int = MINUTES_PER_DAY_DEFAULT) -> str:
    if link_type == LinkType.FS and lag == 0:
        return str(number)
    text = f"{number}{link_type.value}"
    if lag:
        sign = "+" if lag > 0 else "-"
        if lag_unit == LagUnit.PERCENT:
            amount = f"{abs(lag) / 10:g}%"
        else:
            amount = format_duration(abs(lag), minutes_per_day).replace(" ", "")
            if lag_unit == LagUnit.ELAPSED:
                amount = "e" + amount
        text += f"{sign}{amount}"
    return text
