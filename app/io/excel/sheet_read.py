"""Reading the cells of an untrusted .xlsx quickly and safely (no Qt).

openpyxl reads through defusedxml, whose parser calls pure-Python code for every
element, and parses a sheet twice when it has no <dimension>: over ten seconds for a
workbook of 10,000 tasks and a 40-column RACI matrix. Here C expat (pyexpat) reads
only the parts an import needs, with a few small callbacks per cell.

Safety is defusedxml's, and more (every part, before and while it is parsed):
- the archive is checked first (safety.check_archive: sizes, ratios, entries);
- a part must be UTF-8 or UTF-16 (by its byte-order mark or first bytes, and any
  encoding it declares must agree), so no other encoding can hide markup from the
  next check;
- its prolog must hold no document type: only the XML declaration, comments and
  processing instructions may come before the root element;
- while parsing, expat's own handlers refuse any document type, entity declaration
  or external reference (as defusedxml's do), so nothing is ever expanded or
  fetched. Excel never writes any of these.
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
from openpyxl.utils.datetime import (
    CALENDAR_MAC_1904,
    CALENDAR_WINDOWS_1900,
    from_excel,
    from_ISO8601,
)

from app.core.errors import UserError
from app.core.i18n import QT_TRANSLATE_NOOP
from app.io.excel.safety import DAMAGED, check_archive, check_defusedxml

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
_DIGITS = "0123456789"
_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")

Cell = tuple[int, Any, str]  # (1-based column, value, kind: n s b d e f)


def _codes() -> dict[str, int]:
    codes = {}
    for ns in _MAIN:
        for tag, code in (("c", _C), ("v", _V), ("t", _T), ("f", _F), ("row", _ROW),
                          ("rPh", _RPH), ("si", _SI), ("numFmt", _NUMFMT),
                          ("cellXfs", _CELLXFS), ("xf", _XF)):
            codes[ns + tag] = code
    return codes


_C, _V, _T, _F, _ROW, _RPH, _SI, _NUMFMT, _CELLXFS, _XF = range(1, 11)
_CODES = _codes()
_TAGS_SHEET = {ns + "sheet" for ns in _MAIN}
_TAGS_PROPERTIES = {ns + "workbookPr" for ns in _MAIN}


def _column_letters() -> dict[str, int]:
    from openpyxl.utils import get_column_letter

    return {get_column_letter(n): n for n in range(1, 16385)}


_COLUMNS = _column_letters()


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

    def rows(self, title: str) -> Iterator[tuple[int, list[Cell]]]:
        """(row number, cells) of sheet `title`, in order, read as they are asked for
        (stop asking and the rest of the sheet is never parsed). Cells with no value
        are left out; a formula is kind "f" with its text as value."""
        part = self.sheets[title]
        reader = _SheetReader(self.strings if self._strings_part else [], *self.dates,
                              CALENDAR_MAC_1904 if self.date1904 else CALENDAR_WINDOWS_1900)
        parser = self._parser(part)
        parser.StartElementHandler = reader.start
        parser.EndElementHandler = reader.end
        parser.CharacterDataHandler = reader.data
        done = reader.done
        for chunk in _chunks(self.archive, part, self.path.name):
            parser.Parse(chunk, False)
            yield from done
            done.clear()
        parser.Parse(b"", True)
        yield from done


class _SheetReader:
    """expat's callbacks for a worksheet: rows of (column, value, kind) as openpyxl's
    reader makes them (numbers, shared and inline strings, booleans, errors, dates by
    their style's number format, formulas as "=..." text). Called for every element,
    so the common path is kept short."""

    def __init__(self, strings: list[str], dates: set[int], durations: set[int],
                 epoch: Any) -> None:
        self.strings, self.epoch = strings, epoch
        # Style attributes as written ("3"), so that a cell's needs no int().
        self.dates = {str(n) for n in dates}
        self.durations = {str(n) for n in durations}
        self.done: list[tuple[int, list[Cell]]] = []
        self.cells: list[Cell] = []
        self.attrs: dict[str, str] = {}
        self.value: list[str] = []
        self.formula: list[str] | None = None
        self.target: list[str] | None = None  # where character data goes
        self.phonetic = 0  # inside <rPh>: a reading aid, not the text
        self.row = 0
        self.column = 0

    def start(self, name: str, attrs: dict[str, str], _code: Any = _CODES.get) -> None:
        code = _code(name)  # a local: called for every element
        if code is None:
            return
        if code == _C:
            self.attrs = attrs
            self.value = []
            self.formula = None
        elif code in (_T, _V):
            if not self.phonetic:
                self.target = self.value
        elif code == _ROW:
            number = attrs.get("r")
            self.row = int(number) if number and number.isdigit() else self.row + 1
            self.column = 0
            self.cells = []
        elif code == _F:
            self.formula = self.target = []
        elif code == _RPH:
            self.phonetic += 1

    def data(self, text: str) -> None:
        target = self.target
        if target is not None:
            target.append(text)

    def end(self, name: str, _code: Any = _CODES.get) -> None:
        code = _code(name)
        if code is None:
            return
        if code == _C:
            self._cell()
        elif code in (_T, _V, _F):
            self.target = None
        elif code == _ROW:
            self.done.append((self.row, self.cells))
        elif code == _RPH:
            self.phonetic -= 1

    def _cell(self) -> None:
        attrs = self.attrs
        ref = attrs.get("r")
        self.column = column = _COLUMNS.get(ref.rstrip(_DIGITS), self.column + 1) if ref \
            else self.column + 1
        value = self.value
        if self.formula is not None:
            self.cells.append((column, "=" + "".join(self.formula), "f"))
            return
        if not value:
            return  # no value (an empty string is none either)
        text = value[0] if len(value) == 1 else "".join(value)
        kind = attrs.get("t")
        if kind == "inlineStr" or kind == "str":
            self.cells.append((column, unescape(text) if "_x" in text else text, "s"))
        elif kind is None or kind == "n":
            number = float(text) if ("." in text or "E" in text or "e" in text) else int(text)
            style = attrs.get("s")
            if style in self.dates:
                try:
                    self.cells.append((column, from_excel(
                        number, self.epoch, timedelta=style in self.durations), "d"))
                except (OverflowError, ValueError):
                    self.cells.append((column, "#VALUE!", "e"))
            else:
                self.cells.append((column, number, "n"))
        elif kind == "s":
            self.cells.append((column, self.strings[int(text)], "s"))
        elif kind == "b":
            self.cells.append((column, bool(int(text)), "b"))
        elif kind == "e":
            self.cells.append((column, text, "e"))
        elif kind == "d":
            self.cells.append((column, from_ISO8601(text), "d"))
        else:
            self.cells.append((column, text, "s"))


def unescape(text: str) -> str:
    """Text as Excel means it: _x000D_ is a carriage return, _x005F_ an underscore
    (so _x005F_x0041_ is the text "_x0041_")."""
    if "_x" not in text:
        return text
    return _ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), text)


def _chunks(archive: zipfile.ZipFile, part: str, file: str) -> Iterator[bytes]:
    """The bytes of `part`, the first chunk checked: a Unicode encoding and no
    document type before the root element."""
    with archive.open(part) as stream:
        first = _read_prolog(stream)
        _check_prolog(first, part, file)
        yield first
        while chunk := stream.read(CHUNK):
            yield chunk


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
        raise UserError(DAMAGED, file=path.name,
                        detail=(str(error).splitlines() or [type(error).__name__])[0][:200]
                        ) from None
