"""PDF report of a generated plan, all sections: time and pages (prints, asserts nothing).

    .venv/bin/python -m tests.perf.bench_report [TASKS] [OUT.pdf]

The plan gets 40 stakeholders (12 of them RACI columns with letters on every task) and
60 risks linked to tasks, so every section has something to draw.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from datetime import date
from pathlib import Path


def enrich(path: Path, seed: int = 1) -> None:
    from sqlalchemy import insert, select

    from app.core.enums import Attitude, RiskStatus
    from app.models.document import Document
    from app.models.people import Person, RaciCell, RaciRole, Risk, RiskTask
    from app.models.tasks import Task

    rng = random.Random(seed)
    doc = Document.open(path)
    with doc.session() as session:
        session.execute(insert(Person), [
            {"id": i, "name": f"Person {i}", "organisation": "Org", "power": rng.randint(1, 10),
             "interest": rng.randint(1, 10), "attitude": rng.choice(list(Attitude)),
             "position": i, "confidential": i % 13 == 0} for i in range(1, 41)])
        session.execute(insert(RaciRole), [{"id": i, "person_id": i, "position": i}
                                           for i in range(1, 13)])
        tasks = session.scalars(select(Task.id)).all()
        cells = []
        for task in tasks:
            roles = rng.sample(range(1, 13), 4)
            for role, letter in zip(roles, ("A", "R", "C", "I"), strict=True):
                cells.append({"task_id": task, "role_id": role, "letters": letter})
        session.execute(insert(RaciCell), cells)
        session.execute(insert(Risk), [
            {"id": i, "code": f"R-{i:03d}", "title": f"Risk {i}", "probability":
             rng.randint(1, 5), "impact": rng.randint(1, 5), "owner_id": rng.randint(1, 40),
             "status": RiskStatus.MONITORING, "identified_on": date(2026, 3, 1),
             "next_review_on": date(2026, rng.randint(3, 12), 1)} for i in range(1, 61)])
        session.execute(insert(RiskTask), [{"risk_id": i, "task_id": rng.choice(tasks)}
                                           for i in range(1, 61)])
    doc.close()


def main(size: int = 1000, out: Path | None = None) -> None:
    from app.reports.build import write_report
    from tests.perf.generate import generate, write_project

    folder = Path(tempfile.mkdtemp())
    plan = folder / f"plan{size}.pwp"
    write_project(plan, *generate(size))
    enrich(plan)
    out = out or folder / "report.pdf"
    for run in range(3):
        started = time.perf_counter()
        pages = write_report(plan, out)
        print(f"{size} tasks, all sections: {pages} pages, "
              f"{time.perf_counter() - started:.2f} s (run {run + 1}), "
              f"{out.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000,
         Path(sys.argv[2]) if len(sys.argv) > 2 else None)
