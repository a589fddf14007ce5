"""Critical-path scheduling with Microsoft Project's rules (no Qt, no database).

Durations and lags are working minutes on one WorkCalendar. The rules are Project's as
MPXJ's MicrosoftScheduler reproduces them; tests/oracle checks every date, slack and
critical flag against it on random projects.

- A task starts at the next working moment (a start at 17:00 becomes 08:00 the next
  working day) while a finish stays at the end of the interval it reaches (17:00). A
  milestone may sit at an interval's end, so one that follows a task finishing at 17:00
  sits at 17:00. A finish a start-to-finish link sets stays where the link puts it,
  so it may be 08:00 (MPXJ says 17:00 the day before; Project's files say 08:00).
- A task without predecessors starts at the project start, or at its "start/finish no
  earlier than" date, even one before the project start. Links alone decide the start
  of a task with predecessors; a lead can take it before the project start (only a
  finish-to-finish link is held at the project start).
- A link to a summary holds for every task under it; a link from a summary's finish
  holds from the latest finish of the tasks under it, one from its start from its
  earliest task. Constraints are always honoured, so links may be broken by them and
  slack may then be negative. Summaries take their children's span; their own
  "no earlier/later than" constraints hold for the tasks under them.
- "As late as possible" tasks sit at their late dates, and their successors follow
  those (Project's third pass).
- Progress: a started task keeps its actual start and ignores its constraint (but for
  "finish no earlier than"); its remaining work follows on from it, the finish being
  the actual start plus the duration, or the actual finish. As with Project's default
  options, the status date does not move remaining work.
- A deadline is no constraint: it only limits the late finish (so slack and "as late
  as possible" tasks) and flags a finish after it.
- Slack: the lesser of start and finish slack; a started task has only finish slack,
  an "as late as possible" task none. Free slack is measured to the task's own
  successors. Finished work is never critical.

The pass is a forward pass over a topological order of events (schedule_links), a
backward pass over the same order reversed, then slack. Most tasks are placed by their
links alone ("plain": no constraint date, progress, manual dates, milestone,
start-to-finish link or summary adding links): for them both passes add and compare
positions in working time, and turn only the result into dates; the rest take the
general way on dates. A property test (tests/core/test_schedule.py) checks that both
ways give the same results.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from app.core.calendar import WorkCalendar
from app.core.enums import ConstraintType, LinkType
from app.core.errors import UserError
from app.core.heap import collector_paused
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.schedule_links import event_order, pass_order
from app.core.schedule_nodes import Clock, Node, build_nodes

LOOP = QT_TRANSLATE_NOOP("errors", "These links form a loop: {tasks}. Remove one of them.")

# Module names: reading a member off its enum class costs more than a comparison.
C = ConstraintType
ASAP, ALAP, SNET, FNET, SNLT, FNLT, MSO, MFO = (
    C.ASAP, C.ALAP, C.SNET, C.FNET, C.SNLT, C.FNLT, C.MSO, C.MFO)
FS, SS, FF, SF = LinkType.FS, LinkType.SS, LinkType.FF, LinkType.SF


@dataclass(frozen=True, slots=True)  # slots: read in every pass, no dict to chase
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
    actual_finish: datetime | None = None  # counts only with an actual start
    deadline: datetime | None = None


@dataclass(frozen=True, slots=True)
class LinkIn:
    predecessor: int
    successor: int
    type: LinkType = LinkType.FS
    lag: int = 0  # working minutes (calendar minutes when elapsed), may be negative
    elapsed: bool = False
    percent: bool = False  # the lag was a share of the predecessor's duration (informative)


class TaskOut(NamedTuple):  # a tuple: ten thousand are built per pass
    start: datetime
    finish: datetime
    early_start: datetime
    early_finish: datetime
    late_start: datetime
    late_finish: datetime
    total_slack: int  # working minutes, negative when a constraint breaks a link
    free_slack: int
    critical: bool
    duration: int  # working minutes; rolled up for summaries, actual once finished
    deadline_missed: bool = False


# TaskOut's own __new__ is Python; this is the same tuple built in C.
_new_out = tuple.__new__


def schedule(project_start: datetime, calendar: WorkCalendar, tasks: Sequence[TaskIn],
             links: Sequence[LinkIn], critical_slack: int = 0, *,
             status_date: datetime | None = None) -> dict[int, TaskOut]:
    """Schedule `tasks` from `project_start`; raises UserError if the links form a loop.

    `status_date` is accepted for the progress options Project leaves off by default
    (moving remaining work to the status date); with those defaults it moves nothing.
    """
    if not tasks:
        return {}
    # The pass builds tens of thousands of small objects that all live until it ends;
    # collecting garbage meanwhile only costs time (up to a third of it on big plans).
    with collector_paused():
        # Without their links to each other the nodes go as soon as this returns,
        # instead of waiting for (and lengthening) the collector's next pass.
        return Scheduler(calendar, tasks, links).run(project_start, critical_slack,
                                                     release=True)


def find_cycle(tasks: Sequence[TaskIn], links: Sequence[LinkIn]) -> list[int] | None:
    """The ids of tasks forming a loop of links (and summaries), in link order, or None."""
    nodes = _nodes(tasks, links)
    _order, loop = _events(nodes)
    return None if loop is None else [nodes[i].task.id for i in loop]


def loop_error(names: Sequence[str]) -> UserError:
    return UserError(LOOP, tasks=" \u2192 ".join(f"\u201c{name}\u201d" for name in names))


def _nodes(tasks: Sequence[TaskIn], links: Sequence[LinkIn]) -> list[Node]:
    return build_nodes(tasks, links)[0]


def _events(nodes: list[Node]) -> tuple[list[int], list[int] | None]:
    return event_order([None if n.parent is None else n.parent.index for n in nodes],
                       [(p.index, n.index) for n in nodes for p, _succ, _link in n.preds])


class Scheduler:
    def __init__(self, calendar: WorkCalendar, tasks: Sequence[TaskIn],
                 links: Sequence[LinkIn]) -> None:
        nodes, forward = build_nodes(tasks, links)
        self.nodes = nodes
        orders = pass_order(nodes, forward)
        if orders is None:
            _order, loop = _events(nodes)
            raise loop_error([nodes[i].task.name for i in loop or ()])
        # The nodes in the order each pass visits them (a topological order of the
        # IN and OUT events of tasks and summaries, as schedule_links says).
        self.forward_steps, self.backward_steps = orders
        self.clock = Clock(calendar)
        for node in nodes:  # outline order: summaries before what is under them
            node.prepare(self.clock)
        self.project_start = datetime.min
        self.project_finish = datetime.min
        self.final = False  # the last forward pass, once "as late as possible" tasks moved

    def run(self, project_start: datetime, critical_slack: int, *,
            release: bool = False) -> dict[int, TaskOut]:
        """Schedule from `project_start`; with `release`, the nodes are released
        (Node.release) as their results are taken: nothing may read them after."""
        self.project_start = project_start
        self.final = False
        if not self.nodes:
            return {}
        self.project_finish, late_tasks = self._forward(self.forward_steps)
        self._backward(self.backward_steps)
        if late_tasks:
            # Successors of late tasks follow their late dates (Project's third pass).
            self.final = True
            self._forward(self.forward_steps)
        for node in reversed(self.nodes):  # children before their summaries
            if node.leaf and not node.manual and not node.alap:  # place()'s commonest case
                node.start, node.finish = node.es, node.ef
            else:
                node.place()
        return self.outs(self.nodes, critical_slack, release)

    def outs(self, nodes: Collection[Node], critical_slack: int,
             release: bool = False) -> dict[int, TaskOut]:
        """The computed dates and slack of `nodes` (placed already), by task id; with
        `release`, each node is released once read (free slack reads successors'
        positions, which release() keeps)."""
        # One loop with everything local: it runs for every task of every pass.
        # Positions are memoised; `or` only recomputes the origin's 0.
        get, position = self.clock.positions.get, self.clock.position
        for node in nodes:  # free slack may read a summary's positions: those first
            if not node.leaf:
                es, ef, ls, lf = node.shown
                node.spots = (get(es) or position(es), get(ef) or position(ef),
                              get(ls) or position(ls), get(lf) or position(lf))
        results: dict[int, TaskOut] = {}
        for node in nodes:
            task = node.task
            if node.leaf:  # what the passes left; a started task's late start is its start
                es, ef, lf = node.es_at, node.ef_at, node.lf_at
                ls = es if node.started else node.base_at
            else:
                es, ef, ls, lf = node.spots
            if node.alap:
                total = 0  # Project's rule: the task sits at its late dates
            else:
                total = lf - ef
                if not node.in_progress:  # a started task's start slack is spent
                    total = ls - es if ls - es < total else total
            # Free slack: how far the task can slip before it delays a successor it
            # links to; never below 0, the total slack when nothing follows, 0 once done.
            if node.done:
                free = 0
            elif not node.leaf or not node.succs:  # summaries: as MPXJ rolls it up
                free = total if total > 0 else 0
            else:
                if node.alap:  # a late task's dates are its late ones
                    es, ef = ls, lf
                free = None
                for _pred, succ, link in node.succs:
                    if succ.done:
                        continue
                    kind = link.type  # compared, not looked up: an enum's hash is Python
                    if not succ.leaf:
                        theirs = succ.spots[(kind is FF or kind is SF)]
                    elif kind is FF or kind is SF:
                        theirs = succ.lf_at if succ.alap else succ.ef_at
                    else:
                        theirs = succ.base_at if succ.alap else succ.es_at
                    gap = theirs - (ef if kind is FS or kind is FF else es) - link.lag
                    if free is None or gap < free:
                        free = gap
                if free is None:
                    free = total
                if free < 0:
                    free = 0
            # Finished work is never critical.
            critical = total <= critical_slack and not node.done \
                and task.percent_complete < 100
            deadline = task.deadline
            missed = deadline is not None and node.finish > deadline
            if node.leaf:
                results[task.id] = _new_out(TaskOut, (
                    node.start, node.finish, node.es, node.ef, node.ls, node.lf, total, free,
                    critical, node.duration, missed))
            else:
                results[task.id] = _new_out(TaskOut, (
                    node.start, node.finish, *node.shown, total, free, critical,
                    max(0, position(node.finish) - position(node.start)), missed))
            if release:
                node.release()
        return results

    # -- forward pass ----------------------------------------------------------------

    def _forward(self, steps: Sequence[Node]) -> tuple[datetime, bool]:
        """Early dates of `steps` (in the pass's order) and their positions; returns
        the latest early finish of a task among them and whether any task is to be
        "as late as possible"."""
        final, early, clock = self.final, self._early, self.clock
        get_at, position, get_moment = clock.positions.get, clock.position, clock.moments.get
        start_at = position(self.project_start)
        latest, late_tasks = datetime.min, False
        for node in steps:
            if not node.leaf:  # everything under the summary is placed
                node.roll_up_early(first=not final)
                continue
            if node.plain and not final:
                # The links' rules (_early_start_via) on positions: the start that comes
                # of a moment depends on its position alone when no milestone is concerned.
                start: int | None = None
                for pred, _succ, link in node.preds:
                    kind = link.type
                    if link.elapsed and link.lag:
                        moment = self._early_start_via(pred, node, link)
                        at = get_at(moment) or position(moment)
                    elif kind is FS:
                        at = pred.ef_at + link.lag
                    elif kind is SS:
                        at = pred.es_at + link.lag
                    else:  # finish-to-finish (a start-to-finish link makes a task not plain)
                        at = pred.ef_at - node.remaining + link.lag
                        if at < start_at:
                            at = start_at
                    if start is None or at > start:
                        start = at
                if start is None:
                    start = start_at
                finish = start + node.duration  # not a milestone: some duration
                node.es_at, node.ef_at = start, finish
                node.es = get_moment(2 * start) or clock.at(start, False)
                node.ef = ef = get_moment(2 * finish + 1) or clock.at(finish, True)
            else:
                node.es, node.ef = es, ef = early(node)
                node.es_at = get_at(es) or position(es)  # `or` only redoes the origin's 0
                node.ef_at = get_at(ef) or position(ef)
            if ef > latest:
                latest = ef
            if node.alap:
                late_tasks = True
            if final:  # only this pass follows start_out and finish_out
                node.start_out, node.finish_out = (node.ls, node.lf) if node.alap \
                    else (node.es, ef)
        return latest, late_tasks

    def _early(self, node: Node) -> tuple[datetime, datetime]:
        """Early start and finish of a task (not a summary), the general way."""
        d, clock = node.duration, self.clock
        if node.manual:
            return node.task.start, node.manual_finish
        t = node.task
        if node.started:
            if node.done:
                return t.actual_start, t.actual_finish
            finish = clock.plus(t.actual_start, d)
            if t.constraint_type == FNET and t.constraint_date is not None:
                finish = max(finish, t.constraint_date)
            return t.actual_start, finish
        start: datetime | None = None
        finish: datetime | None = None
        for pred, _succ, link in node.preds:
            moment = self._early_start_via(pred, node, link)
            start = moment if start is None or moment > start else start
        floor: datetime | None = None
        for holder in node.up:  # links to a summary hold for every task under it
            for pred, _succ, link in holder.preds:
                moment = self._early_start_via(pred, node, link)
                start = moment if start is None or moment > start else start
            if holder.kind in (SNET, FNET):
                # So does a summary's "no earlier than" (Project's rule; MPXJ has none).
                limit = holder.task.constraint_date
                if holder.kind == FNET:
                    limit = clock.plus(limit, -d)
                floor = limit if floor is None or limit > floor else floor
        linked = start
        kind, when = node.kind, t.constraint_date
        if start is None:  # no predecessors: the project start, or an earlier constraint
            if kind == SNET:
                start = when
            elif kind == FNET:
                finish, start = when, clock.plus(when, -d)
            else:
                start = self.project_start
        if floor is not None and floor > start:
            start, finish = floor, None
        if kind is ASAP or kind is ALAP:  # most tasks: no date to compare
            start, finish = clock.span(start, d, node.milestone)
            if start == linked and node.sf_linked:
                finish = self._finish_by_start_to_finish(node, start, finish)
            return start, finish
        start = clock.start_of(start, node.milestone)
        if kind == SNET:
            start = max(start, when)
        elif kind == FNET:
            start = max(start, clock.plus(when, -d))
        elif kind == SNLT:
            start = min(start, when)
        elif kind == FNLT:
            start = min(start, clock.plus(when, -d))
        elif kind == MSO:
            start = when
        elif kind == MFO:
            finish, start = when, clock.plus(when, -d)
        if finish is None:
            finish = clock.plus(start, d) if d else start
            if start == linked and node.sf_linked:
                finish = self._finish_by_start_to_finish(node, start, finish)
        return start, finish

    def _finish_by_start_to_finish(self, node: Node, start: datetime,
                                   finish: datetime) -> datetime:
        """The finish a start-to-finish link gives, where it drives the task.

        Project keeps such a finish where the link puts it: at 08:00 when the
        predecessor starts at 08:00, where adding the duration to the start would say
        17:00 the working day before (the same working moment). MPXJ says 17:00; the
        files Project saved say 08:00 (tests/io/test_mspdi_dates.py).
        """
        late = self.final and not node.alap
        for holder in (node, *node.up):
            for pred, _succ, link in holder.preds:
                if link.type != SF or self._early_start_via(pred, node, link) != start:
                    continue
                moment = self.clock.plus(pred.start_out if late else pred.es, link.lag,
                                         link.elapsed)
                if moment != finish and self.clock.minutes(finish, moment) == 0 \
                        and self.clock.start_of(moment, False) == moment:
                    return moment
        return finish

    def _early_start_via(self, pred: Node, succ: Node, link: LinkIn) -> datetime:
        """The earliest start of `succ` that a link from `pred` allows.

        A start-to-finish or finish-to-finish link takes the successor's duration off
        the predecessor's date before adding the lag, as Project does.
        """
        late = self.final and not succ.alap  # follow a late predecessor's late dates
        plus, kind = self.clock.plus, link.type
        if kind == FS:
            return plus(pred.finish_out if late else pred.ef, link.lag, link.elapsed)
        if kind == SS:
            return plus(pred.start_out if late else pred.es, link.lag, link.elapsed)
        if kind == SF:
            base = plus(pred.start_out if late else pred.es, -succ.duration)
            return plus(base, link.lag, link.elapsed)
        base = plus(pred.finish_out if late else pred.ef, -succ.remaining)
        return max(plus(base, link.lag, link.elapsed), self.project_start)

    # -- backward pass ---------------------------------------------------------------

    def _backward(self, steps: Sequence[Node]) -> None:
        """Late dates of `steps` (in the pass's order) and their positions."""
        late, clock = self._late, self.clock
        get_at, position, get_moment = clock.positions.get, clock.position, clock.moments.get
        finish_at = position(self.project_finish)
        for node in steps:
            if not node.leaf:  # everything under the summary is placed
                node.roll_up_late()
                continue
            if not node.plain_back:
                late(node)
                continue
            # _late_finish for a plain task: its successors' rules (_late_finish_via)
            # on positions, as in _forward; a late finish is a finish (finish_of),
            # which depends on the position alone.
            finish = finish_at
            for _pred, succ, link in node.succs:
                kind = link.type
                if succ.leaf and succ.done:  # a finished successor no longer limits it
                    continue
                if not succ.leaf or link.elapsed and link.lag or kind is SS and succ.started:
                    for leaf in succ.leaves() if not succ.leaf else (succ,):
                        moment = self._late_finish_via(node, leaf, link)
                        at = get_at(moment) or position(moment)
                        finish = at if at < finish else finish
                    continue
                if kind is FS:
                    at = succ.base_at - link.lag
                elif kind is FF:
                    at = succ.lf_at - link.lag
                elif kind is SF:
                    at = succ.lf_at + node.duration - link.lag
                else:  # not started: its late start is its late base
                    at = succ.base_at - link.lag + node.duration
                finish = at if at < finish else finish
            node.lf_at = finish
            node.lf = get_moment(2 * finish + 1) or clock.at(finish, True)
            node.base_at = base = finish - node.remaining
            node.ls = node.late_base = (get_moment(2 * base) or clock.at(base, False)
                                        ) if base != finish else node.lf

    def _late(self, node: Node) -> None:
        """Set the late dates of a task (not a summary) and their positions, the
        general way."""
        t, clock = node.task, self.clock
        if node.done:
            lf, ls = t.actual_finish, t.actual_start
            base = clock.plus(lf, -node.remaining)
        elif node.manual:
            lf = clock.finish_of(self._late_finish(node))
            ls = base = clock.plus(lf, -node.duration)
        else:
            lf, base, lf_at = clock.span_back(self._late_finish(node), node.remaining)
            node.lf, node.late_base, node.lf_at = lf, base, lf_at
            node.base_at = lf_at - node.remaining
            node.ls = t.actual_start if node.started else base
            return
        node.lf, node.late_base, node.ls = lf, base, ls
        get, position = clock.positions.get, clock.position
        node.lf_at = get(lf) or position(lf)  # `or` only redoes the origin's 0
        node.base_at = get(base) or position(base)

    def _late_finish(self, node: Node) -> datetime:
        """The latest finish successors, constraints and the deadline allow."""
        t, clock = node.task, self.clock
        finish: datetime | None = None
        for _pred, succ, link in node.succs:
            if succ.leaf:  # a finished successor no longer limits anything
                if succ.done:
                    continue
                moment = self._late_finish_via(node, succ, link)
                finish = moment if finish is None or moment < finish else finish
            else:  # a link to a summary is a link to every task under it
                for leaf in succ.leaves():
                    moment = self._late_finish_via(node, leaf, link)
                    finish = moment if finish is None or moment < finish else finish
        for holder in node.up:
            for _pred, succ, link in holder.succs:
                # A summary's start is its earliest task's: only that one answers to it.
                if link.type in (SS, SF) and holder.first_leaf is not node:
                    continue
                for leaf in succ.leaves() if not succ.leaf else (succ,):
                    moment = self._late_finish_via(node, leaf, link)
                    finish = moment if finish is None or moment < finish else finish
        if finish is None:
            finish = self.project_finish
        elif node.milestone and not node.duration and node.started:
            finish = t.actual_start
        for holder in node.up:  # a summary's "no later than" (Project's rule; not MPXJ's)
            kind, when = holder.late_kind, holder.task.constraint_date
            if kind == FNLT:
                finish = min(finish, when)
            elif kind == SNLT and holder.first_leaf is node:
                finish = min(finish, clock.plus(when, node.duration))
        kind = node.late_kind
        if kind is ASAP:  # most tasks: no date to compare
            pass
        elif kind == MSO:
            finish = clock.plus(t.constraint_date, node.duration)
        elif kind == MFO:
            finish = t.constraint_date
        elif kind == SNLT:
            finish = min(finish, clock.plus(t.constraint_date, node.duration))
        elif kind == FNLT:
            finish = min(finish, t.constraint_date)
        deadline = t.deadline
        return finish if deadline is None or deadline > finish else deadline

    def _late_finish_via(self, own: Node, succ: Node, link: LinkIn) -> datetime:
        """The latest finish of task `own` that a link (maybe its summary's) to task
        `succ` allows, never past the project finish."""
        plus, lag, kind = self.clock.plus, -link.lag, link.type
        if kind == FS:
            moment = plus(succ.late_base, lag, link.elapsed)
        elif kind == FF:
            moment = plus(succ.lf, lag, link.elapsed)
        elif kind == SF:
            moment = plus(plus(succ.lf, own.duration), lag, link.elapsed)
        elif own.started:  # start-to-start: Project's cases for progress and manual tasks
            return self.project_finish
        elif succ.started:
            if not succ.succs:
                return self.project_finish
            moment = plus(plus(succ.task.actual_start, succ.actual), own.duration)
        elif own.manual:
            moment = succ.lf if not succ.succs else self.project_finish
        else:
            start = plus(self.clock.start_of(succ.ls, False), lag, link.elapsed)
            moment = plus(start, own.duration)
        return min(moment, self.project_finish)
