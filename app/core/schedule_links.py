"""The order in which the scheduler visits tasks, and the loops that forbid one.

Each task is two events: event ``2 * i`` (IN) takes what its predecessors impose and
event ``2 * i + 1`` (OUT) is when its own dates are known. A summary's IN event comes
before its children's and its OUT event after theirs, so one topological order of
events serves the forward pass, and the same order reversed serves the backward pass.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from app.core.wbs import outline_ids

if TYPE_CHECKING:
    from app.core.schedule_nodes import Node

IN, OUT = 0, 1


def outline_order(rows: Sequence[tuple[int, int | None, int]]) -> list[int]:
    """Indices of `rows` (id, parent id, position) in outline order (parents first).

    A parent id that names no row makes a top-level task; rows caught in a parent
    loop come last, where the event graph reports them as a loop.
    """
    index = {row[0]: i for i, row in enumerate(rows)}
    return [index[task_id] for task_id in outline_ids(rows)]


def event_order(parents: Sequence[int | None],
                links: Iterable[tuple[int, int]]) -> tuple[list[int], list[int] | None]:
    """A topological order of the events of tasks ``0..n-1``, and a loop if there is one.

    `parents[i]` is the index of task i's summary (or None); `links` are
    (predecessor, successor) index pairs. The loop is a list of task indices in link
    order, starting with the lowest index; the order is then incomplete.
    """
    count = 2 * len(parents)
    # Every IN event is followed by its own OUT event, which waits for nothing else
    # unless the task is a summary.
    after: list[list[int]] = [[event + 1] if not event & 1 else [] for event in range(count)]
    waiting = [0, 1] * len(parents)
    for child, parent in enumerate(parents):
        if parent is not None:
            after[2 * parent].append(2 * child)
            waiting[2 * child] += 1
            after[2 * child + 1].append(2 * parent + 1)
            waiting[2 * parent + 1] += 1
    for predecessor, successor in links:
        after[2 * predecessor + 1].append(2 * successor)
        waiting[2 * successor] += 1
    # First in, first out: the list is its own queue (iterating it sees what is added).
    order = [event for event in range(0, count, 2) if not waiting[event]]
    for event in order:
        for nxt in after[event]:
            left = waiting[nxt] - 1
            waiting[nxt] = left
            if not left:
                order.append(nxt)
    if len(order) == count:
        return order, None
    return order, _loop(after, waiting)


def pass_order(nodes: list[Node], forward: list[Node] | None = None
               ) -> tuple[list[Node], list[Node]] | None:
    """`event_order` for nodes already linked, or None if there is a loop: the nodes
    in the order each pass visits them (a task at its IN event going forwards, at its
    OUT event backwards; a summary once all under it is done).

    `forward` is the outline's order where it serves (build_nodes finds it): a
    summary's IN event stands where the summary does, so going backwards is the
    outline reversed. Otherwise the events are sorted here.
    """
    if forward is not None:
        return forward, nodes[::-1]
    return _sorted(nodes)


def _sorted(nodes: Sequence[Node]) -> tuple[list[Node], list[Node]] | None:
    """The order by a topological sort of the events (Kahn's), or None for a loop.

    A task that is no summary has its OUT event right after its IN event: nothing else
    waits on its IN, so one step visits both (and the order stays topological).
    """
    waiting = [len(node.preds) + (node.parent is not None) for node in nodes]
    # A summary's OUT waits on its children's: `left` counts them, and is complemented
    # at its IN event (so it reaches -1 when the last child is done).
    left = [len(node.children) for node in nodes]
    queue = [node for node in nodes if not waiting[node.index]]
    forward: list[Node] = []
    backward: list[Node] = []
    for node in queue:
        index = node.index
        if node.children and left[index] >= 0:  # a summary's IN event
            backward.append(node)
            for child in node.children:
                count = waiting[child.index] - 1
                waiting[child.index] = count
                if not count:
                    queue.append(child)
            left[index] = ~left[index]  # its OUT is due once this is -1
            continue
        forward.append(node)
        if not node.children:
            backward.append(node)
        for _pred, succ, _link in node.succs:
            count = waiting[succ.index] - 1
            waiting[succ.index] = count
            if not count:
                queue.append(succ)
        parent = node.parent
        if parent is not None:
            count = left[parent.index] + 1
            left[parent.index] = count
            if count == -1:
                queue.append(parent)
    if len(forward) != len(nodes):
        return None
    backward.reverse()
    return forward, backward


def _loop(after: list[list[int]], waiting: list[int]) -> list[int]:
    """One loop among the events the topological sort could not place.

    Every such event still waits on another unplaced event, so walking backwards
    from any of them must come round to an event already seen: that stretch is a loop.
    """
    left = {event for event, count in enumerate(waiting) if count}
    before: dict[int, list[int]] = {event: [] for event in left}
    for event in sorted(left):
        for nxt in after[event]:
            if nxt in left:
                before[nxt].append(event)
    seen: dict[int, int] = {}
    walk: list[int] = []
    event = min(left)
    while event not in seen:
        seen[event] = len(walk)
        walk.append(event)
        own_in = event - OUT
        # Stepping from a task's OUT to its own IN keeps summaries' children out of it.
        event = own_in if event % 2 == OUT and own_in in left else before[event][0]
    tasks: list[int] = []
    for step in reversed(walk[seen[event]:]):
        if step // 2 not in tasks:
            tasks.append(step // 2)
    first = tasks.index(min(tasks))
    return tasks[first:] + tasks[:first]
