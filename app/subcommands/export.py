"""planwright export FILE.pwp -o OUT.xml [--force]

The output's suffix chooses the format: .xml is Microsoft Project XML (MSPDI); the
PDF report will join EXPORTERS.
"""

from __future__ import annotations

import argparse
import importlib
from pathlib import Path

from app.core.errors import UserError
from app.core.i18n import QT_TRANSLATE_NOOP, translate

HELP = QT_TRANSLATE_NOOP("cli", "Export a project to another format, chosen by the output's "
                         "suffix: .xml for Microsoft Project XML, .xlsx for an Excel "
                         "workbook, .pdf for the status report.")
_FILE = QT_TRANSLATE_NOOP("cli", "the project file to export (.pwp)")
_OUTPUT = QT_TRANSLATE_NOOP("cli", "the file to write; its suffix chooses the format")
_FORCE = QT_TRANSLATE_NOOP("cli", "replace the output file if it exists")
_DONE = QT_TRANSLATE_NOOP("cli", "Exported {source} to {target}")
_SECTIONS = QT_TRANSLATE_NOOP("cli", "PDF report: the sections, comma-separated, from cover, "
                              "summary, schedule, milestones, risks, stakeholders, raci "
                              "(default: all)")
_PAPER = QT_TRANSLATE_NOOP("cli", "PDF report: the paper size, A4, A3 or Letter (default A4)")
PDF_ONLY = QT_TRANSLATE_NOOP("errors", "--sections and --paper apply to a PDF report (.pdf) "
                             "only.")
UNSUPPORTED = QT_TRANSLATE_NOOP(
    "errors", "Unsupported export format {suffix}: Planwright exports Microsoft Project XML "
    "(.xml), Excel workbooks (.xlsx) and PDF status reports (.pdf).")

# Output suffix -> "module:function(source, target)".
EXPORTERS = {".xml": "app.io.mspdi:export_mspdi", ".xlsx": "app.io.excel:export_workbook",
             ".pdf": "app.reports.cli:export_pdf"}
OPTIONS = {".pdf": ("sections", "paper")}  # exporters taking options: their names


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help=translate("cli", _FILE))
    parser.add_argument("-o", "--output", type=Path, required=True,
                        help=translate("cli", _OUTPUT))
    parser.add_argument("--force", action="store_true", help=translate("cli", _FORCE))
    parser.add_argument("--sections", help=translate("cli", _SECTIONS))
    parser.add_argument("--paper", help=translate("cli", _PAPER))


def run(args: argparse.Namespace) -> int:
    from app.models.document import EXISTS

    target: Path = args.output
    exporter = EXPORTERS.get(target.suffix.lower())
    if exporter is None:
        raise UserError(UNSUPPORTED, suffix=target.suffix or target.name)
    if target.exists() and not args.force:
        raise UserError(EXISTS, path=str(target))
    names = OPTIONS.get(target.suffix.lower(), ())
    options = {n: getattr(args, n) for n in ("sections", "paper") if getattr(args, n, None)}
    if set(options) - set(names):
        raise UserError(PDF_ONLY)
    module, _, function = exporter.partition(":")
    getattr(importlib.import_module(module), function)(args.file, target, **options)
    print(translate("cli", _DONE).format(source=args.file, target=target))
    return 0
