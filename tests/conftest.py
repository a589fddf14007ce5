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


@pytest.fixture(scope="session")
def sample_file(tmp_path_factory):
    """The English sample project, made once; tests copy it before changing anything."""
    from app.models.sample import create_sample

    folder = tmp_path_factory.mktemp("sample")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PLANWRIGHT_DATA_DIR", str(folder / "data"))
        create_sample(folder / "sample.pwp", "en").close()
    return folder / "sample.pwp"
