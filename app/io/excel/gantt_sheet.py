"""The Gantt sheet: the timeline as coloured cells by day, week or month (no Qt).

Only the cells a bar covers are written, so a long plan stays a small file. It is
a picture for readers: the import ignores it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from datetime import date, datetime, time, timedelta

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from app.core.i18n import QT_TRANSLATE_NOOP, translate
from app.io.excel import schema
from app.io.excel.cells import looks_like_formula, safe_text
from app.io.excel.content import Content, TaskLine
from app.io.excel.sheet_rows import Rows
from app.io.excel.styles import HEADER_FILL, Styler

BAR, DONE, CRITICAL, CRITICAL_DONE, SUMMARY = ("5B9BD5", "2E75B6", "EF5350", "C62828",
                                               "404040")
MILESTONE = "\u25c6"
_LEGEND = QT_TRANSLATE_NOOP(
    "excel", "Blue: task (darker: done) \u00b7 red: critical \u00b7 dark grey: summary "
             "\u00b7 \u25c6 milestone. This sheet is a picture; edit the Tasks sheet.")
MAX_PERIODS = 400


def periods(first: date, last: date) -> tuple[str, list[date]]:
    """The scale ("day", "week" or "month") and the first day of every period."""
    span = (last - first).days + 1
    if span <= 92:
        return "day", [first + timedelta(days=n) for n in range(span)]
    if span <= 7 * 160:
        monday = first - timedelta(days=first.weekday())
        return "week", [monday + timedelta(weeks=n)
                        for n in range((last - monday).days // 7 + 1)]
    starts, day = [], date(first.year, first.month, 1)
    while day <= last and len(starts) < MAX_PERIODS:
        starts.append(day)
        day = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return "month", starts


def write_gantt(book: Workbook, content: Content) -> None:
    sheet = book.create_sheet(schema.sheet_title(schema.GANTT))
    styler, out = Styler(sheet), Rows(sheet)
    dated = [t for t in content.tasks if t.values["start"] and t.values["finish"]]
    fixed = 3  # id, WBS, name
    for n, width in enumerate((6, 9, 36), 1):
        sheet.column_dimensions[get_column_letter(n)].width = width
    sheet.column_dimensions["A"].hidden = True
    sheet.freeze_panes = f"D{schema.FIRST_ROW}"
    if not dated:
        out.append(["id", "wbs", "name"], hidden=True)
        out.append([None, None, translate("excel", _LEGEND)])
        out.close()
        return
    first = min(t.values["start"] for t in dated).date()
    last = max(t.values["finish"] for t in dated).date()
    scale, starts = periods(first, last)
    width = {"day": 3.2, "week": 5.5, "month": 6.5}[scale]
    for n in range(len(starts)):
        sheet.column_dimensions[get_column_letter(fixed + 1 + n)].width = width
    out.append(["id", "wbs", "name", *(f"t:{d.isoformat()}" for d in starts)], hidden=True)
    header = out.style(styler.style(bold=True, background=HEADER_FILL, center=True))
    month_header = out.style(styler.style(bold=True, background=HEADER_FILL))
    label = {"day": "%d", "week": "%m-%d", "month": "%Y-%m"}[scale]
    out.append([None, None, translate("excel", _LEGEND), *(d.strftime(label) for d in starts)],
               [0, 0, month_header, *(header for _d in starts)])
    fills = {color: out.style(styler.style(background=color)) for color in
             (BAR, DONE, CRITICAL, CRITICAL_DONE, SUMMARY)}
    diamond = out.style(styler.style(bold=True, center=True, color="FF000000"))
    bold = out.style(styler.style(bold=True))
    quoted = out.style(styler.style(quote=True))
    bold_quoted = out.style(styler.style(bold=True, quote=True))
    moments = [datetime.combine(d, time()) for d in starts]
    for task in content.tasks:
        name = safe_text(task.values["name"])
        formula = looks_like_formula(name)
        name_style = (bold_quoted if formula else bold) if task.summary else \
            (quoted if formula else 0)
        bar = _bar(task, moments, fills, diamond)
        out.append([task.id, task.wbs, name, *(None if b is None else b[1] for b in bar)],
                   [0, 0, name_style, *(0 if b is None else b[0] for b in bar)],
                   outline=min(task.level - 1, 7) if task.level > 1 else 0)
    out.close()


def _bar(task: TaskLine, moments: list[datetime], fills: dict[str, int],
         diamond: int) -> list[tuple[int, str | None] | None]:
    """(style index, text) for each period up to the bar's last one; None where it is
    empty."""
    start: datetime | None = task.values["start"]
    finish: datetime | None = task.values["finish"]
    if start is None or finish is None:
        return []
    milestone = task.values["milestone"] or (not task.summary and finish <= start)
    critical = task.values["critical"]
    done_until = start + (finish - start) * (task.values["percent"] or 0) / 100
    if milestone:
        hit = bisect_right(moments, start) - 1
        return [None] * hit + [(diamond, MILESTONE)] if hit >= 0 else []
    # Periods [begin, stop) that the bar [start, finish) overlaps.
    first = max(0, bisect_right(moments, start) - 1)
    last = bisect_left(moments, finish) - 1
    cells: list[tuple | None] = [None] * first
    for n in range(first, last + 1):
        if task.summary:
            color = SUMMARY
        elif moments[n] < done_until:
            color = CRITICAL_DONE if critical else DONE
        else:
            color = CRITICAL if critical else BAR
        cells.append((fills[color], None))
    while cells and cells[-1] is None:
        cells.pop()
    return cells


