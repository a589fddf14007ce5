"""The Dashboard page as a user sees and drives it (the sample project)."""

from __future__ import annotations

import shutil
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.models.health import key_figures, load_snapshots
from app.models.sample import STATUS_DATE


@pytest.fixture
def dashboard(window, sample_file, tmp_path):
    path = tmp_path / "sample.pwp"
    shutil.copy(sample_file, path)
    window.resize(1400, 900)
    assert window.open_path(path)
    window.show_page(4)
    QApplication.processEvents()
    return window.pages[4]


def figures(window):
    with window.port.document.reader() as session:
        return key_figures(session, include_confidential=True)


def click(qtbot, tile) -> None:
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    QApplication.processEvents()


def test_tiles_show_the_key_figures_with_their_bands(dashboard, window):
    f = figures(window)
    tiles = dashboard.tiles
    assert tiles["late"].value.text() == str(len(f.late)) != "0"
    assert tiles["spi"].value.text() == f"{f.ev.spi:.2f}"
    assert tiles["cpi"].status.text() == f.cpi_band.label
    assert tiles["milestones"].value.text() == \
        f"{len(f.milestones.hit)} hit \u00b7 {len(f.milestones.missed)} missed"
    assert tiles["reviews"].value.text() == "2" and "R-007" in tiles["reviews"].detail.text()
    assert "11/13/2026" in dashboard.heading.text()


def test_charts_draw_the_history_kept_in_the_file(dashboard, window):
    with window.port.document.reader() as session:
        kept = load_snapshots(session)
    assert len(kept) >= 8  # the sample's earlier status dates
    s_curve = dashboard.charts["s_curve"]
    names = [line.name for line in s_curve.lines]
    assert names == ["Planned (PV)", "Earned (EV)", "Actual (AC)"]
    assert len(s_curve.lines[1].xs) == len(kept) + 1  # every snapshot and today
    assert dashboard.charts["milestones"].lines and dashboard.charts["exposure"].lines
    assert dashboard.charts["burndown"].lines[1].ys[-1] < dashboard.charts["burndown"].lines[1].ys[0]
    # Hovering names the values under the pointer.
    earned = s_curve.lines[1]
    text = s_curve.values_at(earned.xs[-1])
    assert "Earned (EV) (11/13/2026): 2,318,400" in text


def test_each_chart_exports_a_png(dashboard, tmp_path, monkeypatch):
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "curve"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dashboard.charts["s_curve"].export_button.click()
    image = QImage(str(target.with_suffix(".png")))
    assert not image.isNull() and image.width() > 200
    for key, chart in dashboard.charts.items():
        assert chart.save_png(tmp_path / f"{key}.png")


def test_late_tile_opens_the_gantt_filtered_to_the_late_tasks(dashboard, window, qtbot):
    late = set(figures(window).late)
    click(qtbot, dashboard.tiles["late"])
    gantt = window.pages[0]
    assert window.page_stack.currentWidget() is gantt
    shown = {row.id for row in gantt.model.rows if not row.summary}
    assert shown == late
    assert gantt.filter_box.currentText() == "Late tasks (from the dashboard)"
    gantt.filter_box.setCurrentIndex(0)  # another filter ends it
    assert len(gantt.model.rows) == len(gantt.model.snapshot.rows)


def test_review_tile_opens_the_overdue_risks(dashboard, window, qtbot):
    dashboard.tiles["reviews"].setFocus()
    qtbot.keyClick(dashboard.tiles["reviews"], Qt.Key.Key_Return)  # the keyboard path
    risks = window.pages[2]
    assert window.page_stack.currentWidget() is risks
    assert risks.bar.overdue.isChecked()
    codes = {risks.model.risks[risks.proxy.mapToSource(risks.proxy.index(r, 0)).row()].code
             for r in range(risks.proxy.rowCount())}
    assert codes == {"R-005", "R-007"}


def test_raci_and_engagement_tiles_open_their_problems(dashboard, window, qtbot):
    f = figures(window)
    click(qtbot, dashboard.tiles["raci"])
    raci = window.pages[3]
    assert window.page_stack.currentWidget() is raci
    assert raci.actions_["problems"].isChecked()
    assert raci.model.rowCount() == f.raci_errors + f.raci_warnings
    window.show_page(4)
    click(qtbot, dashboard.tiles["engagement"])
    people = window.pages[1]
    assert window.page_stack.currentWidget() is people
    assert sorted(people.selected_ids()) == sorted(f.engagement_gap_ids)


def test_status_date_on_the_toolbar_keeps_a_snapshot_and_undoes(dashboard, window):
    box = window.status_date
    assert box.value() == STATUS_DATE
    before = len(dashboard.charts["s_curve"].lines[1].xs)
    box.edit.setDate(date(2026, 11, 27))
    box.commit()
    assert window.port.document.project().status_date == date(2026, 11, 27)
    assert window.actions_["undo"].text() == "&Undo Set Status Date"
    assert "11/27/2026" in dashboard.heading.text()
    assert len(dashboard.charts["s_curve"].lines[1].xs) == before + 1  # 13 Nov kept
    window.actions_["undo"].trigger()
    assert box.value() == STATUS_DATE
    assert len(dashboard.charts["s_curve"].lines[1].xs) == before


def test_dashboard_in_chinese(dashboard, window):
    window.set_language("zh_CN")
    QApplication.processEvents()
    assert dashboard.tiles["late"].title.text() == "延迟任务"
    assert dashboard.charts["s_curve"].lines[0].name == "计划值 (PV)"


def test_a_chart_zooms_from_the_keyboard_and_resets(dashboard, qtbot):
    chart = dashboard.charts["s_curve"]
    view = chart.plot.getPlotItem().vb
    chart.plot.setFocus()
    (x0, x1), _ = view.viewRange()
    qtbot.keyClick(chart.plot, Qt.Key.Key_Plus)
    (z0, z1), _ = view.viewRange()
    assert z1 - z0 < (x1 - x0) * 0.9
    qtbot.keyClick(chart.plot, Qt.Key.Key_Home)
    (r0, r1), _ = view.viewRange()
    assert r1 - r0 == pytest.approx(x1 - x0, rel=0.01)


def test_bands_are_set_per_project_in_one_undo_step(dashboard, window, monkeypatch):
    from app.views.dashboard.thresholds import BandsDialog

    assert dashboard.tiles["cpi"].status.text() == "On track"  # 0.95 >= 0.95

    def strict(dialog):
        dialog.green.setValue(1.0)
        dialog.amber.setValue(0.9)
        return True

    monkeypatch.setattr(BandsDialog, "exec", strict)
    dashboard.bands_button.click()
    assert dashboard.tiles["cpi"].status.text() == "At risk"
    assert window.actions_["undo"].text() == "&Undo Set Health Bands"
    window.actions_["undo"].trigger()
    assert dashboard.tiles["cpi"].status.text() == "On track"
