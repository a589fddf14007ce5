"""Where bundled resources and per-user data live (no Qt)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "Planwright"


def resources_dir() -> Path:
    """The `resources/` folder: beside the package from source, inside a frozen bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def data_dir() -> Path:
    """Per-user data folder (backups, the user's copy of the sample).

    PLANWRIGHT_DATA_DIR overrides it so tests and portable installs stay self-contained.
    """
    override = os.environ.get("PLANWRIGHT_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    """The platform's log folder (crash reports); inside the data folder when overridden."""
    override = os.environ.get("PLANWRIGHT_DATA_DIR")
    return Path(override) / "logs" if override else Path(
        platformdirs.user_log_dir(APP_NAME, False))


def documents_dir() -> Path:
    """Where a first-run copy of the sample project goes."""
    override = os.environ.get("PLANWRIGHT_DATA_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_documents_dir()) / APP_NAME
