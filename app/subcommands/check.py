"""planwright check FILE: integrity and model checks.

Exit 0 when the file is sound, 1 when problems were found, 2 when it cannot be used.
Never writes to the file (it is opened read-only, so a lock elsewhere does not matter).
RACI errors (no A, two A's, no R) are problems; RACI warnings (many R's or C's, an
overloaded person) are listed after them but do not fail the check.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from app.core.raci import Summary

HELP = QT_TRANSLATE_NOOP("cli", "Check a project file's integrity and contents.")
_FILE = QT_TRANSLATE_NOOP("cli", "the project file to check")
_OK = QT_TRANSLATE_NOOP("cli", "{path}: OK ({tasks} tasks, {people} stakeholders, {risks} risks)")
_FOUND = QT_TRANSLATE_NOOP("cli", "{path}: {count} problem(s) found")
_INTEGRITY = QT_TRANSLATE_NOOP("cli", "integrity: {detail}")
_RACI = QT_TRANSLATE_NOOP("cli", "RACI {wbs} \u201c{name}\u201d: {problem}")
_RACI_WARNINGS = QT_TRANSLATE_NOOP("cli", "{count} RACI warning(s):")
_RACI_OVERLOAD = QT_TRANSLATE_NOOP(
    "cli", "RACI column \u201c{name}\u201d is R or A on {load} rows (more than {max}).")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help=translate("cli", _FILE))


def run(args: argparse.Namespace) -> int:
    from sqlalchemy import func, select

    from app.models import Person, Risk, Task
    from app.models.checks import check_model
    from app.models.document import Document
    from app.models.fileformat import quick_check
    from app.models.raci import raci_summary

    doc = Document.open(args.file, read_only=True)
    try:
        lines = [translate("cli", _INTEGRITY).format(detail=p)
                 for p in quick_check(doc.path, full=True)]
        with doc.reader() as session:
            lines += [p.message() for p in check_model(session)]
            counts = {name: session.scalar(select(func.count()).select_from(table))
                      for name, table in (("tasks", Task), ("people", Person), ("risks", Risk))}
            raci = raci_summary(session)
    finally:
        doc.close()
    lines += raci_lines(raci, errors=True)
    notes = raci_lines(raci, errors=False)
    if lines:
        print(translate("cli", _FOUND).format(path=doc.path, count=len(lines)))
        for line in lines:
            print(f"  - {line}")
    else:
        print(translate("cli", _OK).format(path=doc.path, **counts))
    if notes:
        print(translate("cli", _RACI_WARNINGS).format(count=len(notes)))
        for line in notes:
            print(f"  ~ {line}")
    return 1 if lines else 0


def raci_lines(summary: Summary, errors: bool) -> list[str]:
    """One line per RACI error (or warning), in outline order."""
    from app.core.raci import Level

    reports = sorted(summary.errors + summary.warnings,
                     key=lambda r: [int(p) for p in r.wbs.split(".") if p.isdigit()])
    lines = [translate("cli", _RACI).format(wbs=r.wbs, name=r.name, problem=f.message())
             for r in reports for f in r.findings if (f.level == Level.ERROR) == errors]
    if not errors:
        lines += [translate("cli", _RACI_OVERLOAD).format(
            name=column.name, load=load.load, max=summary.thresholds.max_load)
            for column, load in summary.loads if load.overloaded]
    return lines
