"""Locale-aware display of dates and numbers in the views."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale


def date_text(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.date()
    return QLocale().toString(QDate(value.year, value.month, value.day), date_format())


def date_format() -> str:
    """The locale's short date with a four-digit year (3/2/2026, 2026/3/2)."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def percent_text(value: float) -> str:
    return f"{value:g}%"
