"""Runs commands against a document: one committed transaction each, then a notice."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from sqlalchemy.exc import IntegrityError, OperationalError

from app.core.errors import UserError
from app.core.i18n import QT_TRANSLATE_NOOP
from app.models import edit_log
from app.models.commands.base import Changes, Command
from app.models.scheduling import PlanCache, reschedule

if TYPE_CHECKING:
    from app.models.document import Document

Listener = Callable[[Changes], None]

READ_ONLY = QT_TRANSLATE_NOOP(
    "errors", "This project is open read-only; nothing was changed. {why}")
REFUSED = QT_TRANSLATE_NOOP(
    "errors", "\u201c{command}\u201d was refused because it would break the project's rules "
    "({detail}); nothing was changed.")
WRITE_FAILED = QT_TRANSLATE_NOOP(
    "errors", "\u201c{command}\u201d could not be saved to the project file ({detail}); "
    "nothing was changed.")


class Editor:
    """The only way edits reach the database.

    `apply` and `revert` each run in one transaction that is committed before they
    return (there is no unsaved state), with the schedule recomputed inside it when
    the change can move dates, then tell every listener what changed.
    If anything fails the transaction is rolled back and the file is as it was.
    """

    def __init__(self, document: Document) -> None:
        self.document = document
        self.listeners: list[Listener] = []
        # The schedule as stored, so edits reschedule incrementally (None: keep none).
        self.plans: PlanCache | None = PlanCache()
        # Edits run so far, and the task rows the last one wrote (None: unknown, or the
        # outline or links changed), so a page in step can read back just those.
        self.edits = 0
        self.last_touched: set[int] | None = None
        self._running = False

    def adopt(self, plans: PlanCache, edits: int) -> bool:
        """Keep `plans`, built from the file as it was after `edits` edits, if no edit
        came (or is under way) since and none built a plan yet."""
        if self._running or self.edits != edits or self.plans is None \
                or self.plans.plan is not None:
            return False
        self.plans = plans
        return True

    def apply(self, command: Command) -> None:
        self._run(command, command.apply)

    def revert(self, command: Command) -> None:
        self._run(command, command.revert)

    def _run(self, command: Command, step: Callable) -> None:
        if self.document.read_only:
            raise UserError(READ_ONLY, why=self.document.read_only_reason())
        self.document.before_edit()
        self._running = True
        try:
            with self.document.session() as session:
                edit_log.begin(session)
                step(session)
                if command.changes.reschedules:
                    # Dates are part of the edit: recomputed in the same transaction.
                    reschedule(session, self.plans)
                touched = edit_log.touched(session)
        except BaseException as exc:
            if self.plans is not None:  # rolled back: the file no longer matches the plan
                self.plans.clear()
            self.edits, self.last_touched = self.edits + 1, None
            self._running = False  # after counting the edit: see adopt
            if isinstance(exc, IntegrityError):
                raise UserError(REFUSED, command=command.title,
                                detail=_first_line(exc)) from exc
            if isinstance(exc, OperationalError):
                raise UserError(WRITE_FAILED, command=command.title,
                                detail=_first_line(exc)) from exc
            raise
        self.edits, self.last_touched = self.edits + 1, touched
        self._running = False
        self.notify(command.changes)

    def notify(self, changes: Changes) -> None:
        for listener in list(self.listeners):
            listener(changes)


def _first_line(exc: Exception) -> str:
    text = str(getattr(exc, "orig", exc))
    return text.splitlines()[0] if text else type(exc).__name__


class History:
    """A plain undo/redo stack for the CLI and tests; the GUI uses QUndoStack instead."""

    def __init__(self, editor: Editor) -> None:
        self.editor = editor
        self.done: list[Command] = []
        self.undone: list[Command] = []

    def push(self, command: Command) -> None:
        self.editor.apply(command)
        self.done.append(command)
        self.undone.clear()

    def undo(self) -> Command | None:
        if not self.done:
            return None
        command = self.done[-1]
        self.editor.revert(command)
        self.undone.append(self.done.pop())
        return command

    def redo(self) -> Command | None:
        if not self.undone:
            return None
        command = self.undone[-1]
        self.editor.apply(command)
        self.done.append(self.undone.pop())
        return command
