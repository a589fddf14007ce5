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
                         "suffix: .xml for Microsoft Project XML, .xlsx for an Excel workbook.")
_FILE = QT_TRANSLATE_NOOP("cli", "the project file to export (.pwp)")
_OUTPUT = QT_TRANSLATE_NOOP("cli", "the file to write; its suffix chooses the format")
_FORCE = QT_TRANSLATE_NOOP("cli", "replace the output file if it exists")
_DONE = QT_TRANSLATE_NOOP("cli", "Exported {source} to {target}")
UNSUPPORTED = QT_TRANSLATE_NOOP(
    "errors", "Unsupported export format {suffix}: Planwright exports Microsoft Project XML "
    "(.xml) and Excel workbooks (.xlsx).")

# Output suffix -> "module:function(source, target)".
EXPORTERS = {".xml": "app.io.mspdi:export_mspdi",
             ".xlsx": "app.io.excel:export_workbook"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help=translate("cli", _FILE))
    parser.add_argument("-o", "--output", type=Path, required=True,
                        help=translate("cli", _OUTPUT))
    parser.add_argument("--force", action="store_true", help=translate("cli", _FORCE))


def run(args: argparse.Namespace) -> int:
    from app.models.document import EXISTS

    target: Path = args.output
    exporter = EXPORTERS.get(target.suffix.lower())
    if exporter is None:
        raise UserError(UNSUPPORTED, suffix=target.suffix or target.name)
    if target.exists() and not args.force:
        raise UserError(EXISTS, path=str(target))
    module, _, function = exporter.partition(":")
    getattr(importlib.import_module(module), function)(args.file, target)
    print(translate("cli", _DONE).format(source=args.file, target=target))
    return 0
