"""Which tasks an edit wrote, logged by SQLite itself (no Qt).

Temporary triggers on the editing connection note every task row an UPDATE reaches,
and flag any change to the outline (tasks added, removed, moved under another summary
or to another place) or to the links. An edit then reschedules from the tasks it
touched, and pages read back only the rows it wrote, instead of both reading and
comparing all ten thousand rows of a big plan. The log lives in the connection's
temporary database, so it takes part in the edit's transaction and a rolled-back
edit leaves nothing in it.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.models.raw import driver_cursor

_CREATE = (
    "CREATE TEMP TABLE IF NOT EXISTS pw_touched (id INTEGER PRIMARY KEY)",
    "CREATE TEMP TABLE IF NOT EXISTS pw_outline (changed INTEGER PRIMARY KEY)",
    "CREATE TEMP TRIGGER IF NOT EXISTS pw_task_update AFTER UPDATE ON main.task BEGIN "
    "INSERT OR IGNORE INTO pw_touched VALUES (new.id); END",
    "CREATE TEMP TRIGGER IF NOT EXISTS pw_task_moved AFTER UPDATE OF parent_id, position "
    "ON main.task WHEN old.parent_id IS NOT new.parent_id OR old.position IS NOT new.position "
    "BEGIN INSERT OR IGNORE INTO pw_outline VALUES (1); END",
    "CREATE TEMP TRIGGER IF NOT EXISTS pw_task_insert AFTER INSERT ON main.task BEGIN "
    "INSERT OR IGNORE INTO pw_outline VALUES (1); END",
    "CREATE TEMP TRIGGER IF NOT EXISTS pw_task_delete AFTER DELETE ON main.task BEGIN "
    "INSERT OR IGNORE INTO pw_outline VALUES (1); END",
    "CREATE TEMP TRIGGER IF NOT EXISTS pw_link_insert AFTER INSERT ON main.dependency BEGIN "
    "INSERT OR IGNORE INTO pw_outline VALUES (1); END",
    "CREATE TEMP TRIGGER IF NOT EXISTS pw_link_update AFTER UPDATE ON main.dependency BEGIN "
    "INSERT OR IGNORE INTO pw_outline VALUES (1); END",
    "CREATE TEMP TRIGGER IF NOT EXISTS pw_link_delete AFTER DELETE ON main.dependency BEGIN "
    "INSERT OR IGNORE INTO pw_outline VALUES (1); END",
)


def begin(session: Session) -> None:
    """Start an empty log for the edit in `session`'s transaction (triggers made once
    per connection, and again if a schema change dropped them)."""
    with driver_cursor(session) as cursor:
        for statement in _CREATE:
            cursor.execute(statement)
        cursor.execute("DELETE FROM pw_touched")
        cursor.execute("DELETE FROM pw_outline")


def touched(session: Session) -> set[int] | None:
    """The ids of the task rows written since `begin`, or None when the outline or the
    links changed (or no log was begun): then everything must be read again."""
    with driver_cursor(session) as cursor:
        triggers = {name for (name,) in cursor.execute(
            "SELECT name FROM sqlite_temp_master WHERE type = 'trigger'")}
        if len(triggers) != len(_CREATE) - 2:
            return None
        if cursor.execute("SELECT 1 FROM pw_outline").fetchone():
            return None
        return {task_id for (task_id,) in cursor.execute("SELECT id FROM pw_touched")}
