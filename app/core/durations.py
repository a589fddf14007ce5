"""Durations in working minutes, shown as days or hours like Microsoft Project."""

from __future__ import annotations

from app.core.calendar import MINUTES_PER_DAY_DEFAULT
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
