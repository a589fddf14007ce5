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
    """Depth-first order of (id, parent_id, position) items; orphans become top level."""
    items = list(items)
    ids = {i for i, _, _ in items}
    children: dict[int | None, list[tuple[int, int]]] = {}
    for task_id, parent, position in items:
        key = parent if parent in ids else None
        children.setdefault(key, []).append((position, task_id))
    result: list[OutlineRow] = []
    visited: set[int] = set()
    roots = sorted(children.get(None, []))
    _walk(roots, children, visited, result, 1)
    # Tasks in a parent loop (a damaged file) are reachable from no root: show them anyway.
    stray = sorted((position, i) for i, _, position in items if i not in visited)
    _walk(stray, children, visited, result, len(roots) + 1)
    return result


def _walk(roots: list[tuple[int, int]], children: dict[int | None, list[tuple[int, int]]],
          visited: set[int], result: list[OutlineRow], first: int) -> None:
    stack = [(task_id, 1, str(n)) for n, (_, task_id)
             in reversed(list(enumerate(roots, first)))]
    while stack:
        task_id, level, code = stack.pop()
        if task_id in visited:  # a parent loop in a damaged file: show each task once
            continue
        visited.add(task_id)
        kids = sorted(children.get(task_id, []))
        result.append(OutlineRow(task_id, len(result) + 1, level, code, bool(kids)))
        stack.extend((kid, level + 1, f"{code}.{n}")
                     for n, (_, kid) in reversed(list(enumerate(kids, 1))))


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
    order: list[int] = []
    stack = [task_id for _, task_id in reversed(children.get(None, []))]
    seen: set[int] = set()
    while stack:
        task_id = stack.pop()
        if task_id in seen:
            continue
        seen.add(task_id)
        order.append(task_id)
        stack.extend(kid for _, kid in reversed(children.get(task_id, [])))
    order.extend(i for i, _, _ in sorted(items, key=lambda item: (item[2], item[0]))
                 if i not in seen)
    return order
