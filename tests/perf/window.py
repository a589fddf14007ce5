"""The set-up the GUI benchmarks share: a generated plan in a fresh folder with its own
settings, and the real main window (offscreen when QT_QPA_PLATFORM says so)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from app.core.schedule import LinkIn, TaskIn
from tests.perf.generate import generate, write_project


def big_plan(size: int) -> tuple[Path, list[TaskIn], list[LinkIn]]:
    """A generated plan of `size` tasks written to a new folder, whose settings and data
    folders the app then uses; the file, its tasks and its links."""
    folder = Path(tempfile.mkdtemp())
    os.environ["PLANWRIGHT_CONFIG_DIR"] = str(folder / "config")
    os.environ["PLANWRIGHT_DATA_DIR"] = str(folder / "data")
    path = folder / "big.pwp"
    tasks, links = generate(size)
    write_project(path, tasks, links)
    return path, tasks, links


def main_window(app):
    """The main window in English, 1600 x 1000, shown."""
    from app.ui.main_window import MainWindow
    from app.ui.settings import Settings
    from app.ui.translations import Translations

    translations = Translations(app)
    translations.set_language("en")
    window = MainWindow(Settings(), translations)
    window.resize(1600, 1000)
    window.show()
    app.processEvents()
    return window
