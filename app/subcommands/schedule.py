"""planwright schedule FILE [--json]: recompute, store and show the schedule."""

from __future__ import annotations

import argparse
import json
import unicodedata
from pathlib import Path

from app.core.i18n import QT_TRANSLATE_NOOP, translate

HELP = QT_TRANSLATE_NOOP("cli", "Recompute the schedule, store the dates and print them.")
_FILE = QT_TRANSLATE_NOOP("cli", "the project file to schedule")
_JSON = QT_TRANSLATE_NOOP("cli", "print JSON instead of a table")
_HEADERS = (QT_TRANSLATE_NOOP("cli", "ID"), QT_TRANSLATE_NOOP("cli", "WBS"),
            QT_TRANSLATE_NOOP("cli", "Task"), QT_TRANSLATE_NOOP("cli", "Start"),
            QT_TRANSLATE_NOOP("cli", "Finish"), QT_TRANSLATE_NOOP("cli", "Total slack"),
            QT_TRANSLATE_NOOP("cli", "Critical"))
_SUMMARY = QT_TRANSLATE_NOOP("cli", "{count} tasks scheduled in {ms:.1f} ms; finish {finish}")
_YES = QT_TRANSLATE_NOOP("cli", "yes")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help=translate("cli", _FILE))
    parser.add_argument("--json", action="store_true", help=translate("cli", _JSON))


def run(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from app.core.durations import format_duration
    from app.core.wbs import outline
    from app.models import Project, Task
    from app.models.document import Document
    from app.models.scheduling import reschedule

    doc = Document.open(args.file, require_writable=True)
    try:
        with doc.session() as session:
            elapsed_ms = reschedule(session)
        with doc.reader() as session:
            per_day = session.get_one(Project, 1).minutes_per_day
            tasks = {t.id: t for t in session.scalars(select(Task))}
            rows = outline((t.id, t.parent_id, t.position) for t in tasks.values())
    finally:
        doc.close()
    if args.json:
        print(json.dumps({"tasks": [_json_row(tasks[r.id]) for r in rows],
                          "schedule_ms": round(elapsed_ms, 3)}, ensure_ascii=False))
        return 0
    table = [[translate("cli", h) for h in _HEADERS]]
    for r in rows:
        t = tasks[r.id]
        table.append([str(r.number), r.wbs, "  " * (r.level - 1) + t.name, _text(t.start),
                      _text(t.finish), format_duration(t.total_slack or 0, per_day),
                      translate("cli", _YES) if t.critical else ""])
    widths = [max(_width(row[i]) for row in table) for i in range(len(table[0]))]
    for row in table:
        print("  ".join(_pad(cell, w) for cell, w in zip(row, widths, strict=True)).rstrip())
    finish = max((t.finish for t in tasks.values() if t.finish), default=None)
    print(translate("cli", _SUMMARY).format(count=len(rows), ms=elapsed_ms,
                                            finish=_text(finish)))
    return 0


def _json_row(task) -> dict:
    return {"uid": task.uid, "name": task.name, "start": _text(task.start),
            "finish": _text(task.finish), "critical": bool(task.critical),
            "total_slack_minutes": int(task.total_slack or 0)}


def _text(moment) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M") if moment else ""


def _width(text: str) -> int:
    """Columns a terminal gives `text`: CJK characters take two."""
    if text.isascii():
        return len(text)
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))
