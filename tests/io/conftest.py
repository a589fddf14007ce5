"""Shared helpers for the exchange tests: the MSPDI corpus and the MPXJ oracle."""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree

import pytest

# Files saved by Microsoft Project (from MPXJ's public test corpus), beside the repo.
MSPDI_DIR = Path(__file__).parents[2].parent / "shared" / "data" / "mspdi"
NS = {"p": "http://schemas.microsoft.com/project"}


def corpus(project_files_only: bool = True) -> list:
    """The corpus files as test parameters, or one skipped parameter saying why."""
    if not MSPDI_DIR.is_dir():
        return [pytest.param(None, marks=pytest.mark.skip(
            reason=f"the MSPDI test files are not at {MSPDI_DIR}"))]
    files = sorted(MSPDI_DIR.glob("*.xml"))
    if project_files_only:
        files = [f for f in files if is_mspdi(f)]
    return [pytest.param(f, id=f.name) for f in files]


def is_mspdi(path: Path) -> bool:
    return ElementTree.parse(path).getroot().tag == f"{{{NS['p']}}}Project"


def file_tasks(path: Path) -> list[ElementTree.Element]:
    """The file's real tasks: not the project summary (UID 0), not blank rows."""
    root = ElementTree.parse(path).getroot()
    return [t for t in root.iterfind("p:Tasks/p:Task", NS)
            if t.findtext("p:UID", namespaces=NS) != "0"
            and t.findtext("p:IsNull", "0", NS) != "1"]


@pytest.fixture(scope="session")
def mpxj():
    """MPXJ's UniversalProjectReader class, or a skip saying what is missing."""
    try:
        import jpype
        import mpxj  # noqa: F401 - puts MPXJ's jars on the class path
    except ImportError as exc:
        pytest.skip(f"MPXJ is not installed ({exc}); pip install mpxj JPype1")
    try:
        if not jpype.isJVMStarted():
            # As tests/oracle starts it: whichever runs first, both get Python strings.
            jpype.startJVM(convertStrings=True)
        from org.mpxj.reader import UniversalProjectReader
    except Exception as exc:  # no Java runtime, or a broken one
        pytest.skip(f"Java is not available for MPXJ ({exc})")
    return UniversalProjectReader


def java_moment(value) -> str | None:
    """A java.time.LocalDateTime as "2003-01-07T08:00" (Python's isoformat to minutes)."""
    return None if value is None else str(value)[:16]
