import itertools
import random

from app.core.stakeholder_grid import (
    GridPoint,
    Plot,
    _overlap,
    fan_out,
    label_candidates,
    layout_grid,
)
from app.core.stakeholders import Quadrant

PLOT = Plot(50, 20, 500, 400, scale=10)


def test_scores_map_to_band_centres_and_back():
    assert PLOT.x(1) == 75 and PLOT.x(10) == 525
    assert PLOT.y(1) == 400 and PLOT.y(10) == 40
    for score in range(1, 11):
        assert PLOT.interest_at(PLOT.x(score) + 20) == score
        assert PLOT.power_at(PLOT.y(score) - 15) == score
    assert PLOT.interest_at(-100) == 1 and PLOT.power_at(-100) == 10  # off the grid: clamped


def test_quadrant_split_follows_the_rule():
    assert PLOT.split_x == 300 and PLOT.split_y == 220
    odd = Plot(0, 0, 500, 500, scale=5)
    assert odd.split_x == 200  # 3..5 is high on 1..5
    rects = PLOT.quadrant_rects()
    assert rects[Quadrant.MANAGE_CLOSELY] == (300, 20, 250, 200)
    assert rects[Quadrant.MONITOR] == (50, 220, 250, 200)


def test_markers_at_one_spot_fan_out_without_touching():
    for count in (2, 3, 7, 8, 30):
        offsets = fan_out(count, 14)
        assert len(set(offsets)) == count
        for (ax, ay), (bx, by) in itertools.combinations(offsets, 2):
            assert (ax - bx) ** 2 + (ay - by) ** 2 >= 13.9 ** 2, count


def _no_overlaps(layout, radius):
    labels = [r for r in layout.labels.values() if r]
    for a, b in itertools.combinations(labels, 2):
        assert not _overlap(a, b)
    for rect in labels:
        for x, y in layout.markers.values():
            assert not _overlap(rect, (x - radius, y - radius, 2 * radius, 2 * radius))
        assert PLOT.left <= rect[0] and rect[0] + rect[2] <= PLOT.left + PLOT.width


def test_labels_never_overlap_each_other_or_markers():
    rng = random.Random(5)
    points = [GridPoint(i, rng.randint(1, 10), rng.randint(1, 10)) for i in range(150)]
    sizes = {p.key: (rng.randint(30, 90), 12) for p in points}
    layout = layout_grid(points, PLOT, 6, sizes)
    assert set(layout.markers) == set(sizes)
    _no_overlaps(layout, 6)
    placed = [k for k, r in layout.labels.items() if r]
    assert len(placed) > 40  # crowded, yet many are named


def test_a_lone_marker_gets_its_label_on_the_right_and_important_ones_go_first():
    points = [GridPoint("a", 9, 9), GridPoint("b", 9, 9), GridPoint("c", 2, 2)]
    layout = layout_grid(points, PLOT, 6, dict.fromkeys("abc", (40, 12)))
    x, y = layout.markers["c"]
    assert layout.labels["c"] == label_candidates(x, y, 6, 40, 12)[0]
    _no_overlaps(layout, 6)
    assert layout.labels["a"] and layout.labels["b"]


def test_labels_keep_off_obstacles():
    title = (450, 20, 100, 25)
    points = [GridPoint("a", 10, 9)]
    layout = layout_grid(points, PLOT, 6, {"a": (60, 12)}, obstacles=[title])
    assert layout.labels["a"] and not _overlap(layout.labels["a"], title)
