"""Microsoft Project XML's codes and value formats, both ways (no Qt, no database).

Sources: Microsoft's MSPDI schema documentation (mspdi_pj12.xsd) and what Microsoft
Project 2002-2019 actually write (the files in ../shared/data/mspdi). MPXJ, the test
oracle, reads the same codes.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from app.core.enums import ConstraintType, LagUnit, LinkType

NS = "http://schemas.microsoft.com/project"

# <ConstraintType> codes.
CONSTRAINTS: dict[int, ConstraintType] = {
    0: ConstraintType.ASAP, 1: ConstraintType.ALAP, 2: ConstraintType.MSO,
    3: ConstraintType.MFO, 4: ConstraintType.SNET, 5: ConstraintType.SNLT,
    6: ConstraintType.FNET, 7: ConstraintType.FNLT,
}
CONSTRAINT_CODES = {kind: code for code, kind in CONSTRAINTS.items()}

# <PredecessorLink><Type> codes.
LINK_TYPES: dict[int, LinkType] = {0: LinkType.FF, 1: LinkType.FS, 2: LinkType.SF,
                                   3: LinkType.SS}
LINK_CODES = {kind: code for code, kind in LINK_TYPES.items()}

# <DurationFormat> / <LagFormat> codes: 3 m, 4 em, 5 h, 6 eh, 7 d, 8 ed, 9 w, 10 ew,
# 11 mo, 12 emo, 19 %, 20 e%, 21 none; 35-52 are the same units "estimated" (with a
# question mark in Project), 53 is none-estimated.
ESTIMATED_OFFSET = 32
ELAPSED_FORMATS = frozenset({4, 6, 8, 10, 12, 20})
PERCENT_FORMATS = frozenset({19, 20})
KNOWN_FORMATS = frozenset({*range(3, 13), 19, 20, 21, *range(35, 45), 51, 52, 53})
FORMAT_MINUTES, FORMAT_HOURS, FORMAT_DAYS = 3, 5, 7
FORMAT_ELAPSED_MINUTES, FORMAT_ELAPSED_HOURS, FORMAT_ELAPSED_DAYS = 4, 6, 8
FORMAT_PERCENT = 19


def base_format(code: int) -> int:
    """The unit of a format code without Project's "estimated" flag."""
    return code - ESTIMATED_OFFSET if code >= 35 else code


def is_estimated(code: int) -> bool:
    return code >= 35


def is_elapsed(code: int) -> bool:
    return base_format(code) in ELAPSED_FORMATS


def is_percent(code: int) -> bool:
    return base_format(code) in PERCENT_FORMATS


def lag_from_file(link_lag: int, lag_format: int) -> tuple[int, LagUnit]:
    """A link's lag as Planwright stores it.

    <LinkLag> is tenths of a minute (working minutes, or calendar minutes for the
    elapsed formats). For percent formats it is the percentage itself, as MPXJ reads
    and writes it; Planwright keeps tenths of a percent.
    """
    if is_percent(lag_format):
        return link_lag * 10, LagUnit.PERCENT
    unit = LagUnit.ELAPSED if is_elapsed(lag_format) else LagUnit.WORKING
    return round(link_lag / 10), unit


def lag_to_file(lag: int, unit: LagUnit, minutes_per_day: int) -> tuple[int, int]:
    """(<LinkLag>, <LagFormat>) for a stored lag, in the unit Project would show."""
    if unit == LagUnit.PERCENT:
        return round(lag / 10), FORMAT_PERCENT
    if unit == LagUnit.ELAPSED:
        fmt = (FORMAT_ELAPSED_DAYS if lag % 1440 == 0 else
               FORMAT_ELAPSED_HOURS if lag % 60 == 0 else FORMAT_ELAPSED_MINUTES)
    else:
        fmt = (FORMAT_DAYS if minutes_per_day and lag % minutes_per_day == 0 else
               FORMAT_HOURS if lag % 60 == 0 else FORMAT_MINUTES)
    return lag * 10, fmt


# -- weekdays ----------------------------------------------------------------------------
# <DayType> 1 = Sunday ... 7 = Saturday; Planwright's weekday 0 = Monday ... 6 = Sunday.

def weekday_of(day_type: int) -> int:
    return (day_type + 5) % 7


def day_type_of(weekday: int) -> int:
    return (weekday + 1) % 7 + 1


# -- dates, times and durations ------------------------------------------------------------

# Microsoft Project's own limits; a date outside them is damage, not a plan.
FIRST_DAY = date(1984, 1, 1)
LAST_DAY = date(2149, 12, 31)

_MOMENT = re.compile(r"(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d)(?:\.\d+)?)?)?"
                     r"(?:Z|[+-]\d\d:?\d\d)?")
_CLOCK = re.compile(r"(\d\d):(\d\d)(?::(\d\d)(?:\.\d+)?)?")
_NUMBER = r"(\d+(?:\.\d+)?)"
_DURATION = re.compile(rf"(-)?P(?:{_NUMBER}D)?(?:T(?:{_NUMBER}H)?(?:{_NUMBER}M)?(?:{_NUMBER}S)?)?")


def parse_moment(text: str) -> datetime | None:
    """A date and time as Project writes it ("2003-01-07T08:00:00"), to the minute.

    Seconds are dropped (Planwright counts minutes); a time-zone suffix, which Project
    never writes, is ignored because every time in a plan is wall-clock time.
    Returns None when the text is not a date.
    """
    match = _MOMENT.fullmatch(text)
    if not match:
        return None
    year, month, day, hour, minute = (int(g or 0) for g in match.groups()[:5])
    try:
        return datetime(year, month, day, hour, minute)
    except ValueError:
        return None


def format_moment(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:00")


def day_end(day: date) -> str:
    """The last minute of a day, as Project ends exception periods."""
    return f"{day.isoformat()}T23:59:00"


def parse_clock(text: str) -> int | None:
    """Minutes after midnight of "08:00:00"; None when it is not a time of day."""
    match = _CLOCK.fullmatch(text)
    if not match:
        return None
    hours, minutes = int(match[1]), int(match[2])
    if minutes >= 60 or hours > 24 or (hours == 24 and minutes):
        return None
    return hours * 60 + minutes


def format_clock(minutes: int) -> str:
    minutes %= 24 * 60  # Project ends a day's last interval at 00:00:00
    return f"{minutes // 60:02d}:{minutes % 60:02d}:00"


def parse_duration(text: str) -> float | None:
    """Minutes in an XML Schema duration ("PT8H30M0S"); None when it is not one.

    Project writes hours, minutes and seconds only; a day part (written by other
    tools) counts 24 hours, as XML Schema defines it. Years and months, whose length
    varies, are refused.
    """
    match = _DURATION.fullmatch(text)
    if not match or not any(match.groups()[1:]) or text.endswith("T"):
        return None
    days, hours, minutes, seconds = (float(g or 0) for g in match.groups()[1:])
    total = days * 1440 + hours * 60 + minutes + seconds / 60
    return -total if match[1] else total


def format_duration(minutes: int) -> str:
    sign, minutes = ("-", -minutes) if minutes < 0 else ("", minutes)
    return f"{sign}PT{minutes // 60}H{minutes % 60}M0S"


def days_between(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]
