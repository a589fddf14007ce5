"""MPXJ's side of the benchmark: read an MSPDI file and schedule it with
org.mpxj.cpm.MicrosoftScheduler, printing one JSON line of timings.

    python tests/perf/mpxj_schedule.py FILE.xml [REPEATS]
"""

from __future__ import annotations

import json
import sys
import time


def main() -> None:
    began = time.perf_counter()
    import jpype
    import mpxj  # noqa: F401  (puts MPXJ's jars on the class path)

    jpype.startJVM()
    from java.time import LocalDateTime  # noqa: I001
    from org.mpxj.cpm import MicrosoftScheduler
    from org.mpxj.reader import UniversalProjectReader

    path, repeats = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 1
    project = UniversalProjectReader().read(path)
    start = project.getProjectProperties().getStartDate() or LocalDateTime.of(2026, 3, 2, 8, 0)
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        MicrosoftScheduler().schedule(project, start)
        times.append(time.perf_counter() - t)
    print(json.dumps({"schedule_s": times, "process_s": time.perf_counter() - began}))


if __name__ == "__main__":
    main()
