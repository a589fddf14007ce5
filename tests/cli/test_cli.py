"""The headless CLI as a user runs it: exit codes, messages, no Qt."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__
from app.cli import main


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True,
                          text=True, env={**os.environ, **(env or {})}, timeout=120)


def test_version():
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"Planwright {__version__}"


def test_new_then_check(tmp_path, capsys):
    target = tmp_path / "plan.pwp"
    assert main(["new", str(target), "--name", "Depot move"]) == 0
    assert main(["check", str(target)]) == 0
    out = capsys.readouterr().out
    assert "OK (0 tasks" in out


def test_new_adds_the_suffix_and_refuses_to_overwrite(tmp_path, capsys):
    assert main(["new", str(tmp_path / "plan")]) == 0
    assert (tmp_path / "plan.pwp").exists()
    before = hashlib.sha256((tmp_path / "plan.pwp").read_bytes()).digest()
    assert main(["new", str(tmp_path / "plan.pwp")]) == 2
    assert "already exists" in capsys.readouterr().err
    assert hashlib.sha256((tmp_path / "plan.pwp").read_bytes()).digest() == before


@pytest.mark.parametrize("content", [b"", b"hello world", b"PK\x03\x04" + bytes(200)])
def test_check_refuses_files_that_are_not_projects(tmp_path, content):
    bad = tmp_path / "bad.pwp"
    bad.write_bytes(content)
    result = run("check", str(bad))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "bad.pwp" in lines[0] and "Traceback" not in result.stderr
    assert bad.read_bytes() == content


def test_check_finds_model_problems(tmp_path, capsys):
    import sqlite3
    from contextlib import closing

    target = tmp_path / "loop.pwp"
    assert main(["new", str(target)]) == 0
    with closing(sqlite3.connect(target)) as con:
        con.executemany("INSERT INTO task (id, uid, name, position, duration, manual, "
                        "milestone, constraint_type, percent_complete, cost, actual_cost, "
                        "notes, critical) VALUES (?, ?, ?, 0, 480, 0, 0, 'ASAP', 0, 0, 0, '', 0)",
                        [(1, 1, "Design"), (2, 2, "Build"), (3, 3, "Test")])
        con.executemany("INSERT INTO dependency (predecessor_id, successor_id, type, lag, "
                        "lag_unit) VALUES (?, ?, 'FS', 0, 'working')", [(1, 2), (2, 3), (3, 1)])
        con.commit()
    capsys.readouterr()
    assert main(["check", str(target)]) == 1
    out = capsys.readouterr().out
    assert "loop" in out and "Design" in out and "Build" in out and "Test" in out


def test_check_on_a_corrupt_file_says_damaged(tmp_path, capsys):
    target = tmp_path / "c.pwp"
    assert main(["new", str(target)]) == 0
    data = bytearray(target.read_bytes())
    data[4096:8192] = b"\xa5" * 4096
    target.write_bytes(bytes(data))
    assert main(["check", str(target)]) == 2
    assert "damaged" in capsys.readouterr().err


def test_messages_follow_the_ui_language(tmp_path):
    config = Path(os.environ["PLANWRIGHT_CONFIG_DIR"])
    config.mkdir(parents=True, exist_ok=True)
    (config / "planwright.ini").write_text("[General]\nlanguage=zh_CN\n", "utf-8")
    result = run("check", str(tmp_path / "missing.pwp"))
    assert result.returncode == 2
    assert "文件不存在" in result.stderr  # "there is no such file", in Chinese


def test_headless_commands_never_load_qt(tmp_path):
    """app.core, models, io, reports and the CLI work where PySide6 cannot be imported."""
    code = f"""
import sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6.") or name.startswith("shiboken"):
            raise ImportError("PySide6 is blocked in this test")
sys.meta_path.insert(0, Block())
import app.core.calendar, app.core.schedule, app.models, app.models.document, app.io, app.reports
from app.cli import main
assert main(["new", {str(tmp_path / "h.pwp")!r}]) == 0
assert main(["check", {str(tmp_path / "h.pwp")!r}]) == 0
assert not [m for m in sys.modules if m.startswith("PySide6")]
print("headless ok")
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert "headless ok" in result.stdout


def test_new_never_replaces_a_locked_or_read_only_file(tmp_path, capsys):
    from app.models.document import Document

    target = tmp_path / "held.pwp"
    assert main(["new", str(target)]) == 0
    before = target.read_bytes()
    holder = Document.open(target)
    assert main(["new", str(target), "--force"]) == 2
    assert "open in Planwright by" in capsys.readouterr().err
    holder.close()
    os.chmod(target, 0o444)
    try:
        assert main(["new", str(target), "--force"]) == 2
        assert "read-only" in capsys.readouterr().err
    finally:
        os.chmod(target, 0o644)
    assert target.read_bytes() == before
