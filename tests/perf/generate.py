"""Generated plans for benchmarks: a 3-level WBS with about 1.3 links per task."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

from app.core.enums import LinkType
from app.core.schedule import LinkIn, TaskIn

DAY = 480
_TYPES = [LinkType.FS] * 14 + [LinkType.SS] * 3 + [LinkType.FF] * 2 + [LinkType.SF]


def generate(size: int, seed: int = 1) -> tuple[list[TaskIn], list[LinkIn]]:
    """`size` tasks: phases of ~10 work packages of ~10 tasks; links go forward only."""
    rng = random.Random(seed)
    tasks: list[TaskIn] = []
    leaves: list[int] = []
    phase = package = None
    for i in range(1, size + 1):
        if (i - 1) % 111 == 0:
            phase, package, parent = i, None, None
        elif package is None or (i - phase) % 11 == 1:
            package, parent = i, phase
        else:
            parent = package
        tasks.append(TaskIn(i, parent, i, f"Task {i}", DAY * rng.randint(1, 10)))
        if parent == package and package is not None:
            leaves.append(i)
    summaries = {t.parent_id for t in tasks if t.parent_id}
    leaves = [i for i in leaves if i not in summaries]
    links: list[LinkIn] = []
    seen: set[tuple[int, int]] = set()
    target = int(size * 1.3)
    while len(links) < target:
        k = rng.randrange(1, len(leaves))
        pred = leaves[max(0, k - rng.randint(1, 30))]
        succ = leaves[k]
        if pred == succ or (pred, succ) in seen:
            continue
        seen.add((pred, succ))
        lag = rng.choice([0, 0, 0, DAY, 2 * DAY, -DAY // 2, 240])
        links.append(LinkIn(pred, succ, rng.choice(_TYPES), lag))
    return tasks, links


def write_project(path: Path, tasks: list[TaskIn], links: list[LinkIn]) -> None:
    """Store a generated plan as a project file (scheduled once)."""
    from sqlalchemy import insert

    from app.models import Dependency, Task
    from app.models.document import Document
    from app.models.scheduling import reschedule

    def fill(session) -> None:
        session.execute(insert(Task), [
            {"id": t.id, "uid": t.id, "parent_id": t.parent_id, "position": t.position,
             "name": t.name, "duration": t.duration} for t in tasks])
        session.execute(insert(Dependency), [
            {"predecessor_id": link.predecessor, "successor_id": link.successor,
             "type": link.type, "lag": link.lag} for link in links])
        session.flush()
        reschedule(session)

    Document.create(path, name=path.stem, start=date(2026, 3, 2), overwrite=True,
                    fill=fill).close()
