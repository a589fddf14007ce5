"""RACI rules: cell values, every validation rule, loads, summaries, clipboard text."""

from __future__ import annotations

import pytest

from app.core.enums import RaciVariant
from app.core.raci import (
    Level,
    Matrix,
    RaciColumn,
    RaciRow,
    Thresholds,
    check_row,
    choices,
    column_loads,
    cycle,
    from_tsv,
    level_of,
    parse_cell,
    summarize,
    to_tsv,
)

RACI, RASCI = RaciVariant.RACI, RaciVariant.RASCI
T = Thresholds()


def codes(cells, variant=RACI, thresholds=T):
    return [f.code for f in check_row(cells, variant, thresholds)]


@pytest.mark.parametrize("text, value", [
    ("R", "R"), ("r", "R"), (" a ", "A"), ("A/R", "A/R"), ("r/a", "A/R"), ("AR", "A/R"),
    ("a / r", "A/R"), ("R,A", "A/R"), ("", ""), ("-", ""), ("\u2014", ""), ("S", "S"),
    ('"C"', "C"), ("X", None), ("RR", None), ("R/C", None), ("A/", None), ("Resp", None),
])
def test_parse_cell(text, value):
    assert parse_cell(text) == value


def test_choices_and_cycle_follow_the_variant():
    assert choices(RACI) == ("", "R", "A", "A/R", "C", "I")
    assert choices(RASCI) == ("", "R", "A", "A/R", "S", "C", "I")
    seen, value = [], ""
    for _ in range(6):
        value = cycle(value, RACI)
        seen.append(value)
    assert seen == ["R", "A", "A/R", "C", "I", ""]
    assert cycle("A/R", RASCI) == "S"
    assert cycle("S", RACI) == "R"  # a letter the variant lacks restarts the cycle


def test_a_valid_row_has_no_findings():
    assert codes(["A", "R", "C", "I"]) == []
    assert codes(["A/R", "", "I"]) == []  # A/R is both the A and the R


def test_an_empty_row_is_unplanned_not_wrong():
    assert codes(["", "", ""]) == []
    assert codes([]) == []


def test_no_accountable_is_an_error():
    found = check_row(["R", "C"], RACI, T)
    assert [f.code for f in found] == ["no_a"]
    assert level_of(found) == Level.ERROR
    assert found[0].short() == "No A"


def test_two_accountable_is_an_error_naming_them():
    found = check_row(["A", "A/R", "C"], RACI, T, ["Linda", "Grace", "Amy"])
    assert [f.code for f in found] == ["many_a"]
    assert "Linda, Grace" in found[0].message()
    assert found[0].short() == "2 A"


def test_no_responsible_is_an_error():
    assert codes(["A", "C", "I"]) == ["no_r"]
    assert codes(["C"]) == ["no_a", "no_r"]


def test_many_responsible_warns_above_the_threshold():
    assert codes(["A", "R", "R", "R"]) == []
    found = check_row(["A", "R", "R", "R", "R"], RACI, T)
    assert [f.code for f in found] == ["many_r"]
    assert level_of(found) == Level.WARNING
    assert codes(["A", "R", "R"], thresholds=Thresholds(max_responsible=1)) == ["many_r"]


def test_many_consulted_warns_above_the_threshold():
    row = ["A", "R"] + ["C"] * 5
    assert codes(row) == []
    assert codes(row + ["C"]) == ["many_c"]
    assert codes(row, thresholds=Thresholds(max_consulted=2)) == ["many_c"]


def test_support_is_an_error_in_raci_but_fine_in_rasci():
    assert codes(["A", "R", "S"], RASCI) == []
    found = check_row(["A", "R", "S"], RACI, T, ["x", "y", "Eric"])
    assert [f.code for f in found] == ["letter"]
    assert level_of(found) == Level.ERROR
    assert "Eric" in found[0].message() and "RACI" in found[0].message()


def test_unknown_stored_values_are_errors():
    assert codes(["A", "R", "Q"]) == ["letter"]


def test_support_does_not_count_as_responsible():
    assert codes(["A", "S"], RASCI) == ["no_r"]


def test_thresholds_from_a_stored_setting():
    assert Thresholds.from_setting(None) == Thresholds()
    stored = Thresholds(2, 4, 7).to_setting()
    assert Thresholds.from_setting(stored) == Thresholds(2, 4, 7)
    # A hand-edited or damaged setting never breaks validation.
    assert Thresholds.from_setting({"max_responsible": "x", "max_consulted": 0,
                                    "max_load": True}) == Thresholds()


def test_column_loads_count_r_or_a_once():
    rows = [["A/R", "C"], ["R", "I"], ["A", ""], ["C", "R"]]
    loads = column_loads(rows, 2, Thresholds(max_load=2))
    assert loads[0].counts["R"] == 2 and loads[0].counts["A"] == 2
    assert loads[0].load == 3 and loads[0].overloaded
    assert loads[1].load == 1 and not loads[1].overloaded
    assert loads[1].counts["C"] == 1 and loads[1].counts["I"] == 1


def test_summary_lists_error_and_warning_rows_and_loads():
    columns = [RaciColumn(1, "Ann", 5), RaciColumn(2, "DBA")]
    rows = [
        RaciRow(10, "1", "Design", 1, True, False, ["A", "R"]),
        RaciRow(11, "1.1", "Draft", 2, False, False, ["R", "R"]),  # no A
        RaciRow(12, "2", "Build", 1, True, False, ["", ""]),  # unplanned deliverable
        RaciRow(13, "2.1", "Code", 2, False, False, ["", ""]),  # unplanned task
        RaciRow(14, "3", "Done", 1, False, True, ["A/R", "C"]),
    ]
    summary = summarize(Matrix(columns, rows, RACI, Thresholds(max_consulted=0, max_load=2)))
    assert [r.name for r in summary.errors] == ["Draft"]
    assert [r.name for r in summary.warnings] == ["Done"]  # one C, more than 0
    assert summary.rows_planned == 3 and summary.deliverables_unplanned == 1
    assert [c.name for c in summary.overloaded] == ["Ann"]
    assert dict((c.name, load.load) for c, load in summary.loads) == {"Ann": 3, "DBA": 2}


def test_tsv_round_trip_as_excel_writes_it():
    block = [["R", "", "A/R"], ["", "C", "I"]]
    text = to_tsv(block)
    assert text == "R\t\tA/R\n\tC\tI\n"
    assert from_tsv(text) == block
    assert from_tsv("R\tA\r\nC\tI\r\n") == [["R", "A"], ["C", "I"]]
    assert from_tsv("R") == [["R"]]
