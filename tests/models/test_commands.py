"""Commands apply, revert and merge without Qt; the editor notifies by flags."""

from __future__ import annotations

from datetime import date

import pytest

from app.core.calendar import Exception_, WorkCalendar
from app.core.errors import UserError
from app.models import Person, Project
from app.models.calendars import load_calendar
from app.models.commands import (
    Changes,
    DeleteRows,
    History,
    InsertRows,
    Macro,
    ReplaceCalendar,
    SetFields,
)
from app.models.document import Document


@pytest.fixture
def doc(tmp_path):
    document = Document.create(tmp_path / "c.pwp", name="Cmd")
    yield document
    document.close()


def test_set_fields_undo_redo_and_notice(doc):
    seen = []
    doc.editor.listeners.append(seen.append)
    history = History(doc.editor)
    with doc.reader() as s:
        command = SetFields.diff(s, "Edit", Project, {"id": 1},
                                 {"name": "New", "client": "ACME", "code": ""}, Changes.PROJECT)
    assert command.new == {"name": "New", "client": "ACME"}  # unchanged fields left out
    history.push(command)
    assert (doc.project().name, doc.project().client) == ("New", "ACME")
    history.undo()
    assert (doc.project().name, doc.project().client) == ("Cmd", "")
    history.redo()
    assert doc.project().name == "New"
    assert seen == [Changes.PROJECT] * 3


def test_diff_without_changes_is_none(doc):
    with doc.reader() as s:
        assert SetFields.diff(s, "Edit", Project, {"id": 1}, {"name": "Cmd"},
                              Changes.PROJECT) is None


def test_merge_keeps_first_old_value(doc):
    first = SetFields("Drag", Person, {"id": 1}, {"power": 1}, {"power": 2}, Changes.PEOPLE)
    second = SetFields("Drag", Person, {"id": 1}, {"power": 2}, {"power": 3}, Changes.PEOPLE)
    assert first.merge(second)
    assert (first.old, first.new) == ({"power": 1}, {"power": 3})
    other = SetFields("Drag", Person, {"id": 2}, {"power": 2}, {"power": 3}, Changes.PEOPLE)
    assert not first.merge(other)


def test_insert_delete_macro_is_one_step(doc):
    history = History(doc.editor)
    people = [{"id": 1, "uid": 10, "name": "Wang"}, {"id": 2, "uid": 11, "name": "Li"}]
    history.push(Macro("Paste", [InsertRows("Add", Person, people[:1], Changes.PEOPLE),
                                 InsertRows("Add", Person, people[1:], Changes.PEOPLE)]))
    with doc.reader() as s:
        assert s.query(Person).count() == 2
        delete = DeleteRows.capture(s, "Delete", Person, [Person.name == "Li"], Changes.PEOPLE)
    history.push(delete)
    with doc.reader() as s:
        assert [p.name for p in s.query(Person)] == ["Wang"]
    history.undo()
    with doc.reader() as s:
        li = s.get(Person, 2)
        assert li.name == "Li" and li.uid == 11  # same id and values restored
    history.undo()
    with doc.reader() as s:
        assert s.query(Person).count() == 0


def test_failed_step_in_macro_rolls_back_all(doc):
    history = History(doc.editor)
    ok = InsertRows("Add", Person, [{"id": 1, "uid": 10, "name": "Wang"}], Changes.PEOPLE)
    clash = InsertRows("Add", Person, [{"id": 1, "uid": 11, "name": "Dup"}], Changes.PEOPLE)
    with pytest.raises(UserError):
        history.push(Macro("Paste", [ok, clash]))
    with doc.reader() as s:
        assert s.query(Person).count() == 0
    assert history.done == []


def test_replace_calendar_round_trip(doc):
    with doc.reader() as s:
        old = load_calendar(s, 1)
    holiday = Exception_(date(2026, 10, 1), "National Day", ())
    makeup = Exception_(date(2026, 10, 10), "Make-up", ((480, 720), (780, 1020)))
    week = old.week[:5] + (((540, 720),), ())
    new = WorkCalendar("Site", week, {holiday.day: holiday, makeup.day: makeup})
    history = History(doc.editor)
    history.push(ReplaceCalendar(1, old, new))
    with doc.reader() as s:
        assert load_calendar(s, 1) == new
    history.undo()
    with doc.reader() as s:
        assert load_calendar(s, 1) == old


def test_calendar_edit_reschedules_in_the_same_step(doc):
    from app.models import Task

    history = History(doc.editor)
    history.push(InsertRows("Add", Task, [
        {"id": 1, "name": "Install", "duration": 480 * 3}], Changes.TASKS))
    with doc.reader() as s:
        project = s.get(Project, 1)
        before = s.get(Task, 1).finish
        old = load_calendar(s, 1)
        start = project.start_date
    # Make the first working day of the project a holiday: everything moves a day.
    first = doc_first_working_day(old, start)
    holiday = Exception_(first, "Holiday", ())
    history.push(ReplaceCalendar(1, old, WorkCalendar(old.name, old.week, {first: holiday})))
    with doc.reader() as s:
        after = s.get(Task, 1).finish
    assert after > before
    history.undo()
    with doc.reader() as s:
        assert s.get(Task, 1).finish == before


def doc_first_working_day(calendar: WorkCalendar, day: date) -> date:
    from datetime import timedelta

    while not calendar.is_working_day(day):
        day += timedelta(days=1)
    return day
