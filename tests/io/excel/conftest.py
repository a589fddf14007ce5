"""A sample project and its workbook for the Excel tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.io.excel import export_workbook
from app.models.sample import create_sample


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> tuple[Path, Path]:
    """(the sample project, its workbook); copy the project before changing it."""
    folder = tmp_path_factory.mktemp("sample")
    project = folder / "sample.pwp"
    create_sample(project, "en").close()
    export_workbook(project, folder / "sample.xlsx")
    return project, folder / "sample.xlsx"


@pytest.fixture
def project_copy(exported, tmp_path) -> Path:
    import shutil

    target = tmp_path / "copy.pwp"
    shutil.copy(exported[0], target)
    return target
