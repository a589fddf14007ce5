"""File → Import / Export → Excel workbook from the window."""

from __future__ import annotations

from openpyxl import load_workbook
from PySide6.QtWidgets import QDialog, QFileDialog

from app.models.sample import create_sample
from app.ui.import_preview import ImportPreviewDialog


def _open_sample(window, tmp_path):
    source = tmp_path / "erp.pwp"
    create_sample(source, "en").close()
    window.open_path(source)
    return source


def _export(window, tmp_path, monkeypatch):
    target = tmp_path / "erp.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.actions_["export_excel"].trigger()
    return target


def test_export_writes_the_workbook(window, tmp_path, monkeypatch):
    _open_sample(window, tmp_path)
    target = _export(window, tmp_path, monkeypatch)
    book = load_workbook(target, read_only=True)
    assert "Tasks" in book.sheetnames and "RACI" in book.sheetnames


def test_import_previews_then_applies_one_undo_step(window, tmp_path, monkeypatch):
    _open_sample(window, tmp_path)
    target = _export(window, tmp_path, monkeypatch)
    book = load_workbook(target)
    book["Tasks"]["D4"] = "Kick-off with the client"
    book.save(target)
    seen = []

    def accept(dialog):
        seen.append([(dialog.tree.topLevelItem(0).text(0),
                      dialog.tree.topLevelItem(0).child(0).child(0).text(2),
                      dialog.tree.topLevelItem(0).child(0).child(0).text(3))])
        assert dialog.apply_button.isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportPreviewDialog, "exec", accept)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    window.actions_["import_excel"].trigger()
    assert seen == [[("Tasks: 0 added, 1 changed, 0 deleted", "Kick-off meeting",
                      "Kick-off with the client")]]
    stack = window.port.stack
    assert stack.count() == 1 and stack.undoText() == "Import Excel Workbook"
    assert _task_names(window)[1] == "Kick-off with the client"
    stack.undo()
    assert _task_names(window)[1] == "Kick-off meeting"


def _task_names(window):
    from sqlalchemy import select

    from app.models.tasks import Task

    with window.port.document.reader() as session:
        return list(session.scalars(select(Task.name).order_by(Task.id)))


def test_problems_are_listed_and_nothing_applied(window, tmp_path, monkeypatch):
    _open_sample(window, tmp_path)
    target = _export(window, tmp_path, monkeypatch)
    book = load_workbook(target)
    book["Tasks"]["I5"] = "most"
    book.save(target)
    seen = []

    def look(dialog):
        seen.append((dialog.apply_button.isEnabled(),
                     dialog.tree.topLevelItem(0).child(0).text(0)))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ImportPreviewDialog, "exec", look)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    window.actions_["import_excel"].trigger()
    assert seen == [(False, "Tasks, row 5, column I")]
    assert window.port.stack.count() == 0


def test_import_without_an_open_project_makes_one(window, tmp_path, monkeypatch, errors):
    source = _open_sample(window, tmp_path)
    target = _export(window, tmp_path, monkeypatch)
    window.close_document()
    new = tmp_path / "from-excel.pwp"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(new), ""))
    window.actions_["import_excel"].trigger()
    assert errors == []
    assert window.port.document.path == new and source != new
    assert window.pages[0].model.rowCount() == 63


def test_a_wrong_file_gets_a_message(window, tmp_path, monkeypatch, errors):
    _open_sample(window, tmp_path)
    bad = tmp_path / "bad.xlsx"
    bad.write_text("nope")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    window.actions_["import_excel"].trigger()
    assert errors and "bad.xlsx" in errors[0]
    assert window.port.stack.count() == 0


def _task_list(path, bad=False):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["\u9879\u76ee\u8ba1\u5212"])  # a title above the header
    sheet.append(["WBS", "\u4efb\u52a1\u540d\u79f0", "\u5de5\u671f", "\u524d\u7f6e\u4efb\u52a1",
                  "\u8d1f\u8d23\u4eba"])
    sheet.append(["1", "\u542f\u52a8", None, None, None])
    sheet.append(["1.1", "\u542f\u52a8\u4f1a", "1 \u5929", None, "\u5f20\u4f1f"])
    sheet.append(["1.2", "\u7ae0\u7a0b", "lots" if bad else "3 \u5de5\u4f5c\u65e5", "1.1", None])
    book.save(path)
    return path


def test_task_list_mapping_step_previews_and_imports(window, tmp_path, monkeypatch):
    from app.ui.task_list_dialog import TaskListDialog

    _open_sample(window, tmp_path)
    path = _task_list(tmp_path / "list.xlsx")
    seen = []

    def accept(dialog):
        seen.append((dialog.header.value(), dialog.combos["name"].currentText(),
                     dialog.preview.rowCount(), dialog.preview.item(2, 1).text().strip(),
                     dialog.ok.isEnabled()))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(TaskListDialog, "exec", accept)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.actions_["import_excel"].trigger()  # not Planwright's own: the mapping step
    assert seen == [(2, "B: \u4efb\u52a1\u540d\u79f0", 3, "\u7ae0\u7a0b", True)]
    assert window.port.stack.count() == 1
    assert window.pages[0].model.rowCount() == 66
    window.port.stack.undo()
    assert window.pages[0].model.rowCount() == 63


def test_task_list_problems_block_until_skipped_knowingly(window, tmp_path, monkeypatch):
    from app.ui.task_list_dialog import TaskListDialog

    _open_sample(window, tmp_path)
    path = _task_list(tmp_path / "bad.xlsx", bad=True)
    seen = []

    def look(dialog):
        seen.append((dialog.ok.isEnabled(), dialog.problems.item(0).text()))
        dialog.skip.setChecked(True)
        seen.append(dialog.ok.isEnabled())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(TaskListDialog, "exec", look)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.actions_["import_tasks"].trigger()
    assert seen[0][0] is False and "row 5, column C" in seen[0][1] and "lots" in seen[0][1]
    assert seen[1] is True
    assert window.pages[0].model.rowCount() == 65  # the bad row left out
