"""File → Export → PDF Report: options, a native save dialog, the report written in the
background with progress and Cancel, then an offer to open it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QMessageBox

from app.ui.background import run_or_show_error
from app.ui.files import ask_save_path
from app.ui.report_dialog import ReportDialog

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


class ReportExport(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.opened: list[Path] = []  # what "Open" asked the desktop for (tests read it)

    def export_pdf(self) -> None:
        from app.reports.build import write_report

        port = self.window.port
        if port is None:
            return
        dialog = ReportDialog(self.window.settings, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        options = dialog.options()
        path = ask_save_path(self.window, self.tr("Export PDF Status Report"),
                             port.document.path.with_suffix(".pdf"),
                             self.tr("PDF documents (*.pdf)"))
        if path is None:
            return
        done = run_or_show_error(
            self.window, self.tr("Writing {file}\u2026").format(file=path.name),
            lambda progress: write_report(port.document, path, options, progress),
            self.tr("Cannot write the report"))
        if done is None:
            return
        pages = done.value
        self.window.statusBar().showMessage(
            self.tr("Report written to {path}").format(path=path), 8000)
        self.finished(path, pages)

    def finished(self, path: Path, pages: int) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Report written"),
                          self.tr("The report ({pages} pages) was written to {path}.")
                          .format(pages=pages, path=path),
                          QMessageBox.StandardButton.Close, self.window)
        open_button = box.addButton(self.tr("&Open"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(open_button)
        box.exec()
        if box.clickedButton() is open_button:
            self.open(path)

    def open(self, path: Path) -> None:
        self.opened.append(path)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
