"""RACI cell edits: any number of cells written at once (a keystroke, a fill, a paste)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from sqlalchemy import bindparam, delete
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from app.core.i18n import QT_TRANSLATE_NOOP
from app.models.commands.base import Changes, Command
from app.models.people import RaciCell

SET_LETTERS = QT_TRANSLATE_NOOP("commands", "Set RACI Letters")
CYCLE_LETTER = QT_TRANSLATE_NOOP("commands", "Cycle RACI Letter")
CLEAR_CELLS = QT_TRANSLATE_NOOP("commands", "Clear RACI Cells")
PASTE_CELLS = QT_TRANSLATE_NOOP("commands", "Paste RACI Cells")

_TABLE = RaciCell.__table__
_DELETE = delete(_TABLE).where(_TABLE.c.task_id == bindparam("t"),
                               _TABLE.c.role_id == bindparam("r"))
_UPSERT = insert(_TABLE).values(task_id=bindparam("t"), role_id=bindparam("r"),
                                letters=bindparam("v"))
_UPSERT = _UPSERT.on_conflict_do_update(index_elements=["task_id", "role_id"],
                                        set_={"letters": _UPSERT.excluded.letters})


class CellEdit(NamedTuple):
    task_id: int
    role_id: int
    old: str  # "" = no cell
    new: str


class SetRaciCells(Command):
    """Write cells by (task, role); an empty value removes the cell.

    Thousands of cells go in two executemany statements, so a pasted 1,000 x 40
    block is one quick transaction and one undo step.
    """

    changes = Changes.RACI

    def __init__(self, name: str, edits: Sequence[CellEdit]) -> None:
        self.name = name
        self.edits = [e for e in edits if e.old != e.new]

    def apply(self, session: Session) -> None:
        self._write(session, [(e.task_id, e.role_id, e.new) for e in self.edits])

    def revert(self, session: Session) -> None:
        self._write(session, [(e.task_id, e.role_id, e.old) for e in self.edits])

    @staticmethod
    def _write(session: Session, values: list[tuple[int, int, str]]) -> None:
        connection = session.connection()
        gone = [{"t": t, "r": r} for t, r, v in values if not v]
        kept = [{"t": t, "r": r, "v": v} for t, r, v in values if v]
        if gone:
            connection.execute(_DELETE, gone)
        if kept:
            connection.execute(_UPSERT, kept)

    def merge(self, other: Command) -> bool:
        """Clicks that cycle the same cells make one undo step."""
        if (isinstance(other, SetRaciCells) and self.name == other.name == CYCLE_LETTER
                and [e[:2] for e in self.edits] == [e[:2] for e in other.edits]):
            self.edits = [e._replace(new=o.new) for e, o in zip(self.edits, other.edits,
                                                               strict=True)]
            return True
        return False
