"""Starting the GUI: application object, translations, settings, first project."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from app import __version__
from app.core.errors import UserError
from app.paths import APP_NAME

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


def run_gui(file: str | None) -> int:
    from app.ui import crash
    from app.ui.files import ensure_sample
    from app.ui.icons import app_icon
    from app.ui.main_window import MainWindow
    from app.ui.messages import show_error
    from app.ui.settings import Settings
    from app.ui.translations import Translations

    crash.install()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("planwright")
    app.setWindowIcon(app_icon())
    settings = Settings()
    translations = Translations(app)
    translations.set_language(settings.language)
    window = MainWindow(settings, translations)
    window.show()
    window.raise_()
    window.activateWindow()
    app.installEventFilter(FileOpenFilter(window))
    fatal = crash.previous_fatal()

    def open_first() -> None:
        if fatal:
            crash.tell_previous_fatal(fatal)
        if file:
            window.open_path(Path(file))
            return
        last = settings.last_file()
        if last and last.exists():
            window.open_path(last)  # if it cannot be opened, it has said why
            return
        try:
            window.open_path(ensure_sample(translations.language))
        except UserError as error:
            show_error(window, error)

    QTimer.singleShot(0, open_first)
    return app.exec()


class FileOpenFilter(QObject):
    """Opens the files macOS hands over (Finder, Dock) as QFileOpenEvents, not argv."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent) \
                and event.file():
            self.window.open_path(Path(event.file()))
            return True
        return super().eventFilter(watched, event)
