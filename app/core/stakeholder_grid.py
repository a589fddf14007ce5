"""Where the power/interest grid draws things, no Qt.

The grid widget, its PNG/SVG export and (later) the PDF report share these rules, so
a stakeholder sits at the same spot everywhere: interest runs left to right, power
bottom to top, each score the centre of its band. People at the same scores are
fanned out around that centre; labels are placed greedily in order of importance
where they overlap neither a marker nor another label, and left out where no place
is free (the marker's tooltip still names it).
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field

from app.core.enums import Attitude
from app.core.stakeholders import Quadrant, high_from

Rect = tuple[float, float, float, float]  # x, y, width, height

# Marker colours by attitude (read on light and dark backgrounds; colour-blind safe
# enough with the legend: blue/teal for support, grey neutral, orange/red against).
ATTITUDE_COLORS: dict[Attitude, str] = {
    Attitude.CHAMPION: "#1f6fd1",
    Attitude.SUPPORTER: "#3aa6a0",
    Attitude.NEUTRAL: "#8a8f98",
    Attitude.CRITIC: "#e08a1e",
    Attitude.BLOCKER: "#d2352b",
}
QUADRANT_COLORS: dict[Quadrant, str] = {
    Quadrant.MANAGE_CLOSELY: "#e8553f",
    Quadrant.KEEP_SATISFIED: "#e6a23c",
    Quadrant.KEEP_INFORMED: "#3c8dde",
    Quadrant.MONITOR: "#8c96a3",
}


@dataclass(frozen=True)
class Plot:
    """The plotting area in pixels and the score scale it shows."""

    left: float
    top: float
    width: float
    height: float
    scale: int = 10

    def x(self, interest: float) -> float:
        return self.left + (interest - 0.5) / self.scale * self.width

    def y(self, power: float) -> float:
        return self.top + self.height - (power - 0.5) / self.scale * self.height

    def interest_at(self, x: float) -> int:
        return self._snap((x - self.left) / self.width)

    def power_at(self, y: float) -> int:
        return self._snap((self.top + self.height - y) / self.height)

    def _snap(self, fraction: float) -> int:
        return max(1, min(self.scale, math.floor(fraction * self.scale) + 1))

    @property
    def split_x(self) -> float:
        """Where high interest begins (between 5 and 6 on 1..10)."""
        return self.x(high_from(self.scale) - 0.5)

    @property
    def split_y(self) -> float:
        return self.y(high_from(self.scale) - 0.5)

    @property
    def rect(self) -> Rect:
        return (self.left, self.top, self.width, self.height)

    def quadrant_rects(self, pad: float = 0.0) -> dict[Quadrant, Rect]:
        """The quadrants, reaching `pad` above and below the scores (room for titles)."""
        left, top, sx, sy = self.left, self.top - pad, self.split_x, self.split_y
        right, bottom = left + self.width, self.top + self.height + pad
        return {Quadrant.KEEP_SATISFIED: (left, top, sx - left, sy - top),
                Quadrant.MANAGE_CLOSELY: (sx, top, right - sx, sy - top),
                Quadrant.MONITOR: (left, sy, sx - left, bottom - sy),
                Quadrant.KEEP_INFORMED: (sx, sy, right - sx, bottom - sy)}


@dataclass(frozen=True)
class GridPoint:
    key: Hashable
    power: int
    interest: int


@dataclass
class GridLayout:
    markers: dict[Hashable, tuple[float, float]] = field(default_factory=dict)
    labels: dict[Hashable, Rect | None] = field(default_factory=dict)


def fan_out(count: int, spacing: float) -> list[tuple[float, float]]:
    """Offsets for `count` markers sharing one spot, at least `spacing` apart.

    A few go round a ring; more follow a sunflower spiral, which packs any number
    evenly without a gap in the middle.
    """
    if count <= 1:
        return [(0.0, 0.0)] * count
    if count <= 7:
        radius = max(spacing / 2 / math.sin(math.pi / count), spacing * 0.6)
        return [(radius * math.cos(2 * math.pi * k / count - math.pi / 2),
                 radius * math.sin(2 * math.pi * k / count - math.pi / 2))
                for k in range(count)]
    golden = math.pi * (3 - math.sqrt(5))
    return [(spacing * 0.55 * math.sqrt(k + 0.5) * 2 * math.cos(k * golden),
             spacing * 0.55 * math.sqrt(k + 0.5) * 2 * math.sin(k * golden))
            for k in range(count)]


def place_markers(points: Sequence[GridPoint], plot: Plot,
                  spacing: float) -> dict[Hashable, tuple[float, float]]:
    spots: dict[tuple[int, int], list[GridPoint]] = {}
    for point in points:
        spots.setdefault((point.power, point.interest), []).append(point)
    result = {}
    for (power, interest), group in spots.items():
        cx, cy = plot.x(interest), plot.y(power)
        for point, (dx, dy) in zip(group, fan_out(len(group), spacing), strict=True):
            result[point.key] = (cx + dx, cy + dy)
    return result


class _Buckets:
    """Rectangles in a coarse spatial hash: overlap tests stay cheap with 150 people."""

    def __init__(self, size: float) -> None:
        self.size = max(size, 1.0)
        self.cells: dict[tuple[int, int], list[Rect]] = {}

    def _cells(self, rect: Rect) -> Iterable[tuple[int, int]]:
        x, y, w, h = rect
        for i in range(int(x // self.size), int((x + w) // self.size) + 1):
            for j in range(int(y // self.size), int((y + h) // self.size) + 1):
                yield i, j

    def add(self, rect: Rect) -> None:
        for cell in self._cells(rect):
            self.cells.setdefault(cell, []).append(rect)

    def hits(self, rect: Rect) -> bool:
        return any(_overlap(rect, other)
                   for cell in self._cells(rect) for other in self.cells.get(cell, ()))


def _overlap(a: Rect, b: Rect) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


def _inside(rect: Rect, bounds: Rect) -> bool:
    return (rect[0] >= bounds[0] and rect[1] >= bounds[1]
            and rect[0] + rect[2] <= bounds[0] + bounds[2]
            and rect[1] + rect[3] <= bounds[1] + bounds[3])


def label_candidates(x: float, y: float, radius: float, w: float, h: float) -> list[Rect]:
    """Label spots around a marker, the most natural (right of it) first."""
    gap = 3.0
    r = radius + gap
    d = radius * 0.7 + gap  # diagonal places hug the circle
    return [(x + r, y - h / 2, w, h), (x - r - w, y - h / 2, w, h),
            (x - w / 2, y - r - h, w, h), (x - w / 2, y + r, w, h),
            (x + d, y - d - h, w, h), (x + d, y + d, w, h),
            (x - d - w, y - d - h, w, h), (x - d - w, y + d, w, h)]


def place_labels(markers: dict[Hashable, tuple[float, float]], order: Sequence[Hashable],
                 sizes: dict[Hashable, tuple[float, float]], radius: float,
                 bounds: Rect, obstacles: Iterable[Rect] = ()) -> dict[Hashable, Rect | None]:
    """A free spot for each label in `order` (most important first), or None.

    `obstacles` are other things drawn on the grid (the quadrant titles)."""
    tallest = max((h for _, h in sizes.values()), default=10.0)
    taken = _Buckets(tallest * 4)
    for x, y in markers.values():
        taken.add((x - radius, y - radius, 2 * radius, 2 * radius))
    for rect in obstacles:
        taken.add(rect)
    result: dict[Hashable, Rect | None] = {}
    for key in order:
        x, y = markers[key]
        w, h = sizes[key]
        result[key] = None
        for rect in label_candidates(x, y, radius, w, h):
            if _inside(rect, bounds) and not taken.hits(rect):
                taken.add(rect)
                result[key] = rect
                break
    return result


def layout_grid(points: Sequence[GridPoint], plot: Plot, radius: float,
                sizes: dict[Hashable, tuple[float, float]],
                obstacles: Iterable[Rect] = (), bounds: Rect | None = None) -> GridLayout:
    """Markers fanned out, then labels placed, the most powerful and interested first."""
    markers = place_markers(points, plot, spacing=2 * radius + 2)
    order = [p.key for p in sorted(points, key=lambda p: (-(p.power * p.interest), -p.power))]
    return GridLayout(markers, place_labels(markers, order, sizes, radius,
                                            bounds or plot.rect, obstacles))
