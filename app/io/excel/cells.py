"""Cell values in and out (no Qt): text that never becomes a formula, dates, choices.

Reading is strict: every value is checked and a bad one becomes a `CellProblem`
that names the sheet, the row, the column and the value found.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from functools import cache, lru_cache
from typing import Any

from app.core.errors import UserError
from app.core.i18n import QT_TRANSLATE_NOOP, translate
from app.io.excel import schema

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

NOT_A_NUMBER = QT_TRANSLATE_NOOP("errors", "\u201c{value}\u201d is not a number.")
NOT_WHOLE = QT_TRANSLATE_NOOP("errors", "\u201c{value}\u201d is not a whole number.")
NOT_A_DATE = QT_TRANSLATE_NOOP(
    "errors", "\u201c{value}\u201d is not a date; write it like 2025-03-31 or 2025/3/31.")
NOT_YES_NO = QT_TRANSLATE_NOOP("errors", "\u201c{value}\u201d is neither yes nor no.")
NOT_A_CHOICE = QT_TRANSLATE_NOOP(
    "errors", "\u201c{value}\u201d is not one of the choices: {choices}.")
FORMULA = QT_TRANSLATE_NOOP(
    "errors", "the cell holds a formula ({value}); Planwright reads values only. Replace it "
              "with its value (Copy, Paste Special, Values).")
ERROR_VALUE = QT_TRANSLATE_NOOP("errors", "the cell holds the error {value}.")
PERCENT_RANGE = QT_TRANSLATE_NOOP(
    "errors", "\u201c{value}\u201d is not a percentage from 0 to 100.")
CELL_PROBLEM = QT_TRANSLATE_NOOP(
    "errors", "Sheet \u201c{sheet}\u201d, row {row}, column {column} ({header}): {problem}")


class CellError(UserError):
    """What is wrong with one value; the reader adds where it is."""


@dataclass(frozen=True)
class CellProblem:
    sheet: str
    row: int
    column: str  # the letter, as Excel shows it
    header: str
    value: str
    problem: str  # translated

    def message(self) -> str:
        return translate("errors", CELL_PROBLEM).format(
            sheet=self.sheet, row=self.row, column=self.column, header=self.header,
            problem=self.problem)


def safe_text(value: str) -> str:
    """Text as stored in a cell: control characters Excel refuses are dropped."""
    return "".join(c for c in value if c >= " " or c in "\t\n")


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


# -- reading ---------------------------------------------------------------------------

def text_of(value: Any) -> str:
    """A cell value as the text a user sees (numbers without a trailing .0)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M") if value.time() != time() else \
            value.strftime("%Y-%m-%d")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def parse_number(value: Any) -> float | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise CellError(NOT_A_NUMBER, value=text_of(value))
    if isinstance(value, int | float):
        return float(value)
    text = unicodedata.normalize("NFKC", str(value)).strip().replace(",", ".")
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        raise CellError(NOT_A_NUMBER, value=str(value).strip()) from None


def parse_int(value: Any) -> int | None:
    number = parse_number(value)
    if number is None:
        return None
    if not number.is_integer():
        raise CellError(NOT_WHOLE, value=text_of(value))
    return int(number)


def parse_percent(value: Any) -> int:
    if isinstance(value, str):
        value = value.strip().rstrip("%\uff05").strip()
    number = parse_number(value)
    if number is None:
        return 0
    if not 0 <= number <= 100:
        raise CellError(PERCENT_RANGE, value=text_of(value))
    return round(number)


_DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%Y%m%d", "%d.%m.%Y", "%m/%d/%Y",
                 "%Y年%m月%d日", "%d-%b-%Y", "%d %b %Y", "%b %d %Y", "%b %d, %Y")
_TIME = re.compile(r"^(.*?)[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?$")
_EXCEL_EPOCH = datetime(1899, 12, 30)


def parse_datetime(value: Any) -> datetime | None:
    """An Excel date, an Excel serial number or text in a common format."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return _minute(value)
    if isinstance(value, date):
        return datetime.combine(value, time())
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 1 <= value < 2958466:  # Excel's own range of serial dates
            return _minute(_EXCEL_EPOCH + timedelta(days=float(value)))
        raise CellError(NOT_A_DATE, value=text_of(value))
    text = unicodedata.normalize("NFKC", str(value)).strip()
    if not text:
        return None
    clock = time()
    match = _TIME.match(text)
    if match:
        hours, minutes = int(match.group(2)), int(match.group(3))
        if hours > 23 or minutes > 59:
            raise CellError(NOT_A_DATE, value=str(value).strip())
        text, clock = match.group(1).strip(), time(hours, minutes)
    for pattern in _DATE_FORMATS:
        try:
            return datetime.combine(datetime.strptime(text, pattern).date(), clock)
        except ValueError:
            continue
    raise CellError(NOT_A_DATE, value=str(value).strip())


def _minute(moment: datetime) -> datetime:
    """To the nearest minute: Excel keeps times as fractions of a day, so 17:00 may
    come back as 16:59:59.9999."""
    return (moment + timedelta(seconds=30)).replace(second=0, microsecond=0)


def parse_date(value: Any) -> date | None:
    moment = parse_datetime(value)
    return None if moment is None else moment.date()


@cache
def _zh_catalogue():
    from app.core.i18n import ts_catalogue
    from app.language import ts_file

    path = ts_file("zh_CN")
    return ts_catalogue(path) if path.exists() else (lambda _c, text: text)


def spellings(context: str, source: str) -> frozenset[str]:
    """A label as it is written in every language Planwright speaks (folded)."""
    return _spellings(context, source, translate(context, source))


@lru_cache(maxsize=512)
def _spellings(context: str, source: str, translated: str) -> frozenset[str]:
    # Keyed by the translation too: a change of UI language is a new entry.
    return frozenset({_fold(source), _fold(translated),
                      _fold(_zh_catalogue()(context, source))})


@lru_cache(maxsize=4096)
def _fold(text: str) -> str:
    """Cached: an import folds the same few choices and yes/no values many times."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def parse_bool(value: Any) -> bool:
    if value is None or value == "":
        return False
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return bool(value)
    text = _fold(str(value))
    if text in _TRUE or text in spellings("excel", schema.YES):
        return True
    if text in _FALSE or text in spellings("excel", schema.NO):
        return False
    raise CellError(NOT_YES_NO, value=str(value).strip())


_TRUE = frozenset({"y", "true", "1", "x", "\u2713", "\u2714", "\u662f", "\u221a"})
_FALSE = frozenset({"n", "false", "0", "-", "\u5426"})


def yes_no(flag: bool) -> str:
    return translate("excel", schema.YES if flag else schema.NO)


def parse_choice(value: Any, members: Iterable[StrEnum], *, optional: bool = True):
    """An enum member from its code or its label in any language."""
    members = list(members)
    text = _fold(text_of(value))
    if not text and optional:
        return None
    for member in members:
        if text in spellings("enums", _source_label(member)) or text == _fold(member.value):
            return member
    raise CellError(NOT_A_CHOICE, value=text_of(value),
                    choices=", ".join(_label(m) for m in members))


def _source_label(member: StrEnum) -> str:
    from app.core.enums import _LABELS

    return _LABELS.get(member, member.value)


def _label(member: StrEnum) -> str:
    return getattr(member, "label", member.value)


def cell_text(value: Any) -> str:
    """Text from a text column: numbers and dates as the user sees them."""
    return text_of(value) if not isinstance(value, str) else value.strip()
