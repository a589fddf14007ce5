"""File menu work: new, open, recent, save as, close, the user's sample copy."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from app.core.errors import UserError
from app.models.document import Document
from app.paths import documents_dir
from app.ui.messages import show_error

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


def ask_save_path(parent: QWidget, title: str, suggested: Path | str,
                  file_filter: str) -> Path | None:
    """A native save dialog; the chosen path, with `suggested`'s suffix added when the
    user typed none, or None when cancelled."""
    suffix = Path(suggested).suffix
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
    if not chosen:
        return None
    return Path(chosen if chosen.lower().endswith(suffix) else chosen + suffix)


def sample_path(language: str) -> Path:
    name = "ERP升级示例项目.pwp" if language == "zh_CN" else "Sample ERP Upgrade.pwp"
    return documents_dir() / name


def ensure_sample(language: str) -> Path:
    """The user's own copy of the sample (the packaged resources are never opened)."""
    from app.models.sample import create_sample

    path = sample_path(language)
    if not path.exists():
        create_sample(path, language).close()
    return path


class Files(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def folder(self) -> str:
        port = self.window.port
        if port:
            return str(port.document.path.parent)
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def _filter(self) -> str:
        return self.tr("Planwright projects (*.pwp);;All files (*)")

    def new(self) -> None:
        target = ask_save_path(self.window, self.tr("New Project"),
                               Path(self.folder()) / self.tr("Untitled.pwp"), self._filter())
        if target is None:
            return
        self.window.close_document()
        try:
            document = Document.create(target, name=target.stem,
                                       language=self.window.translations.language,
                                       overwrite=target.exists())
        except UserError as error:
            show_error(self.window, error, self.tr("Cannot create the project"))
            return
        self.window.set_document(document)

    def open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open Project"), self.folder(),
                                              self._filter())
        if path:
            self.window.open_path(Path(path))

    def open_sample(self) -> None:
        try:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            path = ensure_sample(self.window.translations.language)
        except UserError as error:
            show_error(self.window, error)
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.window.open_path(path)

    def save_as(self) -> None:
        port = self.window.port
        if port is None:
            return
        current = port.document.path
        target = ask_save_path(
            self.window, self.tr("Save Project As"),
            current.with_name(current.stem + self.tr(" (copy)") + current.suffix),
            self._filter())
        if target is None:
            return
        try:
            copy = port.document.save_as(target)
        except UserError as error:
            show_error(self.window, error, self.tr("Cannot save a copy"))
            return
        port.replace_document(copy)
        self.window.document_replaced()
