"""The timeline driven with the mouse: move, stretch, progress, link; zoom; images."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QWheelEvent
from PySide6.QtWidgets import QApplication

from app.core.enums import ConstraintType
from app.ui.gantt.link_dialog import LinkDialog
from tests.ui.gantt.conftest import links, task


def bar_point(page, task_id: int, where: float = 0.5) -> QPoint:
    """A point on the task's bar: `where` 0 is its start, 1 its finish."""
    canvas = page.canvas
    view = canvas.view()
    left, right = view.bar_span(page.model.snapshot.by_id[task_id])
    y = view.top(page.model.row_of[task_id]) + canvas.row_height * 0.45
    return QPoint(int(left + (right - left) * where), int(y))


def drag(qtbot, canvas, start: QPoint, end: QPoint, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, modifier, start)
    middle = QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2)
    qtbot.mouseMove(canvas, middle)
    qtbot.mouseMove(canvas, end)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, modifier, end)


def test_drag_a_bar_sets_start_no_earlier_than_snapped_to_days(page, qtbot, window):
    canvas = page.canvas
    page.timeline.set_px_per_day(40)  # weeks over days: snaps to a day
    start = bar_point(page, 6)
    drag(qtbot, canvas, start, start + QPoint(int(40 * 7.2), 0))
    row = task(page, 6)
    assert row.constraint_type == ConstraintType.SNET
    assert row.constraint_date.time() == datetime.min.time()  # whole days
    assert row.start > datetime(2026, 3, 6)
    assert page.port.stack.count() == 1  # the drag is one step
    window.undo()
    assert task(page, 6).constraint_type == ConstraintType.ASAP


def test_drag_the_end_changes_the_duration(page, qtbot):
    page.timeline.set_px_per_day(40)
    end = bar_point(page, 6, 1.0) - QPoint(2, 0)
    drag(qtbot, page.canvas, end, end + QPoint(80, 0))
    assert task(page, 6).duration == 4 * 480


def test_drag_from_the_start_sets_progress(page, qtbot):
    page.timeline.set_px_per_day(40)
    start = bar_point(page, 3, 0.0) + QPoint(2, 0)
    drag(qtbot, page.canvas, start, bar_point(page, 3, 0.5))
    assert 30 <= task(page, 3).percent_complete <= 70


def test_drag_from_bar_to_bar_links_them(page, qtbot, window):
    drag(qtbot, page.canvas, bar_point(page, 2), bar_point(page, 6))
    assert (2, 6, "FS", 0) in links(page)
    window.undo()
    drag(qtbot, page.canvas, bar_point(page, 2), bar_point(page, 6),
         Qt.KeyboardModifier.ShiftModifier)
    assert (2, 6, "SS", 0) in links(page)


def test_double_click_a_link_to_edit_or_delete_it(page, qtbot, monkeypatch):
    from app.views.gantt import painter

    view = page.canvas.view()
    link = next(lk for lk in page.model.snapshot.links if lk.predecessor == 3)
    points = painter.link_route(view, link)
    (x1, y1), (x2, y2) = points[1], points[2]
    on_link = QPoint(int((x1 + x2) / 2), int((y1 + y2) / 2))

    def change(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData("SS"))
        dialog.lag.setText("2d")
        return 1

    monkeypatch.setattr(LinkDialog, "exec", change)
    qtbot.mouseDClick(page.canvas, Qt.MouseButton.LeftButton, pos=on_link)
    assert (3, 4, "SS", 960) in links(page)
    link = next(lk for lk in page.model.snapshot.links if lk.predecessor == 3)
    points = painter.link_route(page.canvas.view(), link)
    (x1, y1), (x2, y2) = points[1], points[2]
    monkeypatch.setattr(LinkDialog, "exec", lambda dialog: LinkDialog.DELETE)
    qtbot.mouseDClick(page.canvas, Qt.MouseButton.LeftButton,
                      pos=QPoint(int((x1 + x2) / 2), int((y1 + y2) / 2)))
    assert not any(p == 3 for p, *_ in links(page))


def test_ctrl_wheel_zooms_around_the_pointer(page, qtbot):
    timeline = page.timeline
    timeline.set_px_per_day(24)
    at = QPointF(300, 40)
    moment = timeline.scale.at(timeline.hbar.value() + at.x())
    event = QWheelEvent(at, page.canvas.mapToGlobal(at), QPoint(0, 0), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(page.canvas, event)
    assert timeline.scale.px_per_day == 30
    after = timeline.scale.at(timeline.hbar.value() + at.x())
    assert abs((after - moment).total_seconds()) < 86400 / 30 * 2  # under the pointer still


def test_zoom_to_fit_and_scroll_to_task(page, qtbot):
    window_width = page.canvas.width()
    qtbot.keyClick(page.table, Qt.Key.Key_0,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    rows = page.model.rows
    view = page.canvas.view()
    assert all(view.x(r.start) >= 0 and view.x(r.finish) <= window_width for r in rows)
    page.timeline.set_px_per_day(400)
    page.select_ids([6], 6)
    qtbot.keyClick(page.table, Qt.Key.Key_F5,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    x = page.canvas.view().x(page.model.snapshot.by_id[6].start)
    assert 0 <= x <= window_width


def test_the_chart_paints_critical_bars_red(page, qtbot):
    image = page.canvas.grab().toImage()
    point = bar_point(page, 3)
    colour = QColor(image.pixel(point.x(), point.y() - 2))
    assert colour.red() > 180 and colour.green() < 140  # Design is critical
    point = bar_point(page, 6)
    colour = QColor(image.pixel(point.x(), point.y() - 2))
    assert colour.blue() > colour.red()  # Spare has slack


def test_export_png_and_svg(page, tmp_path, monkeypatch):
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QFileDialog

    for name in ("chart.png", "chart.svg"):
        target = tmp_path / name
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, t=target, **k: (str(t), ""))
        page.findChild(type(page.actions()[0]), "gantt_export").trigger()
        assert target.exists() and target.stat().st_size > 1000
    image = QImage(str(tmp_path / "chart.png"))
    assert image.height() == page.timeline.header.height() + 6 * page.canvas.row_height
    assert b"<svg" in (tmp_path / "chart.svg").read_bytes()[:2000]


def test_set_choose_and_clear_baselines(page, qtbot, window, monkeypatch):
    from app.ui.gantt.extras import BaselineDialog

    monkeypatch.setattr(BaselineDialog, "exec", lambda d: (d.name.setText("Signed"), 1)[1])
    page.findChild(type(page.actions()[0]), "gantt_set_baseline").trigger()
    assert page.model.snapshot.baselines == [(0, "Signed")]
    assert page.model.snapshot.by_id[3].baseline_start == page.model.snapshot.by_id[3].start
    from tests.ui.gantt.test_table_edits import type_into

    type_into(page, qtbot, 3, "duration", "5d")
    page.show_column(page.model.column_of("finish_variance"), True)
    index = page.model.index(page.model.row_of[3], page.model.column_of("finish_variance"))
    assert page.model.data(index) == "2 d"
    page.filter_box.setCurrentIndex(3)  # late
    assert "Design" in [r.name for r in page.model.rows]
    window.undo()
    window.undo()
    assert page.model.snapshot.baselines == []
