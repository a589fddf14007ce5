"""After import, Planwright's scheduler must give the dates Microsoft Project saved.

Task for task, each imported file is rescheduled and every task's start and finish
compared with the file's. Tasks whose dates come from something Planwright does not
model are left out, each with its reason; so are the summaries above them and the
tasks linked after them, whose dates follow from theirs. Every other task's dates
must equal the file's.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from app.io.mspdi import import_mspdi
from app.models import Dependency, Task
from app.models.document import Document

from .conftest import MSPDI_DIR, NS, corpus, file_tasks

MANUAL = "manually scheduled: its dates are its own, kept as the file gives them"
ELAPSED = "elapsed duration: Planwright has none, the import turns it into working time"
SPLIT = "split into parts (a gap in its <TimephasedData>): Planwright does not split"
NIGHT_SHIFT = ("worked by Second Resource on the Night Shift calendar, which sets its "
               "dates; Planwright schedules on the project calendar only")

# Tasks out of scope, by file and UID, beyond the manual ones (found by rule).
OUT_OF_SCOPE: dict[str, dict[int, str]] = {
    "mspdisplittask.xml": {1: SPLIT, 2: SPLIT},
    "mspdiduration.xml": {uid: ELAPSED for uid in range(6, 11)},
    "sample.xml": {2: NIGHT_SHIFT},
    "sample1.xml": {2: NIGHT_SHIFT, 24: NIGHT_SHIFT},
}

def scheduled(source: Path, tmp_path: Path):
    """(Planwright's dates, the file's dates, parents, predecessors), all by UID."""
    report = import_mspdi(source, tmp_path / f"{source.stem}.pwp")
    doc = Document.open(report.target)
    with doc.reader() as s:
        tasks = {t.id: t for t in s.scalars(select(Task))}
        links = [(d.predecessor_id, d.successor_id) for d in s.scalars(select(Dependency))]
    doc.close()
    uid = {t.id: t.uid for t in tasks.values()}
    ours = {t.uid: (t.start, t.finish) for t in tasks.values()}
    parents = {t.uid: uid.get(t.parent_id) for t in tasks.values()}
    predecessors: dict[int, list[int]] = {}
    for pred, succ in links:
        predecessors.setdefault(uid[succ], []).append(uid[pred])
    return ours, dict(report.file_dates), parents, predecessors


def out_of_scope(source: Path, parents: dict, predecessors: dict) -> dict[int, str]:
    """Each excluded task with its reason, followed up to summaries and successors."""
    reasons = dict(OUT_OF_SCOPE.get(source.name, {}))
    for element in file_tasks(source):
        if element.findtext("p:Manual", "0", NS) == "1":
            reasons.setdefault(int(element.findtext("p:UID", namespaces=NS)), MANUAL)
    changed = True
    while changed:
        changed = False
        for uid in list(reasons):
            parent = parents.get(uid)
            if parent is not None and parent not in reasons:
                reasons[parent] = f"summary of UID {uid}, which is out of scope"
                changed = True
        for uid, preds in predecessors.items():
            driver = next((p for p in preds if p in reasons), None)
            if uid not in reasons and driver is not None:
                reasons[uid] = f"linked after UID {driver}, which is out of scope"
                changed = True
    return reasons


@pytest.mark.parametrize("source", corpus())
def test_dates_equal_those_microsoft_project_saved(source, tmp_path):
    ours, theirs, parents, predecessors = scheduled(source, tmp_path)
    excluded = out_of_scope(source, parents, predecessors)
    compared = [uid for uid in ours if uid not in excluded]
    differ = {uid: (ours[uid], theirs[uid]) for uid in compared if ours[uid] != theirs[uid]}
    assert not differ, f"Planwright (start, finish) vs the file's, by UID: {differ}"


def test_every_exclusion_names_a_task_in_its_file():
    for name, tasks in OUT_OF_SCOPE.items():
        if not (MSPDI_DIR / name).exists():
            continue
        uids = {int(t.findtext("p:UID", namespaces=NS)) for t in file_tasks(MSPDI_DIR / name)}
        assert set(tasks) <= uids, name
