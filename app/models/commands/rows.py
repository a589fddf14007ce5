"""Generic row commands: change fields, insert rows, delete rows."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import groupby
from typing import Any

from sqlalchemy import delete, insert, inspect, select, update
from sqlalchemy.orm import Session

from app.core.errors import UserError
from app.core.i18n import QT_TRANSLATE_NOOP
from app.models.base import Base
from app.models.commands.base import Changes, Command

Values = dict[str, Any]
_GONE = QT_TRANSLATE_NOOP("errors", "The item being changed no longer exists.")


def _key_clause(entity: type[Base], key: Mapping[str, Any]):
    columns = inspect(entity).columns
    return [columns[name] == value for name, value in key.items()]


def row_values(row: Base) -> Values:
    mapper = inspect(type(row))
    return {attr.key: getattr(row, attr.key) for attr in mapper.column_attrs}


class SetFields(Command):
    """Change some fields of one row, remembering their old values."""

    def __init__(self, name: str, entity: type[Base], key: Mapping[str, Any],
                 old: Mapping[str, Any], new: Mapping[str, Any], changes: Changes) -> None:
        self.name, self.entity, self.changes = name, entity, changes
        self.key, self.old, self.new = dict(key), dict(old), dict(new)

    @classmethod
    def diff(cls, session: Session, name: str, entity: type[Base], key: Mapping[str, Any],
             new: Mapping[str, Any], changes: Changes) -> SetFields | None:
        """A command for the fields of `new` that differ from the stored row, or None."""
        row = session.get(entity, tuple(key.values()) if len(key) > 1 else next(iter(key.values())))
        if row is None:
            raise UserError(_GONE)
        old = {k: getattr(row, k) for k in new}
        changed = {k: v for k, v in new.items() if old[k] != v}
        if not changed:
            return None
        return cls(name, entity, key, {k: old[k] for k in changed}, changed, changes)

    def _write(self, session: Session, values: Values) -> None:
        result = session.execute(update(self.entity).where(*_key_clause(self.entity, self.key))
                                 .values(**values))
        if result.rowcount != 1:
            raise UserError(_GONE)

    def apply(self, session: Session) -> None:
        self._write(session, self.new)

    def revert(self, session: Session) -> None:
        self._write(session, self.old)

    def merge(self, other: Command) -> bool:
        if (isinstance(other, SetFields) and other.entity is self.entity
                and other.key == self.key and other.name == self.name
                and set(other.new) == set(self.new)):
            self.new = dict(other.new)
            return True
        return False


class InsertRows(Command):
    """Insert rows whose values (primary keys included) are known up front."""

    def __init__(self, name: str, entity: type[Base], rows: Sequence[Values],
                 changes: Changes) -> None:
        self.name, self.entity, self.rows, self.changes = name, entity, list(rows), changes

    def apply(self, session: Session) -> None:
        # A Core INSERT per run of rows with the same keys, in order (parents still
        # before their children): the ORM's bulk path costs a half more on an import's
        # 10,000 tasks and 13,000 links, for nothing a row of known values needs.
        table = self.entity.__table__
        for _keys, rows in groupby(self.rows, key=tuple):
            session.execute(insert(table), list(rows))

    def revert(self, session: Session) -> None:
        for row in reversed(self.rows):
            key = {col.key: row[col.key] for col in inspect(self.entity).primary_key}
            session.execute(delete(self.entity).where(*_key_clause(self.entity, key)))


class DeleteRows(InsertRows):
    """Delete rows, keeping their values to put them back."""

    @classmethod
    def capture(cls, session: Session, name: str, entity: type[Base],
                where: Sequence[Any], changes: Changes) -> DeleteRows:
        rows = [row_values(r) for r in session.scalars(select(entity).where(*where))]
        return cls(name, entity, rows, changes)

    def apply(self, session: Session) -> None:
        super().revert(session)

    def revert(self, session: Session) -> None:
        super().apply(session)
