"""The RACI matrix: tasks down, people and roles across, each row's validation beside
it, the R/A load of every column at the end. Long matrices continue on the next page
with the header repeated; wide ones are split into groups of columns, the task and
the check repeated in each."""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak, Spacer

from app.core import raci as rules
from app.core.i18n import QT_TRANSLATE_NOOP, translate
from app.reports.build import LANDSCAPE, Context
from app.reports.flowables import Heading, TextBlock
from app.reports.options import Section
from app.reports.table import Cell, Column, GridTable, column_groups

WBS = QT_TRANSLATE_NOOP("report", "WBS")
TASK = QT_TRANSLATE_NOOP("report", "Task")
CHECK = QT_TRANSLATE_NOOP("report", "Check")
LOAD = QT_TRANSLATE_NOOP("report", "Load (R or A)")
GROUP = QT_TRANSLATE_NOOP("report", "Columns {first}\u2013{last} of {count}")
EMPTY = QT_TRANSLATE_NOOP("report", "No people or roles in the RACI matrix yet.")
SUMMARY = QT_TRANSLATE_NOOP(
    "report", "{errors} tasks with errors, {warnings} with warnings; {planned} tasks have "
    "letters.")
ERROR_FILL, WARNING_FILL = "#f4c7c3", "#fde7b0"
PERSON_W, CHECK_W = 38.0, 96.0


def _t(text: str) -> str:
    return translate("report", text)


def build(ctx: Context) -> tuple[str, list[Flowable]]:
    ts, matrix, summary = ctx.ts, ctx.data.raci, ctx.data.raci_summary
    width, _ = ctx.landscape
    story: list[Flowable] = [Heading(ts, Section.RACI.label, key="raci")]
    if matrix is None or not matrix.columns:
        return LANDSCAPE, story + [TextBlock(ts, _t(EMPTY))]
    story.append(TextBlock(ts, _t(SUMMARY).format(
        errors=len(summary.errors), warnings=len(summary.warnings),
        planned=summary.rows_planned), 8.5))
    legend = "   ".join(f"{letter} = {translate('raci', rules.MEANINGS[letter])}"
                        for letter in (*rules.letters(matrix.variant), rules.COMBINED))
    story.append(TextBlock(ts, legend, 7.5, muted=True))
    names = matrix.names()
    # People columns as wide as the page allows (names wrap on three lines), then the task.
    person_w = max(PERSON_W, min(56.0, (width - CHECK_W - 40 - 200) / len(names)))
    task_w = max(160.0, min(260.0, width - CHECK_W - 40 - person_w * len(names)))
    columns = [Column(_t(WBS), 40), Column(_t(TASK), task_w)] + \
        [Column(name, person_w, "center") for name in names]
    groups = column_groups(columns, 2, width - CHECK_W)
    loads = matrix.loads()
    body = []
    for row in matrix.rows:
        findings = matrix.check(row)
        level = rules.level_of(findings)
        fill = ERROR_FILL if level == rules.Level.ERROR else \
            WARNING_FILL if level == rules.Level.WARNING else None
        check = Cell(", ".join(f.short() for f in findings), fill)
        cells = [Cell(v, rules.COLORS.get(v), bold=True) if v else "" for v in row.cells]
        body.append([row.wbs, Cell(row.name, bold=row.summary, indent=(row.level - 1) * 6),
                     *cells, check])
    load_row = ["", Cell(_t(LOAD), bold=True)] + [
        Cell(str(load.load), ERROR_FILL if load.overloaded else None, bold=load.overloaded)
        for load in loads] + [""]
    check_column = Column(_t(CHECK), CHECK_W, lines=2)
    for number, group in enumerate(groups):
        if number:
            story += [PageBreak(), Heading(ts, Section.RACI.label, level=1)]
        if len(groups) > 1:
            people = [i - 1 for i in group[2:]]
            story.append(TextBlock(ts, _t(GROUP).format(first=people[0], last=people[-1],
                                                        count=len(names)), 8, muted=True))
        picked = [columns[i] for i in group] + [check_column]
        rows = [[r[i] for i in group] + [r[-1]] for r in [*body, load_row]]
        story.append(GridTable(ts, picked, rows, size=7, header_lines=3))
        story.append(Spacer(1, 4))
    return LANDSCAPE, story
