"""Rolling backups of project files in the user's data folder."""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path

from app.models.fileformat import connect_readonly
from app.paths import data_dir

KEEP = 5


def backup_folder(path: Path) -> Path:
    digest = hashlib.sha1(str(path.resolve()).encode()).hexdigest()[:8]
    return data_dir() / "backups" / f"{path.stem}-{digest}"


def sqlite_copy(source: Path, target: Path) -> None:
    """A consistent copy through SQLite's backup API (safe while the file is open)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    tmp.unlink(missing_ok=True)
    with closing(connect_readonly(source)) as src, closing(sqlite3.connect(tmp)) as dst:
        src.backup(dst)
    tmp.replace(target)


def take_backup(path: Path, keep: int = KEEP) -> Path:
    """Copy `path` into its backup folder and drop all but the newest `keep` copies."""
    folder = backup_folder(path)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{path.stem}-{stamp}.pwp"
    sqlite_copy(path, target)
    for old in sorted(folder.glob("*.pwp"))[:-keep]:
        old.unlink(missing_ok=True)
    return target


def list_backups(path: Path) -> list[Path]:
    return sorted(backup_folder(path).glob("*.pwp"), reverse=True)
