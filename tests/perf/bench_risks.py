"""Benchmark: the Risks page with 2,000 risks. Prints figures; asserts nothing about time.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/perf/bench_risks.py
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.core.enums import RiskKind, RiskStatus, RiskStrategy  # noqa: E402
from app.models import Person, Risk, RiskReview  # noqa: E402
from app.models.commands import History  # noqa: E402
from app.models.document import Document  # noqa: E402
from app.views.risks.columns import INDEX  # noqa: E402
from app.views.risks.data import load_register  # noqa: E402
from app.views.risks.filters import Cell  # noqa: E402
from app.views.risks.page import RisksPage  # noqa: E402

WORDS = ("supplier", "data", "network", "permit", "crane", "audit", "budget", "vendor",
         "migration", "testing", "training", "weather", "customs", "licence", "power")


def fill(session, count: int) -> None:
    rnd = random.Random(6)
    people = [Person(id=n, name=f"Person {n}") for n in range(1, 41)]
    session.add_all(people)
    session.flush()
    start = date(2026, 1, 5)
    risks, reviews = [], []
    for n in range(1, count + 1):
        kind = RiskKind.OPPORTUNITY if n % 7 == 0 else RiskKind.THREAT
        ident = start + timedelta(days=rnd.randrange(200))
        status = rnd.choice(list(RiskStatus))
        risks.append(dict(
            id=n, code=f"R-{n:04d}", title=" ".join(rnd.sample(WORDS, 3)).capitalize(),
            cause="cause " + rnd.choice(WORDS), event="event " + rnd.choice(WORDS),
            effect="effect " + rnd.choice(WORDS), category=rnd.choice(WORDS[:8]), kind=kind,
            probability=rnd.randint(1, 5), impact=rnd.randint(1, 5),
            residual_probability=rnd.randint(1, 3), residual_impact=rnd.randint(1, 4),
            owner_id=rnd.randint(1, 40),
            strategy=RiskStrategy.ACCEPT, actions="actions", trigger="trigger", status=status,
            identified_on=ident, next_review_on=ident + timedelta(days=rnd.randrange(30, 300)),
            closed_on=ident + timedelta(days=250) if status == RiskStatus.CLOSED else None))
        for k in range(rnd.randint(1, 6)):
            reviews.append(dict(risk_id=n, reviewed_on=ident + timedelta(days=30 * k),
                                probability=rnd.randint(1, 5), impact=rnd.randint(1, 5),
                                residual_probability=None, residual_impact=None, note=""))
    session.bulk_insert_mappings(Risk, risks)
    session.bulk_insert_mappings(RiskReview, reviews)


def timed(label: str, action, repeat: int = 5) -> None:
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        action()
        QApplication.processEvents()
        times.append(time.perf_counter() - began)
    print(f"{label:<44} median {statistics.median(times) * 1000:7.1f} ms   "
          f"max {max(times) * 1000:7.1f} ms")


def main(count: int = 2000) -> None:
    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp())
    os.environ["PLANWRIGHT_DATA_DIR"] = str(folder / "data")
    doc = Document.create(folder / "bench.pwp", name="Bench", start=date(2026, 1, 5),
                          fill=lambda s: fill(s, count))

    class Port:
        document = doc
        history = History(doc.editor)

        def execute(self, command) -> bool:
            self.history.push(command)
            return True

    page = RisksPage()
    page.resize(1400, 900)
    page.show()
    doc.editor.listeners.append(page.changed)
    began = time.perf_counter()
    page.set_port(Port())
    app.processEvents()
    print(f"{count} risks; first show of the page: {(time.perf_counter() - began) * 1000:.0f} ms")

    def load() -> None:
        with doc.reader() as s:
            load_register(s)

    timed("read the register (load_register)", load)
    timed("refresh (read + model + filter + maps)", page.refresh)
    texts = iter(["s", "su", "sup", "supp", "suppl", "x", "xy", "", "d", "da"] * 3)
    timed("filter: one keystroke in the text box", lambda: page.bar.text.setText(next(texts)),
          10)
    page.bar.text.clear()
    statuses = iter([0, 1, 2, 3, 4, 5, 6, 7, 1, 0] * 2)
    timed("filter: status combo", lambda: page.bar.status.setCurrentIndex(next(statuses)), 10)
    page.bar.status.setCurrentIndex(1)
    cells = iter([Cell(RiskKind.THREAT, False, p, i) for p in (1, 3, 5) for i in (2, 4)])
    timed("filter: heat-map cell click", lambda: page.set_cell(next(cells)), 6)
    page.set_cell(None)
    orders = iter([(INDEX["score"], Qt.SortOrder.DescendingOrder),
                   (INDEX["title"], Qt.SortOrder.AscendingOrder),
                   (INDEX["rating"], Qt.SortOrder.DescendingOrder),
                   (INDEX["next_review_on"], Qt.SortOrder.AscendingOrder),
                   (INDEX["owner_id"], Qt.SortOrder.AscendingOrder)] * 2)
    timed("sort by a column", lambda: page.view.sortByColumn(*next(orders)), 10)
    heat = page.maps[0]
    timed("paint one heat map", lambda: heat.repaint(), 10)
    ids = iter(range(1, 40))
    timed("drag re-score: command + refresh",
          lambda: page._rescored(next(ids), False, 5, 5), 10)
    page.close()
    doc.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
