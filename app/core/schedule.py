"""Critical-path scheduling with Microsoft Project's rules for dates (no Qt, no database).

Durations and lags are working minutes on one WorkCalendar. As in Project, a task that
would start at the end of a working interval (17:00) starts at the next working moment
(08:00 the next working day), while a finish stays at the end of the interval it
reaches (17:00); a milestone keeps the moment that drives it, so one that follows a
task finishing at 17:00 sits at 17:00.

A link to a summary task holds for every task under it; a link from a summary task
starts from the summary's rolled-up dates. Constraint dates are always honoured, so
links may be broken by them and slack may then be negative.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from app.core.calendar import WorkCalendar
from app.core.enums import ConstraintType, LinkType
from app.core.errors import UserError
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.schedule_links import IN, OUT, event_order, outline_order

LOOP = QT_TRANSLATE_NOOP("errors", "These links form a loop: {tasks}. Remove one of them.")

_FROM_FINISH = (LinkType.FS, LinkType.FF)  # the predecessor's finish drives the link
_TO_START = (LinkType.FS, LinkType.SS)  # the link drives the successor's start
_DAY = timedelta(days=1)


@dataclass(frozen=True)
class TaskIn:
    id: int
    parent_id: int | None = None
    position: int = 0
    name: str = ""
    duration: int = 480  # working minutes
    milestone: bool = False
    manual: bool = False
    start: datetime | None = None  # kept as given for manually scheduled tasks
    finish: datetime | None = None
    constraint_type: ConstraintType = ConstraintType.ASAP
    constraint_date: datetime | None = None
    percent_complete: int = 0
    actual_start: datetime | None = None
    actual_finish: datetime | None = None


@dataclass(frozen=True)
class LinkIn:
    predecessor: int
    successor: int
    type: LinkType = LinkType.FS
    lag: int = 0  # working minutes (calendar minutes when elapsed), may be negative
    elapsed: bool = False


@dataclass(frozen=True)
class TaskOut:
    start: datetime
    finish: datetime
    early_start: datetime
    early_finish: datetime
    late_start: datetime
    late_finish: datetime
    total_slack: int  # working minutes, negative when a constraint breaks a link
    free_slack: int
    critical: bool
    duration: int  # working minutes; rolled up for summaries


def schedule(project_start: datetime, calendar: WorkCalendar, tasks: Sequence[TaskIn],
             links: Sequence[LinkIn], critical_slack: int = 0) -> dict[int, TaskOut]:
    """Schedule `tasks` from `project_start`; raises UserError if the links form a loop."""
    if not tasks:
        return {}
    return _Scheduler(calendar, tasks, links).run(project_start, critical_slack)


def find_cycle(tasks: Sequence[TaskIn], links: Sequence[LinkIn]) -> list[int] | None:
    """The ids of tasks forming a loop of links (and summaries), in link order, or None."""
    nodes = _build_nodes(tasks, links)
    _order, loop = _events(nodes)
    return None if loop is None else [nodes[i].task.id for i in loop]


def loop_error(names: Sequence[str]) -> UserError:
    return UserError(LOOP, tasks=" \u2192 ".join(f"\u201c{name}\u201d" for name in names))


@dataclass(eq=False, slots=True)
class _Node:
    task: TaskIn
    index: int
    duration: int
    parent: _Node | None = None
    children: list[_Node] = field(default_factory=list)
    preds: list[tuple[_Node, LinkIn]] = field(default_factory=list)
    succs: list[tuple[_Node, LinkIn]] = field(default_factory=list)
    es: datetime = datetime.min
    ef: datetime = datetime.min
    ls: datetime = datetime.min
    lf: datetime = datetime.min
    start: datetime = datetime.min  # as scheduled: early dates but for ALAP tasks
    finish: datetime = datetime.min
    ef_min: datetime = datetime.min  # earliest early finish under a summary (FF/SF into it)
    lf_min: datetime = datetime.min
    # What a summary's links and constraint impose on the tasks under it (the start
    # ceiling only on those that start the summary, since its start is theirs).
    start_floor: datetime | None = None
    finish_floor: datetime | None = None
    start_ceiling: datetime | None = None
    finish_ceiling: datetime | None = None

    @property
    def pinned(self) -> bool:
        """Whether the task keeps dates it was given instead of computed ones."""
        t = self.task
        return (t.manual and t.start is not None) or t.actual_start is not None

    @property
    def constraint(self) -> ConstraintType:
        kind = self.task.constraint_type
        if self.pinned or (self.task.constraint_date is None and kind != ConstraintType.ALAP):
            return ConstraintType.ASAP
        return kind


def _events(nodes: list[_Node]) -> tuple[list[int], list[int] | None]:
    return event_order([None if n.parent is None else n.parent.index for n in nodes],
                       [(p.index, n.index) for n in nodes for p, _link in n.preds])


def _build_nodes(tasks: Sequence[TaskIn], links: Sequence[LinkIn]) -> list[_Node]:
    ordered = [tasks[i] for i in outline_order([(t.id, t.parent_id, t.position)
                                                 for t in tasks])]
    nodes = [_Node(t, i, max(0, t.duration)) for i, t in enumerate(ordered)]
    by_id = {node.task.id: node for node in nodes}
    if len(by_id) != len(nodes):
        raise ValueError("task ids must be unique")
    for node in nodes:
        parent = by_id.get(node.task.parent_id) if node.task.parent_id is not None else None
        if parent is not None and parent is not node:
            node.parent = parent
            parent.children.append(node)
    for link in links:
        pred, succ = by_id.get(link.predecessor), by_id.get(link.successor)
        if pred is None or succ is None:
            raise ValueError(f"link {link.predecessor}->{link.successor} names no task")
        pred.succs.append((succ, link))
        succ.preds.append((pred, link))
    return nodes


def _later(a: datetime | None, b: datetime | None) -> datetime | None:
    return b if a is None else a if b is None else max(a, b)


def _earlier(a: datetime | None, b: datetime | None) -> datetime | None:
    return b if a is None else a if b is None else min(a, b)


class _Scheduler:
    def __init__(self, calendar: WorkCalendar, tasks: Sequence[TaskIn],
                 links: Sequence[LinkIn]) -> None:
        self.cal = calendar
        self.nodes = _build_nodes(tasks, links)
        order, loop = _events(self.nodes)
        if loop is not None:
            raise loop_error([self.nodes[i].task.name for i in loop])
        self.order = order
        for node in self.nodes:
            t = node.task
            if node.pinned and t.manual and t.finish is not None:
                node.duration = max(0, calendar.working_minutes_between(t.start, t.finish))
        self._day_totals: dict[date, int] = {}  # working minutes before each day's midnight
        self._first = self._last = date.min
        self.project_start = datetime.min
        self.project_finish = datetime.min

    def run(self, project_start: datetime, critical_slack: int) -> dict[int, TaskOut]:
        self.project_start = self.cal.add_working_minutes(project_start, 0)
        self._forward(scheduled=False)
        self.project_finish = max(node.ef for node in self.nodes)
        self._backward()
        if any(n.constraint == ConstraintType.ALAP and not n.children for n in self.nodes):
            self._forward(scheduled=True)
        else:
            for node in self.nodes:
                node.start, node.finish = node.es, node.ef
        result = {}
        for node in self.nodes:
            if node.children:
                node.duration = max(0, self._minutes(node.start, node.finish))
            total = min(self._minutes(node.es, node.ls), self._minutes(node.ef, node.lf))
            result[node.task.id] = TaskOut(
                node.start, node.finish, node.es, node.ef, node.ls, node.lf, total,
                self._free_slack(node, total), total <= critical_slack, node.duration)
        return result

    # -- calendar arithmetic ---------------------------------------------------------

    def _plus(self, moment: datetime, minutes: int, elapsed: bool = False) -> datetime:
        # Zero minutes must not move the moment: snapping is decided by the caller.
        if not minutes:
            return moment
        if elapsed:
            return moment + timedelta(minutes=minutes)
        return self.cal.add_working_minutes(moment, minutes)

    def _start_form(self, moment: datetime) -> datetime:
        return self.cal.add_working_minutes(moment, 0)

    def _finish_form(self, moment: datetime) -> datetime:
        """The same working moment seen as a finish: 08:00 Tuesday becomes 17:00 Monday."""
        return self.cal.add_working_minutes(self.cal.add_working_minutes(moment, -1), 1)

    def _milestone_at(self, moment: datetime) -> datetime:
        # A milestone keeps an interval's end (a predecessor's finish) but leaves
        # non-working time for the next working moment.
        return moment if self._finish_form(moment) == moment else self._start_form(moment)

    def _minutes(self, a: datetime, b: datetime) -> int:
        """Working minutes from a to b; a cached running total per day keeps slack of
        months as cheap as slack of hours."""
        if a.date() == b.date():
            return self.cal.working_minutes_between(a, b)
        return self._running_total(b) - self._running_total(a)

    def _running_total(self, moment: datetime) -> int:
        day, totals = moment.date(), self._day_totals
        if not totals:
            totals[day] = 0
            self._first = self._last = day
        while day > self._last:
            totals[self._last + _DAY] = totals[self._last] + self.cal.minutes_on(self._last)
            self._last += _DAY
        while day < self._first:
            self._first -= _DAY
            totals[self._first] = totals[self._first + _DAY] - self.cal.minutes_on(self._first)
        midnight = datetime.combine(day, time())
        return totals[day] + self.cal.working_minutes_between(midnight, moment)

    # -- forward pass ----------------------------------------------------------------

    def _forward(self, scheduled: bool) -> None:
        """Early dates, or with `scheduled` the dates shown once ALAP tasks move late."""
        for event in self.order:
            node = self.nodes[event // 2]
            if event % 2 == IN:
                start_req, finish_req = self._requirements(node, scheduled)
                if node.children:
                    node.start_floor, node.finish_floor = start_req, finish_req
                    self._summary_floors(node)
                elif scheduled:
                    node.start, node.finish = self._place(node, start_req, finish_req)
                    if node.constraint == ConstraintType.ALAP and node.ls > node.start:
                        node.start, node.finish = node.ls, node.lf
                else:
                    node.es, node.ef = self._place(node, start_req, finish_req)
                    node.ef_min = node.ef
            elif node.children:
                self._roll_up(node, scheduled)

    def _requirements(self, node: _Node,
                      scheduled: bool) -> tuple[datetime, datetime | None]:
        """The earliest start and finish that links, summaries and the project allow."""
        start_req: datetime = self.project_start
        finish_req = None
        if node.parent is not None:
            start_req = max(start_req, node.parent.start_floor or start_req)
            finish_req = node.parent.finish_floor
        for pred, link in node.preds:
            if link.type in _FROM_FINISH:
                base = pred.finish if scheduled else pred.ef
            else:
                base = pred.start if scheduled else pred.es
            moment = self._plus(base, link.lag, link.elapsed)
            if link.type in _TO_START:
                start_req = max(start_req, moment)
            else:
                finish_req = _later(finish_req, moment)
        return start_req, finish_req

    def _summary_floors(self, node: _Node) -> None:
        # Project accepts only "no earlier than" constraints on summaries in this pass.
        kind, when = node.task.constraint_type, node.task.constraint_date
        if when is not None and kind == ConstraintType.SNET:
            node.start_floor = _later(node.start_floor, when)
        elif when is not None and kind == ConstraintType.FNET:
            node.finish_floor = _later(node.finish_floor, when)

    def _place(self, node: _Node, start_req: datetime,
               finish_req: datetime | None) -> tuple[datetime, datetime]:
        t, d = node.task, node.duration
        if t.manual and t.start is not None:
            return t.start, t.finish if t.finish is not None else self._plus(t.start, d)
        if t.actual_start is not None:
            return t.actual_start, t.actual_finish or self._plus(t.actual_start, d)
        start = start_req
        if finish_req is not None:
            start = max(start, self._plus(finish_req, -d))
        kind, when = node.constraint, t.constraint_date
        if when is not None:
            if kind == ConstraintType.SNET:
                start = max(start, when)
            elif kind == ConstraintType.FNET:
                start = max(start, self._plus(when, -d))
            elif kind == ConstraintType.SNLT:
                start = min(start, when)
            elif kind == ConstraintType.FNLT:
                start = min(start, self._plus(when, -d))
            elif kind == ConstraintType.MSO:
                start = when
            elif kind == ConstraintType.MFO:
                start = self._plus(when, -d)
        if not d:
            start = self._milestone_at(start)
            return start, start
        start = self._start_form(start)
        return start, self._plus(start, d)

    def _roll_up(self, node: _Node, scheduled: bool) -> None:
        kids = node.children
        if scheduled:
            node.start = min(k.start for k in kids)
            node.finish = max(k.finish for k in kids)
            return
        node.es = min(k.es for k in kids)
        node.ef = max(k.ef for k in kids)
        node.ef_min = min(k.ef_min for k in kids)

    # -- backward pass ---------------------------------------------------------------

    def _backward(self) -> None:
        for event in reversed(self.order):
            node = self.nodes[event // 2]
            if event % 2 == OUT:
                finish_lim, start_lim = self._limits(node)
                if node.children:
                    node.finish_ceiling, node.start_ceiling = finish_lim, start_lim
                    self._summary_ceilings(node)
                else:
                    node.ls, node.lf = self._place_late(node, finish_lim, start_lim)
                    node.lf_min = node.lf
            elif node.children:
                node.ls = min(k.ls for k in node.children)
                node.lf = max(k.lf for k in node.children)
                node.lf_min = min(k.lf_min for k in node.children)

    def _limits(self, node: _Node) -> tuple[datetime, datetime | None]:
        """The latest finish and start that successors, summaries and the project allow."""
        finish_lim = self.project_finish
        start_lim = None
        parent = node.parent
        if parent is not None:
            finish_lim = min(finish_lim, parent.finish_ceiling or finish_lim)
            if node.es == parent.es:  # only the tasks that start a summary hold its start
                start_lim = parent.start_ceiling
        for succ, link in node.succs:
            base = succ.ls if link.type in _TO_START else succ.lf_min
            moment = self._plus(base, -link.lag, link.elapsed)
            if link.type in _FROM_FINISH:
                finish_lim = min(finish_lim, moment)
            else:
                start_lim = _earlier(start_lim, moment)
        return finish_lim, start_lim

    def _summary_ceilings(self, node: _Node) -> None:
        kind, when = node.task.constraint_type, node.task.constraint_date
        if when is not None and kind == ConstraintType.SNLT:
            node.start_ceiling = _earlier(node.start_ceiling, when)
        elif when is not None and kind == ConstraintType.FNLT:
            node.finish_ceiling = _earlier(node.finish_ceiling, when)

    def _place_late(self, node: _Node, finish_lim: datetime,
                    start_lim: datetime | None) -> tuple[datetime, datetime]:
        d = node.duration
        finish = finish_lim
        if start_lim is not None:
            finish = min(finish, self._plus(start_lim, d))
        kind, when = node.constraint, node.task.constraint_date
        if when is not None:
            if kind == ConstraintType.SNLT:
                finish = min(finish, self._plus(when, d))
            elif kind == ConstraintType.FNLT:
                finish = min(finish, when)
            elif kind == ConstraintType.MSO:
                finish = self._plus(when, d)
            elif kind == ConstraintType.MFO:
                finish = when
        finish = self._finish_form(finish)
        if d:
            return self._plus(finish, -d), finish
        if self._finish_form(node.es) == finish:
            finish = node.es  # a critical milestone shows one date, not 17:00 and 08:00
        return finish, finish

    # -- slack -----------------------------------------------------------------------

    def _free_slack(self, node: _Node, total: int) -> int:
        """How far the task can slip before it delays any successor (never below 0)."""
        best: int | None = None
        holder: _Node | None = node
        while holder is not None:  # links from a summary hold for every task under it
            for succ, link in holder.succs:
                if link.type not in _FROM_FINISH and node.es != holder.es:
                    continue  # a summary's start is its earliest child's
                base = node.ef if link.type in _FROM_FINISH else node.es
                target = succ.es if link.type in _TO_START else succ.ef_min
                gap = self._minutes(self._plus(base, link.lag, link.elapsed), target)
                best = gap if best is None else min(best, gap)
            holder = holder.parent
        if best is None:
            best = self._minutes(node.ef, self.project_finish)
        return max(0, min(best, total))
