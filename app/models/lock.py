"""A sidecar lock file so a second instance opens a project read-only.

The lock lives beside the project (".~lock.NAME#", as office suites do) and records
who holds it. A lock left by a process that no longer runs on this machine is stale
and taken over.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path


@dataclass(frozen=True)
class LockInfo:
    user: str
    host: str
    pid: int
    since: str

    def describe(self) -> str:
        return f"{self.user}@{self.host} (since {self.since})"


def lock_path(path: Path) -> Path:
    return path.with_name(f".~lock.{path.name}#")


def _me() -> LockInfo:
    try:
        user = getpass.getuser()
    except Exception:  # no user name in this environment
        user = "unknown"
    return LockInfo(user, socket.gethostname(), os.getpid(),
                    datetime.now().isoformat(timespec="minutes"))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def holder(path: Path) -> LockInfo | None:
    """Who else holds `path`, or None when it is free (or the lock is stale)."""
    try:
        data = json.loads(lock_path(path).read_text("utf-8"))
        info = LockInfo(str(data["user"]), str(data["host"]), int(data["pid"]),
                        str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    stale = info.host == socket.gethostname() and info.pid != os.getpid() and not _alive(info.pid)
    return None if stale else info


def acquire(path: Path) -> bool:
    """Take the lock; False when the folder is not writable."""
    me = _me()
    try:
        lock_path(path).write_text(json.dumps(me.__dict__), "utf-8")
    except OSError:
        return False
    return True


def release(path: Path) -> None:
    target = lock_path(path)
    try:
        data = json.loads(target.read_text("utf-8"))
        if data.get("pid") == os.getpid() and data.get("host") == socket.gethostname():
            target.unlink()
    except (OSError, ValueError):
        pass
