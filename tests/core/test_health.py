"""Health figures against hand-computed PMBOK examples.

The calendar is the standard one (Mon-Fri, 8 h a day); 2024-01-01 is a Monday.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app.core.calendar import WorkCalendar
from app.core.health import (
    Band,
    Basis,
    EarnedValue,
    TaskFacts,
    Thresholds,
    critical_tasks,
    earned_value,
    is_late,
    late_tasks,
    milestone_states,
    over_budget,
    planned_curve,
    planned_fraction,
    remaining_work,
    sample_days,
    scheduled_percent,
)

CAL = WorkCalendar()
WEEK = 5 * 480


def at(day: int, hour: int = 8) -> datetime:
    return datetime(2024, 1, day, hour)


def task(task_id: int, first: int, last: int, **values) -> TaskFacts:
    """A task baselined from `first` 08:00 to `last` 17:00 of January 2024."""
    duration = values.pop("duration", WEEK)
    budget = values.pop("budget", 0.0)
    return TaskFacts(task_id, f"T{task_id}", duration=duration, start=at(first),
                     finish=at(last, 17), cost=budget, baseline_start=at(first),
                     baseline_finish=at(last, 17), baseline_duration=values.pop(
                         "baseline_duration", WEEK), baseline_cost=budget, **values)


# A: done, over budget; B: 40 % of a week planned 60 % done; C: not started, not due.
PLAN = [task(1, 1, 5, budget=1000, percent=100, actual_cost=1200),
        task(2, 8, 12, budget=2000, percent=40, actual_cost=900),
        task(3, 15, 19, budget=1000)]
STATUS = date(2024, 1, 10)  # Wednesday: B is 3 of its 5 days in


def test_earned_value_by_cost_matches_the_hand_computed_figures():
    ev = earned_value(PLAN, STATUS, CAL)
    assert ev.basis == Basis.COST
    assert ev.bac == 4000
    assert ev.pv == pytest.approx(1000 + 0.6 * 2000)  # 2200
    assert ev.ev == pytest.approx(1000 + 0.4 * 2000)  # 1800
    assert ev.ac == 2100
    assert ev.sv == pytest.approx(-400)
    assert ev.cv == pytest.approx(-300)
    assert ev.spi == pytest.approx(1800 / 2200)  # 0.818
    assert ev.cpi == pytest.approx(1800 / 2100)  # 0.857
    assert ev.eac == pytest.approx(4000 / (1800 / 2100))  # 4666.67
    assert ev.vac == pytest.approx(4000 - 4666.6667, abs=1e-3)
    assert ev.tcpi == pytest.approx((4000 - 1800) / (4000 - 2100))
    assert ev.percent_complete == pytest.approx(45)
    assert ev.percent_planned == pytest.approx(55)


def test_bands_with_default_and_custom_thresholds():
    ev = earned_value(PLAN, STATUS, CAL)
    default = Thresholds()
    assert default.band(ev.spi) == Band.RED  # 0.818 < 0.85
    assert default.band(ev.cpi) == Band.AMBER  # 0.857
    assert default.band(0.95) == Band.GREEN and default.band(1.2) == Band.GREEN
    assert default.band(None) == Band.NONE
    lenient = Thresholds.from_dict({"green": 0.85, "amber": 0.8})
    assert lenient.band(ev.spi) == Band.AMBER
    assert lenient.band(ev.cpi) == Band.GREEN


def test_bad_threshold_settings_fall_back_to_the_defaults():
    assert Thresholds.from_dict({"green": 0.8, "amber": 0.9}) == Thresholds()
    assert Thresholds.from_dict({"green": "x"}) == Thresholds()
    assert Thresholds.from_dict(None) == Thresholds(0.95, 0.85)


def test_earned_value_by_duration_when_no_task_has_a_budget():
    # B's duration grew from one week to a week and a half: its actual duration at
    # 40 % (Project's duration x % complete) is 1,440 minutes for 960 earned.
    plan = [task(1, 1, 5, percent=100), task(2, 8, 12, percent=40, duration=WEEK * 3 // 2),
            task(3, 15, 19)]
    ev = earned_value(plan, STATUS, CAL)
    assert ev.basis == Basis.DURATION
    assert ev.bac == 3 * WEEK
    assert ev.pv == pytest.approx(WEEK + 0.6 * WEEK)
    assert ev.ev == pytest.approx(WEEK + 0.4 * WEEK)
    assert ev.ac == pytest.approx(WEEK + 0.4 * 3600)
    assert ev.spi == pytest.approx(3360 / 3840)
    assert ev.cpi == pytest.approx(3360 / 3840)


def test_undefined_indices_when_nothing_is_planned_or_spent():
    ev = EarnedValue(Basis.COST, bac=1000, pv=0, ev=0, ac=0)
    assert ev.spi is None and ev.cpi is None
    assert ev.eac == 1000 and ev.vac == 0


def test_without_a_baseline_the_current_schedule_is_the_plan():
    free = TaskFacts(1, duration=WEEK, start=at(8), finish=at(12, 17), cost=500, percent=20)
    assert planned_fraction(free, at(10, 23), CAL) == pytest.approx(0.6)
    assert earned_value([free], STATUS, CAL).pv == pytest.approx(300)


def test_planned_fraction_counts_working_time_only():
    # Status on Saturday: the week's work is all planned (weekend is not working time).
    assert planned_fraction(PLAN[0], at(6, 12), CAL) == 1
    # Tuesday noon of a Mon-Fri task: 1.5 of 5 days.
    assert planned_fraction(PLAN[1], at(9, 12), CAL) == pytest.approx(0.3)
    assert planned_fraction(PLAN[2], at(9, 12), CAL) == 0


def test_planned_curve_agrees_with_earned_value_on_every_day():
    plan = [*PLAN, TaskFacts(9, "Go-live", 0, True, at(19, 17), at(19, 17), cost=250,
                             baseline_start=at(19, 17), baseline_finish=at(19, 17),
                             baseline_duration=0, baseline_cost=250)]
    days = sample_days(date(2023, 12, 30), date(2024, 1, 22), count=30)
    curve = planned_curve(plan, days, CAL, Basis.COST)
    for day, value in zip(days, curve, strict=True):
        assert value == pytest.approx(earned_value(plan, day, CAL).pv), day
    assert curve[0] == 0 and curve[-1] == pytest.approx(4250)


def milestone(task_id: int, due: int, finish: int, **values) -> TaskFacts:
    return TaskFacts(task_id, duration=0, milestone=True, start=at(finish, 17),
                     finish=at(finish, 17), baseline_start=at(due, 17),
                     baseline_finish=at(due, 17), baseline_duration=0, **values)


def test_milestones_hit_missed_and_coming_up():
    states = milestone_states([
        milestone(1, 5, 5, percent=100, actual_finish=at(5, 17)),  # on time
        milestone(2, 5, 8, percent=100, actual_finish=at(8, 17)),  # done late
        milestone(3, 9, 12),  # due yesterday, not done: missed
        milestone(4, 20, 22),  # ahead, within 30 days
        milestone(5, 20, 31),  # forecast 1 Feb... still within 30 days of 10 Jan
        TaskFacts(6, duration=0, start=datetime(2024, 3, 1), finish=datetime(2024, 3, 1)),
        PLAN[0],  # not a milestone
    ], STATUS)
    assert states.hit == (1,)
    assert states.missed == (2, 3)
    assert states.upcoming == (4, 5)
    assert states.total == 6


def test_late_tasks_are_unfinished_and_behind_the_plan():
    slipped = TaskFacts(1, duration=WEEK, start=at(15), finish=at(22, 17),
                        baseline_start=at(15), baseline_finish=at(19, 17),
                        baseline_duration=WEEK)
    overdue = TaskFacts(2, duration=WEEK, start=at(1), finish=at(5, 17), percent=50)
    past_deadline = TaskFacts(3, duration=WEEK, start=at(15), finish=at(19, 17),
                              deadline=at(18, 17))
    finished_late = TaskFacts(4, duration=WEEK, start=at(1), finish=at(5, 17), percent=100,
                              deadline=at(3, 17))
    on_time = TaskFacts(5, duration=WEEK, start=at(15), finish=at(19, 17))
    tasks = [slipped, overdue, past_deadline, finished_late, on_time]
    assert late_tasks(tasks, STATUS) == (1, 2, 3)
    assert not is_late(overdue, None)  # no status date: not yet "due"


def test_critical_tasks_leave_out_finished_work():
    tasks = [TaskFacts(1, critical=True), TaskFacts(2, critical=True, percent=100),
             TaskFacts(3)]
    assert critical_tasks(tasks) == (1,)


def test_scheduled_percent_is_the_work_planned_before_the_moment():
    b = PLAN[1]  # Mon 8 - Fri 12 January
    assert scheduled_percent(b, at(10, 23), CAL) == 60
    assert scheduled_percent(b, at(9, 12), CAL) == 30
    assert scheduled_percent(b, at(5, 17), CAL) == 0
    assert scheduled_percent(b, at(13, 9), CAL) == 100


def test_remaining_work_is_the_duration_not_yet_done():
    assert remaining_work(PLAN) == pytest.approx(0 + 0.6 * WEEK + WEEK)


def test_over_budget_compares_actual_with_earned():
    assert over_budget(PLAN, Basis.COST) == (1, 2)  # 1200 > 1000; 900 > 800
    assert over_budget(PLAN, Basis.DURATION) == ()
