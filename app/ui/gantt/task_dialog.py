"""Task Information (double-click a task): every field, links, people, notes.

OK makes one command of everything changed, so one Ctrl+Z undoes the dialog.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from app.core.durations import format_duration, parse_duration
from app.core.enums import ConstraintType
from app.core.errors import UserError
from app.core.predecessors import format_link, parse_predecessors
from app.models import Assignment, Person
from app.ui.gantt import task_commands as tasks
from app.views.gantt.data import GanttRow, Snapshot

if TYPE_CHECKING:
    from app.ui.gantt.controller import GanttController


def _qdate(value: datetime | date | None) -> QDate:
    value = value or date.today()
    return QDate(value.year, value.month, value.day)


class TaskDialog(QDialog):
    def __init__(self, row: GanttRow, snap: Snapshot, people: list[tuple[int, str, bool]],
                 assigned: set[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row, self.snap = row, snap
        self.setWindowTitle(self.tr("Task Information"))
        self.name = QLineEdit(row.name)
        self.duration = QLineEdit(format_duration(row.duration or 0, snap.minutes_per_day))
        self.duration.setEnabled(not row.summary)
        self.percent = QSpinBox()
        self.percent.setRange(0, 100)
        self.percent.setSuffix("%")
        self.percent.setValue(row.percent or 0)
        self.milestone = QCheckBox(self.tr("&Milestone"))
        self.milestone.setChecked(bool(row.milestone))
        self.manual = QCheckBox(self.tr("Scheduled &manually"))
        self.manual.setChecked(bool(row.manual))
        self.constraint = QComboBox()
        for kind in ConstraintType:
            self.constraint.addItem(kind.label, kind.value)
        self.constraint.setCurrentIndex(self.constraint.findData(row.constraint_type.value))
        self.constraint_date = QDateEdit(_qdate(row.constraint_date or row.start))
        self.constraint_date.setCalendarPopup(True)
        self.constraint.currentIndexChanged.connect(self._constraint_changed)
        self.has_deadline = QCheckBox(self.tr("&Deadline"))
        self.has_deadline.setChecked(row.deadline is not None)
        self.deadline = QDateEdit(_qdate(row.deadline or row.finish))
        self.deadline.setCalendarPopup(True)
        self.has_deadline.toggled.connect(self.deadline.setEnabled)
        self.deadline.setEnabled(row.deadline is not None)
        general = QWidget()
        form = QFormLayout(general)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("D&uration:"), self.duration)
        form.addRow(self.tr("&Complete:"), self.percent)
        form.addRow("", self.milestone)
        form.addRow("", self.manual)
        constraint = QHBoxLayout()
        constraint.addWidget(self.constraint, 1)
        constraint.addWidget(self.constraint_date)
        form.addRow(self.tr("C&onstraint:"), constraint)
        form.addRow(self.has_deadline, self.deadline)
        self.predecessors = QLineEdit(row.predecessors or "")
        self.predecessors.setPlaceholderText(self.tr("e.g. 3FS+2d, 5SS-1d, 7"))
        self.successors = QListWidget()
        links = QWidget()
        links_form = QFormLayout(links)
        links_form.addRow(self.tr("&Predecessors:"), self.predecessors)
        self.predecessor_names = QListWidget()
        links_form.addRow("", self.predecessor_names)
        links_form.addRow(self.tr("Successors:"), self.successors)
        for link in snap.links:
            if link.successor == row.id:
                other = snap.by_id[link.predecessor]
                self.predecessor_names.addItem(self._link_line(other, link))
            elif link.predecessor == row.id:
                other = snap.by_id[link.successor]
                self.successors.addItem(self._link_line(other, link))
        self.people = QListWidget()
        for person_id, name, member in people:
            item = QListWidgetItem(name if member else self.tr("{name} (not in the team)")
                                   .format(name=name))
            item.setData(Qt.ItemDataRole.UserRole, person_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if person_id in assigned
                               else Qt.CheckState.Unchecked)
            self.people.addItem(item)
        self.notes = QPlainTextEdit(row.notes or "")
        tabs = QTabWidget()
        tabs.addTab(general, self.tr("&General"))
        tabs.addTab(links, self.tr("&Links"))
        tabs.addTab(self.people, self.tr("&Resources"))
        tabs.addTab(self.notes, self.tr("No&tes"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self._constraint_changed()
        self.resize(520, 420)

    def _link_line(self, other: GanttRow, link) -> str:
        kind = format_link(other.number, link.type, link.lag, link.lag_unit,
                           self.snap.minutes_per_day)
        return f"{kind}  {other.name}"

    def _constraint_changed(self) -> None:
        kind = self.constraint.currentData()
        self.constraint_date.setEnabled(kind not in (ConstraintType.ASAP, ConstraintType.ALAP))

    def values(self) -> dict:
        """The task's fields as typed; raises UserError on bad input."""
        snap, row = self.snap, self.row
        name = self.name.text().strip()
        if not name:
            raise UserError(tasks.NO_NAME)
        values: dict = {"name": name, "notes": self.notes.toPlainText(),
                        "manual": self.manual.isChecked()}
        if not row.summary:
            minutes = parse_duration(self.duration.text(), snap.minutes_per_day,
                                     snap.minutes_per_week)
            values["duration"] = minutes
            values["milestone"] = self.milestone.isChecked() or minutes == 0
        kind = ConstraintType(self.constraint.currentData())
        values["constraint_type"] = kind
        day = self.constraint_date.date().toPython()
        if kind in (ConstraintType.ASAP, ConstraintType.ALAP):
            values["constraint_date"] = None
        elif kind in (ConstraintType.SNET, ConstraintType.SNLT, ConstraintType.MSO):
            values["constraint_date"] = tasks.day_start(snap.calendar, day)
        else:
            values["constraint_date"] = tasks.day_finish(snap.calendar, day)
        values["deadline"] = tasks.day_finish(snap.calendar, self.deadline.date().toPython()) \
            if self.has_deadline.isChecked() else None
        if self.percent.value() != (row.percent or 0):
            values.update(tasks.progress_values(row.start, row.finish, self.percent.value(),
                                                row.actual_start))
        return values

    def assigned(self) -> list[int]:
        return [self.people.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.people.count())
                if self.people.item(i).checkState() == Qt.CheckState.Checked]


def edit_task(c: GanttController, task_id: int) -> None:
    port = c.page.port
    if port is None:
        return
    snap = c.snapshot
    with port.document.reader() as session:
        people = [(p.id, p.name, p.team_member) for p in session.scalars(
            select(Person).order_by(Person.team_member.desc(), Person.position, Person.name))]
        assigned = set(session.scalars(select(Assignment.person_id)
                                       .where(Assignment.task_id == task_id)))
    dialog = TaskDialog(snap.by_id[task_id], snap, people, assigned, c.page)
    while dialog.exec() == QDialog.DialogCode.Accepted:
        try:
            values = dialog.values()
            specs = parse_predecessors(dialog.predecessors.text(), snap.minutes_per_day,
                                       snap.minutes_per_week)
            wanted = tasks.resolve_links(snap, task_id, specs, dialog.predecessors.text())
        except UserError as error:
            c.error(error)
            continue  # keep what was typed; let it be corrected
        chosen = dialog.assigned()

        def build(session, values=values, wanted=wanted, chosen=chosen):
            return tasks.one(tasks.EDIT_TASK, [
                tasks.set_fields(session, task_id, values),
                tasks.set_predecessors(session, snap, task_id, wanted),
                tasks.assign(session, task_id, chosen)])

        c.run(build)
        return
