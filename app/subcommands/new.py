"""planwright new FILE [--sample] [--lang en|zh_CN]"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.core.i18n import QT_TRANSLATE_NOOP, translate
from app.language import LANGUAGES, chosen_language

HELP = QT_TRANSLATE_NOOP("cli", "Create a new project file.")
_FILE = QT_TRANSLATE_NOOP("cli", "the project file to create (.pwp)")
_SAMPLE = QT_TRANSLATE_NOOP("cli", "fill it with the sample ERP upgrade project")
_LANG = QT_TRANSLATE_NOOP("cli", "language of the project's content (default: the UI language)")
_FORCE = QT_TRANSLATE_NOOP("cli", "replace FILE if it exists")
_NAME = QT_TRANSLATE_NOOP("cli", "project name (default: the file name)")
_CREATED = QT_TRANSLATE_NOOP("cli", "Created {path}")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help=translate("cli", _FILE))
    parser.add_argument("--sample", action="store_true", help=translate("cli", _SAMPLE))
    parser.add_argument("--lang", choices=LANGUAGES, help=translate("cli", _LANG))
    parser.add_argument("--name", help=translate("cli", _NAME))
    parser.add_argument("--force", action="store_true", help=translate("cli", _FORCE))


def run(args: argparse.Namespace) -> int:
    from app.models.document import Document

    language = args.lang or chosen_language()
    path: Path = args.file
    if path.suffix.lower() != ".pwp":
        path = path.with_name(path.name + ".pwp")
    if args.sample:
        from app.models.sample import create_sample

        doc = create_sample(path, language, overwrite=args.force)
    else:
        doc = Document.create(path, name=args.name or path.stem, language=language,
                              overwrite=args.force)
    doc.close()
    print(translate("cli", _CREATED).format(path=doc.path))
    return 0
