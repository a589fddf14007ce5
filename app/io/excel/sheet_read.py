"""Reading the cells of an untrusted .xlsx quickly and safely (no Qt).

openpyxl reads through defusedxml, whose parser calls pure-Python code for every
element, and parses a sheet twice when it has no <dimension>: over ten seconds for a
workbook of 10,000 tasks and a 40-column RACI matrix. Here only the parts an import
needs are read: the small ones (workbook, relationships, shared strings, styles) by C
expat with a few callbacks, the worksheets by C ElementTree, which builds their rows
without calling Python code for each element (sheet_cells.py).

Safety is defusedxml's, and more (every part, before and while it is parsed):
- the archive is checked first (safety.check_archive: sizes, ratios, entries);
- a part must be UTF-8 or UTF-16 (by its byte-order mark or first bytes, and any
  encoding it declares must agree), so no other encoding can hide markup from the
  next checks;
- its prolog must hold no document type: only the XML declaration, comments and
  processing instructions may come before the root element. A document type after
  the root element is not well-formed XML, so past this check no DTD, and with it no
  entity declaration or external reference, can reach a parser: nothing is ever
  expanded or fetched. Excel never writes any of these;
- behind that check, every chunk of a part is searched for "<!DOCTYPE" (in UTF-8 and
  UTF-16) before it is parsed, and expat's own handlers refuse any document type,
  entity declaration or external reference in the parts it reads (ElementTree's C
  parser takes no such handlers: the search stands in for them).
A refused part is a UserError naming the file and the part; a part that is not
well-formed XML is a damaged file.
"""

from __future__ import annotations

import codecs
import posixpath
import re
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any
from xml.parsers import expat

from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format, is_timedelta_format
from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900

from app.core.errors import UserError
from app.core.i18n import QT_TRANSLATE_NOOP
from app.io.excel.safety import check_archive, check_defusedxml, damaged
from app.io.excel.sheet_cells import Cell, Row, RowCells, sheet_rows, unescape

__all__ = ["Book", "Cell", "Refused", "open_book", "unescape"]

UNSAFE = QT_TRANSLATE_NOOP(
    "errors", "{file} declares a document type or entities ({part}). Excel never writes "
              "these, so the workbook is refused for safety; nothing was imported.")
ENCODING = QT_TRANSLATE_NOOP(
    "errors", "{file} has a part in an encoding other than UTF-8 or UTF-16 ({part}). Excel "
              "never writes one, so the workbook is refused for safety; nothing was "
              "imported.")

CHUNK = 1 << 18
PROLOG = 1 << 16  # the declaration, comments and instructions before the root, at most
_MAIN = ("http://schemas.openxmlformats.org/spreadsheetml/2006/main}",
         "http://purl.oclc.org/ooxml/spreadsheetml/main}")  # transitional, strict
_UTF8 = {"utf-8", "utf8"}
_UTF16 = {"utf-16", "utf-16le", "utf-16be", "utf16"}
_DECLARED = re.compile(r"""^<\?xml[^>]*?\sencoding\s*=\s*["']([^"']*)["']""")
# A document type as bytes: UTF-8, and UTF-16 of either byte order (the little-endian
# form without its last zero byte is also the big-endian one without its first).
_DOCTYPE = (b"<!DOCTYPE", "<!DOCTYPE".encode("utf-16-le")[:-1])
_OVERLAP = max(len(marker) for marker in _DOCTYPE) - 1


def _codes() -> dict[str, int]:
    codes = {}
    for ns in _MAIN:
        for tag, code in (("t", _T), ("rPh", _RPH), ("si", _SI), ("numFmt", _NUMFMT),
                          ("cellXfs", _CELLXFS), ("xf", _XF)):
            codes[ns + tag] = code
    return codes


_T, _RPH, _SI, _NUMFMT, _CELLXFS, _XF = range(1, 7)
_CODES = _codes()
_TAGS_SHEET = {ns + "sheet" for ns in _MAIN}
_TAGS_PROPERTIES = {ns + "workbookPr" for ns in _MAIN}


class Refused(UserError):
    """A part that is not what Excel writes, refused before or while parsing it."""


class Book:
    """The sheets of a workbook and, on demand, their rows."""

    def __init__(self, path: Path) -> None:
        check_defusedxml()  # foreign task lists are still read by openpyxl
        self.path = Path(path)
        check_archive(self.path)
        self.archive = zipfile.ZipFile(self.path)
        try:
            self._names = set(self.archive.namelist())
            self.sheets, self.states, self.date1904, parts = self._workbook()
            self._strings_part = parts.get("sharedStrings")
            self._styles_part = parts.get("styles")
            self._strings: list[str] | None = None
            self._dates: tuple[set[int], set[int]] | None = None
        except BaseException:
            self.archive.close()
            raise

    @property
    def sheetnames(self) -> list[str]:
        return list(self.sheets)

    def close(self) -> None:
        self.archive.close()

    def __enter__(self) -> Book:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- the parts around the sheets ----------------------------------------------

    def _workbook(self) -> tuple[dict[str, str], dict[str, str], bool, dict[str, str]]:
        targets: dict[str, str] = {}
        parts: dict[str, str] = {}
        rels = "xl/_rels/workbook.xml.rels"

        def relation(name: str, attrs: dict[str, str]) -> None:
            if name.endswith("Relationship") and "Id" in attrs and "Target" in attrs:
                target = attrs["Target"].replace("\\", "/")
                target = target.lstrip("/") if target.startswith("/") else \
                    posixpath.normpath(posixpath.join("xl", target))
                targets[attrs["Id"]] = target
                kind = attrs.get("Type", "").rsplit("/", 1)[-1]
                if kind in ("sharedStrings", "styles"):
                    parts[kind] = target

        if rels in self._names:
            self._parse(rels, relation)
        sheets: dict[str, str] = {}
        states: dict[str, str] = {}
        date1904 = [False]

        def sheet(name: str, attrs: dict[str, str]) -> None:
            if name in _TAGS_SHEET and "name" in attrs:
                rid = next((v for k, v in attrs.items() if k.endswith("}id")), "")
                target = targets.get(rid)
                if target in self._names:
                    sheets[attrs["name"]] = target
                    states[attrs["name"]] = attrs.get("state", "visible")
            elif name in _TAGS_PROPERTIES:
                date1904[0] = attrs.get("date1904", "").lower() in ("1", "true")

        self._parse("xl/workbook.xml", sheet)
        for kind, default in (("sharedStrings", "xl/sharedStrings.xml"),
                              ("styles", "xl/styles.xml")):
            if parts.get(kind) not in self._names:
                parts.pop(kind, None)
                if default in self._names:
                    parts[kind] = default
        return sheets, states, date1904[0], parts

    def _parse(self, part: str, start: Callable[[str, dict[str, str]], None]) -> None:
        """A small part, element by element."""
        parser = self._parser(part)
        parser.StartElementHandler = start
        for chunk in _chunks(self.archive, part, self.path.name):
            parser.Parse(chunk, False)
        parser.Parse(b"", True)

    def _parser(self, part: str) -> Any:
        parser = expat.ParserCreate(namespace_separator="}")
        file = self.path.name

        def refuse(*_args: object) -> None:
            raise Refused(UNSAFE, file=file, part=part)

        parser.StartDoctypeDeclHandler = refuse
        parser.EntityDeclHandler = refuse
        parser.UnparsedEntityDeclHandler = refuse
        parser.ExternalEntityRefHandler = refuse
        parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
        parser.buffer_text = True
        parser.buffer_size = CHUNK
        return parser

    @property
    def strings(self) -> list[str]:
        if self._strings is None:
            self._strings = self._shared_strings()
        return self._strings

    def _shared_strings(self) -> list[str]:
        part = self._strings_part
        strings: list[str] = []
        if part is None:
            return strings
        parser = self._parser(part)
        pieces: list[str] = []
        state = [0, 0]  # collecting text, inside phonetic runs

        def start(name: str, _attrs: dict[str, str]) -> None:
            code = _CODES.get(name)
            if code == _T:
                state[0] = 1
            elif code == _SI:
                pieces.clear()
            elif code == _RPH:
                state[1] += 1

        def end(name: str) -> None:
            code = _CODES.get(name)
            if code == _T:
                state[0] = 0
            elif code == _SI:
                strings.append(unescape("".join(pieces)))
            elif code == _RPH:
                state[1] -= 1

        def data(text: str) -> None:
            if state[0] and not state[1]:
                pieces.append(text)

        parser.StartElementHandler, parser.EndElementHandler = start, end
        parser.CharacterDataHandler = data
        for chunk in _chunks(self.archive, part, self.path.name):
            parser.Parse(chunk, False)
        parser.Parse(b"", True)
        return strings

    @property
    def dates(self) -> tuple[set[int], set[int]]:
        """Indexes of the cell styles that show a date, and those showing a duration."""
        if self._dates is None:
            self._dates = self._date_styles()
        return self._dates

    def _date_styles(self) -> tuple[set[int], set[int]]:
        part = self._styles_part
        if part is None:
            return set(), set()
        custom: dict[int, str] = {}
        formats: list[int] = []
        inside = [0]

        def start(name: str, attrs: dict[str, str]) -> None:
            code = _CODES.get(name)
            if code == _NUMFMT:
                if attrs.get("numFmtId", "").isdigit():
                    custom[int(attrs["numFmtId"])] = attrs.get("formatCode", "")
            elif code == _CELLXFS:
                inside[0] = 1
            elif code == _XF and inside[0]:
                number = attrs.get("numFmtId", "0")
                formats.append(int(number) if number.isdigit() else 0)

        def end(name: str) -> None:
            if _CODES.get(name) == _CELLXFS:
                inside[0] = 0

        parser = self._parser(part)
        parser.StartElementHandler, parser.EndElementHandler = start, end
        for chunk in _chunks(self.archive, part, self.path.name):
            parser.Parse(chunk, False)
        parser.Parse(b"", True)
        dates, durations = set(), set()
        for index, number in enumerate(formats):
            text = custom.get(number, BUILTIN_FORMATS.get(number))
            if is_date_format(text):
                dates.add(index)
                if is_timedelta_format(text):
                    durations.add(index)
        return dates, durations

    # -- the rows of a sheet -------------------------------------------------------

    def rows(self, title: str) -> Iterator[Row]:
        """(row number, cells) of sheet `title`, in order, read as they are asked for
        (stop asking and the rest of the sheet is never parsed). Cells with no value
        are left out; a formula is kind "f" with its text as value."""
        part = self.sheets[title]
        cells = RowCells(self.strings if self._strings_part else [], *self.dates,
                         CALENDAR_MAC_1904 if self.date1904 else CALENDAR_WINDOWS_1900)
        yield from sheet_rows(_chunks(self.archive, part, self.path.name), cells)


def _chunks(archive: zipfile.ZipFile, part: str, file: str) -> Iterator[bytes]:
    """The bytes of `part`, the first chunk checked (a Unicode encoding and no document
    type before the root element) and every chunk searched for a document type."""
    with archive.open(part) as stream:
        pending = _read_prolog(stream)
        _check_prolog(pending, part, file)
        while pending:
            if any(marker in pending for marker in _DOCTYPE):
                raise Refused(UNSAFE, file=file, part=part)
            more = stream.read(CHUNK)
            if not more:
                yield pending
                return
            # The end is held back until searched with what follows (a marker may
            # begin there), so that no byte is parsed before it was searched.
            cut = len(pending) - _OVERLAP
            yield pending[:cut]
            pending = pending[cut:] + more


def _read_prolog(stream: IO[bytes]) -> bytes:
    data = stream.read(CHUNK)
    while len(data) < PROLOG:
        more = stream.read(CHUNK)
        if not more:
            break
        data += more
    return data


def _check_prolog(data: bytes, part: str, file: str) -> None:
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, b"<\0\0\0", b"\0\0\0<")):
        raise Refused(ENCODING, file=file, part=part)
    if data.startswith(codecs.BOM_UTF8):
        encoding, allowed, text = "utf-8", _UTF8, data[3:PROLOG]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding, allowed, text = "utf-16", _UTF16, data[:PROLOG]
    elif data.startswith(b"<\0"):
        encoding, allowed, text = "utf-16-le", _UTF16, data[:PROLOG]
    elif data.startswith(b"\0<"):
        encoding, allowed, text = "utf-16-be", _UTF16, data[:PROLOG]
    elif data[:1] in (b"<", b" ", b"\t", b"\r", b"\n"):
        encoding, allowed, text = "utf-8", _UTF8, data[:PROLOG]
    else:  # UTF-32, EBCDIC, ...: nothing Excel writes
        raise Refused(ENCODING, file=file, part=part)
    prolog = text.decode(encoding, errors="replace")
    declared = _DECLARED.match(prolog.lstrip("\ufeff"))
    if declared and declared.group(1).strip().lower() not in allowed:
        raise Refused(ENCODING, file=file, part=part)
    if not _root_follows(prolog.lstrip("\ufeff")):
        raise Refused(UNSAFE, file=file, part=part)


def _root_follows(text: str) -> bool:
    """Whether only whitespace, the declaration, comments and processing instructions
    come before the root element (a document type, never)."""
    at = 0
    while True:
        while at < len(text) and text[at] in " \t\r\n":
            at += 1
        if text.startswith("<?", at):
            stop, skip = text.find("?>", at), 2
        elif text.startswith("<!--", at):
            stop, skip = text.find("-->", at + 4), 3
        else:
            return text.startswith("<", at) and at + 1 < len(text) and (
                text[at + 1].isalpha() or text[at + 1] in "_:")
        if stop < 0:
            return False
        at = stop + skip


def open_book(path: Path) -> Book:
    """The workbook, checked; any failure to read its parts is a damaged file."""
    path = Path(path)
    try:
        return Book(path)
    except UserError:
        raise
    except Exception as error:
        raise damaged(path, error) from None
