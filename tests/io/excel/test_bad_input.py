"""Untrusted workbooks: each problem a clear message, the project unchanged."""

from __future__ import annotations

import shutil
import zipfile

import pytest
from openpyxl import load_workbook

from app.cli import main
from app.core.errors import UserError
from app.io.excel import import_workbook, plan_workbook_import
from app.io.excel.safety import check_defusedxml
from app.models.document import Document


def _plan(project, workbook):
    doc = Document.open(project)
    try:
        return plan_workbook_import(doc, workbook)
    finally:
        doc.close()


def _refused(path, tmp_path, *words):
    with pytest.raises(UserError) as caught:
        import_workbook(path, tmp_path / "out.pwp")
    message = caught.value.message()
    assert all(w in message for w in words), message
    assert not (tmp_path / "out.pwp").exists()
    assert not list(tmp_path.glob("out.pwp*"))
    return message


def test_defusedxml_is_in_use():
    check_defusedxml()


def test_a_file_that_is_no_workbook(tmp_path):
    path = tmp_path / "notes.xlsx"
    path.write_text("just some text")
    _refused(path, tmp_path, "notes.xlsx", "not an Excel workbook")


def test_old_xls_or_password_protected(tmp_path):
    path = tmp_path / "old.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    _refused(path, tmp_path, "old.xlsx", "password")


def test_truncated_workbook(tmp_path, exported):
    data = exported[1].read_bytes()
    path = tmp_path / "cut.xlsx"
    path.write_bytes(data[: len(data) // 2])
    _refused(path, tmp_path, "cut.xlsx", "damaged or incomplete")


def test_damaged_part_inside_the_archive(tmp_path, exported):
    path = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(exported[1]) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet2.xml":
                data = data[: len(data) // 3]  # XML cut in the middle
            target.writestr(item, data)
    _refused(path, tmp_path, "broken.xlsx", "damaged")


def test_zip_bomb_is_not_unpacked(tmp_path, exported):
    path = tmp_path / "bomb.xlsx"
    shutil.copy(exported[1], path)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/zeros.bin", b"\0" * (30 * 1024 * 1024))
    _refused(path, tmp_path, "bomb.xlsx", "far more data")


def test_cli_exits_2_with_one_line_and_writes_nothing(tmp_path, capsys):
    path = tmp_path / "notes.xlsx"
    path.write_text("text")
    assert main(["import", str(path), "-o", str(tmp_path / "x.pwp")]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "notes.xlsx" in err
    assert not (tmp_path / "x.pwp").exists()


def _edited(exported, tmp_path, sheet, cell, value):
    book = load_workbook(exported[1])
    book[sheet][cell] = value
    path = tmp_path / "edited.xlsx"
    book.save(path)
    return path


@pytest.mark.parametrize(("sheet", "cell", "value", "words"), [
    ("Tasks", "I5", "lots", ["\u201cTasks\u201d", "row 5", "column I", "% complete", "lots"]),
    ("Tasks", "E6", "five days", ["row 6", "column E", "Duration", "five days"]),
    ("Tasks", "D4", "=1+2", ["row 4", "column D", "formula"]),
    ("Tasks", "N7", "#REF!", ["row 7", "column N", "#REF!"]),
    ("Risks", "I3", 9, ["\u201cRisks\u201d", "row 3", "column I", "1 to 5"]),
    ("RACI", "E5", "X", ["\u201cRACI\u201d", "row 5", "column E", "\u201cX\u201d"]),
    ("Stakeholders", "F3", "high", ["row 3", "column F", "Power"]),
    ("Calendar", "D3", "all day", ["\u201cCalendar\u201d", "row 3", "column D"]),
])
def test_a_bad_cell_is_named_and_nothing_changes(exported, project_copy, tmp_path, sheet,
                                                  cell, value, words):
    path = _edited(exported, tmp_path, sheet, cell, value)
    before = project_copy.read_bytes()
    plan = _plan(project_copy, path)
    assert plan.command is None and plan.problems
    message = plan.error().message()
    assert all(w in message for w in words), message
    assert project_copy.read_bytes() == before
    _refused(path, tmp_path, *words[:2])


def test_the_same_bad_value_in_many_rows_is_named_in_each(exported, project_copy, tmp_path):
    """Values are checked once per different value; each row holding a bad one is
    still named."""
    book = load_workbook(exported[1])
    for row in (5, 6, 9):
        book["Tasks"][f"E{row}"] = "five days"
        book["Tasks"][f"L{row}"] = "maybe"
    book["Risks"]["N3"] = book["Risks"]["N4"] = "someday"
    path = tmp_path / "edited.xlsx"
    book.save(path)
    plan = _plan(project_copy, path)
    assert plan.command is None
    assert {(q.sheet, q.row, q.column, q.value) for q in plan.problems} >= {
        ("Tasks", 5, "E", "five days"), ("Tasks", 6, "E", "five days"),
        ("Tasks", 9, "E", "five days"), ("Tasks", 5, "L", "maybe"), ("Tasks", 9, "L", "maybe"),
        ("Risks", 3, "N", "someday"), ("Risks", 4, "N", "someday")}


def test_a_sheet_formatted_to_the_last_row_is_read_quickly(exported, project_copy, tmp_path):
    """A million empty formatted rows: the reader stops after a long empty run."""
    path = tmp_path / "tall.xlsx"
    rows = "".join(f'<row r="{n}" s="1" customFormat="1"/>' for n in range(200, 1_048_577))
    with zipfile.ZipFile(exported[1]) as source, zipfile.ZipFile(
            path, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet2.xml":
                data = data.replace(b"</sheetData>", rows.encode() + b"</sheetData>")
            target.writestr(item.filename, data)
    try:
        plan = _plan(project_copy, path)
    except UserError as error:  # refused as too large is a clear answer too
        assert "tall.xlsx" in error.message()
        return
    assert plan.problems == [] and plan.changes == 0


def test_merged_cells_are_named(exported, project_copy, tmp_path):
    book = load_workbook(exported[1])
    book["Tasks"].merge_cells("D4:D5")
    path = tmp_path / "merged.xlsx"
    book.save(path)
    plan = _plan(project_copy, path)
    assert plan.command is None
    assert "row 5, column D" in plan.error().message()


def test_wrong_kind_of_workbook_points_to_task_list_import(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["Task", "Duration"])
    path = tmp_path / "list.xlsx"
    book.save(path)
    message = _refused(path, tmp_path, "list.xlsx", "not exported by Planwright")
    assert "Task List" in message


# -- XML tricks inside the archive: refused before anything is expanded or fetched --------

def _with_part(exported, tmp_path, part, change, name="tricky.xlsx"):
    """The exported workbook with `part` rewritten by `change(bytes) -> bytes`."""
    path = tmp_path / name
    with zipfile.ZipFile(exported[1]) as source, zipfile.ZipFile(
            path, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == part:
                data = change(data)
            target.writestr(item.filename, data)
    return path


_LAUGHS = (b'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE worksheet [<!ENTITY a "haha">'
           + b"".join(b'<!ENTITY %s "&%s;&%s;&%s;&%s;&%s;&%s;&%s;&%s;&%s;&%s;">'
                      % ((bytes([c]),) + (bytes([c - 1]),) * 10)
                      for c in range(ord("b"), ord("k")))
           + b"]>")


def _prolog(prolog: bytes):
    return lambda data: prolog + data


@pytest.mark.parametrize(("part", "prolog"), [
    ("xl/worksheets/sheet2.xml", _LAUGHS),  # entity expansion (a billion laughs)
    ("xl/worksheets/sheet2.xml",
     b'<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY x SYSTEM "file:///etc/passwd">]>'),
    ("xl/worksheets/sheet2.xml", b"<!-- a note first --><!DOCTYPE worksheet>"),
    ("xl/workbook.xml", b'<!DOCTYPE workbook SYSTEM "http://example.com/x.dtd">'),
    ("xl/styles.xml", b'<?xml version="1.0"?>\n<!DOCTYPE styleSheet [<!ENTITY e "x">]>\n'),
])
def test_a_document_type_in_any_part_is_refused(exported, project_copy, tmp_path, part,
                                                prolog):
    path = _with_part(exported, tmp_path, part, _prolog(prolog))
    before = project_copy.read_bytes()
    with pytest.raises(UserError) as caught:
        _plan(project_copy, path)
    message = caught.value.message()
    assert "tricky.xlsx" in message and "document type or entities" in message, message
    assert part in message
    assert project_copy.read_bytes() == before
    _refused(path, tmp_path, "tricky.xlsx", "refused for safety")


def test_an_entity_used_without_a_document_type_is_a_damaged_file(exported, tmp_path):
    path = _with_part(exported, tmp_path, "xl/worksheets/sheet2.xml",
                      lambda data: data.replace(b"<t>", b"<t>&x;", 1))
    _refused(path, tmp_path, "tricky.xlsx", "damaged")


def test_the_parser_refuses_a_document_type_even_past_the_first_check(
        exported, tmp_path, monkeypatch):
    """Behind the prolog check, a worksheet's every chunk is searched for a document
    type before ElementTree parses it."""
    from app.io.excel import sheet_read

    monkeypatch.setattr(sheet_read, "_check_prolog", lambda *_args: None)
    path = _with_part(exported, tmp_path, "xl/worksheets/sheet2.xml", _prolog(_LAUGHS))
    _refused(path, tmp_path, "tricky.xlsx", "document type or entities",
             "xl/worksheets/sheet2.xml")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16-le", "utf-16-be"])
def test_a_document_type_split_between_two_chunks_is_found(exported, tmp_path, monkeypatch,
                                                            encoding):
    from app.io.excel import sheet_read

    monkeypatch.setattr(sheet_read, "_check_prolog", lambda *_args: None)
    monkeypatch.setattr(sheet_read, "CHUNK", 4096)  # chunks of 4 KB, the first too
    monkeypatch.setattr(sheet_read, "PROLOG", 4096)
    marker = "<!DOCTYPE".encode(encoding)
    cut = 2 * 4096 - len(marker) // 2  # the second chunk ends in the middle of it
    path = _with_part(exported, tmp_path, "xl/worksheets/sheet2.xml",
                      lambda data: data[:cut] + marker + data[cut:])
    _refused(path, tmp_path, "tricky.xlsx", "document type or entities")


def test_a_document_type_after_the_root_element_is_refused(exported, tmp_path):
    """Not well-formed XML, so no parser would take it either: named for what it is."""
    path = _with_part(exported, tmp_path, "xl/worksheets/sheet2.xml",
                      lambda data: data + b'<!DOCTYPE x [<!ENTITY a "b">]>')
    _refused(path, tmp_path, "tricky.xlsx", "document type or entities")


def test_expat_refuses_a_document_type_in_the_small_parts_past_both_searches(
        exported, tmp_path, monkeypatch):
    """The workbook, relationships, shared strings and styles are read by expat, whose
    own handlers refuse a document type even with the prolog check and the search off."""
    from app.io.excel import sheet_read

    monkeypatch.setattr(sheet_read, "_check_prolog", lambda *_args: None)
    monkeypatch.setattr(sheet_read, "_DOCTYPE", ())
    path = _with_part(exported, tmp_path, "xl/styles.xml", _prolog(_LAUGHS))
    _refused(path, tmp_path, "tricky.xlsx", "document type or entities", "xl/styles.xml")


def test_a_document_type_in_utf16_is_refused(exported, tmp_path):
    def utf16(data: bytes) -> bytes:
        text = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE worksheet [<!ENTITY a "b">]>'
        return (text + data.decode("utf-8")).encode("utf-16")

    path = _with_part(exported, tmp_path, "xl/worksheets/sheet2.xml", utf16)
    _refused(path, tmp_path, "tricky.xlsx", "document type or entities")


@pytest.mark.parametrize("encoding", ["cp037", "utf-32", "iso-8859-1"])
def test_a_part_in_another_encoding_is_refused(exported, tmp_path, encoding):
    """EBCDIC or UTF-32 could hide a document type from a byte check: only UTF-8 and
    UTF-16 (what Excel writes) are read."""
    def recode(data: bytes) -> bytes:
        text = f'<?xml version="1.0" encoding="{encoding}"?><!DOCTYPE worksheet>'
        return (text + data.decode("utf-8")).encode(encoding, "xmlcharrefreplace")

    path = _with_part(exported, tmp_path, "xl/worksheets/sheet2.xml", recode)
    _refused(path, tmp_path, "tricky.xlsx", "encoding other than UTF-8 or UTF-16",
             "xl/worksheets/sheet2.xml")


def test_a_utf16_workbook_part_without_tricks_reads_as_usual(exported, project_copy,
                                                             tmp_path):
    def utf16(data: bytes) -> bytes:
        return ('<?xml version="1.0" encoding="UTF-16"?>' + data.decode("utf-8")
                ).encode("utf-16")

    path = _with_part(exported, tmp_path, "xl/worksheets/sheet2.xml", utf16)
    plan = _plan(project_copy, path)
    assert plan.problems == [] and plan.changes == 0
