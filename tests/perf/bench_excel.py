"""Benchmark: Excel export and import of a large project. Prints figures; asserts nothing.

10,000 tasks, 300 stakeholders, 2,000 risks and a full RACI matrix (40 columns),
each step timed beside what openpyxl alone needs to write (or read) the same cells.

    .venv/bin/python tests/perf/bench_excel.py
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import insert  # noqa: E402

from tests.perf.generate import generate, write_project  # noqa: E402

TASKS, PEOPLE, RISKS, ROLES = 10_000, 300, 2_000, 40
LETTERS = ["", "", "R", "C", "I", "A", "A/R"]


def fill(path: Path) -> None:
    from app.core.enums import RiskKind, RiskStatus
    from app.models import Person, RaciCell, RaciRole
    from app.models.document import Document
    from app.models.people import Risk, RiskTask

    rng = random.Random(3)
    doc = Document.open(path)
    with doc.session() as session:
        session.execute(insert(Person), [dict(
            id=i, name=f"Person {i}", position=i, organisation=f"Org {i % 17}",
            power=rng.randint(1, 10), interest=rng.randint(1, 10), team_member=i <= 60)
            for i in range(1, PEOPLE + 1)])
        session.execute(insert(Risk), [dict(
            id=i, code=f"R-{i:04d}", title=f"Risk {i}", cause="cause", event="event",
            effect="effect", kind=RiskKind.THREAT, probability=rng.randint(1, 5),
            impact=rng.randint(1, 5), owner_id=rng.randint(1, PEOPLE),
            status=RiskStatus.IDENTIFIED, identified_on=date(2026, 3, 2),
            next_review_on=date(2026, 3, 2) + timedelta(days=rng.randint(0, 200)))
            for i in range(1, RISKS + 1)])
        session.execute(insert(RiskTask), [dict(risk_id=i, task_id=rng.randint(1, TASKS))
                                           for i in range(1, RISKS + 1)])
        session.execute(insert(RaciRole), [dict(id=i, person_id=i, name="", position=i)
                                           for i in range(1, ROLES + 1)])
        session.execute(insert(RaciCell), [
            dict(task_id=t, role_id=r, letters=letter)
            for t in range(1, TASKS + 1) for r in range(1, ROLES + 1)
            if (letter := rng.choice(LETTERS))])
    doc.close()


def openpyxl_alone(source: Path, target: Path) -> float:
    """Write the same cell values with openpyxl's write-only mode and nothing else."""
    from openpyxl import Workbook, load_workbook

    book = load_workbook(source, read_only=True)
    sheets = [(s.title, list(s.iter_rows(values_only=True))) for s in book.worksheets]
    book.close()
    start = time.perf_counter()
    out = Workbook(write_only=True)
    for title, rows in sheets:
        sheet = out.create_sheet(title)
        for row in rows:
            sheet.append(row)
    out.save(target)
    return time.perf_counter() - start


def openpyxl_read(source: Path) -> float:
    from openpyxl import load_workbook

    start = time.perf_counter()
    book = load_workbook(source, read_only=True)
    for sheet in book.worksheets:
        for _row in sheet.iter_rows():
            pass
    book.close()
    return time.perf_counter() - start


def main() -> None:
    from app.io.excel import export_workbook, import_workbook, plan_workbook_import
    from app.models.document import Document

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        project = root / "big.pwp"
        write_project(project, *generate(TASKS))
        fill(project)
        start = time.perf_counter()
        export_workbook(project, root / "big.xlsx", include_confidential=True)
        export = time.perf_counter() - start
        alone = openpyxl_alone(root / "big.xlsx", root / "plain.xlsx")
        size = (root / "big.xlsx").stat().st_size / 1e6
        print(f"export   {export:6.2f} s   openpyxl alone {alone:5.2f} s   "
              f"ratio {export / alone:4.2f}   ({size:.1f} MB)")
        doc = Document.open(project)
        start = time.perf_counter()
        plan = plan_workbook_import(doc, root / "big.xlsx")
        back = time.perf_counter() - start
        doc.close()
        read = openpyxl_read(root / "big.xlsx")
        print(f"import back (preview, {plan.changes} changes) {back:6.2f} s   "
              f"openpyxl read alone {read:5.2f} s   ratio {back / read:4.2f}")
        start = time.perf_counter()
        import_workbook(root / "big.xlsx", root / "new.pwp")
        new = time.perf_counter() - start
        print(f"import into a new project {new:6.2f} s   ratio {new / read:4.2f}")


if __name__ == "__main__":
    main()
