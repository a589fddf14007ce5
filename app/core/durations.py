"""Durations in working minutes, shown as days or hours like Microsoft Project."""

from __future__ import annotations

import re
import unicodedata

from app.core.calendar import MINUTES_PER_DAY_DEFAULT
from app.core.errors import UserError
from app.core.i18n import QT_TRANSLATE_NOOP, translate

_DAY = QT_TRANSLATE_NOOP("units", "{n} d")
_HOUR = QT_TRANSLATE_NOOP("units", "{n} h")
_MINUTE = QT_TRANSLATE_NOOP("units", "{n} min")


def _number(value: float) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text or "0"


def format_duration(minutes: int, minutes_per_day: int = MINUTES_PER_DAY_DEFAULT) -> str:
    """"5 d", "0.5 d", "4 h": days when a whole half-day or more, else hours."""
    if minutes == 0:
        return translate("units", _DAY).format(n="0")
    if minutes % (minutes_per_day // 2) == 0 or abs(minutes) >= minutes_per_day:
        return translate("units", _DAY).format(n=_number(minutes / minutes_per_day))
    if minutes % 60 == 0 or abs(minutes) >= 60:
        return translate("units", _HOUR).format(n=_number(minutes / 60))
    return translate("units", _MINUTE).format(n=str(minutes))


# Unit words as people type them (lower case, after NFKC so full-width forms fold in).
_UNITS = {
    "m": 1, "min": 1, "mins": 1, "minute": 1, "minutes": 1, "分": 1, "分钟": 1,
    "h": 60, "hr": 60, "hrs": 60, "hour": 60, "hours": 60, "时": 60, "小时": 60,
    "d": 0, "dy": 0, "day": 0, "days": 0, "天": 0, "日": 0, "工作日": 0, "个工作日": 0,
    "w": -1, "wk": -1, "wks": -1, "week": -1, "weeks": -1, "周": -1, "星期": -1,
    "mo": -2, "mon": -2, "month": -2, "months": -2, "月": -2, "个月": -2,
}
_NUMBER = re.compile(r"^\s*(\d+(?:\.\d*)?|\.\d+)\s*(.*?)\s*\??\s*$")
BAD_DURATION = QT_TRANSLATE_NOOP(
    "errors", "\u201c{text}\u201d is not a duration; write it like 5d, 4h, 0.5w or 3 \u5929.")
TOO_LONG = QT_TRANSLATE_NOOP("errors", "\u201c{text}\u201d is longer than 100 years.")


def parse_duration(text: str, minutes_per_day: int = MINUTES_PER_DAY_DEFAULT,
                   minutes_per_week: int | None = None) -> int:
    """Working minutes of "5d", "3 天", "4h", "0.5w", "30min", "2mo" or a bare number
    (days, as Microsoft Project reads it). Months are 20 working days.

    Raises UserError naming the text when it is not a duration.
    """
    minutes_per_week = minutes_per_week or minutes_per_day * 5
    normal = unicodedata.normalize("NFKC", text).strip().lower().replace(",", ".")
    match = _NUMBER.match(normal)
    if not match:
        raise UserError(BAD_DURATION, text=text.strip())
    number, unit = float(match.group(1)), match.group(2).strip()
    factor = _UNITS.get(unit or "d")
    if factor is None:
        raise UserError(BAD_DURATION, text=text.strip())
    per = {0: minutes_per_day, -1: minutes_per_week, -2: minutes_per_day * 20}.get(factor, factor)
    minutes = round(number * per)
    if minutes > minutes_per_day * 365 * 100:
        raise UserError(TOO_LONG, text=text.strip())
    return minutes
