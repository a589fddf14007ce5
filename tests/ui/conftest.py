from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication


@pytest.fixture
def window(qtbot):
    from app.ui.main_window import MainWindow
    from app.ui.settings import Settings
    from app.ui.translations import Translations

    translations = Translations(QApplication.instance())
    translations.set_language("en")
    win = MainWindow(Settings(), translations)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close_document()
    translations.set_language("en")


@pytest.fixture
def errors(monkeypatch):
    """Messages that would have been shown in a message box."""
    shown: list[str] = []
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    return shown
