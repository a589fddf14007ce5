"""Benchmark: the Gantt page on a generated 10k-task plan, driven like a user.

    .venv/bin/python tests/perf/bench_gantt.py [SIZE]

Prints: open until the page is painted and interactive; one timeline frame while
scrolling; a bar drag released -> command -> reschedule -> repaint; a duration typed
in the table -> repaint; resident memory. Asserts nothing about time.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS"):
            return int(line.split()[1]) / 1024
    return 0.0


def main(size: int = 10000) -> None:
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from tests.perf.window import big_plan, main_window

    path, _tasks, links = big_plan(size)
    print(f"{size} tasks, {len(links)} links")
    app = QApplication.instance() or QApplication([])
    window = main_window(app)

    began = time.perf_counter()
    window.open_path(path)
    window.show_page(0)
    page = window.pages[0]
    app.processEvents()
    page.canvas.repaint()
    page.table.viewport().repaint()
    print(f"open until painted and interactive: {(time.perf_counter() - began) * 1000:.0f} ms")

    canvas, bar = page.canvas, page.timeline.vbar
    frames, tables = [], []
    step = bar.pageStep() // 3
    for i in range(60):
        bar.setValue((i * 7919 * step) % max(1, bar.maximum()))
        t0 = time.perf_counter()
        canvas.repaint()
        frames.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        page.table.viewport().repaint()
        tables.append((time.perf_counter() - t0) * 1000)
    print(f"timeline frame while scrolling: median {statistics.median(frames):.1f} ms, "
          f"max {max(frames):.1f} ms (table: median {statistics.median(tables):.1f} ms)")

    refreshes: list[float] = []
    changed = page.changed

    def timed_changed(flags) -> None:  # the page's own share of an edit
        t0 = time.perf_counter()
        changed(flags)
        refreshes.append((time.perf_counter() - t0) * 1000)

    page.changed = timed_changed
    editor = window.port.document.editor
    while editor.plans.plan is None and time.perf_counter() - began < 30:
        app.processEvents()  # the plan built in the background as the file opened
    print(f"plan kept for incremental edits: {(time.perf_counter() - began) * 1000:.0f} ms "
          "after opening began")

    def latest_critical():
        return max((r for r in page.model.rows if r.critical and not r.summary),
                   key=lambda r: r.finish)

    drags = []
    for n in range(6):
        if n < 5:
            bar.setValue(bar.maximum() // 2 + n * 400)
        else:  # the critical task that finishes last: the plan's finish moves
            target = page.model.row_of[latest_critical().id]
            page.table.scrollTo(page.model.index(target, 0))
            page.timeline.scroll_to_row(target)
        app.processEvents()
        view = canvas.view()
        first = int(-view.y0 // view.row_height) + 3
        row = next(r for r in view.rows[first:] if not r.summary and r.start) if n < 5 \
            else latest_critical()
        left, right = view.bar_span(row)
        y = int(view.top(page.model.row_of[row.id]) + canvas.row_height * 0.45)
        start = QPoint(int((left + right) / 2), y)
        end = start + QPoint(int(canvas.scale.px_per_day * 3), 0)
        QTest.mousePress(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
        QTest.mouseMove(canvas, end)
        t0 = time.perf_counter()
        QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
        app.processEvents()
        canvas.repaint()
        drags.append((time.perf_counter() - t0) * 1000)
    print("drags, in turn (ms):", " ".join(f"{d:.0f}" for d in drags))
    moved_finish = drags.pop()
    print(f"bar drag released -> rescheduled -> repainted: median {statistics.median(drags):.0f} ms"
          f" (min {min(drags):.0f}, max {max(drags):.0f}); the last critical task, which moves"
          f" the plan's finish: {moved_finish:.0f} ms")

    edits = []
    for n in range(3):
        view = canvas.view()
        first = int(-view.y0 // view.row_height) + 5 + n
        row = view.rows[first]
        if row.summary:
            continue
        index = page.model.index(first, page.model.column_of("duration"))
        page.table.setCurrentIndex(index)
        page.table.setFocus()
        QTest.keyClick(page.table, Qt.Key.Key_F2)
        editor = page.table.focusWidget()
        editor.selectAll()
        QTest.keyClicks(editor, f"{n + 2}d")
        t0 = time.perf_counter()
        QTest.keyClick(editor, Qt.Key.Key_Return)
        for _ in range(3):
            app.processEvents()
        canvas.repaint()
        page.table.viewport().repaint()
        edits.append((time.perf_counter() - t0) * 1000)
    if edits:
        print(f"duration typed -> rescheduled -> repainted: median "
              f"{statistics.median(edits):.0f} ms")
    print(f"  of which the page reading back what changed: median "
          f"{statistics.median(refreshes):.0f} ms (the rest is the editor's reschedule)")
    print(f"undo steps recorded: {page.port.stack.count()}")
    print(f"resident memory: {rss_mb():.0f} MB")
    window.close_document()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10000)
