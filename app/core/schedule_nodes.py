"""The scheduler's working data: one node per task, and calendar arithmetic with
Microsoft Project's conventions for starts and finishes (no Qt, no database)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from operator import attrgetter
from typing import TYPE_CHECKING

from app.core.calendar import WorkCalendar
from app.core.enums import ConstraintType, LinkType

ASAP, ALAP = ConstraintType.ASAP, ConstraintType.ALAP  # read once: see app.core.schedule
SF = LinkType.SF
_ID, _POSITION, _PARENT = attrgetter("id"), attrgetter("position"), attrgetter("parent_id")

if TYPE_CHECKING:
    from app.core.schedule import LinkIn, TaskIn



class Clock:
    """Working-time arithmetic on one calendar.

    The scheduler calls these a hundred thousand times per pass, so they read the
    calendar's memos (moment -> position, 2 * position + finish -> moment) directly.
    """

    __slots__ = ("cal", "positions", "moments", "position", "_moment")

    def __init__(self, calendar: WorkCalendar) -> None:
        self.cal = calendar
        index = calendar.time_index()
        self.positions = index.positions
        self.moments = index.moments
        self.position = index.position  # working minutes from the calendar's origin
        self._moment = index.moment

    def plus(self, moment: datetime, minutes: int, elapsed: bool = False) -> datetime:
        """`minutes` working (or elapsed) minutes after `moment`, before it if negative.

        Zero minutes leave the moment as it is, even in non-working time: whether it
        is then a start or a finish is the caller's to say.
        """
        if not minutes:
            return moment
        if elapsed:
            return moment + timedelta(minutes=minutes)
        position = self.positions.get(moment)
        if position is None:
            position = self.position(moment)
        position += minutes
        found = self.moments.get(2 * position + (minutes > 0))
        if found is not None:
            return found
        try:
            return self._moment(position, minutes > 0)
        except ValueError:  # no working time for centuries: the calendar's own message
            return self.cal.add_working_minutes(moment, minutes)

    def at(self, position: int, finish: bool) -> datetime:
        """The moment at a position, as a start or as a finish (see TimeIndex)."""
        found = self.moments.get(2 * position + finish)
        if found is not None:
            return found
        try:
            return self._moment(position, finish)
        except ValueError:  # no working time for centuries: the calendar's own message
            return self.cal.moment(position, finish)

    def span(self, moment: datetime, minutes: int, milestone: bool
             ) -> tuple[datetime, datetime]:
        """start_of(moment) and the finish `minutes` (>= 0) working minutes later, with
        one lookup of the position for both."""
        position = self.positions.get(moment)
        if position is None:
            position = self.position(moment)
        start = self.moments.get(2 * position)
        if start is None:
            start = self._moment(position, False)
        if milestone and start != moment and self.finish_of(moment) == moment:
            start = moment
        if not minutes:
            return start, start
        finish = self.moments.get(2 * (position + minutes) + 1)
        if finish is None:
            finish = self.plus(start, minutes)
        return start, finish

    def span_back(self, moment: datetime, minutes: int) -> tuple[datetime, datetime, int]:
        """finish_of(moment), the start `minutes` (>= 0) working minutes before it and
        the finish's position, with one lookup of the position for all."""
        position = self.positions.get(moment)
        if position is None:
            position = self.position(moment)
        finish = self.moments.get(2 * position + 1)
        if finish is None:
            finish = self._moment(position, True)
        if not minutes:
            return finish, finish, position
        start = self.moments.get(2 * (position - minutes))
        if start is None:
            start = self.plus(finish, -minutes)
        return finish, start, position

    def start_of(self, moment: datetime, milestone: bool) -> datetime:
        """The moment as a start: the next working moment (17:00 becomes 08:00 the next
        working day), but a milestone may stay at the end of a working interval."""
        return self.span(moment, 0, milestone)[0]

    def finish_of(self, moment: datetime) -> datetime:
        """The same working moment seen as a finish: 08:00 Tuesday becomes 17:00 Monday."""
        position = self.positions.get(moment)
        if position is None:
            position = self.position(moment)
        finish = self.moments.get(2 * position + 1)
        return finish if finish is not None else self._moment(position, True)

    def minutes(self, a: datetime, b: datetime) -> int:
        """Working minutes from a to b (positions on the calendar's working-time line,
        memoised there, so slack over months costs what slack over hours does)."""
        get = self.positions.get
        pa, pb = get(a), get(b)
        if pa is None:
            pa = self.position(a)
        if pb is None:
            pb = self.position(b)
        return pb - pa


class Node:
    """A task as the scheduler sees it: its links, its summary and its dates.

    A plain class with a small __init__: a dataclass's sets all thirty fields, and
    ten thousand nodes are built per pass. The rest are set by prepare() and the
    passes before anything reads them.
    """

    __slots__ = (  # what the passes read most first: fewer cache lines per task
        "leaf", "plain", "plain_back", "done", "ef_at", "es_at", "base_at", "lf_at",
        "duration", "remaining", "preds", "succs", "ef", "es", "late_base", "lf", "ls",
        "manual", "started", "alap", "milestone", "sf_linked", "kind", "late_kind",
        "finish_out", "start_out", "up", "task", "parent", "children",
        "index", "shown", "spots", "start", "finish",
        "in_progress", "first_leaf", "manual_finish", "sf_target", "actual", "_leaves")

    task: TaskIn
    index: int  # in outline order
    parent: Node | None
    children: list[Node] | tuple[()]
    # Edges (predecessor, successor, link), the same tuple at both ends.
    preds: list[tuple[Node, Node, LinkIn]] | tuple[()]
    succs: list[tuple[Node, Node, LinkIn]] | tuple[()]
    # What the task is, settled once by prepare().
    leaf: bool
    manual: bool  # manually scheduled with a start: keeps its dates
    manual_finish: datetime
    started: bool
    done: bool
    in_progress: bool  # has an actual start (a summary: a task under it has)
    milestone: bool
    alap: bool
    sf_target: bool  # a start-to-finish link ends here
    sf_linked: bool  # a start-to-finish link reaches it (its own or a summary's)
    # The passes' short way, in working-time positions (Scheduler._forward and
    # _backward): a task whose own dates add nothing to what its links give.
    plain: bool
    plain_back: bool
    kind: ConstraintType  # the constraint the forward pass applies
    late_kind: ConstraintType  # the one the backward pass applies
    duration: int  # working minutes
    remaining: int
    actual: int
    # Dates. start_out/finish_out are what links from the task follow in the last
    # forward pass (set by it alone): the late dates of an "as late as possible" task.
    es: datetime
    ef: datetime
    ls: datetime
    lf: datetime
    late_base: datetime  # late finish less the remaining work
    start_out: datetime
    finish_out: datetime
    # Positions in working time of es and ef (every node, after the forward pass), of
    # late_base and lf (every task, after the backward pass): links are arithmetic on these.
    es_at: int
    ef_at: int
    base_at: int
    lf_at: int
    start: datetime
    finish: datetime
    first_leaf: Node | None  # a summary's earliest task, which holds its start
    up: tuple[Node, ...]  # the summaries above that carry links or constraints
    # A summary's ES EF LS LF as shown (a task's are es, ef, ls, lf), and their positions.
    shown: tuple[datetime, datetime, datetime, datetime]
    spots: tuple[int, int, int, int]
    _leaves: list[Node] | None

    def __init__(self, task: TaskIn) -> None:
        self.task = task
        self.index = -1
        self.parent = self.first_leaf = self._leaves = None
        self.children = ()  # a list once it has one
        self.preds = self.succs = ()  # lists once there are links
        self.sf_target = False
        self.up = ()
        self.kind = self.late_kind = ASAP

    def __repr__(self) -> str:
        return f"Node({self.task.id}, {self.task.name!r})"

    def prepare(self, clock: Clock) -> None:
        t = self.task
        self.leaf = not self.children
        self.duration = t.duration if t.duration > 0 else 0
        self.manual = t.manual and t.start is not None
        if self.manual:
            self.manual_finish = t.finish if t.finish is not None else \
                clock.plus(t.start, self.duration)
            if t.finish is not None:
                self.duration = max(0, clock.minutes(t.start, t.finish))
        # An actual finish without an actual start means nothing in Project's terms.
        self.started = not self.manual and t.actual_start is not None
        self.done = self.started and t.actual_finish is not None
        self.in_progress = self.started
        self.actual = 0  # prepared again when the task changes (app.core.replan)
        if self.done:
            self.duration = self.actual = max(0, clock.minutes(t.actual_start, t.actual_finish))
        elif self.started:
            self.actual = self.duration * max(0, min(100, t.percent_complete)) // 100
        self.remaining = self.duration - self.actual
        self.milestone = t.milestone or not self.duration
        kind = t.constraint_type
        dated = t.constraint_date is not None
        self.late_kind = kind if dated else ASAP
        free = not (self.manual or self.started)
        self.alap = self.leaf and free and kind == ALAP
        self.kind = kind if free and (dated or self.alap) else ASAP
        parent = self.parent
        if parent is not None:  # prepared first, being first in outline order
            carries = parent.preds or parent.succs or parent.kind != ASAP \
                or parent.late_kind != ASAP
            self.up = (parent, *parent.up) if carries else parent.up
        self.sf_linked = self.sf_target or bool(self.up) and any(
            holder.sf_target for holder in self.up)
        # Only links and the project's dates place it: no summary adds links or limits,
        # no constraint date, progress or manual date. Nor is it a milestone, whose start
        # may be a finish, or the end of a start-to-finish link, which may keep a finish
        # at 08:00: a position cannot tell those moments from the day before's 17:00.
        self.plain = self.leaf and free and (self.kind is ASAP or self.alap) \
            and not (self.milestone or self.sf_linked or self.up)
        self.plain_back = self.leaf and free and not self.up and self.late_kind is ASAP \
            and t.deadline is None

    def release(self) -> None:
        """Drop the references that make loops (the pass is over), so that the nodes
        go by reference counting. An edge holds both its ends, so both lists go; those
        left lead to a task under a summary, which ends earlier, so following them
        never comes back."""
        self.parent = None
        self.preds = self.succs = self.up = ()

    def leaves(self) -> list[Node]:
        """Every task (not summary) under this summary."""
        if self._leaves is None:
            found: list[Node] = []
            stack = list(reversed(self.children))
            while stack:
                node = stack.pop()
                if node.children:
                    stack.extend(reversed(node.children))
                else:
                    found.append(node)
            self._leaves = found
        return self._leaves

    # The roll-ups are one loop each over the children: a thousand summaries per pass,
    # where a generator per value costs more than the comparisons.

    def roll_up_early(self, first: bool) -> None:
        kids = self.children
        k = kids[0]
        es, ef, es_at, ef_at = k.es, k.ef, k.es_at, k.ef_at
        # The summary's start is that of its earliest task (the first such one, tasks
        # directly under it before those under its summaries).
        own: Node | None = None
        below: Node | None = None
        for k in kids:
            if k.es < es:
                es = k.es
            if k.ef > ef:
                ef = k.ef
            if k.es_at < es_at:  # positions grow with time, as dates do
                es_at = k.es_at
            if k.ef_at > ef_at:
                ef_at = k.ef_at
            if not k.children:
                if own is None or k.es < own.es:
                    own = k
            elif k.first_leaf is not None and (below is None or k.first_leaf.es < below.es):
                below = k.first_leaf
        self.es, self.ef, self.es_at, self.ef_at = es, ef, es_at, ef_at
        if first:
            self.first_leaf = below if own is None or below is not None \
                and below.es < own.es else own
        else:  # the last forward pass, the only one to follow these
            self.start_out = min(k.start_out for k in kids)
            self.finish_out = max(k.finish_out for k in kids)

    def roll_up_late(self) -> None:
        kids = self.children
        ls, lf = kids[0].ls, kids[0].lf
        for k in kids:
            if k.ls < ls:
                ls = k.ls
            if k.lf > lf:
                lf = k.lf
        self.ls, self.lf = ls, lf

    def place(self) -> None:
        """The dates shown: early ones, late ones for "as late as possible" tasks,
        actual ones once started. A summary spans its children; its early dates span
        theirs as shown (late ones for late tasks), its late dates span their late
        dates (early ones for manual tasks), as Project rolls them up."""
        kids = self.children
        if not kids:
            if self.manual:
                self.start, self.finish = self.task.start, self.manual_finish
            elif self.alap:
                self.start, self.finish = self.ls, self.lf
            else:
                self.start, self.finish = self.es, self.ef
            return
        start, finish = datetime.max, datetime.min
        es = ls = datetime.max
        ef = lf = datetime.min
        done, in_progress = True, False
        for k in kids:
            if k.start < start:
                start = k.start
            if k.finish > finish:
                finish = k.finish
            done = done and k.done
            in_progress = in_progress or k.in_progress
            if k.children:
                k_es, k_ef, k_ls, k_lf = k.shown
            else:
                k_es, k_ef, k_ls, k_lf = k.es, k.ef, k.ls, k.lf
            early_start, early_finish = (k_ls, k_lf) if k.alap else (k_es, k_ef)
            late_start, late_finish = (k_es, k_ef) if k.manual else (k_ls, k_lf)
            if early_start < es:
                es = early_start
            if early_finish > ef:
                ef = early_finish
            if late_start < ls:
                ls = late_start
            if late_finish > lf:
                lf = late_finish
        self.start, self.finish, self.done, self.in_progress = start, finish, done, in_progress
        self.shown = (es, ef, ls, lf)


def build_nodes(tasks: Sequence[TaskIn], links: Sequence[LinkIn]
                ) -> tuple[list[Node], list[Node] | None]:
    """Nodes for `tasks` in outline order (summaries before what is under them,
    siblings by position), with their summaries and links; tasks caught in a parent
    loop come last, where the pass order reports them as a loop.

    Also the forward pass's order, if the outline gives it (else None): when every
    link goes forwards in the outline, as in most plans (written down in the order
    the work is done), tasks in outline order with each summary after the last task
    under it are a topological order of schedule_links' events, with no sort.
    """
    # Siblings' order is by position, then id: one stable sort of all tasks gives it
    # to every list of children filled from them (int keys, no tuple per task).
    ranked = sorted(tasks, key=_ID)
    ranked.sort(key=_POSITION)
    nodes = list(map(Node, ranked))
    by_id = dict(zip(map(_ID, ranked), nodes, strict=True))
    if len(by_id) != len(nodes):
        raise ValueError("task ids must be unique")
    top: list[Node] = []
    get = by_id.get
    for node, parent_id in zip(nodes, map(_PARENT, ranked), strict=True):
        parent = get(parent_id) if parent_id is not None else None
        if parent is None or parent is node:
            top.append(node)
        elif parent.children:
            node.parent = parent
            parent.children.append(node)
        else:
            node.parent = parent
            parent.children = [node]
    ordered: list[Node] = []
    forward: list[Node] | None = []
    last: list[int] = []  # by index: the last index under the node (its own if none)
    stack = top[::-1]
    while stack:
        node = stack.pop()
        if node.index >= 0:  # a summary again, all under it placed
            forward.append(node)
            last[node.index] = len(ordered) - 1
            continue
        node.index = len(last)
        ordered.append(node)
        last.append(node.index)
        kids = node.children
        if kids:
            stack.append(node)
            stack += kids[::-1]
        else:
            forward.append(node)
    if len(ordered) < len(nodes):  # a parent loop: never reached from the top
        forward = None
        for node in nodes:
            if node.index < 0:
                node.index = len(ordered)
                ordered.append(node)
    for link in links:
        try:
            pred, succ = by_id[link.predecessor], by_id[link.successor]
        except KeyError:
            raise ValueError(f"link {link.predecessor}->{link.successor} names no task"
                             ) from None
        # One edge for both ends. Most tasks have one link each way or none: a list
        # only once there is one.
        edge = (pred, succ, link)
        if pred.succs:
            pred.succs.append(edge)
        else:
            pred.succs = [edge]
        if succ.preds:
            succ.preds.append(edge)
        else:
            succ.preds = [edge]
        if link.type is SF:
            succ.sf_target = True
        if forward is not None and last[pred.index] >= succ.index:
            forward = None  # a link back (or into its own summary): sort the events
    return ordered, forward
