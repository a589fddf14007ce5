"""Refresh resources/i18n/*.ts from the sources and compile the .qm files.

    python packaging/translations.py          # lupdate + lrelease
    python packaging/translations.py --check  # exit 1 if anything is untranslated

Translators then fill the .ts with Qt Linguist (pyside6-linguist); run this again
to compile.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("zh_CN",)


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) \
        or shutil.which(f"pyside6-{name}")
    if not found:
        sys.exit(f"pyside6-{name} not found: install PySide6-Essentials")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "app").rglob("*.py"))


def lupdate(ts: Path, extra: tuple[str, ...] = ()) -> None:
    subprocess.run([tool("lupdate"), *extra, *sources(), "-ts", str(ts)], cwd=ROOT, check=True,
                   capture_output=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    for language in LANGUAGES:
        ts = I18N / f"planwright_{language}.ts"
        if not args.check:
            lupdate(ts, ("-no-obsolete", "-locations", "none"))
            lrelease(ts, ts.with_suffix(".qm"))
        text = ts.read_text("utf-8")
        unfinished = text.count('type="unfinished"')
        print(f"{ts.name}: {unfinished} unfinished")
        if args.check and unfinished:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
