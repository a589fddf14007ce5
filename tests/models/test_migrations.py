"""Alembic migrations build exactly the schema the models declare; old files are upgraded."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from app.models import Base
from app.models.document import Document
from app.models.fileformat import SCHEMA_VERSION, DocumentError
from app.models.migrate import HEAD_REVISION, alembic_config, aside_path


def test_migrations_match_models(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'm.db'}")
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
    with engine.connect() as connection:
        context = MigrationContext.configure(connection)
        assert context.get_current_revision() == HEAD_REVISION
        assert compare_metadata(context, Base.metadata) == []


def test_created_file_is_stamped_at_head(tmp_path):
    Document.create(tmp_path / "p.pwp", name="p").close()
    with closing(sqlite3.connect(tmp_path / "p.pwp")) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == \
            HEAD_REVISION


def test_older_file_is_copied_aside_then_upgraded(tmp_path):
    path = tmp_path / "old.pwp"
    Document.create(path, name="old").close()
    # Make it a format-0 file: our marker, none of the tables yet.
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "base")
    engine.dispose()
    with closing(sqlite3.connect(path)) as con:
        con.execute("PRAGMA user_version = 0")
        con.commit()
    old_bytes = path.read_bytes()
    # Downgrading dropped the rows too, so once upgraded there is no project row to open.
    with pytest.raises(DocumentError, match="project row missing"):
        Document.open(path)
    aside = aside_path(path, 0)
    assert aside.read_bytes() == old_bytes
    with closing(sqlite3.connect(path)) as con:
        assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
    assert set(Base.metadata.tables) <= tables
