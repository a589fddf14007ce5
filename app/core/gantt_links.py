"""Routes of link arrows between bars, as Microsoft Project draws them (no Qt).

A route is a list of points; the last segment ends on the successor with the arrow.
Routes leave and enter bars horizontally or from above/below, and run between rows
(never through a bar) when the successor starts before the predecessor's end.
"""

from __future__ import annotations

from app.core.enums import LinkType

Point = tuple[float, float]
STUB = 8.0  # length of the first and last horizontal pieces


def route(kind: LinkType, pred: tuple[float, float, float], succ: tuple[float, float, float],
          row_height: float) -> list[Point]:
    """Points from the predecessor's anchor to the successor's.

    `pred` and `succ` are (left x, right x, middle y) of the two bars.
    """
    p_left, p_right, py = pred
    s_left, s_right, sy = succ
    down = sy >= py
    gap = sy - row_height / 2 if down else sy + row_height / 2  # between the two rows
    if kind == LinkType.FS:
        x0 = p_right
        if s_left >= x0 + STUB / 2:  # room: across, then down onto the successor
            top = sy - row_height * 0.3 if down else sy + row_height * 0.3
            return [(x0, py), (s_left + 3, py), (s_left + 3, top)]
        return [(x0, py), (x0 + STUB, py), (x0 + STUB, gap), (s_left - STUB, gap),
                (s_left - STUB, sy), (s_left, sy)]
    if kind == LinkType.SS:
        x = min(p_left, s_left) - STUB
        return [(p_left, py), (x, py), (x, sy), (s_left, sy)]
    if kind == LinkType.FF:
        x = max(p_right, s_right) + STUB
        return [(p_right, py), (x, py), (x, sy), (s_right, sy)]
    # SF: from the predecessor's start to the successor's finish.
    x0 = p_left - STUB
    if s_right + STUB <= x0:  # the successor ends left of it: straight in from the right
        return [(p_left, py), (x0, py), (x0, sy), (s_right, sy)]
    return [(p_left, py), (x0, py), (x0, gap), (s_right + STUB, gap), (s_right + STUB, sy),
            (s_right, sy)]


def distance_to(points: list[Point], x: float, y: float) -> float:
    """How far (x, y) is from the route, for picking a link with the mouse."""
    best = float("inf")
    for (x1, y1), (x2, y2) in zip(points, points[1:], strict=False):
        dx, dy = x2 - x1, y2 - y1
        length = dx * dx + dy * dy
        t = 0.0 if length == 0 else max(0.0, min(1.0, ((x - x1) * dx + (y - y1) * dy) / length))
        px, py = x1 + t * dx, y1 + t * dy
        best = min(best, ((x - px) ** 2 + (y - py) ** 2) ** 0.5)
    return best


class LinkIndex:
    """Which links cross a band of rows, without looking at all of them each frame."""

    BUCKET = 32

    def __init__(self, spans: list[tuple[int, int, object]]) -> None:
        """`spans`: (first row, last row, link) with first <= last."""
        self.buckets: dict[int, list] = {}
        self.long: list = []
        for lo, hi, link in spans:
            if hi - lo > 64 * self.BUCKET:
                self.long.append((lo, hi, link))
                continue
            for b in range(lo // self.BUCKET, hi // self.BUCKET + 1):
                self.buckets.setdefault(b, []).append((lo, hi, link))

    def crossing(self, first: int, last: int) -> list:
        seen, result = set(), []
        candidates = [item for b in range(first // self.BUCKET, last // self.BUCKET + 1)
                      for item in self.buckets.get(b, ())]
        for lo, hi, link in candidates + self.long:
            if lo <= last and hi >= first and id(link) not in seen:
                seen.add(id(link))
                result.append(link)
        return result
