"""What packaging/bundle.py keeps out of the bundle, and what it adds that imports hide."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("bundle", ROOT / "packaging" / "bundle.py")
bundle = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bundle)


@pytest.mark.parametrize(("dest", "kept"), [
    ("PySide6/Qt/translations/qtbase_zh_CN.qm", True),
    ("PySide6/Qt/translations/qtbase_de.qm", False),
    ("PySide6/translations/qtbase_ja.qm", False),  # the Windows layout
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
    ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
    ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
    ("resources/i18n/planwright_zh_CN.qm", True),
])
def test_only_unused_qt_files_are_dropped(dest, kept):
    assert bundle.keep(dest) is kept


def test_test_tools_and_the_java_oracle_stay_out():
    excluded = set(bundle.excludes())
    assert {"pytest", "hypothesis", "mpxj", "jpype", "tkinter"} <= excluded
    # The Qt modules the app and pyqtgraph import must never be excluded.
    assert not excluded & {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets",
                           "PySide6.QtSvg", "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets"}


def test_modules_named_in_strings_are_collected():
    pytest.importorskip("PyInstaller", reason="the build extra is not installed")
    from app.cli import SUBCOMMANDS
    from app.subcommands.export import EXPORTERS

    hidden = set(bundle.hidden_imports())
    assert set(SUBCOMMANDS.values()) <= hidden
    assert {spec.partition(":")[0] for spec in EXPORTERS.values()} <= hidden
    assert "holidays.countries.germany" in hidden  # loaded by name for the calendar presets


def test_the_resources_and_migrations_are_inside():
    pytest.importorskip("PyInstaller", reason="the build extra is not installed")
    targets = dict((dest, Path(src)) for src, dest in bundle.datas())
    assert (targets["resources"] / "i18n" / "planwright_zh_CN.qm").exists()
    assert (targets["app/models/migrations"] / "versions").is_dir()
