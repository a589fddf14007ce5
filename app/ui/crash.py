"""Unexpected errors in the GUI: written to a log file, shown as one message.

Installed before Qt is imported (app.cli), so that even a failure to start the window
(a broken install, a missing library in a packaged build) is logged and explained
rather than a silent exit: the packaged Windows app has no console to print to.
Hard crashes inside Qt's C++ cannot be caught; faulthandler writes their stack to
fatal.log and the next start says where it is.
"""

from __future__ import annotations

import faulthandler
import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import IO

from app import __version__
from app.core.i18n import QT_TRANSLATE_NOOP
from app.paths import log_dir

_UNEXPECTED = QT_TRANSLATE_NOOP(
    "Crash", "Something went wrong inside Planwright ({error}). Your project file is safe: "
    "every change was saved when it was made. The details were written to {path}.")
_STOPPED = QT_TRANSLATE_NOOP(
    "Crash", "Planwright stopped unexpectedly the last time it ran. Your project file is "
    "safe: every change was saved when it was made. The details were written to {path}.")

_fatal: IO[str] | None = None
_previous: Path | None = None


def log_file() -> Path:
    return log_dir() / "planwright.log"


def fatal_log() -> Path:
    return log_dir() / "fatal.log"


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
    if sys.stderr is not None:  # None in the packaged Windows app (no console)
        sys.__excepthook__(kind, error, tb)
    if issubclass(kind, KeyboardInterrupt):
        return
    _tell(_UNEXPECTED, error=f"{kind.__name__}: {error}"[:300], path=path)


def _tell(text: str, **params: object) -> None:
    """A critical message box, making the application object if there is none yet."""
    try:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QApplication, QMessageBox
    except ImportError:  # Qt itself is what failed: the log has it
        return
    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 - kept alive
    QMessageBox.critical(
        QApplication.activeWindow(),
        QCoreApplication.translate("Crash", "Unexpected error"),
        QCoreApplication.translate("Crash", text).format(**params))


def previous_fatal() -> Path | None:
    """Where the stack of the last run's hard crash was kept, if it had one."""
    return _previous


def _move_aside(path: Path) -> Path | None:
    try:
        if path.stat().st_size == 0:
            return None
        kept = path.with_name(f"fatal-{datetime.now():%Y%m%d-%H%M%S}.log")
        path.replace(kept)
        return kept
    except OSError:
        return None


def tell_previous_fatal(path: Path) -> None:
    _tell(_STOPPED, path=path)


def install() -> None:
    """Route exceptions that escape (Qt slots included) to the log and a message box."""
    global _fatal, _previous
    sys.excepthook = _hook
    if _fatal is None:
        _previous = _move_aside(fatal_log())  # before this run's stacks start going there
        try:
            fatal_log().parent.mkdir(parents=True, exist_ok=True)
            _fatal = fatal_log().open("a", encoding="utf-8")  # kept open for faulthandler
            faulthandler.enable(_fatal)
        except OSError:
            _fatal = None
