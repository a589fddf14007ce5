"""Dates as the report prints them, in the UI language (no Qt, no locale module)."""

from __future__ import annotations

from datetime import date, datetime

from app.core.i18n import QT_TRANSLATE_NOOP, translate

MONTHS = (
    QT_TRANSLATE_NOOP("report", "Jan"), QT_TRANSLATE_NOOP("report", "Feb"),
    QT_TRANSLATE_NOOP("report", "Mar"), QT_TRANSLATE_NOOP("report", "Apr"),
    QT_TRANSLATE_NOOP("report", "May"), QT_TRANSLATE_NOOP("report", "Jun"),
    QT_TRANSLATE_NOOP("report", "Jul"), QT_TRANSLATE_NOOP("report", "Aug"),
    QT_TRANSLATE_NOOP("report", "Sep"), QT_TRANSLATE_NOOP("report", "Oct"),
    QT_TRANSLATE_NOOP("report", "Nov"), QT_TRANSLATE_NOOP("report", "Dec"),
)
_LONG = QT_TRANSLATE_NOOP("report", "{day} {month} {year}")  # 14 Mar 2026 / 2026年3月14日
_MONTH_YEAR = QT_TRANSLATE_NOOP("report", "{month} {year}")
_QUARTER = QT_TRANSLATE_NOOP("report", "Q{quarter} {year}")


def _day(value: date | datetime | None) -> date | None:
    if value is None:
        return None
    return value.date() if isinstance(value, datetime) else value


def short(value: date | datetime | None) -> str:
    """Tables: 2026-03-14, unambiguous in both languages."""
    day = _day(value)
    return day.isoformat() if day else ""


def long(value: date | datetime | None) -> str:
    day = _day(value)
    if day is None:
        return ""
    return translate("report", _LONG).format(day=day.day, month=month_name(day.month),
                                             year=day.year)


def month_name(month: int) -> str:
    return translate("report", MONTHS[month - 1])


def month_year(value: date | datetime) -> str:
    return translate("report", _MONTH_YEAR).format(month=month_name(value.month),
                                                   year=value.year)


def quarter(value: date | datetime, with_year: bool = True) -> str:
    q = (value.month - 1) // 3 + 1
    return translate("report", _QUARTER).format(quarter=q, year=value.year) if with_year \
        else f"Q{q}"
