"""The bundled sample project, in English and in Simplified Chinese (no Qt)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from datetime import date, datetime, time

import pytest
from sqlalchemy import String, select

from app.core.enums import OPPORTUNITY_STRATEGIES, THREAT_STRATEGIES, LinkType, RiskKind
from app.core.stakeholders import quadrant
from app.core.wbs import outline
from app.models.base import Base
from app.models.calendars import project_calendar
from app.models.checks import check_model
from app.models.document import Document, DocumentError
from app.models.people import Person, RaciCell, RaciRole, Risk, RiskReview, RiskTask
from app.models.project import Project
from app.models.sample import STATUS_DATE, create_sample
from app.models.scheduling import reschedule
from app.models.tasks import Assignment, Baseline, BaselineTask, Dependency, Task

CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
STATUS = datetime.combine(STATUS_DATE, time(17, 0))


@pytest.fixture(scope="module", params=["en", "zh_CN"])
def sample(request, tmp_path_factory):
    folder = tmp_path_factory.mktemp(f"sample_{request.param}")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PLANWRIGHT_DATA_DIR", str(folder / "data"))
        doc = create_sample(folder / "sample.pwp", request.param)
        yield request.param, doc
        doc.close()


@pytest.fixture()
def session(sample):
    with sample[1].reader() as s:
        yield s


def _tasks(session) -> list[Task]:
    return list(session.scalars(select(Task)))


def test_counts(session):
    tasks = _tasks(session)
    assert 55 <= len(tasks) <= 65
    rows = outline((t.id, t.parent_id, t.position) for t in tasks)
    assert {row.level for row in rows} == {1, 2, 3}
    assert len(session.scalars(select(Person)).all()) == 12
    risks = session.scalars(select(Risk)).all()
    assert len(risks) == 15
    assert {r.code for r in risks} == {f"R-{n:03d}" for n in range(1, 16)}
    kinds = Counter(r.kind for r in risks)
    assert kinds[RiskKind.THREAT] >= 10 and kinds[RiskKind.OPPORTUNITY] >= 3
    assert session.scalars(select(RiskTask)).all()
    baseline = session.scalars(select(Baseline)).one()
    assert baseline.number == 0 and baseline.taken_at.date() < date(2026, 3, 16)
    rows = session.scalars(select(BaselineTask)).all()
    assert {b.task_id for b in rows} == {t.id for t in tasks}
    assert len(session.scalars(select(RaciCell)).all()) > 50


def test_project_row_and_calendar(sample, session):
    language = sample[0]
    project = session.get_one(Project, 1)
    assert project.code == "ERP-2026" and project.currency == "CNY"
    assert project.status_date == STATUS_DATE and project.start_date == date(2026, 3, 2)
    assert project.language == language
    for text in (project.description, project.objectives, project.success_criteria):
        assert len(text) > 100
    pm = session.scalars(select(Person).where(Person.name == project.manager)).one()
    assert pm.team_member
    calendar = project_calendar(session)
    assert not calendar.is_working_day(date(2026, 10, 1))  # National Day
    assert calendar.is_working_day(date(2026, 9, 20))  # a Sunday made a workday
    name = calendar.exceptions[date(2026, 10, 1)].name
    assert (name == "国庆节") if language == "zh_CN" else (name == "National Day")


def test_links_use_several_types_and_lags(session):
    links = session.scalars(select(Dependency)).all()
    assert len({link.type for link in links}) >= 3
    assert {LinkType.FS, LinkType.SS, LinkType.FF, LinkType.SF} <= {link.type for link in links}
    assert any(link.lag > 0 for link in links) and any(link.lag < 0 for link in links)


def test_every_task_is_scheduled_within_2026(session):
    tasks = _tasks(session)
    for task in tasks:
        assert task.start is not None and task.finish is not None, task.name
        assert datetime(2026, 3, 2) <= task.start <= task.finish <= datetime(2026, 12, 31, 23, 59)
        assert task.total_slack is not None
        if task.milestone:
            assert task.duration == 0 and task.start == task.finish
    assert any(t.critical for t in tasks)
    assert any(t.constraint_date for t in tasks) and any(t.deadline for t in tasks)
    assert sum(1 for t in tasks if t.notes) >= 4


def test_rescheduling_again_changes_nothing(sample, tmp_path):
    copy = sample[1].path.with_name(f"again_{sample[0]}.pwp")
    with sample[1].reader() as s:
        before = {t.id: (t.start, t.finish) for t in _tasks(s)}
    copy.write_bytes(sample[1].path.read_bytes())
    doc = Document.open(copy)
    try:
        with doc.session() as s:
            reschedule(s)
            assert {t.id: (t.start, t.finish) for t in _tasks(s)} == before
    finally:
        doc.close()


def test_progress_matches_status_date(session):
    tasks = _tasks(session)
    parents = {t.parent_id for t in tasks}
    leaves = [t for t in tasks if t.id not in parents]
    for task in leaves:
        if task.finish <= STATUS:
            assert task.percent_complete == 100, task.name
            assert (task.actual_start, task.actual_finish) == (task.start, task.finish)
        elif task.start < STATUS:
            assert 0 < task.percent_complete < 100, task.name
            assert task.actual_start == task.start and task.actual_finish is None
        else:
            assert task.percent_complete == 0 and task.actual_start is None, task.name
    by_state = Counter(0 if t.percent_complete == 0 else 100 if t.percent_complete == 100
                       else 50 for t in leaves)
    assert by_state[0] >= 5 and by_state[50] >= 2 and by_state[100] >= 30
    for task in tasks:
        if task.id in parents and task.percent_complete == 100:
            assert task.actual_finish is not None


def test_baseline_differs_for_a_handful_of_tasks(session):
    tasks = {t.id: t for t in _tasks(session)}
    parents = {t.parent_id for t in tasks.values()}
    rows = session.scalars(select(BaselineTask)).all()
    longer = [b for b in rows if b.task_id not in parents and b.duration < tasks[b.task_id].duration]
    assert 3 <= len(longer) <= 8
    late = [b for b in rows if b.finish < tasks[b.task_id].finish]
    assert late and all(b.finish.year == 2026 for b in rows)
    golive = [tasks[b.task_id] for b in rows
              if tasks[b.task_id].milestone and b.finish < tasks[b.task_id].finish]
    assert golive  # a milestone slip for the dashboard


def test_people(session):
    people = session.scalars(select(Person)).all()
    assert sum(p.confidential for p in people) == 1
    team = {p.id for p in people if p.team_member}
    assert 5 <= len(team) <= 7
    assert {quadrant(p.power, p.interest) for p in people} == {
        "manage_closely", "keep_satisfied", "keep_informed", "monitor"}
    assert len({p.attitude for p in people}) == 5
    assert sum(p.engagement_current != p.engagement_desired for p in people) >= 3
    assert all("@" in p.contact and p.strategy and p.communication for p in people)
    assignments = session.scalars(select(Assignment)).all()
    assert assignments and {a.person_id for a in assignments} <= team
    assert {a.units for a in assignments} == {50, 100}


def test_risks(session):
    risks = session.scalars(select(Risk)).all()
    reviews = defaultdict(list)
    for review in session.scalars(select(RiskReview).order_by(RiskReview.reviewed_on)):
        reviews[review.risk_id].append(review)
    assert len({r.status for r in risks}) == 6
    assert len({r.category for r in risks}) >= 5
    overdue = [r for r in risks if r.next_review_on and r.next_review_on < STATUS_DATE]
    assert len(overdue) >= 2
    for risk in risks:
        allowed = THREAT_STRATEGIES if risk.kind == RiskKind.THREAT else OPPORTUNITY_STRATEGIES
        assert risk.strategy in allowed, risk.code
        assert risk.owner_id is not None and risk.cause and risk.event and risk.effect
        assert risk.actions and risk.trigger and risk.identified_on
        assert (risk.closed_on is not None) == (risk.status == "closed"), risk.code
        history = reviews[risk.id]
        assert 2 <= len(history) <= 6, risk.code
        assert all(risk.identified_on <= r.reviewed_on <= STATUS_DATE for r in history)
        last = history[-1]
        assert (last.probability, last.impact, last.residual_probability,
                last.residual_impact) == (risk.probability, risk.impact,
                                          risk.residual_probability, risk.residual_impact)
    changing = [h for h in reviews.values() if len({(r.probability, r.impact) for r in h}) > 1]
    assert len(changing) >= 8
    # Reviews are meetings: none on a weekend or a public holiday.
    calendar = project_calendar(session)
    days = [r.reviewed_on for h in reviews.values() for r in h]
    days += [d for r in risks for d in (r.identified_on, r.next_review_on, r.closed_on) if d]
    assert [d for d in days if not calendar.is_working_day(d)] == []


def test_raci_has_exactly_two_invalid_rows(session):
    roles = session.scalars(select(RaciRole)).all()
    assert sum(r.person_id is None for r in roles) in (2, 3)
    assert all(r.name for r in roles if r.person_id is None)
    rows = defaultdict(list)
    for cell in session.scalars(select(RaciCell)):
        rows[cell.task_id].append(cell.letters)
    problems = {}
    for task_id, letters in rows.items():
        accountable = sum("A" in text.split("/") for text in letters)
        responsible = sum("R" in text.split("/") for text in letters)
        if accountable != 1 or responsible < 1:
            problems[task_id] = accountable
    assert sorted(problems.values()) == [0, 2]
    tasks = {t.id: t for t in _tasks(session)}
    parents = {t.parent_id for t in tasks.values()}
    assert all(tasks[t].milestone or t in parents for t in rows)


def test_model_checks_pass(session):
    assert check_model(session) == []


def _texts(session):
    """Every string value stored in every table, with where it came from."""
    for table in Base.metadata.sorted_tables:
        columns = [c for c in table.columns if isinstance(c.type, String) and c.name != "uid"]
        for row in session.execute(select(*columns)) if columns else ():
            for column, value in zip(columns, row, strict=True):
                if isinstance(value, str) and value:
                    yield f"{table.name}.{column.name}", value


def test_language_of_the_texts(sample, session):
    language = sample[0]
    texts = list(_texts(session))
    assert len(texts) > 300
    if language == "en":
        assert [(where, t) for where, t in texts if CJK.search(t)] == []
        return
    wanted = ("task.name", "person.name", "person.title", "person.strategy", "risk.title",
              "risk.cause", "risk.event", "risk.effect", "risk.actions", "risk.trigger",
              "risk.category", "risk_review.note", "project.name", "project.description",
              "calendar_exception.name", "baseline.name")
    missing = [(where, t) for where, t in texts if where in wanted and not CJK.search(t)]
    assert missing == []
    assert any(where == "raci_role.name" and CJK.search(t) for where, t in texts)


def test_both_languages_have_the_same_plan(tmp_path, monkeypatch):
    monkeypatch.setenv("PLANWRIGHT_DATA_DIR", str(tmp_path / "data"))
    plans = []
    for language in ("en", "zh_CN"):
        doc = create_sample(tmp_path / f"{language}.pwp", language)
        with doc.reader() as s:
            plans.append(sorted((t.id, t.parent_id, t.start, t.finish, t.percent_complete)
                                for t in _tasks(s)))
        doc.close()
    assert plans[0] == plans[1]


def test_existing_file_is_kept_unless_overwritten(tmp_path, monkeypatch):
    monkeypatch.setenv("PLANWRIGHT_DATA_DIR", str(tmp_path / "data"))
    path = tmp_path / "s.pwp"
    path.write_text("keep me")
    with pytest.raises(DocumentError):
        create_sample(path, "en")
    assert path.read_text() == "keep me"
    create_sample(path, "zh_CN", overwrite=True).close()
    doc = Document.open(path)
    assert doc.project().language == "zh_CN"
    doc.close()
