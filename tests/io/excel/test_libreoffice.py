"""The exported workbook opens in LibreOffice Calc (headless) when it is installed."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def saved_by_calc(workbook: Path, tmp_path: Path) -> Path:
    """The workbook as LibreOffice Calc saves it again, headless."""
    out = tmp_path / "out"
    result = subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
         "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out),
         str(workbook)], capture_output=True, text=True, timeout=240)
    converted = out / workbook.name
    assert converted.exists(), result.stdout + result.stderr
    return converted


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
def test_libreoffice_reads_every_sheet(exported, tmp_path):
    """Calc converts the workbook to its own .xlsx: every sheet and cell came through."""
    converted = saved_by_calc(exported[1], tmp_path)
    ours, theirs = load_workbook(exported[1]), load_workbook(converted)
    assert theirs.sheetnames == ours.sheetnames
    for title in ("Tasks", "Risks", "RACI", "Stakeholders"):
        assert [c.value for c in theirs[title][4]] == [c.value for c in ours[title][4]]


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
def test_a_workbook_saved_by_calc_imports_with_no_changes(exported, project_copy, tmp_path):
    """Saved again by a spreadsheet application (shared strings, its own styles and
    number formats), the workbook still reads as the same project."""
    from app.io.excel import plan_workbook_import
    from app.models.document import Document

    converted = saved_by_calc(exported[1], tmp_path)
    with zipfile.ZipFile(converted) as archive:
        assert "xl/sharedStrings.xml" in archive.namelist()
    doc = Document.open(project_copy)
    try:
        plan = plan_workbook_import(doc, converted)
    finally:
        doc.close()
    assert plan.problems == []
    assert plan.changes == 0, plan.summary_lines()
