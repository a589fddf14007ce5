from datetime import date

import pytest

from app.core.durations import format_duration
from app.core.enums import LagUnit, LinkType
from app.core.errors import UserError
from app.core.holiday_presets import holiday_exceptions
from app.core.predecessors import format_link
from app.core.risk import default_matrix
from app.core.stakeholders import Quadrant, quadrant
from app.core.wbs import outline


def test_durations_read_like_ms_project():
    assert format_duration(2400) == "5 d"
    assert format_duration(240) == "0.5 d"
    assert format_duration(120) == "2 h"
    assert format_duration(90) == "1.5 h"
    assert format_duration(0) == "0 d"
    assert format_duration(45) == "45 min"


def test_predecessor_text():
    assert format_link(7, LinkType.FS, 0) == "7"
    assert format_link(3, LinkType.FS, 960) == "3FS+2d"
    assert format_link(5, LinkType.SS, -480) == "5SS-1d"
    assert format_link(2, LinkType.FF, 250, LagUnit.PERCENT) == "2FF+25%"


def test_outline_numbers_and_wbs():
    rows = outline([(10, None, 1), (11, 10, 2), (12, 10, 1), (13, None, 0), (14, 12, 0)])
    assert [(r.id, r.number, r.level, r.wbs, r.summary) for r in rows] == [
        (13, 1, 1, "1", False), (10, 2, 1, "2", True), (12, 3, 2, "2.1", True),
        (14, 4, 3, "2.1.1", False), (11, 5, 2, "2.2", False)]


def test_outline_survives_a_parent_loop():
    rows = outline([(1, 2, 0), (2, 1, 1), (3, None, 0)])
    assert sorted(r.id for r in rows) == [1, 2, 3]
    assert len({r.id for r in rows}) == len(rows)


def test_quadrants():
    assert quadrant(9, 9) == Quadrant.MANAGE_CLOSELY
    assert quadrant(9, 2) == Quadrant.KEEP_SATISFIED
    assert quadrant(2, 9) == Quadrant.KEEP_INFORMED
    assert quadrant(5, 5) == Quadrant.MONITOR


def test_default_matrix_bands_grow_with_score():
    matrix = default_matrix(5)
    assert matrix[(1, 1)] == 0 and matrix[(5, 5)] == 3
    assert all(matrix[(p, i)] <= matrix[(p + 1, i)] for p in range(1, 5) for i in range(1, 6))


def test_china_preset_has_holidays_and_make_up_workdays():
    days = {e.day: e for e in holiday_exceptions("CN", [2026], "zh_CN")}
    assert not days[date(2026, 10, 1)].working and days[date(2026, 10, 1)].name == "国庆节"
    assert days[date(2026, 1, 4)].working  # a Sunday worked to bridge New Year
    assert "调休" in days[date(2026, 1, 4)].name


def test_missing_years_are_named():
    with pytest.raises(UserError) as err:
        holiday_exceptions("CN", [2026, 2031])
    assert "2031" in err.value.message() and "2026" not in err.value.message()


def test_other_country_preset():
    days = {e.day for e in holiday_exceptions("DE", [2026])}
    assert date(2026, 12, 25) in days
