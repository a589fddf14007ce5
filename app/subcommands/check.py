"""planwright check FILE: integrity and model checks.

Exit 0 when the file is sound, 1 when problems were found, 2 when it cannot be used.
Never writes to the file (it is opened read-only, so a lock elsewhere does not matter).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.core.i18n import QT_TRANSLATE_NOOP, translate

HELP = QT_TRANSLATE_NOOP("cli", "Check a project file's integrity and contents.")
_FILE = QT_TRANSLATE_NOOP("cli", "the project file to check")
_OK = QT_TRANSLATE_NOOP("cli", "{path}: OK ({tasks} tasks, {people} stakeholders, {risks} risks)")
_FOUND = QT_TRANSLATE_NOOP("cli", "{path}: {count} problem(s) found")
_INTEGRITY = QT_TRANSLATE_NOOP("cli", "integrity: {detail}")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help=translate("cli", _FILE))


def run(args: argparse.Namespace) -> int:
    from sqlalchemy import func, select

    from app.models import Person, Risk, Task
    from app.models.checks import check_model
    from app.models.document import Document
    from app.models.fileformat import quick_check

    doc = Document.open(args.file, read_only=True)
    try:
        lines = [translate("cli", _INTEGRITY).format(detail=p)
                 for p in quick_check(doc.path, full=True)]
        with doc.reader() as session:
            lines += [p.message() for p in check_model(session)]
            counts = {name: session.scalar(select(func.count()).select_from(table))
                      for name, table in (("tasks", Task), ("people", Person), ("risks", Risk))}
    finally:
        doc.close()
    if lines:
        print(translate("cli", _FOUND).format(path=doc.path, count=len(lines)))
        for line in lines:
            print(f"  - {line}")
        return 1
    print(translate("cli", _OK).format(path=doc.path, **counts))
    return 0
