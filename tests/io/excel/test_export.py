"""The exported workbook as a reader sees it."""

from __future__ import annotations

from openpyxl import load_workbook

from app.core.raci import COLORS
from app.io.excel import export_workbook, import_workbook
from app.io.excel.cells import looks_like_formula
from app.models.document import Document
from app.models.people import Person
from app.models.tasks import Task


def test_one_sheet_per_module_ready_to_read(exported):
    book = load_workbook(exported[1])
    visible = [s.title for s in book.worksheets if s.sheet_state == "visible"]
    assert visible == ["Summary", "Tasks", "Gantt", "Stakeholders", "Engagement", "Risks",
                       "RACI", "Calendar"]
    tasks = book["Tasks"]
    assert tasks.freeze_panes == "E3" and tasks.auto_filter.ref.startswith("A2:")
    assert tasks.row_dimensions[1].hidden and tasks.column_dimensions["A"].hidden
    assert tasks["D2"].value == "Task name" and tasks["D2"].font.b
    # Outline levels as Excel row grouping; dates as dates with a format.
    levels = {tasks.row_dimensions[r].outlineLevel for r in range(3, tasks.max_row + 1)}
    assert {0, 1, 2} <= levels
    assert tasks["F3"].is_date and tasks["F3"].number_format == "yyyy-mm-dd hh:mm"
    # Drop-downs where a value comes from a list.
    risk_lists = {str(v.sqref).split(":")[0] for v in book["Risks"].data_validations.dataValidation}
    assert {"D3", "M3", "N3", "U3"} <= risk_lists  # type, owner, response, status


def test_ratings_and_raci_letters_are_coloured(exported):
    book = load_workbook(exported[1])
    risks = book["Risks"]
    header = [c.value for c in risks[2]]
    rating = header.index("Rating") + 1
    assert risks.cell(3, rating).fill.fgColor.rgb not in (None, "00000000")
    raci = book["RACI"]
    rules = {rule.formula[0]: rule.dxf.fill.fgColor.rgb
             for area in raci.conditional_formatting for rule in area.rules}
    assert rules['"A"'].endswith(COLORS["A"].lstrip("#").upper())
    assert set(rules) == {f'"{letter}"' for letter in COLORS}
    assert [c.value for c in raci[2]][-1] == "Check"


def test_gantt_sheet_paints_bars_and_critical_in_red(exported):
    gantt = load_workbook(exported[1])["Gantt"]
    colours = {c.fill.fgColor.rgb for row in gantt.iter_rows(min_row=3) for c in row[3:]
               if c.fill and c.fill.fill_type == "solid"}
    assert any(c.endswith("EF5350") or c.endswith("C62828") for c in colours)
    assert any(c.value == "\u25c6" for row in gantt.iter_rows(min_row=3) for c in row)


def test_headers_in_the_ui_language(tmp_path, exported):
    from app.language import install_cli_translator

    install_cli_translator("zh_CN")
    export_workbook(exported[0], tmp_path / "zh.xlsx")
    book = load_workbook(tmp_path / "zh.xlsx")
    assert "\u4efb\u52a1" in book.sheetnames  # 任务
    assert book["\u4efb\u52a1"]["D2"].value == "\u4efb\u52a1\u540d\u79f0"  # 任务名称


def test_user_text_is_never_a_formula(tmp_path):
    nasty = ["=1+1", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A2)", "=HYPERLINK(\"x\")"]
    project = tmp_path / "nasty.pwp"
    doc = Document.create(project, name=nasty[0])
    with doc.session() as session:
        session.add_all(Task(id=n + 1, position=n, name=text, notes=text)
                        for n, text in enumerate(nasty))
        session.add_all(Person(id=n + 1, position=n, name=text, organisation=text)
                        for n, text in enumerate(nasty))
    doc.close()
    export_workbook(project, tmp_path / "nasty.xlsx", include_confidential=True)
    book = load_workbook(tmp_path / "nasty.xlsx")
    cells = [c for sheet in book.worksheets for row in sheet.iter_rows() for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    written = [c for c in cells if isinstance(c.value, str) and looks_like_formula(c.value)]
    assert {c.value for c in written} >= set(nasty)
    assert all(c.data_type == "s" and c.quotePrefix for c in written)
    # And they come back as the same text.
    import_workbook(tmp_path / "nasty.xlsx", tmp_path / "back.pwp")
    back = Document.open(tmp_path / "back.pwp")
    with back.reader() as session:
        assert sorted(session.scalars(Task.__table__.select().with_only_columns(
            Task.name))) == sorted(nasty)
    assert back.project().name == nasty[0]
    back.close()


def test_confidential_stakeholders_left_out_unless_asked(tmp_path, exported):
    doc = Document.open(exported[0], read_only=True)
    with doc.reader() as session:
        secret = session.scalars(Person.__table__.select().with_only_columns(Person.name)
                                 .where(Person.confidential)).all()
    doc.close()
    assert secret, "the sample has confidential stakeholders"

    def names(path):
        book = load_workbook(path, read_only=True)
        return {c for s in book.worksheets for r in s.iter_rows(values_only=True) for c in r
                if isinstance(c, str)}

    assert not set(secret) & names(exported[1])
    export_workbook(exported[0], tmp_path / "all.xlsx", include_confidential=True)
    assert set(secret) <= names(tmp_path / "all.xlsx")


def test_text_like_excels_escapes_comes_back_unchanged(tmp_path):
    """Excel reads _x0041_ in a cell as "A": such text is written with its underscore
    escaped (as Excel does), and read back as it was typed."""
    import zipfile

    names = ["_x0041_ and _x000D_", "plain_x_text", "a_X0041_b"]
    project = tmp_path / "escapes.pwp"
    doc = Document.create(project, name="escapes")
    with doc.session() as session:
        session.add_all(Task(id=n + 1, position=n, name=text) for n, text in enumerate(names))
    doc.close()
    export_workbook(project, tmp_path / "escapes.xlsx")
    with zipfile.ZipFile(tmp_path / "escapes.xlsx") as archive:
        tasks = archive.read("xl/worksheets/sheet2.xml").decode()
    assert "_x005F_x0041_ and _x005F_x000D_" in tasks and "a_X0041_b" in tasks  # only _x
    import_workbook(tmp_path / "escapes.xlsx", tmp_path / "back.pwp")
    back = Document.open(tmp_path / "back.pwp")
    with back.reader() as session:
        assert sorted(session.scalars(Task.__table__.select().with_only_columns(
            Task.name))) == sorted(names)
    back.close()


def test_control_characters_never_reach_the_xml(tmp_path):
    """Text the XML cannot hold (a pasted control character, even in a RACI column's
    heading) is left out, so the workbook still opens and reads back."""
    from app.io.excel.reader import read_workbook
    from app.models.people import RaciRole

    project = tmp_path / "control.pwp"
    doc = Document.create(project, name="control\x07")
    with doc.session() as session:
        session.add(Task(id=1, position=0, name="Task\x01one\x1f"))
        session.add(Person(id=1, position=0, name="Ann\x0bLee"))
        session.flush()
        session.add(RaciRole(id=1, person_id=None, name="Role\x02", position=1))
    doc.close()
    export_workbook(project, tmp_path / "control.xlsx")
    data = read_workbook(tmp_path / "control.xlsx")
    assert data.problems == []
    assert data.sheets["tasks"].rows[0].values["name"] == "Taskone"
    assert "Role" in data.sheets["raci"].headers.values()
    book = load_workbook(tmp_path / "control.xlsx")
    assert book["Stakeholders"]["B3"].value == "AnnLee"
