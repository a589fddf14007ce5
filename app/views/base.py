"""What a page gets from the main window, and what it offers back."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QWidget

from app.models.commands import Changes, Command
from app.models.document import Document


class EditorPort(Protocol):
    """The document and the one way to change it (commands go on the undo stack)."""

    document: Document

    def execute(self, command: Command) -> bool: ...


class Page(QWidget):
    """A module page. Subclasses set `icon_name`, `flags` and implement `title`/`refresh`."""

    icon_name = ""
    flags = Changes.ALL  # changes that make this page stale

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.port: EditorPort | None = None
        self.stale = True

    def title(self) -> str:
        raise NotImplementedError

    def set_port(self, port: EditorPort | None) -> None:
        self.port = port
        self.changed(Changes.ALL)

    def changed(self, changes: Changes) -> None:
        """Refresh now if visible, else on the next show (only what the flags touch)."""
        if changes & self.flags:
            self.stale = True
            if self.isVisible():
                self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802
        if self.stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self.stale = False
