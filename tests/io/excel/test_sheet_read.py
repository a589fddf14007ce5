"""The fast cell reader reads what openpyxl reads, on the parts Excel itself writes."""

from __future__ import annotations

import zipfile
from datetime import datetime

import pytest
from openpyxl import load_workbook

from app.io.excel.sheet_read import open_book

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
pytestmark = pytest.mark.filterwarnings("ignore:Workbook contains no default style")
PARTS = {
    "[Content_Types].xml": """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/data.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/strings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
</Types>""",
    "_rels/.rels": f"""<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/>
</Relationships>""",
    "xl/workbook.xml": f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<x:workbook xmlns:x="{MAIN}" xmlns:r="{REL}"><x:workbookPr/>
<x:sheets><x:sheet name="Data" sheetId="3" r:id="rId7"/>
<x:sheet name="Hidden" sheetId="4" state="hidden" r:id="rId8"/></x:sheets></x:workbook>""",
    "xl/_rels/workbook.xml.rels": f"""<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId7" Type="{REL}/worksheet" Target="worksheets/data.xml"/>
<Relationship Id="rId8" Type="{REL}/worksheet" Target="/xl/worksheets/data.xml"/>
<Relationship Id="rId2" Type="{REL}/sharedStrings" Target="strings.xml"/>
<Relationship Id="rId3" Type="{REL}/styles" Target="styles.xml"/>
</Relationships>""",
    "xl/strings.xml": f"""<?xml version="1.0" encoding="UTF-8"?>
<sst xmlns="{MAIN}" count="3" uniqueCount="3">
<si><t>plain &amp; simple</t></si>
<si><r><rPr><b/></rPr><t>rich </t></r><r><t xml:space="preserve">text </t></r>
<rPh sb="0" eb="1"><t>reading aid</t></rPh></si>
<si><t>\u4efb\u52a1\u540d\u79f0</t></si>
</sst>""",
    "xl/styles.xml": f"""<?xml version="1.0" encoding="UTF-8"?>
<styleSheet xmlns="{MAIN}"><numFmts count="1"><numFmt numFmtId="165"
formatCode="yyyy/mm/dd hh:mm"/></numFmts>
<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="165"/><xf numFmtId="14"/></cellXfs>
</styleSheet>""",
    "xl/worksheets/data.xml": f"""<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="{MAIN}">
  <sheetData>
    <row r="1" spans="1:9">
      <c r="A1" t="s"><v>0</v></c>
      <c r="B1" t="s"><v>1</v></c>
      <c r="C1" t="s"><v>2</v></c>
      <c r="E1"><v>42</v></c>
      <c r="F1"><v>2.5E-1</v></c>
      <c r="G1" s="1"><v>46000.5</v></c>
      <c r="H1" s="2"><v>46001</v></c>
      <c r="I1" t="b"><v>1</v></c>
    </row>
    <row r="3">
      <c r="A3" t="e"><v>#REF!</v></c>
      <c r="B3" t="str"><f>A1&amp;"x"</f><v>plainx</v></c>
      <c r="C3" t="inlineStr"><is><t>inline &lt;text&gt;</t></is></c>
      <c r="D3" t="inlineStr"><is><t></t></is></c>
      <c r="AA3"><f>1+1</f><v>2</v></c>
      <c r="AB3" s="0"/>
    </row>
    <row>
      <c><v>7</v></c>
      <c t="s"><v>2</v></c>
    </row>
  </sheetData>
</worksheet>""",
}


def _workbook(path):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in PARTS.items():
            archive.writestr(name, text.encode("utf-8"))
    return path


def test_cells_read_as_openpyxl_reads_them(tmp_path):
    path = _workbook(tmp_path / "excel.xlsx")
    theirs = load_workbook(path, read_only=True)
    with open_book(path) as book:
        assert book.sheetnames == theirs.sheetnames == ["Data", "Hidden"]
        assert book.states == {"Data": "visible", "Hidden": "hidden"}
        for title in book.sheetnames:
            ours = {(number, column): (value, kind)
                    for number, cells in book.rows(title) for column, value, kind in cells}
            expected = {(c.row, c.column): (c.value, c.data_type)
                        for row in theirs[title].iter_rows() for c in row
                        if getattr(c, "column", None) and c.value not in (None, "")}
            assert ours == expected
    theirs.close()
    assert ours[(1, 2)] == ("rich text ", "s")  # runs joined, the reading aid left out
    assert ours[(1, 7)] == (datetime(2025, 12, 9, 12, 0), "d")
    assert ours[(3, 2)] == ('=A1&"x"', "f") and ours[(3, 27)] == ("=1+1", "f")
    assert ours[(4, 2)] == ("\u4efb\u52a1\u540d\u79f0", "s")  # a row and cells without r


def test_stopping_early_leaves_the_rest_unparsed(tmp_path):
    """The reader hands rows out as it goes: a caller that stops never pays for the
    rest (a sheet formatted down to row 1,048,576)."""
    path = _workbook(tmp_path / "excel.xlsx")
    with open_book(path) as book:
        rows = book.rows("Data")
        assert next(rows)[0] == 1
        rows.close()


def test_the_strict_namespace_reads_the_same(tmp_path):
    """ISO strict workbooks name every element in another namespace; a cell there is a
    cell all the same (and a prefixed element in the main namespace too)."""
    path = _workbook(tmp_path / "transitional.xlsx")
    strict = tmp_path / "strict.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(strict, "w") as target:
        for item in source.infolist():
            data = source.read(item).replace(
                MAIN.encode(), b"http://purl.oclc.org/ooxml/spreadsheetml/main")
            if item.filename == "xl/worksheets/data.xml":  # the last row: <row>...</row>
                head, tail = data.rsplit(b"</row>", 1)
                data = head.replace(b"<row>", b'<s:row xmlns:s="http://purl.oclc.org/ooxml/'
                                    b'spreadsheetml/main">') + b"</s:row>" + tail
            target.writestr(item, data)
    with open_book(path) as book, open_book(strict) as other:
        assert other.sheetnames == book.sheetnames
        expected = list(book.rows("Data"))
        assert list(other.rows("Data")) == expected and len(expected) == 3


def test_rows_and_texts_across_the_parsers_feeds_read_whole(tmp_path):
    """The sheet is parsed a few kilobytes at a time: rows, and texts longer than a
    feed or a chunk, come out whole wherever the cuts fall."""
    from random import Random

    rng = Random(4)
    long = "".join(rng.choice("abc <&>\u4efb") for _ in range(600_000))
    def escaped(text):
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    rows = "".join(
        f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>{"x" * rng.randrange(400)}'
        f'</t></is></c><c r="C{n}"><v>{n}.5</v></c><c r="D{n}" s="2"><v>{46000 + n}</v>'
        f'</c></row>' for n in range(1, 3000))
    rows += (f'<row r="3000"><c r="B3000" t="inlineStr"><is><t>{escaped(long)}</t></is>'
             f'</c><c r="E3000" t="inlineStr"><is><r><t>{escaped(long[:70_000])}</t></r>'
             f'<r><t>{escaped(long[:20])}</t></r></is></c></row>')
    parts = dict(PARTS)
    parts["xl/worksheets/data.xml"] = (f'<worksheet xmlns="{MAIN}"><sheetData>{rows}'
                                           f'</sheetData></worksheet>')
    path = tmp_path / "long.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(name, text.encode("utf-8"))
    theirs = load_workbook(path, read_only=True)
    expected = [(c.row, c.column, c.value) for row in theirs["Data"].iter_rows() for c in row
                if getattr(c, "column", None) and c.value not in (None, "")]
    theirs.close()
    with open_book(path) as book:
        ours = [(number, column, value) for number, cells in book.rows("Data")
                for column, value, _kind in cells]
    assert ours == expected
    assert ours[-2:] == [(3000, 2, long), (3000, 5, long[:70_000] + long[:20])]
