"""Translation hook usable without Qt.

Pure modules mark their user-visible text with `QT_TRANSLATE_NOOP(context, text)` so
that `pyside6-lupdate` collects it, and translate at the point of display with
`translate(context, text)`. The GUI installs Qt's translator here; the headless CLI
installs a catalogue read from the shipped `.ts` file, so both speak the same language.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from xml.etree import ElementTree

Translator = Callable[[str, str], str]

_translator: Translator | None = None


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name lupdate knows
    return text


def translate(context: str, text: str) -> str:
    return _translator(context, text) if _translator else text


def install(translator: Translator | None) -> None:
    global _translator
    _translator = translator


def ts_catalogue(ts_file: Path) -> Translator:
    """A translator backed by a Qt Linguist `.ts` file we ship (trusted input)."""
    table: dict[tuple[str, str], str] = {}
    root = ElementTree.parse(ts_file).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            node = message.find("translation")
            if node is None or node.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            if node.text:
                table[(name, source)] = node.text
    return lambda ctx, text: table.get((ctx, text), text)
