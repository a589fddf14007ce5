"""Benchmark: the Dashboard page on a generated 10k-task plan after an edit.

    .venv/bin/python tests/perf/bench_dashboard.py [SIZE]

The plan has budgets and actual costs, a baseline, progress up to a status date,
twelve status snapshots, 12 people with an A and an R on every work task, and 40
risks with reviews. Prints: the key figures alone; the trends alone; the page's
refresh after a % complete typed on the Gantt (command -> reschedule -> dashboard
refreshed and repainted). Asserts nothing about time.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def enrich(path: Path) -> None:
    """Costs, baseline, progress, snapshots, people, RACI and risks on a generated plan."""
    from sqlalchemy import bindparam, insert, select, update

    from app.core.enums import RiskKind
    from app.models import Baseline, BaselineTask, Person, Project, Risk, RiskReview, Task
    from app.models.document import Document
    from app.models.people import RaciCell, RaciRole
    from app.models.tasks import StatusSnapshot

    rng = random.Random(7)
    status = date(2026, 9, 30)
    doc = Document.open(path)
    with doc.session() as s:
        rows = s.execute(select(Task.id, Task.start, Task.finish, Task.duration)).all()
        parents = set(s.scalars(select(Task.parent_id).where(Task.parent_id.is_not(None))))
        s.add(Baseline(id=1, number=0, name="Baseline", taken_at=datetime(2026, 3, 1)))
        s.flush()
        s.execute(insert(BaselineTask), [
            {"baseline_id": 1, "task_id": i, "start": a, "finish": b, "duration": d,
             "cost": d / 480 * 800} for i, a, b, d in rows])
        at = datetime(2026, 9, 30, 17)
        values = []
        for i, a, b, d in rows:
            done = 100 if b <= at else (rng.randint(10, 90) if a < at else 0)
            values.append({"b_id": i, "cost": d / 480 * 800, "actual_cost":
                           d / 480 * 800 * done / 100 * rng.uniform(0.9, 1.2),
                           "percent_complete": 0 if i in parents else done})
        table = Task.__table__
        s.execute(update(table).where(table.c.id == bindparam("b_id")).values(
            cost=bindparam("cost"), actual_cost=bindparam("actual_cost"),
            percent_complete=bindparam("percent_complete")), values)
        s.get_one(Project, 1).status_date = status
        for n in range(12):
            day = status - timedelta(days=14 * (n + 1))
            s.add(StatusSnapshot(status_date=datetime.combine(day, datetime.min.time()),
                                 taken_at=datetime.now(), figures={
                                     "basis": "cost", "ev": 1000.0 * (12 - n), "ac": 1100.0 * (12 - n),
                                     "remaining_work": 1e6 - 1e4 * (12 - n), "milestones": {}}))
        people = [Person(name=f"Person {n}", position=n, power=5, interest=5) for n in range(12)]
        s.add_all(people)
        s.flush()
        roles = [RaciRole(person_id=p.id, name="", position=n) for n, p in enumerate(people)]
        s.add_all(roles)
        s.flush()
        leaves = [i for i, *_ in rows if i not in parents]
        s.execute(insert(RaciCell), [
            {"task_id": i, "role_id": roles[k % 12].id, "letters": letters}
            for k, i in enumerate(leaves) for letters in ("A",)] + [
            {"task_id": i, "role_id": roles[(k + 1) % 12].id, "letters": "R"}
            for k, i in enumerate(leaves)])
        for n in range(40):
            risk = Risk(code=f"R-{n:03d}", title=f"Risk {n}", kind=RiskKind.THREAT,
                        probability=rng.randint(1, 5), impact=rng.randint(1, 5),
                        identified_on=date(2026, 3, 1), next_review_on=date(2026, 9, 1))
            s.add(risk)
            s.flush()
            for m in range(6):
                s.add(RiskReview(risk_id=risk.id, reviewed_on=date(2026, 3 + m, 15),
                                 probability=rng.randint(1, 5), impact=rng.randint(1, 5)))
    doc.close()


def timed_refresh(page, into: list[float]):
    original = type(page).refresh

    def timed() -> None:
        t = time.perf_counter()
        original(page)
        page.repaint()
        into.append((time.perf_counter() - t) * 1000)

    return timed


def main(size: int = 10000) -> None:
    from PySide6.QtWidgets import QApplication

    from tests.perf.window import big_plan, main_window

    path, tasks, links = big_plan(size)
    enrich(path)
    print(f"{size} tasks, {len(links)} links, with costs, baseline, progress, RACI, risks")

    app = QApplication.instance() or QApplication([])
    from app.models.calendars import project_calendar
    from app.models.commands import Changes, SetFields
    from app.models.health import HealthCache, key_figures, load_task_facts, load_trends
    from app.models.tasks import Task

    window = main_window(app)
    window.open_path(path)
    window.show_page(4)
    page = window.pages[4]
    app.processEvents()

    figures_ms, trends_ms = [], []
    for _ in range(5):  # from nothing: no cache, as the PDF report reads them
        with window.port.document.reader() as session:
            t0 = time.perf_counter()
            cache = HealthCache()
            facts = load_task_facts(session, cache=cache)
            calendar = project_calendar(session)
            figures = key_figures(session, tasks=facts, calendar=calendar,
                                  include_confidential=True, cache=cache)
            t1 = time.perf_counter()
            load_trends(session, figures, facts, calendar, cache)
            t2 = time.perf_counter()
        figures_ms.append((t1 - t0) * 1000)
        trends_ms.append((t2 - t1) * 1000)
    print(f"key figures from nothing (tasks, EV, milestones, risks, RACI, people): median "
          f"{statistics.median(figures_ms):.0f} ms")
    print(f"trends from nothing (S-curve, burndown, slip, exposure): median "
          f"{statistics.median(trends_ms):.0f} ms")

    leaf = max(t.id for t in tasks if t.parent_id) - 5
    edits, refreshes = [], []
    for n in range(6):
        command = SetFields("Set Progress", Task, {"id": leaf}, {"percent_complete": 0},
                            {"percent_complete": 10 + n}, Changes.TASKS)
        refreshed: list[float] = []
        page.refresh = timed_refresh(page, refreshed)
        t0 = time.perf_counter()
        window.port.execute(command)
        app.processEvents()
        edits.append((time.perf_counter() - t0) * 1000)
        del page.refresh  # the class's own again
        refreshes += refreshed
        window.actions_["undo"].trigger()
        app.processEvents()
    print(f"dashboard refresh + repaint after an edit: median {statistics.median(refreshes):.0f} ms, "
          f"max {max(refreshes):.0f} ms")
    print(f"whole edit (command, reschedule, dashboard): median {statistics.median(edits):.0f} ms")
    window.close_document()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10000)
