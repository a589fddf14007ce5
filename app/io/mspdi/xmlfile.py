"""Parsing an untrusted MSPDI file and reading typed values that say where they fail.

Every file a user imports is untrusted: it is parsed with defusedxml with DTDs,
entities and external references forbidden (Microsoft Project never writes any), its
size is bounded, and every value that is read is checked. A bad value raises a
UserError naming the file, the element, the task (or resource, calendar...) and the
line, so the user can find it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import Any, NoReturn
from weakref import WeakKeyDictionary
from xml.etree.ElementTree import Element, SubElement, TreeBuilder
from xml.etree.ElementTree import ParseError as StdParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser
from defusedxml.ElementTree import ParseError as DefusedParseError

from app.core.errors import UserError
from app.core.i18n import QT_TRANSLATE_NOOP, translate
from app.io.mspdi import mapping

MAX_BYTES = 256 * 1024 * 1024  # Project's own XML files stay far below this
_MPP_MAGIC = b"\xd0\xcf\x11\xe0"  # an OLE compound file: Project's binary .mpp
_NOT_XML_CHARS = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")

CANNOT_READ = QT_TRANSLATE_NOOP("errors", "{file} cannot be read ({detail}).")
TOO_LARGE = QT_TRANSLATE_NOOP(
    "errors", "{file} is {size} MB; Microsoft Project XML files larger than {limit} MB "
    "are refused.")
BINARY_MPP = QT_TRANSLATE_NOOP(
    "errors", "{file} is a binary Microsoft Project file (.mpp). In Microsoft Project, "
    "save it with File \u203a Save As \u203a XML Format and import that file.")
NOT_XML = QT_TRANSLATE_NOOP(
    "errors", "{file} is not a valid XML file (line {line}, column {column}: {detail}).")
UNSAFE = QT_TRANSLATE_NOOP(
    "errors", "{file} declares a document type or entities (line {line}). Microsoft "
    "Project never writes these, so the file is refused for safety.")
WRONG_ROOT = QT_TRANSLATE_NOOP(
    "errors", "{file} is not a Microsoft Project XML file: its root element is "
    "<{found}>, not <Project> in the namespace {namespace}.")
MISSING = QT_TRANSLATE_NOOP(
    "errors", "{file}: {where} (line {line}) has no <{element}>, which is required.")
BAD_VALUE = QT_TRANSLATE_NOOP(
    "errors", "{file}: {where}, element <{element}> (line {line}): "
    "\u201c{value}\u201d is not {expected}.")
OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "errors", "{file}: {where}, element <{element}> (line {line}): {value} is outside "
    "{low} to {high}.")
UNKNOWN_TASK = QT_TRANSLATE_NOOP(
    "errors", "{file}: {where}, element <{element}> (line {line}): there is no task with "
    "UID {uid} in the file.")
UNKNOWN_RESOURCE = QT_TRANSLATE_NOOP(
    "errors", "{file}: {where}, element <{element}> (line {line}): there is no resource "
    "with UID {uid} in the file.")
UNKNOWN_CALENDAR = QT_TRANSLATE_NOOP(
    "errors", "{file}: {where}, element <{element}> (line {line}): there is no calendar "
    "with UID {uid} in the file.")
SAME_UID = QT_TRANSLATE_NOOP(
    "errors", "{file}: {where}, element <{element}> (line {line}): the one on line {other} "
    "has the same UID.")

# What a value should have been, for BAD_VALUE.
A_NUMBER = QT_TRANSLATE_NOOP("errors", "a whole number")
A_DECIMAL = QT_TRANSLATE_NOOP("errors", "a number")
A_FLAG = QT_TRANSLATE_NOOP("errors", "0 or 1")
A_MOMENT = QT_TRANSLATE_NOOP("errors", "a date and time such as 2024-03-01T08:00:00")
A_CLOCK = QT_TRANSLATE_NOOP("errors", "a time of day such as 08:00:00")
A_DURATION = QT_TRANSLATE_NOOP("errors", "a duration such as PT8H0M0S")
A_CODE = QT_TRANSLATE_NOOP("errors", "one of the codes {codes}")

# Where a value is, for the messages above.
THE_PROJECT = QT_TRANSLATE_NOOP("errors", "the project header")
TASK_UID = QT_TRANSLATE_NOOP("errors", "Task UID {uid}")
TASK_AT = QT_TRANSLATE_NOOP("errors", "Task number {n}")
RESOURCE_UID = QT_TRANSLATE_NOOP("errors", "Resource UID {uid}")
RESOURCE_AT = QT_TRANSLATE_NOOP("errors", "Resource number {n}")
ASSIGNMENT_AT = QT_TRANSLATE_NOOP("errors", "Assignment number {n}")
CALENDAR_UID = QT_TRANSLATE_NOOP("errors", "Calendar UID {uid}")
CALENDAR_AT = QT_TRANSLATE_NOOP("errors", "Calendar number {n}")


class _Builder:
    """ElementTree target: builds the tree with the C TreeBuilder (a tenth of the cost
    of defusedxml's pure-Python one on big plans), without the namespace in tags, and
    notes the line of each element so that errors can point at it."""

    def __init__(self, prefix: str) -> None:
        builder = TreeBuilder()
        self._start, self.end, self.data, self.close = \
            builder.start, builder.end, builder.data, builder.close
        self.prefix = prefix
        self.expat: Any = None  # the parser's expat object, for line numbers
        self.lines: dict[Element, int] = {}
        self.root_tag = ""
        self.root_line = 0

    def start(self, tag: str, attrib: dict[str, str]) -> Element:
        if not self.root_tag:
            self.root_tag, self.root_line = tag, self.expat.CurrentLineNumber
        if tag.startswith(self.prefix):  # files without the namespace read the same
            tag = tag[len(self.prefix):]
        element = self._start(tag, attrib)
        self.lines[element] = self.expat.CurrentLineNumber
        return element


# The lines of each parsed tree, by its root. The table leaves the root out so that
# the root alone keeps its entry alive.
_LINES: WeakKeyDictionary[Element, tuple[int, dict[Element, int]]] = WeakKeyDictionary()


def parse(path: Path) -> Element:
    """The <Project> element of an MSPDI file, namespace removed from every tag."""
    file = path.name
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise UserError(TOO_LARGE, file=file, size=size // 2**20, limit=MAX_BYTES // 2**20)
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(CANNOT_READ, file=file, detail=exc.strerror or str(exc)) from exc
    if data.startswith(_MPP_MAGIC):
        raise UserError(BINARY_MPP, file=file)
    prefix = "{" + mapping.NS + "}"
    builder = _Builder(prefix)
    parser = DefusedXMLParser(target=builder, forbid_dtd=True, forbid_entities=True,
                              forbid_external=True)
    builder.expat = parser.parser
    try:
        parser.feed(data)
        root = parser.close()
    except DefusedXmlException:
        raise UserError(UNSAFE, file=file, line=parser.parser.CurrentLineNumber) from None
    except (StdParseError, DefusedParseError) as exc:
        line, column = getattr(exc, "position", ("?", "?"))
        detail = str(exc).split(":")[0]
        raise UserError(NOT_XML, file=file, line=line, column=column, detail=detail) from None
    if builder.root_tag not in ("Project", prefix + "Project"):
        tag = builder.root_tag
        namespace, _, name = tag[1:].rpartition("}") if tag[0] == "{" else ("", "", tag)
        found = f'{name} xmlns="{namespace}"' if namespace else name
        raise UserError(WRONG_ROOT, file=file, found=found, namespace=mapping.NS)
    builder.lines.pop(root, None)
    _LINES[root] = (builder.root_line, builder.lines)
    return root


def line_of(element: Element) -> int | str:
    for root, (root_line, lines) in _LINES.items():
        if element is root:
            return root_line
        line = lines.get(element)
        if line is not None:
            return line
    return "?"


def leaf(parent: Element, tag: str, value: object) -> Element:
    """Append <tag>value</tag> to `parent` (for writing), without the control
    characters XML 1.0 cannot carry (text pasted from elsewhere may hold them)."""
    node = SubElement(parent, tag)
    node.text = _NOT_XML_CHARS.sub("", str(value))
    return node


def children(parent: Element | None, section: str, item: str) -> Iterator[Element]:
    """The <item> elements inside <section>, e.g. children(root, "Tasks", "Task")."""
    container = parent.find(section) if parent is not None else None
    return iter(()) if container is None else container.iterfind(item)


@dataclass(frozen=True)
class Scope:
    """One element being read (a task, a resource...), and how messages name it."""

    file: str
    element: Element
    where: str  # translated, e.g. "Task UID 12"

    @classmethod
    def of(cls, file: str, element: Element, template: str, **params: object) -> Scope:
        return cls(file, element, translate("errors", template).format(**params))

    @cached_property
    def _children(self) -> dict[str, Element]:
        """First child of each tag: a task reads some 40 fields, each a lookup here
        instead of a scan of its children."""
        found: dict[str, Element] = {}
        for child in self.element:
            found.setdefault(child.tag, child)
        return found

    def fail(self, template: str, element: str, **params: object) -> NoReturn:
        node = self.element.find(element)
        line = line_of(node if node is not None else self.element)
        raise UserError(template, file=self.file, where=self.where, element=element,
                        line=line, **params)

    def _bad(self, name: str, value: str, expected: str, **params: object) -> NoReturn:
        self.fail(BAD_VALUE, name, value=value[:80],
                  expected=translate("errors", expected).format(**params))

    def text(self, name: str) -> str | None:
        """The element's text, stripped; None when the element is absent or empty."""
        node = self._children.get(name)
        if node is None:
            return None
        return (node.text or "").strip() or None

    def raw_text(self, name: str) -> str:
        """Text kept as written (names, notes); "" when absent."""
        node = self._children.get(name)
        return "" if node is None else (node.text or "")

    def require(self, name: str) -> str:
        value = self.text(name)
        if value is None:
            raise UserError(MISSING, file=self.file, where=self.where, element=name,
                            line=line_of(self.element))
        return value

    def integer(self, name: str, low: int | None = None, high: int | None = None,
                required: bool = False) -> int | None:
        value = self.require(name) if required else self.text(name)
        if value is None:
            return None
        try:
            number = int(value)
        except ValueError:
            self._bad(name, value, A_NUMBER)
        if (low is not None and number < low) or (high is not None and number > high):
            self.fail(OUT_OF_RANGE, name, value=number, low=low, high=high)
        return number

    def code(self, name: str, codes: dict | frozenset, default: int) -> int:
        value = self.integer(name)
        if value is None:
            return default
        if value not in codes:
            self._bad(name, str(value), A_CODE, codes=", ".join(map(str, sorted(codes))))
        return value

    def decimal(self, name: str, low: float | None = None) -> float | None:
        value = self.text(name)
        if value is None:
            return None
        try:
            number = float(value)
        except ValueError:
            self._bad(name, value, A_DECIMAL)
        if number != number or number in (float("inf"), float("-inf")):  # NaN, infinity
            self._bad(name, value, A_DECIMAL)
        if low is not None and number < low:
            self.fail(OUT_OF_RANGE, name, value=value, low=low, high="\u221e")
        return number

    def flag(self, name: str) -> bool:
        value = self.text(name)
        if value is None:
            return False
        if value.lower() not in ("0", "1", "true", "false"):
            self._bad(name, value, A_FLAG)
        return value.lower() in ("1", "true")

    def moment(self, name: str) -> datetime | None:
        value = self.text(name)
        if value is None:
            return None
        moment = mapping.parse_moment(value)
        if moment is None:
            self._bad(name, value, A_MOMENT)
        if not mapping.FIRST_DAY <= moment.date() <= mapping.LAST_DAY:
            self.fail(OUT_OF_RANGE, name, value=value, low=mapping.FIRST_DAY,
                      high=mapping.LAST_DAY)
        return moment

    def clock(self, name: str) -> int | None:
        value = self.text(name)
        if value is None:
            return None
        minutes = mapping.parse_clock(value)
        if minutes is None:
            self._bad(name, value, A_CLOCK)
        return minutes

    def duration(self, name: str, allow_negative: bool = False) -> float | None:
        """Minutes; at most a century of working time, so arithmetic stays sane."""
        value = self.text(name)
        if value is None:
            return None
        minutes = mapping.parse_duration(value)
        if minutes is None or (minutes < 0 and not allow_negative):
            self._bad(name, value, A_DURATION)
        if abs(minutes) > 100 * 366 * 1440:
            self.fail(OUT_OF_RANGE, name, value=value, low="PT0H0M0S", high="P36600D")
        return minutes
