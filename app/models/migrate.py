"""Upgrading older project files with Alembic (imported only when a file needs it)."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

from app.models.fileformat import APPLICATION_ID, SCHEMA_VERSION

# Revision id of each schema version; user_version N means REVISIONS[N] is applied.
REVISIONS = {1: "0001"}
HEAD_REVISION = REVISIONS[SCHEMA_VERSION]
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection=None):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def aside_path(path: Path, version: int) -> Path:
    return path.with_name(f"{path.stem}.format{version}{path.suffix}")


def upgrade_file(path: Path, version: int) -> Path:
    """Copy `path` aside, then migrate it in place to SCHEMA_VERSION. Returns the copy."""
    from alembic import command
    from sqlalchemy import create_engine

    aside = aside_path(path, version)
    shutil.copy2(path, aside)
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
            command.upgrade(alembic_config(connection), HEAD_REVISION)
        with closing(sqlite3.connect(path)) as con:
            con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            con.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            con.commit()
    except Exception:
        engine.dispose()
        shutil.copy2(aside, path)  # leave the file as it was
        raise
    engine.dispose()
    return aside
