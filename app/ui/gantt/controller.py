"""Turns what is done on the Gantt page into commands on the undo stack."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QWidget

from app.core.durations import parse_duration
from app.core.enums import LinkType
from app.core.errors import UserError
from app.core.predecessors import parse_predecessors
from app.models.commands import Command
from app.ui.gantt import outline_commands as outline
from app.ui.gantt import progress_commands as progress
from app.ui.gantt import task_commands as tasks
from app.ui.gantt.dates import parse_date
from app.ui.messages import show_error
from app.views.gantt.page import GanttPage

Builder = Callable[..., Command | None]


class GanttController(QObject):
    def __init__(self, page: GanttPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        # Queued: the edit may reload the model, which must not happen while the cell
        # editor is still handing its data over.
        page.model.edit_requested.connect(
            lambda *args: QTimer.singleShot(0, lambda: self.edit_cell(*args)))
        canvas = page.canvas
        canvas.bar_moved.connect(self.move_bar)
        canvas.bar_stretched.connect(self.stretch_bar)
        canvas.progress_dragged.connect(self.drag_progress)
        canvas.link_drawn.connect(self.draw_link)
        canvas.link_activated.connect(self.edit_link)
        canvas.task_activated.connect(self.task_information)
        page.table.doubleClicked.connect(self._table_double_click)
        from app.ui.gantt.actions import GanttActions

        self.actions = GanttActions(self)

    # -- running commands -------------------------------------------------------------

    @property
    def snapshot(self):
        return self.page.model.snapshot

    def error(self, error: UserError) -> None:
        show_error(self.page.window(), error)

    def run(self, build: Builder, *args) -> bool:
        """Build a command from the current plan and execute it; False if refused."""
        port = self.page.port
        if port is None:
            return False
        try:
            with port.document.reader() as session:
                command = build(session, *args)
        except UserError as error:
            self.error(error)
            return False
        if command is None:
            return False
        return port.execute(command)

    # -- the table ----------------------------------------------------------------------

    def edit_cell(self, task_id: int, key: str, text: str) -> None:
        try:
            build = self._cell_builder(task_id, key, text)
        except UserError as error:
            self.error(error)
            return
        if build is not None and self.run(build):
            self.page.select_ids([task_id], task_id, self.page.model.column_of(key))
            if self.actions.progress_mode.on:  # fast entry: on to the next task
                self.actions.progress_mode.next_row()

    def _cell_builder(self, task_id: int, key: str, text: str) -> Builder | None:
        snap = self.snapshot
        calendar = snap.calendar
        if key == "name":
            if not text.strip():
                raise UserError(tasks.NO_NAME)
            return lambda s: tasks.set_fields(s, task_id, {"name": text.strip()}, tasks.RENAME)
        if key == "duration":
            minutes = parse_duration(text, snap.minutes_per_day, snap.minutes_per_week)
            return lambda s: tasks.set_fields(s, task_id, {"duration": minutes,
                                                           "milestone": minutes == 0})
        if key in ("start", "finish"):
            day = parse_date(text)
            if key == "start":
                moment = tasks.day_start(calendar, day)
                return lambda s: tasks.move_start(s, snap, task_id, moment, tasks.EDIT_TASK)
            moment = tasks.day_finish(calendar, day)
            return lambda s: tasks.move_finish(s, snap, task_id, moment)
        if key == "predecessors":
            specs = parse_predecessors(text, snap.minutes_per_day, snap.minutes_per_week)
            wanted = tasks.resolve_links(snap, task_id, specs, text)
            return lambda s: tasks.set_predecessors(s, snap, task_id, wanted)
        if key == "percent":
            percent = tasks.parse_percent(text)
            row = snap.by_id[task_id]
            return lambda s: tasks.set_fields(s, task_id, tasks.progress_values(
                row.start, row.finish, percent, row.actual_start), tasks.PROGRESS)
        if key in ("actual_start", "actual_finish"):
            day = parse_date(text) if text.strip() else None
            return lambda s: progress.set_actual_date(s, snap, task_id, key, day)
        if key in ("cost", "actual_cost"):
            progress.parse_amount(text)  # refused here, before anything is read
            return lambda s: progress.set_cost(s, task_id, key, text)
        if key == "people":
            return lambda s: tasks.assign(s, task_id, tasks.people_by_names(s, text))
        if key == "deadline":
            deadline = tasks.day_finish(calendar, parse_date(text)) if text.strip() else None
            return lambda s: tasks.set_fields(s, task_id, {"deadline": deadline})
        return None

    def _table_double_click(self, index) -> None:
        if not self.page.model.flags(index) & Qt.ItemFlag.ItemIsEditable:
            self.task_information(self.page.model.rows[index.row()].id)

    # -- the timeline -------------------------------------------------------------------

    def move_bar(self, task_id: int, start: datetime) -> None:
        self.run(tasks.move_start, self.snapshot, task_id, start)

    def stretch_bar(self, task_id: int, finish: datetime) -> None:
        self.run(tasks.stretch, self.snapshot, task_id, finish)

    def drag_progress(self, task_id: int, percent: int) -> None:
        self.run(tasks.set_progress, self.snapshot, task_id, percent)

    def draw_link(self, pred: int, succ: int, kind: str) -> None:
        self.run(tasks.add_link, self.snapshot, pred, succ, LinkType(kind))

    def edit_link(self, link_id: int) -> None:
        from app.ui.gantt.link_dialog import edit_link

        edit_link(self, link_id)

    def task_information(self, task_id: int | None = None) -> None:
        from app.ui.gantt.task_dialog import edit_task

        task_id = task_id if task_id is not None else self.page.current_id()
        if task_id is not None and task_id in self.snapshot.by_id:
            edit_task(self, task_id)

    # -- outline ------------------------------------------------------------------------

    def insert(self, below: bool = False) -> None:
        current = self.page.current_id()
        name = self.tr("New task")
        new_ids: list[int] = []

        def build(session):
            command, ids = outline.insert_tasks(session, self.snapshot, current, below,
                                                [outline.NewTask(name)])
            new_ids.extend(ids)
            return command

        if self.run(build):
            column = self.page.model.column_of("name")
            self.page.select_ids(new_ids, new_ids[0], column)
            self.page.table.setFocus()
            self.page.table.edit(self.page.table.currentIndex())

    def delete(self) -> None:
        ids = self.page.selected_ids()
        if not ids:
            return
        rows = self.page.model.rows
        last = self.page.model.row_of[ids[-1]]
        # The row that takes the selection: the next one left, else the one before.
        candidates = [r.id for r in rows[last + 1:] + list(reversed(rows[:last]))]
        if self.run(outline.delete_tasks, self.snapshot, ids):
            after = next((i for i in candidates if i in self.page.model.row_of), None)
            if after is not None:
                self.page.select_ids([after], after, self.page.model.column_of("name"))

    def _outline(self, build: Callable, *args) -> None:
        ids, current = self.page.selected_ids(), self.page.current_id()
        if ids and self.run(lambda s: build(self.snapshot, ids, *args)):
            self.page.select_ids(ids, current)

    def indent(self) -> None:
        self._outline(outline.indent)

    def outdent(self) -> None:
        self._outline(outline.outdent)

    def move_up(self) -> None:
        self._outline(outline.move, True)

    def move_down(self) -> None:
        self._outline(outline.move, False)

    def mark_on_track(self) -> None:
        """Progress as scheduled up to the status date (today if none) for the selection."""
        ids = self.page.selected_ids()
        if not ids:
            return
        snapshot = self.snapshot
        status = snapshot.status_date or date.today()
        self.run(lambda s: progress.mark_on_track(s, snapshot, ids, status))

    def link_selected(self) -> None:
        """Chain the selected tasks finish-to-start in row order (Project's Ctrl+F2)."""
        ids = self.page.selected_ids()
        if len(ids) < 2:
            return
        from app.core.predecessors import LinkSpec

        def build(session):
            steps = []
            for pred, succ in zip(ids, ids[1:], strict=False):
                row = self.snapshot.by_id[succ]
                specs = [LinkSpec(self.snapshot.by_id[pred].number)]
                existing = parse_predecessors(row.predecessors, self.snapshot.minutes_per_day)
                if any(s.number == specs[0].number for s in existing):
                    continue
                wanted = tasks.resolve_links(self.snapshot, succ, existing + specs, "")
                steps.append(tasks.set_predecessors(session, self.snapshot, succ, wanted))
            return tasks.one(tasks.LINK, steps)

        self.run(build)

    def unlink_selected(self) -> None:
        ids = set(self.page.selected_ids())
        links = [lk.id for lk in self.snapshot.links
                 if lk.predecessor in ids and lk.successor in ids] if len(ids) > 1 else \
            [lk.id for lk in self.snapshot.links if lk.predecessor in ids or lk.successor in ids]
        if links:
            from app.models import Dependency
            from app.models.commands import Changes, DeleteRows

            self.run(lambda s: DeleteRows.capture(s, tasks.UNLINK, Dependency,
                                                  [Dependency.id.in_(links)], Changes.LINKS))
