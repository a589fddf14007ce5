"""Risk register edits: refused bad input, undo of every edit, summaries from the file."""

from __future__ import annotations

import shutil
from datetime import date

import pytest
from sqlalchemy import func, select

from app.core.enums import RiskKind, RiskStatus, RiskStrategy
from app.core.errors import UserError
from app.core.risk import Matrix, default_cells, default_labels
from app.models import Person, Project, Risk, RiskReview, RiskTask, Task
from app.models.commands import History
from app.models.document import Document
from app.models.risk_data import load_matrix, load_risks, risk_markers_by_task, risk_summary
from app.models.risk_edits import (
    ReviewInput,
    add_risk,
    delete_risks,
    link_tasks,
    replace_matrix,
    rescore,
    review_risk,
    scale_changes,
    set_fields,
)
from app.models.sample import STATUS_DATE


@pytest.fixture
def doc(sample_file, tmp_path):
    shutil.copy(sample_file, tmp_path / "s.pwp")
    document = Document.open(tmp_path / "s.pwp")
    yield document
    document.close()


def risk_by_code(doc, code):
    with doc.reader() as s:
        risk = s.scalars(select(Risk).where(Risk.code == code)).one()
        s.expunge(risk)
        return risk


def refused(doc, build):
    with doc.reader() as s, pytest.raises(UserError) as err:
        build(s)
    return err.value.message()


def test_field_edits_are_checked_and_undoable(doc):
    history = History(doc.editor)
    r1 = risk_by_code(doc, "R-001")
    with doc.reader() as s:
        command = set_fields(s, r1.id, {"probability": 5, "title": " Data quality "})
    history.push(command)
    assert (risk_by_code(doc, "R-001").probability, risk_by_code(doc, "R-001").title) == \
        (5, "Data quality")
    history.undo()
    assert risk_by_code(doc, "R-001").probability == r1.probability
    assert "R-001" in refused(doc, lambda s: set_fields(s, r1.id, {"impact": 6}))
    assert "R-001" in refused(doc, lambda s: set_fields(s, r1.id, {"residual_impact": 0}))
    message = refused(doc, lambda s: set_fields(s, r1.id, {"code": "R-002"}))
    assert "R-002" in message and "unique" in message
    assert "does not exist" in refused(doc, lambda s: set_fields(s, r1.id, {"owner_id": 999}))
    message = refused(doc, lambda s: set_fields(
        s, r1.id, {"next_review_on": date(2026, 1, 1)}))
    assert "2026-01-01" in message and "identified" in message
    assert risk_by_code(doc, "R-001").code == "R-001"  # nothing changed


def test_kind_change_drops_a_strategy_the_new_kind_cannot_have(doc):
    r1 = risk_by_code(doc, "R-001")
    assert r1.strategy == RiskStrategy.MITIGATE
    with doc.reader() as s:
        command = set_fields(s, r1.id, {"kind": RiskKind.OPPORTUNITY})
    assert command.new == {"kind": RiskKind.OPPORTUNITY, "strategy": None}
    assert "Exploit" in refused(doc, lambda s: set_fields(
        s, r1.id, {"kind": RiskKind.OPPORTUNITY, "strategy": RiskStrategy.AVOID}))


def test_closing_sets_the_closed_date_and_reopening_clears_it(doc):
    history = History(doc.editor)
    r1 = risk_by_code(doc, "R-001")
    with doc.reader() as s:
        command = set_fields(s, r1.id, {"status": RiskStatus.CLOSED})
    history.push(command)
    assert risk_by_code(doc, "R-001").closed_on == STATUS_DATE
    with doc.reader() as s:
        command = set_fields(s, r1.id, {"status": RiskStatus.MONITORING})
    history.push(command)
    assert risk_by_code(doc, "R-001").closed_on is None


def test_add_and_delete_with_links_and_reviews_undo_exactly(doc):
    history = History(doc.editor)
    with doc.reader() as s:
        command = add_risk(s, RiskKind.OPPORTUNITY)
        before = s.scalar(select(func.count()).select_from(RiskReview))
    history.push(command)
    new = risk_by_code(doc, "R-016")
    assert new.kind == RiskKind.OPPORTUNITY and new.identified_on == STATUS_DATE
    assert new.next_review_on == date.fromordinal(STATUS_DATE.toordinal() + 30)
    r1 = risk_by_code(doc, "R-001")
    with doc.reader() as s:
        command = delete_risks(s, [r1.id, new.id])
    history.push(command)
    with doc.reader() as s:
        assert s.get(Risk, r1.id) is None
        assert not s.scalars(select(RiskTask).where(RiskTask.risk_id == r1.id)).all()
    history.undo()
    with doc.reader() as s:
        assert s.get(Risk, r1.id).title == r1.title and s.get(Risk, new.id)
        assert s.scalar(select(func.count()).select_from(RiskReview)) == before
        assert len(s.scalars(select(RiskTask).where(RiskTask.risk_id == r1.id)).all()) == 4


def test_review_records_history_rescores_and_moves_the_next_review(doc):
    history = History(doc.editor)
    r1 = risk_by_code(doc, "R-001")
    on = date(2026, 11, 2)
    with doc.reader() as s:
        command = review_risk(s, r1.id, ReviewInput(on, 3, 3, 1, 2, "Mock 3 clean"))
    history.push(command)
    after = risk_by_code(doc, "R-001")
    assert (after.probability, after.impact, after.residual_probability,
            after.residual_impact) == (3, 3, 1, 2)
    assert after.next_review_on == date(2026, 12, 2)
    facts = next(r for r in load_risks_of(doc) if r.code == "R-001")
    assert facts.reviews[-1].note == "Mock 3 clean" and facts.trend == "\u2191"  # 2×4 → 3×3
    history.undo()
    assert risk_by_code(doc, "R-001").probability == r1.probability
    assert "identified" in refused(doc, lambda s: review_risk(
        s, r1.id, ReviewInput(date(2025, 1, 1), 3, 3)))
    assert "1 to 5" in refused(doc, lambda s: review_risk(s, r1.id, ReviewInput(on, 3, 9)))


def load_risks_of(doc):
    with doc.reader() as s:
        return load_risks(s)


def test_drag_rescore_is_one_undo_step_each(doc):
    history = History(doc.editor)
    r1 = risk_by_code(doc, "R-001")
    with doc.reader() as s:
        command = rescore(s, r1.id, False, 1, 1)
    history.push(command)
    with doc.reader() as s:
        command = rescore(s, r1.id, False, 2, 2)
    history.push(command)
    history.undo()
    assert (risk_by_code(doc, "R-001").probability, risk_by_code(doc, "R-001").impact) == (1, 1)


def test_links_and_gantt_markers(doc):
    history = History(doc.editor)
    r1 = risk_by_code(doc, "R-001")
    with doc.reader() as s:
        first_task = s.scalar(select(Task.id).order_by(Task.id))
        markers = risk_markers_by_task(s)
        linked = set(s.scalars(select(RiskTask.task_id).where(RiskTask.risk_id == r1.id)))
    assert all("R-001" in markers[t].codes for t in linked)
    with doc.reader() as s:
        command = link_tasks(s, r1.id, [first_task])
    history.push(command)
    with doc.reader() as s:
        markers = risk_markers_by_task(s)
    assert markers[first_task].codes[0] == "R-001"
    assert markers[first_task].worst is not None
    history.undo()
    with doc.reader() as s:
        assert set(s.scalars(select(RiskTask.task_id).where(RiskTask.risk_id == r1.id))) \
            == linked
    assert "999999" in refused(doc, lambda s: link_tasks(s, r1.id, [999999]))


def test_scale_change_maps_scores_explicitly_and_undoes(doc):
    history = History(doc.editor)
    ratings = load_matrix_of(doc).ratings
    three = Matrix(3, *default_labels(3, "en"), ratings, default_cells(3, ratings))
    with doc.reader() as s:
        preview = {c.code: c for c in scale_changes(s, 3)}
        assert preview["R-001"].old[:2] == (2, 4) and preview["R-001"].new[:2] == (1, 3)
        command = replace_matrix(s, three)
    history.push(command)
    assert doc.project().risk_scale == 3
    with doc.reader() as s:
        assert s.scalar(select(func.max(Risk.probability))) <= 3
        assert s.scalar(select(func.max(RiskReview.impact))) <= 3
        assert load_matrix(s).probability_labels == ("Unlikely", "Possible", "Likely")
    assert (risk_by_code(doc, "R-001").probability, risk_by_code(doc, "R-001").impact) == (1, 3)
    history.undo()
    assert doc.project().risk_scale == 5
    assert (risk_by_code(doc, "R-001").probability, risk_by_code(doc, "R-001").impact) == (2, 4)
    assert load_matrix_of(doc).probability_labels[-1] == "Almost certain"


def test_matrix_edits_are_checked(doc):
    m = load_matrix_of(doc)
    cells = dict(m.cells)
    cells[(5, 1)] = "critical"
    edited = Matrix(5, m.probability_labels, m.impact_labels, m.ratings, cells)
    history = History(doc.editor)
    with doc.reader() as s:
        command = replace_matrix(s, edited)
    history.push(command)
    with doc.reader() as s:
        assert replace_matrix(s, edited) is None  # nothing left to change
    assert load_matrix_of(doc).rating(5, 1).code == "critical"
    history.undo()
    assert load_matrix_of(doc).rating(5, 1).code != "critical"
    del cells[(2, 2)]
    assert "2 \u00d7 impact 2" in refused(doc, lambda s: replace_matrix(
        s, Matrix(5, m.probability_labels, m.impact_labels, m.ratings, cells)))
    labels = ("", *m.impact_labels[1:])
    assert "level 1" in refused(doc, lambda s: replace_matrix(
        s, Matrix(5, m.probability_labels, labels, m.ratings, m.cells)))


def load_matrix_of(doc):
    with doc.reader() as s:
        return load_matrix(s)


def test_summary_for_dashboard_and_report(doc):
    with doc.reader() as s:
        summary = risk_summary(s)
        owners = set(s.scalars(select(Person.name)))
        assert summary.today == s.get_one(Project, 1).status_date
    assert sum(c.total for c in summary.by_rating) == 11  # 15 risks, four closed
    assert len(summary.top) == 8 and {r.kind for r in summary.top} == {RiskKind.THREAT}
    assert [r.score for r in summary.top] == sorted((r.score for r in summary.top), reverse=True)
    assert len(summary.overdue) >= 2 and all(r.owner in owners for r in summary.overdue)
    assert summary.exposure[-1].on == STATUS_DATE and summary.exposure[0].exposure > 0
