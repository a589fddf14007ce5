"""The one place a UserError reaches the user in the GUI."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.core.errors import UserError


def show_error(parent: QWidget | None, error: UserError,
               title: str | None = None) -> None:
    QMessageBox.warning(parent, title or QCoreApplication.translate("messages", "Planwright"),
                        error.message())
