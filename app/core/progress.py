"""How long work reports progress and learns it was cancelled (no Qt)."""

from __future__ import annotations

from collections.abc import Callable


class Cancelled(Exception):
    """Raised inside long work when the user pressed Cancel; nothing is kept."""


class Progress:
    """Passed to long work (import, export, report). The GUI watches it from another
    thread; the CLI passes one that never cancels."""

    def __init__(self, on_report: Callable[[float, str], None] | None = None) -> None:
        self._on_report = on_report
        self.cancel_requested = False

    def report(self, fraction: float, text: str = "") -> None:
        """Say how far the work is (0..1); raises Cancelled once Cancel was pressed."""
        if self.cancel_requested:
            raise Cancelled
        if self._on_report:
            self._on_report(max(0.0, min(1.0, fraction)), text)

    def cancel(self) -> None:
        self.cancel_requested = True
