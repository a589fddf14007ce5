"""Which UI language to use, readable without Qt (the CLI shares the GUI's choice)."""

from __future__ import annotations

import configparser
import locale
import os
from pathlib import Path

import platformdirs

from app import paths
from app.core import i18n

LANGUAGES = ("en", "zh_CN")


def settings_file() -> Path:
    """The INI file QSettings writes in the GUI; the CLI reads the language from it."""
    override = os.environ.get("PLANWRIGHT_CONFIG_DIR")
    folder = Path(override) if override else Path(
        platformdirs.user_config_dir(paths.APP_NAME, False))
    return folder / "planwright.ini"


def system_language() -> str:
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var)
        if value:
            return "zh_CN" if value.lower().startswith("zh") else "en"
    try:
        code = locale.getlocale()[0] or ""
    except ValueError:
        code = ""
    return "zh_CN" if code.lower().startswith("zh") else "en"


def chosen_language() -> str:
    """The language picked in View → Language, else the system's."""
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(settings_file(), encoding="utf-8")
        value = parser.get("General", "language", fallback="")
    except (configparser.Error, OSError, UnicodeDecodeError):
        value = ""
    return value if value in LANGUAGES else system_language()


def ts_file(language: str) -> Path:
    return paths.resources_dir() / "i18n" / f"planwright_{language}.ts"


def install_cli_translator(language: str) -> None:
    """Translate headless messages from the shipped .ts catalogue (no Qt needed)."""
    if language == "en" or not ts_file(language).exists():
        i18n.install(None)
    else:
        i18n.install(i18n.ts_catalogue(ts_file(language)))
