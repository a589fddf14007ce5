"""The critical-path scheduler, checked against dates worked out by hand (and against
Microsoft Project's rules as MPXJ applies them, in tests/oracle).

The standard calendar works Mon-Fri 08:00-12:00 and 13:00-17:00 (480 minutes a
day). June 2024 starts on a Saturday, so 3 June is a Monday.
"""

from __future__ import annotations

import gc
from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core import schedule as schedule_module
from app.core.calendar import WorkCalendar
from app.core.enums import ConstraintType, LinkType
from app.core.errors import UserError
from app.core.schedule import LinkIn, TaskIn, TaskOut, find_cycle, schedule
from app.core.schedule_nodes import Node, build_nodes
from tests.plans import projects

DAY = 480
CAL = WorkCalendar()
FS, SS, FF, SF = LinkType.FS, LinkType.SS, LinkType.FF, LinkType.SF


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2024, 6, day, hour, minute)


START = at(3, 8)  # Monday


def task(task_id: int, duration: int = DAY, **fields) -> TaskIn:
    return TaskIn(task_id, name=fields.pop("name", f"T{task_id}"), duration=duration, **fields)


def run(tasks: list[TaskIn], links: list[LinkIn] = (), **kwargs) -> dict[int, TaskOut]:
    return schedule(START, CAL, tasks, list(links), **kwargs)


def dates(out: TaskOut) -> tuple[datetime, datetime]:
    return out.start, out.finish


# -- links ---------------------------------------------------------------------------


@pytest.mark.parametrize(("lag", "start", "finish"), [
    (0, at(5, 8), at(5, 17)),
    (DAY, at(6, 8), at(6, 17)),
    (-DAY, at(4, 8), at(4, 17)),  # overlaps the predecessor's last day
    (120, at(5, 10), at(6, 10)),
    (-120, at(4, 15), at(5, 15)),
])
def test_finish_to_start(lag, start, finish):
    result = run([task(1, 2 * DAY), task(2)], [LinkIn(1, 2, FS, lag)])
    assert dates(result[1]) == (at(3, 8), at(4, 17))
    assert dates(result[2]) == (start, finish)


@pytest.mark.parametrize(("lag", "start", "finish"), [
    (0, at(5, 8), at(5, 17)),
    (DAY, at(6, 8), at(6, 17)),  # Wednesday 17:00 is Thursday 08:00 for a start
    (-DAY, at(4, 8), at(4, 17)),
    (-240, at(4, 13), at(5, 12)),
])
def test_start_to_start(lag, start, finish):
    # X pushes A to Wednesday so that negative lags have room before it.
    result = run([task(9, 2 * DAY), task(1, 3 * DAY), task(2)],
                 [LinkIn(9, 1), LinkIn(1, 2, SS, lag)])
    assert dates(result[1]) == (at(5, 8), at(7, 17))
    assert dates(result[2]) == (start, finish)


@pytest.mark.parametrize(("lag", "start", "finish"), [
    (0, at(5, 8), at(5, 17)),
    (240, at(5, 13), at(6, 12)),
    (-DAY, at(4, 8), at(4, 17)),
])
def test_finish_to_finish(lag, start, finish):
    result = run([task(1, 3 * DAY), task(2)], [LinkIn(1, 2, FF, lag)])
    assert dates(result[2]) == (start, finish)


@pytest.mark.parametrize(("lag", "start", "finish"), [
    (0, at(4, 8), at(5, 8)),  # Project keeps the finish where the link puts it
    (DAY, at(5, 8), at(5, 17)),
    (-240, at(3, 13), at(4, 13)),
])
def test_start_to_finish(lag, start, finish):
    result = run([task(9, 2 * DAY), task(1, 3 * DAY), task(2)],
                 [LinkIn(9, 1), LinkIn(1, 2, SF, lag)])
    assert dates(result[2]) == (start, finish)


def test_a_lead_can_start_a_task_before_the_project_start_but_not_finish_to_finish():
    result = run([task(1, 2 * DAY), task(2), task(3)],
                 [LinkIn(1, 2, SS, -DAY), LinkIn(1, 3, FF, -2 * DAY)])
    assert dates(result[2]) == (datetime(2024, 5, 31, 8), datetime(2024, 5, 31, 17))
    assert dates(result[3]) == (at(3, 8), at(3, 17))  # held at the project start


def test_start_to_finish_takes_the_duration_off_before_the_lag():
    # B finishes by A's start (Wed 08:00) less 12 elapsed hours: Tue 13:00 - 12 h is
    # Tue 01:00, so B starts Tue 08:00 (not Tue 20:00 - 4 h = Tue 13:00).
    result = run([task(9, 2 * DAY), task(1), task(2, 240)],
                 [LinkIn(9, 1), LinkIn(1, 2, SF, -720, elapsed=True)])
    assert dates(result[2]) == (at(4, 8), at(4, 12))


def test_elapsed_lag_counts_nights():
    working = run([task(1, 3 * DAY), task(2)], [LinkIn(1, 2, FS, 720)])
    elapsed = run([task(1, 3 * DAY), task(2)], [LinkIn(1, 2, FS, 720, elapsed=True)])
    assert working[2].start == at(7, 13)  # Wed 17:00 + 12 working hours
    assert elapsed[2].start == at(6, 8)  # Thu 05:00, the next working moment


def test_chain_crosses_the_weekend():
    result = run([task(1, 4 * DAY), task(2, 3 * DAY), task(3, 240)],
                 [LinkIn(1, 2), LinkIn(2, 3)])
    assert dates(result[1]) == (at(3, 8), at(6, 17))
    assert dates(result[2]) == (at(7, 8), at(11, 17))
    assert dates(result[3]) == (at(12, 8), at(12, 12))
    assert result[2].duration == 3 * DAY


def test_half_day_ending_friday_evening_moves_successor_to_monday():
    result = run([task(1, 4 * DAY + 240), task(2, 240), task(3)],
                 [LinkIn(1, 2), LinkIn(2, 3)])
    assert dates(result[2]) == (at(7, 13), at(7, 17))
    assert dates(result[3]) == (at(10, 8), at(10, 17))


def test_start_in_non_working_time_snaps_forward():
    assert schedule(at(1, 10), CAL, [task(1)], [])[1].start == at(3, 8)  # Saturday
    assert dates(schedule(at(3, 12, 30), CAL, [task(1)], [])[1]) == (at(3, 13), at(4, 12))
    assert dates(run([task(1, 360)])[1]) == (at(3, 8), at(3, 15))


# -- milestones ----------------------------------------------------------------------


def test_milestone_sits_at_its_predecessors_finish():
    result = run([task(1, 2 * DAY), task(2, 0, milestone=True), task(3)],
                 [LinkIn(1, 2), LinkIn(2, 3)])
    assert dates(result[2]) == (at(4, 17), at(4, 17))
    assert dates(result[3]) == (at(5, 8), at(5, 17))
    assert result[2].critical
    assert (result[2].late_start, result[2].late_finish) == (at(4, 17), at(4, 17))


def test_milestone_without_predecessors_and_from_a_start():
    result = run([task(1, 0), task(9, 2 * DAY), task(2), task(3, 0)],
                 [LinkIn(9, 2), LinkIn(2, 3, SS)])
    assert dates(result[1]) == (at(3, 8), at(3, 8))
    assert dates(result[3]) == (at(5, 8), at(5, 8))


def test_milestone_constrained_into_the_weekend_moves_to_monday():
    result = run([task(1, 0, constraint_type=ConstraintType.SNET,
                       constraint_date=datetime(2024, 6, 8, 10))])
    assert result[1].start == at(10, 8)


def test_a_task_marked_milestone_may_start_at_the_end_of_a_day():
    result = run([task(1), task(2, milestone=True)], [LinkIn(1, 2)])
    assert dates(result[2]) == (at(3, 17), at(4, 17))


# -- summary tasks -------------------------------------------------------------------


def test_link_to_a_summary_holds_for_its_children():
    tasks = [task(1), task(10, 0, name="Phase"), task(11, 2 * DAY, parent_id=10, position=1),
             task(12, DAY, parent_id=10, position=2), task(20)]
    result = run(tasks, [LinkIn(1, 10), LinkIn(10, 20)])
    assert dates(result[11]) == (at(4, 8), at(5, 17))
    assert dates(result[12]) == (at(4, 8), at(4, 17))
    assert dates(result[10]) == (at(4, 8), at(5, 17))
    assert result[10].duration == 2 * DAY
    assert dates(result[20]) == (at(6, 8), at(6, 17))
    assert result[12].total_slack == DAY and result[12].free_slack == DAY
    assert result[11].critical and result[10].critical and not result[12].critical


def test_link_from_a_summary_start_holds_back_only_its_first_task():
    tasks = [task(10, name="Phase"), task(1, parent_id=10, position=1),
             task(2, parent_id=10, position=2), task(20, 3 * DAY)]
    result = run(tasks, [LinkIn(1, 2), LinkIn(10, 20, SS)])
    assert dates(result[20]) == (at(3, 8), at(5, 17))
    assert result[1].total_slack == 0 and result[1].critical  # it starts the phase
    assert result[2].total_slack == DAY and result[2].free_slack == DAY
    assert result[10].late_start == at(3, 8)


def test_nested_summaries_roll_up():
    tasks = [task(1, name="Top"), task(2, parent_id=1, name="Mid"),
             task(3, 3 * DAY, parent_id=2), task(4, DAY, parent_id=1, position=5)]
    result = run(tasks, [LinkIn(3, 4)])
    assert dates(result[2]) == (at(3, 8), at(5, 17))
    assert dates(result[1]) == (at(3, 8), at(6, 17))
    assert result[1].duration == 4 * DAY


def test_constraints_on_a_summary_hold_for_the_tasks_under_it():
    tasks = [task(10, constraint_type=ConstraintType.SNET, constraint_date=at(5, 8)),
             task(11, parent_id=10), task(20, constraint_type=ConstraintType.FNLT,
                                          constraint_date=at(6, 17)),
             task(21, parent_id=20), task(3, 10 * DAY)]
    result = run(tasks)
    assert dates(result[11]) == dates(result[10]) == (at(5, 8), at(5, 17))
    assert result[21].late_finish == at(6, 17) and result[21].total_slack == 3 * DAY


# -- constraints ---------------------------------------------------------------------


def constrained(kind: ConstraintType, when: datetime, duration: int = DAY, **fields) -> TaskIn:
    return task(2, duration, constraint_type=kind, constraint_date=when, **fields)


def test_start_no_earlier_than():
    later = run([task(1), constrained(ConstraintType.SNET, at(5, 8))], [LinkIn(1, 2)])
    earlier = run([task(1, 3 * DAY), constrained(ConstraintType.SNET, at(4, 8))],
                  [LinkIn(1, 2)])
    assert dates(later[2]) == (at(5, 8), at(5, 17))
    assert dates(earlier[2]) == (at(6, 8), at(6, 17))  # the link pushes it further
    # Without predecessors the constraint replaces the project start, even before it.
    before = run([constrained(ConstraintType.SNET, datetime(2024, 5, 29, 8))])
    assert dates(before[2]) == (datetime(2024, 5, 29, 8), datetime(2024, 5, 29, 17))


def test_must_start_on_wins_over_links_and_makes_negative_slack():
    result = run([task(1, 2 * DAY), constrained(ConstraintType.MSO, at(3, 13))],
                 [LinkIn(1, 2)])
    assert dates(result[2]) == (at(3, 13), at(4, 12))
    assert result[2].total_slack == 0
    # A needs 960 minutes but must finish by Monday 13:00, 240 minutes in.
    assert result[1].late_finish == at(3, 12)  # Monday 13:00 seen as a finish
    assert result[1].late_start == datetime(2024, 5, 30, 13)
    assert result[1].total_slack == -720 and result[1].critical
    later = run([constrained(ConstraintType.MSO, at(5, 8))])
    assert dates(later[2]) == (at(5, 8), at(5, 17))


def test_finish_no_later_than_pulls_the_task_earlier():
    result = run([task(1, 2 * DAY), constrained(ConstraintType.FNLT, at(5, 17), 2 * DAY)],
                 [LinkIn(1, 2)])
    assert dates(result[2]) == (at(4, 8), at(5, 17))
    assert result[2].total_slack == 0
    assert result[1].late_finish == at(3, 17)
    assert result[1].total_slack == -DAY
    # When met: T3 makes the project run to Tuesday 11th, so only the constraint limits T2.
    result = run([task(1, 2 * DAY), constrained(ConstraintType.FNLT, at(7, 17), 2 * DAY),
                  task(3, 7 * DAY)], [LinkIn(1, 2)])
    assert dates(result[2]) == (at(5, 8), at(6, 17))
    assert result[2].late_finish == at(7, 17)
    assert result[2].total_slack == DAY and result[1].total_slack == DAY


def test_finish_no_earlier_and_must_finish_on():
    fnet = run([constrained(ConstraintType.FNET, at(6, 17))])
    mfo = run([task(1, 4 * DAY), constrained(ConstraintType.MFO, at(5, 12))])
    assert dates(fnet[2]) == (at(6, 8), at(6, 17))
    assert dates(mfo[2]) == (at(4, 13), at(5, 12))
    assert mfo[2].total_slack == 0


def test_start_no_later_than_in_the_backward_pass():
    result = run([task(1, 4 * DAY), constrained(ConstraintType.SNLT, at(4, 8))])
    assert dates(result[2]) == (at(3, 8), at(3, 17))
    assert result[2].late_start == at(4, 8)
    assert result[2].total_slack == DAY


def test_as_late_as_possible_drags_its_successor():
    tasks = [task(1, 3 * DAY), task(2, constraint_type=ConstraintType.ALAP), task(3)]
    result = run(tasks, [LinkIn(2, 3)])
    assert (result[2].early_start, result[2].late_start) == (at(3, 8), at(4, 8))
    assert dates(result[2]) == (at(4, 8), at(4, 17))
    assert dates(result[3]) == (at(5, 8), at(5, 17))
    assert result[2].total_slack == 0 and result[2].critical  # Project: it has none left


# -- manual tasks and actuals --------------------------------------------------------


def test_manual_task_keeps_its_dates_and_drives_successors():
    tasks = [task(9, 5 * DAY), task(1, manual=True, start=at(5, 10), finish=at(6, 10)), task(2)]
    result = run(tasks, [LinkIn(9, 1), LinkIn(1, 2)])
    assert dates(result[1]) == (at(5, 10), at(6, 10))
    assert result[1].duration == DAY
    assert dates(result[2]) == (at(6, 10), at(7, 10))


def test_actual_start_replaces_the_computed_start():
    tasks = [task(1, 3 * DAY), task(2, 2 * DAY, actual_start=at(4, 9))]
    result = run(tasks, [LinkIn(1, 2)])
    assert dates(result[2]) == (at(4, 9), at(6, 9))
    finished = run([task(1, 3 * DAY, actual_start=at(3, 8), actual_finish=at(4, 12))])
    assert dates(finished[1]) == (at(3, 8), at(4, 12))


def test_progress_keeps_actual_dates_and_the_remaining_work_follows_on():
    tasks = [task(1, 3 * DAY, actual_start=at(3, 10), percent_complete=50,  # SNET ignored
                  constraint_type=ConstraintType.SNET, constraint_date=at(5, 8)),
             task(2, actual_start=at(3, 8), percent_complete=50,  # FNET still holds
                  constraint_type=ConstraintType.FNET, constraint_date=at(7, 17)),
             task(3, 2 * DAY, actual_start=at(3, 8), actual_finish=at(3, 15),
                  percent_complete=100), task(4)]
    result = run(tasks, [LinkIn(3, 4), LinkIn(1, 4)], status_date=at(4, 17))
    assert dates(result[1]) == (at(3, 10), at(6, 10))
    assert dates(result[2]) == (at(3, 8), at(7, 17))
    assert dates(result[3]) == (at(3, 8), at(3, 15)) and result[3].duration == 360
    assert dates(result[4]) == (at(6, 10), at(7, 10))
    assert result[1].total_slack == 360  # once started, only the finish has slack
    assert (result[3].critical, result[3].free_slack) == (False, 0)  # done
    # As with Project's default options, the status date moves nothing.
    assert result == run(tasks, [LinkIn(3, 4), LinkIn(1, 4)])


def test_a_deadline_limits_the_late_finish_and_flags_a_later_finish():
    result = run([task(1, 3 * DAY, deadline=at(4, 17)), task(2, deadline=at(7, 17)),
                  task(3, 5 * DAY)], [LinkIn(1, 2)])
    assert dates(result[1]) == (at(3, 8), at(5, 17))  # a deadline is no constraint
    assert result[1].late_finish == at(4, 17) and result[1].total_slack == -DAY
    assert result[1].deadline_missed and result[1].critical
    assert not result[2].deadline_missed and result[2].total_slack == DAY


# -- slack and the critical path -----------------------------------------------------


def test_slack_on_a_network_with_a_parallel_branch():
    # A -> B (3 d) -> D and A -> C -> E -> D: the C-E branch has a day to spare.
    tasks = [task(1, 2 * DAY, name="A"), task(2, 3 * DAY, name="B"), task(3, name="C"),
             task(4, name="D"), task(5, name="E")]
    links = [LinkIn(1, 2), LinkIn(1, 3), LinkIn(2, 4), LinkIn(3, 5), LinkIn(5, 4)]
    result = run(tasks, links)
    assert dates(result[4]) == (at(10, 8), at(10, 17))
    assert [result[i].critical for i in (1, 2, 3, 4, 5)] == [True, True, False, True, False]
    assert (result[3].total_slack, result[3].free_slack) == (DAY, 0)
    assert (result[5].total_slack, result[5].free_slack) == (DAY, DAY)
    assert (result[3].late_start, result[3].late_finish) == (at(6, 8), at(6, 17))
    assert result[1].total_slack == result[2].total_slack == result[4].total_slack == 0
    loose = run(tasks, links, critical_slack=DAY)
    assert all(out.critical for out in loose.values())


def test_free_slack_counts_a_lead():
    result = run([task(1), task(2, 3 * DAY), task(3)],
                 [LinkIn(1, 3, FS, -240), LinkIn(2, 3)])
    assert dates(result[3]) == (at(6, 8), at(6, 17))
    assert result[1].free_slack == result[1].total_slack == 1200  # Mon 17:00 to Thu 12:00


def test_task_without_successors_has_slack_to_the_project_finish():
    result = run([task(1, 5 * DAY), task(2, 2 * DAY)])
    assert result[2].total_slack == result[2].free_slack == 3 * DAY
    assert result[2].late_finish == at(7, 17)


# -- loops ---------------------------------------------------------------------------


def test_a_loop_is_refused_with_the_names_in_link_order():
    tasks = [task(1, name="Design"), task(2, name="Build"), task(3, name="Test"),
             task(4, name="Unrelated")]
    links = [LinkIn(1, 2), LinkIn(2, 3), LinkIn(3, 1), LinkIn(1, 4)]
    with pytest.raises(UserError) as caught:
        run(tasks, links)
    assert "\u201cDesign\u201d \u2192 \u201cBuild\u201d \u2192 \u201cTest\u201d" in str(caught.value)
    assert "Unrelated" not in caught.value.message()
    assert caught.value.template.startswith("These links form a loop")
    assert find_cycle(tasks, links) == [1, 2, 3]
    assert find_cycle(tasks, links[:2]) is None


def test_a_link_between_a_task_and_its_own_summary_is_a_loop():
    tasks = [task(1, name="Phase"), task(2, name="Step", parent_id=1), task(3, parent_id=1)]
    assert find_cycle(tasks, [LinkIn(2, 1)]) == [1, 2]
    assert find_cycle(tasks, [LinkIn(1, 2)]) == [1, 2]
    with pytest.raises(UserError, match="Phase"):
        run(tasks, [LinkIn(1, 3)])


def test_a_loop_through_a_summary_names_it():
    tasks = [task(1, name="Phase"), task(2, parent_id=1), task(3, name="Review")]
    assert find_cycle(tasks, [LinkIn(1, 3), LinkIn(3, 2)]) == [1, 3, 2]
    assert find_cycle(tasks, [LinkIn(2, 3), LinkIn(3, 1)]) == [1, 2, 3]


# -- properties and speed ------------------------------------------------------------


@st.composite
def networks(draw, summaries: bool = False):
    count = draw(st.integers(1, 25))
    durations = draw(st.lists(st.sampled_from([0, 60, 240, DAY, 2 * DAY, 5 * DAY]),
                              min_size=count, max_size=count))
    parents: list[int | None] = [None] * count
    if summaries:  # a few summaries at the front, links only between the others
        heads = draw(st.integers(0, min(3, count - 1)))
        for i in range(heads, count):
            parents[i] = draw(st.one_of(st.none(), st.integers(0, heads - 1))) if heads else None
        for i in range(1, heads):
            parents[i] = draw(st.one_of(st.none(), st.integers(0, i - 1)))
        leaves = [i for i in range(count) if i not in parents]
    else:
        leaves = list(range(count))
    tasks = [task(i + 1, durations[i], parent_id=None if parents[i] is None else parents[i] + 1)
             for i in range(count)]
    links = {}
    if len(leaves) > 1:
        for _ in range(draw(st.integers(0, 2 * count))):
            a, b = sorted(draw(st.lists(st.sampled_from(leaves), min_size=2, max_size=2,
                                        unique=True)))
            links[a, b] = LinkIn(a + 1, b + 1, draw(st.sampled_from(list(LinkType))),
                                 draw(st.integers(-2 * DAY, 2 * DAY)))
    return tasks, list(links.values())


def _respects(link: LinkIn, pred: TaskOut, succ: TaskOut) -> bool:
    base = pred.finish if link.type in (FS, FF) else pred.start
    after = succ.start if link.type in (FS, SS) else succ.finish
    return CAL.working_minutes_between(CAL.add_working_minutes(base, link.lag), after) >= 0


@settings(max_examples=200, deadline=None)
@given(st.booleans().flatmap(lambda summaries: networks(summaries)))
def test_random_networks_respect_links_roll_up_and_have_a_critical_path(network):
    tasks, links = network
    result = run(tasks, links)
    for link in links:
        assert _respects(link, result[link.predecessor], result[link.successor])
    for t in tasks:
        out = result[t.id]
        assert out.total_slack >= 0
        # Project measures free slack to the successors alone: a lead can leave more
        # of it than the total slack, which the project finish caps.
        assert out.free_slack >= 0
        # A milestone at 08:00 may have its late dates at 17:00 the day before, as in
        # Project: the same working moment seen as a finish.
        assert CAL.working_minutes_between(out.early_start, out.late_start) >= 0
        assert CAL.working_minutes_between(out.start, out.finish) == out.duration
        kids = [result[k.id] for k in tasks if k.parent_id == t.id]
        if kids:
            assert (out.start, out.finish) == (min(k.start for k in kids),
                                               max(k.finish for k in kids))
    assert any(out.critical for out in result.values())
    finish = max(out.finish for out in result.values())
    assert all(out.late_finish <= finish for out in result.values())


@st.composite
def outlines_with_any_links(draw):
    count = draw(st.integers(2, 12))
    parents = [None] + [draw(st.one_of(st.none(), st.integers(0, i - 1))) for i in range(1, count)]
    tasks = [task(i + 1, draw(st.sampled_from([0, 240, DAY, 3 * DAY])),
                  parent_id=None if parents[i] is None else parents[i] + 1)
             for i in range(count)]
    pairs = draw(st.lists(st.tuples(st.integers(1, count), st.integers(1, count))
                          .filter(lambda p: p[0] != p[1]), max_size=count, unique=True))
    links = [LinkIn(a, b, draw(st.sampled_from(list(LinkType))), draw(st.integers(-DAY, DAY)))
             for a, b in pairs]
    return tasks, links


@settings(max_examples=200, deadline=None)
@given(outlines_with_any_links())
def test_links_to_and_from_summaries_hold_or_the_loop_is_named(network):
    tasks, links = network
    loop = find_cycle(tasks, links)
    if loop is not None:
        names = {t.id: t.name for t in tasks}
        with pytest.raises(UserError) as caught:
            run(tasks, links)
        assert all(f"\u201c{names[i]}\u201d" in str(caught.value) for i in loop)
        parent = {t.id: t.parent_id for t in tasks}
        linked = {(link.predecessor, link.successor) for link in links}
        for a, b in zip(loop, loop[1:] + loop[:1], strict=True):  # each step is real
            assert (a, b) in linked or parent[b] == a or parent[a] == b
        return
    result = run(tasks, links)
    for link in links:
        assert _respects(link, result[link.predecessor], result[link.successor])
    assert all(out.total_slack >= 0 for out in result.values())
    assert any(out.critical for out in result.values())


@settings(max_examples=100, deadline=None)
@given(outlines_with_any_links())
def test_a_pass_leaves_nothing_for_the_cycle_collector(network):
    # Its nodes must go as the pass returns: garbage left for the collector makes its
    # next run (in the middle of a Gantt drag, say) as long as the pass itself.
    tasks, links = network
    if find_cycle(tasks, links) is not None:
        return
    gc.collect()
    gc.disable()
    try:
        run(tasks, links)
        left = gc.collect()
    finally:
        gc.enable()
    assert left == 0


@settings(max_examples=200, deadline=None)
@given(outlines_with_any_links())
def test_plans_linked_in_outline_order_take_the_short_way_to_the_same_dates(network):
    # Links going forwards in the outline let the pass skip its topological sort.
    tasks, links = network
    forwards = [link for link in links if link.predecessor < link.successor]
    if find_cycle(tasks, forwards) is not None:
        return
    quick = run(tasks, forwards)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(schedule_module, "build_nodes",
                      lambda tasks, links: (build_nodes(tasks, links)[0], None))
        assert run(tasks, forwards) == quick


@settings(max_examples=300, deadline=None)
@given(projects(most=24))
def test_position_arithmetic_gives_the_dates_of_the_general_way(project):
    # Plain tasks (links alone place them) are scheduled on working-time positions;
    # every task taken the general way must give the same results, to the minute.
    cal, start, _status, tasks, links, _percent = project
    quick = schedule(start, cal, tasks, links)
    prepare = Node.prepare

    def general(node: Node, clock) -> None:
        prepare(node, clock)
        node.plain = node.plain_back = False

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Node, "prepare", general)
        assert schedule(start, cal, tasks, links) == quick
