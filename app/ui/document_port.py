"""The open document as pages see it: the document, its undo stack, change signals."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack
from sqlalchemy import func, select

from app.core.errors import UserError
from app.core.heap import collector_paused
from app.models.calendars import project_calendar
from app.models.commands import Changes, Command
from app.models.document import Document
from app.models.scheduling import kept_plan
from app.models.tasks import Task
from app.ui.undo import push

# Plans this big get their schedule built in the background as they open, so that the
# first edit reschedules incrementally too (a full pass and read at 10k tasks: ~1 s).
WARM_UP_FROM = 1000
WARM_UP_AFTER_MS = 700  # once the page has opened and painted: the thread takes the GIL
TIDY_AFTER_MS = 30_000  # without edits: sweep what the frozen heap left behind


class DocumentPort(QObject):
    """Implements app.views.base.EditorPort for the GUI."""

    changed = Signal(int)  # Changes flags

    def __init__(self, document: Document, on_error: Callable[[UserError], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.on_error = on_error
        self.stack = QUndoStack(self)
        self.closed = False
        self.frozen = False  # see _keep_plan
        self._tidy = QTimer(self, singleShot=True, interval=TIDY_AFTER_MS)
        self._tidy.timeout.connect(self._sweep)
        # The warm-up thread only fills a list (no Qt object is touched off this
        # thread, so closing meanwhile cannot race it); this timer looks for the result.
        self._warming: tuple[threading.Thread, list, Document, int] | None = None
        self._poll = QTimer(self, interval=100)
        self._poll.timeout.connect(self._check_warm_up)
        self._listen()

    def _listen(self) -> None:
        self.document.editor.listeners.append(self._notify)
        self._warm_up()

    def _warm_up(self) -> None:
        if not self.document.read_only:
            QTimer.singleShot(WARM_UP_AFTER_MS, self, self._start_warm_up)

    def _start_warm_up(self) -> None:
        document = self.document
        if self.closed or self._warming is not None or document.editor.edits:
            return
        try:
            with document.reader() as session:
                if session.scalar(select(func.count(Task.id))) < WARM_UP_FROM:
                    return  # small plans: the first edit's full pass is quick anyway
        except Exception:  # noqa: BLE001 - the first edit reports a damaged file
            return
        box: list = []

        def work() -> None:
            # Everything built here lives on (and is frozen once kept): a cycle
            # collection meanwhile would only stall the user's thread for nothing.
            try:
                with collector_paused(), document.reader() as session:
                    box.append(kept_plan(session, project_calendar(session).detached()))
            except Exception:  # noqa: BLE001 - closed meanwhile, or a file the first edit
                box.append(None)  # will report on: that edit then builds the plan

        thread = threading.Thread(target=work, name="plan warm-up", daemon=True)
        self._warming = (thread, box, document, document.editor.edits)
        thread.start()
        self._poll.start()

    def _check_warm_up(self) -> None:
        if self._warming is None or self._warming[0].is_alive():
            return
        self._poll.stop()
        _thread, box, document, edits = self._warming
        self._warming = None
        cache = box[0] if box else None
        if cache is None or self.closed or document is not self.document:
            return
        if document.editor.adopt(cache, edits):
            # The plan and the pages' rows live as long as the document. Frozen, the
            # cycle collector stops walking them again: its full passes took ~180 ms
            # at 10k tasks and were felt as stalls while scrolling and dragging.
            gc.freeze()
            self.frozen = True
            self._tidy.start()

    def _sweep(self) -> None:
        """A quiet moment: collect what became garbage while frozen, freeze the rest."""
        gc.unfreeze()
        gc.collect()
        gc.freeze()

    def _notify(self, changes: Changes) -> None:
        if self.frozen:
            self._tidy.start()
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
        self.closed = True
        self._poll.stop()
        self._warming = None  # a running warm-up finishes on its own; its plan is dropped
        self.stack.clear()
        self.document.close()
        if self.frozen:  # the document's objects may go now
            self._tidy.stop()
            self.frozen = False
            gc.unfreeze()
