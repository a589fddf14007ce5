"""Durations and predecessor text as people type them (English and Chinese)."""

from __future__ import annotations

import pytest

from app.core.durations import format_duration, parse_duration
from app.core.enums import LagUnit, LinkType
from app.core.errors import UserError
from app.core.predecessors import LinkSpec, format_link, lag_text, parse_lag, parse_predecessors


@pytest.mark.parametrize(("text", "minutes"), [
    ("5d", 2400), ("5 d", 2400), ("3 天", 1440), ("3天", 1440), ("4h", 240), ("4 hrs", 240),
    ("1.5 小时", 90), ("0.5w", 1200), ("2 周", 4800), ("7", 3360), ("30min", 30),
    ("30 分钟", 30), ("1mo", 9600), ("５ｄ", 2400), ("2,5d", 1200), ("3d?", 1440), ("0", 0),
])
def test_durations_parse(text, minutes):
    assert parse_duration(text) == minutes


def test_durations_follow_the_project_day_and_week():
    assert parse_duration("1d", minutes_per_day=450) == 450
    assert parse_duration("1w", minutes_per_day=450, minutes_per_week=2250) == 2250


@pytest.mark.parametrize("text", ["", "d", "five days", "5 parsecs", "-2d", "1e9d"])
def test_bad_durations_are_named(text):
    with pytest.raises(UserError) as caught:
        parse_duration(text)
    assert text.strip() in caught.value.message()


def test_formatted_durations_read_back():
    for minutes in (0, 240, 480, 1200, 2400, 90, 45):
        assert parse_duration(format_duration(minutes)) == minutes


def test_predecessors_parse_like_ms_project():
    assert parse_predecessors("3FS+2d, 5SS-1d, 7") == [
        LinkSpec(3, LinkType.FS, 960), LinkSpec(5, LinkType.SS, -480), LinkSpec(7)]
    assert parse_predecessors("4ff+50%；8fs+2ed、9 SF - 1 天") == [
        LinkSpec(4, LinkType.FF, 500, LagUnit.PERCENT),
        LinkSpec(8, LinkType.FS, 2880, LagUnit.ELAPSED),
        LinkSpec(9, LinkType.SF, -480)]
    assert parse_predecessors("  ") == []


@pytest.mark.parametrize(("text", "named"), [
    ("3XX", "3XX"), ("3FS+", "3FS+"), ("a", "a"), ("3FS+2q", "3FS+2q"), ("3, 3", "3")])
def test_bad_predecessors_name_the_part(text, named):
    with pytest.raises(UserError) as caught:
        parse_predecessors(text)
    assert named in caught.value.message()


def test_links_round_trip_through_text():
    for kind, lag, unit in ((LinkType.FS, 0, LagUnit.WORKING), (LinkType.SS, -480,
                            LagUnit.WORKING), (LinkType.FF, 250, LagUnit.PERCENT),
                            (LinkType.FS, 2880, LagUnit.ELAPSED), (LinkType.SF, 120,
                            LagUnit.WORKING)):
        text = format_link(4, kind, lag, unit)
        assert parse_predecessors(text) == [LinkSpec(4, kind, lag, unit)]
        assert parse_lag(lag_text(lag, unit)) == (lag, unit)
