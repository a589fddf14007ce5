"""The command protocol and the change flags views refresh by."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from enum import IntFlag

from sqlalchemy.orm import Session

from app.core.i18n import translate


class Changes(IntFlag):
    NONE = 0
    PROJECT = 1
    CALENDAR = 2
    TASKS = 4
    LINKS = 8
    PEOPLE = 16
    RISKS = 32
    RACI = 64
    BASELINE = 128
    SETTINGS = 256
    ALL = 511

    @property
    def reschedules(self) -> bool:
        """Whether computed dates may be stale after such a change."""
        return bool(self & (Changes.PROJECT | Changes.CALENDAR | Changes.TASKS | Changes.LINKS))


class Command(ABC):
    """One undoable edit.

    Holds ids and plain values only (never ORM instances), so it can be applied and
    reverted any number of times, in any session, from the GUI, the CLI or a test.
    `name` is English source text in translation context "commands".
    """

    name: str = ""
    changes: Changes = Changes.NONE

    @abstractmethod
    def apply(self, session: Session) -> None: ...

    @abstractmethod
    def revert(self, session: Session) -> None: ...

    def merge(self, other: Command) -> bool:
        """Absorb `other` (a continued drag, say); True if it was absorbed."""
        return False

    @property
    def title(self) -> str:
        return translate("commands", self.name)


class Macro(Command):
    """Several commands undone and redone as one step (a paste, an import)."""

    def __init__(self, name: str, commands: Sequence[Command]) -> None:
        self.name = name
        self.commands = list(commands)
        self.changes = Changes.NONE
        for command in self.commands:
            self.changes |= command.changes

    def apply(self, session: Session) -> None:
        for command in self.commands:
            command.apply(session)
            session.flush()

    def revert(self, session: Session) -> None:
        for command in reversed(self.commands):
            command.revert(session)
            session.flush()
