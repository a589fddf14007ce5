"""Pausing Python's cycle collector while big, long-lived structures are built (no Qt).

A full collection walks every container object; building a 10,000-task plan or page
triggers several, each longer as the heap grows (up to a fifth of a second), though
nothing built is garbage yet.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cycle collection inside the block (reference counting still frees memory);
    nested or concurrent uses leave the collector as the outermost found it."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
