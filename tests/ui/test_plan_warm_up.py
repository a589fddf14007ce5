"""Big plans get their schedule built in the background as they open, so that the
first edit reschedules incrementally; an edit that comes first wins."""

from __future__ import annotations

import gc
import shutil

from sqlalchemy import select

from app.models.calendars import project_calendar
from app.models.commands import Changes, SetFields
from app.models.document import Document
from app.models.scheduling import kept_plan, reschedule
from app.models.tasks import Task
from app.ui import document_port


def stored(doc: Document) -> dict[int, tuple]:
    with doc.reader() as session:
        return {row[0]: tuple(row[1:]) for row in session.execute(select(
            Task.id, Task.start, Task.finish, Task.late_start, Task.late_finish,
            Task.total_slack, Task.free_slack, Task.critical, Task.duration))}


def longer(doc: Document, task_id: int) -> SetFields:
    with doc.reader() as session:
        duration = session.get_one(Task, task_id).duration
        return SetFields.diff(session, "Edit", Task, {"id": task_id},
                              {"duration": duration + 960}, Changes.TASKS)


def test_the_first_edit_after_opening_uses_the_plan_built_meanwhile(
        window, sample_file, tmp_path, qtbot, monkeypatch):
    monkeypatch.setattr(document_port, "WARM_UP_FROM", 0)
    monkeypatch.setattr(document_port, "WARM_UP_AFTER_MS", 0)
    path = tmp_path / "plan.pwp"
    shutil.copy(sample_file, path)
    assert window.open_path(path)
    editor = window.port.document.editor
    qtbot.waitUntil(lambda: editor.plans.plan is not None, timeout=10_000)
    with window.port.document.reader() as session:
        leaf = session.scalars(select(Task.id).where(Task.critical, Task.duration > 0)).first()
    assert window.port.execute(longer(window.port.document, leaf))
    assert editor.plans.incremental  # no full pass was needed
    copy = tmp_path / "copy.pwp"
    shutil.copy(path, copy)
    other = Document.open(copy)
    with other.session() as session:
        reschedule(session)
    assert stored(other) == stored(window.port.document)
    other.close()
    assert window.port.frozen and gc.get_freeze_count() > 0  # not walked by the collector
    window.close_document()
    assert gc.get_freeze_count() == 0  # the closed project's objects can be collected


def test_a_plan_read_before_an_edit_is_not_kept_after_it(window, sample_file, tmp_path):
    path = tmp_path / "plan.pwp"
    shutil.copy(sample_file, path)
    assert window.open_path(path)
    document = window.port.document
    editor = document.editor
    with document.reader() as session:
        early = kept_plan(session, project_calendar(session).detached())
    assert early is not None  # the sample's stored dates are what it computes
    with document.reader() as session:
        leaf = session.scalars(select(Task.id).where(Task.critical, Task.duration > 0)).first()
    edits = editor.edits
    assert window.port.execute(longer(document, leaf))
    assert not editor.adopt(early, edits)  # the file changed since it was read
    assert editor.plans is not early
