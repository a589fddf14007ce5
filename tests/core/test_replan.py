"""Rescheduling after an edit gives exactly what a full pass gives (random plans, random
edits of one or two tasks in a row), and reports exactly the tasks whose results changed."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.calendar import WorkCalendar
from app.core.enums import ConstraintType
from app.core.replan import Plan
from app.core.schedule import LinkIn, TaskIn, schedule
from tests.plans import DAY, DURATIONS, leaf_fields, projects


@st.composite
def edits(draw, cal: WorkCalendar, tasks: list[TaskIn]) -> list[TaskIn]:
    summaries = {t.parent_id for t in tasks}
    leaves = [t for t in tasks if t.id not in summaries]
    edited = []
    for task in draw(st.lists(st.sampled_from(leaves), min_size=1, max_size=2,
                              unique_by=lambda t: t.id)):
        duration = draw(st.sampled_from(DURATIONS))
        if draw(st.booleans()):  # only the duration, the commonest edit
            edited.append(replace(task, duration=duration))
        else:
            edited.append(TaskIn(task.id, task.parent_id, task.position, task.name, duration,
                                 **draw(leaf_fields(cal, duration))))
    return edited


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_an_update_equals_a_full_pass(data) -> None:
    cal, start, _status, tasks, links, _percent = data.draw(projects(most=24))
    plan = Plan(start, cal, tasks, links)
    for _round in range(3):
        edited = data.draw(edits(cal, tasks))
        before = dict(plan.results)
        changed = plan.update(edited)
        by_id = {t.id: t for t in edited}
        tasks = [by_id.get(t.id, t) for t in tasks]
        full = schedule(start, cal, tasks, links)
        assert plan.results == full
        assert changed == {k: v for k, v in full.items() if before[k] != v}


def chain(size: int) -> tuple[list[TaskIn], list[LinkIn]]:
    tasks = [TaskIn(i, None, i, f"T{i}", DAY) for i in range(1, size + 1)]
    tasks.append(TaskIn(size + 1, None, size + 1, "Side", DAY))  # parallel, lots of slack
    return tasks, [LinkIn(i, i + 1) for i in range(1, size)]


def test_a_change_absorbed_by_slack_touches_only_that_task_and_its_neighbours() -> None:
    tasks, links = chain(50)
    plan = Plan(datetime(2024, 6, 3, 8), WorkCalendar(), tasks, links)
    changed = plan.update([TaskIn(51, None, 51, "Side", 2 * DAY)])
    assert set(changed) == {51}
    assert plan.touched == 1


def test_a_longer_critical_task_moves_its_successors_and_the_finish() -> None:
    tasks, links = chain(50)
    plan = Plan(datetime(2024, 6, 3, 8), WorkCalendar(), tasks, links)
    finish = plan.results[50].finish
    changed = plan.update([TaskIn(10, None, 10, "T10", 2 * DAY)])
    assert plan.results[50].finish > finish
    assert set(range(10, 51)) <= set(changed)


def test_an_outline_change_needs_a_new_plan() -> None:
    tasks, links = chain(3)
    plan = Plan(datetime(2024, 6, 3, 8), WorkCalendar(), tasks, links)
    with pytest.raises(ValueError):
        plan.update([TaskIn(2, 1, 2, "T2")])


def test_as_late_as_possible_reschedules_everything() -> None:
    tasks, links = chain(5)
    plan = Plan(datetime(2024, 6, 3, 8), WorkCalendar(), tasks, links)
    plan.update([TaskIn(6, None, 6, "Side", DAY, constraint_type=ConstraintType.ALAP)])
    assert plan.touched == len(tasks)
    assert plan.results[6].finish == plan.results[5].finish
