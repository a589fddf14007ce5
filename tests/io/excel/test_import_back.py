"""A workbook edited by someone else updates the project: preview, one undo step."""

from __future__ import annotations

from openpyxl import load_workbook
from sqlalchemy import func, select

from app.io.excel import export_workbook, plan_workbook_import
from app.io.excel.diff import RowKind
from app.models.commands import History
from app.models.document import Document
from app.models.people import Person, RaciCell, Risk
from app.models.tasks import Assignment, Dependency, Task
from tests.io.excel.compare import differences


def _row(sheet, column_key, value):
    """The row number holding `value` in the column whose hidden key is `column_key`."""
    keys = [c.value for c in sheet[1]]
    column = keys.index(column_key)
    return next(r[0].row for r in sheet.iter_rows(min_row=3) if r[column].value == value)


def _col(sheet, column_key):
    from openpyxl.utils import get_column_letter

    return get_column_letter([c.value for c in sheet[1]].index(column_key) + 1)


def test_unchanged_workbook_changes_nothing(exported, project_copy):
    doc = Document.open(project_copy)
    plan = plan_workbook_import(doc, exported[1])
    doc.close()
    assert plan.same_project and plan.changes == 0 and plan.command is None


def test_edits_are_previewed_per_field_and_applied_as_one_undo_step(exported, project_copy,
                                                                    tmp_path):
    book = load_workbook(exported[1])
    tasks, risks, raci = book["Tasks"], book["Risks"], book["RACI"]
    kickoff = _row(tasks, "name", "Kick-off meeting")
    tasks[f"{_col(tasks, 'duration')}{kickoff}"] = "2 \u5929"
    tasks[f"{_col(tasks, 'percent')}{kickoff}"] = 50
    signed = _row(tasks, "name", "Project charter signed")
    tasks.delete_rows(signed)
    tasks.append([None, None, 1, "Client sign-off workshop", "3d", None, None, "2"])
    r1 = _row(risks, "code", "R-001")
    risks[f"{_col(risks, 'probability')}{r1}"] = 4
    raci_row = _row(raci, "name", "Kick-off meeting")
    raci[f"E{raci_row}"] = "C"
    edited = tmp_path / "edited.xlsx"
    book.save(edited)

    doc = Document.open(project_copy)
    with doc.reader() as s:
        before = (s.scalar(select(func.count(Task.id))), s.scalar(select(func.count(Dependency.id))))
    export_workbook(doc, tmp_path / "before.xlsx", include_confidential=True)
    plan = plan_workbook_import(doc, edited)
    assert plan.problems == []
    by_sheet = {s.title: s for s in plan.sheets}
    changed = {r.label: r for r in by_sheet["Tasks"].rows if r.kind == RowKind.CHANGED}
    fields = {f.field: (f.old, f.new) for f in changed["Kick-off meeting"].fields}
    assert fields["Duration"] == ("1 d", "2 \u5929") and fields["% complete"] == ("100", "50")
    assert [r.label for r in by_sheet["Tasks"].rows if r.kind == RowKind.DELETED] == \
        ["1.3 Project charter signed"]
    added = [r for r in by_sheet["Tasks"].rows if r.kind == RowKind.ADDED]
    assert [r.label for r in added] == ["Client sign-off workshop"]
    assert ("Probability", "2", "4") in {(f.field, f.old, f.new)
                                         for r in by_sheet["Risks"].rows for f in r.fields}
    assert by_sheet["RACI"].rows

    history = History(doc.editor)
    history.push(plan.command)
    assert len(history.done) == 1
    with doc.reader() as s:
        kick = s.scalars(select(Task).where(Task.name == "Kick-off meeting")).one()
        assert (kick.duration, kick.percent_complete) == (960, 50)
        assert s.scalar(select(func.count(Task.id))) == before[0]  # one gone, one added
        new = s.scalars(select(Task).where(Task.name == "Client sign-off workshop")).one()
        assert new.start is not None  # scheduled with the rest
        assert s.scalar(select(Risk.probability).where(Risk.code == "R-001")) == 4
    history.undo()
    export_workbook(doc, tmp_path / "after.xlsx", include_confidential=True)
    with doc.reader() as s:
        assert (s.scalar(select(func.count(Task.id))),
                s.scalar(select(func.count(Dependency.id)))) == before
    doc.close()
    assert differences(tmp_path / "before.xlsx", tmp_path / "after.xlsx") == []


def test_rows_left_out_are_deleted_with_what_refers_to_them(exported, project_copy, tmp_path):
    book = load_workbook(exported[1])
    people = book["Stakeholders"]
    name = people["B3"].value
    people.delete_rows(3)
    edited = tmp_path / "fewer.xlsx"
    book.save(edited)
    doc = Document.open(project_copy)
    with doc.reader() as s:
        person = s.scalars(select(Person).where(Person.name == name)).one().id
        counts = lambda: (s.scalar(select(func.count()).select_from(Assignment)),  # noqa: E731
                          s.scalar(select(func.count()).select_from(RaciCell)),
                          s.scalar(select(func.count()).select_from(Person)))
        before = counts()
    plan = plan_workbook_import(doc, edited)
    assert [r.label for s in plan.sheets for r in s.rows if r.kind == RowKind.DELETED] == [name]
    history = History(doc.editor)
    history.push(plan.command)
    with doc.reader() as s:
        assert s.get(Person, person) is None
        # Confidential people were not in the workbook: they are not deleted.
        assert s.scalar(select(func.count()).select_from(Person)
                        .where(Person.confidential)) > 0
    history.undo()
    with doc.reader() as s:
        assert counts() == before
    doc.close()


def test_another_projects_workbook_adds_and_deletes_nothing(exported, tmp_path):
    other = Document.create(tmp_path / "other.pwp", name="Other")
    with other.session() as s:
        s.add(Task(id=1, name="Existing task", position=0))
    plan = plan_workbook_import(other, exported[1])
    assert not plan.same_project
    assert all(r.kind != RowKind.DELETED for s in plan.sheets for r in s.rows)
    History(other.editor).push(plan.command)
    with other.reader() as s:
        assert s.scalars(select(Task.name).where(Task.id == 1)).one() == "Existing task"
        assert s.scalar(select(func.count(Task.id))) == 64
    other.close()


def test_a_chinese_workbook_reads_back_in_english_unchanged(exported, project_copy, tmp_path):
    """Headers, choices, yes/no, units and weekday names in another UI language."""
    from app.language import install_cli_translator

    install_cli_translator("zh_CN")
    doc = Document.open(project_copy)
    export_workbook(doc, tmp_path / "zh.xlsx")
    install_cli_translator("en")
    book = load_workbook(tmp_path / "zh.xlsx")
    tasks = book.worksheets[1]
    assert tasks["E5"].value.endswith("\u5929")  # 天
    tasks.delete_rows(_row(tasks, "name", "Project charter signed"))
    book.save(tmp_path / "zh-edited.xlsx")
    assert plan_workbook_import(doc, tmp_path / "zh.xlsx").changes == 0
    plan = plan_workbook_import(doc, tmp_path / "zh-edited.xlsx")
    doc.close()
    assert plan.problems == []
    assert [(r.kind, r.label) for s in plan.sheets for r in s.rows] == [
        (RowKind.DELETED, "1.3 Project charter signed")]


def test_a_row_inserted_without_a_level_joins_the_row_above(exported, project_copy, tmp_path):
    book = load_workbook(exported[1])
    tasks = book["Tasks"]
    at = _row(tasks, "name", "Project charter and scope statement")
    tasks.insert_rows(at + 1)
    tasks[f"{_col(tasks, 'name')}{at + 1}"] = "Stakeholder interviews"
    tasks[f"{_col(tasks, 'duration')}{at + 1}"] = "2d"
    book.save(tmp_path / "inserted.xlsx")
    doc = Document.open(project_copy)
    plan = plan_workbook_import(doc, tmp_path / "inserted.xlsx")
    History(doc.editor).push(plan.command)
    with doc.reader() as s:
        new = s.scalars(select(Task).where(Task.name == "Stakeholder interviews")).one()
        charter = s.scalars(select(Task).where(
            Task.name == "Project charter and scope statement")).one()
        assert new.parent_id == charter.parent_id is not None
    doc.close()
    changed = [(r.label, [(f.old, f.new) for f in r.fields]) for s in plan.sheets
               for r in s.rows if r.kind == RowKind.CHANGED]
    assert changed == [("Project charter signed", [("1.3", "1.4")])]


def _steps(plan):
    """What a plan's command writes, step by step."""
    return [(type(c).__name__, getattr(c, "entity", None), getattr(c, "rows", None),
             getattr(c, "edits", None)) for c in plan.command.commands]


def test_an_import_nobody_previews_plans_the_same_rows_without_their_fields(exported,
                                                                            tmp_path):
    """Into a new project every row is added; `import_workbook` leaves out the added
    rows' values field by field (nobody sees them) and plans the same rows and steps."""
    from app.io.excel.plan import plan_workbook_import as plan
    from app.io.excel.reader import read_workbook

    data = read_workbook(exported[1])
    doc = Document.create(tmp_path / "empty.pwp", name="Empty")
    with doc.reader() as session:
        shown, quiet = plan(session, data), plan(session, data, details=False)
    doc.close()
    assert quiet.problems == shown.problems == []
    rows = [[(r.kind, r.row, r.label) for r in s.rows] for s in shown.sheets]
    assert rows == [[(r.kind, r.row, r.label) for r in s.rows] for s in quiet.sheets]
    added = {s.title for s in shown.sheets for r in s.rows
             if r.kind == RowKind.ADDED and r.fields}
    assert added >= {"Tasks", "Risks", "RACI", "Stakeholders"}
    for one, other in zip((r for s in shown.sheets for r in s.rows),
                          (r for s in quiet.sheets for r in s.rows), strict=True):
        # Changed project properties and the calendar's days (no sheet row): as ever.
        bare = one.kind == RowKind.ADDED and one.row is not None
        assert other.fields == (() if bare else one.fields)
    assert quiet.summary_lines() == shown.summary_lines()
    assert _steps(quiet) == _steps(shown)
