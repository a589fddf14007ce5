"""Report tests: sample projects in both languages and the poppler tools that read PDFs."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from app.models.sample import create_sample

POPPLER = shutil.which("pdftotext") and shutil.which("pdffonts") and shutil.which("pdfinfo")
needs_poppler = pytest.mark.skipif(
    not POPPLER, reason="poppler-utils (pdftotext, pdffonts, pdfinfo) is not installed; "
    ".ci/run installs it")


def pdf_text(path: Path, first: int | None = None, last: int | None = None) -> str:
    args = ["pdftotext", "-layout"]
    if first:
        args += ["-f", str(first)]
    if last:
        args += ["-l", str(last)]
    return subprocess.run([*args, str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def pdf_fonts(path: Path) -> list[list[str]]:
    """pdffonts' rows split in columns (name, type, encoding, emb, sub, uni, ...)."""
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                         check=True).stdout.splitlines()[2:]
    return [line.split() for line in out if line.strip()]


def pdf_info(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True,
                         check=True).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in
                                                 out.splitlines())}


@pytest.fixture(scope="session")
def samples(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("samples")
    result = {}
    for language in ("en", "zh_CN"):
        path = folder / f"sample_{language}.pwp"
        create_sample(path, language).close()
        result[language] = path
    return result


@pytest.fixture
def chinese_ui():
    from app.core import i18n
    from app.language import ts_file

    i18n.install(i18n.ts_catalogue(ts_file("zh_CN")))
    yield
    i18n.install(None)
