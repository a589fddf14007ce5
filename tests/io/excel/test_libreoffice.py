"""The exported workbook opens in LibreOffice Calc (headless) when it is installed."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from openpyxl import load_workbook

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
def test_libreoffice_reads_every_sheet(exported, tmp_path):
    """Calc converts the workbook to its own .xlsx: every sheet and cell came through."""
    out = tmp_path / "out"
    result = subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
         "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out),
         str(exported[1])], capture_output=True, text=True, timeout=240)
    converted = out / exported[1].name
    assert converted.exists(), result.stdout + result.stderr
    ours, theirs = load_workbook(exported[1]), load_workbook(converted)
    assert theirs.sheetnames == ours.sheetnames
    for title in ("Tasks", "Risks", "RACI", "Stakeholders"):
        assert [c.value for c in theirs[title][4]] == [c.value for c in ours[title][4]]
