"""Somebody else's task list: headers found, columns mapped, hierarchy, units, links."""

from __future__ import annotations

from datetime import datetime

import pytest
from openpyxl import Workbook
from openpyxl.styles import Alignment

from app.core.enums import ConstraintType, LinkType
from app.io.excel import import_task_list
from app.io.excel.foreign import plan_foreign, read_rows
from app.io.excel.foreign_read import auto_mapping, match_header, read_tables
from app.models.commands import History
from app.models.document import Document
from app.views.gantt.data import load


def _book(path, rows, indent=None):
    book = Workbook()
    sheet = book.active
    sheet.title = "Plan"
    for row in rows:
        sheet.append(row)
    for cell, level in (indent or {}).items():
        sheet[cell].alignment = Alignment(indent=level)
    book.save(path)
    return path


@pytest.mark.parametrize(("header", "field"), [
    ("Task Name", "name"), ("任务名称", "name"), ("工期", "duration"), ("开始时间", "start"),
    ("完成时间", "finish"), ("前置任务", "predecessors"), ("负责人", "people"),
    ("完成百分比", "percent"), ("WBS", "wbs"), ("% Complete", "percent"),
    ("Resource Names", "people"), ("大纲级别", "level"), ("完成百分比（%）", "percent"),
    ("Start (planned)", "start"), ("备注", "notes"), ("Whatever", None)])
def test_headers_in_english_and_chinese(header, field):
    assert match_header(header) == field


def test_header_row_below_a_title_and_every_unit(tmp_path):
    path = _book(tmp_path / "a.xlsx", [
        ["Huayue rollout plan"], [],
        ["WBS", "任务名称", "工期", "开始时间", "前置任务", "负责人", "完成百分比"],
        ["1", "Phase", None, None, None, None, None],
        ["1.1", "A", "5d", datetime(2025, 3, 3), None, "Ann", 1.0],
        ["1.2", "B", "5 天", "2025/3/10", "1.1", "Ann, Bo", "50%"],
        ["1.3", "C", "3 工作日", None, "3FS+2d", "张伟、李娜", None],
        ["1.4", "D", "2w", None, "1.2SS", None, None],
        ["1.5", "E", "4h", None, "5, 1.3", None, None],
        ["1.6", "F", 2, None, None, None, None],
    ])
    table = read_tables(path)[0]
    assert table.header_row == 2
    mapping = auto_mapping(table)
    read = read_rows(table, mapping)
    assert read.problems == []
    rows = {r.values["name"]: r for r in read.rows}
    assert [r.level for r in read.rows] == [1, 2, 2, 2, 2, 2, 2]
    assert [rows[n].values["duration"] for n in "ABCDEF"] == [2400, 2400, 1440, 4800, 240, 960]
    assert rows["A"].values["constraint_type"] == ConstraintType.SNET
    assert rows["B"].values["constraint_date"] == datetime(2025, 3, 10)
    assert rows["B"].values["percent_complete"] == 50
    assert rows["C"].people == ["张伟", "李娜"]


def test_links_by_id_and_wbs_and_people_created(tmp_path):
    path = _book(tmp_path / "b.xlsx", [
        ["ID", "Name", "Duration", "Predecessors", "Assigned to"],
        [1, "A", "1d", None, "Ann"], [2, "B", "1d", "1FS+1d", "Ann, Bo"],
        [3, "C", "1d", "2SS", None]])
    doc = Document.create(tmp_path / "b.pwp", name="B")
    table = read_tables(path)[0]
    with doc.reader() as session:
        plan = plan_foreign(session, table, auto_mapping(table))
    History(doc.editor).push(plan.command)
    with doc.reader() as session:
        snapshot = load(session)
    assert [r.predecessors for r in snapshot.rows] == ["", "1FS+1d", "2SS"]
    assert [r.people for r in snapshot.rows] == ["Ann", "Ann, Bo", ""]
    assert snapshot.links[1].type == LinkType.SS
    doc.close()


def test_hierarchy_from_indentation_or_level_column(tmp_path):
    path = _book(tmp_path / "c.xlsx", [["Task", "Duration"], ["Phase", None], ["Step", "1d"],
                                       ["  Sub-step (spaces)", "1d"], ["Next phase", None]],
                 indent={"A3": 1})
    read = read_rows(read_tables(path)[0], auto_mapping(read_tables(path)[0]))
    assert [r.level for r in read.rows] == [1, 2, 2, 1]
    path = _book(tmp_path / "d.xlsx", [["Level", "Task"], [1, "P"], [2, "Q"], [3, "R"], [5, "S"]])
    table = read_tables(path)[0]
    assert [r.level for r in read_rows(table, auto_mapping(table)).rows] == [1, 2, 3, 4]


def test_csv_in_gb18030_with_semicolons(tmp_path):
    path = tmp_path / "list.csv"
    path.write_bytes("任务名称;工期\n需求调研;3 天\n方案设计;1w\n".encode("gb18030"))
    import_task_list(path, tmp_path / "csv.pwp")
    doc = Document.open(tmp_path / "csv.pwp")
    with doc.reader() as session:
        assert [(r.name, r.duration) for r in load(session).rows] == [("需求调研", 1440),
                                                                      ("方案设计", 2400)]
    doc.close()


def test_problems_name_sheet_row_column_and_value_and_rows_can_be_skipped(tmp_path):
    path = _book(tmp_path / "e.xlsx", [
        ["Name", "Duration", "Start", "Predecessors"],
        ["A", "1d", None, None], ["B", "soon", None, "1"], ["C", "1d", "31/31/2025", "2"],
        ["D", "1d", None, "9"], ["E", "=1+1", None, None]])
    table = read_tables(path)[0]
    doc = Document.create(tmp_path / "e.pwp", name="E")
    with doc.reader() as session:
        plan = plan_foreign(session, table, auto_mapping(table))
        messages = [p.message() for p in plan.problems]
        assert plan.command is None
        assert any("row 3, column B" in m and "soon" in m for m in messages)
        assert any("row 4, column C" in m and "31/31/2025" in m for m in messages)
        assert any("row 5, column D" in m and "9" in m for m in messages)
        assert any("row 6, column B" in m and "formula" in m for m in messages)
        skipped = plan_foreign(session, table, auto_mapping(table), skip_bad_rows=True)
    History(doc.editor).push(skipped.command)
    with doc.reader() as session:
        assert [r.name for r in load(session).rows] == ["A", "D"]
    doc.close()
