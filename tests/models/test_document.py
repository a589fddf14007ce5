"""The project file: creation, the checks on open, locks, copies, backups."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from app.core.errors import UserError
from app.models import Project, Task
from app.models.backups import list_backups
from app.models.commands import Changes, History, SetFields
from app.models.document import Document
from app.models.fileformat import APPLICATION_ID, SCHEMA_VERSION, DocumentError
from app.models.lock import lock_path


def fingerprint(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


@pytest.fixture
def project(tmp_path) -> Path:
    Document.create(tmp_path / "plan.pwp", name="Plan").close()
    return tmp_path / "plan.pwp"


def rename(doc: Document, name: str) -> SetFields:
    with doc.reader() as session:
        return SetFields.diff(session, "Rename", Project, {"id": 1}, {"name": name},
                              Changes.PROJECT)


def test_new_file_is_marked_and_configured(project):
    with closing(sqlite3.connect(project)) as con:
        assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    doc = Document.open(project)
    with doc.engine.connect() as con:
        assert con.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    assert doc.project().name == "Plan"
    doc.close()


def test_create_refuses_to_overwrite(project):
    before = fingerprint(project)
    with pytest.raises(DocumentError) as err:
        Document.create(project, name="Other")
    assert err.value.reason == "exists"
    assert fingerprint(project) == before


def test_every_edit_is_committed_at_once(project):
    doc = Document.open(project)
    History(doc.editor).push(rename(doc, "Renamed"))
    # another connection sees it without any save step
    with closing(sqlite3.connect(project)) as con:
        assert con.execute("SELECT name FROM project").fetchone()[0] == "Renamed"
    doc.close()


def test_second_opener_is_read_only_and_told_who_holds_it(project):
    first = Document.open(project)
    second = Document.open(project)
    assert not first.read_only
    assert second.read_only
    assert "@" in second.read_only_reason() and "plan.pwp" in second.read_only_reason()
    with pytest.raises(UserError) as err:
        History(second.editor).push(rename(second, "Nope"))
    assert "read-only" in str(err.value)
    assert first.project().name == "Plan"
    with pytest.raises(DocumentError) as err:
        Document.open(project, require_writable=True)
    assert err.value.reason == "read_only"
    second.close()
    first.close()
    assert not lock_path(project).exists()
    third = Document.open(project)
    assert not third.read_only
    third.close()


def test_stale_lock_from_a_dead_process_is_taken_over(project):
    import json
    import socket

    lock_path(project).write_text(json.dumps(
        {"user": "ghost", "host": socket.gethostname(), "pid": 2**22 + 12345,
         "since": "2026-01-01T00:00"}))
    doc = Document.open(project)
    assert not doc.read_only
    doc.close()


def test_lock_from_another_machine_is_respected(project):
    import json

    lock_path(project).write_text(json.dumps(
        {"user": "li.wei", "host": "site-laptop-7", "pid": 42, "since": "2026-11-20T09:15"}))
    doc = Document.open(project)
    assert doc.read_only
    assert "li.wei@site-laptop-7" in doc.read_only_reason()
    doc.close()


def test_save_as_copies_and_switches(project, tmp_path):
    doc = Document.open(project)
    History(doc.editor).push(rename(doc, "Before copy"))
    copy = doc.save_as(tmp_path / "copy.pwp")
    assert copy.path == tmp_path / "copy.pwp"
    assert copy.project().name == "Before copy"
    assert not lock_path(project).exists()  # the original is no longer held
    assert lock_path(copy.path).exists()
    History(copy.editor).push(rename(copy, "Only in copy"))
    original = Document.open(project)
    assert original.project().name == "Before copy"
    original.close()
    copy.close()


def test_rolling_backups_before_first_edit_of_each_session(project):
    for n in range(7):
        doc = Document.open(project)
        history = History(doc.editor)
        history.push(rename(doc, f"v{n}"))
        history.push(rename(doc, f"v{n}b"))  # same session: no second backup
        doc.close()
    backups = list_backups(project)
    assert len(backups) == 5
    with closing(sqlite3.connect(backups[0])) as con:
        assert con.execute("SELECT name FROM project").fetchone()[0] == "v5b"


def test_refused_edit_leaves_everything_as_it_was(project):
    doc = Document.open(project)
    from app.models.commands import InsertRows

    bad = InsertRows("Add", Task, [{"id": 1, "name": "x", "percent_complete": 150}],
                     Changes.TASKS)
    with pytest.raises(UserError) as err:
        History(doc.editor).push(bad)
    assert "refused" in str(err.value)
    with doc.reader() as session:
        assert session.query(Task).count() == 0
    doc.close()


# -- bad files: a clear message, and not one byte changed -------------------------------

def _sqlite_file(path: Path, app_id: int = 0, user_version: int = 0) -> Path:
    with closing(sqlite3.connect(path)) as con:
        con.execute("CREATE TABLE t (x)")
        con.execute(f"PRAGMA application_id = {app_id}")
        con.execute(f"PRAGMA user_version = {user_version}")
        con.commit()
    return path


def _corrupt(project: Path) -> Path:
    data = bytearray(project.read_bytes())
    page = 4096
    for offset in range(page * 2, min(len(data), page * 6)):
        data[offset] = 0xA5
    project.write_bytes(bytes(data))
    return project


CASES = {
    "text": (lambda p, d: (d / "notes.pwp").write_text("hello") and d / "notes.pwp",
             "not_sqlite", "not a database"),
    "empty": (lambda p, d: (d / "empty.pwp").write_bytes(b"") or d / "empty.pwp",
              "not_sqlite", "not a database"),
    "other_sqlite": (lambda p, d: _sqlite_file(d / "other.pwp"), "not_project",
                     "not a Planwright project"),
    "our_id_no_tables": (lambda p, d: _sqlite_file(d / "fake.pwp", APPLICATION_ID,
                                                   SCHEMA_VERSION),
                         "not_project", "not a Planwright project"),
    "newer": (lambda p, d: _sqlite_file(d / "future.pwp", APPLICATION_ID, SCHEMA_VERSION + 5),
              "newer", "newer Planwright"),
    "corrupt": (lambda p, d: _corrupt(p), "corrupt", "damaged"),
}


@pytest.mark.parametrize("case", CASES)
def test_bad_files_are_refused_untouched(case, project, tmp_path):
    make, reason, words = CASES[case]
    path = make(project, tmp_path)
    before = fingerprint(path)
    with pytest.raises(DocumentError) as err:
        Document.open(path)
    assert err.value.reason == reason
    assert words in err.value.message()
    assert str(path) in err.value.message()
    assert fingerprint(path) == before
    assert not lock_path(path).exists()


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(DocumentError) as err:
        Document.open(tmp_path / "nope.pwp")
    assert err.value.reason == "missing"
    with pytest.raises(DocumentError) as err:
        Document.open(tmp_path)
    assert err.value.reason == "not_a_file"


def test_read_only_file_opens_read_only_and_stays_unchanged(project):
    os.chmod(project, 0o444)
    try:
        before = fingerprint(project)
        doc = Document.open(project)
        assert doc.read_only
        assert "read-only file" in doc.read_only_reason()
        assert doc.project().name == "Plan"
        with pytest.raises(UserError):
            History(doc.editor).push(rename(doc, "x"))
        doc.close()
        assert fingerprint(project) == before
        with pytest.raises(DocumentError):
            Document.open(project, require_writable=True)
    finally:
        os.chmod(project, 0o644)


def test_failed_fill_leaves_no_file(tmp_path):
    def broken(session):
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        Document.create(tmp_path / "half.pwp", name="Half", fill=broken)
    assert list(tmp_path.iterdir()) == []


def test_uids_are_kept_or_numbered_one_by_one(project):
    doc = Document.open(project)
    from app.models.commands import InsertRows

    History(doc.editor).push(InsertRows("Add", Task, [
        {"id": 1, "name": "Imported", "uid": 40}, {"id": 2, "name": "New"},
        {"id": 3, "name": "Also new"}], Changes.TASKS))
    with doc.reader() as session:
        assert [t.uid for t in session.query(Task).order_by(Task.id)] == [40, 41, 42]
    doc.close()


def test_file_missing_a_column_is_refused_untouched(project):
    with closing(sqlite3.connect(project)) as con:
        con.execute("ALTER TABLE task DROP COLUMN notes")
        con.commit()
    before = fingerprint(project)
    with pytest.raises(DocumentError) as err:
        Document.open(project)
    assert err.value.reason == "corrupt" and "task.notes" in err.value.message()
    assert fingerprint(project) == before


def test_a_query_in_another_thread_does_not_wait_for_an_open_one(project):
    """Background work (an export) reads while the window refreshes: queries share."""
    import threading
    import time

    from sqlalchemy import select

    doc = Document.open(project)
    reading, finish = threading.Event(), threading.Event()

    def long_reader() -> None:
        with doc.reader() as session:
            session.execute(select(Task.id)).all()
            reading.set()
            finish.wait(5)

    worker = threading.Thread(target=long_reader)
    worker.start()
    try:
        reading.wait(5)
        began = time.perf_counter()
        with doc.reader() as session:
            session.get_one(Project, 1)
        assert time.perf_counter() - began < 1  # the write lock made this wait 5 s
    finally:
        finish.set()
        worker.join()
        doc.close()
