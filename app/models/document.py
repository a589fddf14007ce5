"""The Document: one open project file.

Open, create, copy ("Save As"), close; the lock that makes a second instance
read-only; the checks that refuse bad files without touching them; rolling
backups before the first edit of each session; migration of older files.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager, suppress
from datetime import date
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session

from app.core.i18n import QT_TRANSLATE_NOOP, translate
from app.models import backups, lock
from app.models.base import Base
from app.models.commands.editor import Editor
from app.models.fileformat import (
    APPLICATION_ID,
    CORRUPT,
    NOT_PROJECT,
    SCHEMA_VERSION,
    DocumentError,
    check_header,
    connect_readonly,
    quick_check,
)
from app.models.project import Project

EXISTS = QT_TRANSLATE_NOOP("errors", "{path} already exists; choose another name.")
CANNOT_WRITE = QT_TRANSLATE_NOOP("errors", "{path} cannot be written ({detail}).")
LOCKED = QT_TRANSLATE_NOOP("errors", "{path} is open in Planwright by {holder}.")
READ_ONLY_FILE = QT_TRANSLATE_NOOP("errors", "{path} is a read-only file.")
READ_ONLY_ASKED = QT_TRANSLATE_NOOP("errors", "{path} was opened read-only.")
FOLDER_READ_ONLY = QT_TRANSLATE_NOOP(
    "errors", "{path} is in a folder Planwright cannot write to.")
TOO_OLD_READ_ONLY = QT_TRANSLATE_NOOP(
    "errors", "{path} was made by an older Planwright and must be upgraded, but it cannot be "
    "written ({why}). Copy it to a folder you can write to and open the copy.")


def _engine(path: Path, read_only: bool) -> Engine:
    uri = f"{path.resolve().as_uri()}?mode={'ro' if read_only else 'rw'}"

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, timeout=5, check_same_thread=False)

    engine = create_engine("sqlite://", creator=connect)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        # Let SQLAlchemy, not the driver, decide where transactions begin, so a
        # command's reads and writes sit in one transaction.
        dbapi_connection.isolation_level = None
        dbapi_connection.execute("PRAGMA foreign_keys = ON")
        dbapi_connection.execute("PRAGMA synchronous = FULL")

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        # Edits take the write lock up front (no deadlock halfway through a command);
        # queries only read, so other threads' queries need not wait for them.
        reading = read_only or connection.get_execution_options().get("reading", False)
        connection.exec_driver_sql("BEGIN" if reading else "BEGIN IMMEDIATE")

    return engine


class Document:
    def __init__(self, path: Path, engine: Engine, read_only_reason: str | None = None,
                 holder: lock.LockInfo | None = None) -> None:
        self.path = path
        self.engine = engine
        self._read_only_reason = read_only_reason  # untranslated template, or None
        self.holder = holder
        self.editor = Editor(self)
        self._backed_up = False
        self._owns_lock = read_only_reason is None

    # -- opening and creating ------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str, *, read_only: bool = False,
             require_writable: bool = False) -> Document:
        """Open a project, read-only when it is locked elsewhere or cannot be written.

        Every refusal raises DocumentError before a byte of the file changes.
        """
        path = Path(path).absolute()
        version = check_header(path)
        problems = quick_check(path)
        if problems:
            raise DocumentError("corrupt", CORRUPT, path=str(path), detail=problems[0][:200])
        if version == SCHEMA_VERSION:
            _check_tables(path)
        reason, holder = _read_only_reason(path, read_only)
        if reason and require_writable:
            raise DocumentError("read_only", reason, path=str(path),
                                holder=holder.describe() if holder else "")
        if version < SCHEMA_VERSION:
            if reason:
                why = translate("errors", reason).format(
                    path=path.name, holder=holder.describe() if holder else "")
                raise DocumentError("too_old_read_only", TOO_OLD_READ_ONLY, path=str(path),
                                    why=why)
            from app.models.migrate import upgrade_file  # Alembic only loads when needed

            upgrade_file(path, version)
            _check_tables(path)
        if reason is None:
            lock.acquire(path)
        return cls(path, _engine(path, reason is not None), reason, holder)

    @classmethod
    def create(cls, path: Path | str, *, name: str, language: str = "en",
               start: date | None = None, overwrite: bool = False,
               fill: Callable[[Session], None] | None = None) -> Document:
        """Write a new project file (atomically) and open it.

        `fill` adds content (the sample project) in the same transaction, so the
        file appears complete or not at all.
        """
        from app.models.defaults import add_defaults

        path = Path(path).absolute()
        if path.exists() and not overwrite:
            raise DocumentError("exists", EXISTS, path=str(path))
        if path.exists():
            reason, holder = _read_only_reason(path, asked=False)
            if reason:
                raise DocumentError("read_only", reason, path=str(path),
                                    holder=holder.describe() if holder else "")
        part = path.with_name(path.name + ".part")
        engine = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            part.unlink(missing_ok=True)
            with closing(sqlite3.connect(part)) as con:
                con.execute("PRAGMA journal_mode = DELETE")
                con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                con.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                con.commit()
            engine = _engine(part, read_only=False)
            Base.metadata.create_all(engine)
            with Session(engine) as session, session.begin():
                _stamp(session)
                add_defaults(session, name=name, language=language,
                             start=start or date.today())
                if fill:
                    session.flush()
                    fill(session)
            engine.dispose()
            os.replace(part, path)
        except BaseException as exc:
            if engine is not None:
                engine.dispose()  # release the file before removing it (Windows)
            part.unlink(missing_ok=True)  # never leave a half-written project behind
            if isinstance(exc, OSError):
                raise DocumentError("cannot_write", CANNOT_WRITE, path=str(path),
                                    detail=exc.strerror or str(exc)) from exc
            raise
        return cls.open(path, require_writable=True)

    # -- sessions ------------------------------------------------------------------

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session in one transaction, committed on success, rolled back on error."""
        with Session(self.engine) as session, session.begin():
            yield session

    def reader(self) -> Session:
        """A session for queries (`with doc.reader() as s:`); never commits."""
        return Session(self.engine.execution_options(reading=True), autoflush=False)

    def project(self) -> Project:
        with self.reader() as session:
            project = session.get_one(Project, 1)
            session.expunge(project)
            return project

    # -- state ---------------------------------------------------------------------

    @property
    def read_only(self) -> bool:
        return self._read_only_reason is not None

    def read_only_reason(self) -> str:
        if self._read_only_reason is None:
            return ""
        holder = self.holder.describe() if self.holder else ""
        return translate("errors", self._read_only_reason).format(path=self.path.name,
                                                                  holder=holder)

    def before_edit(self) -> None:
        """Keep a copy of the file as it was before this session's first edit."""
        if not self._backed_up:
            self._backed_up = True
            # A backup that cannot be written must not block the edit.
            with suppress(OSError, sqlite3.Error):
                backups.take_backup(self.path)

    # -- copy and close --------------------------------------------------------------

    def save_as(self, target: Path | str) -> Document:
        """Copy this project with SQLite's backup API; the copy becomes the open document."""
        target = Path(target).absolute()
        if target == self.path:
            return self
        other = lock.holder(target) if target.exists() else None
        if other:
            raise DocumentError("locked", LOCKED, path=str(target), holder=other.describe())
        try:
            backups.sqlite_copy(self.path, target)
        except (OSError, sqlite3.Error) as exc:
            raise DocumentError("cannot_write", CANNOT_WRITE, path=str(target),
                                detail=str(exc)) from exc
        copy = Document.open(target)
        self.close()
        return copy

    def close(self) -> None:
        self.engine.dispose()
        if self._owns_lock:
            lock.release(self.path)
            self._owns_lock = False


def _read_only_reason(path: Path, asked: bool) -> tuple[str | None, lock.LockInfo | None]:
    if asked:
        return READ_ONLY_ASKED, None
    # The mode bits count even for an administrator, as the read-only attribute does.
    if not os.access(path, os.W_OK) or not path.stat().st_mode & 0o222:
        return READ_ONLY_FILE, None
    holder = lock.holder(path)
    if holder:
        return LOCKED, holder
    if not os.access(path.parent, os.W_OK):
        return FOLDER_READ_ONLY, None  # SQLite needs the folder for its journal
    return None, None


def _check_tables(path: Path) -> None:
    """A project has our tables and its one project row."""
    try:
        with closing(connect_readonly(path)) as con:
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master "
                                                "WHERE type = 'table'")}
            missing = sorted(set(Base.metadata.tables) - tables)
            if missing:
                raise DocumentError("not_project", NOT_PROJECT, path=str(path))
            for name, table in Base.metadata.tables.items():
                # A file that claims this format but lacks a column would fail later,
                # in the middle of some view: refuse it here, naming the column.
                present = {row[1] for row in con.execute(f'PRAGMA table_info("{name}")')}
                absent = [c.name for c in table.columns if c.name not in present]
                if absent:
                    raise DocumentError("corrupt", CORRUPT, path=str(path),
                                        detail=f"{name}.{absent[0]} missing")
            if con.execute("SELECT count(*) FROM project").fetchone()[0] != 1:
                raise DocumentError("corrupt", CORRUPT, path=str(path),
                                    detail="project row missing")
    except sqlite3.DatabaseError as exc:
        raise DocumentError("corrupt", CORRUPT, path=str(path), detail=str(exc)) from exc


def _stamp(session: Session) -> None:
    """Record the Alembic revision matching SCHEMA_VERSION without importing Alembic."""
    from app.models.migrate import HEAD_REVISION

    session.connection().exec_driver_sql(
        "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
        "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))")
    session.connection().exec_driver_sql(
        "INSERT INTO alembic_version VALUES (?)", (HEAD_REVISION,))
