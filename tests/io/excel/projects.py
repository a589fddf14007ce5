"""Generated projects for the workbook tests: every module filled, text that looks
like formulas, Chinese names, hierarchy, links, RACI letters, holidays."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from hypothesis import strategies as st
from sqlalchemy import insert

from app.core.calendar import STANDARD_WEEK, Exception_, WorkCalendar
from app.core.enums import (
    Attitude,
    ConstraintType,
    Engagement,
    LinkType,
    RiskKind,
    RiskStatus,
)
from app.core.raci import choices
from app.core.risk import strategies
from app.models.calendars import store_calendar
from app.models.document import Document
from app.models.people import Person, RaciCell, RaciRole, Risk, RiskTask
from app.models.scheduling import reschedule
from app.models.tasks import Assignment, Dependency, Task

START = date(2025, 3, 3)
WORDS = st.text(alphabet="ab =+-@\u5f20\u4f1f1", min_size=1, max_size=10).map(
    lambda t: " ".join(t.split())).filter(bool)
DURATIONS = [0, 60, 120, 240, 480, 720, 960, 2400]
LAGS = [0, 0, 240, 480, -240, 960]


@dataclass
class Spec:
    levels: list[int]
    names: list[str]
    durations: list[int]
    percents: list[int]
    notes: list[str]
    links: list[tuple[int, int, LinkType, int]]
    people: list[dict] = field(default_factory=list)
    assignments: list[tuple[int, int]] = field(default_factory=list)
    risks: list[dict] = field(default_factory=list)
    roles: list[tuple[int | None, str]] = field(default_factory=list)
    cells: dict[tuple[int, int], str] = field(default_factory=dict)
    holidays: list[int] = field(default_factory=list)
    snet: dict[int, int] = field(default_factory=dict)  # task -> day offset


@st.composite
def specs(draw) -> Spec:
    n = draw(st.integers(1, 12))
    levels = [1]
    for _ in range(n - 1):
        levels.append(draw(st.integers(1, levels[-1] + 1)))
    leaf = [i for i in range(n) if not (i + 1 < n and levels[i + 1] > levels[i])]
    links = []
    for a, b in draw(st.lists(st.tuples(st.sampled_from(leaf), st.sampled_from(leaf)),
                              max_size=6, unique=True)):
        if a < b and (b, a) not in [(x, y) for x, y, _t, _l in links]:
            links.append((a, b, draw(st.sampled_from(list(LinkType))),
                          draw(st.sampled_from(LAGS))))
    spec = Spec(levels, draw(st.lists(WORDS, min_size=n, max_size=n)),
                [draw(st.sampled_from(DURATIONS)) for _ in range(n)],
                [draw(st.sampled_from([0, 0, 25, 50, 100])) for _ in range(n)],
                [draw(st.sampled_from(["", "", "=note", "line 1\nline 2", "\u5907\u6ce8"]))
                 for _ in range(n)], links)
    for i in leaf:
        if draw(st.integers(0, 4)) == 0:
            spec.snet[i] = draw(st.integers(0, 20))
    names = draw(st.lists(WORDS, max_size=5, unique_by=str.casefold))
    for name in names:
        spec.people.append(dict(
            name=name, organisation=draw(st.sampled_from(["", "+Org", "\u534e\u8dc3"])),
            power=draw(st.integers(1, 10)), interest=draw(st.integers(1, 10)),
            attitude=draw(st.sampled_from(list(Attitude))),
            engagement_current=draw(st.sampled_from([None, *Engagement])),
            engagement_desired=draw(st.sampled_from([None, *Engagement])),
            team_member=draw(st.booleans()), confidential=draw(st.integers(0, 4)) == 0))
    if spec.people:
        spec.assignments = draw(st.lists(st.tuples(st.integers(0, n - 1),
                                                   st.integers(0, len(names) - 1)),
                                         max_size=6, unique=True))
    for k in range(draw(st.integers(0, 4))):
        kind = draw(st.sampled_from(list(RiskKind)))
        status = draw(st.sampled_from(list(RiskStatus)))
        identified = START + timedelta(days=draw(st.integers(0, 30)))
        spec.risks.append(dict(
            code=f"R-{k + 1:03d}", title=draw(WORDS), kind=kind,
            probability=draw(st.integers(1, 5)), impact=draw(st.integers(1, 5)),
            residual_probability=draw(st.sampled_from([None, 1, 2])),
            residual_impact=draw(st.sampled_from([None, 1, 3])),
            strategy=draw(st.sampled_from([None, *strategies(kind)])), status=status,
            identified_on=identified,
            next_review_on=identified + timedelta(days=draw(st.integers(0, 60))),
            closed_on=identified + timedelta(days=5) if status == RiskStatus.CLOSED else None,
            owner=draw(st.sampled_from([None, *range(len(names))])),
            tasks=sorted(draw(st.sets(st.integers(0, n - 1), max_size=2)))))
    person_roles = draw(st.sets(st.integers(0, len(names) - 1), max_size=3)) if names else set()
    spec.roles = [(p, "") for p in sorted(person_roles)]
    spec.roles += [(None, r) for r in draw(st.lists(st.sampled_from(["PMO", "=Board", "QA"]),
                                                    max_size=2, unique=True))]
    for _ in range(draw(st.integers(0, 8))) if spec.roles else ():
        cell = (draw(st.integers(0, n - 1)), draw(st.integers(0, len(spec.roles) - 1)))
        spec.cells[cell] = draw(st.sampled_from([c for c in choices("RACI") if c]))
    spec.holidays = draw(st.lists(st.integers(0, 40), max_size=3, unique=True))
    return spec


def build(path: Path, spec: Spec) -> Path:
    def fill(session) -> None:
        store_calendar(session, 1, WorkCalendar("Standard", STANDARD_WEEK, {
            START + timedelta(days=d): Exception_(START + timedelta(days=d), "=Holiday")
            for d in spec.holidays}))
        parents: list[int | None] = []
        stack: list[tuple[int, int]] = []
        for i, level in enumerate(spec.levels):
            while stack and stack[-1][0] >= level:
                stack.pop()
            parent = stack[-1][1] if stack else None
            parents.append(parent)
            stack.append((level, i + 1))
        session.execute(insert(Task), [dict(
            id=i + 1, parent_id=parents[i], position=_position(parents, i),
            name=spec.names[i], duration=spec.durations[i], percent_complete=spec.percents[i],
            notes=spec.notes[i], milestone=spec.durations[i] == 0,
            constraint_type=ConstraintType.SNET if i in spec.snet else ConstraintType.ASAP,
            constraint_date=datetime.combine(START + timedelta(days=spec.snet[i]),
                                             datetime.min.time()).replace(hour=8)
            if i in spec.snet else None) for i in range(len(spec.levels))])
        if spec.links:
            session.execute(insert(Dependency), [dict(
                predecessor_id=a + 1, successor_id=b + 1, type=t, lag=lag)
                for a, b, t, lag in spec.links])
        for n, person in enumerate(spec.people):
            session.add(Person(id=n + 1, position=n, **person))
        session.flush()
        session.add_all(Assignment(task_id=t + 1, person_id=p + 1) for t, p in spec.assignments)
        for n, risk in enumerate(spec.risks):
            values = dict(risk)
            owner, tasks = values.pop("owner"), values.pop("tasks")
            session.add(Risk(id=n + 1, owner_id=None if owner is None else owner + 1,
                             **values))
            session.flush()
            session.add_all(RiskTask(risk_id=n + 1, task_id=t + 1) for t in tasks)
        for n, (person, name) in enumerate(spec.roles):
            session.add(RaciRole(id=n + 1, person_id=None if person is None else person + 1,
                                 name=name, position=n))
        session.flush()
        session.add_all(RaciCell(task_id=t + 1, role_id=r + 1, letters=v)
                        for (t, r), v in spec.cells.items())
        session.flush()
        reschedule(session)

    Document.create(path, name="=Generated", start=START, fill=fill).close()
    return path


def _position(parents: list[int | None], i: int) -> int:
    return sum(1 for j in range(i) if parents[j] == parents[i])
