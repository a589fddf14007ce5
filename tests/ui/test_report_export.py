"""File → Export → PDF Status Report from the window."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFileDialog

from app.models.sample import create_sample
from app.reports.options import Paper, Section
from app.ui.report_dialog import ReportDialog
from app.ui.report_export import ReportExport


def test_options_dialog_remembers_choices_but_never_confidential(window, qtbot):
    dialog = ReportDialog(window.settings, window)
    qtbot.addWidget(dialog)
    options = dialog.options()
    assert options.sections == tuple(Section) and not options.include_confidential
    dialog.section_boxes[Section.RACI].setChecked(False)
    dialog.section_boxes[Section.SCHEDULE].setChecked(False)
    assert not dialog.pages_wide.isEnabled()
    dialog.paper.setCurrentIndex(dialog.paper.findText("A3"))
    dialog.confidential.setChecked(True)
    dialog.accept()
    again = ReportDialog(window.settings, window)
    qtbot.addWidget(again)
    options = again.options()
    assert Section.RACI not in options.sections and Section.COVER in options.sections
    assert options.paper == Paper.A3 and not options.include_confidential
    for box in again.section_boxes.values():
        box.setChecked(False)
    assert not again.export_button.isEnabled()


def test_export_writes_the_report_and_offers_to_open_it(window, tmp_path, monkeypatch):
    source = tmp_path / "erp.pwp"
    create_sample(source, "en").close()
    window.open_path(source)
    assert window.actions_["export_pdf"].isEnabled()
    out = tmp_path / "erp.pdf"
    monkeypatch.setattr(ReportDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "erp"),
                                                                         ""))
    finished = []
    monkeypatch.setattr(ReportExport, "finished",
                        lambda self, path, pages: finished.append((path, pages)))
    window.actions_["export_pdf"].trigger()
    assert finished and finished[0][0] == out and finished[0][1] > 5
    assert out.read_bytes().startswith(b"%PDF")


def test_export_is_off_without_a_project(window):
    assert not window.actions_["export_pdf"].isEnabled()
