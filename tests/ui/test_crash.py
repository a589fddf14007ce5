"""An unexpected error is logged and explained, never a silent traceback or exit."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from app.ui import crash
from app.ui.application import FileOpenFilter

ROOT = Path(__file__).resolve().parents[2]


def test_unexpected_error_is_logged_and_shown(qapp, errors):
    try:
        raise RuntimeError("disk on fire")
    except RuntimeError as error:
        crash._hook(RuntimeError, error, error.__traceback__)
    log = crash.log_file().read_text("utf-8")
    assert "RuntimeError: disk on fire" in log and "Traceback" in log
    assert errors and "disk on fire" in errors[0] and str(crash.log_file()) in errors[0]


def _python(code: str, env_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PLANWRIGHT_DATA_DIR": str(env_dir), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, text=True,
                          capture_output=True, timeout=60)


def test_a_hard_crash_leaves_its_stack_and_the_next_start_names_it(tmp_path):
    died = _python("from app.ui import crash; crash.install(); "
                   "import faulthandler; faulthandler._sigsegv()", tmp_path)
    assert died.returncode != 0
    fatal = tmp_path / "logs" / "fatal.log"
    assert "Segmentation fault" in fatal.read_text("utf-8")

    next_start = _python("from app.ui import crash; crash.install(); "
                         "print(crash.previous_fatal())", tmp_path)
    kept = Path(next_start.stdout.strip())
    assert kept.parent == fatal.parent and kept != fatal
    assert "Segmentation fault" in kept.read_text("utf-8")
    assert fatal.read_text("utf-8") == ""  # this run's own, empty so far

    clean = _python("from app.ui import crash; crash.install(); print(crash.previous_fatal())",
                    tmp_path)
    assert clean.stdout.strip() == "None"  # told once, not at every start


def test_the_previous_crash_is_told_with_where_its_details_are(qapp, errors, tmp_path):
    crash.tell_previous_fatal(tmp_path / "fatal-1.log")
    assert errors and "stopped unexpectedly" in errors[0] and "fatal-1.log" in errors[0]


def test_a_file_handed_over_by_the_system_opens(window, tmp_path):
    from app.models.sample import create_sample

    path = tmp_path / "handed.pwp"
    create_sample(path, "en").close()
    window.installEventFilter(FileOpenFilter(window))  # run_gui installs it on the app
    QApplication.sendEvent(window, QFileOpenEvent(str(path)))
    assert window.port is not None and window.port.document.path == path
