"""Benchmark: Planwright's scheduler beside MPXJ's MicrosoftScheduler.

For generated plans of 1k, 5k, 10k and 20k tasks (about 1.3 links per task):
- the scheduling pass alone, in-process (Planwright: median of 5; MPXJ: median of 5
  after 3 warm-up runs in one JVM);
- `planwright import` + `planwright schedule` as whole processes, beside a whole
  process that reads the same file with MPXJ and schedules it once;
- an incremental pass after changing one task's duration (Planwright).

    .venv/bin/python tests/perf/bench_vs_mpxj.py [SIZES...]

Prints a Markdown table; asserts nothing. MPXJ columns need Java and `mpxj`.
"""

from __future__ import annotations

import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import generate, write_project  # noqa: E402

from app.core.calendar import WorkCalendar  # noqa: E402
from app.core.replan import Plan  # noqa: E402
from app.core.schedule import schedule  # noqa: E402

START = datetime(2026, 3, 2, 8, 0)


def median_ms(func, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        func()
        times.append(time.perf_counter() - began)
    return statistics.median(times) * 1000


def wall(command: list[str]) -> float:
    began = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - began


def incremental_ms(tasks, links) -> tuple[float, float, int]:
    """One task's duration changed, for 25 tasks across the plan in turn: the median and
    the slowest update, and the most tasks one update recomputed."""
    plan = Plan(START, WorkCalendar(), tasks, links)
    summaries = {t.parent_id for t in tasks}
    leaves = [t for t in tasks if t.id not in summaries]
    times, touched = [], 0
    for target in leaves[::max(1, len(leaves) // 25)][:25]:
        changed = replace(target, duration=target.duration + 60)
        began = time.perf_counter()
        plan.update([changed])
        times.append(time.perf_counter() - began)
        touched = max(touched, plan.touched)
        plan.update([target])  # back as it was
    return statistics.median(times) * 1000, max(times) * 1000, touched


def mpxj_available() -> bool:
    try:
        import jpype  # noqa: F401
        import mpxj  # noqa: F401
    except ImportError:
        return False
    return shutil.which("java") is not None


def main(sizes: list[int]) -> None:
    python = sys.executable
    has_mpxj = mpxj_available()
    print("| tasks | links | Planwright pass | MPXJ schedule() warm | ratio | incremental "
          "| import+schedule (processes) | MPXJ read+schedule (process) |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for size in sizes:
            tasks, links = generate(size)
            ours = median_ms(lambda t=tasks, k=links: schedule(START, WorkCalendar(), t, k))
            inc, worst, touched = incremental_ms(tasks, links)
            pwp, xml = folder / f"g{size}.pwp", folder / f"g{size}.xml"
            write_project(pwp, tasks, links)
            subprocess.run([python, "-m", "app", "export", str(pwp), "-o", str(xml)],
                           check=True, capture_output=True)
            target = folder / f"i{size}.pwp"
            ours_process = wall([python, "-m", "app", "import", str(xml), "-o", str(target),
                                 "--force"]) + wall([python, "-m", "app", "schedule",
                                                     str(target)])
            theirs = theirs_process = None
            if has_mpxj:
                out = subprocess.run([python, str(HERE / "mpxj_schedule.py"), str(xml), "8"],
                                     check=True, capture_output=True, text=True).stdout
                data = json.loads(out.strip().splitlines()[-1])
                theirs = statistics.median(data["schedule_s"][3:]) * 1000
                theirs_process = wall([python, str(HERE / "mpxj_schedule.py"), str(xml), "1"])
            print(f"| {size:,} | {len(links):,} | {ours:.0f} ms | "
                  f"{f'{theirs:.0f} ms' if theirs else 'n/a'} | "
                  f"{f'{ours / theirs:.2f}' if theirs else 'n/a'} | "
                  f"{inc:.1f} ms (worst {worst:.0f} ms, {touched:,} tasks) | {ours_process:.2f} s | "
                  f"{f'{theirs_process:.2f} s' if theirs_process else 'n/a'} |", flush=True)


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [1000, 5000, 10000, 20000])
