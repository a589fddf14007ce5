"""Dates typed in the task table, in the locale's format (or ISO)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale

from app.core.errors import UserError
from app.core.i18n import QT_TRANSLATE_NOOP
from app.views.formats import date_format, date_text

BAD_DATE = QT_TRANSLATE_NOOP(
    "errors", "\u201c{text}\u201d is not a date; write it like {example}.")


def parse_date(text: str) -> date:
    """The locale's short date (any year width), else ISO 2026-03-09 or 2026/3/9."""
    text = text.strip()
    locale = QLocale()
    formats = (date_format(), locale.dateFormat(QLocale.FormatType.ShortFormat),
               "yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d")
    for fmt in formats:
        value = locale.toDate(text, fmt)
        if not value.isValid():
            value = QDate.fromString(text, fmt)
        if value.isValid():
            if "yyyy" not in fmt and value.year() < 1970:  # Qt reads "26" as 1926
                value = value.addYears(100)
            return date(value.year(), value.month(), value.day())
    raise UserError(BAD_DATE, text=text, example=date_text(date.today()))
