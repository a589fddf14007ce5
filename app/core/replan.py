"""A schedule kept between edits, so that one edit reschedules only what it moves.

After a change to some tasks' own fields (duration, constraint, progress, dates of a
manual task, ...), the forward pass restarts from those tasks and follows links only
while dates keep changing; the backward pass does the same towards predecessors. Both
visit tasks in the order of the full pass (a heap of their ranks in each pass's order),
so every task is computed from final inputs, exactly as in the full pass: the results
are the same (tests/core/test_replan.py checks that on random plans and edits).

The full pass runs instead when the project finish moves (every late date hangs on
it), when a summary's earliest task changes, when the change touches a summary, and on
plans with "as late as possible" tasks (their successors follow late dates, which ties
the passes together).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from heapq import heappop, heappush

from app.core.calendar import WorkCalendar
from app.core.enums import ConstraintType
from app.core.schedule import LinkIn, Scheduler, TaskIn, TaskOut
from app.core.schedule_nodes import Node


class Plan(Scheduler):
    """A scheduled plan: `results` after the full pass, then after each `update`."""

    def __init__(self, project_start: datetime, calendar: WorkCalendar,
                 tasks: Sequence[TaskIn], links: Sequence[LinkIn],
                 critical_slack: int = 0) -> None:
        super().__init__(calendar, tasks, links)
        self.critical_slack = critical_slack
        self.by_id = {node.task.id: node for node in self.nodes}
        # Where each task comes in each pass (by node index).
        self.forward_rank = [0] * len(self.nodes)
        for rank, node in enumerate(self.forward_steps):
            self.forward_rank[node.index] = rank
        self.backward_rank = [0] * len(self.nodes)
        for rank, node in enumerate(self.backward_steps):
            self.backward_rank[node.index] = rank
        self.results = self.run(project_start, critical_slack)
        self.before: dict[int, TaskOut] = {}  # the last update's changed results, as they were
        self.touched = len(self.nodes)  # tasks whose dates the last pass computed

    def update(self, changed: Sequence[TaskIn]) -> dict[int, TaskOut]:
        """Reschedule after `changed` tasks took new fields; returns the results that
        differ. Each must keep its id, summary and position, and links must be the
        same: anything else needs a new Plan."""
        if not changed:
            self.touched, self.before = 0, {}
            return {}
        nodes = [self.by_id[task.id] for task in changed]
        for node, task in zip(nodes, changed, strict=True):
            if task.parent_id != node.task.parent_id or task.position != node.task.position:
                raise ValueError("the outline changed: build a new Plan")
        whole = self.final or any(
            not node.leaf or task.constraint_type == ConstraintType.ALAP
            for node, task in zip(nodes, changed, strict=True))
        for node, task in zip(nodes, changed, strict=True):
            node.task = task
        if whole:
            for node in self.nodes:
                node.prepare(self.clock)
            return self._replace(self.run(self.project_start, self.critical_slack))
        for node in nodes:
            node.prepare(self.clock)
        return self._incremental(set(nodes))

    def _replace(self, results: dict[int, TaskOut]) -> dict[int, TaskOut]:
        changed = {key: out for key, out in results.items() if self.results.get(key) != out}
        self.before = {key: self.results[key] for key in changed if key in self.results}
        self.results = results
        self.touched = len(self.nodes)
        return changed

    def _incremental(self, changed: set[Node]) -> dict[int, TaskOut]:
        finish = self.project_finish
        moved, firsts_moved = self._forward_from(changed)
        self.project_finish = max(node.ef for node in self.nodes if node.leaf)
        if self.project_finish != finish or firsts_moved:
            self._backward(self.backward_steps)
            for node in reversed(self.nodes):
                node.place()
            return self._replace(self.outs(self.nodes, self.critical_slack))
        moved |= self._backward_from(changed)
        above: set[Node] = set()
        for node in moved:
            parent = node.parent
            while parent is not None and parent not in above:
                above.add(parent)
                parent = parent.parent
        for node in moved:
            if node.leaf:
                node.place()
        for node in sorted(above, key=lambda n: -n.index):  # deeper summaries first
            node.place()
        # Free slack looks at successors' dates: predecessors of what moved are due too.
        due = moved | above
        due |= {pred for node in list(due) for pred, _succ, _link in node.preds}
        self.touched = len(due)
        result: dict[int, TaskOut] = {}
        self.before = {}
        for key, out in self.outs(due, self.critical_slack).items():
            if self.results[key] != out:
                self.before[key] = self.results[key]
                self.results[key] = result[key] = out
        return result

    def _forward_from(self, changed: set[Node]) -> tuple[set[Node], bool]:
        """Early dates from the changed tasks on; the tasks whose dates moved, and
        whether a summary's earliest task changed."""
        steps, rank = self.forward_steps, self.forward_rank
        heap: list[int] = []
        queued: set[int] = set()

        def push(node: Node) -> None:
            # The order is topological, so a task is never due again once visited.
            if node.index not in queued:
                queued.add(node.index)
                heappush(heap, rank[node.index])

        for node in changed:
            push(node)
        moved: set[Node] = set()
        firsts_moved = False
        while heap:
            node = steps[heappop(heap)]
            before = (node.es, node.ef, node.first_leaf)
            self._forward((node,))
            if node.leaf:
                if (node.es, node.ef) == before[:2] and node not in changed:
                    continue
            else:
                if (node.es, node.ef, node.first_leaf) == before:
                    continue
                firsts_moved = firsts_moved or node.first_leaf is not before[2]
            moved.add(node)
            for _pred, succ, _link in node.succs:  # a link to a summary reaches every task under it
                for leaf in (succ,) if succ.leaf else succ.leaves():
                    push(leaf)
            if node.parent is not None:
                push(node.parent)
        return moved, firsts_moved

    def _backward_from(self, changed: set[Node]) -> set[Node]:
        """Late dates from the changed tasks back; the tasks whose late dates moved."""
        steps, rank = self.backward_steps, self.backward_rank
        heap: list[int] = []
        queued: set[int] = set()

        def push(node: Node) -> None:
            if node.index not in queued:
                queued.add(node.index)
                heappush(heap, rank[node.index])

        def push_before(node: Node) -> None:
            # Who reads this task's late dates: its predecessors, and predecessors of
            # the summaries above it (a link to a summary holds for each task under it);
            # a summary predecessor stands for every task under it.
            holder: Node | None = node
            while holder is not None:
                for pred, _succ, _link in holder.preds:
                    for leaf in (pred,) if pred.leaf else pred.leaves():
                        push(leaf)
                holder = holder.parent

        for node in changed:
            push(node)
        moved: set[Node] = set()
        while heap:
            node = steps[heappop(heap)]
            if node.leaf:
                before = (node.lf, node.ls, node.late_base)
                self._backward((node,))
                if (node.lf, node.ls, node.late_base) == before and node not in changed:
                    continue
                push_before(node)
            else:
                before = (node.ls, node.lf)
                self._backward((node,))
                if (node.ls, node.lf) == before:
                    continue
            moved.add(node)
            if node.parent is not None:
                push(node.parent)
        return moved
