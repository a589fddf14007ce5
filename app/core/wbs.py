"""Outline order and WBS codes from parent/position (no Qt)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple


class OutlineRow(NamedTuple):  # a tuple: large plans build tens of thousands
    id: int
    number: int  # 1-based row number, Microsoft Project's "ID"
    level: int  # 1 for top-level tasks
    wbs: str  # "1.2.3"
    summary: bool


def outline(items: Iterable[tuple[int, int | None, int]]) -> list[OutlineRow]:
    """`outline_ids`' order with row numbers, levels and WBS codes.

    A task is under its parent when the parent comes before it; in a damaged file
    whose parents loop, that makes the first of the loop a top-level task.
    """
    items = list(items)
    parents = {task_id: parent for task_id, parent, _ in items}
    placed: dict[int, tuple[int, str]] = {}  # id -> (level, code)
    counts: dict[int | None, int] = {}
    order = outline_ids(items)
    for task_id in order:
        parent = parents[task_id] if parents[task_id] in placed else None
        n = counts[parent] = counts.get(parent, 0) + 1
        if parent is None:
            placed[task_id] = (1, str(n))
        else:
            level, code = placed[parent]
            placed[task_id] = (level + 1, f"{code}.{n}")
    return [OutlineRow(task_id, number, *placed[task_id], task_id in counts)
            for number, task_id in enumerate(order, 1)]


def outline_ids(items: Iterable[tuple[int, int | None, int]]) -> list[int]:
    """Just the depth-first order of `outline`, without numbers or codes (the
    scheduler's hot path); tasks caught in a parent loop come last."""
    items = list(items)
    ids = {i for i, _, _ in items}
    children: dict[int | None, list[tuple[int, int]]] = {}
    for task_id, parent, position in items:
        key = parent if parent in ids and parent != task_id else None
        children.setdefault(key, []).append((position, task_id))
    for siblings in children.values():
        siblings.sort()
    # Each task sits in one list of children, so the walk from the top reaches it once;
    # tasks caught in a parent loop are never reached from the top.
    order: list[int] = []
    stack = [task_id for _, task_id in reversed(children.get(None, []))]
    while stack:
        task_id = stack.pop()
        order.append(task_id)
        kids = children.get(task_id)
        if kids:
            stack.extend(kid for _, kid in reversed(kids))
    if len(order) < len(items):
        seen = set(order)
        order.extend(i for i, _, _ in sorted(items, key=lambda item: (item[2], item[0]))
                     if i not in seen)
    return order
