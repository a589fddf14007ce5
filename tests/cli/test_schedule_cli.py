"""planwright schedule: stores the dates and prints them, as a table or JSON."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing

from app.cli import main
from app.models.document import Document
from app.models.sample import create_sample


def test_json_has_exactly_the_documented_shape(tmp_path, capsys):
    path = tmp_path / "erp.pwp"
    create_sample(path, "en").close()
    with closing(sqlite3.connect(path)) as con:  # forget the stored dates
        con.execute("UPDATE task SET start = NULL, finish = NULL")
        con.commit()
    assert main(["schedule", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"tasks", "schedule_ms"}
    assert isinstance(data["schedule_ms"], float) and data["schedule_ms"] > 0
    first = data["tasks"][0]
    assert set(first) == {"uid", "name", "start", "finish", "critical",
                          "total_slack_minutes"}
    assert isinstance(first["uid"], int) and isinstance(first["critical"], bool)
    assert first["start"] == "2026-03-02T08:00"
    assert len(data["tasks"]) == 63
    assert any(t["critical"] for t in data["tasks"])
    with closing(sqlite3.connect(path)) as con:  # the dates were stored again
        assert con.execute("SELECT count(*) FROM task WHERE start IS NULL").fetchone()[0] == 0


def test_table_lists_every_task(tmp_path, capsys):
    path = tmp_path / "erp.pwp"
    create_sample(path, "en").close()
    assert main(["schedule", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split()[:3] == ["ID", "WBS", "Task"]
    assert "63 tasks scheduled" in out[-1]
    assert len(out) == 63 + 2


def test_schedule_refuses_a_file_held_elsewhere(tmp_path, capsys):
    path = tmp_path / "p.pwp"
    Document.create(path, name="p").close()
    holder = Document.open(path)
    before = path.read_bytes()
    assert main(["schedule", str(path)]) == 2
    assert "open in Planwright" in capsys.readouterr().err
    assert path.read_bytes() == before
    holder.close()
