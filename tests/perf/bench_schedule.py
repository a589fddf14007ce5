"""Benchmark: full schedule of large plans. Prints figures; asserts nothing about time.

    .venv/bin/python tests/perf/bench_schedule.py
"""

from __future__ import annotations

import statistics
import time
from datetime import datetime

from app.core.calendar import WorkCalendar
from app.core.enums import LinkType
from app.core.schedule import LinkIn, TaskIn, schedule

DAY = 480


def plan(size: int) -> tuple[list[TaskIn], list[LinkIn]]:
    """Phases of 49 chained tasks under a summary, with SS links across phases."""
    def leaf(i: int) -> bool:
        return i % 50 != 1

    tasks = [TaskIn(i, None if not leaf(i) else (i - 1) // 50 * 50 + 1, i, f"T{i}",
                    DAY * (1 + i % 7)) for i in range(1, size + 1)]
    links = [LinkIn(i, i + 1) for i in range(1, size) if leaf(i) and leaf(i + 1)]
    links += [LinkIn(i, i + 97, LinkType.SS, DAY) for i in range(2, size - 100, 13)
              if leaf(i) and leaf(i + 97)]
    return tasks, links


def main() -> None:
    for size in (500, 2000, 10000):
        tasks, links = plan(size)
        times = []
        for _ in range(5):
            began = time.perf_counter()
            schedule(datetime(2026, 3, 2, 8), WorkCalendar(), tasks, links)
            times.append(time.perf_counter() - began)
        print(f"schedule {size:>6} tasks, {len(links):>6} links: "
              f"median {statistics.median(times) * 1000:7.1f} ms (min {min(times) * 1000:.1f})")


if __name__ == "__main__":
    main()
