"""File → Import / Export: Microsoft Project XML, in the background with Cancel."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.ui.background import run_or_show_error
from app.ui.files import ask_save_path

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


class Exchange(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def import_mspdi(self) -> None:
        from app.io.mspdi import import_mspdi

        source, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import Microsoft Project XML"), self.window.files.folder(),
            self.tr("Microsoft Project XML (*.xml);;All files (*)"))
        if not source:
            return
        target_path = ask_save_path(self.window, self.tr("Save the Imported Project As"),
                                    Path(source).with_suffix(".pwp"),
                                    self.tr("Planwright projects (*.pwp)"))
        if target_path is None:
            return
        language = self.window.translations.language
        done = run_or_show_error(
            self.window, self.tr("Importing {file}\u2026").format(file=Path(source).name),
            lambda progress: import_mspdi(Path(source), target_path, language,
                                          overwrite=target_path.exists(),
                                          progress=progress),
            self.tr("Cannot import the file"))
        if done is None:
            return
        report = done.value
        self.window.open_path(target_path)
        lines = [self.tr("Imported {tasks} tasks, {links} links and {people} people.").format(
            tasks=report.tasks, links=report.links, people=report.people)]
        if report.warnings:
            lines.append(self.tr("Not kept from the file:"))
            lines += [f"\u2022 {warning.message()}" for warning in report.warnings]
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Import finished"),
                          lines[0], QMessageBox.StandardButton.Ok, self.window)
        if report.warnings:
            box.setDetailedText("\n".join(lines[1:]))
            box.setInformativeText(self.tr("{count} kinds of data were not kept; see the "
                                           "details.").format(count=len(report.warnings)))
        box.exec()

    def export_mspdi(self) -> None:
        from app.io.mspdi import export_mspdi

        port = self.window.port
        if port is None:
            return
        target_path = ask_save_path(self.window, self.tr("Export Microsoft Project XML"),
                                    port.document.path.with_suffix(".xml"),
                                    self.tr("Microsoft Project XML (*.xml)"))
        if target_path is None:
            return
        done = run_or_show_error(
            self.window, self.tr("Exporting {file}\u2026").format(file=target_path.name),
            lambda progress: export_mspdi(port.document, target_path, progress=progress),
            self.tr("Cannot export the project"))
        if done is None:
            return
        self.window.statusBar().showMessage(
            self.tr("Exported to {path}").format(path=target_path), 8000)
