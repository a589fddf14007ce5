"""Rows read and written through the SQLite driver itself (no Qt).

On 10,000 tasks SQLAlchemy's result rows and per-value conversions cost more than
SQLite's own work, so the hot reads and writes go to the driver and convert the few
values they need here, in the format SQLAlchemy uses for DateTime, so that both
ways of writing agree.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

from sqlalchemy.orm import Session


@contextmanager
def driver_cursor(session: Session) -> Iterator[sqlite3.Cursor]:
    """A cursor of the driver's connection, inside the session's transaction."""
    cursor = session.connection().connection.cursor()
    try:
        yield cursor
    finally:
        cursor.close()


def moment(text: str | None) -> datetime | None:
    """A DateTime column's stored text as a datetime."""
    return None if text is None else datetime.fromisoformat(text)


def moment_text(value: datetime | None, known: dict[datetime, str]) -> str | None:
    """A datetime as SQLAlchemy stores it ("2026-03-02 08:00:00.000000"); `known`
    memoises, as a plan repeats few moments."""
    if value is None:
        return None
    found = known.get(value)
    if found is None:
        found = known[value] = value.isoformat(" ", "microseconds")
    return found
