"""Working hours as text, "08:00-12:00, 13:00-17:00", both ways (no Qt)."""

from __future__ import annotations

import re
import unicodedata

from app.core.calendar import Interval, format_intervals, validate_intervals
from app.core.errors import UserError
from app.core.i18n import QT_TRANSLATE_NOOP, translate
from app.io.excel import schema
from app.io.excel.cells import CellError, spellings

BAD_HOURS = QT_TRANSLATE_NOOP(
    "errors", "\u201c{value}\u201d are not working hours; write them like "
              "08:00-12:00, 13:00-17:00, or leave the cell empty for a day off.")
_PART = re.compile(r"^(\d{1,2})[:.](\d{2})\s*[-\u2013~\u81f3]\s*(\d{1,2})[:.](\d{2})$")


def hours_text(intervals: tuple[Interval, ...]) -> str:
    if not intervals:
        return translate("excel", schema.NON_WORKING)
    return format_intervals(intervals)


def parse_hours(value: object) -> tuple[Interval, ...]:
    text = unicodedata.normalize("NFKC", "" if value is None else str(value)).strip()
    if not text or " ".join(text.casefold().split()) in spellings("excel", schema.NON_WORKING):
        return ()
    intervals = []
    for part in filter(None, (p.strip() for p in re.split(r"[,;\u3001]", text))):
        match = _PART.match(part)
        if not match:
            raise CellError(BAD_HOURS, value=text)
        h1, m1, h2, m2 = (int(g) for g in match.groups())
        start, end = h1 * 60 + m1, h2 * 60 + m2
        if m1 > 59 or m2 > 59 or end > 24 * 60:
            raise CellError(BAD_HOURS, value=text)
        intervals.append((start, end))
    try:
        validate_intervals(tuple(intervals))
    except UserError:  # overlapping or reversed: the calendar's own rule says why
        raise CellError(BAD_HOURS, value=text) from None
    return tuple(intervals)
