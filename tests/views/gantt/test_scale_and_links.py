"""The time scale, its header tiers, and link routes (no widgets)."""

from __future__ import annotations

from datetime import datetime

from app.core.enums import LinkType
from app.views.gantt.links import LinkIndex, distance_to, route
from app.views.gantt.scale import (
    DAY,
    HOUR,
    MONTH,
    QUARTER,
    WEEK,
    YEAR,
    TimeScale,
    boundaries,
    tier_for,
)


def test_tiers_follow_the_zoom():
    assert (tier_for(0.5).major, tier_for(0.5).minor) == (YEAR, QUARTER)
    assert (tier_for(3).major, tier_for(3).minor) == (QUARTER, MONTH)
    assert (tier_for(10).major, tier_for(10).minor) == (MONTH, WEEK)
    assert (tier_for(40).major, tier_for(40).minor) == (WEEK, DAY)
    hours = tier_for(300)
    assert (hours.major, hours.minor, hours.snap) == (DAY, HOUR, HOUR)
    assert hours.minor_step * 300 / 24 >= 22


def test_x_and_back_and_snapping():
    scale = TimeScale(datetime(2026, 3, 2), 40)
    moment = datetime(2026, 3, 9, 12)
    assert scale.x(moment) == 7.5 * 40
    assert scale.at(scale.x(moment)) == moment
    assert scale.snap(datetime(2026, 3, 9, 13)) == datetime(2026, 3, 10)
    assert scale.snap(datetime(2026, 3, 9, 11)) == datetime(2026, 3, 9)
    assert scale.snap(datetime(2026, 3, 9, 11, 40), HOUR) == datetime(2026, 3, 9, 12)


def test_boundaries_of_each_unit():
    start, end = datetime(2026, 2, 20), datetime(2026, 4, 2)
    assert boundaries(start, end, MONTH) == [datetime(2026, m, 1) for m in (2, 3, 4, 5)]
    weeks = boundaries(start, end, WEEK)
    assert all(w.weekday() == 0 for w in weeks) and weeks[0] <= start < weeks[1]
    assert boundaries(start, end, QUARTER)[:2] == [datetime(2026, 1, 1), datetime(2026, 4, 1)]
    hours = boundaries(datetime(2026, 3, 2, 7, 30), datetime(2026, 3, 2, 12), HOUR, 2)
    assert hours[0] == datetime(2026, 3, 2, 6) and hours[1] == datetime(2026, 3, 2, 8)


def test_routes_end_on_the_right_side_of_the_successor():
    h = 24
    pred, later, overlap = (100, 200, 12), (260, 320, 36), (150, 220, 36)
    fs = route(LinkType.FS, pred, later, h)
    assert fs[0] == (200, 12) and fs[-1][0] == 263  # down onto the successor's start
    fs_back = route(LinkType.FS, pred, overlap, h)
    assert fs_back[-1] == (150, 36)  # enters from the left, between the rows
    assert all(y in (12, 24, 36) for _x, y in fs_back)  # never through a bar's middle
    assert route(LinkType.SS, pred, overlap, h)[-1] == (150, 36)
    assert route(LinkType.FF, pred, overlap, h)[-1] == (220, 36)
    assert route(LinkType.SF, pred, (20, 80, 36), h)[-1] == (80, 36)


def test_picking_and_indexing_links():
    points = [(0, 0), (10, 0), (10, 10)]
    assert distance_to(points, 5, 1) == 1
    assert distance_to(points, 12, 5) == 2
    index = LinkIndex([(0, 5, "a"), (40, 90, "b"), (0, 9000, "long")])
    assert sorted(index.crossing(0, 3)) == ["a", "long"]
    assert sorted(index.crossing(60, 70)) == ["b", "long"]
    assert index.crossing(6, 39) == ["long"]
