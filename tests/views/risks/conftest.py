"""A Risks page on a copy of the English sample, driven through a plain undo history."""

from __future__ import annotations

import shutil

import pytest

from app.core.errors import UserError
from app.models.commands import Command, History
from app.models.document import Document


class Port:
    """What the main window gives a page: the document and the one way to change it."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.history = History(document.editor)
        self.errors: list[str] = []

    def execute(self, command: Command) -> bool:
        try:
            self.history.push(command)
        except UserError as error:
            self.errors.append(error.message())
            return False
        return True


@pytest.fixture
def doc(sample_file, tmp_path):
    shutil.copy(sample_file, tmp_path / "s.pwp")
    document = Document.open(tmp_path / "s.pwp")
    yield document
    document.close()


@pytest.fixture
def page(qtbot, doc):
    from app.views.risks.page import RisksPage

    widget = RisksPage()
    qtbot.addWidget(widget)
    port = Port(doc)
    doc.editor.listeners.append(widget.changed)
    widget.resize(1300, 820)
    widget.show()
    widget.set_port(port)
    qtbot.waitExposed(widget)
    yield widget
    widget.set_port(None)


@pytest.fixture(autouse=True)
def message_boxes(request, monkeypatch):
    """A modal box would block an offscreen test: record them; unexpected ones fail."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *a, **k: shown.append(text))
    yield shown
    if "messages" not in request.fixturenames and shown:
        pytest.fail(f"unexpected message box: {shown}")


@pytest.fixture
def messages(message_boxes):
    return message_boxes
