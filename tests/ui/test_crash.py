"""An unexpected error is logged and explained, never a silent traceback."""

from __future__ import annotations

from app.ui import crash


def test_unexpected_error_is_logged_and_shown(qapp, errors):
    try:
        raise RuntimeError("disk on fire")
    except RuntimeError as error:
        crash._hook(RuntimeError, error, error.__traceback__)
    log = crash.log_file().read_text("utf-8")
    assert "RuntimeError: disk on fire" in log and "Traceback" in log
    assert errors and "disk on fire" in errors[0] and str(crash.log_file()) in errors[0]
