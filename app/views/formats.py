"""Locale-aware display of dates and numbers in the views."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale


def date_text(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.date()
    return QLocale().toString(QDate(value.year, value.month, value.day),
                              QLocale.FormatType.ShortFormat)


def datetime_text(value: datetime | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDateTime(value), QLocale.FormatType.ShortFormat)


def percent_text(value: float) -> str:
    return f"{value:g}%"
