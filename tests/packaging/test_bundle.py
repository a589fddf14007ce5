"""The built bundle, started as a user without Python would start it (packaging/smoke.py).

Skipped unless a bundle has been built (`python packaging/build.py`): building takes
about a minute and is not part of the normal test run. `.ci/run` builds and runs this
when PLANWRIGHT_BUNDLE_TEST=1. PLANWRIGHT_BUNDLE names another bundle folder.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = Path(os.environ.get("PLANWRIGHT_BUNDLE", ROOT / "dist" / "Planwright"))


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def _skip_reason() -> str | None:
    exe = BUNDLE / "planwright"
    if not exe.exists():
        return f"no bundle at {BUNDLE}: build one with `python packaging/build.py`"
    newest = max(p.stat().st_mtime for p in (ROOT / "app").rglob("*.py"))
    if "PLANWRIGHT_BUNDLE" not in os.environ and exe.stat().st_mtime < newest:
        return f"{BUNDLE} is older than app/: rebuild with `python packaging/build.py`"
    return None


pytestmark = pytest.mark.skipif(_skip_reason() is not None, reason=str(_skip_reason()))


@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    smoke = _load("smoke")
    return smoke, smoke.Bundle(BUNDLE.resolve(), tmp_path_factory.mktemp("smoke"))


@pytest.mark.parametrize("check", ["check_version", "check_new_and_check", "check_export_xml",
                                   "check_export_xlsx", "check_export_pdf", "check_install",
                                   "check_window"])
def test_bundle(bundle, check):
    smoke, b = bundle
    assert getattr(smoke, check)(b), b.results[-1]
