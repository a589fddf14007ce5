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
_PLACE = attrgetter("task.position", "task.id")  # siblings' order

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

    def span(self, moment: datetime, minutes: int, milestone: bool
             ) -> tuple[datetime, datetime, int]:
        """start_of(moment), the finish `minutes` (>= 0) working minutes later and the
        start's position: one lookup of the position for all, the forward pass's every
        task."""
        position = self.positions.get(moment)
        if position is None:
            position = self.position(moment)
        start = self.moments.get(2 * position)
        if start is None:
            start = self._moment(position, False)
        if milestone and start != moment and self.finish_of(moment) == moment:
            start = moment
        if not minutes:
            return start, start, position
        finish = self.moments.get(2 * (position + minutes) + 1)
        if finish is None:
            finish = self.plus(start, minutes)
        return start, finish, position

    def span_back(self, moment: datetime, minutes: int) -> tuple[datetime, datetime, int]:
        """finish_of(moment), the start `minutes` (>= 0) working minutes before it and
        the finish's position: the backward pass's every task."""
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
        "leaf", "done", "manual", "started", "alap", "milestone", "sf_linked", "kind",
        "ef", "finish_out", "es", "start_out", "late_base", "lf", "ls", "late_kind",
        "duration", "remaining", "preds", "succs", "up", "task", "parent", "children",
        "early_at", "late_at", "index", "shown", "spots", "start", "finish",
        "in_progress", "first_leaf", "manual_finish", "sf_target", "actual", "_leaves")

    task: TaskIn
    index: int  # in outline order
    parent: Node | None
    children: list[Node] | tuple[()]
    preds: list[tuple[Node, LinkIn]]
    succs: list[tuple[Node, LinkIn]]
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
    start: datetime
    finish: datetime
    first_leaf: Node | None  # a summary's earliest task, which holds its start
    up: tuple[Node, ...]  # the summaries above that carry links or constraints
    shown: tuple[datetime, datetime, datetime, datetime]  # ES EF LS LF
    spots: tuple[int, int, int, int]  # their positions in working time
    # The positions of the early start and the late finish, where the passes know them
    # (a task neither started nor manual nor constrained to a date), else None.
    early_at: int | None
    late_at: int | None
    _leaves: list[Node] | None

    def __init__(self, task: TaskIn) -> None:
        self.task = task
        self.index = -1
        self.parent = self.first_leaf = self._leaves = None
        self.children = ()  # a list once it has one
        self.preds = []
        self.succs = []
        self.sf_target = False
        self.up = ()
        self.kind = self.late_kind = ASAP
        self.early_at = self.late_at = None

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

    def release(self) -> None:
        """Drop the references that make loops (the pass is over), so that the nodes
        go by reference counting: those left lead to a predecessor or to a task under
        a summary, which ends earlier, so following them never comes back."""
        self.parent = None
        self.succs, self.up = [], ()

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

    def roll_up_early(self, first: bool) -> None:
        kids = self.children
        self.es = min(k.es for k in kids)
        self.ef = max(k.ef for k in kids)
        if not first:  # the last forward pass, the only one to follow these
            self.start_out = min(k.start_out for k in kids)
            self.finish_out = max(k.finish_out for k in kids)
        else:
            # The summary's start is that of its earliest task (the first such one,
            # tasks directly under it before those under its summaries).
            best: Node | None = None
            for k in [k for k in kids if not k.children] + \
                     [k.first_leaf for k in kids if k.children]:
                if k is not None and (best is None or k.es < best.es):
                    best = k
            self.first_leaf = best

    def roll_up_late(self) -> None:
        kids = self.children
        self.ls = min(k.ls for k in kids)
        self.lf = max(k.lf for k in kids)

    def place(self) -> None:
        """The dates shown: early ones, late ones for "as late as possible" tasks,
        actual ones once started. A summary spans its children; its early dates span
        theirs as shown (late ones for late tasks), its late dates span their late
        dates (early ones for manual tasks), as Project rolls them up."""
        t = self.task
        kids = self.children
        if kids:
            self.start = min(k.start for k in kids)
            self.finish = max(k.finish for k in kids)
            self.done = all(k.done for k in kids)
            self.in_progress = any(k.in_progress for k in kids)
            self.shown = (min(k.shown[2] if k.alap else k.shown[0] for k in kids),
                          max(k.shown[3] if k.alap else k.shown[1] for k in kids),
                          min(k.shown[0] if k.manual else k.shown[2] for k in kids),
                          max(k.shown[1] if k.manual else k.shown[3] for k in kids))
            return
        if self.manual:
            self.start, self.finish = t.start, self.manual_finish
        elif self.alap:
            self.start, self.finish = self.ls, self.lf
        else:
            self.start, self.finish = self.es, self.ef
        self.shown = (self.es, self.ef, self.ls, self.lf)


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
    by_id = {task.id: Node(task) for task in tasks}
    if len(by_id) != len(tasks):
        raise ValueError("task ids must be unique")
    top: list[Node] = []
    get = by_id.get
    for node in by_id.values():
        parent_id = node.task.parent_id
        parent = get(parent_id) if parent_id is not None else None
        if parent is None or parent is node:
            top.append(node)
        elif parent.children:
            node.parent = parent
            parent.children.append(node)
        else:
            node.parent = parent
            parent.children = [node]
    top.sort(key=_PLACE)
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
            kids.sort(key=_PLACE)
            stack.append(node)
            stack += kids[::-1]
        else:
            forward.append(node)
    if len(ordered) < len(by_id):  # a parent loop: never reached from the top
        forward = None
        for node in sorted((n for n in by_id.values() if n.index < 0), key=_PLACE):
            node.index = len(ordered)
            ordered.append(node)
    for link in links:
        pred, succ = get(link.predecessor), get(link.successor)
        if pred is None or succ is None:
            raise ValueError(f"link {link.predecessor}->{link.successor} names no task")
        pred.succs.append((succ, link))
        succ.preds.append((pred, link))
        if link.type is SF:
            succ.sf_target = True
        if forward is not None and last[pred.index] >= succ.index:
            forward = None  # a link back (or into its own summary): sort the events
    return ordered, forward
