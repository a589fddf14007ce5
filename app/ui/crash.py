"""Unexpected errors in the GUI: written to a log file, shown as one message."""

from __future__ import annotations

import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from app import __version__
from app.paths import data_dir


def log_file() -> Path:
    return data_dir() / "logs" / "planwright.log"


def _hook(kind: type[BaseException], error: BaseException,
          tb: TracebackType | None) -> None:
    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as f:
            f.write(f"--- {datetime.now().isoformat(timespec='seconds')} "
                    f"Planwright {__version__}\n")
            f.write("".join(traceback.format_exception(kind, error, tb)))
    except OSError:
        pass
    sys.__excepthook__(kind, error, tb)
    if QApplication.instance() is None:
        return
    QMessageBox.critical(
        QApplication.activeWindow(),
        QCoreApplication.translate("Crash", "Unexpected error"),
        QCoreApplication.translate(
            "Crash", "Something went wrong inside Planwright ({error}). Your project file "
            "is safe: every change was saved when it was made. The details were written to "
            "{path}.").format(error=f"{kind.__name__}: {error}"[:300], path=path))


def install() -> None:
    """Route exceptions that escape Qt slots to the log and a message box."""
    sys.excepthook = _hook
