"""Public-holiday presets for calendars (no Qt).

China: statutory holidays and their make-up workdays (调休) from `chinese-calendar`,
which knows each year only once the State Council has published it. Other
countries: public holidays from `holidays`.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from app.core.calendar import STANDARD_DAY, Exception_, Interval
from app.core.errors import UserError
from app.core.i18n import QT_TRANSLATE_NOOP

CHINA = "CN"
NO_DATA = QT_TRANSLATE_NOOP(
    "errors", "No published holiday data for {country} in {years}; nothing was added.")
UNKNOWN_COUNTRY = QT_TRANSLATE_NOOP("errors", "There is no holiday preset for \u201c{country}\u201d.")

_CHINA_NAMES_ZH = {
    "New Year's Day": "元旦",
    "Spring Festival": "春节",
    "Tomb-sweeping Day": "清明节",
    "Labour Day": "劳动节",
    "Dragon Boat Festival": "端午节",
    "National Day": "国庆节",
    "Mid-autumn Festival": "中秋节",
    "Anti-Fascist 70th Day": "抗战胜利70周年纪念日",
}


def countries() -> list[tuple[str, str]]:
    """(code, English name) of every country with a preset, China first."""
    from holidays.registry import COUNTRIES

    names = {entry[1]: module.replace("_", " ").title() for module, entry in COUNTRIES.items()}
    names.pop(CHINA, None)
    return [(CHINA, "China")] + sorted(names.items(), key=lambda item: item[1])


def holiday_exceptions(country: str, years: Iterable[int], language: str = "en",
                       workday: tuple[Interval, ...] = STANDARD_DAY) -> list[Exception_]:
    """Exceptions for `years`: non-working holidays, and for China make-up workdays."""
    years = sorted(set(years))
    if country == CHINA:
        return _china(years, language, workday)
    import holidays

    if country not in holidays.list_supported_countries():
        raise UserError(UNKNOWN_COUNTRY, country=country)
    lang = "zh_CN" if language == "zh_CN" else "en_US"
    table = holidays.country_holidays(country, years=years, language=lang)
    if not table:
        raise UserError(NO_DATA, country=country, years=_years_text(years))
    return [Exception_(day, name, ()) for day, name in sorted(table.items())]


def _china(years: list[int], language: str, workday: tuple[Interval, ...]) -> list[Exception_]:
    import chinese_calendar

    known = {d.year for d in chinese_calendar.holidays}
    missing = [y for y in years if y not in known]
    if missing:
        raise UserError(NO_DATA, country="China", years=_years_text(missing))

    def name(holiday: str, make_up: bool) -> str:
        if language == "zh_CN":
            text = _CHINA_NAMES_ZH.get(holiday, holiday)
            return f"{text}调休上班" if make_up else text
        return f"{holiday} (make-up workday)" if make_up else holiday

    result = []
    for day, holiday in chinese_calendar.holidays.items():
        if day.year in years and day.weekday() < 5:  # weekends are off anyway
            result.append(Exception_(day, name(holiday, False), ()))
    for day, holiday in chinese_calendar.workdays.items():
        if day.year in years and day.weekday() >= 5 and holiday:
            result.append(Exception_(day, name(holiday, True), tuple(workday)))
    return sorted(result, key=lambda e: e.day)


def _years_text(years: list[int]) -> str:
    return ", ".join(str(y) for y in years)


def merge(existing: Iterable[Exception_], added: Iterable[Exception_]) -> dict[date, Exception_]:
    """Existing exceptions with `added` laid over them (a preset wins on its own days)."""
    result = {e.day: e for e in existing}
    result.update({e.day: e for e in added})
    return result
