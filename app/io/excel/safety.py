"""Opening a workbook nobody vouches for (no Qt).

Before any XML is parsed: the file must be a zip archive (not an old .xls, not
a password-protected workbook, which Excel stores as an OLE2 file), whole, with
entries of sensible size and compression ratio (a zip bomb unpacks gigabytes from
kilobytes). A workbook Planwright exported is then read by sheet_read.py (C expat and
ElementTree, every part refused if it declares a document type, entities or another
encoding);
a foreign task list by openpyxl with defusedxml (entity expansion and external
entities refused), which `check_defusedxml` proves is in use.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from app.core.errors import UserError
from app.core.i18n import QT_TRANSLATE_NOOP

MAX_ENTRY = 400 * 1024 * 1024  # bytes unpacked, one entry
MAX_TOTAL = 800 * 1024 * 1024
MAX_RATIO = 200  # unpacked / packed, for entries above RATIO_FLOOR
RATIO_FLOOR = 8 * 1024 * 1024
MAX_ENTRIES = 10_000

NOT_FOUND = QT_TRANSLATE_NOOP("errors", "Cannot read {file}: {detail}")
OLD_OR_LOCKED = QT_TRANSLATE_NOOP(
    "errors", "{file} is an Excel 97\u20132003 workbook (.xls) or is protected by a password. "
              "Open it in Excel or LibreOffice and save it as an .xlsx workbook without a "
              "password, then import that.")
NOT_A_WORKBOOK = QT_TRANSLATE_NOOP(
    "errors", "{file} is not an Excel workbook (.xlsx); nothing was imported.")
DAMAGED = QT_TRANSLATE_NOOP(
    "errors", "{file} is damaged or incomplete ({detail}); nothing was imported. If it came "
              "by e-mail or download, fetch it again.")
TOO_BIG = QT_TRANSLATE_NOOP(
    "errors", "{file} unpacks to far more data than a workbook holds ({entry}: {size} MB); "
              "it was not opened.")
NO_DEFUSEDXML = "openpyxl would parse workbooks without defusedxml"


def damaged(path: Path, error: Exception) -> UserError:
    """The refusal for a workbook whose parts failed to read, naming the first line
    of what failed."""
    detail = (str(error).splitlines() or [type(error).__name__])[0][:200]
    return UserError(DAMAGED, file=path.name, detail=detail)


def check_defusedxml() -> None:
    """Refuse to run if openpyxl would parse XML without defusedxml."""
    from openpyxl import xml

    if not (xml.defusedxml_available() and xml.defusedxml_env_set()):
        raise RuntimeError(NO_DEFUSEDXML)


def check_archive(path: Path) -> None:
    """Raise a UserError naming the file unless it looks like a sound .xlsx archive."""
    name = path.name
    try:
        with open(path, "rb") as stream:
            head = stream.read(8)
    except OSError as error:
        raise UserError(NOT_FOUND, file=name, detail=error.strerror or str(error)) from None
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise UserError(OLD_OR_LOCKED, file=name)
    if not head.startswith(b"PK"):
        raise UserError(NOT_A_WORKBOOK, file=name)
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as error:
        raise UserError(DAMAGED, file=name, detail=str(error) or type(error).__name__) from None
    if len(entries) > MAX_ENTRIES:
        raise UserError(TOO_BIG, file=name, entry=f"{len(entries)} entries", size="?")
    total = 0
    for entry in entries:
        total += entry.file_size
        ratio = entry.file_size / max(entry.compress_size, 1)
        if (entry.file_size > MAX_ENTRY or total > MAX_TOTAL
                or (entry.file_size > RATIO_FLOOR and ratio > MAX_RATIO)):
            raise UserError(TOO_BIG, file=name, entry=entry.filename,
                            size=entry.file_size // (1024 * 1024))
    if not any(e.filename == "xl/workbook.xml" for e in entries):
        raise UserError(NOT_A_WORKBOOK, file=name)


def open_workbook(path: Path, read_only: bool = True):
    """The workbook, checked first; any failure of openpyxl is a damaged file."""
    from openpyxl import load_workbook

    check_defusedxml()
    path = Path(path)
    check_archive(path)
    try:
        return load_workbook(path, read_only=read_only, data_only=False)
    except UserError:
        raise
    except Exception as error:  # openpyxl raises many kinds for a broken part
        raise damaged(path, error) from None
