"""Stakeholder edits as commands, without Qt: refusals, undo of deletes, summaries."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.core.enums import Engagement
from app.core.errors import UserError
from app.core.stakeholders import Quadrant
from app.models import Assignment, Person, RaciCell, RaciRole, Risk
from app.models.commands import Changes, History
from app.models.commands.stakeholders import (
    add_stakeholder,
    delete_stakeholders,
    edit_stakeholder,
    move_stakeholder,
)
from app.models.stakeholders import (
    deletion_impact,
    load_stakeholders,
    stakeholder_summary,
)


@pytest.fixture
def doc(sample_file, tmp_path):
    from app.models.document import Document

    copy = tmp_path / "copy.pwp"
    copy.write_bytes(sample_file.read_bytes())
    document = Document.open(copy)
    yield document
    document.close()


def person(doc, name):
    with doc.reader() as s:
        return s.scalars(select(Person).where(Person.name == name)).one()


def counts(doc, pid):
    with doc.reader() as s:
        roles = s.scalars(select(RaciRole.id).where(RaciRole.person_id == pid)).all()
        return (s.scalar(select(func.count()).select_from(Assignment)
                         .where(Assignment.person_id == pid)),
                s.scalar(select(func.count()).select_from(Risk).where(Risk.owner_id == pid)),
                s.scalar(select(func.count()).select_from(RaciCell)
                         .where(RaciCell.role_id.in_(roles))))


def test_edits_are_checked_and_undoable(doc):
    history = History(doc.editor)
    jason = person(doc, "Jason Li")
    with doc.reader() as s:
        with pytest.raises(UserError, match="already a stakeholder called “Linda Wang”"):
            edit_stakeholder(s, jason.id, {"name": " Linda  Wang"})
        with pytest.raises(UserError, match="Power of “Jason Li” must be .* 1 to 10; “11”"):
            edit_stakeholder(s, jason.id, {"power": 11})
        assert edit_stakeholder(s, jason.id, {"power": str(jason.power)}) is None
        command = edit_stakeholder(s, jason.id, {"title": " PMO lead ", "target_power": "8"})
    history.push(command)
    edited = person(doc, "Jason Li")
    assert (edited.title, edited.target_power, edited.target_interest) == ("PMO lead", 8, 10)
    history.undo()
    assert person(doc, "Jason Li").target_power is None


def test_a_drag_is_one_step_and_nudges_merge(doc):
    history = History(doc.editor)
    amy = person(doc, "Amy Zhao")
    with doc.reader() as s:
        drag = move_stakeholder(s, amy.id, 9, 9)
    history.push(drag)
    with doc.reader() as s:
        first = move_stakeholder(s, amy.id, 9, 8, nudge=True)
    history.push(first)
    with doc.reader() as s:
        assert first.merge(move_stakeholder(s, amy.id, 9, 7, nudge=True))
        assert not history.done[0].merge(first)  # a drag never absorbs the next edit


def test_add_gives_a_free_name(doc):
    history = History(doc.editor)
    with doc.reader() as s:
        first = add_stakeholder(s)
    history.push(first)
    with doc.reader() as s:
        second = add_stakeholder(s, {"power": 9})
    assert second.rows[0]["name"] == "New stakeholder 2"
    history.push(second)
    assert person(doc, "New stakeholder 2").power == 9
    assert person(doc, "New stakeholder 2").uid is not None


def test_delete_says_what_changes_and_undo_restores_everything(doc):
    history = History(doc.editor)
    seen = []
    doc.editor.listeners.append(seen.append)
    pm = person(doc, "Jason Li")
    before = counts(doc, pm.id)
    assert all(before), before  # the sample's PM has tasks, risks and RACI letters
    with doc.reader() as s:
        impact = deletion_impact(s, [pm.id])
        assert len(impact.tasks) == before[0] and impact.raci_letters == before[2]
        assert impact.risks[0].startswith("R")
        command = delete_stakeholders(s, [pm.id])
    history.push(command)
    assert seen[-1] & (Changes.PEOPLE | Changes.TASKS | Changes.RISKS | Changes.RACI) == (
        Changes.PEOPLE | Changes.TASKS | Changes.RISKS | Changes.RACI)
    with doc.reader() as s:
        assert s.get(Person, pm.id) is None
    assert counts(doc, pm.id) == (0, 0, 0)
    history.undo()
    assert person(doc, "Jason Li").uid == pm.uid
    assert counts(doc, pm.id) == before
    history.redo()
    assert counts(doc, pm.id) == (0, 0, 0)


def test_delete_of_an_unlinked_person_does_not_reschedule(doc):
    auditor = person(doc, "Andrew Kwok")
    with doc.reader() as s:
        assert not deletion_impact(s, [auditor.id]).any
        command = delete_stakeholders(s, [auditor.id])
    assert command.changes == Changes.PEOPLE


def test_summary_leaves_confidential_people_out_unless_asked(doc):
    with doc.reader() as s:
        everyone = load_stakeholders(s)
        summary = stakeholder_summary(s)
        full = stakeholder_summary(s, include_confidential=True)
    assert len(everyone) == 12 and summary.withheld == 1
    assert "Frank Yang" not in [p.name for p in summary.people]
    assert full.quadrants[Quadrant.KEEP_SATISFIED] == summary.quadrants[
        Quadrant.KEEP_SATISFIED] + 1
    assert sum(full.quadrants.values()) == 12
    assert full.gaps.count == sum(p.engagement_current != p.engagement_desired
                                  for p in everyone)
    assert any(p.engagement_desired is Engagement.LEADING for p, _ in full.gaps.gaps)


def test_rules_summaries_and_commands_load_without_qt():
    """The dashboard's and the PDF report's stakeholder figures need no Qt."""
    import subprocess
    import sys

    code = """
import sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name.startswith("PySide6") or name.startswith("shiboken"):
            raise ImportError(name)
sys.meta_path.insert(0, Block())
import app.core.stakeholder_grid, app.models.stakeholders, app.models.commands.stakeholders
print("ok")
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60)
    assert result.stdout.strip() == "ok", result.stderr
