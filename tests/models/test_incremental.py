"""Edits reschedule with the plan the editor keeps; what they store must be what a full
reschedule of the same file stores, whatever the edit, its undo or a failed edit did."""

from __future__ import annotations

import shutil

import pytest
from sqlalchemy import select

from app.core.errors import UserError
from app.models.commands import Changes, DeleteRows, History, InsertRows, SetFields
from app.models.document import Document
from app.models.sample import create_sample
from app.models.scheduling import reschedule
from app.models.tasks import Dependency, Task

COLUMNS = (Task.id, Task.start, Task.finish, Task.early_start, Task.early_finish,
           Task.late_start, Task.late_finish, Task.total_slack, Task.free_slack,
           Task.critical, Task.duration)


def stored(doc: Document) -> dict[int, tuple]:
    with doc.reader() as session:
        return {row[0]: tuple(row[1:]) for row in session.execute(select(*COLUMNS))}


def fully_rescheduled(doc: Document, tmp_path) -> dict[int, tuple]:
    copy = tmp_path / "copy.pwp"
    shutil.copy(doc.path, copy)
    other = Document.open(copy)
    try:
        with other.session() as session:
            reschedule(session)  # no kept plan: every task from scratch
        return stored(other)
    finally:
        other.close()


@pytest.fixture
def sample(tmp_path):
    doc = create_sample(tmp_path / "sample.pwp", "en")
    yield doc
    doc.close()


def leaf_ids(doc: Document) -> list[int]:
    with doc.reader() as session:
        parents = set(session.scalars(select(Task.parent_id)))
        return [i for i in session.scalars(select(Task.id).order_by(Task.id)) if i not in parents]


def set_task(doc: Document, task_id: int, **values) -> SetFields:
    with doc.reader() as session:
        command = SetFields.diff(session, "Edit", Task, {"id": task_id}, values, Changes.TASKS)
    assert command is not None
    return command


def test_edits_undo_and_failures_store_what_a_full_pass_stores(sample, tmp_path):
    history = History(sample.editor)
    leaves = leaf_ids(sample)
    with sample.reader() as session:
        first = session.get_one(Task, leaves[3])
        early = (first.start, first.finish)
    steps = [
        set_task(sample, leaves[3], duration=4830),  # a long task moves what follows
        set_task(sample, leaves[10], duration=60),
        set_task(sample, leaves[5], percent_complete=40, actual_start=early[0]),
        set_task(sample, leaves[7], manual=True, start=early[0], finish=early[1]),
        InsertRows("Link", Dependency, [{"id": 9001, "predecessor_id": leaves[1],
                                         "successor_id": leaves[20]}], Changes.LINKS),
        set_task(sample, leaves[20], duration=2400),
    ]
    for step in steps:
        history.push(step)
        assert sample.editor.plans.plan is not None
        assert stored(sample) == fully_rescheduled(sample, tmp_path)
    assert sample.editor.plans.incremental  # the last edit changed one task's own fields
    for _step in steps:
        history.undo()
        assert stored(sample) == fully_rescheduled(sample, tmp_path)


def test_a_refused_edit_leaves_dates_as_they_were_and_the_next_edit_right(sample, tmp_path):
    history = History(sample.editor)
    leaves = leaf_ids(sample)
    history.push(set_task(sample, leaves[2], duration=960))
    before = stored(sample)
    loop = InsertRows("Link", Dependency, [
        {"id": 9001, "predecessor_id": leaves[2], "successor_id": leaves[3]},
        {"id": 9002, "predecessor_id": leaves[3], "successor_id": leaves[2]}], Changes.LINKS)
    with pytest.raises(UserError):
        history.push(loop)
    assert stored(sample) == before
    history.push(set_task(sample, leaves[2], duration=1440))
    assert stored(sample) == fully_rescheduled(sample, tmp_path)


def test_deleting_a_task_reschedules_the_rest(sample, tmp_path):
    history = History(sample.editor)
    leaves = leaf_ids(sample)
    with sample.reader() as session:
        delete = DeleteRows.capture(session, "Delete", Task, [Task.id == leaves[4]],
                                    Changes.TASKS | Changes.LINKS)
    history.push(delete)
    assert stored(sample) == fully_rescheduled(sample, tmp_path)
    history.undo()
    assert stored(sample) == fully_rescheduled(sample, tmp_path)


def test_the_editor_knows_which_task_rows_an_edit_wrote(sample, tmp_path):
    history = History(sample.editor)
    leaves = leaf_ids(sample)
    with sample.reader() as session:
        critical = session.scalars(select(Task.id).where(
            Task.critical, Task.id.in_(leaves[:-5]))).first()
    before = stored(sample)
    history.push(set_task(sample, critical, duration=4830))
    after = stored(sample)
    moved = {i for i in after if after[i] != before[i]}
    assert len(moved) > 3  # the longer task pushed what follows it
    assert moved | {critical} == sample.editor.last_touched
    edits = sample.editor.edits

    history.push(InsertRows("Link", Dependency, [{"id": 9001, "predecessor_id": leaves[1],
                                                  "successor_id": leaves[20]}], Changes.LINKS))
    assert sample.editor.last_touched is None  # links changed: pages read everything
    assert sample.editor.edits == edits + 1

    loop = InsertRows("Link", Dependency, [
        {"id": 9002, "predecessor_id": leaves[20], "successor_id": leaves[1]}], Changes.LINKS)
    with pytest.raises(UserError):
        history.push(loop)
    assert sample.editor.last_touched is None
    history.push(set_task(sample, leaves[10], duration=60))
    assert leaves[10] in sample.editor.last_touched
    assert stored(sample) == fully_rescheduled(sample, tmp_path)


def test_a_duration_typed_on_a_summary_gives_way_to_its_span(sample, tmp_path):
    history = History(sample.editor)
    history.push(set_task(sample, leaf_ids(sample)[2], duration=960))  # a plan is kept
    with sample.reader() as session:
        summary = session.scalars(select(Task.parent_id).where(
            Task.parent_id.is_not(None))).first()
    history.push(set_task(sample, summary, duration=123456))
    assert sample.editor.plans.plan is not None
    assert stored(sample) == fully_rescheduled(sample, tmp_path)
    assert stored(sample)[summary][-1] != 123456
