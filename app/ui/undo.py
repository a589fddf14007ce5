"""Thin QUndoCommand wrappers around model commands."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtGui import QUndoCommand, QUndoStack

from app.core.errors import UserError
from app.models.commands import Command, Editor


class HasEditor(Protocol):
    """The document port: its editor follows the open file (Save As swaps it)."""

    @property
    def editor(self) -> Editor: ...

MERGE_ID = 1


class UndoEntry(QUndoCommand):
    """Applies its command through the editor; the first redo is the push itself,
    already done by `push` so that a refused edit never reaches the stack."""

    def __init__(self, owner: HasEditor, command: Command,
                 on_error: Callable[[UserError], None]) -> None:
        super().__init__(command.title)
        self.owner, self.command, self.on_error = owner, command, on_error
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._run(lambda c: self.owner.editor.apply(c))

    def undo(self) -> None:
        self._run(lambda c: self.owner.editor.revert(c))

    def _run(self, step: Callable[[Command], None]) -> None:
        try:
            step(self.command)
        except UserError as error:
            self.setObsolete(True)  # the stack drops an entry it cannot replay
            self.on_error(error)

    def id(self) -> int:
        return MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802
        return isinstance(other, UndoEntry) and self.command.merge(other.command)

    def retranslate(self) -> None:
        self.setText(self.command.title)


def push(stack: QUndoStack, owner: HasEditor, command: Command,
         on_error: Callable[[UserError], None]) -> bool:
    """Apply `command`; on success put it on the stack. Errors go to `on_error`."""
    try:
        owner.editor.apply(command)
    except UserError as error:
        on_error(error)
        return False
    stack.push(UndoEntry(owner, command, on_error))
    return True


def retranslate_stack(stack: QUndoStack) -> None:
    for i in range(stack.count()):
        entry = stack.command(i)
        if isinstance(entry, UndoEntry):
            entry.retranslate()
