"""Random plans for scheduler tests: hierarchy, all link types, lags and leads (working,
elapsed, percent), every constraint, deadlines, milestones, manual and started tasks,
and calendars with holidays, make-up days, short days and odd weeks."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

from hypothesis import strategies as st

from app.core.calendar import STANDARD_WEEK, Exception_, WorkCalendar
from app.core.enums import ConstraintType, LinkType
from app.core.schedule import LinkIn, TaskIn, find_cycle

DAY = 480
MONDAY = date(2024, 6, 3)
C = ConstraintType
SS, SF = LinkType.SS, LinkType.SF
START_KINDS = (C.SNET, C.SNLT, C.MSO)

WEEKS = {
    "standard": STANDARD_WEEK,
    "saturday morning": STANDARD_WEEK[:5] + (((8 * 60, 12 * 60),), ()),
    "early shift": (((7 * 60 + 30, 11 * 60 + 30), (12 * 60 + 30, 16 * 60 + 30)),) * 5
    + ((), ()),
}
PROJECT_STARTS = [datetime(2024, 6, 3, 8), datetime(2024, 6, 3, 10),
                  datetime(2024, 6, 3, 12, 30),  # lunch
                  datetime(2024, 6, 1, 10),  # Saturday
                  datetime(2024, 6, 5, 17)]  # the end of a day
DURATIONS = [0, 30, 60, 240, DAY, 600, 2 * DAY, 3 * DAY, 5 * DAY]
LAGS = [0, 0, 0, 60, 240, DAY, 720, 2 * DAY, -60, -240, -DAY, -2 * DAY]
ELAPSED_LAGS = [90, 720, 1440, 2880, -720, -1440]
PERCENTS = [25, 50, 100, 150, -50]


@st.composite
def calendars(draw) -> WorkCalendar:
    week = WEEKS[draw(st.sampled_from(sorted(WEEKS)))]
    exceptions = {}
    for offset in draw(st.lists(st.integers(0, 60), max_size=4, unique=True)):
        day = MONDAY + timedelta(days=offset)
        exceptions[day] = Exception_(day, "holiday")
    if draw(st.booleans()):  # a make-up Saturday worked like a weekday
        day = MONDAY + timedelta(days=5 + 7 * draw(st.integers(0, 6)))
        exceptions[day] = Exception_(day, "make-up day", week[0])
    if draw(st.booleans()):
        day = MONDAY + timedelta(days=draw(st.integers(0, 40)))
        exceptions[day] = Exception_(day, "short day", ((9 * 60, 12 * 60), (13 * 60, 930)))
    return WorkCalendar("Oracle", week, exceptions)


@st.composite
def moments(draw, cal: WorkCalendar, edge: str, last: int = 30) -> datetime:
    """A working moment: an interval's start ("start"), its end ("finish") or inside it.

    A date the user picks for a start constraint is a start; Project's date pickers
    give 08:00 for starts and 17:00 for finishes.
    """
    day = MONDAY + timedelta(days=draw(st.integers(0, last)))
    while not cal.is_working_day(day):
        day += timedelta(days=1)
    begin, end = draw(st.sampled_from(cal.intervals_on(day)))
    if edge == "start":
        minute = begin
    elif edge == "finish":
        minute = end
    else:
        minute = draw(st.integers(begin // 30 + 1, (end - 1) // 30)) * 30
    return datetime.combine(day, time()) + timedelta(minutes=minute)


@st.composite
def leaf_fields(draw, cal: WorkCalendar, duration: int) -> dict:
    """How a task (not a summary) is scheduled: manual, started, constrained, ..."""
    fields: dict = {}
    role = draw(st.sampled_from(["auto"] * 5 + ["manual", "started", "finished"]))
    if role == "manual":
        begin = draw(moments(cal, "inside", 15))
        fields.update(manual=True, start=begin, finish=cal.add_working_minutes(begin, duration))
    elif role in ("started", "finished"):
        begin = draw(moments(cal, draw(st.sampled_from(["start", "inside"])), 8))
        fields.update(actual_start=begin, percent_complete=draw(st.sampled_from([10, 50, 90])))
        if role == "finished":
            spent = draw(st.sampled_from([duration, duration + 60, max(0, duration - 240)]))
            fields.update(percent_complete=100,
                          actual_finish=cal.add_working_minutes(begin, spent))
    if draw(st.integers(0, 2)) == 0:
        kinds = [k for k in ConstraintType if role == "auto" or k != C.ALAP]
        kind = draw(st.sampled_from(kinds))
        fields["constraint_type"] = kind
        if kind not in (C.ASAP, C.ALAP):
            edge = "start" if kind in START_KINDS else "finish"
            fields["constraint_date"] = draw(moments(
                cal, draw(st.sampled_from([edge, "inside"])), 25))
    if draw(st.integers(0, 5)) == 0:
        fields["deadline"] = draw(moments(cal, "finish", 30))
    fields["milestone"] = duration == 0 or draw(st.integers(0, 19)) == 0
    return fields


def _ancestors(parents: list[int | None], i: int) -> set[int]:
    found = set()
    while parents[i] is not None:
        i = parents[i]
        found.add(i)
    return found


@st.composite
def projects(draw, most: int = 14):
    """(calendar, project start, status date, tasks, links, percent lags)."""
    cal = draw(calendars())
    start = draw(st.sampled_from(PROJECT_STARTS))
    status = datetime.combine(MONDAY + timedelta(days=draw(st.integers(3, 15))), time(17))
    count = draw(st.integers(2, most))
    parents: list[int | None] = [None]
    depth = [0]
    for i in range(1, count):  # three outline levels at most
        choices = [p for p in range(i) if depth[p] < 2]
        parent = draw(st.sampled_from(choices)) if draw(st.integers(0, 2)) else None
        parents.append(parent)
        depth.append(0 if parent is None else depth[parent] + 1)
    summaries = {p for p in parents if p is not None}

    tasks: list[TaskIn] = []
    for i in range(count):
        duration = draw(st.sampled_from(DURATIONS))
        fields = {} if i in summaries else draw(leaf_fields(cal, duration))
        tasks.append(TaskIn(i + 1, None if parents[i] is None else parents[i] + 1, i,
                            f"T{i + 1}", duration, **fields))

    links: list[LinkIn] = []
    percent_lags: dict[tuple[int, int], float] = {}
    pairs = draw(st.lists(st.tuples(st.integers(0, count - 1), st.integers(0, count - 1)),
                          min_size=count // 2, max_size=3 * count))
    linked: set[frozenset[int]] = set()
    for a, b in pairs:
        if a == b or {a, b} in linked or a in _ancestors(parents, b) \
                or b in _ancestors(parents, a):
            continue
        kind = draw(st.sampled_from(list(LinkType)))
        unit = draw(st.sampled_from(["working"] * 6 + ["elapsed", "percent"]))
        link = LinkIn(a + 1, b + 1, kind, draw(st.sampled_from(LAGS)))
        if unit == "elapsed":
            link = replace(link, lag=draw(st.sampled_from(ELAPSED_LAGS)), elapsed=True)
        pred = tasks[a]
        # Project scales a percent lag by the duration it holds (the actual one once
        # started); the model turns it into minutes the same way before scheduling.
        if unit == "percent" and a not in summaries and not pred.manual \
                and pred.actual_start is None:
            percent = draw(st.sampled_from(PERCENTS))
            if pred.duration * percent % 100 == 0:
                link = replace(link, lag=pred.duration * percent // 100)
                percent_lags[a + 1, b + 1] = percent
        if find_cycle(tasks, [*links, link]) is None:
            links.append(link)
            linked.add(frozenset((a, b)))
    return cal, start, status, tasks, links, percent_lags
