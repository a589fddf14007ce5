"""RACI cell edits: any number of cells written at once (a keystroke, a fill, a paste)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from sqlalchemy.orm import Session

from app.core.i18n import QT_TRANSLATE_NOOP
from app.models.commands.base import Changes, Command
from app.models.people import RaciCell

SET_LETTERS = QT_TRANSLATE_NOOP("commands", "Set RACI Letters")
CYCLE_LETTER = QT_TRANSLATE_NOOP("commands", "Cycle RACI Letter")
CLEAR_CELLS = QT_TRANSLATE_NOOP("commands", "Clear RACI Cells")
PASTE_CELLS = QT_TRANSLATE_NOOP("commands", "Paste RACI Cells")

_TABLE = RaciCell.__table__.name
_DELETE = f"DELETE FROM {_TABLE} WHERE task_id = ? AND role_id = ?"
_UPSERT = (f"INSERT INTO {_TABLE} (task_id, role_id, letters) VALUES (?, ?, ?) "
           "ON CONFLICT (task_id, role_id) DO UPDATE SET letters = excluded.letters")


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
        self._write(session, self.edits, 3)  # CellEdit.new

    def revert(self, session: Session) -> None:
        self._write(session, self.edits, 2)  # CellEdit.old

    @staticmethod
    def _write(session: Session, edits: list[CellEdit], at: int) -> None:
        # Plain driver statements: an imported 10,000 x 40 matrix is 400,000 cells, and
        # SQLAlchemy's per-row parameter handling would cost more than SQLite's work.
        connection = session.connection()
        gone = [(e[0], e[1]) for e in edits if not e[at]]
        kept = [(e[0], e[1], e[at]) for e in edits if e[at]]
        if gone:
            connection.exec_driver_sql(_DELETE, gone)
        if kept:
            connection.exec_driver_sql(_UPSERT, kept)

    def merge(self, other: Command) -> bool:
        """Clicks that cycle the same cells make one undo step."""
        if (isinstance(other, SetRaciCells) and self.name == other.name == CYCLE_LETTER
                and [e[:2] for e in self.edits] == [e[:2] for e in other.edits]):
            self.edits = [e._replace(new=o.new) for e, o in zip(self.edits, other.edits,
                                                               strict=True)]
            return True
        return False
