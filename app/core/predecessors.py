"""Microsoft Project's predecessor text: "3FS+2d", "5SS-1d", "7" (no Qt)."""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from app.core.calendar import MINUTES_PER_DAY_DEFAULT
from app.core.durations import format_duration, parse_duration
from app.core.enums import LagUnit, LinkType
from app.core.errors import UserError
from app.core.i18n import QT_TRANSLATE_NOOP


def format_link(number: int, link_type: LinkType, lag: int, lag_unit: LagUnit = LagUnit.WORKING,
                minutes_per_day: int = MINUTES_PER_DAY_DEFAULT) -> str:
    if link_type == LinkType.FS and lag == 0:
        return str(number)
    text = f"{number}{link_type.value}"
    if lag:
        sign = "+" if lag > 0 else "-"
        if lag_unit == LagUnit.PERCENT:
            amount = f"{abs(lag) / 10:g}%"
        elif lag_unit == LagUnit.ELAPSED:
            # Elapsed lags are calendar minutes: "2ed" is 48 hours, as Project writes it.
            amount = format_duration(abs(lag), 24 * 60).replace(" ", "")
            amount = amount[:-1] + "e" + amount[-1] if amount[-1:].isalpha() else amount
        else:
            amount = format_duration(abs(lag), minutes_per_day).replace(" ", "")
        text += f"{sign}{amount}"
    return text


class LinkSpec(NamedTuple):
    """One predecessor as typed: its row number (Project's ID), type and lag."""

    number: int
    type: LinkType = LinkType.FS
    lag: int = 0  # minutes, or tenths of a percent for LagUnit.PERCENT
    lag_unit: LagUnit = LagUnit.WORKING


BAD_LINK = QT_TRANSLATE_NOOP(
    "errors", "\u201c{text}\u201d is not a predecessor; write it like 3, 3FS+2d or 5SS-1d.")
TWICE = QT_TRANSLATE_NOOP("errors", "Task {number} is listed twice as a predecessor.")
_LINK = re.compile(r"^(\d+)\s*(fs|ss|ff|sf)?\s*(?:([+-])\s*(.+))?$")
_SEPARATORS = re.compile(r"[,;\u3001]")


def parse_predecessors(text: str, minutes_per_day: int = MINUTES_PER_DAY_DEFAULT,
                       minutes_per_week: int | None = None) -> list[LinkSpec]:
    """Microsoft Project's predecessor text: "3FS+2d, 5SS-1d, 7", "4FF+50%", "2FS+1ed".

    Raises UserError naming the first part that cannot be read.
    """
    result: list[LinkSpec] = []
    normal = unicodedata.normalize("NFKC", text)
    for part in filter(None, (p.strip() for p in _SEPARATORS.split(normal))):
        match = _LINK.match(part.lower())
        if not match:
            raise UserError(BAD_LINK, text=part)
        number = int(match.group(1))
        link_type = LinkType(match.group(2).upper()) if match.group(2) else LinkType.FS
        lag, unit = 0, LagUnit.WORKING
        if match.group(3):
            lag, unit = _lag(match.group(4).strip(), part, minutes_per_day, minutes_per_week)
            if match.group(3) == "-":
                lag = -lag
        if any(spec.number == number for spec in result):
            raise UserError(TWICE, number=number)
        result.append(LinkSpec(number, link_type, lag, unit))
    return result


def parse_lag(text: str, minutes_per_day: int = MINUTES_PER_DAY_DEFAULT,
              minutes_per_week: int | None = None) -> tuple[int, LagUnit]:
    """A lag alone: "2d", "-1d", "50%", "2ed"; empty is none."""
    text = unicodedata.normalize("NFKC", text).strip().lower().replace(" ", "")
    if not text or text in ("0", "+0", "-0"):
        return 0, LagUnit.WORKING
    sign = -1 if text.startswith("-") else 1
    lag, unit = _lag(text.lstrip("+-"), text, minutes_per_day, minutes_per_week)
    return sign * lag, unit


def lag_text(lag: int, unit: LagUnit, minutes_per_day: int = MINUTES_PER_DAY_DEFAULT) -> str:
    """The lag part of format_link, signed: "+2d", "-1d", "" for none."""
    text = format_link(0, LinkType.SS, lag, unit, minutes_per_day)
    return text[3:]


def _lag(text: str, part: str, minutes_per_day: int,
         minutes_per_week: int | None) -> tuple[int, LagUnit]:
    if text.endswith("%"):
        try:
            return round(float(text[:-1]) * 10), LagUnit.PERCENT
        except ValueError:
            raise UserError(BAD_LINK, text=part) from None
    unit = LagUnit.WORKING
    # Elapsed time: Project writes "2ed" / "2 edays"; format_link writes "e2d".
    elapsed = re.match(r"^e(\d.*)$|^([\d.]+\s*)e(\w+)$", text)
    if elapsed:
        text = elapsed.group(1) or (elapsed.group(2) + elapsed.group(3))
        unit = LagUnit.ELAPSED
    try:
        if unit == LagUnit.ELAPSED:  # calendar minutes: an elapsed day is 24 hours
            return parse_duration(text, 24 * 60, 7 * 24 * 60), unit
        return parse_duration(text, minutes_per_day, minutes_per_week), unit
    except UserError:
        raise UserError(BAD_LINK, text=part) from None
