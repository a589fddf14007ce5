"""`planwright`: the GUI by default, headless subcommands beside it.

Each subcommand is one module in app/subcommands exposing HELP, add_arguments(parser)
and run(args) -> exit code; listing it in SUBCOMMANDS is all it takes to add one.
Headless subcommands never import Qt. Exit codes: 0 done, 1 problems found (check),
2 the input cannot be used (a one-line message says why), 3 an internal error.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from app import __version__
from app.core.errors import UserError
from app.core.i18n import QT_TRANSLATE_NOOP, translate

SUBCOMMANDS = {
    "new": "app.subcommands.new",
    "check": "app.subcommands.check",
    "schedule": "app.subcommands.schedule",
    "import": "app.subcommands.import_",
    "export": "app.subcommands.export",
}

_DESCRIPTION = QT_TRANSLATE_NOOP("cli", "Planwright project planner. Without a command, "
                                 "opens FILE (or the last project) in the window.")
_FILE_HELP = QT_TRANSLATE_NOOP("cli", "project file (.pwp) to open")
_COMMANDS_HELP = QT_TRANSLATE_NOOP("cli", "headless commands: {names}; "
                                   "see `planwright COMMAND --help`")
_ERROR = QT_TRANSLATE_NOOP("cli", "planwright: error: {message}")
_CRASH = QT_TRANSLATE_NOOP("cli", "planwright: internal error ({error}); details were "
                           "written to {log}")


def main(argv: Sequence[str] | None = None) -> int:
    from app.language import chosen_language, install_cli_translator

    args = list(sys.argv[1:] if argv is None else argv)
    install_cli_translator(chosen_language())
    if args and args[0] in SUBCOMMANDS:
        return run_subcommand(args[0], args[1:])
    parser = argparse.ArgumentParser(
        prog="planwright", description=translate("cli", _DESCRIPTION),
        epilog=translate("cli", _COMMANDS_HELP).format(names=", ".join(SUBCOMMANDS)))
    parser.add_argument("file", nargs="?", help=translate("cli", _FILE_HELP))
    parser.add_argument("--version", action="version", version=f"Planwright {__version__}")
    parsed = parser.parse_args(args)
    from app.ui import crash

    crash.install()  # before Qt loads: a window that cannot start still says why
    from app.ui.application import run_gui  # Qt loads only for the window

    return run_gui(parsed.file)


def run_subcommand(name: str, argv: Sequence[str]) -> int:
    module = importlib.import_module(SUBCOMMANDS[name])
    parser = argparse.ArgumentParser(prog=f"planwright {name}",
                                     description=translate("cli", module.HELP))
    module.add_arguments(parser)
    args = parser.parse_args(argv)
    try:
        return module.run(args)
    except UserError as error:
        print(translate("cli", _ERROR).format(message=error.message()), file=sys.stderr)
        return 2
    except BrokenPipeError:  # the reader went away (`| head`): not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as error:  # a bug: one line for the user, the details in a log
        log = _log_crash(name)
        print(translate("cli", _CRASH).format(error=f"{type(error).__name__}: {error}",
                                              log=log), file=sys.stderr)
        return 3


def _log_crash(name: str) -> Path:
    import traceback

    from app.paths import log_dir

    log = log_dir() / "cli-errors.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("a", encoding="utf-8") as f:
        f.write(f"--- planwright {name} {__version__}\n{traceback.format_exc()}\n")
    return log
