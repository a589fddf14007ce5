"""File → Import / Export → Excel workbook, in the background with Cancel."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from app.core.errors import UserError
from app.ui.background import run_or_show_error
from app.ui.files import ask_save_path
from app.ui.messages import show_error

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


class ExcelExchange(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def _has_confidential(self) -> bool:
        from sqlalchemy import func, select

        from app.models.people import Person

        with self.window.port.document.reader() as session:
            return bool(session.scalar(select(func.count(Person.id))
                                       .where(Person.confidential)))

    def export_workbook(self) -> None:
        from app.io.excel import export_workbook

        port = self.window.port
        if port is None:
            return
        target_path = ask_save_path(self.window, self.tr("Export Excel Workbook"),
                                    port.document.path.with_suffix(".xlsx"),
                                    self.tr("Excel workbooks (*.xlsx)"))
        if target_path is None:
            return
        include = self._has_confidential() and QMessageBox.question(
            self.window, self.tr("Confidential Stakeholders"),
            self.tr("Some stakeholders are marked confidential. Include them in the "
                    "workbook?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No) == QMessageBox.StandardButton.Yes
        done = run_or_show_error(
            self.window, self.tr("Exporting {file}\u2026").format(file=target_path.name),
            lambda progress: export_workbook(port.document, target_path,
                                             include_confidential=include,
                                             progress=progress),
            self.tr("Cannot export the project"))
        if done is None:
            return
        self.window.statusBar().showMessage(
            self.tr("Exported to {path}").format(path=target_path), 8000)

    def import_workbook(self) -> None:
        source, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import Excel Workbook"), self.window.files.folder(),
            self.tr("Excel workbooks (*.xlsx)"))
        if not source:
            return
        if self.window.port is None:
            self._import_as_new(Path(source))
        else:
            self._import_into_open(Path(source))

    def import_task_list(self, source: Path | None = None) -> None:
        """A task list from any spreadsheet or CSV file, through the mapping step."""
        from app.io.excel.foreign import plan_foreign
        from app.io.excel.foreign_read import read_tables
        from app.ui.task_list_dialog import TaskListDialog

        port = self.window.port
        if port is None:
            return
        if source is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self.window, self.tr("Import Task List"), self.window.files.folder(),
                self.tr("Spreadsheets (*.xlsx *.csv);;All files (*)"))
            if not chosen:
                return
            source = Path(chosen)
        done = run_or_show_error(
            self.window, self.tr("Reading {file}\u2026").format(file=source.name),
            lambda progress: read_tables(source),
            self.tr("Cannot import the task list"))
        if done is None:
            return
        tables = done.value
        dialog = TaskListDialog(tables, source.name, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        table, mapping, skip = dialog.table, dialog.mapping(), dialog.skip.isChecked()
        with port.document.reader() as session:
            plan = plan_foreign(session, table, mapping, skip_bad_rows=skip)
        if plan.command is None:
            if plan.problems:
                show_error(self.window, plan.error(), self.tr("Cannot import the task list"))
            return
        if port.execute(plan.command):
            self.window.statusBar().showMessage(self.tr("Imported {count} tasks from {file}")
                                                .format(count=len(plan.sheets[0].rows),
                                                        file=source.name), 8000)

    def _import_into_open(self, source: Path) -> None:
        from app.io.excel import plan_workbook_import
        from app.io.excel.reader import is_planwright_file

        port = self.window.port
        try:
            ours = is_planwright_file(source)
        except UserError as error:
            show_error(self.window, error, self.tr("Cannot import the workbook"))
            return
        if not ours:  # somebody's own task list: the mapping step
            self.import_task_list(source)
            return
        done = run_or_show_error(
            self.window, self.tr("Reading {file}\u2026").format(file=source.name),
            lambda progress: plan_workbook_import(port.document, source, progress),
            self.tr("Cannot import the workbook"))
        if done is None:
            return
        plan = done.value
        if not plan.problems and plan.command is None:
            QMessageBox.information(self.window, self.tr("Import Excel Workbook"), self.tr(
                "{file} holds nothing that differs from the project.").format(file=source.name))
            return
        from app.ui.import_preview import ImportPreviewDialog

        dialog = ImportPreviewDialog(plan, source.name, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted and plan.command is not None \
                and port.execute(plan.command):
            self.window.statusBar().showMessage(
                self.tr("Imported {file}").format(file=source.name), 8000)

    def _import_as_new(self, source: Path) -> None:
        from app.io.excel import import_workbook

        target_path = ask_save_path(self.window, self.tr("Save the Imported Project As"),
                                    source.with_suffix(".pwp"),
                                    self.tr("Planwright projects (*.pwp)"))
        if target_path is None:
            return
        language = self.window.translations.language
        done = run_or_show_error(
            self.window, self.tr("Importing {file}\u2026").format(file=source.name),
            lambda progress: import_workbook(source, target_path, language=language,
                                             overwrite=target_path.exists(),
                                             progress=progress),
            self.tr("Cannot import the workbook"))
        if done is None:
            return
        self.window.open_path(target_path)
