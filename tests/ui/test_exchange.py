"""File → Import / Export → Microsoft Project XML from the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.models.sample import create_sample

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "mspdi"


def test_export_then_import_opens_the_copy(window, tmp_path, monkeypatch):
    source = tmp_path / "erp.pwp"
    create_sample(source, "en").close()
    window.open_path(source)
    xml = tmp_path / "erp.xml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(xml), ""))
    window.actions_["export_mspdi"].trigger()
    assert xml.exists() and b"schemas.microsoft.com/project" in xml.read_bytes()[:400]

    imported = tmp_path / "back.pwp"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(xml), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(imported), ""))
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))
    window.actions_["import_mspdi"].trigger()
    assert window.port.document.path == imported
    assert shown and "63 tasks" in shown[0]
    assert window.pages[0].model.rowCount() == 63


def test_bad_xml_is_refused_with_a_message(window, tmp_path, monkeypatch, errors):
    bad = tmp_path / "bad.xml"
    bad.write_text("<Project xmlns='http://schemas.microsoft.com/project'><Tasks><Task>"
                   "<Name>x</Name></Task></Tasks></Project>")
    target = tmp_path / "bad.pwp"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.actions_["import_mspdi"].trigger()
    assert errors and "bad.xml" in errors[0]
    assert not target.exists()
    assert window.port is None


@pytest.mark.skipif(not (DATA / "sample.xml").exists(), reason="shared MSPDI samples absent")
def test_import_lists_what_was_not_kept(window, tmp_path, monkeypatch):
    target = tmp_path / "sample.pwp"
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(DATA / "sample.xml"), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    details = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: details.append(box.detailedText()))
    window.actions_["import_mspdi"].trigger()
    assert target.exists()
    assert details and details[0]  # the file uses things Planwright does not model
