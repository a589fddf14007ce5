"""Long work off the UI thread, behind a progress dialog with Cancel."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.core.errors import UserError
from app.core.progress import Cancelled, Progress

T = TypeVar("T")


class _Worker(QObject):
    reported = Signal(float, str)
    done = Signal(object, object)  # result, error

    def __init__(self, work: Callable[[Progress], object]) -> None:
        super().__init__()
        self.work = work
        self.progress = Progress(self.reported.emit)  # reports cross to the UI thread

    def run(self) -> None:
        try:
            self.done.emit(self.work(self.progress), None)
        except Exception as error:  # handed back to the UI thread, which decides
            self.done.emit(None, error)


def run_in_background(parent: QWidget | None, label: str,
                      work: Callable[[Progress], T]) -> T:
    """Run `work(progress)` in a worker thread and wait, keeping the UI responsive.

    Returns its result; re-raises its exception (UserError, or Cancelled when the
    user pressed Cancel) in the calling thread.
    """
    dialog = QProgressDialog(parent)  # its own Cancel button, translated by Qt
    dialog.setLabelText(label)
    dialog.setRange(0, 1000)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)  # quick work never flashes a dialog
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    worker = _Worker(work)
    progress = worker.progress
    thread = QThread()
    worker.moveToThread(thread)
    outcome: dict[str, object] = {}
    loop = QEventLoop()

    def finished(result: object, error: object) -> None:
        outcome["result"], outcome["error"] = result, error
        loop.quit()

    def reported(fraction: float, text: str) -> None:
        dialog.setValue(int(fraction * 1000))
        if text:
            dialog.setLabelText(text)

    worker.reported.connect(reported, Qt.ConnectionType.QueuedConnection)
    worker.done.connect(finished, Qt.ConnectionType.QueuedConnection)
    dialog.canceled.connect(progress.cancel)
    thread.started.connect(worker.run)
    thread.start()
    loop.exec()
    thread.quit()
    thread.wait()
    dialog.canceled.disconnect(progress.cancel)  # closing the dialog emits canceled
    dialog.close()
    dialog.deleteLater()
    error = outcome.get("error")
    if error is not None:
        raise error
    if progress.cancel_requested:
        raise Cancelled
    return outcome.get("result")  # type: ignore[return-value]


@dataclass(frozen=True)
class Done(Generic[T]):
    value: T


def run_or_show_error(parent: QWidget, label: str, work: Callable[[Progress], T],
                      failure: str) -> Done[T] | None:
    """`run_in_background`, with the ending every menu command wants: None when the user
    cancelled or the work was refused (the message then shown under `failure`)."""
    from app.ui.messages import show_error

    try:
        return Done(run_in_background(parent, label, work))
    except Cancelled:
        return None
    except UserError as error:
        show_error(parent, error, failure)
        return None
