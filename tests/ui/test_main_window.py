"""The main window as a user drives it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from app.models.document import Document


def make_project(tmp_path: Path, name: str = "Depot move") -> Path:
    Document.create(tmp_path / "depot.pwp", name=name).close()
    return tmp_path / "depot.pwp"


def test_start_pane_without_a_document(window):
    assert window.central.currentWidget() is window.start
    assert not window.actions_["save_as"].isEnabled()
    assert window.windowTitle() == "Planwright"


def test_open_shows_pages_and_title(window, tmp_path):
    path = make_project(tmp_path)
    assert window.open_path(path)
    assert window.windowTitle().startswith("Depot move \u2014 depot.pwp")
    assert window.settings.recent_files()[0] == path


def test_ctrl_number_switches_pages(window, qtbot, tmp_path):
    window.open_path(make_project(tmp_path))
    for n in range(1, 6):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + n), Qt.KeyboardModifier.ControlModifier)
        assert window.page_stack.currentIndex() == n - 1
        assert window.page_stack.currentWidget().isVisible()


def test_properties_edit_is_undoable(window, tmp_path, monkeypatch):
    from app.ui import project_edits
    from app.ui.properties_dialog import ProjectPropertiesDialog

    window.open_path(make_project(tmp_path))

    def fake_exec(dialog):
        dialog.edits["name"].setText("ERP upgrade")
        dialog.edits["client"].setText("Huadong Machinery")
        dialog.texts["objectives"].setPlainText("Go live at three sites.")
        return True

    monkeypatch.setattr(ProjectPropertiesDialog, "exec", fake_exec)
    project_edits.edit_properties(window)
    project = window.port.document.project()
    assert (project.name, project.client) == ("ERP upgrade", "Huadong Machinery")
    assert project.objectives == "Go live at three sites."
    assert window.windowTitle().startswith("ERP upgrade")
    assert window.actions_["undo"].text() == "&Undo Edit Project Properties"
    window.actions_["undo"].trigger()
    assert window.port.document.project().name == "Depot move"
    assert window.windowTitle().startswith("Depot move")
    window.actions_["redo"].trigger()
    assert window.port.document.project().client == "Huadong Machinery"


def test_properties_dialog_refuses_an_empty_name(qtbot, tmp_path):
    from PySide6.QtWidgets import QDialogButtonBox

    from app.ui.properties_dialog import ProjectPropertiesDialog

    doc = Document.open(make_project(tmp_path))
    dialog = ProjectPropertiesDialog(doc.project(), [(1, "Standard")])
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.edits["name"].setText("  ")
    assert not ok.isEnabled() and "name" in dialog.problem.text()
    dialog.edits["name"].setText("X")
    dialog.currency.setCurrentText("R1")
    assert not ok.isEnabled() and "currency" in dialog.problem.text()
    dialog.currency.setCurrentText("eur")
    assert ok.isEnabled()
    assert dialog.changes() == {"name": "X", "currency": "EUR"}
    doc.close()


def test_language_switches_at_once(window, tmp_path):
    window.open_path(make_project(tmp_path))
    window.set_language("zh_CN")
    QApplication.processEvents()
    assert window.file_menu.title() == "文件(&F)"
    assert window.nav.item(0).text() == "甘特图"
    header = window.pages[0].model.headerData(2, Qt.Orientation.Horizontal)
    assert header == "任务名称"
    assert window.settings.language == "zh_CN"
    window.set_language("en")
    QApplication.processEvents()
    assert window.file_menu.title() == "&File"


def test_bad_file_gets_a_message_and_nothing_opens(window, tmp_path, errors):
    bad = tmp_path / "bad.pwp"
    bad.write_text("not a project")
    assert not window.open_path(bad)
    assert errors and "bad.pwp" in errors[0] and "not a Planwright project" in errors[0]
    assert window.port is None
    assert bad.read_text() == "not a project"


def test_second_window_on_same_file_is_read_only_with_banner(window, tmp_path):
    path = make_project(tmp_path)
    holder = Document.open(path)
    window.open_path(path)
    assert window.port.document.read_only
    assert not window.banner.isHidden()
    assert "Save As" in window.banner.text()
    assert "[read-only]" in window.windowTitle()
    holder.close()


def test_drop_a_project_file_opens_it(window, tmp_path):
    path = make_project(tmp_path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert window.port and window.port.document.path == path


def test_save_as_keeps_history_and_switches_file(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from app.models import Project
    from app.models.commands import Changes, SetFields

    window.open_path(make_project(tmp_path))
    window.port.execute(SetFields("Rename", Project, {"id": 1}, {"name": "Depot move"},
                                  {"name": "Depot v2"}, Changes.PROJECT))
    target = tmp_path / "copy.pwp"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.files.save_as()
    assert window.port.document.path == target
    assert "copy.pwp" in window.windowTitle()
    window.undo()
    assert window.port.document.project().name == "Depot move"
    original = Document.open(tmp_path / "depot.pwp")
    assert original.project().name == "Depot v2"  # the original keeps what was saved
    original.close()


def test_close_returns_to_start_pane(window, tmp_path):
    window.open_path(make_project(tmp_path))
    window.actions_["close"].trigger()
    assert window.port is None
    assert window.central.currentWidget() is window.start
    assert window.start.recent.count() == 1


def test_project_options_reschedule_and_rescale_in_one_step(window, tmp_path, monkeypatch):
    from sqlalchemy import select

    from app.models import Person, Task
    from app.models.sample import create_sample
    from app.ui import project_edits
    from app.ui.properties_dialog import ProjectPropertiesDialog

    create_sample(tmp_path / "sample.pwp", "en").close()
    window.open_path(tmp_path / "sample.pwp")

    def scores() -> dict[str, tuple[int, int]]:
        with window.port.document.reader() as s:
            return {p.name: (p.power, p.interest) for p in s.scalars(select(Person))}

    def critical() -> int:
        with window.port.document.reader() as s:
            return len(s.scalars(select(Task.id).where(Task.critical)).all())

    before_scores, before_critical = scores(), critical()

    def fake_exec(dialog):
        dialog.critical_days.setValue(10)  # ten days of slack now count as critical
        dialog.scale.setValue(5)
        dialog.review_days.setValue(14)
        return True

    monkeypatch.setattr(ProjectPropertiesDialog, "exec", fake_exec)
    project_edits.edit_properties(window)
    project = window.port.document.project()
    assert (project.stakeholder_scale, project.review_interval_days) == (5, 14)
    assert critical() > before_critical
    after = scores()
    assert all(1 <= v <= 5 for pair in after.values() for v in pair)
    assert after["Michael Chen"] == (5, 4)  # 10 and 8 on 1..10
    window.actions_["undo"].trigger()
    assert scores() == before_scores and critical() == before_critical
    assert window.port.document.project().stakeholder_scale == 10


def test_ctrl_number_puts_focus_in_the_page(window, tmp_path, qtbot):
    from PySide6.QtCore import Qt

    from app.models.sample import create_sample

    create_sample(tmp_path / "sample.pwp", "en").close()
    window.open_path(tmp_path / "sample.pwp")
    window.show()
    qtbot.waitExposed(window)
    expected = {0: window.pages[0].table, 2: window.pages[2].view, 3: window.pages[3].view}
    for index, widget in expected.items():
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + index), Qt.KeyboardModifier.ControlModifier)
        assert window.focusWidget() is widget
