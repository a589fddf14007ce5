"""Long work runs in a worker thread; results, errors and Cancel come back."""

from __future__ import annotations

import threading

import pytest

from app.core.errors import UserError
from app.core.progress import Cancelled
from app.ui.background import run_in_background


def test_result_comes_back_from_another_thread(qapp):
    seen = {}

    def work(progress):
        seen["thread"] = threading.current_thread()
        progress.report(0.5, "half")
        return 42

    assert run_in_background(None, "Working", work) == 42
    assert seen["thread"] is not threading.main_thread()


def test_user_error_is_raised_here(qapp):
    def work(progress):
        raise UserError("Row {row} is bad.", row=3)

    with pytest.raises(UserError, match="Row 3"):
        run_in_background(None, "Working", work)


def test_cancel_stops_the_work(qapp):
    started = threading.Event()

    def work(progress):
        started.set()
        progress.cancel()  # as the Cancel button does
        while True:
            progress.report(0.1)

    with pytest.raises(Cancelled):
        run_in_background(None, "Working", work)
    assert started.is_set()
