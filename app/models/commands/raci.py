"""RACI cell edits: any number of cells written at once (a keystroke, a fill, a paste)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from typing import NamedTuple

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from app.core.i18n import QT_TRANSLATE_NOOP
from app.models.commands.base import Changes, Command
from app.models.people import RaciCell

SET_LETTERS = QT_TRANSLATE_NOOP("commands", "Set RACI Letters")
CYCLE_LETTER = QT_TRANSLATE_NOOP("commands", "Cycle RACI Letter")
CLEAR_CELLS = QT_TRANSLATE_NOOP("commands", "Clear RACI Cells")
PASTE_CELLS = QT_TRANSLATE_NOOP("commands", "Paste RACI Cells")

_TABLE = RaciCell.__table__.name
# Cells per statement: one statement of a hundred rows costs SQLite (and the driver)
# about half of a hundred runs of a one-row statement.
_ROWS = 100


@cache
def _delete(count: int) -> str:
    rows = ", ".join(["(?, ?)"] * count)
    return f"DELETE FROM {_TABLE} WHERE (task_id, role_id) IN (VALUES {rows})"


@cache
def _upsert(count: int) -> str:
    rows = ", ".join(["(?, ?, ?)"] * count)
    return (f"INSERT INTO {_TABLE} (task_id, role_id, letters) VALUES {rows} "
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
        # Plain driver statements (SQLAlchemy still turns their errors into its own):
        # an imported 10,000 x 40 matrix is 400,000 cells, and SQLAlchemy's per-row
        # parameter handling would cost more than SQLite's work.
        gone = [(e[0], e[1]) for e in edits if not e[at]]
        kept = [(e[0], e[1], e[at]) for e in edits if e[at]]
        connection = session.connection()
        _run(connection, _delete, gone)
        _run(connection, _upsert, kept)

    def merge(self, other: Command) -> bool:
        """Clicks that cycle the same cells make one undo step."""
        if (isinstance(other, SetRaciCells) and self.name == other.name == CYCLE_LETTER
                and [e[:2] for e in self.edits] == [e[:2] for e in other.edits]):
            self.edits = [e._replace(new=o.new) for e, o in zip(self.edits, other.edits,
                                                               strict=True)]
            return True
        return False


def _run(connection: Connection, statement: Callable[[int], str], rows: list[tuple]) -> None:
    """`statement(n)` for n rows at a time: whole hundreds, then the rest."""
    whole = len(rows) - len(rows) % _ROWS
    if whole:
        connection.exec_driver_sql(statement(_ROWS), [
            tuple([value for row in rows[at:at + _ROWS] for value in row])
            for at in range(0, whole, _ROWS)])
    if whole < len(rows):
        connection.exec_driver_sql(statement(len(rows) - whole), tuple(
            [value for row in rows[whole:] for value in row]))
