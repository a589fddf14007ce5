"""What makes a file a Planwright project, checked before SQLite opens it."""

from __future__ import annotations

import sqlite3
import struct
from contextlib import closing
from pathlib import Path

from app.core.errors import UserError
from app.core.i18n import QT_TRANSLATE_NOOP

APPLICATION_ID = 0x50574E50  # "PWNP"
SCHEMA_VERSION = 1
SUFFIX = ".pwp"
_MAGIC = b"SQLite format 3\x00"


class DocumentError(UserError):
    """A project file that cannot be opened (or written) as asked."""

    def __init__(self, reason: str, template: str, **params: object) -> None:
        super().__init__(template, **params)
        self.reason = reason


MISSING = QT_TRANSLATE_NOOP("errors", "{path}: there is no such file.")
NOT_A_FILE = QT_TRANSLATE_NOOP("errors", "{path}: this is a folder, not a project file.")
UNREADABLE = QT_TRANSLATE_NOOP("errors", "{path}: the file cannot be read ({detail}).")
NOT_SQLITE = QT_TRANSLATE_NOOP(
    "errors", "{path}: this is not a Planwright project (it is not a database file).")
NOT_PROJECT = QT_TRANSLATE_NOOP(
    "errors", "{path}: this database is not a Planwright project.")
NEWER = QT_TRANSLATE_NOOP(
    "errors", "{path} was saved by a newer Planwright (file format {found}); this version "
    "reads formats up to {supported}. Update Planwright to open it.")
CORRUPT = QT_TRANSLATE_NOOP(
    "errors", "{path} is damaged and cannot be opened safely ({detail}). Open one of its "
    "backups instead.")


def read_header(path: Path) -> tuple[int, int]:
    """Return (application_id, user_version) from the SQLite header, or raise."""
    if not path.exists():
        raise DocumentError("missing", MISSING, path=str(path))
    if path.is_dir():
        raise DocumentError("not_a_file", NOT_A_FILE, path=str(path))
    try:
        with path.open("rb") as f:
            header = f.read(100)
    except OSError as exc:
        raise DocumentError("unreadable", UNREADABLE, path=str(path),
                            detail=exc.strerror or str(exc)) from exc
    if len(header) < 100 or not header.startswith(_MAGIC):
        raise DocumentError("not_sqlite", NOT_SQLITE, path=str(path))
    user_version, = struct.unpack(">i", header[60:64])
    application_id, = struct.unpack(">I", header[68:72])
    return application_id, user_version


def check_header(path: Path) -> int:
    """Refuse anything that is not one of our files; return its schema version."""
    application_id, user_version = read_header(path)
    if application_id != APPLICATION_ID:
        raise DocumentError("not_project", NOT_PROJECT, path=str(path))
    if user_version > SCHEMA_VERSION:
        raise DocumentError("newer", NEWER, path=str(path), found=user_version,
                            supported=SCHEMA_VERSION)
    return user_version


def connect_readonly(path: Path) -> sqlite3.Connection:
    # immutable=0: still honour other writers' locks; mode=ro: never write.
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def quick_check(path: Path, full: bool = False) -> list[str]:
    """SQLite's own consistency check; an empty list means the file is sound."""
    pragma = "integrity_check" if full else "quick_check"
    try:
        with closing(connect_readonly(path)) as con:
            rows = [r[0] for r in con.execute(f"PRAGMA {pragma}")]
            fk = con.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    problems = [] if rows == ["ok"] else rows
    problems += [f"foreign key: {table} row {rowid} -> {parent}" for table, rowid, parent, _ in fk]
    return problems
