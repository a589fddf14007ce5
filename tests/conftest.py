"""Every test runs with its own data and settings folders and no display."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path_factory, monkeypatch):
    root = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("PLANWRIGHT_DATA_DIR", str(root / "data"))
    monkeypatch.setenv("PLANWRIGHT_CONFIG_DIR", str(root / "config"))
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    from app.core import i18n

    i18n.install(None)
    yield root
    i18n.install(None)
