"""`planwright check` reports RACI errors (exit 1) and lists RACI warnings."""

from __future__ import annotations

import sqlite3
from contextlib import closing

from app.cli import main


def test_check_reports_the_sample_raci_errors(tmp_path, capsys):
    target = tmp_path / "erp.pwp"
    assert main(["new", str(target), "--sample", "--lang", "en"]) == 0
    capsys.readouterr()
    assert main(["check", str(target)]) == 1
    out = capsys.readouterr().out
    problems = [line for line in out.splitlines() if line.startswith("  - ")]
    assert len(problems) == 2
    assert "\u201cData migration\u201d: 2 are accountable (Linda Wang, Grace Liu)" in problems[0]
    assert "\u201cTraining\u201d: No one is accountable" in problems[1]
    assert "RACI warning(s):" in out
    assert "\u201cKevin Zhang\u201d is R or A on 13 rows (more than 10)" in out


def test_raci_warnings_alone_do_not_fail_the_check(tmp_path, capsys):
    target = tmp_path / "erp.pwp"
    assert main(["new", str(target), "--sample", "--lang", "en"]) == 0
    with closing(sqlite3.connect(target)) as con:
        # Fix the two wrong rows: one A for data migration, an A for training.
        con.execute("UPDATE raci_cell SET letters = 'R' WHERE letters = 'A/R' AND task_id = "
                    "(SELECT task_id FROM raci_cell WHERE letters = 'A/R' "
                    "ORDER BY task_id DESC LIMIT 1)")
        training = con.execute("SELECT id FROM task WHERE name = 'Training'").fetchone()[0]
        con.execute("UPDATE raci_cell SET letters = 'A' WHERE task_id = ? AND letters = 'I'",
                    (training,))
        con.commit()
    capsys.readouterr()
    assert main(["check", str(target)]) == 0
    out = capsys.readouterr().out
    assert ": OK (" in out and "RACI warning(s):" in out and "  - " not in out


def test_check_speaks_chinese_for_raci(tmp_path, capsys, monkeypatch):
    target = tmp_path / "erp.pwp"
    assert main(["new", str(target), "--sample", "--lang", "zh_CN"]) == 0
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    capsys.readouterr()
    assert main(["check", str(target)]) == 1
    out = capsys.readouterr().out
    assert "需要且只能有一个 A" in out
