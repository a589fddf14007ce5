"""PySide6 6.12.0 on Python 3.11 drops a reference to None on every call returning
nothing, and the process aborts after a few thousand calls. pyproject keeps us below
6.12; this test catches a regression in whichever version is installed."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_void_calls_keep_none_refcount(qapp):
    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(5000):
        obj.setObjectName("x")  # returns nothing
    after = sys.getrefcount(None)
    # Unrelated code may take or drop a handful of references meanwhile; a leak of
    # one per call would show as thousands.
    assert abs(after - before) < 100, (before, after)
