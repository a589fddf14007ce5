"""The open document as pages see it: the document, its undo stack, change signals."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from app.core.errors import UserError
from app.models.commands import Changes, Command
from app.models.document import Document
from app.ui.undo import push


class DocumentPort(QObject):
    """Implements app.views.base.EditorPort for the GUI."""

    changed = Signal(int)  # Changes flags

    def __init__(self, document: Document, on_error: Callable[[UserError], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.on_error = on_error
        self.stack = QUndoStack(self)
        self._listen()

    def _listen(self) -> None:
        self.document.editor.listeners.append(self._notify)

    def _notify(self, changes: Changes) -> None:
        self.changed.emit(int(changes))

    @property
    def editor(self):
        return self.document.editor

    def execute(self, command: Command) -> bool:
        return push(self.stack, self, command, self.on_error)

    def replace_document(self, document: Document) -> None:
        """Save As: the copy has the same rows and ids, so the history still applies."""
        self.document = document
        self._listen()
        self.changed.emit(int(Changes.ALL))

    def close(self) -> None:
        self.stack.clear()
        self.document.close()
