"""planwright import SOURCE.xml [-o FILE.pwp] [--lang en|zh_CN] [--force]

Creates a new project from another tool's file. Only Microsoft Project XML (MSPDI)
is read today; the source's suffix chooses the reader, so other formats slot in.
Prints what the file holds that Planwright does not keep.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.core.errors import UserError
from app.core.i18n import QT_TRANSLATE_NOOP, translate
from app.language import LANGUAGES, chosen_language

HELP = QT_TRANSLATE_NOOP("cli", "Create a project from a Microsoft Project XML file, an Excel "
                         "workbook or a CSV task list.")
_SOURCE = QT_TRANSLATE_NOOP("cli", "the file to import: Microsoft Project XML (.xml), an Excel "
                            "workbook (.xlsx: one Planwright exported, or any task list) or "
                            "a CSV task list (.csv)")
_OUTPUT = QT_TRANSLATE_NOOP("cli", "the project file to create (.pwp; default: SOURCE with "
                            "the suffix .pwp)")
_LANG = QT_TRANSLATE_NOOP("cli", "language of the project's own names, such as its baselines "
                          "(default: the UI language)")
_FORCE = QT_TRANSLATE_NOOP("cli", "replace the project file if it exists")
_DONE = QT_TRANSLATE_NOOP("cli", "Imported {tasks} tasks, {links} links, {people} people and "
                          "{calendars} calendar(s) from {source} into {target}")
_NOT_KEPT = QT_TRANSLATE_NOOP("cli", "Not kept from {source} ({count}):")
UNSUPPORTED = QT_TRANSLATE_NOOP(
    "errors", "Unsupported import format {suffix}: Planwright imports Microsoft Project XML "
    "files (.xml), Excel workbooks (.xlsx) and CSV task lists (.csv).")
_DONE_XLSX = QT_TRANSLATE_NOOP("cli", "Imported {source} into {target}:")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("source", type=Path, help=translate("cli", _SOURCE))
    parser.add_argument("-o", "--output", type=Path, help=translate("cli", _OUTPUT))
    parser.add_argument("--lang", choices=LANGUAGES, help=translate("cli", _LANG))
    parser.add_argument("--force", action="store_true", help=translate("cli", _FORCE))


def run(args: argparse.Namespace) -> int:
    source: Path = args.source
    if source.suffix.lower() not in (".xml", ".xlsx", ".csv"):
        raise UserError(UNSUPPORTED, suffix=source.suffix or source.name)
    target: Path = args.output or source.with_suffix(".pwp")
    if target.suffix.lower() != ".pwp":
        target = target.with_name(target.name + ".pwp")
    if source.suffix.lower() in (".xlsx", ".csv"):
        return _workbook(args, source, target)
    from app.io.mspdi import import_mspdi

    report = import_mspdi(source, target, language=args.lang or chosen_language(),
                          overwrite=args.force)
    print(translate("cli", _DONE).format(tasks=report.tasks, links=report.links,
                                         people=report.people, calendars=report.calendars,
                                         source=source, target=report.target))
    if report.warnings:
        print(translate("cli", _NOT_KEPT).format(source=source.name,
                                                 count=len(report.warnings)))
        for warning in report.warnings:
            print(f"  - {warning.message()}")
    return 0


def _workbook(args: argparse.Namespace, source: Path, target: Path) -> int:
    """A workbook Planwright exported, else any task list (columns mapped by name)."""
    from app.io.excel import import_task_list, import_workbook
    from app.io.excel.reader import is_planwright_file

    language = args.lang or chosen_language()
    if source.suffix.lower() == ".xlsx" and is_planwright_file(source):
        plan = import_workbook(source, target, language=language, overwrite=args.force)
    else:
        plan = import_task_list(source, target, language=language, overwrite=args.force)
    print(translate("cli", _DONE_XLSX).format(source=source, target=target))
    for line in plan.summary_lines():
        print(f"  {line}")
    return 0
