"""`planwright export FILE.pwp -o OUT.pdf [--sections ...] [--paper ...]`."""

from __future__ import annotations

import subprocess
import sys

import pytest

from app.cli import main
from app.models.sample import create_sample
from tests.reports.conftest import needs_poppler, pdf_info, pdf_text


@pytest.fixture
def sample(tmp_path):
    path = tmp_path / "erp.pwp"
    create_sample(path, "en").close()
    return path


@needs_poppler
def test_export_pdf_with_sections_and_paper(sample, tmp_path, capsys):
    out = tmp_path / "report.pdf"
    assert main(["export", str(sample), "-o", str(out), "--sections", "cover,risks",
                 "--paper", "a3"]) == 0
    assert "Exported" in capsys.readouterr().out
    text = pdf_text(out)
    assert "Top risks" in text and "Schedule" not in text
    assert "A3" in pdf_info(out)["Page size"]


def test_bad_options_exit_2_and_write_nothing(sample, tmp_path, capsys):
    out = tmp_path / "report.pdf"
    assert main(["export", str(sample), "-o", str(out), "--sections", "gantt"]) == 2
    assert "not a report section" in capsys.readouterr().err
    assert main(["export", str(sample), "-o", str(out), "--paper", "B5"]) == 2
    assert "not a paper size" in capsys.readouterr().err
    xml = tmp_path / "plan.xml"
    assert main(["export", str(sample), "-o", str(xml), "--paper", "A4"]) == 2
    assert "apply to a PDF report" in capsys.readouterr().err
    assert not out.exists() and not xml.exists()


def test_without_a_chinese_font_the_cli_says_so_and_writes_nothing(tmp_path):
    source = tmp_path / "zh.pwp"
    create_sample(source, "zh_CN").close()
    out = tmp_path / "zh.pdf"
    code = f"""
import sys
from app.reports import fonts
fonts.candidates = lambda: []
from app.cli import main
sys.exit(main(["export", {str(source)!r}, "-o", {str(out)!r}]))
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 2, result.stderr
    assert "No Chinese TrueType font" in result.stderr
    assert not out.exists()


def test_pdf_export_never_loads_qt(sample, tmp_path):
    out = tmp_path / "r.pdf"
    code = f"""
import sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6.") or name.startswith("shiboken"):
            raise ImportError("PySide6 is blocked in this test")
sys.meta_path.insert(0, Block())
from app.cli import main
assert main(["export", {str(sample)!r}, "-o", {str(out)!r}]) == 0
assert not [m for m in sys.modules if m.startswith("PySide6")]
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")


def test_an_empty_project_still_makes_a_report(tmp_path):
    from app.models.document import Document

    source = tmp_path / "empty.pwp"
    Document.create(source, name="Empty").close()
    out = tmp_path / "empty.pdf"
    assert main(["export", str(source), "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
