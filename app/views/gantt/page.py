"""Gantt page (interim): the task list with its computed and baseline dates."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import Qt
from sqlalchemy import select

from app.core.durations import format_duration
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.predecessors import format_link
from app.core.wbs import outline
from app.models import Assignment, Baseline, BaselineTask, Dependency, Person, Project, Task
from app.models.commands import Changes
from app.views.formats import date_text, percent_text
from app.views.table import Column, Row, TablePage

R = Qt.AlignmentFlag.AlignRight


class GanttPage(TablePage):
    context = "GanttPage"
    icon_name = "gantt"
    flags = Changes.TASKS | Changes.LINKS | Changes.PEOPLE | Changes.CALENDAR | \
        Changes.BASELINE | Changes.PROJECT
    columns = (
        Column(QT_TRANSLATE_NOOP("GanttPage", "ID"), R),
        Column(QT_TRANSLATE_NOOP("GanttPage", "WBS")),
        Column(QT_TRANSLATE_NOOP("GanttPage", "Task name"), width=260),
        Column(QT_TRANSLATE_NOOP("GanttPage", "Duration"), R),
        Column(QT_TRANSLATE_NOOP("GanttPage", "Start"), R),
        Column(QT_TRANSLATE_NOOP("GanttPage", "Finish"), R),
        Column(QT_TRANSLATE_NOOP("GanttPage", "Predecessors")),
        Column(QT_TRANSLATE_NOOP("GanttPage", "% Complete"), R),
        Column(QT_TRANSLATE_NOOP("GanttPage", "Assigned to")),
        Column(QT_TRANSLATE_NOOP("GanttPage", "Baseline start"), R),
        Column(QT_TRANSLATE_NOOP("GanttPage", "Baseline finish"), R),
    )

    def title(self) -> str:
        return self.tr("Gantt")

    def load(self) -> list[Row]:
        with self.port.document.reader() as session:
            project = session.get_one(Project, 1)
            tasks = {t.id: t for t in session.scalars(select(Task))}
            rows = outline((t.id, t.parent_id, t.position) for t in tasks.values())
            number = {r.id: r.number for r in rows}
            preds = defaultdict(list)
            for link in session.scalars(select(Dependency).order_by(Dependency.id)):
                preds[link.successor_id].append(format_link(
                    number.get(link.predecessor_id, 0), link.type, link.lag, link.lag_unit,
                    project.minutes_per_day))
            people = defaultdict(list)
            for task_id, name in session.execute(
                    select(Assignment.task_id, Person.name).join(Person)
                    .order_by(Person.position, Person.name)):
                people[task_id].append(name)
            baseline = {}
            first = session.scalar(select(Baseline.id).order_by(Baseline.number))
            if first is not None:
                baseline = {b.task_id: b for b in session.scalars(
                    select(BaselineTask).where(BaselineTask.baseline_id == first))}
            result = []
            for r in rows:
                t, base = tasks[r.id], baseline.get(r.id)
                duration = "" if t.milestone and not t.duration else \
                    format_duration(t.duration, project.minutes_per_day)
                result.append(Row(
                    [r.number, r.wbs, "\u2003" * (r.level - 1) + t.name,
                     duration or format_duration(0), date_text(t.start), date_text(t.finish),
                     ", ".join(preds[t.id]), percent_text(t.percent_complete),
                     ", ".join(people[t.id]),
                     date_text(base.start if base else None),
                     date_text(base.finish if base else None)],
                    bold=r.summary,
                    tooltip={2: t.notes} if t.notes else {},
                    sort={0: r.number, 1: r.number, 3: t.duration, 4: t.start, 5: t.finish,
                          7: t.percent_complete,
                          9: base.start if base else None, 10: base.finish if base else None}))
            return result
