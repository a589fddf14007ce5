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


@pytest.fixture(autouse=True)
def message_boxes(request, monkeypatch):
    """A modal message box would block an offscreen test for ever: record them instead.

    Tests that expect one ask for `errors`; anywhere else a message fails the test.
    """
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name,
                            lambda parent, title, text, *a, **k: shown.append(text))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.No)
    yield shown
    if "errors" not in request.fixturenames and shown:
        pytest.fail(f"unexpected message box: {shown}")


@pytest.fixture
def errors(message_boxes):
    """Messages that would have been shown in a message box."""
    return message_boxes
