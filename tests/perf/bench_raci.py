"""Benchmark: the RACI page with 1,000 tasks x 40 columns. Prints figures; asserts nothing.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/perf/bench_raci.py
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import insert  # noqa: E402

from tests.perf.generate import generate, write_project  # noqa: E402

ROWS, COLUMNS = 1000, 40
LETTERS = ["", "", "", "R", "C", "I", "A", "A/R"]


def add_matrix(path: Path) -> None:
    from app.models import Person, RaciCell, RaciRole
    from app.models.document import Document

    rng = random.Random(7)
    doc = Document.open(path)
    with doc.session() as session:
        session.execute(insert(Person), [{"id": i, "name": f"Person {i}", "position": i}
                                         for i in range(1, COLUMNS - 4)])
        session.execute(insert(RaciRole), [
            {"id": i, "person_id": i if i < COLUMNS - 4 else None,
             "name": "" if i < COLUMNS - 4 else f"Role {i}", "position": i}
            for i in range(1, COLUMNS + 1)])
        cells = [{"task_id": t, "role_id": r, "letters": letter}
                 for t in range(1, ROWS + 1) for r in range(1, COLUMNS + 1)
                 if (letter := rng.choice(LETTERS))]
        session.execute(insert(RaciCell), cells)
    doc.close()


def timed(label: str, step: Callable[[], object], repeat: int = 5) -> None:
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        step()
        times.append(time.perf_counter() - began)
    print(f"{label:<52} median {statistics.median(times) * 1000:8.1f} ms "
          f"(min {min(times) * 1000:.1f})")


def main() -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    from app.core.raci import summarize
    from app.models.commands import History
    from app.models.document import Document
    from app.models.raci import load_matrix
    from app.views.raci.page import RaciPage

    app = QApplication.instance() or QApplication([])
    # A refused paste would open a modal box and wait for ever: print it instead.
    QMessageBox.warning = lambda parent, title, text, *a, **k: print("REFUSED:", text)
    folder = Path(tempfile.mkdtemp())
    path = folder / "raci.pwp"
    tasks, links = generate(ROWS)
    write_project(path, tasks, links)
    add_matrix(path)
    doc = Document.open(path)
    history = History(doc.editor)

    class Port:
        document = doc

        def execute(self, command) -> bool:
            history.push(command)
            page.changed(command.changes)
            return True

    with doc.reader() as session:
        matrix = load_matrix(session)
    cells = sum(bool(v) for r in matrix.rows for v in r.cells)
    print(f"{len(matrix.rows)} tasks x {len(matrix.columns)} columns, {cells} letters")

    def load() -> None:
        with doc.reader() as session:
            load_matrix(session)

    timed("load the matrix from the file", load)
    timed("validate every row and column (summary)", lambda: summarize(matrix))

    page = RaciPage()
    page.resize(1400, 900)
    page.show()
    page.actions_["deliverables"].setChecked(False)
    timed("first refresh of the page (set_port)", lambda: page.set_port(Port()), repeat=3)
    page.model.set_filters(deliverables_only=False)
    print(f"rows shown: {page.model.rowCount()}, columns: {page.model.columnCount()}")
    timed("refresh after a change (same shape, in place)", page.refresh)
    timed("paint the visible part of the matrix", lambda: page.view.viewport().grab())

    def scroll() -> None:
        bar = page.view.verticalScrollBar()
        for value in range(0, bar.maximum() + 1, max(1, bar.maximum() // 20)):
            bar.setValue(value)
            page.view.viewport().grab()

    timed("scroll top to bottom in 20 steps, painting each", scroll, repeat=3)

    def type_letter() -> None:
        page.view.setCurrentIndex(page.model.index(500, 20))
        page.fill("C" if page.model.value(500, 20) != "C" else "I")

    timed("type one letter (command + refresh)", type_letter)

    def select_all_copy() -> None:
        page.view.selectAll()
        page.copy()

    timed("select all and copy (40,000 cells)", select_all_copy, repeat=3)
    text = QGuiApplication.clipboard().text()
    rotated = text.translate(str.maketrans("CI", "IC"))  # every letter stays valid
    QGuiApplication.clipboard().setText(rotated)

    def paste_all() -> None:
        page.view.setCurrentIndex(page.model.index(0, 1))
        page.view.clearSelection()
        page.view.setCurrentIndex(page.model.index(0, 1))
        page.paste()

    timed("paste a 1,000 x 40 block (one command + refresh)", paste_all, repeat=1)

    def undo() -> None:
        history.undo()
        page.changed(history.undone[-1].changes)

    timed("undo that paste (+ refresh)", undo, repeat=1)
    page.view.selectAll()
    timed("fill the whole selection with one letter", lambda: page.fill("I"), repeat=1)
    page.model.set_filters(problems_only=True)
    print(f"problems only: {page.model.rowCount()} rows")
    timed("toggle the problems filter", lambda: page.model.set_filters(problems_only=True))
    page.close()
    doc.close()
    app.processEvents()
    del Qt


if __name__ == "__main__":
    main()
